"""The value types every layer shares: facts, sources, matches and problems."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum, IntFlag, StrEnum
from pathlib import Path
from typing import Any, NamedTuple

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""What a fact id looks like: lower-case words and numbers joined by hyphens."""

FACT_FIELDS = (
    "id", "statement", "kind", "subject", "value", "unit", "qualifier", "date", "date_text",
    "date_basis", "source", "reported_by", "document", "start", "end", "quote", "status",
    "superseded_by", "status_note", "basis",
)  # fmt: skip
"""A fact's own fields, in the order its records give them; scripts rely on these names."""

DOCUMENT_FIELDS = (
    "file", "title", "publisher", "author", "url", "published", "retrieved", "language", "sha256",
)  # fmt: skip
"""A document's own fields: what a table's [[document]] entry may hold."""


class ExitCode(IntEnum):
    """What the process tells its caller; grep's convention, one meaning each."""

    OK = 0
    """Something was found, or every citation holds."""
    NEGATIVE = 1
    """Nothing matched (ask, list), or a citation failed (verify)."""
    ERROR = 2
    """A usage error, or input that cannot be read."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C: 128 + SIGINT, as shells report it."""


class Kind(StrEnum):
    """What sort of claim a fact is."""

    TERRITORY = "territory"
    RESOURCES = "resources"
    DEADLINE = "deadline"
    DIPLOMACY = "diplomacy"
    POSITION = "position"
    STATEMENT = "statement"
    NARRATIVE = "narrative"
    EVENT = "event"
    CONTEXT = "context"


class Answers(IntFlag):
    """The kinds of question a fact can answer, as its fields show."""

    HOW_MUCH = 1
    """It has a value or a hedge ("nearly all")."""
    WHEN = 2
    """It has the source's own words for its date ("next week")."""
    WHERE = 4
    """Its subject names a location (curators write "Location of ...")."""
    WHAT_IS = 8
    """It is context: a definition or a description."""
    COUNT = 16
    """Its value counts things: a number that is not a share ("how many")."""
    NEGATED = 32
    """Its statement says something is not so ("no breakthrough", "will never accept")."""
    DONE = 64
    """Its statement does not say only that something was agreed, accepted, proposed or
    planned: it can answer whether that already happened."""
    FORECAST = 128
    """Its statement says what is expected to happen ("is likely to be held", "will be"),
    not only what someone wants, proposes or demands: it can answer "will it happen"."""
    INTERVAL = 256
    """Its statement or quote sets it a length of time after or before something else ("two
    months after hosting Putin"): it can answer "how long after the summit did Trump ..."."""


class SourceKind(StrEnum):
    """What sort of body asserts a fact."""

    THINK_TANK = "think-tank"
    GOVERNMENT = "government"
    PERSON = "person"
    NEWS_AGENCY = "news-agency"
    DOCUMENT = "document"


class Format(StrEnum):
    """Output formats a user can ask for with --format."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    MARKDOWN = "markdown"
    TOML = "toml"
    """The table's own format: a self-contained table, sources included."""


class SortOrder(StrEnum):
    """Orders that `list` can print facts in."""

    DOCUMENT = "document"
    DATE = "date"
    ID = "id"


class Status(StrEnum):
    """A fact's standing: whether it is still the figure to give."""

    CURRENT = "current"
    SUPERSEDED = "superseded"
    """A newer fact on the same measure (superseded_by) replaces it."""
    RETRACTED = "retracted"
    """Its source withdrew it."""
    DISPUTED = "disputed"
    """Others contest it; it still stands as the source's claim."""


STALE = frozenset({Status.SUPERSEDED, Status.RETRACTED})
"""Standings that are never an answer on their own: shown only beside what replaced them."""


BASES = ("claimed", "assessed", "estimate", "confirmed")
"""How a source may hold a figure, where it says so (ISW keeps claimed and assessed apart):
the values of a fact's `basis`. Names in a tuple, not an enum: only a table's check reads
them, and an enum class costs every start its making."""


class Document(NamedTuple):
    """What a table says of a document it cites: who published it, when, where, its hash."""

    file: str
    """Its file name beside the table, as facts write it in `document`."""
    title: str = ""
    publisher: str = ""
    author: str = ""
    url: str = ""
    published: str = ""
    """The day it was published, YYYY-MM-DD (or YYYY-MM, YYYY)."""
    retrieved: str = ""
    """The day the file was taken from `url`."""
    language: str = ""
    """A language tag: `en`, `uk`, `ru`."""
    sha256: str = ""
    """The hex SHA-256 of the file's bytes when it was curated; verify compares it."""


