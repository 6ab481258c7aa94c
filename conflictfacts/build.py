"""Checked tables compiled into a store: the rows of its facts and the postings of its words.

The Builder is pure: it turns each checked table into rows and postings and touches no
database. compile_tables reads the tables in turn through facts.checked, writes what the
builder gives into a database with the store's layout, and says which documents it read.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from conflictfacts.dates import SEASONS, parse_span
from conflictfacts.errors import DataError
from conflictfacts.gate import BOTH_SIDES, SETTING
from conflictfacts.lexicon import (
    DEADLINE,
    GATHERINGS,
    Lexicon,
    answers,
    load_lexicon,
    measure,
    stance_agents,
)
from conflictfacts.models import Document, Fact, Source, SourceKind
from conflictfacts.names import TOPICS, NameClass, Names
from conflictfacts.postings import Field, Postings, encode, field
from conflictfacts.question import MONTHS
from conflictfacts.store import PHRASE_WORDS, SCHEMA, SCHEMA_SQL
from conflictfacts.tables import Table
from conflictfacts.text import key, possessives, skeleton, words
from conflictfacts.verify import dated, document_path

FactRow = tuple[Any, ...]
"""A row of the facts table, in its columns' order (store.SCHEMA_SQL)."""


class Builder:
    """Rows and postings for checked tables, added one table at a time in the tables' order."""

    def __init__(self, lexicon: Lexicon, names: Names) -> None:
        self.lexicon = lexicon
        self.names = names
        self.postings = Postings()
        self.documents: set[Path] = set()
        """Every document a fact cites."""
        self.tables: list[str] = []
        self.count = 0
        self.kinds = array("H")
        """For each row, the kinds of question (models.Answers) its fact can answer."""
        self.wordings = array("I")
        """For each row, its wording: the same number for facts whose words, where each
        stands, and sources are all the same (store.Store.wordings)."""
        self._wording_of: dict[bytes, int] = {}
        self._by_source: dict[str, array[int]] = {}
        self._placed: set[str] = set()
        """The words some row holds only as context (Field.CONTEXT)."""
        self._classes: dict[str, str] = {}
        """What each word of the index names ("" for nothing), found table by table."""
        self._dates: dict[Path, str] = {}
        """Each cited document's date (verify.dated), read once."""
        self.keywords: dict[str, array[int]] = {}
        """For each word of the tables' [keywords], the rows it is given for, ascending."""

    def add(self, table: Table) -> list[FactRow]:
        """The rows of a checked table's facts; their words join the postings."""
        lexicon = self.lexicon
        self.tables.append(str(table.path))
        codes = [_codes(fact, lexicon) for fact in table.facts]
        new = {w for c in codes for w in c if w not in self._classes}
        self._classes.update(dict.fromkeys(new, "") | word_classes(new, lexicon, self.names))
        named = [_named(fact, lexicon, self._classes) for fact in table.facts]
        shared = shared_places(table.facts, named, lexicon)
        enclosing = enclosing_words(table.facts, codes)
        for fact, fact_codes, places, around in zip(
            table.facts, codes, shared, enclosing, strict=True
        ):
            if sets_a_deadline(fact, self.published(document_path(fact))):
                around = around | {DEADLINE}
            for word in (places | around) - fact_codes.keys():
                fact_codes[word] = encode(Field.CONTEXT, None, None)
        self._placed.update(
            w for c in codes for w, code in c.items() if field(code) is Field.CONTEXT
        )
        rows = []
        for fact, fact_codes, fact_named in zip(table.facts, codes, named, strict=True):
            row = self.count
            self.documents.add(document_path(fact))
            self.postings.add(row, fact_codes)
            self.kinds.append(answers(fact))
            for word in _keyword_words(table.keywords.get(fact.id, ()), lexicon):
                self.keywords.setdefault(word, array("I")).append(row)
            self.wordings.append(self._wording(fact, fact_codes))
            for who in (fact.source, fact.reported_by):
                if who:
                    self._by_source.setdefault(who, array("I")).append(row)
            body = json.dumps(fact.to_record(), ensure_ascii=False, separators=(",", ":"))
            facets = json.dumps(fact_named, sort_keys=True)
            rows.append((
                row, fact.id, body,
                len(self.tables) - 1, fact.line, fact.source, fact.reported_by, fact.kind.value,
                key(fact.subject), *_day_range(fact), measure(fact, lexicon), facets,
            ))  # fmt: skip
            self.count += 1
        return rows

    def published(self, path: Path) -> str:
        """A document's date (verify.dated), read once for every fact and the documents
        table."""
        if path not in self._dates:
            self._dates[path] = dated(path)
        return self._dates[path]

    def _wording(self, fact: Fact, codes: dict[str, int]) -> int:
        """The number of the fact's wording: its words with their codes, and its source and
        relayer, whose words are indexed later (add_sources). A digest of 128 bits keeps
        the memory a million facts take small; two wordings sharing one is not a risk."""
        text = json.dumps([sorted(codes.items()), fact.source, fact.reported_by])
        digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
        return self._wording_of.setdefault(digest, len(self._wording_of))

    def add_sources(self, sources: Iterable[Source]) -> None:
        """Index who said each fact, once every source is known, by the words that name it."""
        for source in sources:
            rows = sorted(set(self._by_source.get(source.id, ())))
            for word in source_words(source, self.lexicon):
                self.postings.merge(word, rows, Field.SOURCE)

    def word_rows(self) -> Iterator[tuple[str, bytes, bytes, str, int]]:
        """Each word of the index, in order: its rows, their codes, the word's class and how
        many rows hold it in their own words (store.Posting.held)."""
        postings = self.postings
        missing = set(postings.rows) - self._classes.keys()
        self._classes.update(word_classes(missing, self.lexicon, self.names))
        for word in sorted(postings.rows):
            rows, codes = postings.rows[word], postings.codes[word]
            held = len(rows)
            if word in self._placed:  # counted here: a source may hold it since
                held -= sum(1 for code in codes if field(code) is Field.CONTEXT)
            yield word, rows.tobytes(), codes.tobytes(), self._classes.get(word, ""), held

    def meta(self, files: Sequence[Path]) -> dict[str, str]:
        """What the store records of how it was built (store.Store reads it back)."""
        return {
            "schema": SCHEMA,
            "files": json.dumps([str(f.resolve()) for f in files]),
            "facts": str(self.count),
            # The index was built with this lexicon; queries must be read with the same one.
            "lexicon": json.dumps(self.lexicon.to_json(), ensure_ascii=False),
            # And with these names: where they are, to look up the words a query adds.
            "names": self.names.path,
        }


