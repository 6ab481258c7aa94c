"""Answers that age honestly: a superseded or retracted fact stands only beside its successor."""

from __future__ import annotations

from collections.abc import Sequence

from conflictfacts.models import STALE, Explanation, Fact, Match
from conflictfacts.store import Store


def successor(fact: Fact, store: Store) -> Fact | None:
    """The current fact that replaces a stale one, following superseded_by to its end; None
    when the chain ends without one (a retraction that names no successor). verify refuses
    a chain that leads round, but a cycle here stops rather than runs on."""
    seen = {fact.id}
    while fact.status in STALE and fact.superseded_by and fact.superseded_by not in seen:
        fact = store.get(fact.superseded_by)
        seen.add(fact.id)
    return None if fact.status in STALE else fact


def settle(matches: Sequence[Match], store: Store) -> tuple[list[Match], list[Match]]:
    """The answers with each stale fact (superseded or retracted) after the fact that
    replaces it, that fact brought in (with the stale one's score) when the search left it
    out; and the stale facts that have nothing to stand beside, which are no answer.

    Facts printed together (Match.alongside) stay together, the current ones first."""
    settled: list[Match] = []
    refused: list[Match] = []
    at = 0
    while at < len(matches):
        group = list(matches[at : at + matches[at].alongside + 1])
        at += len(group)
        held = {m.fact.id for m in group}
        for match in list(group):
            if match.fact.status not in STALE:
                continue
            after = successor(match.fact, store)
            if after is not None and after.id not in held:
                held.add(after.id)
                group.append(match._replace(fact=after, why=_replacing(match)))
        current = [m for m in group if m.fact.status not in STALE]
        if not current:
            refused += [m._replace(why=_refusal(m)) for m in group]
            continue
        stale = [m for m in group if m.fact.status in STALE]
        size = len(group)
        settled += [
            m._replace(alongside=size - 1, figures=max(m.figures, size)) for m in current + stale
        ]
    return settled, refused


def _replacing(match: Match) -> Explanation | None:
    """The explanation of a fact brought in as a successor (with --explain): none of its
    words were matched; it answers because it replaces a fact that did."""
    if match.why is None:
        return None
    return match.why._replace(words=(), intent=f"replaces {match.fact.id}", reasons=())


def _refusal(match: Match) -> Explanation:
    """Why a stale fact with nothing to stand beside is no answer."""
    fact = match.fact
    reason = f"it is {fact.status.value}" + (f": {fact.status_note}" if fact.status_note else "")
    if match.why is not None:
        return match.why._replace(reasons=(reason,), failed=frozenset({"standing"}))
    return Explanation((), match.coverage, 0.0, 0.0, "", (reason,), frozenset({"standing"}))
