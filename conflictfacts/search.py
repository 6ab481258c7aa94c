"""Rank facts for a query, word by word, and refuse to answer what the table does not cover."""

from __future__ import annotations

import bisect
import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from conflictfacts.lexicon import Lexicon, Term, load_lexicon
from conflictfacts.models import Explanation, Fact, Kind, Match, Source, WordMatch
from conflictfacts.text import fold, words

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

SCORE_PARTS = {"coverage": 0.80, "subject": 0.08, "adjacency": 0.04, "intent": 0.08}
"""What the score out of 100 is made of; coverage decides whether to answer, the rest ranks."""


def typo_budget(length: int) -> int:
    """Edits tolerated in a word of this length: none up to 4 letters, 1 up to 8, then 2."""
    return 0 if length <= 4 else 1 if length <= 8 else 2


@dataclass(frozen=True)
class Intent:
    """A kind of question, the words that ask it, and the facts that can answer it."""

    name: str
    asks: tuple[tuple[str, ...], ...]
    fits: Callable[[Fact], bool]


INTENTS = (
    Intent("how much", (("how", "much"), ("how", "many"), ("how", "long"), ("what", "percentage"),
                        ("what", "share"), ("what", "proportion")),
           lambda f: f.value is not None or bool(f.qualifier)),
    Intent("when", (("when",), ("what", "date"), ("how", "soon")), lambda f: bool(f.date_text)),
    # Curators name where-facts "Location of ...": a fact elsewhere only mentions a place.
    Intent("where", (("where",),), lambda f: "location" in fold(f.subject)),
    Intent("what is", (("what", "is"), ("what", "are"), ("whats",), ("who", "is"), ("who", "are"),
                       ("define",), ("definition",)),
           lambda f: f.kind is Kind.CONTEXT),
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


@dataclass(frozen=True)
class Result:
    """What a search found: the matches, best first, and the query words found nowhere."""

    matches: list[Match]
    unknown: list[str]
    content_words: int


@dataclass(frozen=True, slots=True)
class _Parts:
    coverage: float
    subject: float
    adjacency: float
    words: tuple[WordMatch, ...]


def _fields(fact: Fact, sources: Mapping[str, Source]) -> dict[str, str]:
    who = [fact.source, fact.reported_by]
    names = [n for s in who if s for n in (s, sources[s].name if s in sources else "")]
    return {
        "subject": fact.subject,
        "statement": fact.statement,
        "source": " ; ".join(names),
        "id": fact.id,
        "quote": fact.quote,
    }


class Index:
    """Every fact's words by field, and which facts hold each word."""

    def __init__(
        self, facts: Sequence[Fact], sources: Mapping[str, Source], lexicon: Lexicon | None = None
    ) -> None:
        self.facts = facts
        self.lexicon = lexicon or load_lexicon()
        self.words: list[dict[str, dict[str, list[int]]]] = []
        postings: defaultdict[str, set[int]] = defaultdict(set)
        # Facts share quotes and subjects: read each distinct text once.
        seen: dict[str, dict[str, list[int]]] = {}
        for index, fact in enumerate(facts):
            by_field: dict[str, dict[str, list[int]]] = {}
            for name, text in _fields(fact, sources).items():
                if text not in seen:
                    positions: defaultdict[str, list[int]] = defaultdict(list)
                    for term in self.lexicon.terms(text, keep_own=True):
                        positions[term.word].append(term.position)
                    seen[text] = dict(positions)
                by_field[name] = seen[text]
                for word in seen[text]:
                    postings[word].add(index)
            self.words.append(by_field)
        self.postings = {word: sorted(ids) for word, ids in postings.items()}
        self.vocabulary = sorted(self.postings)
        # A typo of a synonym ("Zelenksy" for "Zelensky") should still find its canonical word.
        self.variants = {
            phrase[0]: canonical
            for phrase, canonical in self.lexicon.phrases.items()
            if len(phrase) == 1 and canonical in self.postings and phrase[0] != canonical
        }
        self._typo_choices = self.vocabulary + sorted(self.variants)

    def expand(self, term: str) -> dict[str, str]:
        """The table's words a query term matches, and how: exact, prefix, inflection, typo."""
        found: dict[str, str] = {}
        if term in self.postings:
            found[term] = "exact"
        if not term.isalpha():
            return found
        if len(term) >= 4:
            at = bisect.bisect_left(self.vocabulary, term)
            while at < len(self.vocabulary) and self.vocabulary[at].startswith(term):
                found.setdefault(self.vocabulary[at], "prefix")
                at += 1
        for suffix in SUFFIXES:
            base = term.removesuffix(suffix)
            if base != term and len(base) >= 4 and base in self.postings:
                found.setdefault(base, "inflection")
        budget = typo_budget(len(term))
        if not found and budget:
            for choice, distance, _ in process.extract(
                term, self._typo_choices, scorer=OSA.distance, score_cutoff=budget, limit=None
            ):
                word = self.variants.get(choice, choice)
                how = "1 typo" if distance == 1 else f"{int(distance)} typos"
                if QUALITY[how] > QUALITY.get(found.get(word, ""), 0.0):
                    found[word] = how
        return found

    def search(
        self, query: str, limit: int, *, explain: bool = False, threshold: float = THRESHOLD
    ) -> Result:
        """The facts that answer query, best first, at most limit of them."""
        terms = _unique(self.lexicon.terms(query, keep_own=False))
        if not terms:
            return Result([], [], 0)
        expansions = [self.expand(t.word) for t in terms]
        n = len(self.facts)
        weights = []
        for matches in expansions:
            holders = {i for word in matches for i in self.postings[word]}
            # A word found nowhere weighs most: it is what the query is about.
            weights.append(math.log(1 + n / (len(holders) + 0.5)))

        intent = intent_of(query)
        candidates = {i for matches in expansions for w in matches for i in self.postings[w]}
        scored: list[tuple[float, int, _Parts, str]] = []
        for index in candidates:
            parts = self._parts(index, terms, expansions, weights)
            if parts.coverage < threshold:
                continue
            fits = intent.name if intent and intent.fits(self.facts[index]) else ""
            score = 100 * (
                SCORE_PARTS["coverage"] * parts.coverage
                + SCORE_PARTS["subject"] * parts.subject
                + SCORE_PARTS["adjacency"] * parts.adjacency
                + (SCORE_PARTS["intent"] if fits else 0.0)
            )
            scored.append((score, index, parts, fits))
        scored.sort(key=lambda item: (-item[0], item[1]))
        unknown = [t.written for t, found in zip(terms, expansions, strict=True) if not found]
        best = [
            Match(
                self.facts[index],
                round(score, 1),
                Explanation(parts.words, parts.coverage, parts.subject, parts.adjacency, fits)
                if explain
                else None,
            )
            for score, index, parts, fits in scored[:limit]
        ]
        return Result(best, unknown, len(terms))

    def _parts(
        self,
        index: int,
        terms: Sequence[Term],
        expansions: Sequence[dict[str, str]],
        weights: Sequence[float],
    ) -> _Parts:
        """Weighted coverage, share found in the subject, and adjacency, for one fact."""
        fields = self.words[index]
        total = sum(weights)
        coverage = subject = 0.0
        found: list[WordMatch] = []
        spots: list[set[tuple[str, int]]] = []
        for term, matches, weight in zip(terms, expansions, weights, strict=True):
            best = WordMatch(term.written, term.word, term.synonym, "", "", "", weight, 0.0)
            here: set[tuple[str, int]] = set()
            for word, how in matches.items():
                for name, field_weight in FIELD_WEIGHTS.items():
                    positions = fields[name].get(word)
                    if not positions:
                        continue
                    here.update((name, p) for p in positions)
                    credit = QUALITY[how] * field_weight
                    if credit > best.credit:
                        best = WordMatch(
                            term.written, term.word, term.synonym, word, how, name, weight, credit
                        )
            if any(name == "subject" for name, _ in here):
                subject += weight
            coverage += weight * best.credit
            found.append(best)
            spots.append(here)
        pairs = len(terms) - 1
        adjacent = sum(
            any((name, p + gap) in after for name, p in before for gap in (1, 2))
            for before, after in itertools.pairwise(spots)
        )
        return _Parts(
            coverage / total, subject / total, adjacent / pairs if pairs else 0.0, tuple(found)
        )


def _unique(terms: list[Term]) -> list[Term]:
    """Terms with repeats dropped: "talks ... round" asks about talks once."""
    first: dict[str, Term] = {}
    for term in terms:
        first.setdefault(term.word, term)
    return list(first.values())
