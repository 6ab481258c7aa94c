"""`check FILE`: a document's claims against the tables, measured on texts written here."""

from __future__ import annotations

import csv
import io
import json
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest

from conflictfacts.formats import CHECK_FIELDS
from tests.helpers import Run

HERE = Path(__file__).parent / "check"
TABLE = HERE / "table"
PLANTED: list[dict[str, Any]] = tomllib.loads((HERE / "planted.toml").read_text("utf-8"))["claim"]
FOUND_AGREEMENTS = 5
FOUND_DIFFERENCES = 5
"""Of the planted agreements and differences, how many `check` finds (README, "check"): a
floor, so that a change that finds fewer fails."""


def judged(run: Run, text: str) -> list[dict[str, Any]]:
    result = run("check", str(HERE / "texts" / text), "--data", str(TABLE), "--json")
    assert result.exit_code in (0, 1), result.stderr
    records: list[dict[str, Any]] = json.loads(result.stdout)
    return records


@pytest.fixture(scope="module")
def verdicts() -> dict[str, list[dict[str, Any]]]:
    """Every text's records, judged once for the module."""
    from typer.testing import CliRunner

    from conflictfacts.cli.commands import app

    def run(*args: str) -> Any:
        return CliRunner().invoke(app, list(args), env={"CONFLICTFACTS_DATA": ""})

    return {text: judged(run, text) for text in sorted({p["text"] for p in PLANTED})}


def _record(verdicts: dict[str, list[dict[str, Any]]], planted: dict[str, Any]) -> dict[str, Any]:
    (record,) = [r for r in verdicts[planted["text"]] if planted["says"] in r["claim_quote"]]
    return record


def test_a_claim_on_another_place_or_person_is_never_judged(
    verdicts: dict[str, list[dict[str, Any]]],
) -> None:
    for planted in PLANTED:
        record = _record(verdicts, planted)
        if planted["expect"] == "new":
            assert record["verdict"] == "new", planted


def test_every_judgement_is_against_the_planted_fact(
    verdicts: dict[str, list[dict[str, Any]]],
) -> None:
    for planted in PLANTED:
        record = _record(verdicts, planted)
        if record["verdict"] != "new":
            assert (record["verdict"], record["fact_id"]) == (planted["expect"], planted["fact"])


def test_how_many_planted_verdicts_are_found(verdicts: dict[str, list[dict[str, Any]]]) -> None:
    found = {"agrees": 0, "differs": 0}
    for planted in PLANTED:
        if planted["expect"] in found and _record(verdicts, planted)["verdict"] != "new":
            found[planted["expect"]] += 1
    planted = {v: sum(p["expect"] == v for p in PLANTED) for v in found}
    print(f"found {found['agrees']} of {planted['agrees']} planted agreements, "
          f"{found['differs']} of {planted['differs']} planted differences")  # fmt: skip
    assert found["agrees"] >= FOUND_AGREEMENTS and found["differs"] >= FOUND_DIFFERENCES


def test_a_difference_shows_both_values_and_both_citations(
    verdicts: dict[str, list[dict[str, Any]]],
) -> None:
    (kherson,) = [
        r for r in verdicts["brief-2026-02-10.txt"] if r["fact_id"] == "kherson-control-isw"
    ]
    assert kherson["differs_in"] == ["value"]
    assert (kherson["claim_value"], kherson["fact_value"]) == (76, 73)
    assert kherson["claim_document"] == "brief-2026-02-10.txt" and kherson["claim_start"] > 0
    assert kherson["fact_citation"] == (
        "conflictfacts test suite, “Front-line monitor, January update”, 2026-01-20"
    )
    assert list(kherson) == list(CHECK_FIELDS)


