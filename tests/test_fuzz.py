"""Whatever it is given, every command answers with exit 0, 1 or 2 and never a traceback, and
nothing it prints can act on a terminal. Hypothesis writes the input: arbitrary Unicode,
controls, escape sequences, Rich markup, emoji codes, bidirectional marks, NUL, huge strings;
and broken tables whose document may be a FIFO, a folder, a device or a link out."""

from __future__ import annotations

import json
import os
import re
import signal
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from conflictfacts.cli.commands import app_for
from conflictfacts.store import Store
from tests.helpers import DOCUMENT, USER_TABLE

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "400"))
"""Argument lists per command: 400 keeps CI's run short; FUZZ_EXAMPLES=20000 for a long one."""
NASTY = [
    "", " ", "\t", "\n", "[/]", "[bold]", "[sic]", ":fire:", "\x1b[2J", "\x1b]0;title\x07",
    "\x9b31m", "\u202eevil", "\u200f", "\x00", "\udcff", "x" * 100_000, "donetsk-control-isw",
    "Donetsk control", "ISW", "territory", "2026-02", "../2026", "-1", "0", "99999999999999999999",
    "%s %d {0}", "{query}", "'; DROP TABLE facts; --", "*", "..", "/", "~", "\\",
]  # fmt: skip
TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=80),
    st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=40),
)


def _format(name: str) -> list[str]:
    return ["--json"] if name == "--json" else ["--format", name]


FORMAT: st.SearchStrategy[list[str]] = st.one_of(
    st.just([]),
    st.sampled_from(["table", "json", "jsonl", "csv", "tsv", "markdown", "--json"]).map(_format),
    TEXT.map(lambda f: ["--format", f]),
)
# Anything but the newline and tab that rows and tables are made of: controls (C0, C1),
# bidirectional marks, lone surrogates.
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # the same examples in CI and here: a failure can be replayed
)
RUNNER = CliRunner()
SMALL_CASES = Path(__file__).parent / "fuzz-cases.toml"


def invoke(*args: str) -> Result:
    # The app as the console script builds it: only the command being run.
    command = app_for(["conflictfacts", *args[:1]])
    result = RUNNER.invoke(command, list(args), env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code in (0, 1, 2), (args, result.exit_code, result.output[-500:])
    # A command that would end in a traceback raises into CliRunner, which keeps the
    # exception here (its output holds no traceback to look for).
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        repr(result.exception),
    )
    assert not UNSAFE.search(result.stdout), (args, UNSAFE.search(result.stdout))
    assert not UNSAFE.search(result.stderr), (args, UNSAFE.search(result.stderr))
    return result


def test_invoke_catches_an_exception_a_command_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr(Store, "get", broken)
    with pytest.raises(AssertionError, match="RuntimeError"):
        invoke("show", "donetsk-control-isw")


def options(*pairs: tuple[str, st.SearchStrategy[str]]) -> st.SearchStrategy[list[str]]:
    """Any subset of the given options, each with a generated value."""

    def given_as(name: str) -> st.SearchStrategy[list[str]]:
        value = dict(pairs)[name]
        return st.one_of(st.just([]), value.map(lambda v: [name, v]))

    chosen = [given_as(name) for name, _ in pairs]
    return st.tuples(*chosen).map(lambda parts: [w for part in parts for w in part])


@SETTINGS
@given(
    query=TEXT,
    limit=st.one_of(st.just([]), TEXT.map(lambda v: ["--limit", v])),
    explain=st.sampled_from([[], ["--explain"]]),
    fmt=FORMAT,
)
def test_ask(query: str, limit: list[str], explain: list[str], fmt: list[str]) -> None:
    invoke("ask", query, *limit, *explain, *fmt)


@SETTINGS
@given(
    filters=options(
        ("--source", TEXT),
        ("--kind", TEXT),
        ("--subject", TEXT),
        ("--since", TEXT),
        ("--until", TEXT),
        ("--sort", TEXT),
    ),
    fmt=FORMAT,
)
def test_list(filters: list[str], fmt: list[str]) -> None:
    invoke("list", *filters, *fmt)


