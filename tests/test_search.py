"""Search: the right fact first for what people type, and no answer for what the table lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictfacts import store
from conflictfacts.search import SCORE_PARTS, THRESHOLD, Index, _unique, intent_of, typo_budget

SHIPPED = store.load(store.table_files([]))
INDEX = Index(SHIPPED)


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


def test_expand_matches_exact_prefix_inflection_and_typo() -> None:
    assert INDEX.expand("donetsk") == {"donetsk": "exact"}
    assert INDEX.expand("donet") == {"donetsk": "prefix"}
    assert INDEX.expand("withdrawing") == {"withdraw": "inflection"}
    assert INDEX.expand("donetks") == {"donetsk": "1 typo"}
    assert INDEX.expand("sievierodonetsk") == {}
    assert INDEX.expand("70") == {"70": "exact"}
    assert INDEX.expand("71") == {}


def test_a_typo_of_a_synonym_finds_its_canonical_word() -> None:
    # "zelenksy" is one transposition from the variant "zelensky", two from "zelenskyy".
    assert INDEX.expand("zelenksy") == {"zelenskyy": "1 typo"}


@pytest.mark.parametrize(
    ("query", "intent"),
    [
        ("how much of Donetsk", "how much"),
        ("how long has the war lasted", "how much"),
        ("when is the deadline", "when"),
        ("where are the talks", "where"),
        ("what is the Donbas", "what is"),
        ("who is CIRSD", "what is"),
        ("Donetsk control", None),
        ("who will host the talks", None),
    ],
)
def test_intent_of(query: str, intent: str | None) -> None:
    found = intent_of(query)
    assert (found.name if found else None) == intent


def test_intent_ranks_without_deciding() -> None:
    where = INDEX.search("where will the next talks be held?", 3).matches
    assert where[0].fact.id == "next-talks-likely-miami"
    when = INDEX.search("when is the next round of talks?", 3).matches
    assert when[0].fact.id == "next-talks-next-week"


def test_explanation_names_words_synonyms_typos_and_fields() -> None:
    (match,) = INDEX.search("prisoner swap", 1, explain=True).matches
    why = match.why
    assert why is not None and why.coverage == 1.0
    swap = next(w for w in why.words if w.written == "swap")
    assert (swap.term, swap.synonym, swap.word, swap.how) == ("exchange", True, "exchange", "exact")
    (typo,) = INDEX.search("Druzhkivkaa", 1, explain=True).matches
    assert typo.why is not None and typo.why.words[0].how == "1 typo"
    assert INDEX.search("prisoner swap", 1).matches[0].why is None


def test_explanation_shows_what_a_fact_lacks() -> None:
    (match,) = INDEX.search("Donetsk control Kherson", 1, explain=True, threshold=0.0).matches
    assert match.why is not None
    kherson = next(w for w in match.why.words if w.written == "kherson")
    assert (kherson.word, kherson.credit) == ("", 0.0)
    assert match.why.coverage < THRESHOLD


def test_score_parts_add_up_to_100() -> None:
    assert sum(SCORE_PARTS.values()) == pytest.approx(1.0)


def test_positions_is_terms_grouped() -> None:
    lexicon = INDEX.lexicon
    texts = [t for f in SHIPPED.facts for t in (f.statement, f.subject, f.quote, f.id)]
    texts += ["the prisoners of war swap took place in Abu Dhabi; talks, talks and round"]
    for text in texts:
        grouped: dict[str, list[int]] = {}
        for term in lexicon.terms(text, keep_own=True):
            grouped.setdefault(term.word, []).append(term.position)
        assert lexicon.positions(text) == grouped, text


def test_pruned_search_equals_scoring_every_fact(tmp_path: Path) -> None:
    import random
    import subprocess
    import sys

    generate = Path(__file__).parent.parent / "bench" / "generate.py"
    subprocess.run([sys.executable, str(generate), "3000", str(tmp_path)], check=True)
    index = Index(store.load(store.table_files([tmp_path], builtin=False)))
    words = (
        "Donetsk control Kherson shelling talks Geneva ceasefire grain deadline withdraw "
        "Russia coal reserves civilians Mariupol"
    ).split()
    rng = random.Random(7)
    for _ in range(60):
        query = " ".join(rng.sample(words, rng.randint(1, 4)))
        for threshold in (THRESHOLD, 0.3):
            terms = _unique(index.lexicon.terms(query, keep_own=False))
            postings = [
                [
                    (w, how, *p)
                    for w, how in index.expand(t.word).items()
                    if (p := index.postings(w))
                ]
                for t in terms
            ]
            weights = [index._weight(index.expand(t.word)) for t in terms]
            intent = intent_of(query)
            pruned = index._best(postings, weights, threshold, 7, intent)
            every = []
            for row in range(index.store.count):
                score = index._score(row, postings, weights, intent, threshold)
                if score is not None:
                    every.append((-score, row))
            every.sort()
            assert [(c.row, c.score) for c in pruned] == [(r, -s) for s, r in every[:7]], query
