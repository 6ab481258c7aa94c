"""The Typer app, the options its commands share, and the one place errors become exit codes."""

import io
import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from conflictfacts import cache
from conflictfacts.dates import parse_bound
from conflictfacts.errors import ConflictFactsError, UsageError
from conflictfacts.models import ExitCode, Fact, Format, SortOrder
from conflictfacts.store import Store
from conflictfacts.text import printable, shorten

DATA_ENV = "CONFLICTFACTS_DATA"

_SETTINGS: dict[str, Any] = {
    "name": "conflictfacts",
    "add_completion": False,
    "no_args_is_help": True,
    # Plain Click help and errors: no box drawing on stderr, and no Rich import to show them.
    "rich_markup_mode": None,
    "pretty_exceptions_enable": False,
    "pretty_exceptions_show_locals": False,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}

app = typer.Typer(**_SETTINGS)

# Paths are taken as text and made Paths here: Typer's Path type stats them while parsing,
# and a path it cannot stat (a NUL in it) would escape as a traceback.
DataOption = Annotated[
    list[str] | None,
    typer.Option(
        "--data",
        metavar="PATH",
        show_default=False,
        help=f"Also read this folder's tables (*.toml) or this table file; repeatable. "
        f"Default: ${DATA_ENV} (paths separated by '{os.pathsep}').",
    ),
]

NoBuiltinOption = Annotated[
    bool, typer.Option("--no-builtin", help="Leave out the table shipped with conflictfacts.")
]

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="Output format. Default: a table on a terminal, tab-separated rows in a pipe.",
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Short for --format json.")]

SourceOption = Annotated[
    str | None, typer.Option(help="Only facts asserted by this source (id, name or alias).")
]

KindOption = Annotated[str | None, typer.Option(help="Only facts of this kind, e.g. territory.")]

SubjectOption = Annotated[
    str | None, typer.Option(help="Only facts whose subject contains these words.")
]

SinceOption = Annotated[
    str | None, typer.Option(metavar="DATE", help="Only facts dated on or after DATE.")
]

UntilOption = Annotated[
    str | None, typer.Option(metavar="DATE", help="Only facts dated on or before DATE.")
]


def say(message: str) -> None:
    sys.stderr.write(f"conflictfacts: {printable(message)}\n")


class _Messages(io.TextIOBase):
    """stderr for Click's messages too: Click echoes a bad option value as given, and an
    escape sequence in it must show as text, not act on the terminal."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    # No `buffer`: Click would write to it directly, past this filter.
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self._stream, "encoding", None) or "utf-8")

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._stream, "errors", None)

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(printable(text, keep_newlines=True))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return bool(self._stream.isatty())


def _guard_messages() -> None:
    if not isinstance(sys.stderr, _Messages):
        sys.stderr = _Messages(sys.stderr)


def _silence_stdout() -> None:
    """After the reader of a pipe has gone, point stdout at /dev/null so exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


@contextmanager
def reporting() -> Iterator[None]:
    """The one place where the core's errors become a line on stderr and an exit code."""
    try:
        try:
            yield
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped (`| head -1`): that is success, as ripgrep has it.
        _silence_stdout()
        raise typer.Exit(ExitCode.OK) from None
    except ConflictFactsError as error:
        say(str(error))
        raise typer.Exit(ExitCode.ERROR) from None
    except KeyboardInterrupt:
        say("interrupted")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except sqlite3.DatabaseError as error:  # damage the cache's own checks did not see
        gone = ", ".join(shorten(str(p)) for p in cache.discard_opened()) or "none found"
        say(f"the cache is damaged ({error}); removed {gone}: run the command again")
        raise typer.Exit(ExitCode.ERROR) from None


def paths(data: list[str] | None) -> list[Path]:
    if data:
        return [Path(p) for p in data]
    env = os.environ.get(DATA_ENV, "")
    return [Path(p) for p in env.split(os.pathsep) if p.strip()]


def load(data: list[str] | None, no_builtin: bool) -> Store:
    return cache.load(cache.table_files(paths(data), builtin=not no_builtin))


def choose_format(fmt: Format | None, as_json: bool, *, facts: bool = True) -> Format | None:
    """The format asked for, or None for plain tab-separated rows (a pipe's default)."""
    if as_json and fmt not in (None, Format.JSON):
        raise UsageError(f"--json and --format {fmt.value} ask for different formats")
    if fmt is Format.TOML and not facts:
        raise UsageError("--format toml writes facts as a table; this command prints no facts")
    if as_json:
        return Format.JSON
    if fmt is not None:
        return fmt
    return Format.TABLE if sys.stdout.isatty() else None


def bound(text: str | None, option: str, *, upper: bool) -> Any:
    if text is None:
        return None
    try:
        return parse_bound(text, upper=upper)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


def select(
    store: Store,
    source: str | None,
    kind: str | None,
    subject: str | None,
    since: str | None,
    until: str | None,
    sort: SortOrder,
) -> Iterator[Fact]:
    lower = bound(since, "--since", upper=False)
    upper = bound(until, "--until", upper=True)
    return store.select(
        source=source, kind=kind, subject=subject, since=lower, until=upper, sort=sort
    )


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("conflictfacts")
        except PackageNotFoundError:
            number = "unknown (not installed)"
        sys.stdout.write(f"conflictfacts {number}\n")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Cited facts about the Russia-Ukraine war and its peace talks.

    Every answer names who asserts it, the date it holds for, and the exact words of its
    source document with their place in it. Exit status: 0 found, 1 nothing found (or,
    for verify, a citation failed), 2 usage error or unreadable table.

    \b
    Example:
      conflictfacts ask "Donetsk control"
    """
    _guard_messages()


def _prepare_streams() -> None:
    """Let text that the terminal's encoding cannot show come out as escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            encoding = (stream.encoding or "").lower().replace("-", "")
            if encoding != "utf8":
                stream.reconfigure(errors="backslashreplace")


def app_for(argv: Sequence[str]) -> typer.Typer:
    """The app with only the command argv runs, when it names one.

    Typer builds the parameters of every registered command on each start (about 1 ms
    each); a lookup tool should not pay for five commands it will not run. The command
    registered is the same function, so its parsing, help and errors are the same.
    """
    name = argv[1] if len(argv) > 1 else ""
    chosen = [c for c in app.registered_commands if (c.name or c.callback.__name__) == name]  # type: ignore[union-attr]
    if not chosen:
        return app
    only = typer.Typer(**_SETTINGS)
    only.registered_callback = app.registered_callback
    only.registered_commands = chosen
    return only


def main() -> None:
    """The console script: run the app, and never end in a traceback."""
    _prepare_streams()
    _guard_messages()
    try:
        app_for(sys.argv)(prog_name="conflictfacts")
    except BrokenPipeError:
        _silence_stdout()
    except Exception as error:  # a bug in conflictfacts: one line, not a traceback
        say(f"internal error: {type(error).__name__}: {error} (please report it)")
        sys.exit(ExitCode.ERROR)
