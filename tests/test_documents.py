"""Documents as records: [[document]] entries, checked by verify, cited as a person cites them."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import pytest

from conflictfacts.formats import DOCUMENT_RECORD
from tests.helpers import DOCUMENT, USER_TABLE, Run, write

DESCRIBED = """\
[[document]]
file = "news.txt"
title = "Truce around Kherson holds"
publisher = "Example Wire"
author = "A. Reporter"
url = "https://example.org/kherson-truce"
published = "2026-03-01"
retrieved = "2026-03-02"
language = "en"
sha256 = "{sha256}"
"""


def describe(folder: Path, entry: str = DESCRIBED, **fields: str) -> Path:
    """Give folder's table (USER_TABLE) a [[document]] entry for news.txt, with its hash."""
    sha256 = hashlib.sha256((folder / "news.txt").read_bytes()).hexdigest()
    text = entry.format(sha256=sha256)
    for name, value in fields.items():
        text = "\n".join(
            f"{name} = {json.dumps(value)}" if line.startswith(f"{name} =") else line
            for line in text.splitlines()
        )
    write(folder / "kherson.toml", USER_TABLE + "\n" + text + "\n")
    return folder


def test_a_described_document_verifies(run: Run, user_dir: Path) -> None:
    result = run("verify", "--data", str(describe(user_dir)), "--no-builtin")
    assert result.exit_code == 0, result.stdout


def test_verify_catches_an_edited_document_by_its_hash(run: Run, user_dir: Path) -> None:
    describe(user_dir)
    # The quote still matches: only the hash can tell that the document was changed.
    (user_dir / "news.txt").write_text(DOCUMENT + "A line added later.\n", encoding="utf-8")
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 1
    assert "document 'news.txt' has changed since it was described: its sha256 is" in result.stdout
    # And nothing answers from it until the entry is brought up to date.
    asked = run("ask", "Kherson ceasefire", "--data", str(user_dir), "--no-builtin")
    assert asked.exit_code == 2 and "has changed since it was described" in asked.stderr


def test_a_table_without_entries_is_not_asked_for_them(run: Run, user_dir: Path) -> None:
    assert run("verify", "--data", str(user_dir), "--no-builtin").exit_code == 0


def test_once_a_folder_describes_documents_each_cited_one_needs_an_entry(
    run: Run, user_dir: Path
) -> None:
    describe(user_dir)
    (user_dir / "other.txt").write_text(DOCUMENT, encoding="utf-8")
    other = USER_TABLE.split("[[fact]]")[1].replace("kherson-ceasefire-held", "kherson-again")
    write(user_dir / "other.toml", "[[fact]]" + other.replace("news.txt", "other.txt"))
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 2
    assert "fact 'kherson-again': document 'other.txt' has no [[document]] entry" in result.stdout


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("url", "example.org/kherson", "is not a web address"),
        ("url", "https://exa mple.org", "is not a web address"),
        ("published", "2026-02-30", "published: '2026-02-30' is not a real date"),
        ("retrieved", "yesterday", "retrieved: 'yesterday' is not a date"),
        ("language", "English", "is not a language tag"),
        ("sha256", "abc", "64 lower-case hexadecimal digits"),
        ("file", "../news.txt", "points outside the table's folder"),
    ],
)
def test_a_faulty_entry_is_a_broken_table(
    run: Run, user_dir: Path, field: str, value: str, message: str
) -> None:
    describe(user_dir, **{field: value})
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 2 and message in result.stdout, result.stdout


def test_two_entries_that_disagree_are_named(run: Run, user_dir: Path) -> None:
    describe(user_dir)
    again = (user_dir / "kherson.toml").read_text("utf-8").split("[[document]]")[1]
    write(user_dir / "more.toml", "[[document]]" + again.replace("A. Reporter", "B. Writer"))
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 2 and "is described differently in" in result.stdout