@SETTINGS
@given(fact_id=TEXT, fmt=FORMAT)
def test_show(fact_id: str, fmt: list[str]) -> None:
    invoke("show", fact_id, *fmt)


@SETTINGS
@given(data=options(("--data", TEXT)), fmt=FORMAT)
def test_sources(data: list[str], fmt: list[str]) -> None:
    invoke("sources", *data, *fmt)


@SETTINGS
@given(data=options(("--data", TEXT)), builtin=st.sampled_from([[], ["--no-builtin"]]), fmt=FORMAT)
def test_verify(data: list[str], builtin: list[str], fmt: list[str]) -> None:
    invoke("verify", *data, *builtin, *fmt)


@SETTINGS
@given(choice=options(("--split", TEXT), ("--cases", TEXT)), fmt=FORMAT)
def test_evaluate(choice: list[str], fmt: list[str]) -> None:
    # Without --cases, a small set: the shipped splits' thousand queries would make each
    # example a whole evaluation, and the options are what is being fuzzed.
    cases = [] if "--cases" in choice else ["--cases", str(SMALL_CASES)]
    invoke("evaluate", *choice, *cases, *fmt)


@SETTINGS
@given(
    query=st.one_of(st.just([]), TEXT.map(lambda q: [q])),
    filters=options(("--source", TEXT), ("--kind", TEXT), ("--since", TEXT), ("--until", TEXT)),
    fmt=FORMAT,
)
def test_timeline(query: list[str], filters: list[str], fmt: list[str]) -> None:
    invoke("timeline", *query, *filters, *fmt)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the documents and tables Hypothesis writes, which pytest removes (a
    module's fixture: Hypothesis runs every example of a test in one call of it)."""
    return tmp_path_factory.mktemp("fuzz")


@SETTINGS
@given(
    content=st.one_of(TEXT, TEXT.map(lambda t: f" date 2026-02-07 {t}")),
    day=st.one_of(st.just([]), TEXT.map(lambda d: ["--date", d])),
    fmt=FORMAT,
)
def test_extract(documents: Path, content: str, day: list[str], fmt: list[str]) -> None:
    document = documents / "document.txt"
    document.write_bytes(content.encode("utf-8", "surrogatepass"))
    invoke("extract", str(document), "--no-builtin", *day, *fmt)


@SETTINGS
@given(path=TEXT)
def test_extract_paths(path: str) -> None:
    invoke("extract", path, "--no-builtin")


# Broken tables and special files: Hypothesis writes the table, and what its document is.

VALUES = st.one_of(
    TEXT.map(lambda t: json.dumps(t)),  # any string, escaped as TOML (JSON's escapes) takes it
    st.integers().map(str),
    st.integers(min_value=300, max_value=5_000).map(lambda n: "9" * n),
    st.integers(min_value=1, max_value=6_000).map(lambda n: "[" * n + "]" * n),
    st.sampled_from(["nan", "-inf", "1e999", "true", "{}", "[]", '"../x"', '"/etc/passwd"']),
)
FIELD = re.compile(r"^(\w+) = .*$", re.MULTILINE)


def _rewrite(table: str, at: int, value: str) -> str:
    """The table with the value of one of its fields (the at-th, wrapping round) replaced."""
    fields = list(FIELD.finditer(table))
    found = fields[at % len(fields)]
    return table[: found.start()] + f"{found[1]} = {value}" + table[found.end() :]


TABLES = st.one_of(
    st.tuples(st.integers(0, 100), VALUES).map(lambda c: _rewrite(USER_TABLE, *c)),
    st.tuples(st.integers(0, len(USER_TABLE)), TEXT).map(
        lambda c: USER_TABLE[: c[0]] + c[1] + USER_TABLE[c[0] :]
    ),
    st.sampled_from(["\ufeff" + USER_TABLE, USER_TABLE.replace("]]", "]", 1), ""]),
)


def _document(folder: Path, kind: str) -> None:
    path = folder / "news.txt"
    if kind == "text":
        path.write_text(DOCUMENT, encoding="utf-8")
    elif kind == "bad date":
        path.write_text(DOCUMENT.replace("2026-03-01", "2026-02-30"), encoding="utf-8")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind in ("/dev/zero", "/etc/hostname"):
        path.symlink_to(kind)
    elif kind == "link loop":
        path.symlink_to(path.name)


DOCUMENTS = st.sampled_from(
    ["text", "bad date", "fifo", "folder", "/dev/zero", "/etc/hostname", "link loop", "missing"]
)


def _blocked(signum: int, frame: object) -> None:
    raise TimeoutError("a command blocked on a broken table or a special file")


@settings(SETTINGS, max_examples=80)
@given(
    table=TABLES,
    document=DOCUMENTS,
    command=st.sampled_from(
        [["list", "--json"], ["verify", "--json"], ["list", "--format", "csv"]]
    ),
)
def test_broken_tables_and_special_files(
    documents: Path, table: str, document: str, command: list[str]
) -> None:
    folder = Path(tempfile.mkdtemp(dir=documents))
    (folder / "kherson.toml").write_text(table, encoding="utf-8", errors="surrogatepass")
    _document(folder, document)
    previous = signal.signal(signal.SIGALRM, _blocked)
    signal.alarm(20)
    try:
        result = invoke(*command, "--data", str(folder), "--no-builtin")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    if result.exit_code == 2 or (result.exit_code == 1 and command[0] == "list"):
        assert result.stderr.count("\n") == 1, result.stderr
    # Machine output is whole or absent: it parses, or there is none.
    if result.stdout and command[-1] == "--json":
        json.loads(result.stdout)
    assert "internal error" not in result.stderr, (table, document, result.stderr)


# Dates as news writes them, and as it mistypes them: a month beside a day number from 0 to
# 99, either way round, with or without a year ("August 00", "31 February 2025"), as many
# as Hypothesis draws of them.
MONTH_NAMES = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Oct Nov Dec"
).split()


