"""Writing a SQLite file in the cache so that a reader never sees it half made."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path


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
