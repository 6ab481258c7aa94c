"""Whatever it is given, every command answers with exit 0, 1 or 2 and never a traceback, and
nothing it prints can act on a terminal. Hypothesis writes the input: arbitrary Unicode,
controls, escape sequences, Rich markup, emoji codes, bidirectional marks, NUL, huge strings."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from conflictfacts.cli import app_for
from conflictfacts.store import Store

EXAMPLES = 2_000
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


_DOCUMENTS = Path(tempfile.mkdtemp(prefix="conflictfacts-fuzz-"))


@SETTINGS
@given(
    content=st.one_of(TEXT, TEXT.map(lambda t: f" date 2026-02-07 {t}")),
    day=st.one_of(st.just([]), TEXT.map(lambda d: ["--date", d])),
    fmt=FORMAT,
)
def test_extract(content: str, day: list[str], fmt: list[str]) -> None:
    document = _DOCUMENTS / "document.txt"
    document.write_bytes(content.encode("utf-8", "surrogatepass"))
    invoke("extract", str(document), "--no-builtin", *day, *fmt)


@SETTINGS
@given(path=TEXT)
def test_extract_paths(path: str) -> None:
    invoke("extract", path, "--no-builtin")
