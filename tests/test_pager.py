"""The pager: a tall table on a terminal is paged, anything else is printed as it was."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conflictfacts.cli import pager
from tests.helpers import Run

PAGES = pager.Situation(
    terminal=True, term="xterm", refused=False, command="less", lines=80, height=24
)
"""A situation in which every condition holds."""

SPOILERS = {
    "stdout is a terminal": {"terminal": False},
    "the terminal is not dumb": {"term": "dumb"},
    "--no-pager is not given": {"refused": True},
    "a pager is set": {"command": "cat"},
    "the text is taller than the terminal": {"lines": 24},
}
"""For each condition, a change to PAGES that breaks it alone."""


def test_every_condition_is_tested() -> None:
    assert sorted(SPOILERS) == sorted(name for name, _ in pager.CONDITIONS)


def test_a_tall_table_on_a_terminal_is_paged() -> None:
    assert pager.decide(PAGES) == pager.Verdict(True, ())


@pytest.mark.parametrize("condition", sorted(SPOILERS))
def test_each_condition_alone_stops_paging(condition: str) -> None:
    verdict = pager.decide(PAGES._replace(**SPOILERS[condition]))  # type: ignore[arg-type]
    assert verdict == pager.Verdict(False, (condition,))


@pytest.mark.parametrize("command", ["", "  ", "cat"])
def test_an_empty_pager_or_cat_means_none(command: str) -> None:
    assert not pager.decide(PAGES._replace(command=command)).page


@pytest.mark.parametrize(
    ("env", "command"),
    [
        ({}, "less"),
        ({"PAGER": "more"}, "more"),
        ({"PAGER": "more", "CONFLICTFACTS_PAGER": "less -S"}, "less -S"),
        ({"PAGER": "more", "CONFLICTFACTS_PAGER": ""}, ""),
        ({"PAGER": ""}, ""),
    ],
)
def test_the_pager_command(env: dict[str, str], command: str) -> None:
    assert pager.pager_command(env) == command


def test_the_users_less_settings_are_kept() -> None:
    assert pager.pager_environment({})["LESS"] == "FRX"
    assert pager.pager_environment({"LESS": "-S"})["LESS"] == "-S"


def test_a_pipe_is_never_paged(run: Run, tmp_path: Path) -> None:
    seen = tmp_path / "paged"
    script = _recording_pager(tmp_path, seen)
    result = run("list", "--format", "table", env={"PAGER": str(script), "LINES": "5"})
    assert result.exit_code == 0
    assert "Statement" in result.stdout
    assert not seen.exists()


def _recording_pager(folder: Path, seen: Path) -> Path:
    """A pager that writes its LESS setting and its input to the file seen."""
    script = folder / "pager.sh"
    script.write_text(f'#!/bin/sh\necho "LESS=$LESS" > "{seen}"\ncat >> "{seen}"\n')
    script.chmod(0o755)
    return script


def _on_terminal(*args: str, env: dict[str, str]) -> tuple[int, str]:
    """Run conflictfacts in a real process with a terminal for stdout: its exit status, and
    what the terminal showed."""
    cli = shutil.which("conflictfacts", path=str(Path(sys.executable).parent))
    assert cli is not None
    environment = {k: v for k, v in os.environ.items() if k not in ("LESS", "NO_COLOR")}
    environment.update({"TERM": "xterm", "COLUMNS": "80", "LINES": "10", **env})
    parent, child = pty.openpty()
    try:
        process = subprocess.Popen(
            [cli, *args], stdout=child, stderr=subprocess.DEVNULL, env=environment
        )
    finally:
        os.close(child)
    shown = b""
    while True:  # read as it comes: a terminal holds only a few kilobytes unread
        try:
            chunk = os.read(parent, 1 << 16)
        except OSError:  # the process has closed the terminal: all is read
            break
        if not chunk:
            break
        shown += chunk
    os.close(parent)
    process.wait(timeout=60)
    return process.returncode, shown.decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a POSIX terminal")
def test_a_tall_table_goes_to_the_pager_in_colour(tmp_path: Path) -> None:
    seen = tmp_path / "paged"
    env = {"PAGER": str(_recording_pager(tmp_path, seen))}
    code, shown = _on_terminal("list", env=env)
    paged = seen.read_text("utf-8")
    assert code == 0
    assert paged.startswith("LESS=FRX\n")
    assert "Statement" in paged and "\x1b[" in paged  # the table, its colour kept
    assert "Statement" not in shown

    seen.unlink()
    code, shown = _on_terminal("list", "--no-pager", env=env)
    assert (code, seen.exists()) == (0, False)
    assert "Statement" in shown


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a POSIX terminal")
@pytest.mark.parametrize(
    "env",
    [
        {"PAGER": "conflictfacts-no-such-pager"},
        {"PAGER": "cat"},
        {"TERM": "dumb"},
        {"PAGER": "false"},  # a pager that fails: the table must not be lost
    ],
)
def test_without_a_pager_that_runs_the_table_is_printed(env: dict[str, str]) -> None:
    code, shown = _on_terminal("list", env=env)
    assert code == 0
    assert "Statement" in shown
