"""The installed `conflictfacts` command, run as a real process from a folder of its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXECUTABLE = shutil.which("conflictfacts", path=str(Path(sys.executable).parent))


def cli(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    assert EXECUTABLE, "conflictfacts is not installed beside this Python: pip install ."
    environment = {k: v for k, v in os.environ.items() if k != "CONFLICTFACTS_DATA"}
    return subprocess.run(
        [EXECUTABLE, *args],
        cwd=cwd,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_ask_and_verify_from_another_folder(tmp_path: Path) -> None:
    found = cli("ask", "Donetsk control", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    first = found.stdout.split("\t")
    assert first[0] == "donetsk-control-isw" and 0 < float(first[1]) <= 100
    assert found.stderr == ""
    verified = cli("verify", cwd=tmp_path)
    assert verified.returncode == 0, verified.stdout
    assert "every citation holds" in verified.stderr


def test_nothing_found_exits_1(tmp_path: Path) -> None:
    missing = cli("ask", "Kherson control", cwd=tmp_path)
    assert (missing.returncode, missing.stdout) == (1, "")


@pytest.mark.skipif(not shutil.which("bash") or not shutil.which("head"), reason="needs bash")
def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    assert EXECUTABLE
    # `head` leaves after one line; the later runs write into a pipe with no reader.
    script = (
        "set -o pipefail; "
        f'for i in 1 2 3 4 5 6; do "{EXECUTABLE}" list --format jsonl; sleep 0.1; done | head -1'
    )
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert done.stdout.startswith('{"id": "us-deadline-june"')
    assert (done.returncode, done.stderr) == (0, "")


def test_an_ascii_terminal_gets_escapes_not_a_crash(tmp_path: Path) -> None:
    shown = cli("ask", "Trump cut up", "-f", "table", cwd=tmp_path, PYTHONIOENCODING="ascii")
    assert shown.returncode == 0, shown.stderr
    assert "\\u201c" in shown.stdout or "\\u2019" in shown.stdout
    as_json = cli("ask", "Trump cut up", "--json", cwd=tmp_path, PYTHONIOENCODING="ascii")
    assert as_json.returncode == 0 and "\\u2019" in as_json.stdout


def test_python_dash_m(tmp_path: Path) -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "conflictfacts", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert shown.returncode == 0 and shown.stdout.startswith("conflictfacts ")
