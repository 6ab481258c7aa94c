"""Checked tables compiled into SQLite, cached in the user's cache folder, and the queries on them.

A store is built once from tables that pass every check, and used for as long as none of its
sources changes: every table and document it was built from, the synonym table and the code
that reads them are recorded with their size and modification time (and, for small tables and
files changed just before the build, a CRC of their content). A stale, corrupt or missing cache
is rebuilt quietly; where the cache folder cannot be written, the store is built in memory.
The file holds only rows of text, numbers and integer arrays: nothing in it is executed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from conflictfacts.dates import parse_span
from conflictfacts.errors import DataError, UsageError
from conflictfacts.files import real_table
from conflictfacts.lexicon import (
    SYNONYMS,
    Lexicon,
    answers,
    field_texts,
    load_lexicon,
    stance_agents,
)
from conflictfacts.models import ID_PATTERN, Fact, Kind, SortOrder, Source, SourceKind
from conflictfacts.names import NAMES, TOPICS, NameClass, Names, load_names, open_names
from conflictfacts.postings import Field, Postings, encode
from conflictfacts.sqlitefile import rows_in, write_atomically
from conflictfacts.text import closest, did_you_mean, key, shorten, skeleton, words
from conflictfacts.verify import dated, document_path

if TYPE_CHECKING:
    from conflictfacts.tables import Table

SCHEMA = "6"
"""Bump when the file's layout or the meaning of its contents changes."""

