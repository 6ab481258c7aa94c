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
from conflictfacts.store import Store
from conflictfacts.text import STOPWORDS, fold
from tests.helpers import shipped

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_a628886775cdef08.txt"
IDS = [f["id"] for f in shipped("fact")]
"""The shipped facts' ids, read from the TOML at collection: each fact is one test case."""


@pytest.fixture(scope="module")
def store() -> Store:
    return cache.load(cache.table_files([]))


@pytest.fixture(scope="module")
def every(store: Store) -> list[Fact]:
    return store.facts


def facts_with(field: str) -> list[str]:
    """The ids of the shipped facts that give this field."""
    return [f["id"] for f in shipped("fact") if f.get(field) not in (None, "")]


def test_every_citation_and_field_holds() -> None:
    assert facts.check(cache.table_files([])).problems == []


def test_the_table_is_not_a_toy(every: list[Fact]) -> None:
    assert len(every) == len(IDS) >= 24
    assert {f.kind for f in every} == set(Kind)


def test_shipped_document_is_the_seed_byte_for_byte() -> None:
    assert (BUILTIN_DIR / SEED).read_bytes() == (ROOT / "seeds" / SEED).read_bytes()


def test_ids_unique_and_in_document_order(every: list[Fact]) -> None:
    ids = [f.id for f in every]
    assert len(ids) == len(set(ids))
    # A fixed order keeps a change to one fact a small diff.
    assert [(f.start, f.id) for f in every] == sorted((f.start, f.id) for f in every)


def test_every_fact_cites_the_seed(every: list[Fact]) -> None:
    assert {f.document for f in every} == {SEED}


@pytest.mark.parametrize("fact_id", facts_with("value"))
def test_value_is_written_in_its_quote(store: Store, fact_id: str) -> None:
    fact = store.get(fact_id)
    number = f"{fact.value:g}"
    words = {"4": "four"}  # the document spells some numbers out
    assert re.search(rf"\b({number}|{words.get(number, number)})\b", fact.quote)


@pytest.mark.parametrize("fact_id", facts_with("qualifier"))
def test_qualifier_is_the_quote_s_own_hedge(store: Store, fact_id: str) -> None:
    fact = store.get(fact_id)
    assert fold(fact.qualifier) in fold(fact.quote)


@pytest.mark.parametrize("fact_id", facts_with("date_text"))
def test_date_text_is_the_quote_s_own_words(store: Store, fact_id: str) -> None:
    fact = store.get(fact_id)
    assert fold(fact.date_text) in fold(fact.quote)


@pytest.mark.parametrize("fact_id", facts_with("date"))
def test_a_dated_fact_says_how_its_date_was_reached(store: Store, fact_id: str) -> None:
    fact = store.get(fact_id)
    assert fact.date_basis
    # Nothing in a document of 2026-02-07 can be known to have happened later than it,
    # except what it plans: deadlines and talks still ahead.
    span = parse_span(fact.date)
    if span.anchor > parse_span("2026-02-07").anchor:
        assert fact.kind in (Kind.DEADLINE, Kind.DIPLOMACY)


def test_relative_dates_resolved_against_their_anchor(every: list[Fact]) -> None:
    by_id = {f.id: f for f in every}
    # "two months after hosting" counts back from October 2025, not from the document date.
    assert by_id["trump-putin-alaska-summit"].date == "2025-08"
    assert by_id["next-talks-next-week"].date == "2026-02-09/2026-02-15"
    assert by_id["us-deadline-june"].date == "2026-06"


def test_nearly_all_is_not_a_number(store: Store) -> None:
    luhansk = store.get("luhansk-control-isw")
    assert (luhansk.value, luhansk.unit, luhansk.qualifier) == (None, "", "nearly all")


def test_document_first_line_gives_its_date() -> None:
    text = (ROOT / "seeds" / SEED).read_text(encoding="utf-8")
    assert text.startswith(" date 2026-02-07 ")


def test_table_files_use_only_known_fields() -> None:
    # read_table already refuses unknown fields; this pins the shipped files' shape too.
    for path in BUILTIN_DIR.glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert set(data) <= {"source", "document", "fact", "keywords"}, path