def compile_tables(db: sqlite3.Connection, files: Sequence[Path], names: Names) -> set[Path]:
    """Check the tables and compile them into db (empty); the documents their facts cite.

    Raises DataError on any fault in any table, with nothing committed: a store is never
    built from, and so never answers from, a table with a fact left out.
    """
    from conflictfacts import facts as checking  # reading TOML is for builds only

    builder = Builder(load_lexicon(), names)
    db.executescript(SCHEMA_SQL)
    result = checking.Checked()
    for table in checking.checked(files, result):
        db.executemany("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", builder.add(table))
    if result.problems:
        raise DataError(result.problems)
    builder.add_sources(result.sources.values())
    db.executemany(
        "INSERT INTO sources VALUES (?,?,?,?,?)",
        (
            (s.id, s.name, s.kind.value, json.dumps(list(s.aliases), ensure_ascii=False), s.note)
            for s in result.sources.values()
        ),
    )
    db.executemany("INSERT INTO words VALUES (?, ?, ?, ?, ?)", builder.word_rows())
    spelled = spellings(builder.postings.rows, names)
    db.executemany("INSERT OR IGNORE INTO spellings VALUES (?, ?)", spelled)
    db.executemany(
        "INSERT INTO keywords VALUES (?, ?)",
        ((word, rows.tobytes()) for word, rows in sorted(builder.keywords.items())),
    )
    db.execute("INSERT INTO blobs VALUES ('answers', ?)", (builder.kinds.tobytes(),))
    db.execute("INSERT INTO blobs VALUES ('wordings', ?)", (builder.wordings.tobytes(),))
    documents = builder.documents
    described = result.documents
    paths = {os.path.abspath(d): d for d in documents}  # as a later run finds them
    paths.update((p, Path(p)) for p in described if p not in paths)
    rows = (
        (path, builder.published(d), _entry(described.get(path)))
        for path, d in sorted(paths.items())
    )
    db.executemany("INSERT INTO documents VALUES (?, ?, ?)", rows)
    db.executemany("INSERT INTO meta VALUES (?, ?)", builder.meta(files).items())
    return documents


