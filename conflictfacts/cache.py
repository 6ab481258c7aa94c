"""The cache of compiled stores: where it lives, whether a store in it is fresh, building anew.

A store is built in memory from tables that pass every check, saved in the cache folder,
and used for as long as none of its sources changes: every table and document it was built
from, the synonym table, the names and the code that reads them are recorded with their
size and modification time. A stale, damaged or missing cache is rebuilt quietly; where
the cache folder cannot be written, the store built in memory is used as it is. The file
holds only rows of text, numbers and integer arrays: nothing in it is executed.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from conflictfacts.dates import DAY_NS
from conflictfacts.errors import UsageError
from conflictfacts.files import real_table
from conflictfacts.lexicon import SYNONYMS
from conflictfacts.names import NAMES, Names, load_names, open_names
from conflictfacts.sqlitefile import save
from conflictfacts.store import SCHEMA, Store
from conflictfacts.text import shorten

CACHE_ENV = "CONFLICTFACTS_CACHE_DIR"
_SETTLED_NS = 3_000_000_000
"""A source changed this close to a build, or during it, may have been read in one version
and stamped in another, and a coarse clock (FAT keeps two seconds) may not tell the two
apart: a store built from it is used, but not saved. The next run builds it again."""
_CODE = [
    Path(__file__).parent / f"{name}.py"
    for name in (
        "store",
        "build",
        "facts",
        "files",
        "tables",
        "verify",
        "lexicon",
        "text",
        "dates",
        "models",
        "postings",
        "names",
    )
]
"""The code that checks tables and builds the index: a new version rebuilds every cache."""
BUILTIN_DIR = Path(__file__).parent / "data" / "builtin"
"""The shipped table: its sources, its facts and the documents they cite."""


def table_files(data: Sequence[Path], *, builtin: bool = True) -> list[Path]:
    """The table files to read: the shipped ones, then each --data file or folder's *.toml."""
    files = sorted(BUILTIN_DIR.glob("*.toml")) if builtin else []
    for given in data:
        shown = shorten(str(given))
        try:
            if given.is_dir():
                found = sorted(given.glob("*.toml"))
                if not found:
                    raise UsageError(f"no tables (*.toml files) in {shown}")
                files += found
            elif given.is_file():
                files.append(given)
            elif given.exists():  # a FIFO, a device, a socket
                raise UsageError(f"not a table file or a folder: {shown}")
            else:
                raise UsageError(f"no such file or folder: {shown}")
        except (OSError, ValueError) as error:  # a NUL in the path, a name too long, ...
            raise UsageError(f"cannot use {shown!r} as --data: {error}") from None
    if not files:
        raise UsageError("no tables to read: --no-builtin needs --data PATH")
    unique: dict[Path, Path] = {}
    for file in files:
        unique.setdefault(real_table(file), file)
    return list(unique.values())


def cache_dir() -> Path | None:
    """Where caches live: $CONFLICTFACTS_CACHE_DIR, else $XDG_CACHE_HOME/conflictfacts, else
    ~/.cache/conflictfacts; None (build in memory) when none of them names a folder.

    A blank value counts as unset, and a relative XDG_CACHE_HOME or HOME is ignored, as the
    XDG specification says: a cache must not land wherever the command happens to run.
    """
    if (given := os.environ.get(CACHE_ENV, "")).strip():
        return Path(given).absolute()
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "conflictfacts"
    home = os.environ.get("HOME")
    if home is None:  # unset: the password database's, as a shell would find it
        try:
            home = os.path.expanduser("~")
        except (RuntimeError, KeyError):
            return None
    return Path(home) / ".cache" / "conflictfacts" if os.path.isabs(home) else None


def _stamp(path: Path) -> list[Any]:
    """What a source is like now: its absolute path (a later run may start elsewhere), size
    and modification time."""
    name = os.path.abspath(path)
    info = os.stat(name)
    return [name, info.st_size, info.st_mtime_ns]


def _fresh(stamps: list[list[Any]]) -> bool:
    """Whether every recorded file is still as it was when the store was built."""
    # os.stat on the names as stored: a Path for each of thousands of documents costs more
    # than the stat itself, on every run.
    for name, size, mtime in stamps:
        info = os.stat(name)
        if (info.st_size, info.st_mtime_ns) != (size, mtime):
            return False
    return True


