"""`cache`: where the compiled stores are kept, what they take, and clearing them."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from conflictfacts import cache, formats
from conflictfacts.cli.app import FormatOption, JsonOption, NoPagerOption, app
from conflictfacts.cli.output import print_records, print_rich
from conflictfacts.cli.running import choose_format, reporting, say
from conflictfacts.errors import UsageError
from conflictfacts.models import ExitCode, Format
from conflictfacts.text import did_you_mean

if TYPE_CHECKING:
    from conflictfacts.cachefolder import CacheFile

CLEAR = "clear"
"""What `cache` does besides showing the files. A word, not an enum: every start imports this
module, and building an enum class costs as much as the rest of it."""


@app.command("cache")
def cache_command(
    action: Annotated[
        str | None,
        typer.Argument(
            metavar="[clear]", help="clear: remove every cache file.", show_default=False
        ),
    ] = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    no_pager: NoPagerOption = False,
) -> None:
    """Show the cache folder and its files, or remove them with `clear`.

    The cache holds the tables compiled for quick answers, and the compiled names. Files
    unused for 30 days are removed at the next build, and the least recently used beyond
    500 MB. `clear` says on stderr what it removed; a process reading a removed file reads
    on, and the next command builds what it needs again.

    \b
    Example:
      conflictfacts cache
    """
    from conflictfacts import cachefolder as folders

    with reporting():
        if action not in (None, CLEAR):
            raise UsageError(
                f"cache takes no {action!r}: only 'clear'{did_you_mean(action, [CLEAR])}"
            )
        folder = cache.cache_dir()
        if folder is None:
            say("no cache folder: set CONFLICTFACTS_CACHE_DIR, XDG_CACHE_HOME or HOME")
        elif action == CLEAR:
            # Data only when asked for: the files removed, as the listing gives them.
            _clear(folder, choose_format(fmt, as_json, facts=False) if fmt or as_json else None)
        else:
            output = choose_format(fmt, as_json, facts=False)
            files = folders.cache_files(folder)
            _print(folder, files, output)
            if not files:
                say(f"no cache files in {folder}")


def _print(folder: Path, files: list[CacheFile], output: Format | None) -> None:
    from conflictfacts import cachefolder as folders

    now = time.time_ns()
    records = [formats.cache_record(f, now) for f in files]
    if output is Format.TABLE:
        total = formats.size_text(sum(f.size for f in files))
        note = (
            f"{total} in all. Files unused for {folders.UNUSED_DAYS} days are removed at the next "
            f"build, and the least recently used beyond {formats.size_text(folders.SIZE_LIMIT)}."
        )
        print_rich(lambda r, con: r.cache_view(str(folder), records, note, con))
    elif output is None:
        rows = [[formats.plain(r[c]) for c in formats.CACHE_FIELDS] for r in records]
        formats.write_rows(rows, sys.stdout)
    else:
        print_records(records, output, formats.CACHE_FIELDS)


def _clear(folder: Path, output: Format | None) -> None:
    """Remove the cache files, saying each on stderr; with output, also print the removed
    files on stdout in that format."""
    from conflictfacts import cachefolder as folders

    done = folders.clear(folder, tables=output is not None)
    if output is not None:
        _print(folder, list(done.removed), output)
    for file in done.removed:
        say(f"removed {file.path} ({formats.size_text(file.size)})")
    for file in done.running:
        say(f"left {file.path}: a build that is running writes it")
    for file in done.failed:
        say(f"cannot remove {file.path}")
    if not any(done):
        say(f"no cache files in {folder}")
    if done.failed:
        raise SystemExit(ExitCode.ERROR)