def _entry(document: Document | None) -> str | None:
    """A [[document]] entry as the store keeps it: JSON of its fields; None for no entry."""
    return None if document is None else json.dumps(document._asdict(), ensure_ascii=False)


def _day_range(fact: Fact) -> tuple[str | None, str | None]:
    """First and last day a fact's date counts on; an open end counts as its known day."""
    if not fact.date:
        return None, None
    span = parse_span(fact.date)
    first, last = span.first or span.last, span.last or span.first
    assert first is not None and last is not None
    return first.isoformat(), last.isoformat()


def source_words(source: Source, lexicon: Lexicon) -> set[str]:
    """The words that name who said a fact: its id and its name read through the synonym
    table ("Institute for the Study of War" is "isw", not the words "study" and "war", which
    would make every ISW figure an answer about the war). A document speaking in its own
    voice is named by its id alone."""
    if source.kind is SourceKind.DOCUMENT:
        return {t.word for t in lexicon.terms(source.id, keep_own=False)}
    return {t.word for t in lexicon.terms(f"{source.id} ; {source.name}", keep_own=False)}


def _texts(fact: Fact) -> dict[Field, str]:
    """The text of each searched part of a fact but its source, which is indexed by the words
    that name it once every source is known (source_words)."""
    return {
        Field.SUBJECT: fact.subject,
        Field.STATEMENT: fact.statement,
        Field.ID: fact.id,
        Field.QUOTE: fact.quote,
    }


def with_both_sides(held: dict[str, list[int]]) -> dict[str, list[int]]:
    """A text's words, with "side" where it names both parties together: "given Ukraine and
    Russia a deadline" has given both sides one; "Russia is pressing Ukraine to withdraw" is
    one side acting on the other. It stands where the first of them does."""
    if BOTH_SIDES in held or not held.keys() >= SETTING:
        return held
    one, other = (held[p] for p in sorted(SETTING))
    taken = {at for places in held.values() for at in places}
    # Side by side, or with only a word no index holds between ("Ukraine and Russia"), not
    # a verb ("Moscow pressed Kyiv").
    together = [
        min(a, b)
        for a in one
        for b in other
        if abs(a - b) == 1 or (abs(a - b) == 2 and min(a, b) + 1 not in taken)
    ]
    return {**held, BOTH_SIDES: [min(together)]} if together else held


_SAID_SHOULD = re.compile(
    r"\b(?:said|says|argued|argues|believes|believed)\b[^.;]*?\b(?:should|ought to)\b"
)
"""A statement that says what someone said should be done ("Trump said the Donbas should
be cut up"): a proposal, as a question that asks what they suggested or proposed means it."""
PROPOSED = "proposal"
"""The synonym table's word for a proposal, which such a statement holds as its own."""
_CAPTION_CREDIT = re.compile(r"\((?:[^()]*\bvia\b[^()]*|(?:Photo|Picture|Image)\b[^()]*)\)\s*$")
"""The credit a photo's caption ends with: "(Ukrainian Police Press Service via AP)",
"(Photo: Reuters)"."""
CAPTION = "photo"
"""The word a fact quoting a photo's caption holds as its own subject: the caption says what
the photo shows, so "what does the photo in the article show" asks of it."""


