"""Rank facts for a query, word by word, and refuse to answer what the table does not cover."""

from __future__ import annotations

import bisect
import math
from array import array
from collections.abc import Sequence
from typing import NamedTuple

from conflictfacts.errors import UsageError
from conflictfacts.lexicon import FIELDS, Lexicon, Term
from conflictfacts.models import Answers, Explanation, Match, WordMatch
from conflictfacts.store import NO_POSITION, Store
from conflictfacts.text import words

FIELD_WEIGHTS = {"subject": 1.0, "statement": 1.0, "source": 0.8, "id": 0.7, "quote": 0.6}
"""How much a match counts in each part of a fact: the curated words over the document's."""

QUALITY = {"exact": 1.0, "inflection": 0.9, "prefix": 0.85, "1 typo": 0.8, "2 typos": 0.65}
"""How much a word match counts, by how close it is."""

SUFFIXES = ("s", "es", "ed", "d", "ing", "al", "ion", "ment")
"""Endings that make a query word an inflection of a table word: withdrawing -> withdraw."""

THRESHOLD = 0.56
"""The share of a query's weight a fact must explain to be given as an answer at all.
Calibrated on the evaluation queries used for tuning: midway between the most that a query
without an answer reached (0.539, "Russian control of Kherson oblast") and the least that a
right answer had (0.585, "Trump Donbas proposal"). `conflictfacts evaluate` prints both, so
a curator sees when new facts or synonyms close the gap."""

MAX_QUERY = 1_000
"""Characters in a query: a question, not a document (compare documents with `extract`)."""

SCORE_PARTS = {"coverage": 0.80, "subject": 0.08, "adjacency": 0.04, "intent": 0.08}
"""What the score out of 100 is made of; coverage decides whether to answer, the rest ranks."""


def typo_budget(length: int) -> int:
    """Edits tolerated in a word of this length: none up to 4 letters, 1 up to 8, then 2."""
    return 0 if length <= 4 else 1 if length <= 8 else 2


class Intent(NamedTuple):
    """A kind of question, the words that ask it, and the facts that can answer it."""

    name: str
    asks: tuple[tuple[str, ...], ...]
    answered_by: Answers


INTENTS = (
    Intent("how much", (("how", "much"), ("how", "many"), ("how", "long"), ("what", "percentage"),
                        ("what", "share"), ("what", "proportion")), Answers.HOW_MUCH),
    Intent("when", (("when",), ("what", "date"), ("how", "soon")), Answers.WHEN),
    Intent("where", (("where",),), Answers.WHERE),
    Intent("what is", (("what", "is"), ("what", "are"), ("whats",), ("who", "is"), ("who", "are"),
                       ("define",), ("definition",)), Answers.WHAT_IS),
)  # fmt: skip
"""Question words carry no content, but they say what kind of fact answers."""


def intent_of(query: str) -> Intent | None:
    """The first kind of question the query's words ask, if any."""
    said = words(query)
    for intent in INTENTS:
        for phrase in intent.asks:
            size = len(phrase)
            if any(tuple(said[i : i + size]) == phrase for i in range(len(said) - size + 1)):
                return intent
    return None


class Result(NamedTuple):
    """What a search found: the matches, best first, and the query words found nowhere."""

    matches: list[Match]
    unknown: list[str]
    content_words: int


class _Candidate:
    """What is known of one fact while ranking, all of it from the index."""

    # A plain class: a dataclass costs half a millisecond to create at every start.
    __slots__ = ("adjacency", "best", "codes", "coverage", "fits", "row", "score", "subject")

    def __init__(self, row: int, terms: int) -> None:
        self.row = row
        self.best: list[tuple[float, str, str, int] | None] = [None] * terms
        """Per term: (credit, table word, how, field index), or None where it is absent."""
        self.codes: list[list[int]] = [[] for _ in range(terms)]
        """Per term: the posting codes of its matched words here (fields and positions)."""
        self.coverage = self.subject = self.adjacency = self.score = 0.0
        self.fits = False


