"""SQLite files in the cache: written so that a reader never sees one half made, and read
for many keys at once."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every SQLite database file."""


def save(db: sqlite3.Connection, path: Path, *, mtime_ns: int | None = None) -> bool:
    """Copy the database db into the file at path, through a temporary file beside it that
    is renamed into place: a reader sees the old file or the new one, never part of it.

    mtime_ns, when given, becomes the file's modification time, so that a later change to
    the file by anything else shows. Returns False, leaving nothing behind, when the file
    cannot be written: a read-only or deleted folder, a full disk, a folder in its place.
    An interrupt (Ctrl-C) leaves nothing behind either, and is raised again.
    """
    temporary = path.with_name(f"{_PREFIX}{path.name}.{os.getpid()}{_TEMPORARY}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        sweep(path.parent)
        db.commit()
        target = sqlite3.connect(temporary)
        try:
            db.backup(target)
        finally:
            target.close()
        if mtime_ns is not None:
            os.utime(temporary, ns=(mtime_ns, mtime_ns))
        os.replace(temporary, path)
    except BaseException as error:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, OSError | sqlite3.Error):
            return False
        raise
    return True


_PREFIX = ".conflictfacts-"
_TEMPORARY = ".tmp"


TEMPORARIES = f"{_PREFIX}*{_TEMPORARY}*"
"""The names of the temporary files save writes (and their journals), as a glob: ours
alone, in a cache folder that may be shared (CONFLICTFACTS_CACHE_DIR=/tmp)."""


def writer(temporary: Path) -> int | None:
    """The id of the process that writes this temporary file, or None when it is not one."""
    name = temporary.name.removesuffix("-journal").removesuffix(_TEMPORARY)
    pid = name.rpartition(".")[2]
    return int(pid) if pid.isdigit() else None


def abandoned(temporary: Path) -> bool:
    """Whether a temporary file was left by a writer that is no longer running: one that
    runs is about to rename it into place, and it must be left alone."""
    pid = writer(temporary)
    return pid is not None and not _running(pid)


def sweep(folder: Path) -> list[Path]:
    """Remove the temporary files (and their journals) that writers which were killed left
    in folder: those named for a process that is no longer running. Returns them."""
    removed = []
    for leftover in folder.glob(TEMPORARIES):
        if abandoned(leftover):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed.append(leftover)
    return removed


def _running(pid: int) -> bool:
    """Whether a process with this id runs (another user's counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True


def rows_in(db: sqlite3.Connection, sql: str, values: Iterable[Any]) -> Iterator[Any]:
    """The rows of sql for each of values: sql holds one `{marks}` where `IN ({marks})`
    takes the values, which are asked 500 at a time (SQLite limits a statement's
    parameters)."""
    wanted = sorted(set(values))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        yield from db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)
