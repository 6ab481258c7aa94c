"""The shipped table as data: every citation holds, every field agrees with its quote."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from conflictfacts import cache, facts
from conflictfacts.cache import BUILTIN_DIR
from conflictfacts.dates import parse_span
from conflictfacts.lexicon import SYNONYMS, Lexicon, load_lexicon
from conflictfacts.models import Fact, Kind
from conflictfacts.text import fold

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_a628886775cdef08.txt"
PROBLEMS = facts.check(cache.table_files([])).problems
SHIPPED = cache.load(cache.table_files([]))
FACTS = SHIPPED.facts


def test_every_citation_and_field_holds() -> None:
    assert PROBLEMS == []


def test_the_table_is_not_a_toy() -> None:
    assert len(FACTS) >= 24
    assert {f.kind for f in FACTS} == set(Kind)


def test_shipped_document_is_the_seed_byte_for_byte() -> None:
    assert (BUILTIN_DIR / SEED).read_bytes() == (ROOT / "seeds" / SEED).read_bytes()


def test_ids_unique_and_in_document_order() -> None:
    ids = [f.id for f in FACTS]
    assert len(ids) == len(set(ids))
    # A fixed order keeps a change to one fact a small diff.
    assert [(f.start, f.id) for f in FACTS] == sorted((f.start, f.id) for f in FACTS)


def test_every_fact_cites_the_seed() -> None:
    assert {f.document for f in FACTS} == {SEED}


@pytest.mark.parametrize("fact", [f for f in FACTS if f.value is not None], ids=lambda f: f.id)
def test_value_is_written_in_its_quote(fact: Fact) -> None:
    number = f"{fact.value:g}"
    words = {"4": "four"}  # the document spells some numbers out
    assert re.search(rf"\b({number}|{words.get(number, number)})\b", fact.quote)


@pytest.mark.parametrize("fact", [f for f in FACTS if f.qualifier], ids=lambda f: f.id)
def test_qualifier_is_the_quote_s_own_hedge(fact: Fact) -> None:
    assert fold(fact.qualifier) in fold(fact.quote)


@pytest.mark.parametrize("fact", [f for f in FACTS if f.date_text], ids=lambda f: f.id)
def test_date_text_is_the_quote_s_own_words(fact: Fact) -> None:
    assert fold(fact.date_text) in fold(fact.quote)


@pytest.mark.parametrize("fact", [f for f in FACTS if f.date], ids=lambda f: f.id)
def test_a_dated_fact_says_how_its_date_was_reached(fact: Fact) -> None:
    assert fact.date_basis
    # Nothing in a document of 2026-02-07 can be known to have happened later than it,
    # except what it plans: deadlines and talks still ahead.
    span = parse_span(fact.date)
    if span.anchor > parse_span("2026-02-07").anchor:
        assert fact.kind in (Kind.DEADLINE, Kind.DIPLOMACY)


def test_relative_dates_resolved_against_their_anchor() -> None:
    by_id = {f.id: f for f in FACTS}
    # "two months after hosting" counts back from October 2025, not from the document date.
    assert by_id["trump-putin-alaska-summit"].date == "2025-08"
    assert by_id["next-talks-next-week"].date == "2026-02-09/2026-02-15"
    assert by_id["us-deadline-june"].date == "2026-06"


def test_nearly_all_is_not_a_number() -> None:
    luhansk = SHIPPED.get("luhansk-control-isw")
    assert (luhansk.value, luhansk.unit, luhansk.qualifier) == (None, "", "nearly all")


def test_document_first_line_gives_its_date() -> None:
    text = (ROOT / "seeds" / SEED).read_text(encoding="utf-8")
    assert text.startswith(" date 2026-02-07 ")


def test_table_files_use_only_known_fields() -> None:
    # read_table already refuses unknown fields; this pins the shipped files' shape too.
    for path in BUILTIN_DIR.glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert set(data) <= {"source", "fact"}, path


def test_synonyms_give_each_variant_one_meaning() -> None:
    lexicon = load_lexicon()
    assert lexicon.phrases[("kiev",)] == "ukraine"
    with SYNONYMS.open("rb") as file:
        groups = tomllib.load(file)["words"]
    with pytest.raises(ValueError, match="stands for both"):
        Lexicon.from_groups({**groups, "extra": ["kiev"]})