def _side_by_side(before: Sequence[int], after: Sequence[int]) -> bool:
    """Whether a word of `after` stands one or two words after a word of `before`, in the
    subject or the statement (the curated text; positions come from posting codes)."""
    for shift in (8, 16):
        starts = {(c >> shift) & 0xFF for c in before} - {NO_POSITION}
        if any(((c >> shift) & 0xFF) - p in (1, 2) for c in after for p in starts):
            return True
    return False


class Index:
    """Search over a store: each query word is matched against the store's words."""

    def __init__(self, store: Store, lexicon: Lexicon | None = None) -> None:
        self.store = store
        self.lexicon = lexicon or store.lexicon
        self.names = {s.id: s.name for s in store.sources.values()}
        self._postings: dict[str, tuple[array[int], array[int]] | None] = {}
        self._variants: dict[str, str] | None = None
        self._answers: bytes | None = None

    def postings(self, word: str) -> tuple[array[int], array[int]] | None:
        if word not in self._postings:
            self._postings[word] = self.store.postings(word)
        return self._postings[word]

    def variants(self) -> dict[str, str]:
        """Single-word spellings and synonyms whose canonical word is in the store."""
        if self._variants is None:
            self._variants = {
                phrase[0]: canonical
                for phrase, canonical in self.lexicon.phrases.items()
                if len(phrase) == 1 and phrase[0] != canonical and self.postings(canonical)
            }
        return self._variants

    def expand(self, term: str) -> dict[str, str]:
        """The store's words a query term matches, and how: exact, prefix, inflection, typo."""
        found: dict[str, str] = {}
        if self.postings(term):
            found[term] = "exact"
        if not term.isalpha():
            return found
        if len(term) >= 4:
            for word in self.store.prefixed(term):
                found.setdefault(word, "prefix")
        for suffix in SUFFIXES:
            base = term.removesuffix(suffix)
            if base != term and len(base) >= 4 and self.postings(base):
                found.setdefault(base, "inflection")
        budget = typo_budget(len(term))
        if not found and budget:
            # Only a word found nowhere pays for the typo search (and its import).
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            variants = self.variants()
            choices = self.store.vocabulary() + sorted(variants)
            for choice, distance, _ in process.extract(
                term, choices, scorer=OSA.distance, score_cutoff=budget, limit=None
            ):
                word = variants.get(choice, choice)
                how = "1 typo" if distance == 1 else f"{int(distance)} typos"
                if QUALITY[how] > QUALITY.get(found.get(word, ""), 0.0):
                    found[word] = how
        return found

    def search(
        self, query: str, limit: int, *, explain: bool = False, threshold: float = THRESHOLD
    ) -> Result:
        """The facts that answer query, best first, at most limit of them."""
        if len(query) > MAX_QUERY:
            raise UsageError(
                f"the query is {len(query):,} characters long; the limit is {MAX_QUERY:,}"
            )
        terms = _unique(self.lexicon.terms(query, keep_own=False))
        if not terms:
            return Result([], [], 0)
        expansions = [self.expand(t.word) for t in terms]
        unknown = [t.written for t, found in zip(terms, expansions, strict=True) if not found]
        weights = [self._weight(matches) for matches in expansions]
        intent = intent_of(query)
        found = [
            [
                (word, how, *postings)
                for word, how in matches.items()
                if (postings := self.postings(word))
            ]
            for matches in expansions
        ]
        best = self._best(found, weights, threshold, limit, intent)
        facts = self.store.rows(c.row for c in best)
        ranked: list[Match] = []
        shown: set[int] = set()
        for candidate in best:
            room = limit - len(ranked)
            if room <= 0:
                break
            if candidate.row in shown:
                continue
            # Figures for the same measure from other documents, dates or sources answer
            # too: the newest first, so that a change or a disagreement shows, within --limit.
            group, total = self.store.figures(candidate.row, room)
            if not group:
                group, total = [(candidate.row, facts[candidate.row])], 1
            # A group cut short fills the limit, so none of its older figures comes up later.
            for row, fact in group:
                scored = (
                    candidate if row == candidate.row else self._exact(row, found, weights, intent)
                )
                why = _explanation(scored, terms, weights, intent) if explain else None
                ranked.append(Match(fact, round(scored.score, 1), why, len(group) - 1, total))
                shown.add(row)
        return Result(ranked, unknown, len(terms))

    def _weight(self, matches: dict[str, str]) -> float:
        """More, the fewer facts hold the term; most for a term no fact holds."""
        lists = [p[0] for p in map(self.postings, matches) if p]
        holders = len(lists[0]) if len(lists) == 1 else len(set().union(*lists))
        return math.log(1 + self.store.count / (holders + 0.5))

    def _best(
        self,
        found: Sequence[_TermPostings],
        weights: Sequence[float],
        threshold: float,
        limit: int,
        intent: Intent | None,
    ) -> list[_Candidate]:
        """The `limit` facts of highest score among those explaining `threshold` of the query.

        Facts are taken in groups by which query terms they hold, the group that could score
        most first; a group that cannot beat the current top `limit` is never read, so a
        common word does not mean scoring a fifth of the table. The answer is the one that
        scoring every fact would give.
        """
        total = sum(weights)
        count = len(weights)
        if intent is not None and self._answers is None:
            self._answers = self.store.answers()

        def share(group: int) -> float:
            return sum(weights[i] for i in range(count) if group >> i & 1) / total

        if count <= _MOST_GROUPED:
            groups = [g for g in range(1, 1 << count) if share(g) >= threshold]
        else:  # too many terms to take each combination apart: one group per term
            groups = [1 << i for i in range(count)]
        groups.sort(key=share, reverse=True)
        top: list[_Candidate] = []
        seen: set[int] = set()
        for group in groups:
            held = [i for i in range(count) if group >> i & 1]
            # A lone-term group (many terms) stands for every fact holding that term.
            bound = share(group) if count <= _MOST_GROUPED else 1.0
            most = 100 * (
                (SCORE_PARTS["coverage"] + SCORE_PARTS["subject"]) * bound
                + (SCORE_PARTS["adjacency"] if len(held) > 1 else 0.0)
                + (SCORE_PARTS["intent"] if intent is not None else 0.0)
            )
            if len(top) >= limit and most < top[-1].score:
                continue  # this group's best could not even tie the last of the top
            for row in sorted(_rows_holding([found[i] for i in held]) - seen):
                if len(top) >= limit and _beats(top[-1], most, row):
                    break  # later rows of this group can at best tie, and lose on order
                seen.add(row)
                score = self._score(row, found, weights, intent, threshold)
                if score is not None and (len(top) < limit or (-score, row) < _rank(top[-1])):
                    candidate = self._exact(row, found, weights, intent)
                    bisect.insort(top, candidate, key=_rank)
                    del top[limit:]
        return top

    def _score(
        self,
        row: int,
        found: Sequence[_TermPostings],
        weights: Sequence[float],
        intent: Intent | None,
        threshold: float,
    ) -> float | None:
        """A fact's score, or None below the threshold: _exact's arithmetic, without building
        its record, for the many facts that will not make the top."""
        total = sum(weights)
        coverage = subject = 0.0
        codes: list[list[int]] = []
        for term, postings in enumerate(found):
            best, first, here = 0.0, -1, []
            for _, how, rows, term_codes in postings:
                at = bisect.bisect_left(rows, row)
                if at < len(rows) and rows[at] == row:
                    code = term_codes[at]
                    here.append(code)
                    credit = QUALITY[how] * _FIELD_WEIGHT[code & 0xFF]
                    if credit > best:
                        best, first = credit, code & 0xFF
            coverage += weights[term] * best / total
            if first == 0:
                subject += weights[term] / total
            codes.append(here)
        if coverage < threshold:
            return None
        return _combined(coverage, subject, _adjacency(codes), self._fits(row, intent))

    def _exact(
        self,
        row: int,
        found: Sequence[_TermPostings],
        weights: Sequence[float],
        intent: Intent | None,
    ) -> _Candidate:
        """One fact's full score: coverage, subject, adjacency and intent, from the index."""
        count, total = len(weights), sum(weights)
        candidate = _Candidate(row, count)
        for term, postings in enumerate(found):
            for word, how, rows, codes in postings:
                at = bisect.bisect_left(rows, row)
                if at < len(rows) and rows[at] == row:
                    _offer(candidate, term, word, how, codes[at])
        for term, best in enumerate(candidate.best):
            if best is not None:
                candidate.coverage += weights[term] * best[0] / total
                if best[3] == 0:
                    candidate.subject += weights[term] / total
        candidate.adjacency = _adjacency(candidate.codes)
        candidate.fits = self._fits(row, intent)
        candidate.score = _combined(
            candidate.coverage, candidate.subject, candidate.adjacency, candidate.fits
        )
        return candidate

    def _fits(self, row: int, intent: Intent | None) -> bool:
        """Whether the fact at row is the kind of fact the question asks for."""
        return bool(
            intent is not None
            and self._answers is not None
            and self._answers[row] & intent.answered_by
        )


