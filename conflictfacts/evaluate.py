"""Measure search quality on queries with known answers: top-1 accuracy, MRR, false answers."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from conflictfacts import files
from conflictfacts.errors import DataError, UsageError
from conflictfacts.models import Problem
from conflictfacts.text import shorten

DATA = Path(__file__).parent / "data"
EVALUATION = DATA / "evaluation.toml"
MIN_TOP1 = 0.95
"""The bar (see passes): this share of the blind splits' answerable queries must get a
right fact first, and no query without an answer may get one."""
DEPTH = 10
"""How far down the ranking the expected fact is looked for, for the reciprocal rank."""


def shipped() -> list[Path]:
    """The shipped evaluation files: the tuning set and each frozen split beside it."""
    return sorted(DATA.glob("evaluation*.toml"))


@dataclass(frozen=True, slots=True)
class Case:
    """A query, and the id that must come first ("" when it must get no answer)."""

    text: str
    expect: str
    group: str
    split: str
    also: tuple[str, ...] = ()
    """Other ids that answer the query as well as `expect` does, if any."""
    file: Path = EVALUATION
    """The file the query was read from, to blame when it names an id the table lacks."""

    @property
    def right(self) -> tuple[str, ...]:
        """Every id that counts as a right first answer; none when none must be given."""
        return (self.expect, *self.also) if self.expect else ()


Searched = tuple[tuple[str, ...], float, float]
"""What a search gave for a query: the ids answering, best first, the first one's coverage,
and the most coverage that a fact refused on coverage alone had (Index.searched)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the search gave for one case."""

    case: Case
    ranked: tuple[str, ...]
    coverage: float = 0.0
    """The first answer's coverage."""
    refused: float = 0.0
    """The most coverage that a fact which the gate refused on coverage alone had."""

    @property
    def rank(self) -> int | None:
        """1-based place of the first right fact, or None when none is in the ranking."""
        places = [self.ranked.index(r) + 1 for r in self.case.right if r in self.ranked]
        return min(places, default=None)

    @property
    def passed(self) -> bool:
        """Right first, or rightly no answer."""
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
        """At least MIN_TOP1 right first (where any query has an answer), and no false answer."""
        return (self.top1 >= MIN_TOP1 or not self.answerable) and self.false_answers == 0


@dataclass(frozen=True, slots=True)
class Margin:
    """How far apart answers and non-answers lie: the room the threshold has."""

    threshold: float
    lowest_right: float
    lowest_right_query: str
    highest_unanswerable: float
    highest_unanswerable_query: str


def margin(outcomes: Sequence[Outcome], threshold: float) -> Margin:
    """How near the coverage threshold the evaluation came from either side: the least
    coverage of a right first answer, and the most that a query without an answer reached
    in a fact that the gate refused on coverage alone (every other condition met)."""
    right = [(o.coverage, o.case.text) for o in outcomes if o.case.expect and o.rank == 1]
    wrong = [(o.refused, o.case.text) for o in outcomes if not o.case.expect and o.refused]
    low = min(right, default=(1.0, ""))
    high = max(wrong, default=(0.0, ""))
    return Margin(threshold, low[0], low[1], high[0], high[1])


def read_all(paths: Sequence[Path]) -> list[Case]:
    """The evaluation queries of every file; UsageError or DataError as read_cases."""
    return [case for path in paths for case in read_cases(path)]


def read_cases(path: Path = EVALUATION) -> list[Case]:
    """The evaluation queries in a TOML file of [[query]] entries."""
    try:
        data = tomllib.loads(files.read_regular(path).decode("utf-8"))
    except RecursionError:
        raise DataError([Problem(path, "nested too deeply to read")]) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise DataError([Problem(path, f"cannot read the evaluation set: {error}")]) from None
    except (FileNotFoundError, files.NotRegular, ValueError) as error:  # ValueError: a NUL
        reason = "no such file" if isinstance(error, FileNotFoundError) else "not a file"
        raise UsageError(
            f"cannot read the evaluation queries {shorten(str(path))!r}: {reason}"
        ) from None
    except OSError as error:
        raise DataError([Problem(path, f"cannot read the evaluation set: {error}")]) from None
    cases = []
    for number, entry in enumerate(data.get("query", []), start=1):
        fields = ("text", "expect", "group", "split")
        if not isinstance(entry, dict) or not all(isinstance(entry.get(f), str) for f in fields):
            message = f"query #{number} needs text, expect, group and split, all strings"
            raise DataError([Problem(path, message)])
        also = entry.get("also", [])
        if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
            raise DataError([Problem(path, f"query #{number}: also must be a list of ids")])
        text, expect, group, split = (entry[f] for f in fields)
        cases.append(Case(text, expect, group, split, tuple(also), path))
    if not cases:
        raise DataError([Problem(path, "no [[query]] entries")])
    return cases


def evaluate(
    cases: Sequence[Case], search: Callable[[str], Searched], known: set[str]
) -> list[Outcome]:
    """Run every case through search; DataError, naming the file of each case at fault, if
    a case expects an id the table lacks."""
    unknown: dict[Path, set[str]] = {}
    for case in cases:
        for right in case.right:
            if right not in known:
                unknown.setdefault(case.file, set()).add(right)
    if unknown:
        raise DataError(
            [
                Problem(file, f"expected ids not in the table: {', '.join(sorted(ids))}")
                for file, ids in unknown.items()
            ]
        )
    return [Outcome(c, *search(c.text)) for c in cases]


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


def passes(outcomes: Sequence[Outcome]) -> bool:
    """The bar: no query without an answer gets one, in any split; and MIN_TOP1 of the
    answerable queries get a right fact first, in the blind splits (in all, without one)."""
    if any(o.ranked for o in outcomes if not o.case.expect):
        return False
    blind = [o for o in outcomes if o.case.split.startswith("blind")]
    figures = score("bar", blind or outcomes)
    return figures.top1 >= MIN_TOP1 or not figures.answerable


def report(outcomes: Sequence[Outcome]) -> list[Scores]:
    """Scores for all outcomes, then by split (the blind ones first), then by group."""
    parts = [score("all", outcomes)]
    for attribute in ("split", "group"):
        names = sorted(
            {getattr(o.case, attribute) for o in outcomes},
            key=lambda n: (not n.startswith("blind"), n),
        )
        for name in names:
            chosen = [o for o in outcomes if getattr(o.case, attribute) == name]
            parts.append(score(f"{attribute}: {name}", chosen))
    return parts
