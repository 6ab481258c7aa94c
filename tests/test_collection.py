"""Many documents side by side: figures on one measure shown together, newest first, their
differences marked; and the timeline of everything dated."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from conflictfacts import cache, render
from conflictfacts.dates import parse_span
from conflictfacts.formats import Dated
from tests.helpers import Run, shipped, write

LATER = (
    " date 2026-03-01 Russian forces now control about 75% of the Donetsk region, "
    "according to DeepState.\n"
)
LATER_TABLE = """\
[[source]]
id = "DeepState"
name = "DeepState"
kind = "news-agency"

[[fact]]
id = "donetsk-control-deepstate"
statement = "Russia controls about 75% of the Donetsk oblast."
kind = "territory"
subject = "Donetsk region"
value = 75
unit = "%"
qualifier = "about"
date = "2026-03-01"
date_basis = "as of the document's date"
source = "DeepState"
document = "later.txt"
start = 17
end = 100
quote = "Russian forces now control about 75% of the Donetsk region, according to DeepState."
"""


@pytest.fixture
def later(tmp_path: Path) -> Path:
    folder = tmp_path / "later"
    folder.mkdir()
    (folder / "later.txt").write_text(LATER, encoding="utf-8")
    write(folder / "later.toml", LATER_TABLE)
    return folder


def test_figures_on_one_measure_are_all_shown_newest_first(run: Run, later: Path) -> None:
    result = run("ask", "Donetsk control", "--data", str(later), "--json")
    assert result.exit_code == 0
    answers = json.loads(result.stdout)
    assert [a["id"] for a in answers[:2]] == ["donetsk-control-deepstate", "donetsk-control-isw"]
    newer, older = answers[:2]
    # Each keeps its own fields, so a script can tell them apart.
    assert (newer["value"], newer["date"], newer["source"], newer["document"]) == (
        75, "2026-03-01", "DeepState", "later.txt",
    )  # fmt: skip
    assert (older["value"], older["date"], older["source"]) == (70, "2026-02-07", "ISW")


def test_a_limit_keeps_the_newest_figures_on_one_measure(run: Run, later: Path) -> None:
    rows = run("ask", "Donetsk control", "--data", str(later), "--limit", "1").stdout
    assert [r.split("\t")[0] for r in rows.splitlines()] == ["donetsk-control-deepstate"]
    shown = run("ask", "Donetsk control", "--data", str(later), "-f", "table", "-n", "1").stdout
    flat = " ".join(shown.replace("│", " ").split())
    assert "≠ 1 of 2 figures on Donetsk region 1 more not shown: raise --limit" in flat


@pytest.fixture
def monthly(tmp_path: Path) -> Path:
    """Twelve monthly figures for one measure, as a year of reports would give; one undated."""
    folder = tmp_path / "monthly"
    folder.mkdir()
    text, facts = " date 2026-01-01\n", []
    for month in range(1, 13):
        quote = f"In month {month} Russia controlled {40 + month}% of the Donetsk region."
        start = len(text)
        text += quote + " "
        date = "" if month == 6 else f'date = "2025-{month:02d}"\n'  # one undated figure
        facts.append(
            f'[[fact]]\nid = "donetsk-month-{month}"\n'
            f'statement = "Russia controlled {40 + month}% of the Donetsk oblast."\n'
            f'kind = "territory"\nsubject = "Donetsk oblast"\nvalue = {40 + month}\n'
            f'unit = "%"\n{date}source = "ISW"\n'
            f'document = "months.txt"\nstart = {start}\nend = {start + len(quote)}\n'
            f"quote = {json.dumps(quote)}\n"
        )
    (folder / "months.txt").write_text(text, encoding="utf-8")
    sources = (
        '[[source]]\nid = "ISW"\nname = "Institute for the Study of War"\nkind = "think-tank"\n'
    )
    write(folder / "months.toml", sources + "\n".join(facts))
    return folder


def test_a_limit_bounds_a_long_run_of_figures(run: Run, monthly: Path) -> None:
    base = ("ask", "Donetsk control", "--data", str(monthly), "--no-builtin")
    answers = json.loads(run(*base, "--json", "-n", "5").stdout)
    assert [a["date"] for a in answers] == ["2025-12", "2025-11", "2025-10", "2025-09", "2025-08"]
    every = json.loads(run(*base, "--json", "-n", "50").stdout)
    assert [a["date"] for a in every][4:] == ["2025-08", "2025-07", "2025-05", "2025-04",
                                              "2025-03", "2025-02", "2025-01", ""]  # fmt: skip
    flat = " ".join(run(*base, "-f", "table", "-n", "3").stdout.replace("│", " ").split())
    assert "≠ 1 of 12 figures on Donetsk oblast, differing in value and date" in flat
    assert "9 more not shown: raise --limit" in flat


def test_the_terminal_marks_how_the_figures_differ(run: Run, later: Path) -> None:
    shown = run("ask", "Donetsk control", "--data", str(later), "-f", "table", "-n", "2").stdout
    flat = " ".join(shown.replace("│", " ").split())
    assert "≠ 1 of 2 figures on Donetsk region, differing in value, date and source" in flat
    assert "≠ 2 of 2 figures" in flat


def test_positions_on_one_subject_are_not_one_measure(run: Run) -> None:
    rows = run("ask", "Donbas withdrawal", "--json").stdout
    demands = [a for a in json.loads(rows) if a["subject"] == "Donbas"]
    assert len(demands) >= 2  # Russia's demand, Ukraine's refusal: two claims, not two figures
    shown = run("ask", "Donbas withdrawal", "-f", "table").stdout
    assert "figures on" not in shown


def test_list_sources_and_verify_span_every_table(run: Run, later: Path) -> None:
    assert len(run("list", "--data", str(later)).stdout.splitlines()) == len(shipped("fact")) + 1
    counts = {
        r.split("\t")[0]: r.split("\t")[3]
        for r in run("sources", "--data", str(later)).stdout.splitlines()
    }
    assert counts["DeepState"] == "1" and counts["ISW"] == "2"
    write(later / "later.toml", LATER_TABLE.replace("start = 17", "start = 16"))
    failed = run("verify", "--data", str(later))
    assert failed.exit_code == 1 and failed.stdout.startswith(str(later / "later.toml"))


# timeline


def test_timeline_rows_are_in_date_order_with_what_was_ahead(run: Run) -> None:
    rows = [r.split("\t") for r in run("timeline").stdout.splitlines()]
    anchors = [parse_span(r[0]).anchor for r in rows]
    assert anchors == sorted(anchors)
    by_id = {r[2]: r[1] for r in rows}
    assert by_id["trump-putin-alaska-summit"] == "past"
    assert by_id["us-deadline-june"] == "ahead"  # a deadline, still ahead on 2026-02-07
    assert by_id["next-talks-likely-miami"] == "ahead"
    assert by_id["abu-dhabi-second-round"] == "past"  # "../2026-02-07": by the report
    assert "donbas-definition" not in by_id  # undated facts have no place on a timeline


def test_timeline_json_says_when_each_was_reported(run: Run, later: Path) -> None:
    records = json.loads(run("timeline", "--data", str(later), "--json").stdout)
    deepstate = next(r for r in records if r["id"] == "donetsk-control-deepstate")
    assert (deepstate["document_date"], deepstate["ahead"]) == ("2026-03-01", False)
    deadline = next(r for r in records if r["id"] == "us-deadline-june")
    assert (deadline["document_date"], deadline["ahead"]) == ("2026-02-07", True)


def test_timeline_narrowed_by_a_query_and_filters(run: Run) -> None:
    talks = [r.split("\t")[2] for r in run("timeline", "talks").stdout.splitlines()]
    assert "next-talks-next-week" in talks and "donetsk-control-isw" not in talks
    june = run("timeline", "--since", "2026-03").stdout.splitlines()
    assert {r.split("\t")[0] for r in june} == {"2026-06"}
    nothing = run("timeline", "banana bread")
    assert (nothing.exit_code, nothing.stdout) == (1, "")
    assert run("timeline", "  ").exit_code == 2


def test_timeline_view_marks_the_document_date(run: Run) -> None:
    shown = run("timeline", "-f", "table").stdout
    assert "February 2026" in shown and "June 2026" in shown
    assert "000_a628886775cdef08.txt is dated here" in shown
    assert shown.index("is dated here") < shown.index("ahead of its report of 2026-02-07")


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("2026-02-07", "07"),
        ("2026-02-09/2026-02-15", "09–15"),
        ("../2026-02-07", "by 07"),
        ("2026-02-07/..", "from 07"),
        ("2026-06", ""),
        ("2026-06/2026-08", "to Aug 2026"),
        ("2026", "to Dec 2026"),
    ],
)
def test_the_timeline_reads_each_date_beside_its_month(span: str, label: str) -> None:
    fact = dataclasses.replace(cache.load(cache.table_files([])).get("donetsk-control-isw"))
    fact = dataclasses.replace(fact, date=span)
    out = io.StringIO()
    con = render.console(out)
    con.width = 160
    con.print(render.timeline_view([Dated(fact, "")], con))
    (row,) = [line for line in out.getvalue().splitlines() if fact.statement[:30] in line]
    assert row.split(" ● ")[0].strip() == label
    assert parse_span(span).anchor.strftime("%B %Y") in out.getvalue()  # under its month