_FIELD_WEIGHT = [FIELD_WEIGHTS[name] for name in FIELDS]


def _adjacency(codes: Sequence[Sequence[int]]) -> float:
    """Share of neighbouring query terms (by their posting codes) found side by side."""
    if len(codes) < 2:
        return 0.0
    return sum(map(_side_by_side, codes, codes[1:])) / (len(codes) - 1)


def _combined(coverage: float, subject: float, adjacency: float, fits: bool) -> float:
    """The score out of 100 from its parts, weighed by SCORE_PARTS."""
    return 100 * (
        SCORE_PARTS["coverage"] * coverage
        + SCORE_PARTS["subject"] * subject
        + SCORE_PARTS["adjacency"] * adjacency
        + (SCORE_PARTS["intent"] if fits else 0.0)
    )


def _rank(candidate: _Candidate) -> tuple[float, int]:
    """The order of results: higher score first, then the tables' order."""
    return (-candidate.score, candidate.row)


def _beats(last: _Candidate, most: float, row: int) -> bool:
    """Whether a fact at `row` scoring at most `most` cannot displace `last`."""
    if last.score > most + 1e-9:
        return True
    return abs(last.score - most) <= 1e-9 and last.row < row


_MOST_GROUPED = 10
"""Up to this many query terms, facts are grouped by which terms they hold (2**10 groups)."""