CACHE_ENV = "CONFLICTFACTS_CACHE_DIR"
_RACY_NS = 3_000_000_000
"""A file changed this close to a build may change again within one mtime tick, unseen by
size and mtime: its content is CRC-checked too, as git does for racily clean files. A file
older than that shows any later change in its mtime."""
_CODE = [
    Path(__file__).parent / f"{name}.py"
    for name in (
        "store",
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
_SUGGEST_FROM_ALL = 50_000
"""Up to this many facts, an unknown id is compared with every id for suggestions."""

_SCHEMA_SQL = """
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
CREATE TABLE documents (path TEXT PRIMARY KEY, date TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE words (
    word TEXT PRIMARY KEY, rows BLOB NOT NULL, codes BLOB NOT NULL, class TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE spellings (spelling TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (spelling, word))
    WITHOUT ROWID;
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
"""


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
        unique.setdefault(real_table(file), file)
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


class Posting(NamedTuple):
    """The facts that hold a word: rows ascending, a code for each, the word's class."""

    rows: array[int]
    codes: array[int]
    cls: str


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


def measure(fact: Fact, lexicon: Lexicon) -> str:
    """What a fact measures, to find other documents' or sources' figures for it: its kind,
    the canonical words of its subject ("Donetsk region" is "Donetsk oblast") and its unit.
    "" for a fact with no quantity: two positions on one subject are not one measure."""
    if fact.value is None and not fact.qualifier:
        return ""
    words = sorted({term.word for term in lexicon.terms(fact.subject, keep_own=False)})
    return f"{fact.kind.value}:{' '.join(words)}:{fact.unit}"


def _day_range(fact: Fact) -> tuple[str | None, str | None]:
    """First and last day a fact's date counts on; an open end counts as its known day."""
    if not fact.date:
        return None, None
    span = parse_span(fact.date)
    first, last = span.first or span.last, span.last or span.first
    assert first is not None and last is not None
    return first.isoformat(), last.isoformat()


def _build(db: sqlite3.Connection, files: Sequence[Path], names: Names) -> sqlite3.Connection:
    """Check the tables and compile them into db; DataError, and nothing kept, on any fault."""
    from conflictfacts import facts as checking  # reading TOML is for builds only

    racy = time.time_ns() - _RACY_NS
    table_stamps = [_stamp(f, racy_after=racy) for f in files]
    lexicon = load_lexicon()
    db.executescript(_SCHEMA_SQL)
    postings = Postings()
    documents: set[Path] = set()
    tables: list[str] = []
    by_source: dict[str, array[int]] = {}
    kinds = bytearray()  # for each row, the kinds of question it answers
    classes: dict[str, str] = {}  # what each word of the index names, found table by table
    count = 0

    def add_table(table: Table) -> None:
        nonlocal count
        tables.append(str(table.path))
        codes = [_codes(fact, lexicon) for fact in table.facts]
        new = {w for c in codes for w in c if w not in classes}
        classes.update(dict.fromkeys(new, "") | word_classes(new, lexicon, names))
        batch = []
        for fact, fact_codes in zip(table.facts, codes, strict=True):
            row = count
            documents.add(document_path(fact))
            postings.add(row, fact_codes)
            kinds.append(answers(fact))
            for who in (fact.source, fact.reported_by):
                if who:
                    by_source.setdefault(who, array("I")).append(row)
            body = json.dumps(fact.to_record(), ensure_ascii=False, separators=(",", ":"))
            named = json.dumps(_named(fact, lexicon, classes), sort_keys=True)
            batch.append((
                row, fact.id, body,
                len(tables) - 1, fact.line, fact.source, fact.reported_by, fact.kind.value,
                key(fact.subject), *_day_range(fact), measure(fact, lexicon), named,
            ))  # fmt: skip
            count += 1
        db.executemany("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)

    checked = checking.check(files, add_table)
    if checked.problems:
        raise DataError(checked.problems)
    for source in checked.sources.values():
        aliases = json.dumps(list(source.aliases), ensure_ascii=False)
        db.execute(
            "INSERT INTO sources VALUES (?,?,?,?,?)",
            (source.id, source.name, source.kind.value, aliases, source.note),
        )
        for word in source_words(source, lexicon):
            postings.merge(word, sorted(set(by_source.get(source.id, ()))), Field.SOURCE)
    classes.update(word_classes(set(postings.rows) - classes.keys(), lexicon, names))
    db.executemany(
        "INSERT INTO words VALUES (?, ?, ?, ?)",
        (
            (w, postings.rows[w].tobytes(), postings.codes[w].tobytes(), classes.get(w, ""))
            for w in sorted(postings.rows)
        ),
    )
    db.executemany("INSERT OR IGNORE INTO spellings VALUES (?, ?)", spellings(postings.rows, names))
    db.execute("INSERT INTO blobs VALUES ('answers', ?)", (bytes(kinds),))
    db.executemany("INSERT INTO documents VALUES (?, ?)", ((str(d), dated(d)) for d in documents))
    stamps = [
        *table_stamps,
        *(_stamp(d, racy_after=racy) for d in sorted(documents)),
        *(_stamp(c) for c in (SYNONYMS, NAMES, *_CODE)),
    ]
    meta = {
        "schema": SCHEMA,
        "files": json.dumps([str(f.resolve()) for f in files]),
        "tables": json.dumps(tables),
        "facts": str(count),
        "stamps": json.dumps(stamps),
        # The index was built with this lexicon; queries must be read with the same one.
        "lexicon": json.dumps(lexicon.to_json(), ensure_ascii=False),
        # And with these names: where they are, to look up the words a query adds.
        "names": names.path,
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.commit()
    return db


def source_words(source: Source, lexicon: Lexicon) -> set[str]:
    """The words that name who said a fact: its id and its name read through the synonym
    table ("Institute for the Study of War" is "isw", not the words "study" and "war", which
    would make every ISW figure an answer about the war). A document speaking in its own
    voice is named by its id alone."""
    if source.kind is SourceKind.DOCUMENT:
        return {t.word for t in lexicon.terms(source.id, keep_own=False)}
    return {t.word for t in lexicon.terms(f"{source.id} ; {source.name}", keep_own=False)}


def _codes(fact: Fact, lexicon: Lexicon) -> dict[str, int]:
    """Each word of a fact (but its source, added once every source is known) and its code."""
    texts = field_texts(fact, {})
    found = {f: lexicon.positions(texts[f.name.lower()]) for f in Field if f is not Field.SOURCE}
    codes: dict[str, int] = {}
    for part, positions in found.items():
        for word in positions:
            # Numbers in ids only tell facts apart; indexed, a million of them would crowd
            # the vocabulary that typos are matched against.
            if word not in codes and not (part is Field.ID and word.isdigit()):
                subject_at = found[Field.SUBJECT].get(word, (None,))[0]
                statement_at = found[Field.STATEMENT].get(word, (None,))[0]
                codes[word] = encode(part, subject_at, statement_at)
    return codes


def word_classes(vocabulary: Iterable[str], lexicon: Lexicon, names: Names) -> dict[str, str]:
    """The class of each word that names a place, person, organisation or measured thing,
    by itself or by any spelling the synonym table gives it ("abudhabi": "abu dhabi")."""
    spelled: dict[str, list[str]] = {}
    for phrase, canonical in lexicon.phrases.items():
        spelled.setdefault(canonical, []).append(" ".join(phrase))
    words = list(vocabulary)
    wanted = {p for w in words for p in (w, *spelled.get(w, ()))}
    found = names.lookup(wanted)
    classes: dict[str, str] = {}
    for word in words:
        for phrase in (word, *spelled.get(word, ())):
            name = found.get(phrase)
            if name is not None and name.cls in TOPICS:
                classes[word] = name.cls.value
                break
    return classes


_LOCATIVE = frozenset("in at near inside outside from into within across".split())
"""Words that put a thing in a place: "held in Miami", "the town of Druzhkivka"."""


def _named(fact: Fact, lexicon: Lexicon, classes: dict[str, str]) -> dict[str, Any]:
    """The places, people and organisations a fact's subject and statement name, read through
    the synonym table (the "Trump administration" is the US, not Trump), each with its class;
    and the places its statement puts something in, for "where": up to three words after
    "in", "at", "from" ... ("in the town of Druzhkivka"), or before "based" ("US-based")."""
    own = {t.word for t in lexicon.terms(f"{fact.subject} ; {fact.statement}", keep_own=False)}
    names = {w: classes[w] for w in sorted(own) if classes.get(w) not in ("", None, "measure")}
    said = words(fact.statement)
    where = set()
    actors: list[str] = []
    for term in lexicon.terms(fact.statement, keep_own=False):
        before = said[max(term.position - 4, 0) : term.position]
        after = said[term.position + 1 : term.position + 2]
        if names.get(term.word) == NameClass.PLACE and (
            _LOCATIVE & set(before) or after == ["based"]
        ):
            where.add(term.word)
        if term.word in names and (not actors or actors[-1] == _REPORTS):
            actors[-1:] = [term.word]
            then = said[term.position + 2 : term.position + 3]
            if after and after[0] in _REPORTING and not _PRONOUNS & set(then):
                actors.append(_REPORTS)  # "Zelenskyy said the Trump administration will ..."
    actors = [a for a in actors if a != _REPORTS]
    agents = stance_agents(fact.statement, lexicon, lambda w: w in names)
    return {"names": names, "where": sorted(where), "actors": actors, "agents": agents}


_REPORTING = frozenset("said says told reported warned added".split())
_PRONOUNS = frozenset("it he she they we".split())
"""After a reporting verb, the reporter again: "Ukraine says it will never accept"."""
_REPORTS = "\0"
"""Marks that the actor found so far reports what the next name does; both count."""


def spellings(vocabulary: Iterable[str], names: Names) -> Iterator[tuple[str, str]]:
    """(another spelling's key, word) for each word: its skeleton, and the name it spells."""
    words = [w for w in vocabulary if w.isalpha()]
    found = names.lookup(words)
    for word in words:
        yield skeleton(word), word
        if (name := found.get(word)) is not None and name.cls in TOPICS:
            yield name.canonical, word


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
    return Store(_build(sqlite3.connect(":memory:"), files, names), names)


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

    def __init__(self, db: sqlite3.Connection, names: Names) -> None:
        self.db = db
        self.names = names
        """What the words of a query name that the tables do not hold."""
        meta = dict(db.execute("SELECT key, value FROM meta"))
        self.tables = [Path(p) for p in json.loads(meta["tables"])]
        self.count = int(meta["facts"])
        self.lexicon = Lexicon.from_json(json.loads(meta["lexicon"]))
        self.sources = {
            row[0]: Source(row[0], row[1], SourceKind(row[2]), tuple(json.loads(row[3])), row[4])
            for row in db.execute("SELECT id, name, kind, aliases, note FROM sources ORDER BY id")
        }
        self._vocabulary: list[str] | None = None

    def _fact(self, body: str, tbl: int, line: int | None) -> Fact:
        fields = json.loads(body)
        fields["kind"] = Kind(fields["kind"])
        return Fact(**fields, table=self.tables[tbl], line=line)

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
        found = self.db.execute("SELECT measure FROM facts WHERE row = ?", (row,)).fetchone()
        if not found or not found[0]:
            return [], 0
        (total,) = self.db.execute("SELECT count(*) FROM facts WHERE measure = ?", found).fetchone()
        # The index gives this order as it stands (NULL sorts lowest, so undated facts come
        # last), and only `limit` rows are read: a sort would read every row on the measure.
        sql = (
            "SELECT row, body, tbl, line FROM facts WHERE measure = ? "
            "ORDER BY day_first DESC, row LIMIT ?"
        )
        rows = self.db.execute(sql, (found[0], limit))
        return [(r, self._fact(b, t, n)) for r, b, t, n in rows], int(total)

    def document_date(self, fact: Fact) -> str:
        """The date its document's first line gives ("" if none)."""
        sql = "SELECT date FROM documents WHERE path = ?"
        found = self.db.execute(sql, (str(document_path(fact)),)).fetchone()
        return str(found[0]) if found else ""

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

        A date range keeps the facts any day of whose date is in it; an open end
        (`../2026-02-07`) counts as its known day; undated facts are left out.
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
        sql = "SELECT rows, codes, class FROM words WHERE word = ?"
        found = self.db.execute(sql, (word,)).fetchone()
        if found is None:
            return None
        rows, codes = array("I"), array("I")
        rows.frombytes(found[0])
        codes.frombytes(found[1])
        return Posting(rows, codes, found[2])

    def spelled(self, keys: Iterable[str]) -> list[str]:
        """The words of the index that another spelling's keys (store.spellings) lead to."""
        sql = "SELECT word FROM spellings WHERE spelling IN ({marks})"
        return sorted({word for (word,) in rows_in(self.db, sql, keys)})

    def facets(self, row: int) -> Facets:
        """What the gate asks of the fact at row besides its words."""
        sql = "SELECT source, reported_by, day_first, day_last, names FROM facts WHERE row = ?"
        source, reported_by, first, last, found = self.db.execute(sql, (row,)).fetchone()
        named = json.loads(found)
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
        )

    def answers(self) -> bytes:
        """For each row, the kinds of question (models.Answers) its fact can answer."""
        return bytes(self.db.execute("SELECT data FROM blobs WHERE name = 'answers'").fetchone()[0])

    def prefixed(self, prefix: str) -> list[str]:
        """The words that start with prefix."""
        sql = "SELECT word FROM words WHERE word >= ? AND word < ? ORDER BY word"
        return [r[0] for r in self.db.execute(sql, (prefix, prefix + "\uffff"))]

    def vocabulary(self) -> list[str]:
        """Every word of the index, read once (for typo matching)."""
        if self._vocabulary is None:
            self._vocabulary = [r[0] for r in self.db.execute("SELECT word FROM words")]
        return self._vocabulary
