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
import stat
import time
import zlib
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from conflictfacts.errors import UsageError
from conflictfacts.files import real_table
from conflictfacts.lexicon import SYNONYMS
from conflictfacts.models import CacheFile, CacheFileKind
from conflictfacts.names import NAMES, Names, load_names, open_names
from conflictfacts.sqlitefile import TEMPORARIES, abandoned, save
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

_DAY_NS = 86_400 * 1_000_000_000
UNUSED_DAYS = 30
"""A cache file unused for this many days is removed at the next build."""
SIZE_LIMIT = 500_000_000
"""Bytes the cache folder is kept under at each build, by removing the least recently used
files first. The store just built and the names in use are kept whatever their size."""
_PATTERNS = {
    CacheFileKind.STORE: "tables-*.sqlite3",
    CacheFileKind.NAMES: "names-*.sqlite3",
    CacheFileKind.TEMPORARY: TEMPORARIES,
}


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
    """Whether every source was last changed well before the build began (_SETTLED_NS)."""
    return all(mtime < started_ns - _SETTLED_NS for _, _, mtime in stamps)


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
        _opened.append(path)
        note_use(path, info)
        note_use(Path(meta["names"]))
        return Store(db, names, files)
    except (sqlite3.Error, OSError, LookupError, ValueError, TypeError):
        db.close()  # stale, damaged or foreign: the caller builds it anew
        return None


_opened: list[Path] = []
"""The cache files this process reads from."""


def discard_opened() -> list[Path]:
    """Remove the cache files this process read from, after a query on one failed: damage
    that left the file's time as it was. The next run builds them anew."""
    removed = []
    while _opened:
        path = _opened.pop()
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
        if now - info.st_atime_ns < _DAY_NS:
            return
        with _opened_file(path) as fd:
            now_info = os.fstat(fd)
            if now_info.st_ino == info.st_ino:  # not a file saved in its place since
                os.utime(fd, ns=(now, now_info.st_mtime_ns))
    except OSError:
        pass


@contextlib.contextmanager
def _opened_file(path: Path) -> Iterator[int]:
    fd = os.open(path, os.O_RDONLY)
    try:
        yield fd
    finally:
        os.close(fd)


def _used_ns(info: os.stat_result) -> int:
    return max(info.st_atime_ns, info.st_mtime_ns)


def cache_files(folder: Path, *, tables: bool = True) -> list[CacheFile]:
    """The files conflictfacts keeps in folder, most recently used first. tables: read which
    tables each store was built from (looking does not count as a use)."""
    found = []
    for kind, pattern in _PATTERNS.items():
        for path in folder.glob(pattern):
            try:
                info = os.lstat(path)
                if not stat.S_ISREG(info.st_mode):
                    continue
                built = _built_from(path) if tables and kind is CacheFileKind.STORE else ()
            except OSError:  # removed meanwhile
                continue
            found.append(CacheFile(path, kind, info.st_size, _used_ns(info), built))
    found.sort(key=lambda f: (-f.used_ns, f.path.name))
    return found


def _built_from(path: Path) -> tuple[str, ...]:
    """The tables a store was built from, as its meta records them; () when it cannot be
    read. The file's access time is put back: looking at the cache is not using it."""
    with _opened_file(path) as fd:
        before = os.fstat(fd)
        built: tuple[str, ...] = ()
        try:
            db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                row = db.execute("SELECT value FROM meta WHERE key = 'files'").fetchone()
            finally:
                db.close()
            files = json.loads(row[0]) if row else []
            built = tuple(f for f in files if isinstance(f, str))
        except (sqlite3.Error, ValueError, TypeError):
            pass
        after = os.fstat(fd)
        if after.st_atime_ns != before.st_atime_ns:
            with contextlib.suppress(OSError):
                os.utime(fd, ns=(before.st_atime_ns, after.st_mtime_ns))
    return built


def _remove(path: Path) -> bool:
    """Unlink path. A process reading it keeps reading: on POSIX an open file lives on."""
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def prune(folder: Path, keep: Collection[Path], now_ns: int | None = None) -> list[CacheFile]:
    """Remove from folder the stores and names files unused for UNUSED_DAYS, then the least
    recently used until the rest fit in SIZE_LIMIT, never those in keep (the store just
    built, the names in use). now_ns: the time to count from (default: now). Temporary
    files are sweep's (sqlitefile). Returns what was removed."""
    now = time.time_ns() if now_ns is None else now_ns
    kept = {os.path.abspath(p) for p in keep}
    files = [f for f in cache_files(folder, tables=False) if f.kind is not CacheFileKind.TEMPORARY]
    total = sum(f.size for f in files)
    removed = []
    for file in sorted(files, key=lambda f: f.used_ns):  # least recently used first
        if os.path.abspath(file.path) in kept:
            continue
        if (now - file.used_ns > UNUSED_DAYS * _DAY_NS or total > SIZE_LIMIT) and _remove(
            file.path
        ):
            removed.append(file)
            total -= file.size
    return removed


class Cleared(NamedTuple):
    """What clear did with each file."""

    removed: list[CacheFile]
    running: list[CacheFile]
    """Temporary files of builds still running, left: each is about to be renamed into place."""
    failed: list[CacheFile]
    """Files that could not be removed (not ours, or a read-only folder)."""


def clear(folder: Path) -> Cleared:
    """Remove every store, names file and abandoned temporary file in folder."""
    done = Cleared([], [], [])
    for file in cache_files(folder, tables=False):
        if file.kind is CacheFileKind.TEMPORARY and not abandoned(file.path):
            done.running.append(file)
        else:
            (done.removed if _remove(file.path) else done.failed).append(file)
    return done
