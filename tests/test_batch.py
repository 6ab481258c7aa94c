"""`ask --batch`: many queries at one start, each answered as `ask` answers it alone."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conflictfacts import batch, search
from conflictfacts.errors import UsageError
from conflictfacts.formats import ANSWER_FIELDS
from conflictfacts.search import MAX_QUERY, Index
from tests.helpers import Run

ANSWERED = ["how much of Donetsk does Russia control?", "ISW Russia control"]
UNANSWERED = ["how many prisoners were exchanged", "Kherson control"]
QUERIES = [ANSWERED[0], UNANSWERED[0], ANSWERED[1], UNANSWERED[1]]


def _input(queries: list[str]) -> str:
    return "".join(q + "\n" for q in queries)


def _alone_reason(run: Run, query: str) -> str:
    """What `ask` alone says on stderr after "no fact matches 'QUERY'; "."""
    said = run("ask", query).stderr.strip()
    return said.split(f"no fact matches {query!r}; ", 1)[1]


def test_json_lines_give_each_query_what_ask_gives_it_alone(run: Run) -> None:
    result = run("ask", "--batch", "--json", input=_input(QUERIES))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["line"], r["query"]) for r in records] == list(enumerate(QUERIES, start=1))
    for rec in records:
        alone = json.loads(run("ask", rec["query"], "--json").stdout)
        assert list(rec) == ["query", "line", "answers", "reason"]
        assert rec["answers"] == alone
        assert rec["reason"] == ("" if alone else _alone_reason(run, rec["query"]))
    assert result.exit_code == 1
    missed = [str(r["line"]) for r in records if not r["answers"]]
    assert result.stderr.strip().endswith(", ".join(missed))


def test_every_query_answered_is_exit_0(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "queries.txt"
    path.write_text(_input(ANSWERED), encoding="utf-8")
    from_file = run("ask", "--batch", str(path))
    assert (from_file.exit_code, from_file.stderr) == (0, "")
    assert run("ask", "--batch", "-", input=_input(ANSWERED)).stdout == from_file.stdout


def test_rows_in_a_pipe_are_ask_rows_after_the_query(run: Run) -> None:
    result = run("ask", "--batch", input=_input(QUERIES))
    expected = []
    for query in QUERIES:
        alone = run("ask", query)
        if alone.stdout:
            expected += [f"{query}\t{row}\t" for row in alone.stdout.splitlines()]
        else:
            width = len(run("ask", ANSWERED[0]).stdout.splitlines()[0].split("\t"))
            expected.append("\t".join([query, *[""] * width, _alone_reason(run, query)]))
    assert result.stdout.splitlines() == expected


def test_csv_has_a_row_per_answer_with_the_query_and_its_line(run: Run) -> None:
    result = run("ask", "--batch", "--format", "csv", input=_input(QUERIES))
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(table[0]) == ["query", "line", *ANSWER_FIELDS, "reason"]
    for number, query in enumerate(QUERIES, start=1):
        ids = [r["id"] for r in table if r["line"] == str(number)]
        alone = [a["id"] for a in json.loads(run("ask", query, "--json").stdout)]
        assert ids == (alone or [""])
        assert {r["query"] for r in table if r["line"] == str(number)} == {query}


def test_a_terminal_gets_a_heading_per_query(run: Run) -> None:
    result = run("ask", "--batch", "--format", "table", input=_input(QUERIES))
    headings = [line for line in result.stdout.splitlines() if line.startswith("line ")]
    assert [h.split(" ─")[0] for h in headings] == [
        f"line {n}: {q}" for n, q in enumerate(QUERIES, start=1)
    ]
    assert "no answer: " + _alone_reason(run, UNANSWERED[0]) in result.stdout


@pytest.mark.parametrize(
    ("line", "says"),
    [("", "the line is blank"), ("  \t", "the line is blank"),
     ("x" * (MAX_QUERY + 1), "over the limit"), ("é" * (2 * MAX_QUERY), "over the limit")],
)  # fmt: skip
def test_a_line_that_is_no_query_is_told_and_the_run_goes_on(
    run: Run, line: str, says: str
) -> None:
    result = run("ask", "--batch", "--json", input=_input([ANSWERED[0], line, ANSWERED[1]]))
    records = [json.loads(r) for r in result.stdout.splitlines()]
    assert [bool(r["answers"]) for r in records] == [True, False, True]
    assert says in records[1]["reason"]
    assert f"conflictfacts: line 2: {records[1]['reason']}\n" in result.stderr
    assert result.exit_code == 1


def test_no_lines_is_exit_1(run: Run) -> None:
    result = run("ask", "--batch", input="")
    assert (result.exit_code, result.stdout) == (1, "")
    assert "no queries" in result.stderr


def test_store_and_index_are_read_once(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    real = Index.__init__

    def counted(self: Index, *args: object, **kwargs: object) -> None:
        built.append(self)
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Index, "__init__", counted)
    result = run("ask", "--batch", "--json", input=_input(QUERIES * 3))
    assert len(result.stdout.splitlines()) == len(QUERIES) * 3
    assert len(built) == 1


@pytest.mark.parametrize("fmt", ["--json", "--format=json", "--format=csv", "--format=tsv"])
def test_a_fault_midway_leaves_stdout_empty(
    run: Run, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    real = Index.search
    asked = []

    def failing(self: Index, query: str, *args: object, **kwargs: object) -> search.Result:
        asked.append(query)
        if len(asked) > 2:  # a fault as the core reports one
            raise UsageError("a fault midway")
        return real(self, query, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Index, "search", failing)
    result = run("ask", "--batch", fmt, input=_input(ANSWERED * 3))
    assert len(asked) > 2
    assert (result.exit_code, result.stdout) == (2, "")


@pytest.mark.parametrize(
    ("args", "says"),
    [(["--format", "toml"], "--format toml"), (["--explain"], "--explain"),
     (["--json", "--explain", "--fields", "id"], "leave out --fields"),
     (["--fields", "scor"], "did you mean 'score'"), (["no-such-file.txt"], "cannot read")],
)  # fmt: skip
def test_usage_errors(run: Run, args: list[str], says: str) -> None:
    result = run("ask", "--batch", *args, input=_input(ANSWERED))
    assert (result.exit_code, result.stdout) == (2, "")
    assert says in result.stderr


def test_explain_and_fields_reach_each_answer(run: Run) -> None:
    explained = run("ask", "--batch", "--json", "--explain", input=_input(ANSWERED))
    assert all("explanation" in a for line in explained.stdout.splitlines()
               for a in json.loads(line)["answers"])  # fmt: skip
    chosen = run("ask", "--batch", "--json", "--fields", "score,id", input=_input(ANSWERED))
    answers = [a for line in chosen.stdout.splitlines() for a in json.loads(line)["answers"]]
    assert answers and all(list(a) == ["score", "id"] for a in answers)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a\nb\n", [(1, "a", ""), (2, "b", "")]),
        (b"a\r\nb", [(1, "a", ""), (2, "b", "")]),
        (b"\xef\xbb\xbfa\n", [(1, "a", "")]),
        (b"caf\xff\n", [(1, "caf\ufffd", "")]),
        (b"\n \n", [(1, "", "the line is blank"), (2, " ", "the line is blank")]),
        (b"x" * 10 * MAX_QUERY + b"\nb\n", [(1, "x" * 79 + "…", "over"), (2, "b", "")]),
        (b"x" * 10 * MAX_QUERY, [(1, "x" * 79 + "…", "over")]),
    ],
)
def test_lines(raw: bytes, expected: list[tuple[int, str, str]]) -> None:
    found = list(batch.lines(io.BytesIO(raw)))
    assert [(n, t) for n, t, _ in found] == [(n, t) for n, t, _ in expected]
    for (_, _, problem), (_, _, want) in zip(found, expected, strict=True):
        assert want in problem and bool(problem) == bool(want)


def test_input_that_is_not_lines_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "LINE_BYTES", 10 * MAX_QUERY)
    with pytest.raises(UsageError, match="line 1 is over"):
        list(batch.lines(io.BytesIO(b"x" * 100 * MAX_QUERY)))


def test_tally_names_the_lines_without_an_answer() -> None:
    tally = batch.Tally()
    items = [batch.Answered(n, "q", [], "why") for n in range(1, 13)]
    assert list(tally.count(items)) == items
    assert tally.summary() == "no answer for 12 of 12 lines: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …"
