"""The queries on a compiled store: facts by id, by filter and by measure, and the search index.

A store is an SQLite database with the layout below, written by build.compile_tables and
kept in the user's cache by cache.load. The file holds only rows of text, numbers and
integer arrays: nothing in it is executed.
"""

from __future__ import annotations

import json
import os
import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from conflictfacts.errors import UsageError
from conflictfacts.lexicon import Lexicon
from conflictfacts.models import (
    ID_PATTERN,
    Document,
    Fact,
    Kind,
    SortOrder,
    Source,
    SourceKind,
    Status,
)
from conflictfacts.names import Names
from conflictfacts.sqlitefile import rows_in
from conflictfacts.text import closest, did_you_mean, key, shorten
from conflictfacts.verify import document_path

SCHEMA = "16"
"""Bump when the file's layout or the meaning of its contents changes."""
_SUGGEST_FROM_ALL = 50_000
"""Up to this many facts, an unknown id is compared with every id for suggestions."""

SCHEMA_SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sources (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    aliases TEXT NOT NULL, note TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE facts (
    row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL,
    tbl INTEGER NOT NULL, line INTEGER, source TEXT NOT NULL, reported_by TEXT NOT NULL,
    kind TEXT NOT NULL, subject_key TEXT NOT NULL, day_first TEXT, day_last TEXT,
    measure TEXT NOT NULL, names TEXT NOT NULL
);
CREATE INDEX facts_by_measure ON facts (measure, day_first DESC);
CREATE TABLE documents (path TEXT PRIMARY KEY, date TEXT NOT NULL, entry TEXT) WITHOUT ROWID;
CREATE TABLE words (
    word TEXT PRIMARY KEY, rows BLOB NOT NULL, codes BLOB NOT NULL, class TEXT NOT NULL,
    held INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE spellings (spelling TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (spelling, word))
    WITHOUT ROWID;
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE keywords (word TEXT PRIMARY KEY, rows BLOB NOT NULL) WITHOUT ROWID;
"""


PHRASE_WORDS = 3
"""The most words a keyword phrase may have ("cutoff date", "lean on"): a query meets it
only with those words side by side, in that order (search.Index._with_phrases)."""


class Posting(NamedTuple):
    """The facts that hold a word: rows ascending, a code for each, the word's class."""

    rows: array[int]
    codes: array[int]
    cls: str
    held: int
    """How many of the rows hold the word other than only as context (postings.Field.CONTEXT:
    a place another fact on the same gathering gives, a caption's "photo"): how common the
    word is."""


class Facets(NamedTuple):
    """A fact's source, relayer, first and last day ("" when undated), and the places,
    people and organisations its subject and statement name, each with its class."""

    source: str
    reported_by: str
    first: str
    last: str
    names: dict[str, str]
    where: frozenset[str]
    """The places its statement puts something in ("held in Miami"): answers to "where"."""
    agents: dict[str, str]
    """Who takes each stance its statement names ("Russia's condition": demand, russia)."""
    actors: frozenset[str]
    """Who does what the fact says: the first place, person or organisation its statement
    names, and, where that one reports it ("Zelenskyy said the US will ..."), the next."""
    owners: frozenset[str] = frozenset()
    """Names the statement holds only as possessives ("Ukraine's Donbas"): no actor, though
    they stand where one would."""


def parse_kind(text: str) -> Kind:
    """The kind named by text; UsageError naming the known kinds and the closest."""
    folded = key(text).replace(" ", "-")
    for kind in Kind:
        if kind.value == folded:
            return kind
    known = [k.value for k in Kind]
    raise UsageError(
        f"unknown kind {text!r}{did_you_mean(text, known)} (known: {', '.join(known)})"
    )


class Store:
    """Facts compiled from a set of tables: look-ups, filters, counts and the search index."""

    def __init__(self, db: sqlite3.Connection, names: Names, tables: Sequence[Path]) -> None:
        """db: a database that build.compile_tables wrote. names: the names it was built
        with. tables: its table files as this run names them (a cache built from another
        folder names them otherwise), in the order they were compiled."""
        self.db = db
        self.names = names
        """What the words of a query name that the tables do not hold."""
        meta = dict(db.execute("SELECT key, value FROM meta"))
        self.tables = list(tables)
        self.count = int(meta["facts"])
        self._lexicon = meta["lexicon"]
        self.sources = {
            row[0]: Source(row[0], row[1], SourceKind(row[2]), tuple(json.loads(row[3])), row[4])
            for row in db.execute("SELECT id, name, kind, aliases, note FROM sources ORDER BY id")
        }
        self._vocabulary: list[str] | None = None
        self._cited: dict[tuple[int, str], Document | None] = {}

    @cached_property
    def lexicon(self) -> Lexicon:
        """The synonym table the index was built with, which queries must be read with.
        Read when first asked for: list and show never need it."""
        return Lexicon.from_json(json.loads(self._lexicon))

    def _fact(self, body: str, tbl: int, line: int | None) -> Fact:
        try:
            fields = json.loads(body)
            fields["kind"] = Kind(fields["kind"])
            fields["status"] = Status(fields["status"])
            cited = self._document(tbl, fields["document"])
            return Fact(**fields, table=self.tables[tbl], line=line, cited=cited)
        except (ValueError, TypeError, KeyError, IndexError) as error:
            # Only damage makes a row the builder wrote unreadable: say so as SQLite would.
            raise sqlite3.DatabaseError(f"a fact's row cannot be read: {error}") from None

    def _document(self, tbl: int, name: str) -> Document | None:
        """What the tables say of a document that the facts of table tbl cite by name."""
        place = (tbl, name)
        if place not in self._cited:
            path = os.path.abspath(self.tables[tbl].parent / name)
            sql = "SELECT entry FROM documents WHERE path = ?"
            found = self.db.execute(sql, (path,)).fetchone()
            entry = found[0] if found else None
            self._cited[place] = None if entry is None else Document(**json.loads(entry))
        return self._cited[place]

    def documents(self) -> list[tuple[Path, str, Document | None]]:
        """Every document the tables cite or describe: its path, the date its first line
        gives ("" if none) and its [[document]] entry (None when it has none), by path."""
        rows = self.db.execute("SELECT path, date, entry FROM documents ORDER BY path")
        return [
            (Path(path), date, None if entry is None else Document(**json.loads(entry)))
            for path, date, entry in rows
        ]

    def measured(self) -> dict[str, tuple[str, str | None, str | None]]:
        """Each fact's measure ("" for none), and the first and last day its date covers."""
        sql = "SELECT id, measure, day_first, day_last FROM facts"
        return {row[0]: (row[1], row[2], row[3]) for row in self.db.execute(sql)}

    def by_document(self) -> dict[str, list[Fact]]:
        """Every fact, by the absolute path of the document it cites, in the tables' order."""
        found: dict[str, list[Fact]] = {}
        for fact in self.facts:
            found.setdefault(os.path.abspath(document_path(fact)), []).append(fact)
        return found

    def _facts(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Fact]:
        for body, tbl, line in self.db.execute(sql, params):
            yield self._fact(body, tbl, line)

    @property
    def facts(self) -> list[Fact]:
        """Every fact, in the tables' order."""
        return list(self._facts("SELECT body, tbl, line FROM facts ORDER BY row"))

    def rows(self, rows: Iterable[int]) -> dict[int, Fact]:
        """The facts at these rows (positions in the tables' order)."""
        sql = "SELECT row, body, tbl, line FROM facts WHERE row IN ({marks})"
        return {
            row: self._fact(body, tbl, line) for row, body, tbl, line in rows_in(self.db, sql, rows)
        }

    def get(self, fact_id: str) -> Fact:
        """The fact with this id; UsageError naming the closest ids when there is none."""
        if ID_PATTERN.fullmatch(fact_id):  # anything else cannot be an id (nor go to SQLite)
            sql = "SELECT body, tbl, line FROM facts WHERE id = ?"
            for fact in self._facts(sql, (fact_id,)):
                return fact
        if len(fact_id) > 200:  # no id is this long: nothing to suggest
            raise UsageError(f"no fact has the id {shorten(fact_id)!r}")
        if self.count <= _SUGGEST_FROM_ALL:
            ids = [r[0] for r in self.db.execute("SELECT id FROM facts")]
        else:  # compare with the ids that start alike, not a million of them
            start = fact_id[:2]
            sql = "SELECT id FROM facts WHERE id >= ? AND id < ?"
            ids = [r[0] for r in self.db.execute(sql, (start, start + "\uffff"))]
        hint = did_you_mean(fact_id, ids)
        raise UsageError(f"no fact has the id {shorten(fact_id)!r}{hint}")

    def ids(self) -> list[str]:
        """Every fact id, sorted."""
        return [row[0] for row in self.db.execute("SELECT id FROM facts ORDER BY id")]

    def has_id(self, fact_id: str) -> bool:
        """Whether a loaded fact has this id."""
        sql = "SELECT 1 FROM facts WHERE id = ?"
        return bool(ID_PATTERN.fullmatch(fact_id)) and bool(
            self.db.execute(sql, (fact_id,)).fetchone()
        )

    def cited_spans(self, name: str) -> list[tuple[Path, int, int]]:
        """(document path, start, end) of every quote the loaded facts cite from a document
        whose file name is name."""
        sql = (
            "SELECT tbl, json_extract(body, '$.document') AS doc, json_extract(body, '$.start'), "
            "json_extract(body, '$.end') FROM facts WHERE doc = ?1 OR doc LIKE ?2 ESCAPE '\\'"
        )
        like = "%/" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.db.execute(sql, (name, like))
        return [(self.tables[t].parent / d, int(a), int(b)) for t, d, a, b in rows]

    def source_named(self, name: str) -> Source:
        """The source called name by its id, full name or an alias, in any case."""
        wanted = key(name)
        for source in self.sources.values():
            if wanted in {key(n) for n in (source.id, source.name, *source.aliases)}:
                return source
        by_name = {n: s.id for s in self.sources.values() for n in (s.id, s.name, *s.aliases)}
        close = dict.fromkeys(by_name[n] for n in closest(name[:200], by_name))
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        known = ", ".join(sorted(self.sources))
        raise UsageError(f"unknown source {shorten(name)!r}{hint} (known: {known})")

    def figures(self, row: int, limit: int) -> tuple[list[tuple[int, Fact]], int]:
        """The newest `limit` facts (with their rows) that measure what the fact at row does,
        undated ones last, and how many there are in all; ([], 0) for a fact that measures
        nothing. Only the facts returned are read, however many share the measure."""
        measured = self.db.execute("SELECT measure FROM facts WHERE row = ?", (row,)).fetchone()
        if not measured or not measured[0]:
            return [], 0
        sql = "SELECT count(*) FROM facts WHERE measure = ?"
        (total,) = self.db.execute(sql, measured).fetchone()
        # The index gives this order as it stands (NULL sorts lowest, so undated facts come
        # last), and only `limit` rows are read: a sort would read every row on the measure.
        sql = (
            "SELECT row, body, tbl, line FROM facts WHERE measure = ? "
            "ORDER BY day_first DESC, row LIMIT ?"
        )
        rows = self.db.execute(sql, (measured[0], limit))
        return [(r, self._fact(b, t, n)) for r, b, t, n in rows], int(total)

    def report_days(self) -> dict[int, str]:
        """Each fact's report day, by row: the day its document's [[document]] entry says it
        was published, else the date its first line gives ("" if neither does). Read for
        every fact at once: a question that names a season the report calls "last" weighs
        every fact's date against it."""
        days: dict[int, str] = {}
        by_place: dict[tuple[int, str], str] = {}
        sql = "SELECT row, tbl, json_extract(body, '$.document') FROM facts"
        for row, tbl, name in self.db.execute(sql):
            if (tbl, name) not in by_place:
                entry = self._document(tbl, name)
                line = self._date_line(os.path.abspath(self.tables[tbl].parent / name))
                by_place[tbl, name] = (entry.published if entry else "") or line
            days[row] = by_place[tbl, name]
        return days

    def document_date(self, fact: Fact) -> str:
        """The date its document's first line gives ("" if none)."""
        return self._date_line(os.path.abspath(document_path(fact)))

    def _date_line(self, path: str) -> str:
        """The date the first line of the document at that absolute path gives ("" if none)."""
        sql = "SELECT date FROM documents WHERE path = ?"
        dated = self.db.execute(sql, (path,)).fetchone()
        return str(dated[0]) if dated else ""

    def counts(self) -> tuple[Counter[str], Counter[str]]:
        """How many facts each source asserts, and how many it relays for others."""
        asserted = Counter(dict(self.db.execute("SELECT source, count(*) FROM facts GROUP BY 1")))
        sql = "SELECT reported_by, count(*) FROM facts WHERE reported_by != '' GROUP BY 1"
        return asserted, Counter(dict(self.db.execute(sql)))

    def select(
        self,
        *,
        source: str | None = None,
        kind: str | None = None,
        subject: str | None = None,
        since: date | None = None,
        until: date | None = None,
        sort: SortOrder = SortOrder.DOCUMENT,
    ) -> Iterator[Fact]:
        """The facts that pass every filter given, in the order asked for, one at a time.

        A date range keeps the facts any day of whose date is in it (since and until are
        inclusive). An open end is unknown, not endless: `../2026-02-07` counts as its known
        day, so `--until 2025-12-31` does not list an event that may well be from February
        2026. Undated facts are left out.
        """
        where, params = ["1"], []
        if source is not None:
            where.append("source = ?")
            params.append(self.source_named(source).id)
        if kind is not None:
            where.append("kind = ?")
            params.append(parse_kind(kind).value)
        if subject is not None:
            where.append("instr(subject_key, ?) > 0")
            params.append(key(subject))
        if since is not None:
            where.append("day_last >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("day_first <= ?")
            params.append(until.isoformat())
        order = {
            SortOrder.DOCUMENT: "row",
            SortOrder.DATE: "day_first IS NULL, day_first, row",
            SortOrder.ID: "id",
        }[sort]
        sql = f"SELECT body, tbl, line FROM facts WHERE {' AND '.join(where)} ORDER BY {order}"
        return self._facts(sql, params)

    # The search index: for each word, the rows that hold it and the field it is first in.

    def postings(self, word: str) -> Posting | None:
        """Rows (ascending) that hold word, a postings code (postings.encode) for each, and
        the word's class when it names something (names.NameClass), else ""."""
        sql = "SELECT rows, codes, class, held FROM words WHERE word = ?"
        held = self.db.execute(sql, (word,)).fetchone()
        if held is None:
            return None
        rows, codes = array("I"), array("I")
        rows.frombytes(held[0])
        codes.frombytes(held[1])
        return Posting(rows, codes, held[2], held[3])

    def keyword_rows(self, word: str) -> array[int]:
        """Rows (ascending) whose table gives word among the fact's [keywords]."""
        held = self.db.execute("SELECT rows FROM keywords WHERE word = ?", (word,)).fetchone()
        rows = array("I")
        if held is not None:
            rows.frombytes(held[0])
        return rows

    def spelled(self, keys: Iterable[str]) -> list[str]:
        """The words of the index that another spelling's keys (store.spellings) lead to."""
        sql = "SELECT word FROM spellings WHERE spelling IN ({marks})"
        return sorted({word for (word,) in rows_in(self.db, sql, keys)})

    def days(self, rows: Iterable[int]) -> dict[int, tuple[str, str]]:
        """The first and last day of each fact at rows ("" for a fact undated)."""
        sql = "SELECT row, day_first, day_last FROM facts WHERE row IN ({marks})"
        return {row: (first or "", last or "") for row, first, last in rows_in(self.db, sql, rows)}

    def facets(self, row: int) -> Facets:
        """What the gate asks of the fact at row besides its words."""
        sql = "SELECT source, reported_by, day_first, day_last, names FROM facts WHERE row = ?"
        source, reported_by, first, last, names = self.db.execute(sql, (row,)).fetchone()
        named = json.loads(names)
        where = frozenset(named["where"])
        return Facets(
            source,
            reported_by,
            first or "",
            last or "",
            named["names"],
            where,
            named["agents"],
            frozenset(named["actors"]),
            frozenset(named.get("owners", ())),
        )

    def answers(self) -> array[int]:
        """For each row, the kinds of question (models.Answers) its fact can answer."""
        return self._array("answers", "H")

    def wordings(self) -> array[int]:
        """For each row, the number of its wording: facts with the same one hold the same
        words at the same places and have the same sources, so that a query scores them
        alike (only their dates and kinds of answer can still differ)."""
        return self._array("wordings", "I")

    def _array(self, name: str, typecode: str) -> array[int]:
        """The blob of that name, as the array of integers the build wrote."""
        found = array(typecode)
        sql = "SELECT data FROM blobs WHERE name = ?"
        found.frombytes(self.db.execute(sql, (name,)).fetchone()[0])
        return found

    def prefixed(self, prefix: str) -> list[str]:
        """The words that start with prefix."""
        sql = "SELECT word FROM words WHERE word >= ? AND word < ? ORDER BY word"
        return [r[0] for r in self.db.execute(sql, (prefix, prefix + "\uffff"))]

    def vocabulary(self) -> list[str]:
        """Every word of the index, read once (for typo matching)."""
        if self._vocabulary is None:
            self._vocabulary = [r[0] for r in self.db.execute("SELECT word FROM words")]
        return self._vocabulary
