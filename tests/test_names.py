"""Names as data: what a word of a question names, compiled from the data packages."""

from __future__ import annotations

import pytest

from conflictfacts import cache
from conflictfacts.names import NameClass, Names


@pytest.fixture(scope="module")
def names() -> Names:
    return cache.load(cache.table_files([])).names


@pytest.mark.parametrize(
    ("phrase", "cls", "canonical"),
    [
        ("kharkiv", NameClass.PLACE, "kharkiv"),
        ("kharkov", NameClass.PLACE, "kharkiv"),
        ("charkiw", NameClass.PLACE, "kharkiv"),
        ("doneck", NameClass.PLACE, "donetsk"),
        ("artemovsk", NameClass.PLACE, "bakhmut"),
        ("zaporozhye", NameClass.PLACE, "zaporizhzhya"),
        ("crimea", NameClass.PLACE, "crimea"),
        ("istanbul", NameClass.PLACE, "istanbul"),
        ("turkey", NameClass.PLACE, "turkey"),
        ("iranian", NameClass.PLACE, "iranian"),
        ("macron", NameClass.PERSON, "macron"),
        ("nato", NameClass.ORGANISATION, "nato"),
        ("world bank", NameClass.ORGANISATION, "world bank"),
        ("uranium", NameClass.MEASURE, "uranium"),
        ("soil", NameClass.ORDINARY, "soil"),
        ("nice", NameClass.ORDINARY, "nice"),
        ("october", NameClass.ORDINARY, "october"),
        ("centre", NameClass.ORDINARY, "centre"),
    ],
)
def test_what_a_word_names(names: Names, phrase: str, cls: NameClass, canonical: str) -> None:
    assert names.lookup([phrase])[phrase] == (cls, canonical)


def test_an_unknown_word_is_not_looked_up_as_anything(names: Names) -> None:
    assert names.lookup(["qwzrtx"]) == {}


@pytest.mark.parametrize("kept", [100_000, 2])
def test_a_phrase_looked_up_again_gives_what_the_file_gives(
    names: Names, kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Look-ups are kept: asked again, alone or among others, in any order, they say the same,
    # and so they do when the kept look-ups are dropped (at 2 they are, at every call).
    monkeypatch.setattr("conflictfacts.names._KEPT_LOOKUPS", kept)
    mine = Names(names.db, names.path)
    phrases = ["kharkov", "qwzrtx", "soil", "nato", "kharkov"]
    first = mine.lookup(phrases)
    assert mine.lookup(["kharkov", "crimea"]).keys() == {"kharkov", "crimea"}
    fresh = Names(names.db, names.path).lookup(reversed(phrases))
    assert first == fresh == mine.lookup(["nato", "soil", "kharkov", "qwzrtx"])
    assert set(first) == {"kharkov", "soil", "nato"}


def test_each_region_is_a_place_name_with_every_country_it_lists(names: Names) -> None:
    import tomllib

    from conflictfacts.names import NAMES

    regions = tomllib.loads(NAMES.read_text(encoding="utf-8"))["regions"]
    assert regions
    for region, codes in regions.items():
        assert names.lookup([region])[region].cls is NameClass.PLACE, region
        assert len(names.regions(region)) == len(codes), region  # no code left unknown
    assert names.regions("baltics") == {"estonia", "latvia", "lithuania"}
    assert names.regions("kharkiv") == set()


def test_the_nation_an_official_speaks_for_is_compiled(names: Names) -> None:
    # names.toml [nationality], read from the compiled file: no TOML at a question's start.
    assert names.spoken_for(["zelenskyy", "putin", "trump", "kharkiv"]) == {
        "zelenskyy": "ukrainian",
        "putin": "russian",
        "trump": "usa",
    }


def test_frequent_english_is_told_from_rare_words_that_may_be_names(names: Names) -> None:
    # "Hamas" and "Kuzbass" are in the English word list, rarely: written with a capital in
    # a question, they may name what no table knows; "meeting" and "reserves" stay English.
    assert names.frequent(["meeting", "reserves", "hamas", "kuzbass", "notaword"]) == {
        "meeting",
        "reserves",
    }
