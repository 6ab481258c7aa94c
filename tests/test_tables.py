"""Reading one table: each fault is named with its file, fact and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conflictfacts.errors import DataError
from conflictfacts.models import Kind
from conflictfacts.tables import read_table
from tests.helpers import USER_TABLE, write


def test_reads_sources_and_facts(user_dir: Path) -> None:
    table = read_table(user_dir / "kherson.toml")
    assert table.problems == []
    assert [s.id for s in table.sources] == ["Officials"]
    (fact,) = table.facts
    assert fact.kind is Kind.EVENT
    assert (fact.value, fact.unit, fact.qualifier) == (3, "days", "")
    assert fact.table == user_dir / "kherson.toml"


def _problems(tmp_path: Path, table: str) -> list[str]:
    return [str(p) for p in read_table(write(tmp_path / "t.toml", table)).problems]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("start = 17", 'start = "17"'), "'start' must be a whole number"),
        (("start = 17", "start = -1"), "'start' must be a whole number"),
        (("start = 17", "start = 90"), "start (90) must be less than end (87)"),
        (('kind = "event"', 'kind = "weather"'), "unknown kind 'weather'"),
        (('id = "kherson-ceasefire-held"', 'id = "Kherson Ceasefire"'), "id must be lower-case"),
        (('unit = "days"\n', ""), "a fact with a value needs a unit"),
        (("value = 3", 'value = "three"'), "'value' must be a number"),
        (("value = 3", "value = true"), "'value' must be a number"),
        (('date = "2026-03-01"', 'date = "March 2026"'), "date: 'March 2026' is not a date"),
        (('date = "2026-03-01"', 'date = "2026-02-30"'), "is not a real date"),
        (('statement = "A ceasefire', "statement = 3 #"), "'statement' must be a non-empty string"),
        (('subject = "Kherson ceasefire"\n', ""), "missing field 'subject'"),
        (
            ('document = "news.txt"', 'document = "../../etc/passwd"'),
            "points outside the table's folder",
        ),
        (
            ('document = "news.txt"', 'document = "/etc/passwd"'),
            "points outside the table's folder",
        ),
        (
            ('document = "news.txt"', 'document = "C:\\\\news.txt"'),
            "points outside the table's folder",
        ),
    ],
)
def test_fact_faults_are_named(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in USER_TABLE
    problems = _problems(tmp_path, USER_TABLE.replace(old, new))
    assert len(problems) == 1, problems
    assert expected in problems[0]
    assert (
        "fact 'kherson-ceasefire-held'" in problems[0] or "fact 'Kherson Ceasefire'" in problems[0]
    )
    assert f"{tmp_path / 't.toml'}:6:" in problems[0]  # the line of the [[fact]] header


def test_a_misspelt_field_is_named_with_its_likely_meaning(tmp_path: Path) -> None:
    problems = _problems(tmp_path, USER_TABLE.replace('quote = "Officials', 'qoute = "Officials'))
    assert [p.split(": ", 2)[-1] for p in problems] == [
        "unknown field 'qoute'; did you mean 'quote'?",
        "missing field 'quote'",
    ]


def test_source_faults_are_named(tmp_path: Path) -> None:
    problems = _problems(tmp_path, USER_TABLE.replace('kind = "government"', 'kind = "army"'))
    assert problems == [
        f"{tmp_path / 't.toml'}:1: source 'Officials': unknown source kind 'army' "
        "(known: think-tank, government, person, news-agency, document)"
    ]


def test_unknown_section(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "[project]\nname = 'x'\n")
    holds = "(a table holds [[source]], [[document]], [[fact]] and [keywords])"
    assert problems == [f"{tmp_path / 't.toml'}: unknown section 'project' {holds}"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"[[fact]\nid = 1\n", "not valid TOML"),
        (b'[[fact]]\nid = "caf\xe9"\n', "not UTF-8 text (byte 18)"),
    ],
)
def test_unreadable_tables_raise(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    with pytest.raises(DataError, match=re.escape(expected)) as caught:
        read_table(path)
    assert str(path) in str(caught.value)


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        read_table(tmp_path / "absent.toml")


@pytest.mark.parametrize(
    ("keywords", "expected"),
    [
        ("[keywords]\nkherson-ceasefire-held = ['truce']\n", []),
        (
            "[keywords]\nno-such-fact = ['truce']\n",
            ["[keywords] 'no-such-fact': no fact of this table has that id"],
        ),
        (
            "[keywords]\nkherson-ceasefire-held = 'truce'\n",
            ["[keywords] 'kherson-ceasefire-held': must be a list of words or phrases"],
        ),
        (
            "[keywords]\nkherson-ceasefire-held = ['truce', '  ']\n",
            ["[keywords] 'kherson-ceasefire-held': must be a list of words or phrases"],
        ),
        (
            "keywords = ['truce']\n",
            ["'keywords' must be written as a [keywords] table: fact id = [words]"],
        ),
    ],
)
def test_keywords_are_checked(tmp_path: Path, keywords: str, expected: list[str]) -> None:
    text = keywords + USER_TABLE if keywords.startswith("keywords =") else USER_TABLE + keywords
    problems = _problems(tmp_path, text)
    assert problems == [f"{tmp_path / 't.toml'}: {m}" for m in expected]