class Source(NamedTuple):
    """Who asserts or relays facts: a think tank, a government, a person, an agency."""

    id: str
    name: str
    kind: SourceKind
    aliases: tuple[str, ...] = ()
    note: str = ""


SOURCE_FIELDS = Source._fields
"""A source's own fields: what a table's [[source]] entry may hold."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One cited claim: what is asserted, by whom, when, and the exact words that say so."""

    id: str
    statement: str
    kind: Kind
    subject: str
    source: str
    document: str
    start: int
    end: int
    quote: str
    value: int | float | None = None
    unit: str = ""
    qualifier: str = ""
    date: str = ""
    date_text: str = ""
    date_basis: str = ""
    reported_by: str = ""
    status: Status = Status.CURRENT
    superseded_by: str = ""
    """The id of the newer fact on the same measure that replaces this one."""
    status_note: str = ""
    """Why it stands as it does: "ISW revised the figure on 2026-03-01"."""
    basis: str = ""
    """One of BASES where the source makes the distinction; "" when it does not."""
    table: Path = field(default=Path(), compare=False)
    """The table file the fact was read from; its documents live beside it."""
    line: int | None = field(default=None, compare=False)
    """The line of the fact's [[fact]] header in its table, to point a curator at it."""
    cited: Document | None = field(default=None, compare=False)
    """What the tables say of its document, where a [[document]] entry describes it."""

    def to_record(self) -> dict[str, Any]:
        """Its own fields (FACT_FIELDS) as JSON types: text ("" when empty), numbers, null."""
        out = {name: getattr(self, name) for name in FACT_FIELDS}
        out["kind"] = self.kind.value
        out["status"] = self.status.value
        return out


class WordMatch(NamedTuple):
    """How one word of a query met a fact: through which word, synonym or typo, and where."""

    written: str
    """The word as the query has it."""
    term: str
    """The form it was matched in: singular, and canonical when a synonym applied."""
    synonym: bool
    """Whether `term` came from the synonym table (Kiev -> ukraine, swap -> exchange)."""
    word: str
    """The table's word it matched in this fact; "" when it matched nothing here."""
    how: str
    """exact, prefix, inflection, "verb form", "1 typo" or "2 typos"; "" when unmatched."""
    field: str
    """The part of the fact it matched best in: subject, statement, source, id or quote."""
    weight: float
    """How much the word counts: more, the fewer facts hold it."""
    credit: float
    """The share of its weight it earned here, 0 to 1."""
    role: str = ""
    """What the word is to the facts: name (an answer must hold it), word, time, ordinary
    (English that no fact holds) or unknown (a name that no fact holds)."""


class Explanation(NamedTuple):
    """The parts of a match's score."""

    words: tuple[WordMatch, ...]
    coverage: float
    """Weighted share of the query explained by the fact; it must reach the threshold."""
    subject: float
    """Weighted share of the query found in the fact's subject."""
    adjacency: float
    """Share of neighbouring query words found next to each other in the fact."""
    intent: str
    """The kinds of question the query asks (when, where, how much, what is) if the fact
    fits them."""
    reasons: tuple[str, ...] = ()
    """Why the fact does not answer, one reason for each condition of the gate it fails;
    empty for an answer."""
    failed: frozenset[str] = frozenset()
    """The names of the gate's conditions it fails (gate.CONDITIONS)."""


class Match(NamedTuple):
    """A fact that answers a query, with its score out of 100 and why."""

    fact: Fact
    score: float
    why: Explanation | None = None
    alongside: int = 0
    """How many other facts on the same measure (other documents, dates or sources) are
    printed with this one; the group stands together, newest first."""
    figures: int = 1
    """How many facts in the loaded tables give a figure for this one's measure, itself
    included: more than alongside + 1 when --limit left the older ones out."""
    coverage: float = 0.0
    """The share of the query's weight the fact explains, 0 to 1: the gate asks at least
    gate.THRESHOLD of it."""


class Problem(NamedTuple):
    """Something wrong with a table, named precisely enough to fix it."""

    table: Path
    message: str
    fact_id: str = ""
    line: int | None = None
    citation: bool = False
    """A citation that fails (a quote, its offsets or its document), not a broken table."""

    def __str__(self) -> str:
        where = str(self.table)
        if self.line is not None:
            where += f":{self.line}"
        if self.fact_id:
            where += f": fact {self.fact_id!r}"
        return f"{where}: {self.message}"
