"""The cache of compiled stores: where it lives, whether a store in it is fresh, building anew.

A store is built once from tables that pass every check, and used for as long as none of its
sources changes: every table and document it was built from, the synonym table, the names
and the code that reads them are recorded with their size and modification time (and, for
small tables and files changed just before the build, a CRC of their content). A stale,
corrupt or missing cache is rebuilt quietly; where the cache folder cannot be written, the
store is built in memory. The file holds only rows of text, numbers and integer arrays:
nothing in it is executed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from conflictfacts.errors import UsageError
from conflictfacts.lexicon import SYNONYMS
from conflictfacts.names import NAMES, Names, load_names, open_names
from conflictfacts.sqlitefile import write_atomically
from conflictfacts.store import SCHEMA, Store
from conflictfacts.text import shorten

CACHE_ENV = "CONFLICTFACTS_CACHE_DIR"
_RACY_NS = 3_000_000_000
"""A file changed this close to a build may change again within one mtime tick, unseen by
size and mtime: its content is CRC-checked too, as git does for racily clean files. A file
older than that shows any later change in its mtime."""
_CODE = [
    Path(__file__).parent / f"{name}.py"
    for name in (
        "store",
        "build",
        "facts",
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
            else:
                raise UsageError(f"no such file or folder: {shown}")
        except (OSError, ValueError) as error:  # a NUL in the path, a name too long, ...
            raise UsageError(f"cannot use {shown!r} as --data: {error}") from None
    if not files:
        raise UsageError("no tables to read: --no-builtin needs --data PATH")
    unique: dict[Path, Path] = {}
    for file in files:
        unique.setdefault(file.resolve(), file)
    return list(unique.values())


def cache_dir() -> Path | None:
    """Where caches live: $CONFLICTFACTS_CACHE_DIR, else the XDG cache folder; None if no home."""
    if given := os.environ.get(CACHE_ENV):
        return Path(given).absolute()
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "conflictfacts"
    try:
        return Path.home() / ".cache" / "conflictfacts"
    except RuntimeError:
        return None


def _stamp(path: Path, *, racy_after: int | None = None) -> list[Any]:
    info = path.stat()
    racy = racy_after is not None and info.st_mtime_ns >= racy_after
    check = zlib.crc32(path.read_bytes()) if racy else None
    return [str(path), info.st_size, info.st_mtime_ns, check]


def _fresh(stamps: list[list[Any]]) -> bool:
    """Whether every recorded file is still as it was when the store was built."""
    # os.stat on the names as stored: a Path for each of thousands of documents costs more
    # than the stat itself, on every run.
    for name, size, mtime, crc in stamps:
        info = os.stat(name)
        if (info.st_size, info.st_mtime_ns) != (size, mtime):
            return False
        if crc is not None and zlib.crc32(Path(name).read_bytes()) != crc:
            return False
    return True


def _identity(files: Sequence[Path]) -> str:
    names = "\n".join(str(f.resolve()) for f in files)
    return f"{zlib.crc32(names.encode()):08x}{len(files):04x}"


def _open_cached(path: Path, files: Sequence[Path]) -> Store | None:
    """The cached store for these tables if it is there, readable and fresh; else None."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        wanted = [str(f.resolve()) for f in files]
        if meta.get("schema") != SCHEMA or json.loads(meta["files"]) != wanted:
            raise LookupError("built for other tables or another version")
        if not _fresh(json.loads(meta["stamps"])):
            raise LookupError("a source changed")
        names = open_names(meta["names"])
        if names is None:
            raise LookupError("the names it was built with are gone")
        return Store(db, names)
    except (sqlite3.Error, OSError, LookupError, ValueError, TypeError):
        db.close()  # stale or corrupt: the caller rebuilds it
        return None


def _build(db: sqlite3.Connection, files: Sequence[Path], names: Names) -> None:
    """Compile the tables into db, with the stamps that tell later runs whether it is fresh."""
    from conflictfacts.build import compile_tables  # only a build needs the builder

    racy = time.time_ns() - _RACY_NS
    table_stamps = [_stamp(f, racy_after=racy) for f in files]
    documents = compile_tables(db, files, names)
    stamps = [
        *table_stamps,
        *(_stamp(d, racy_after=racy) for d in sorted(documents)),
        *(_stamp(c) for c in (SYNONYMS, NAMES, *_CODE)),
    ]
    db.execute("INSERT INTO meta VALUES ('stamps', ?)", (json.dumps(stamps),))
    db.commit()


def load(files: Sequence[Path]) -> Store:
    """The store for these tables: the cached one if fresh, else checked and built anew.

    Raises DataError when a table has any fault: a store is never built from, and so never
    answers from, a table with a fact left out.
    """
    folder = cache_dir()
    if folder is not None:
        path = folder / f"tables-{_identity(files)}.sqlite3"
        cached = _open_cached(path, files)
        if cached is not None:
            return cached
        # A read-only cache folder writes nothing: the store is built in memory below.
        if write_atomically(path, lambda db: _build(db, files, load_names(folder))):
            cached = _open_cached(path, files)
            if cached is not None:
                return cached
    names = load_names(folder)
    db = sqlite3.connect(":memory:")
    _build(db, files, names)
    return Store(db, names)
