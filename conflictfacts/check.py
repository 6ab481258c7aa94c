"""A new document's claims against the loaded tables: what agrees, what differs, what is new."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from conflictfacts.dates import Span, parse_span
from conflictfacts.findings import in_units
from conflictfacts.models import STALE, Fact
from conflictfacts.search import MAX_QUERY, Index

CANDIDATES = 50
"""Facts a claim is compared with at most: every figure on one measure comes with its answer."""


class Verdict(StrEnum):
    """What the tables say of a claim."""

    AGREES = "agrees"
    """A fact measures the same thing, with the same value and date (and source, where the
    claim names one)."""
    DIFFERS = "differs"
    """Facts measure the same thing, none of them with the claim's value, date and source."""
    NEW = "new"
    """Nothing loaded measures it."""


class Compared(NamedTuple):
    """One claim of the document, the verdict, and the fact it was judged against."""

    claim: Fact
    verdict: Verdict
    fact: Fact | None = None
    """Ours: the fact that agrees, or, for a difference, the newest on the same measure."""
    differs_in: tuple[str, ...] = ()
    """For a difference, what differs: any of "value", "date" and "source"."""


def same_thing(claim: Fact, index: Index) -> list[Fact]:
    """The current facts that measure what the claim does, newest first.

    The answer gate decides, asked the claim's own sentence without its figures and its
    date (which are what `differences` compares, not what the claim is about), and, for a
    figure, asked its subject (the sentence may also name who claims it): a fact must answer
    one of them, so it holds every place, person, organisation and measured thing the sentence
    gives ("Kharkiv oblast" is never answered with Donetsk, "Donetsk city" never with the
    oblast). Of those, a fact measures the same thing when every name its subject gives is
    in the claim's sentence (a claim on "gas fields" that does not say whose is not the
    Donbas's figure), and when it has the claim's unit, for a claim with a figure, or the
    claim's kind, for one without (a date, a position). Extract's subjects and kinds of
    figures are too often wrong to be matched on."""
    said = set(index.read(claim.statement[:MAX_QUERY]).names)
    valued = claim.value is not None or bool(claim.qualifier)
    found = []
    for asked in (_without_figures(claim), claim.subject if valued else ""):
        if asked.strip():
            found += index.search(asked[:MAX_QUERY], CANDIDATES, nearest=False).matches
    ours = [
        m.fact
        for m in found
        if m.fact.status not in STALE
        and (
            (m.fact.value is not None or bool(m.fact.qualifier))
            and in_units(None, m.fact.unit or "")[1] == in_units(None, claim.unit or "")[1]
            if valued
            else m.fact.kind is claim.kind
        )
        and set(index.read(m.fact.subject).names) <= said
    ]
    return sorted(dict.fromkeys(ours), key=_newest, reverse=True)


_FIGURE = re.compile(
    r"\b\d[\d,.]*\s*(?:%|per ?cent\b|percent\b)?|\b(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|"
    r"billion)\b",
    re.I,
)


def _without_figures(claim: Fact) -> str:
    """The claim's sentence without the phrase its date was read from and without numbers:
    what it is about, not what it says of it."""
    text = claim.statement
    if claim.date_text:
        text = text.replace(claim.date_text, " ")
    return _FIGURE.sub(" ", text)


def _newest(fact: Fact) -> date:
    return parse_span(fact.date).anchor if fact.date else date.min


def differences(claim: Fact, fact: Fact, known: Container[str]) -> tuple[str, ...]:
    """How a fact on the claim's measure differs from it: its value, its date (neither
    day range within the other; only a date the claim's own words give, not one that extract
    took from the document's date), its source (when the claim names one of the known
    sources: a name extract proposes as new is too often a fragment, "Study of War", to be
    told from ours); () when it agrees."""
    aspects = []
    ours, theirs = in_units(claim.value, claim.unit)[0], in_units(fact.value, fact.unit)[0]
    if (ours, claim.qualifier if claim.value is None else "") != (
        theirs,
        fact.qualifier if fact.value is None else "",
    ):
        aspects.append("value")
    dated = bool(claim.date and claim.date_text and fact.date)
    if dated and not _compatible(parse_span(claim.date), parse_span(fact.date)):
        aspects.append("date")
    named = claim.source in known and claim.source != "Unattributed"
    if named and claim.source not in (fact.source, fact.reported_by):
        aspects.append("source")
    return tuple(aspects)


def _compatible(one: Span, other: Span) -> bool:
    """Whether either span lies within the other; an open end reaches as far as needed."""
    return _within(one, other) or _within(other, one)


def _within(inner: Span, outer: Span) -> bool:
    starts = outer.first is None or (inner.first is not None and outer.first <= inner.first)
    ends = outer.last is None or (inner.last is not None and inner.last <= outer.last)
    return starts and ends


def compare(claims: Iterable[Fact], index: Index) -> list[Compared]:
    """Each claim, judged against the loaded tables (see Verdict)."""
    judged = []
    for claim in claims:
        ours = same_thing(claim, index)
        if not ours:
            judged.append(Compared(claim, Verdict.NEW))
            continue
        apart = [(differences(claim, fact, index.store.sources), fact) for fact in ours]
        agreeing = next((fact for aspects, fact in apart if not aspects), None)
        if agreeing is not None:
            judged.append(Compared(claim, Verdict.AGREES, agreeing))
        else:
            aspects, fact = apart[0]
            judged.append(Compared(claim, Verdict.DIFFERS, fact, aspects))
    return judged


def tally(judged: Sequence[Compared]) -> dict[Verdict, int]:
    """How many claims got each verdict."""
    return {v: sum(1 for c in judged if c.verdict is v) for v in Verdict}