def test_keywords_are_ordinary_words_the_fact_does_not_hold() -> None:
    # [keywords] give a fact the ordinary words people ask for it in; never a name (a
    # fact answers for a place, person or organisation only by its own words), and only
    # one word or phrase each, since the words of a longer phrase are too common alone.
    from conflictfacts.build import _keyword_words
    from conflictfacts.names import NameClass, load_names

    table = tomllib.loads((BUILTIN_DIR / "facts.toml").read_text(encoding="utf-8"))
    ids = {f["id"] for f in table["fact"]}
    assert set(table["keywords"]) == ids
    lexicon = load_lexicon()
    names = load_names(cache.cache_dir())
    words = {w for said in table["keywords"].values() for w in _keyword_words(said, lexicon)}
    assert len(words) >= 200
    found = names.lookup(words)
    named = sorted(w for w in words if w in found and found[w].cls is not NameClass.ORDINARY)
    assert named == [], named


def test_synonyms_give_each_variant_one_meaning() -> None:
    lexicon = load_lexicon()
    assert lexicon.phrases[("kiev",)] == "ukraine"
    with SYNONYMS.open("rb") as file:
        groups = tomllib.load(file)["words"]
    with pytest.raises(ValueError, match="stands for both"):
        Lexicon.from_groups({**groups, "extra": ["kiev"]})


def test_a_long_name_is_read_through_a_slip_in_a_question() -> None:
    """Every name of three words or more in the synonym table, with a letter left out of one
    or two of its long words, another written right ("Institue for the Study of War"), is
    read as its canonical word in a question, not in a fact; with a word changed outright,
    or a short word slipped, it is not."""
    lexicon = load_lexicon()

    def slipped(name: str, count: int) -> str:
        said = name.split()
        long = [i for i, w in enumerate(said) if len(w) >= 6][:count]
        return " ".join(w[:2] + w[3:] if i in long else w for i, w in enumerate(said))

    names = [
        (" ".join(key), canonical, sum(len(w) >= 6 for w in key))
        for key, canonical in lexicon.phrases.items()
        if len(key) >= 3 and sum(len(w) >= 6 for w in key) >= 2
    ]
    assert len(names) >= 20
    # one word of the name, not a stopword, is left written right to find it by
    missed = [
        (text, canonical)
        for name, canonical, long in names
        for text in [slipped(name, count) for count in (1, 2) if count < long]
        if canonical not in [t.word for t in lexicon.terms(text, keep_own=False, asked=True)]
    ]
    assert missed == []
    isw = "institue for the study of war"
    assert "isw" not in [t.word for t in lexicon.terms(isw, keep_own=False)]  # a fact's words
    for text in ("institute for the study of peace", "instute for the study of war"):
        assert "isw" not in [t.word for t in lexicon.terms(text, keep_own=False, asked=True)]


def test_a_two_word_name_is_read_through_a_slip_in_its_long_word() -> None:
    """Every phrase of two words in the synonym table, with a letter left out of one of its
    words of six letters or more and the other written right ("abu dhabhi", "prisoner
    exchnge"), is read as its canonical word in a question, also where its first word is a
    word of the table on its own ("trump adminstration" is the Trump administration, not
    Trump) when the slipped word stands for one of six letters or more; with both words
    slipped, or a short word slipped, it is not, nor after such a first word where the
    slipped word is the name's in the other number ("us envoy" is no slip of "us envoys")
    or another real word ("two sites", "Kyiv residents", "White House chef")."""
    lexicon = load_lexicon()
    asked = [
        (" ".join(w[:2] + w[3:] if i == j else w for i, w in enumerate(key)), canonical)
        for key, canonical in lexicon.phrases.items()
        if len(key) == 2
        for j in range(2)
        if len(key[j]) >= 6
        and key[1 - j] not in STOPWORDS
        and not (j == 1 and key[1].endswith("ies"))  # "paties" stems to "paty": two slips
        # after a name of its own, for a word of six letters or more: "trump adminstration"
        and not (j == 1 and (key[0],) in lexicon.phrases and len(key[1].removesuffix("s")) < 6)
    ]
    assert len(asked) >= 150
    after_a_name = [t for t in asked if (t[0].split()[0],) in lexicon.phrases]
    assert len(after_a_name) >= 40  # "trump adminstration", "white huse", ...
    # Nor a real word for another after such a name: a plural's letter changed, a word
    # whose first letter is gone, a short word.
    for text in ("us envoy", "us official", "two sites", "kyiv residents", "white house chef"):
        assert len(lexicon.terms(text, keep_own=False, asked=True)) == 2, text
    missed = [
        (text, canonical)
        for text, canonical in asked
        if canonical not in [t.word for t in lexicon.terms(text, keep_own=False, asked=True)]
    ]
    assert missed == []
    assert "abudhabi" in [t.word for t in lexicon.terms("abu dhabhi", keep_own=False, asked=True)]
    # a letter changed makes another real word, which two words are not read through
    assert "thinktank" not in [
        t.word for t in lexicon.terms("thank tank", keep_own=False, asked=True)
    ]
    for text in ("abo dhabhi", "abu dhabi talks"):  # two slips; the name itself
        words_read = [t.word for t in lexicon.terms(text, keep_own=False, asked=True)]
        assert ("abudhabi" in words_read) == (text == "abu dhabi talks"), text