def _settled(stamps: list[list[Any]], started_ns: int) -> bool:
    """Whether no source was changed from _SETTLED_NS before the build began until now.

    A time well past now (a clock set wrong, files unpacked from elsewhere) is no edit
    under way: such a file is settled, and an edit to it later shows in a changed time."""
    now = time.time_ns()
    return not any(started_ns - _SETTLED_NS <= mtime <= now + _SETTLED_NS for _, _, mtime in stamps)


def _identity(files: Sequence[Path]) -> str:
    names = "\n".join(str(f.resolve()) for f in files)
    return f"{zlib.crc32(names.encode()):08x}{len(files):04x}"


def _open_cached(path: Path, files: Sequence[Path]) -> Store | None:
    """The cached store for these tables if it is there, whole and fresh; else None."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        wanted = [str(f.resolve()) for f in files]
        if meta.get("schema") != SCHEMA or json.loads(meta["files"]) != wanted:
            raise LookupError("built for other tables or another version")
        info = os.stat(path)
        if info.st_mtime_ns != int(meta["saved"]):
            raise LookupError("written to since it was saved: damaged, or not ours")
        if not _fresh(json.loads(meta["stamps"])):
            raise LookupError("a source changed")
        names = open_names(meta["names"])
        if names is None:
            raise LookupError("the names it was built with are gone")
        _opened.update((path, Path(meta["names"])))
        note_use(path, info)
        note_use(Path(meta["names"]))
        return Store(db, names, files)
    except (sqlite3.Error, OSError, LookupError, ValueError, TypeError):
        db.close()  # stale, damaged or foreign: the caller builds it anew
        return None


_opened: set[Path] = set()
"""The cache files the store loaded last reads from: the store and its names file."""


def discard_opened() -> list[Path]:
    """Remove the cache files the store loaded last reads from, after a query on it failed:
    damage that left the file's time as it was. The next run builds them anew."""
    removed = []
    while _opened:
        path = _opened.pop()
        open_names.cache_clear()  # a names file must be opened anew, or built
        load_names.cache_clear()
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _build(db: sqlite3.Connection, files: Sequence[Path], names: Names) -> list[list[Any]]:
    """Compile the tables into db; the stamps of every file the store depends on."""
    from conflictfacts.build import compile_tables  # only a build needs the builder

    documents = compile_tables(db, files, names)
    # Taken after reading: a file changed since it was read is newer than the build's
    # start, and so not settled.
    return [_stamp(f) for f in (*files, *sorted(documents), SYNONYMS, NAMES, *_CODE)]


def load(files: Sequence[Path]) -> Store:
    """The store for these tables: the cached one if fresh, else checked and built anew.

    Raises DataError when a table has any fault: a store is never built from, and so never
    answers from, a table with a fact left out.
    """
    _opened.clear()  # what an earlier load read is not this store's to remove
    folder = cache_dir()
    path = folder / f"tables-{_identity(files)}.sqlite3" if folder is not None else None
    if path is not None and (cached := _open_cached(path, files)) is not None:
        return cached
    names = load_names(folder)
    db = sqlite3.connect(":memory:")
    started = time.time_ns()
    stamps = _build(db, files, names)
    if path is not None and _settled(stamps, started) and names.path != ":memory:":
        # A whole number of even seconds, which every file system keeps exactly (FAT to
        # two seconds): the file's own time, that any later write to it changes.
        saved = started // 2_000_000_000 * 2_000_000_000
        meta = {"stamps": json.dumps(stamps), "saved": str(saved)}
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        save(db, path, mtime_ns=saved)
    if folder is not None:
        from conflictfacts.cachefolder import prune  # only a build prunes

        prune(folder, keep=[p for p in (path, Path(names.path)) if p is not None])
    return Store(db, names, files)


def note_use(path: Path, info: os.stat_result | None = None) -> None:
    """Record that this run uses the cache file at path (info: its stat, when the caller has
    it): its access time is set to now, when it was last set over a day ago, so that a run
    costs no write. Its modification time stays as it is: it tells damage. Nothing happens
    when the file is gone or is not ours to change."""
    now = time.time_ns()
    try:
        if info is None:
            info = os.stat(path)
        if now - info.st_atime_ns < DAY_NS:
            return
        fd = os.open(path, os.O_RDONLY)
        try:
            now_info = os.fstat(fd)
            if now_info.st_ino == info.st_ino:  # not a file saved in its place since
                os.utime(fd, ns=(now, now_info.st_mtime_ns))
        finally:
            os.close(fd)
    except OSError:
        pass
