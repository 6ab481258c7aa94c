"""The loaded tables as a documented SQLite database for Datasette and sqlite-utils.

This is not the cache (store.py): the cache's layout serves the search and changes with it;
this one is for people and their tools, and its layout (SCHEMA_SQL, in the README) stays.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import tempfile
from pathlib import Path

from conflictfacts.errors import UsageError
from conflictfacts.models import DOCUMENT_FIELDS, FACT_FIELDS, Document
from conflictfacts.sqlitefile import HEADER
from conflictfacts.store import Store
from conflictfacts.text import shorten
from conflictfacts.verify import document_path

VERSION = 1
"""The database's layout, as `PRAGMA user_version`: raised only by a change that could
break a query written against an earlier one (a column added is not such a change)."""

APPLICATION_ID = 0x43464358
"""`PRAGMA application_id` of every export ("CFCX"): the mark by which a later export knows
a file it may replace."""

SCHEMA_SQL = """
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,  -- a JSON array of other names
    note TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,     -- as facts cite it, beside their table
    title TEXT NOT NULL,
    publisher TEXT NOT NULL,
    author TEXT NOT NULL,
    url TEXT NOT NULL,
    published TEXT NOT NULL,
    retrieved TEXT NOT NULL,
    language TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    described INTEGER NOT NULL,  -- 1 when a [[document]] entry describes it
    date_line TEXT NOT NULL      -- the date its first line gives
);
CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    statement TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    value NUMERIC,
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    date TEXT NOT NULL,
    date_text TEXT NOT NULL,
    date_basis TEXT NOT NULL,
    source TEXT NOT NULL REFERENCES sources (id),
    reported_by TEXT REFERENCES sources (id),
    document TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    status TEXT NOT NULL,
    superseded_by TEXT REFERENCES facts (id),
    status_note TEXT NOT NULL,
    basis TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    measure TEXT NOT NULL,  -- kind:subject words:unit; '' for a fact without a quantity
    first_day TEXT,         -- the first and last day its date covers; NULL when undated
    last_day TEXT
);
CREATE INDEX facts_source ON facts (source);
CREATE INDEX facts_document ON facts (document_id);
CREATE INDEX facts_measure ON facts (measure, first_day);
CREATE VIRTUAL TABLE facts_fts USING fts5 (statement, subject, quote, content="facts");
CREATE VIEW current_facts AS
    SELECT * FROM facts WHERE status IN ('current', 'disputed');
CREATE VIEW current_figures AS
    SELECT measure, id, subject, value, unit, qualifier, date, source, document_id FROM (
        SELECT *, row_number() OVER (
            PARTITION BY measure ORDER BY first_day DESC, rowid
        ) AS newest
        FROM current_facts WHERE measure != ''
    ) WHERE newest = 1;
CREATE VIEW citations AS
    SELECT facts.id, facts.statement, facts.value, facts.unit, facts.date, facts.status,
        sources.name AS source_name, documents.publisher, documents.title, documents.published,
        documents.url, facts.quote, facts.start, facts."end", documents.file
    FROM facts
    JOIN sources ON sources.id = facts.source
    JOIN documents ON documents.id = facts.document_id;
"""


def export_sqlite(store: Store, path: Path) -> tuple[int, int, int]:
    """Write the store's facts, sources and documents to a new SQLite database at path,
    replacing any file there only once the new one is whole; how many of each it holds.

    OSError when the folder cannot be written or path is a folder; UsageError when path is
    a file that an export did not write (see replaceable)."""
    if path.is_dir():
        raise IsADirectoryError(21, "is a folder", str(path))
    if problem := replaceable(path):
        raise UsageError(f"will not replace {shorten(str(path))!r}: {problem}")
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        db = sqlite3.connect(temporary)
        try:
            counts = _fill(db, store)
            db.commit()
        finally:
            db.close()
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return counts


def replaceable(path: Path) -> str:
    """Why the file at path must not be replaced by an export ("" when it may be: nothing
    is there, an empty file, or a database an export wrote). A link, a device, a FIFO, a
    text file or another program's database is the user's, and is never overwritten."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return ""
    if stat.S_ISLNK(info.st_mode):
        return "it is a link; name the file itself"
    if not stat.S_ISREG(info.st_mode):
        return "it is not a regular file"
    if info.st_size == 0:
        return ""
    with open(path, "rb") as file:
        head = file.read(len(HEADER))
    if head != HEADER:
        return "it is not a SQLite database; remove it or name another file"
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (mark,) = db.execute("PRAGMA application_id").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        mark = None
    if mark != APPLICATION_ID:
        return "it is a database that conflictfacts did not export; remove it or name another"
    return ""


def _fill(db: sqlite3.Connection, store: Store) -> tuple[int, int, int]:
    db.executescript(SCHEMA_SQL)
    db.execute(f"PRAGMA user_version = {VERSION}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.executemany(
        "INSERT INTO sources VALUES (?, ?, ?, ?, ?)",
        (
            (s.id, s.name, s.kind.value, json.dumps(list(s.aliases), ensure_ascii=False), s.note)
            for s in store.sources.values()
        ),
    )
    numbers: dict[str, int] = {}

    def document(where: Path, date_line: str, entry: Document | None) -> int:
        number = numbers[str(where)] = len(numbers) + 1
        fields = entry._asdict() if entry is not None else dict.fromkeys(DOCUMENT_FIELDS, "")
        fields["file"] = fields["file"] or where.name
        row = [number, *fields.values(), int(entry is not None), date_line]
        db.execute(f"INSERT INTO documents VALUES ({', '.join('?' * len(row))})", row)
        return number

    for where, date_line, entry in store.documents():
        document(where, date_line, entry)
    measured = store.measured()
    facts = 0
    for fact in store.facts:
        record = fact.to_record()
        for name in ("reported_by", "superseded_by"):
            record[name] = record[name] or None
        path = os.path.abspath(document_path(fact))
        # A store built from another folder names its documents as that run found them.
        cited = numbers.get(path) or document(Path(path), store.document_date(fact), fact.cited)
        row = [*(record[name] for name in FACT_FIELDS), cited, *measured[fact.id]]
        db.execute(f"INSERT INTO facts VALUES ({', '.join('?' * len(row))})", row)
        facts += 1
    db.execute("INSERT INTO facts_fts (facts_fts) VALUES ('rebuild')")
    return facts, len(store.sources), len(numbers)
