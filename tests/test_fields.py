"""`--fields`: only the chosen fields, in their order, in every format of every command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conflictfacts.cache import BUILTIN_DIR
from conflictfacts.formats import (
    ANSWER_FIELDS,
    PROBLEM_FIELDS,
    RECORD_FIELDS,
    SOURCE_RECORD,
    TIMELINE_FIELDS,
)
from tests.helpers import Run

COMMANDS = {
    "ask": (["ask", "ISW Russia control"], ANSWER_FIELDS),
    "list": (["list"], RECORD_FIELDS),
    "show": (["show", "donetsk-control-isw"], RECORD_FIELDS),
    "timeline": (["timeline"], TIMELINE_FIELDS),
    "sources": (["sources"], SOURCE_RECORD),
    "extract": (["extract", str(next(BUILTIN_DIR.glob("*.txt"))), "--no-builtin"], RECORD_FIELDS),
}


def _chosen(fields: tuple[str, ...]) -> list[str]:
    """Three of the command's fields, out of their usual order."""
    return [fields[-1], fields[0], fields[len(fields) // 2]]


def _full(run: Run, args: list[str], chosen: list[str]) -> list[dict[str, object]]:
    records = json.loads(run(*args, "--json").stdout)
    return [{name: rec[name] for name in chosen} for rec in records]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return json.dumps(value)  # as JSON has it
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


@pytest.mark.parametrize("command", COMMANDS)
def test_json_and_json_lines_hold_only_the_fields_in_order(run: Run, command: str) -> None:
    args, fields = COMMANDS[command]
    chosen = _chosen(fields)
    expected = _full(run, args, chosen)
    as_json = run(*args, "--json", "--fields", ",".join(chosen))
    assert as_json.exit_code == 0
    assert [list(r.items()) for r in json.loads(as_json.stdout)] == [
        list(r.items()) for r in expected
    ]
    lines = run(*args, "--format", "jsonl", "--fields", ",".join(chosen)).stdout.splitlines()
    assert [json.loads(line) for line in lines] == expected


@pytest.mark.parametrize("command", COMMANDS)
def test_rows_csv_tsv_and_markdown_hold_only_the_fields(run: Run, command: str) -> None:
    args, fields = COMMANDS[command]
    chosen = _chosen(fields)
    expected = [[_cell(v) for v in rec.values()] for rec in _full(run, args, chosen)]
    named = ",".join(chosen)
    rows = [r.split("\t") for r in run(*args, "--fields", named).stdout.splitlines()]
    assert rows == expected
    tsv = [r.split("\t") for r in run(*args, "-f", "tsv", "--fields", named).stdout.splitlines()]
    assert tsv == [chosen, *expected]
    got = list(csv.reader(io.StringIO(run(*args, "-f", "csv", "--fields", named).stdout)))
    assert got == [chosen, *expected]
    markdown = run(*args, "-f", "markdown", "--fields", named).stdout.splitlines()
    assert markdown[0] == "| " + " | ".join(chosen) + " |"
    assert len(markdown) == len(expected) + 2


@pytest.mark.parametrize("command", COMMANDS)
def test_a_terminal_table_has_a_column_per_field(run: Run, command: str) -> None:
    args, fields = COMMANDS[command]
    chosen = _chosen(fields)
    shown = run(*args, "--format", "table", "--fields", ",".join(chosen)).stdout
    header = next(line for line in shown.splitlines() if chosen[0] in line)
    assert [cell.strip() for cell in header.strip("│").split("│")] == chosen
    for rec in _full(run, args, chosen):
        assert str(rec[chosen[1]]) in shown


@pytest.mark.parametrize("command", [*COMMANDS, "verify"])
def test_an_unknown_field_is_a_usage_error_with_the_nearest(run: Run, command: str) -> None:
    args, fields = COMMANDS.get(command, ([command], PROBLEM_FIELDS))
    result = run(*args, "--fields", f"{fields[0]},naem")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "no field 'naem'" in result.stderr
    assert "did you mean 'name'" in result.stderr or "the fields are" in result.stderr


@pytest.mark.parametrize(
    ("args", "says"),
    [(["list", "--fields", " , "], "names no field"),
     (["list", "--fields", "id", "--format", "toml"], "--format toml"),
     (["ask", "Donetsk control", "--fields", "id", "--explain"], "--explain")],
)  # fmt: skip
def test_fields_that_cannot_apply(run: Run, args: list[str], says: str) -> None:
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert says in result.stderr


def test_a_field_named_twice_is_printed_once(run: Run) -> None:
    once = run("list", "--json", "--fields", "id,date")
    assert run("list", "--json", "--fields", "id,date,id").stdout == once.stdout


def test_verify_problems_take_fields(run: Run, user_dir: Path) -> None:
    table = user_dir / "kherson.toml"
    text = table.read_text(encoding="utf-8").replace("start = 17", "start = 18")
    table.write_text(text, encoding="utf-8")
    where = ["--data", str(user_dir), "--no-builtin"]
    full = json.loads(run("verify", *where, "--json").stdout)
    chosen = json.loads(run("verify", *where, "--json", "--fields", "message,fact_id").stdout)
    assert full and chosen == [{"message": p["message"], "fact_id": p["fact_id"]} for p in full]


def test_a_true_or_false_cell_reads_as_json_has_it(run: Run) -> None:
    rows = run("timeline", "--fields", "id,ahead").stdout.splitlines()
    assert rows and {row.split("\t")[1] for row in rows} <= {"true", "false"}
