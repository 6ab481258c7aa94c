"""Rank facts for a query, word by word, and refuse to answer what the table does not cover."""

from __future__ import annotations

import bisect
import itertools
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from conflictfacts.lexicon import Lexicon, Term, load_lexicon
from conflictfacts.models import Fact, Match, Source

FIELD_WEIGHTS = {"subject": 1.0, "statement": 1.0, "source": 0.8, "quote": 0.6}
"""How much a match counts in each part of a fact: its own words over the document's."""

PREFIX_QUALITY = 0.85
TYPO_QUALITY = {1: 0.8, 2: 0.65}
THRESHOLD = 0.6
"""The share of a query's weight a fact must explain before it is given as an answer."""


def typo_budget(length: int) -> int:
    """Edits tolerated in a word of this length: none up to 4 letters, 1 up to 8, then 2."""
    return 0 if length <= 4 else 1 if length <= 8 else 2


@dataclass(frozen=True)
class Result:
    """What a search found: the matches, best first, and the query words found nowhere."""

    matches: list[Match]
    unknown: list[str]
    content_words: int


def _fields(fact: Fact, sources: Mapping[str, Source]) -> dict[str, str]:
    who = [fact.source, fact.reported_by]
    names = [n for s in who if s for n in (s, sources[s].name if s in sources else "")]
    return {
        "subject": fact.subject,
        "statement": fact.statement,
        "source": " ; ".join(names),
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

    def expand(self, term: str) -> dict[str, tuple[float, str]]:
        """The table's words a query term matches: exactly, as a prefix, or within a typo."""
        found: dict[str, tuple[float, str]] = {}
        if term in self.postings:
            found[term] = (1.0, "exact")
        if len(term) >= 4 and term.isalpha():
            at = bisect.bisect_left(self.vocabulary, term)
            while at < len(self.vocabulary) and self.vocabulary[at].startswith(term):
                found.setdefault(self.vocabulary[at], (PREFIX_QUALITY, "prefix"))
                at += 1
        budget = typo_budget(len(term))
        if not found and budget and term.isalpha():
            for word, distance, _ in process.extract(
                term, self.vocabulary, scorer=OSA.distance, score_cutoff=budget, limit=None
            ):
                found[word] = (TYPO_QUALITY[int(distance)], f"{int(distance)} typo")
        return found

    def search(self, query: str, limit: int) -> Result:
        """The facts that answer query, best first, at most limit of them."""
        terms = _unique(self.lexicon.terms(query, keep_own=False))
        if not terms:
            return Result([], [], 0)
        expansions = [self.expand(t.word) for t in terms]
        n = len(self.facts)
        weights = []
        for matches in expansions:
            holders = {i for word in matches for i in self.postings[word]}
            weights.append(math.log(1 + n / (len(holders) + 0.5)))
        total = sum(weights)

        candidates = {i for matches in expansions for w in matches for i in self.postings[w]}
        scored: list[tuple[float, int]] = []
        for index in candidates:
            coverage, subject, adjacent = self._score(index, terms, expansions, weights)
            if coverage / total >= THRESHOLD:
                score = 100 * (0.85 * coverage / total + 0.10 * subject / total + 0.05 * adjacent)
                scored.append((score, index))
        scored.sort(key=lambda pair: (-pair[0], pair[1]))
        unknown = [t.written for t, found in zip(terms, expansions, strict=True) if not found]
        best = [Match(self.facts[i], round(score, 1)) for score, i in scored[:limit]]
        return Result(best, unknown, len(terms))

    def _score(
        self,
        index: int,
        terms: Sequence[Term],
        expansions: Sequence[dict[str, tuple[float, str]]],
        weights: Sequence[float],
    ) -> tuple[float, float, float]:
        """Weighted coverage, weight matched in the subject, and share of adjacent term pairs."""
        fields = self.words[index]
        coverage = subject = 0.0
        spots: list[set[tuple[str, int]]] = []
        for matches, weight in zip(expansions, weights, strict=True):
            best = 0.0
            here: set[tuple[str, int]] = set()
            for word, (quality, _) in matches.items():
                for name, field_weight in FIELD_WEIGHTS.items():
                    positions = fields[name].get(word)
                    if positions:
                        best = max(best, quality * field_weight)
                        here.update((name, p) for p in positions)
            if any(name == "subject" for name, _ in here):
                subject += weight
            coverage += weight * best
            spots.append(here)
        pairs = len(terms) - 1
        adjacent = sum(
            any((name, p + gap) in after for name, p in before for gap in (1, 2))
            for before, after in itertools.pairwise(spots)
        )
        return coverage, subject, adjacent / pairs if pairs else 0.0


def _unique(terms: list[Term]) -> list[Term]:
    """Terms with repeats dropped: "talks ... round" asks about talks once."""
    first: dict[str, Term] = {}
    for term in terms:
        first.setdefault(term.word, term)
    return list(first.values())