def test_exit_status_says_whether_anything_differs(run: Run, tmp_path: Path) -> None:
    brief = str(HERE / "texts" / "brief-2026-02-10.txt")
    result = run("check", brief, "--data", str(TABLE))
    assert result.exit_code == 1
    assert "9 claims in brief-2026-02-10.txt: 3 agrees, 2 differs, 4 new" in result.stderr
    same = tmp_path / "same.txt"
    same.write_text(
        " date 2026-02-08 Russia controls around 70% of the Donetsk oblast, according to the "
        "Institute for the Study of War.\n",
        encoding="utf-8",
    )
    agreeing = run("check", str(same))
    assert agreeing.exit_code == 0 and agreeing.stdout.startswith("agrees\t")
    missing = run("check", str(tmp_path / "none.txt"))
    assert missing.exit_code == 2 and missing.stdout == ""
    assert run("check", str(same), "--format", "toml").exit_code == 2


@pytest.mark.parametrize("fmt", ["csv", "tsv", "markdown", "jsonl", "table"])
def test_every_format(run: Run, fmt: str) -> None:
    brief = str(HERE / "texts" / "brief-2026-02-10.txt")
    result = run("check", brief, "--data", str(TABLE), "--format", fmt, env={"COLUMNS": "160"})
    assert result.exit_code == 1
    out = result.stdout
    if fmt in ("csv", "tsv"):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert len(rows) == 9 and rows[3]["verdict"] == "differs"
        assert rows[3]["fact_id"] == "kherson-control-isw"
    elif fmt == "markdown":
        assert out.startswith("| verdict | differs_in |") and out.count("\n") == 11
    elif fmt == "jsonl":
        assert [json.loads(line)["verdict"] for line in out.splitlines()].count("agrees") == 3
    else:
        assert "differs" in out and "in value" in out and "around 73%" in out
    fields = run("check", brief, "--data", str(TABLE), "--fields", "verdict,fact_id")
    assert fields.stdout.splitlines()[3] == "differs\tkherson-control-isw"


def test_the_readme_session_is_real_output(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (HERE.parent.parent / "README.md").read_text("utf-8")
    session = readme.split("### Curating a second article", 1)[1].split("\n### ", 1)[0]
    monkeypatch.chdir(TABLE)
    for command in (
        "conflictfacts check ../texts/update-2026-03-04.txt --data . -f markdown "
        "--fields verdict,differs_in,fact_id",
        'conflictfacts ask "Zaporizhzhia control" --data .',
    ):
        shown = session.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
        result = run(*shlex.split(command)[1:], *(("-f", "table") if "ask" in command else ()))
        said = [line for line in shown.splitlines() if line.startswith("conflictfacts: ")]
        assert result.stdout.splitlines() == [x for x in shown.splitlines() if x not in said]
        assert result.stderr.splitlines() == said


RESTATED = (
    " date 2026-02-20\n"
    "The war had lasted nearly four years by February 2026. The Donbas accounts for over 50 "
    "per cent of Ukraine's coal reserves, according to CIRSD. Russian forces hold nearly all "
    "of the Luhansk oblast, the ISW said. The region holds 25 per cent of Ukraine's gas "
    "fields, according to CIRSD. The United States set a deadline of September 2026 for a "
    "peace agreement.\n"
)
"""Claims of the seed said again in other words, and a date changed: extract's subjects and
kinds for them ("The war had lasted nearly", a deadline) must not hide what they restate."""


def test_restatements_are_found_whatever_extract_names_them(run: Run, tmp_path: Path) -> None:
    text = tmp_path / "restated.txt"
    text.write_text(RESTATED, encoding="utf-8")
    result = run("check", str(text), "--format", "tsv", "--fields", "verdict,differs_in,fact_id")
    assert result.stdout.splitlines()[1:] == [
        "agrees\t\twar-nearly-four-years",
        "agrees\t\tdonbas-coal-reserves-cirsd",
        "agrees\t\tluhansk-control-isw",
        "new\t\t",  # "the region" does not say which
        "differs\tdate\tus-deadline-june",
    ]