def _keyword_words(phrases: Iterable[str], lexicon: Lexicon) -> set[str]:
    """The words a fact's [keywords] give it, as a query's words are read (canonical,
    singular), each once. A phrase counts only as one word: a phrase of the synonym table
    ("time limit": deadline), or a word with only stopwords beside it ("a sit-down" is
    not "sit" and "down"); the words of "set a deadline" are too common alone."""
    found = set()
    for phrase in phrases:
        terms = lexicon.terms(phrase, keep_own=False)
        if len(terms) == 1:
            found.add(terms[0].word)
        elif len(terms) <= PHRASE_WORDS:
            found.add(" ".join(t.word for t in terms))
    return found


def _codes(fact: Fact, lexicon: Lexicon) -> dict[str, int]:
    """Each word of a fact (but its source) and its postings code; a fact that quotes a
    photo's caption holds CAPTION too, as its subject."""
    positions = {
        part: with_both_sides(lexicon.positions(text)) for part, text in _texts(fact).items()
    }
    codes: dict[str, int] = {}
    for part, held in positions.items():
        for word in held:
            # Numbers in ids only tell facts apart; indexed, a million of them would crowd
            # the vocabulary that typos are matched against.
            if word not in codes and not (part is Field.ID and word.isdigit()):
                subject_at = positions[Field.SUBJECT].get(word, (None,))[0]
                statement_at = positions[Field.STATEMENT].get(word, (None,))[0]
                codes[word] = encode(part, subject_at, statement_at)
    if _CAPTION_CREDIT.search(fact.quote):
        codes.setdefault(CAPTION, encode(Field.SUBJECT, None, None))
    if (said := _SAID_SHOULD.search(fact.statement)) is not None:
        at = len(lexicon.positions(fact.statement[: said.start()]))
        codes.setdefault(PROPOSED, encode(Field.STATEMENT, None, at))
    return codes


def word_classes(vocabulary: Iterable[str], lexicon: Lexicon, names: Names) -> dict[str, str]:
    """The class of each word that names a place, person, organisation or measured thing,
    by itself or by any spelling the synonym table gives it ("abudhabi": "abu dhabi")."""
    spelled = lexicon.spellings
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


_HOLDING = frozenset("accounts hosts contains has have".split())
"""Verbs by which a place holds what follows ("the Donbas accounts for over half of the
coal", "has vast deposits"): where that is."""
_DONE_BY = re.compile(
    r"[a-z]+ed|been|given|taken|made|held|seen|done|said|won|lost|sent|begun|gone|come|"
    r"already|just|also|never|not|now|long|to|yet|still"
)
"""A participle or an adverb after "has" makes it an auxiliary ("Ukraine has accepted",
"has already sent", "has to withdraw"): no holding."""


def holds_there(said: Sequence[str], at: int) -> bool:
    """Whether the place at `at` is the subject of a verb of holding: "the Donbas accounts
    for", "the Donbas has vast deposits", not "Ukraine has accepted"."""
    verb = said[at + 1 : at + 2]
    then = said[at + 2 : at + 3]
    return bool(verb) and verb[0] in _HOLDING and not (then and _DONE_BY.fullmatch(then[0]))


_LARGEST_SUBJECT = 8
"""Subjects of more words than this share no places: none is so long in a curated table."""


def shared_places(
    facts: Sequence[Fact], named: Sequence[dict[str, Any]], lexicon: Lexicon
) -> list[set[str]]:
    """For each fact, the places other facts of its document on the same subject put that
    subject in, where its own words do not: "Next round of talks" is "likely to be held in
    Miami" (subject "Location of the next round of talks"), so the fact that the next round
    would be the first trilateral discussion in the US is about the Miami talks too.

    Two subjects are the same gathering when one names a gathering (lexicon.GATHERINGS) and
    its words are all in the other's, within one document: "Next round of talks" and
    "Location of the next round of talks"; not "Donetsk oblast" and "Druzhkivka, Donetsk
    region", a town the oblast holds. named: each fact's _named. A fact's own words keep
    their part (build.Builder.add)."""
    subjects = [frozenset(t.word for t in lexicon.terms(f.subject, keep_own=False)) for f in facts]
    placed: dict[tuple[str, frozenset[str]], set[str]] = {}
    for fact, subject, found in zip(facts, subjects, named, strict=True):
        placed.setdefault((fact.document, subject), set()).update(found["where"])
    shared = {k: set(places) if GATHERINGS & k[1] else set() for k, places in placed.items()}
    for (document, subject), places in placed.items():
        if len(subject) > _LARGEST_SUBJECT:
            continue
        for size in range(1, len(subject)):
            for part in itertools.combinations(sorted(subject), size):
                other = (document, frozenset(part))
                if other in placed and GATHERINGS & other[1]:  # the two share their places
                    shared[other] |= places
                    shared[(document, subject)] |= placed[other]
    return [shared[(f.document, subject)] for f, subject in zip(facts, subjects, strict=True)]