_TermPostings = list[tuple[str, str, "array[int]", "array[int]"]]
"""A query term's matched words: (word, how it matched, rows, posting codes) each."""


def _holds(rows: array[int], row: int) -> bool:
    at = bisect.bisect_left(rows, row)
    return at < len(rows) and rows[at] == row


def _rows_holding(terms: Sequence[_TermPostings]) -> set[int]:
    """The rows that hold every one of these terms (any of each term's matched words)."""
    by_size = sorted(terms, key=lambda t: sum(len(p[2]) for p in t))
    rows: set[int] = set().union(*(p[2] for p in by_size[0]))
    for term in by_size[1:]:
        size = sum(len(p[2]) for p in term)
        if len(rows) * 16 < size:  # few rows left: look each one up rather than read all
            rows = {r for r in rows if any(_holds(p[2], r) for p in term)}
        else:
            rows &= set().union(*(p[2] for p in term))
        if not rows:
            break
    return rows


def _explanation(
    candidate: _Candidate, terms: Sequence[Term], weights: Sequence[float], intent: Intent | None
) -> Explanation:
    """How each query term met the candidate, and the parts of its score."""
    words = []
    for term, weight, best in zip(terms, weights, candidate.best, strict=True):
        credit, word, how, field = best if best is not None else (0.0, "", "", -1)
        where = FIELDS[field] if field >= 0 else ""
        words.append(
            WordMatch(term.written, term.word, term.synonym, word, how, where, weight, credit)
        )
    fits = intent.name if intent is not None and candidate.fits else ""
    return Explanation(
        tuple(words), candidate.coverage, candidate.subject, candidate.adjacency, fits
    )


def _offer(candidate: _Candidate, term: int, word: str, how: str, code: int) -> None:
    """Note where a term's word stands in a fact, and keep the term's best match there."""
    field = code & 0xFF
    candidate.codes[term].append(code)
    credit = QUALITY[how] * FIELD_WEIGHTS[FIELDS[field]]
    best = candidate.best[term]
    if best is None or credit > best[0]:
        candidate.best[term] = (credit, word, how, field)


def _unique(terms: list[Term]) -> list[Term]:
    """Terms with repeats dropped: "talks ... round" asks about talks once."""
    first: dict[str, Term] = {}
    for term in terms:
        first.setdefault(term.word, term)
    return list(first.values())
