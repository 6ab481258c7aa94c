"""The files in the cache folder: what each is, and removing those unused or past the limit.

Read only by a build (to prune) and by the `cache` command: a start that reads a cached
store does not load it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import stat
import time
from collections.abc import Collection, Iterator
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from conflictfacts.dates import DAY_NS
from conflictfacts.sqlitefile import HEADER, TEMPORARIES, abandoned

UNUSED_DAYS = 30
"""A cache file unused for this many days is removed at the next build."""
SIZE_LIMIT = 500_000_000
"""Bytes the cache folder is kept under at each build, by removing the least recently used
files first. The store just built and the names in use are kept whatever their size."""


class CacheFileKind(StrEnum):
    """What a file in the cache folder is."""

    STORE = "store"
    """Compiled tables (`tables-*.sqlite3`)."""
    NAMES = "names"
    """The compiled names (`names-*.sqlite3`)."""
    TEMPORARY = "temporary"
    """A store or names file being written, or left half-written by a process that died."""


class CacheFile(NamedTuple):
    """One file in the cache folder."""

    path: Path
    kind: CacheFileKind
    size: int
    """Bytes."""
    used_ns: int
    """When it was last used, in nanoseconds since the epoch: read, or written."""
    tables: tuple[str, ...] = ()
    """For a store, the resolved paths of the tables it was built from."""


_PATTERNS = {
    CacheFileKind.STORE: "tables-*.sqlite3",
    CacheFileKind.NAMES: "names-*.sqlite3",
    CacheFileKind.TEMPORARY: TEMPORARIES,
}


@contextlib.contextmanager
def _looked_at(path: Path) -> Iterator[int]:
    """The file open for reading; its access time put back after: looking at the cache is
    not using it (pruning goes by use)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        before = os.fstat(fd)
        yield fd
        after = os.fstat(fd)
        if after.st_atime_ns != before.st_atime_ns:
            with contextlib.suppress(OSError):
                os.utime(fd, ns=(before.st_atime_ns, after.st_mtime_ns))
    finally:
        os.close(fd)


_OURS = {
    CacheFileKind.STORE: re.compile(r"tables-[0-9a-f]{12}\.sqlite3"),
    CacheFileKind.NAMES: re.compile(r"names-[0-9a-f]{8}\.sqlite3"),
}
"""The exact names cache.load and names.load_names give their files: a cache folder may be
shared (CONFLICTFACTS_CACHE_DIR=~/data), and "tables-2024-budget.sqlite3" is not ours."""


def _ours(path: Path, kind: CacheFileKind) -> bool:
    """Whether a file that matched kind's pattern is one conflictfacts wrote: its exact name,
    and, for a database, SQLite's header."""
    pattern = _OURS.get(kind)
    if pattern is None:
        return True  # temporaries: sqlitefile names them, with our prefix
    if not pattern.fullmatch(path.name):
        return False
    with _looked_at(path) as fd:
        header = os.read(fd, len(HEADER))
    return header == HEADER


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
                if not stat.S_ISREG(info.st_mode) or not _ours(path, kind):
                    continue
                built = _built_from(path) if tables and kind is CacheFileKind.STORE else ()
            except OSError:  # removed meanwhile
                continue
            found.append(CacheFile(path, kind, info.st_size, _used_ns(info), built))
    found.sort(key=lambda f: (-f.used_ns, f.path.name))
    return found


def _built_from(path: Path) -> tuple[str, ...]:
    """The tables a store was built from, as its meta records them; () when it cannot be
    read (looking at it is not using it)."""
    built: tuple[str, ...] = ()
    with _looked_at(path):
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
        if (now - file.used_ns > UNUSED_DAYS * DAY_NS or total > SIZE_LIMIT) and _remove(file.path):
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


def clear(folder: Path, *, tables: bool = False) -> Cleared:
    """Remove every store, names file and abandoned temporary file in folder; with tables,
    each store removed says which tables it was built from (read before it goes)."""
    done = Cleared([], [], [])
    for file in cache_files(folder, tables=tables):
        if file.kind is CacheFileKind.TEMPORARY and not abandoned(file.path):
            done.running.append(file)
        else:
            (done.removed if _remove(file.path) else done.failed).append(file)
    return done