_TIMES = (
    frozenset(MONTHS)
    | SEASONS.keys()
    | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
)
"""Words that name a time. The weekdays are findings.WEEKDAYS, written again: importing
findings, for extract's rules, costs a build 70 ms."""


def _names_a_time(word: str) -> bool:
    """Whether a word names a time ("october", "2025", "summer"): a time another fact gives
    is its own, not this fact's ("two months after hosting Putin" is not October 2025)."""
    return word.isdigit() or word in _TIMES


def enclosing_words(facts: Sequence[Fact], codes: Sequence[dict[str, int]]) -> list[set[str]]:
    """For each fact, the words of its own (subject and statement) that facts quoting a wider
    span of the same document around its quote hold: a detail of a sentence is about what the
    sentence is about. CIRSD "partners with the World Economic Forum" in the sentence on the
    Donbas's resources, so that fact is about the Donbas's resources too; the Alaska summit
    was held "two months" before Trump's remark on the Donbas. A fact whose quote is the same
    span as another's shares no words: each says its own part of one sentence. codes: each
    fact's _codes, before any context is added. Times are not shared (_names_a_time)."""
    own = [
        {w for w, code in c.items() if field(code) <= Field.STATEMENT and not _names_a_time(w)}
        for c in codes
    ]
    by_document: dict[str, list[int]] = {}
    for at, fact in enumerate(facts):
        by_document.setdefault(fact.document, []).append(at)
    around: list[set[str]] = [set() for _ in facts]
    for rows in by_document.values():
        rows.sort(key=lambda r: (facts[r].start, -facts[r].end))
        for i, inner in enumerate(rows):
            span = (facts[inner].start, facts[inner].end)
            for outer in rows[:i]:  # those starting no later, in order
                if facts[outer].end >= span[1] and (facts[outer].start, facts[outer].end) != span:
                    around[inner] |= own[outer]
    return around


_BY = re.compile(r"(?:by|until|no later than)\b", re.IGNORECASE)


def sets_a_deadline(fact: Fact, published: str) -> bool:
    """Whether a fact sets a time limit: its date is given as "by ..." or "until ..." (its
    date_text) and lies after its document's date ("by June" in February). "Had lasted nearly
    four years by February" is dated by the document's own month: no limit."""
    if not (_BY.match(fact.date_text) and fact.date and published):
        return False
    first = _day_range(fact)[0]
    return first is not None and first > published


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
            _LOCATIVE & set(before) or after == ["based"] or holds_there(said, term.position)
        ):
            where.add(term.word)
        if term.word in names and (not actors or actors[-1] == _REPORTS):
            actors[-1:] = [term.word]
            then = said[term.position + 2 : term.position + 3]
            if after and after[0] in _REPORTING and not _PRONOUNS & set(then):
                actors.append(_REPORTS)  # "Zelenskyy said the Trump administration will ..."
    actors = [a for a in actors if a != _REPORTS]
    agents = stance_agents(fact.statement, lexicon, lambda w: w in names)
    # "Trump said Ukraine's Donbas should be cut up": Ukraine owns, it does not act.
    owned: set[str] = set()
    elsewhere: set[str] = set()
    owning = possessives(fact.statement)
    for term in lexicon.terms(fact.statement, keep_own=False):
        (owned if term.position in owning else elsewhere).add(term.word)
    owners = sorted((owned - elsewhere) & names.keys())
    return {
        "names": names, "where": sorted(where), "actors": actors, "agents": agents,
        "owners": owners,
    }  # fmt: skip


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