def _day_phrase(month: str, number: int, padded: bool, first: bool, year: str) -> str:
    day = f"{number:02d}" if padded else str(number)
    return " ".join(w for w in ([day, month] if first else [month, day]) + [year] if w)


DAY_PHRASES = st.builds(
    _day_phrase,
    st.sampled_from(MONTH_NAMES),
    st.integers(min_value=0, max_value=99),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", "2024", "0", "1999", "2026"]),
)


@settings(SETTINGS, max_examples=150)
@given(first=DAY_PHRASES, second=DAY_PHRASES, future=st.booleans())
def test_any_day_and_month_gives_a_real_date_or_none(first: str, second: str, future: bool) -> None:
    from conflictfacts.extract import extract

    verb = "will meet" if future else "met"
    text = f" date 2026-02-07\nEnvoys {verb} on {first} and 5 people were hurt on {second}.\n"
    for fact in extract(text, "d.txt", Path("d.toml")).facts:
        assert _real(fact.date), fact.date


def _real(value: str) -> bool:
    """Whether a date extract gives is one: each end a year, month or day that exists."""
    for end in value.split("/") if value else ():
        if end != ".." and not re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", end):
            return False
        if len(end) == len("2026-02-07"):
            date.fromisoformat(end)
    return True


def test_the_first_days_or_months_of_anything_give_a_real_period_or_none() -> None:
    # Every unit, every count from none to a hundred million, of a year and of the war.
    from conflictfacts.findings import dates

    counts = ["0", "1", "two", "1.5", "12", "13", "53", "367", "600", "9,999", "100,000,000"]
    for unit in ("days", "weeks", "months", "years"):
        for count in counts:
            for of in ("2025", "the war", "the full-scale invasion", "the war in Gaza"):
                sentence = f"In the first {count} {unit} of {of}, 5 people died."
                found = dates(sentence, date(2026, 2, 7))
                assert all(_real(w.date) for w in found), (sentence, found)
