"""A fact's standing: a superseded or retracted figure is never an answer on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import USER_TABLE, Run, write

LATER = " date 2026-03-05 Officials said the ceasefire around Kherson held for five days.\n"

LATER_FACT = """
[[fact]]
id = "kherson-ceasefire-five-days"
statement = "A ceasefire around Kherson held for five days."
kind = "event"
subject = "Kherson ceasefire"
value = 5
unit = "days"
date = "2026-03-05"
source = "Officials"
document = "later.txt"
start = 17
end = 80
quote = "Officials said the ceasefire around Kherson held for five days."
"""


def tables(folder: Path, first: str = "", later: str = "", *, unit: str = "days") -> Path:
    """folder with the three-day figure (USER_TABLE) and a later five-day one, each given the
    standing fields in first and later (TOML lines)."""
    (folder / "later.txt").write_text(LATER, encoding="utf-8")
    write(folder / "kherson.toml", USER_TABLE + first)
    write(folder / "later.toml", LATER_FACT.replace('"days"', f'"{unit}"') + later)
    return folder


SUPERSEDED = (
    'status = "superseded"\nsuperseded_by = "kherson-ceasefire-five-days"\n'
    'status_note = "A later count gives five days."\n'
)


def ids(run: Run, *args: str) -> list[str]:
    return [r["id"] for r in json.loads(run(*args, "--json").stdout)]


def test_a_superseded_fact_verifies_and_carries_its_standing(run: Run, user_dir: Path) -> None:
    data = ("--data", str(tables(user_dir, SUPERSEDED, 'basis = "confirmed"\n')), "--no-builtin")
    assert run("verify", *data).exit_code == 0
    (old,) = json.loads(run("show", "kherson-ceasefire-held", *data, "--json").stdout)
    assert (old["status"], old["superseded_by"]) == ("superseded", "kherson-ceasefire-five-days")
    assert old["status_note"] == "A later count gives five days." and old["basis"] == ""
    (new,) = json.loads(run("show", "kherson-ceasefire-five-days", *data, "--json").stdout)
    assert (new["status"], new["basis"]) == ("current", "confirmed")


@pytest.mark.parametrize(
    ("first", "later", "unit", "message"),
    [
        ('status = "superseded"\nsuperseded_by = "kherson-ceasefire-6"\n', "", "days",
         "superseded_by 'kherson-ceasefire-6' is not a known fact id"),
        (SUPERSEDED, "", "hours", "does not measure the same thing"),
        (SUPERSEDED, 'status = "superseded"\nsuperseded_by = "kherson-ceasefire-held"\n', "days",
         "leads round in a cycle"),
        ('status = "superseded"\n', "", "days", "a superseded fact needs superseded_by"),
        ('superseded_by = "kherson-ceasefire-five-days"\n', "", "days", "needs status"),
        ('status = "old"\n', "", "days", "unknown status 'old'"),
        ('basis = "rumour"\n', "", "days", "unknown basis 'rumour'"),
    ],
)  # fmt: skip
def test_verify_checks_the_standing(
    run: Run, user_dir: Path, first: str, later: str, unit: str, message: str
) -> None:
    result = run("verify", "--data", str(tables(user_dir, first, later, unit=unit)), "--no-builtin")
    assert result.exit_code == 2 and message in result.stdout, result.stdout


def test_ask_gives_the_successor_first_and_marks_the_superseded(run: Run, user_dir: Path) -> None:
    data = ("--data", str(tables(user_dir, SUPERSEDED)), "--no-builtin")
    answers = json.loads(run("ask", "Kherson ceasefire", *data, "--json").stdout)
    assert [(a["id"], a["status"]) for a in answers] == [
        ("kherson-ceasefire-five-days", "current"),
        ("kherson-ceasefire-held", "superseded"),
    ]
    rows = run("ask", "Kherson ceasefire", *data).stdout.splitlines()  # a pipe's rows
    assert [(r.split("\t")[0], r.split("\t")[-1]) for r in rows] == [
        ("kherson-ceasefire-five-days", "current"),
        ("kherson-ceasefire-held", "superseded"),
    ]
    shown = run("ask", "Kherson ceasefire", *data, "--format", "table", env={"COLUMNS": "200"})
    assert "superseded by kherson-ceasefire-five-days: A later count gives five days." in (
        shown.stdout
    )


def test_a_retracted_figure_brings_in_its_successor(run: Run, user_dir: Path) -> None:
    # The newer figure was withdrawn: asked for one answer, the newest on the measure is the
    # retracted one, and the figure it points back to comes with it, first.
    retracted = 'status = "retracted"\nsuperseded_by = "kherson-ceasefire-held"\n'
    data = ("--data", str(tables(user_dir, "", retracted)), "--no-builtin")
    assert run("verify", *data).exit_code == 0
    assert ids(run, "ask", "Kherson ceasefire", "--limit", "1", *data) == [
        "kherson-ceasefire-held",
        "kherson-ceasefire-five-days",
    ]
    rows = run("ask", "Kherson ceasefire", "--limit", "1", *data).stdout.splitlines()
    assert [row.split("\t")[0] for row in rows] == ids(run, "ask", "Kherson ceasefire", *data)


def test_a_retracted_fact_alone_is_no_answer(run: Run, user_dir: Path) -> None:
    retracted = 'status = "retracted"\nstatus_note = "The officials withdrew the count."\n'
    write(user_dir / "kherson.toml", USER_TABLE + retracted)
    data = ("--data", str(user_dir), "--no-builtin")
    result = run("ask", "Kherson ceasefire", *data)
    assert (result.exit_code, result.stdout) == (1, "")
    assert "the nearest, kherson-ceasefire-held: it is retracted: The officials withdrew" in (
        result.stderr
    )
    assert run("ask", "Kherson ceasefire", *data, "--json").stdout == "[]\n"


def test_list_and_timeline_filter_by_status(run: Run, user_dir: Path) -> None:
    data = ("--data", str(tables(user_dir, SUPERSEDED)), "--no-builtin")
    assert ids(run, "list", "--status", "superseded", *data) == ["kherson-ceasefire-held"]
    assert ids(run, "timeline", "--status", "current", *data) == ["kherson-ceasefire-five-days"]
    none = run("list", "--status", "retracted", *data)
    assert (none.exit_code, none.stdout) == (1, "")
    assert run("list", "--status", "gone", *data).exit_code == 2


def test_extract_and_toml_keep_the_standing(run: Run, user_dir: Path) -> None:
    data = ("--data", str(tables(user_dir, SUPERSEDED)), "--no-builtin")
    toml = run("list", "--status", "superseded", *data, "--format", "toml").stdout
    assert 'status = "superseded"\nsuperseded_by = "kherson-ceasefire-five-days"' in toml
    current = run("list", "--status", "current", *data, "--format", "toml").stdout
    assert "status =" not in current  # the default is left unsaid