def test_ask_cites_the_document_as_a_person_would(run: Run, user_dir: Path) -> None:
    describe(user_dir)
    args = ("ask", "Kherson ceasefire", "--data", str(user_dir), "--no-builtin")
    shown = run(*args, "--format", "table", env={"COLUMNS": "200"}).stdout
    assert "Example Wire, “Truce around Kherson holds”, 2026-03-01 [17:87]" in shown
    assert "https://example.org/kherson-truce" in shown
    (answer,) = json.loads(run(*args, "--json").stdout)
    assert answer["document_publisher"] == "Example Wire"
    assert answer["document_url"] == "https://example.org/kherson-truce"
    assert answer["document_retrieved"] == "2026-03-02" and answer["document_language"] == "en"
    rows = list(csv.DictReader(io.StringIO(run(*args, "--format", "csv").stdout)))
    assert rows[0]["document_title"] == "Truce around Kherson holds"


def test_list_and_show_cite_it_too(run: Run, user_dir: Path) -> None:
    describe(user_dir)
    data = ("--data", str(user_dir), "--no-builtin", "--format", "table")
    wide = {"COLUMNS": "200"}
    assert "Example Wire, “Truce around Kherson holds”" in run("list", *data, env=wide).stdout
    shown = run("show", "kherson-ceasefire-held", *data, env=wide).stdout
    assert "Example Wire, “Truce around Kherson holds”, 2026-03-01" in shown
    tsv = run("list", "--data", str(user_dir), "--no-builtin", "--format", "tsv").stdout
    assert "document_publisher" in tsv.splitlines()[0] and "Example Wire" in tsv


def test_the_seed_is_cited_by_what_it_says_only(run: Run) -> None:
    (seed,) = json.loads(run("documents", "--json").stdout)
    assert seed["published"] == seed["date_line"] == "2026-02-07"
    assert (seed["publisher"], seed["title"], seed["author"], seed["url"]) == ("", "", "", "")
    assert seed["described"] and len(seed["sha256"]) == 64


def test_documents_lists_each_with_its_facts_and_sources(run: Run, user_dir: Path) -> None:
    describe(user_dir)
    args = ("documents", "--data", str(user_dir), "--no-builtin")
    (record,) = json.loads(run(*args, "--json").stdout)
    assert list(record) == list(DOCUMENT_RECORD)
    assert record["fact_ids"] == ["kherson-ceasefire-held"] and record["sources"] == ["Officials"]
    assert run(*args).stdout.split("\t")[:3] == ["news.txt", "Example Wire", record["title"]]
    table = run(*args, "-f", "table", env={"COLUMNS": "200"}).stdout
    assert "Example Wire, “Truce around Kherson holds”" in table
    header = run(*args, "--format", "csv").stdout.splitlines()[0]
    assert header == ",".join(DOCUMENT_RECORD)


def test_documents_without_an_entry_are_listed_by_file(run: Run, user_dir: Path) -> None:
    args = ("documents", "--data", str(user_dir), "--no-builtin")
    (record,) = json.loads(run(*args, "--json").stdout)
    assert (record["file"], record["described"], record["facts"]) == ("news.txt", False, 1)
    assert "no [[document]] entry" in run(*args, "--format", "table").stdout


def test_extract_writes_an_entry_that_verifies(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "news.txt").write_text(DOCUMENT, encoding="utf-8")
    table = run("extract", str(folder / "news.txt"), "--no-builtin").stdout
    assert '[[document]]\nfile = "news.txt"\ntitle = ""\npublisher = ""' in table
    assert 'published = "2026-03-01"' in table
    sha256 = hashlib.sha256(DOCUMENT.encode()).hexdigest()
    assert f'sha256 = "{sha256}"' in table
    write(folder / "news.toml", table)
    assert run("verify", "--data", str(folder), "--no-builtin").exit_code == 0


def test_a_table_written_as_toml_keeps_its_document_entry(
    run: Run, user_dir: Path, tmp_path: Path
) -> None:
    describe(user_dir)
    toml = run("list", "--data", str(user_dir), "--no-builtin", "--format", "toml").stdout
    assert 'publisher = "Example Wire"' in toml
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "news.txt").write_bytes((user_dir / "news.txt").read_bytes())
    write(copy / "kherson.toml", toml)
    assert run("verify", "--data", str(copy), "--no-builtin").exit_code == 0
