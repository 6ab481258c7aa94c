"""SQLite files in the cache: written so that a reader never sees one half made, and read
for many keys at once."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any


def write_atomically(path: Path, fill: Callable[[sqlite3.Connection], object]) -> bool:
    """Make the SQLite file at path with fill, in a temporary file beside it that is renamed
    into place: a reader sees the old file or the new one, never part of it.

    Returns False, having written nothing, when the folder cannot be written (a read-only
    cache); an exception from fill leaves nothing behind and is raised again.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        db = sqlite3.connect(temporary)
    except (OSError, sqlite3.Error):
        return False
    try:
        fill(db)
        db.close()
        os.replace(temporary, path)
    except BaseException:
        db.close()
        temporary.unlink(missing_ok=True)
        raise
    return True


def rows_in(db: sqlite3.Connection, sql: str, values: Iterable[Any]) -> Iterator[Any]:
    """The rows of sql for each of values: sql holds one `{marks}` where `IN ({marks})`
    takes the values, which are asked 500 at a time (SQLite limits a statement's
    parameters)."""
    wanted = sorted(set(values))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        yield from db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)
