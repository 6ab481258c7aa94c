"""Measure search quality on queries with known answers: top-1 accuracy, MRR, false answers."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from conflictfacts.errors import DataError, UsageError
from conflictfacts.models import Match, Problem
from conflictfacts.text import shorten

EVALUATION = Path(__file__).parent / "data" / "evaluation.toml"
MIN_TOP1 = 0.95
"""The bar: this share of answerable queries must get the right fact first, and no
query without an answer may get one."""
DEPTH = 10
"""How far down the ranking the expected fact is looked for, for the reciprocal rank."""


@dataclass(frozen=True, slots=True)
class Case:
    """A query, and the id that must come first ("" when it must get no answer)."""

    text: str
    expect: str
    group: str
    split: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the search gave for one case."""

    case: Case
    ranked: tuple[str, ...]

    @property
    def rank(self) -> int | None:
        """1-based place of the expected fact, or None when it is not in the ranking."""
        if self.case.expect in self.ranked:
            return self.ranked.index(self.case.expect) + 1
        return None

    @property
    def passed(self) -> bool:
        if not self.case.expect:
            return not self.ranked
        return self.rank == 1

    def verdict(self) -> str:
        """Why a case failed, in words; "" when it passed."""
        if self.passed:
            return ""
        if not self.case.expect:
            return f"answered {self.ranked[0]}, but the table has no answer"
        if not self.ranked:
            return "no answer"
        where = f"at rank {self.rank}" if self.rank else "not in the top ten"
        return f"first was {self.ranked[0]}; the expected fact is {where}"


@dataclass(frozen=True, slots=True)
class Scores:
    """The figures for a set of outcomes."""

    part: str
    queries: int
    answerable: int
    top1: float
    mrr: float
    false_answer_rate: float
    false_answers: int
    missed: int

    @property
    def meets_bar(self) -> bool:
        return (self.top1 >= MIN_TOP1 or not self.answerable) and self.false_answers == 0


@dataclass(frozen=True, slots=True)
class Margin:
    """How far apart answers and non-answers lie: the room the threshold has."""

    threshold: float
    lowest_right: float
    lowest_right_query: str
    highest_unanswerable: float
    highest_unanswerable_query: str


def margin(
    cases: Sequence[Case], coverage: Callable[[str], dict[str, float]], threshold: float
) -> Margin:
    """The least coverage of a right answer, and the most any no-answer query reaches.

    `coverage` gives, for a query, each fact's coverage with no threshold applied. A
    threshold between the two figures answers every case right on this measure.
    """
    right = [(coverage(c.text).get(c.expect, 0.0), c.text) for c in cases if c.expect]
    wrong = [(max(coverage(c.text).values(), default=0.0), c.text) for c in cases if not c.expect]
    low = min(right, default=(1.0, ""))
    high = max(wrong, default=(0.0, ""))
    return Margin(threshold, low[0], low[1], high[0], high[1])


def read_cases(path: Path = EVALUATION) -> list[Case]:
    """The evaluation queries in a TOML file of [[query]] entries."""
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except (FileNotFoundError, IsADirectoryError, ValueError) as error:  # ValueError: a NUL
        reason = "no such file" if isinstance(error, FileNotFoundError) else "not a file"
        raise UsageError(
            f"cannot read the evaluation queries {shorten(str(path))!r}: {reason}"
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DataError([Problem(path, f"cannot read the evaluation set: {error}")]) from None
    cases = []
    for number, entry in enumerate(data.get("query", []), start=1):
        fields = ("text", "expect", "group", "split")
        if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) for f in fields):
            message = f"query #{number} needs text, expect, group and split, all strings"
            raise DataError([Problem(path, message)])
        cases.append(Case(*(entry[f] for f in fields)))
    if not cases:
        raise DataError([Problem(path, "no [[query]] entries")])
    return cases


def evaluate(
    cases: Sequence[Case], search: Callable[[str], Sequence[Match]], known: set[str]
) -> list[Outcome]:
    """Run every case through search; DataError if a case expects an id the table lacks."""
    unknown = sorted({c.expect for c in cases if c.expect and c.expect not in known})
    if unknown:
        problem = Problem(EVALUATION, f"expected ids not in the table: {', '.join(unknown)}")
        raise DataError([problem])
    return [Outcome(c, tuple(m.fact.id for m in search(c.text))) for c in cases]


def score(part: str, outcomes: Sequence[Outcome]) -> Scores:
    """Top-1 accuracy and MRR over answerable queries; false answers over the rest."""
    answerable = [o for o in outcomes if o.case.expect]
    unanswerable = [o for o in outcomes if not o.case.expect]
    false_answers = sum(1 for o in unanswerable if o.ranked)
    return Scores(
        part=part,
        queries=len(outcomes),
        answerable=len(answerable),
        top1=sum(o.rank == 1 for o in answerable) / len(answerable) if answerable else 0.0,
        mrr=sum(1 / o.rank for o in answerable if o.rank) / len(answerable) if answerable else 0.0,
        false_answer_rate=false_answers / len(unanswerable) if unanswerable else 0.0,
        false_answers=false_answers,
        missed=sum(1 for o in answerable if not o.ranked),
    )


def report(outcomes: Sequence[Outcome]) -> list[Scores]:
    """Scores for all outcomes, then by split, then by group of query."""
    parts = [score("all", outcomes)]
    for attribute in ("split", "group"):
        names = sorted({getattr(o.case, attribute) for o in outcomes})
        for name in names:
            chosen = [o for o in outcomes if getattr(o.case, attribute) == name]
            parts.append(score(f"{attribute}: {name}", chosen))
    return parts
