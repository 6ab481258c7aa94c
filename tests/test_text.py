"""Text helpers: normal forms, plurals, printable and TSV-safe text, suggestions."""

from __future__ import annotations

import pytest

from conflictfacts.text import closest, fold, key, printable, stem, tsv_field, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donetsk", ["donetsk"]),
        ("  DONETSK   control ", ["donetsk", "control"]),
        ("Russia’s control", ["russia", "control"]),
        ("Russia's control", ["russia", "control"]),
        ("around 70% of", ["around", "70", "percent", "of"]),
        ("US-brokered talks", ["usa", "brokered", "talks"]),
        ("the U.S. deadline", ["the", "usa", "deadline"]),
        ("tell us", ["tell", "us"]),
        ("Zelenskyy’s “cut up,” remark", ["zelenskyy", "cut", "up", "remark"]),
        ("Kyïv", ["kyiv"]),
        ("1,000 prisoners", ["1000", "prisoners"]),
        ("[/] :fire:", ["fire"]),
        ("", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("talks", "talk"),
        ("parties", "party"),
        ("reserves", "reserve"),
        ("exchanges", "exchange"),
        ("oblasts", "oblast"),
        ("discuss", "discuss"),
        ("news", "news"),
        ("does", "does"),
        ("gas", "gas"),
        ("2025", "2025"),
    ],
)
def test_stem_strips_plurals_only(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_fold_straightens_quotes_and_drops_accents() -> None:
    assert fold("“Novorossiya” Kyïv’s") == '"novorossiya" kyiv\'s'


def test_key_compares_names_loosely() -> None:
    assert key("Institute  for the STUDY of War") == key("institute for the study of war")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain text", "plain text"),
        ("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"),
        ("bell\x07", "bell\\x07"),
        ("csi\x9b", "csi\\x9b"),
        ("rtl\u202eevil", "rtl\\u202eevil"),
        ("two\nlines", "two\\x0alines"),
    ],
)
def test_printable_neutralizes_controls(text: str, expected: str) -> None:
    assert printable(text) == expected


def test_printable_can_keep_newlines() -> None:
    assert printable("a\nb\x1b", keep_newlines=True) == "a\nb\\x1b"


UNSAFE = [
    *range(0x00, 0x20), *range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F,
    *range(0x202A, 0x202F), *range(0x2066, 0x206A), *range(0xD800, 0xE000),
]  # fmt: skip


@pytest.mark.parametrize("keep_newlines", [False, True])
def test_printable_escapes_every_unsafe_character(keep_newlines: bool) -> None:
    # Each one alone, and inside ordinary text: the shortcut for printable text must not
    # let any of them through.
    for code in UNSAFE:
        kept = keep_newlines and code == 0x0A
        char = chr(code)
        expected = char if kept else (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        assert printable(f"a{char}b", keep_newlines=keep_newlines) == f"a{expected}b"
    assert printable("Donetsk, 70% “[sic]” 🔥 ünïcode") == "Donetsk, 70% “[sic]” 🔥 ünïcode"


def test_tsv_field_escapes_separators() -> None:
    assert tsv_field("a\tb\nc\\d\re") == "a\\tb\\nc\\\\d\\re"


def test_closest_suggests_near_names_only() -> None:
    assert closest("teritory", ["territory", "resources"]) == ["territory"]
    assert closest("banana", ["territory", "resources"]) == []


def test_stance_agents() -> None:
    from conflictfacts.lexicon import load_lexicon, stance_agents

    def named(word: str) -> bool:
        return word in {"russia", "ukraine"}

    lexicon = load_lexicon()
    said = "Russia is pressing Ukraine to withdraw from the Donbas."
    assert stance_agents(said, lexicon, named) == {"demand": "russia", "withdraw": "ukraine"}
    said = "Ukraine says it will never accept Russia's condition that it withdraw."
    assert stance_agents(said, lexicon, named) == {"demand": "russia", "refuse": "ukraine"}


def test_possessives_are_found_where_words_puts_them() -> None:
    from conflictfacts.text import possessives

    text = "Trump said Ukraine's Donbas region, the US’s plan"
    assert [words(text)[i] for i in sorted(possessives(text))] == ["ukraine", "usa"]