def test_descriptions_are_read_in_questions_only() -> None:
    lexicon = load_lexicon()
    asked = [t.word for t in lexicon.terms("coal in eastern Ukraine", keep_own=False, asked=True)]
    said = [t.word for t in lexicon.terms("coal in eastern Ukraine", keep_own=False)]
    assert "donbas" in asked and "donbas" not in said  # a fact means "eastern Ukraine"
    assert "donbas" not in lexicon.positions("Russia holds land in eastern Ukraine")
    south = lexicon.terms("the south-east of Ukraine", keep_own=False, asked=True)
    assert "donbas" not in [t.word for t in south]  # "south-east" is not "east"
    stored = Lexicon.from_json(lexicon.to_json())
    assert stored.described == lexicon.described  # the cache keeps them
    with pytest.raises(ValueError, match="no canonical word"):
        Lexicon.from_groups({"war": []}, {"peace": ["the end of the war"]})


def test_a_description_s_alternatives_are_spelled_out() -> None:
    lexicon = Lexicon.from_groups(
        {"donbas": []}, {"donbas": ["{the |}eastern {coal|mining} basin"]}
    )
    assert sorted(" ".join(k) for k in lexicon.described) == [
        "eastern coal basin", "eastern mining basin", "the eastern coal basin",
        "the eastern mining basin",
    ]  # fmt: skip
    asked = load_lexicon().terms("the eastern coal-mining region", keep_own=False, asked=True)
    assert [t.word for t in asked] == ["donbas"]
    for described, meant in (("Ukraine's easternmost province", "luhansk"),
                             ("the country's east", "donbas")):  # fmt: skip
        asked = load_lexicon().terms(described, keep_own=False, asked=True)
        assert [t.word for t in asked] == [meant], described
    assert load_lexicon() is load_lexicon()  # read once per process, spelled out once


def test_wholes_are_kept_and_must_name_the_table_s_words() -> None:
    lexicon = load_lexicon()
    assert lexicon.wholes["donbas"] == ("donetsk", "luhansk")
    assert Lexicon.from_json(lexicon.to_json()).wholes == lexicon.wholes  # the cache keeps them
    with pytest.raises(ValueError, match="canonical words"):
        Lexicon.from_groups({"donbas": [], "donetsk": []}, {}, {}, {"donbas": ["donetsk", "x"]})
    with pytest.raises(ValueError, match="canonical words"):
        Lexicon.from_groups({"donbas": [], "donetsk": []}, {}, {}, {"donbas": ["donetsk"]})


def test_related_words_are_kept_and_must_name_the_table_s_words() -> None:
    lexicon = load_lexicon()
    assert lexicon.related["fighting"] == ("war",)
    assert Lexicon.from_json(lexicon.to_json()).related == lexicon.related  # the cache keeps them
    with pytest.raises(ValueError, match="canonical words"):
        Lexicon.from_groups({"war": []}, {}, {"fighting": ["battle"]})
    with pytest.raises(ValueError, match="one word"):
        Lexicon.from_groups({"war": []}, {}, {"the fighting": ["war"]})
