"""Citations: a quote must be its document's exact text at its offsets, or verify says how not."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conflictfacts.models import Fact
from conflictfacts.tables import read_table
from conflictfacts.verify import check_citations


@pytest.fixture
def fact(user_dir: Path) -> Fact:
    return read_table(user_dir / "kherson.toml").facts[0]


def test_a_true_citation_passes(fact: Fact) -> None:
    assert check_citations([fact]) == []


def test_shifted_offsets_say_where_the_quote_is(fact: Fact) -> None:
    (problem,) = check_citations([replace(fact, start=16, end=86)])
    assert problem.fact_id == "kherson-ceasefire-held"
    assert "quote differs from the document at 16:86, from character 0" in problem.message
    assert "the quote is found at 17:87" in problem.message


def test_an_edited_quote_names_the_difference(fact: Fact) -> None:
    edited = fact.quote.replace("three", "four ")
    (problem,) = check_citations([replace(fact, quote=edited)])
    assert "the document has 'three days.'" in problem.message
    assert "the quote 'four  days.'" in problem.message
    assert "nowhere in the document" in problem.message


def test_offsets_past_the_end(fact: Fact) -> None:
    (problem,) = check_citations([replace(fact, end=5000)])
    assert problem.message == "offsets 17:5000 run past the end of 'news.txt' (88 characters)"


def test_missing_document(fact: Fact, user_dir: Path) -> None:
    (user_dir / "news.txt").unlink()
    (problem,) = check_citations([fact])
    assert problem.message == f"document 'news.txt' not found in {user_dir}"


def test_document_not_utf8(fact: Fact, user_dir: Path) -> None:
    (user_dir / "news.txt").write_bytes(b"caf\xe9")
    (problem,) = check_citations([fact])
    assert problem.message == "document 'news.txt' is not UTF-8 (byte 3)"


def test_offsets_count_characters_not_bytes(tmp_path: Path, fact: Fact) -> None:
    (tmp_path / "doc.txt").write_text("“Ünïcode” text", encoding="utf-8")
    cited = replace(
        fact, table=tmp_path / "t.toml", document="doc.txt", start=10, end=14, quote="text"
    )
    assert check_citations([cited]) == []
