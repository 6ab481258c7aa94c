"""The docs cannot drift: every command has help with a working example, and the README
shows real output, every JSON field, and the same test command that CI runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer

from conflictfacts.cli.commands import app
from conflictfacts.formats import RECORD_FIELDS
from tests.helpers import DOCUMENT, Run

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]


def test_commands_are_the_documented_ones() -> None:
    assert COMMANDS == [
        "ask",
        "list",
        "timeline",
        "show",
        "sources",
        "documents",
        "verify",
        "evaluate",
        "extract",
        "check",
        "export",
        "cache",
        "completion",
    ]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example_that_works(
    run: Run, command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run where an installed user would: in a folder of their own, holding their document
    # (news.txt), not in a clone of this repository.
    (tmp_path / "news.txt").write_text(DOCUMENT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shown = run(command, "--help")
    assert shown.exit_code == 0
    example = re.search(r"Example:\n\s+(conflictfacts .+)", shown.stdout)
    assert example, f"{command} --help has no example"
    argv = shlex.split(example[1])[1:]
    assert argv[0] == command
    assert run(*argv).exit_code == 0, example[1]


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_documents_each_command(command: str) -> None:
    assert f"conflictfacts {command}" in README


def test_readme_lists_every_json_field_in_order() -> None:
    table = README.split("A fact in JSON", 1)[1].split("An empty result", 1)[0]
    documented = re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", table, re.MULTILINE)
    names = [name for pair in documented for name in pair if name]
    assert names == [*RECORD_FIELDS, "score", "coverage", "check"]  # check: extract only


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    install_and_ask, install_and_test = _quick_start()
    assert 'conflictfacts ask "Donetsk control"' in install_and_ask
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert install_and_test in ci.splitlines()


def _console_example(command: str) -> str:
    block = README.split(f"$ {command}\n", 1)[1]
    return block.split("```", 1)[0]


def test_readme_terminal_example_is_real_output(run: Run) -> None:
    command = 'conflictfacts ask "how much of Donetsk does Russia control?" --limit 2'
    result = run(*shlex.split(command)[1:], "--format", "table")
    assert result.stdout == _console_example(command)


def test_readme_pipe_example_is_real_output(run: Run) -> None:
    shown = _console_example('conflictfacts ask "ISW Russia control" | cut -f1-6')
    rows = run("ask", "ISW Russia control").stdout.splitlines()
    assert shown.splitlines() == ["\t".join(row.split("\t")[:6]) for row in rows]


@pytest.mark.parametrize(
    "query",
    [
        "what share of Kharkiv oblast is Russian controlled",
        "how many prisoners were exchanged",
        "what did Putin say about the June deadline",
    ],
)
def test_readme_no_answer_examples_are_real_output(run: Run, query: str) -> None:
    shown = _console_example(f'conflictfacts ask "{query}"').splitlines()
    message = next(line for line in shown if line.startswith("conflictfacts: "))
    result = run("ask", query)
    assert (result.exit_code, result.stdout, result.stderr.strip()) == (1, "", message)


def test_readme_related_example_is_real_output(run: Run) -> None:
    command = 'conflictfacts ask "how many prisoners were exchanged"'
    shown = _console_example(command).split("conflictfacts: ", 1)[0]
    result = run(*shlex.split(command)[1:], "--format", "table")
    assert [line.rstrip() for line in result.stdout.splitlines()] == [
        line.rstrip() for line in shown.splitlines()
    ]


def test_typer_is_below_the_version_that_slows_start_up() -> None:
    major, minor = (int(p) for p in typer.__version__.split(".")[:2])
    assert (major, minor) < (0, 29)


def _questions() -> str:
    """What the README's printf writes to questions.txt."""
    written = re.search(r"\$ printf '(.+?)' > questions.txt", README)
    assert written, "the README's batch example writes no questions.txt"
    return written[1].replace("\\n", "\n")


@pytest.mark.parametrize(
    "command",
    [
        "conflictfacts ask --batch questions.txt --json --fields id,value",
        "conflictfacts ask --batch questions.txt --fields id,value,date",
    ],
)
def test_readme_batch_examples_are_real_output(
    run: Run, command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "questions.txt").write_text(_questions(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shown = _console_example(command).splitlines()
    result = run(*shlex.split(command)[1:])
    said = [line for line in shown if line.startswith("conflictfacts: ")]
    assert result.stdout.splitlines() == [line for line in shown if line not in said]
    assert result.stderr.splitlines() == said


def test_readme_fields_example_is_real_output(run: Run) -> None:
    command = "conflictfacts list --kind territory --fields id,value,unit,date"
    assert run(*shlex.split(command)[1:]).stdout == _console_example(command)
