"""Search: the right fact first for what people type, and no answer for what the table lacks."""

from __future__ import annotations

import pytest

from conflictfacts import facts
from conflictfacts.search import Index, typo_budget

SHIPPED = facts.load(facts.table_files([]))
INDEX = Index(SHIPPED.facts, SHIPPED.sources)


def top(query: str) -> str | None:
    matches = INDEX.search(query, limit=5).matches
    return matches[0].fact.id if matches else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Donetsk control", "donetsk-control-isw"),
        ("how much of Donetsk does Russia control?", "donetsk-control-isw"),
        ("donetks contrl", "donetsk-control-isw"),
        ("  DONETSK    CONTROL  ", "donetsk-control-isw"),
        ("Russia’s control of Donetsk", "donetsk-control-isw"),
        ("Russia's control of Donetsk", "donetsk-control-isw"),
        ("Lugansk control", "luhansk-control-isw"),
        ("when is the deadline for a peace deal?", "us-deadline-june"),
        ("prisoner swap", "abu-dhabi-prisoner-exchange"),
        ("Donbass coal", "donbas-coal-reserves-cirsd"),
        ("share of gas fields", "donbas-gas-fields-cirsd"),
        ("Novorossia", "novorossiya-narrative"),
        ("Alaska summit", "trump-putin-alaska-summit"),
        ("Trump cut up Donbas", "trump-donbas-cut-up"),
        ("Kiev refuses to withdraw", "ukraine-rejects-donbas-withdrawal"),
        ("Druzhkivka shelling", "druzhkivka-shelling-evacuation"),
        ("Abu Dhabi breakthrough", "abu-dhabi-no-breakthrough"),
    ],
)
def test_right_fact_first(query: str, expected: str) -> None:
    assert top(query) == expected


@pytest.mark.parametrize(
    ("query", "unknown"),
    [
        ("Kherson control", ["kherson"]),
        ("banana bread", ["banana", "bread"]),
        ("Crimea", ["crimea"]),
        ("Zaporizhzhia control", ["zaporizhzhia"]),
        ("NATO membership", ["nato", "membership"]),
        ("ceasefire", ["ceasefire"]),
    ],
)
def test_no_answer_for_what_the_table_lacks(query: str, unknown: list[str]) -> None:
    result = INDEX.search(query, limit=5)
    assert result.matches == []
    assert result.unknown == unknown


@pytest.mark.parametrize("query", ["", "   ", "what is the", "[/]", "?!"])
def test_queries_without_content_words(query: str) -> None:
    result = INDEX.search(query, limit=5)
    assert (result.matches, result.content_words) == ([], 0)


def test_scores_are_ordered_and_bounded() -> None:
    matches = INDEX.search("Russia control", limit=10).matches
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < s <= 100 for s in scores)


def test_limit() -> None:
    assert len(INDEX.search("Donbas", limit=2).matches) == 2


@pytest.mark.parametrize(("length", "budget"), [(3, 0), (4, 0), (5, 1), (8, 1), (9, 2), (15, 2)])
def test_typo_budget_grows_with_length(length: int, budget: int) -> None:
    assert typo_budget(length) == budget


def test_expand_matches_exact_prefix_and_typo() -> None:
    assert INDEX.expand("donetsk") == {"donetsk": (1.0, "exact")}
    assert INDEX.expand("donet") == {"donetsk": (0.85, "prefix")}
    assert INDEX.expand("donetks") == {"donetsk": (0.8, "1 typo")}
    assert INDEX.expand("sievierodonetsk") == {}
    assert INDEX.expand("70") == {"70": (1.0, "exact")}
    assert INDEX.expand("71") == {}
