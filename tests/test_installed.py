"""The installed `conflictfacts` command, run as a real process from a folder of its own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
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


SDIST_TESTS = [
    "tests/test_docs.py::test_quick_start_is_two_commands_and_ci_runs_the_second",
    "tests/test_docs.py::test_readme_lists_every_json_field_in_order",
    "tests/test_extract.py::test_the_gold_lists_fit_their_texts",
]
"""A test for each thing outside the package the suite reads: the README and .ci/run, the
extraction bench and its texts (every file of the suite's folders must be in the sdist too;
bench/generate.py is run on its own)."""
SDIST_FOLDERS = ("tests", "bench", "scripts", "seeds")
"""The folders outside the package whose every file the tests may read."""


def _files(root: Path, folder: str) -> set[str]:
    """The files under root/folder, as paths relative to root: those git tracks in a
    clone (not what .gitignore leaves out, as the sdist does), every one but bytecode in an
    unpacked sdist."""
    if (root / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(
            ["git", "ls-files", "--", folder], cwd=root, capture_output=True, text=True, check=True
        )
        return set(listed.stdout.splitlines())
    return {
        str(p.relative_to(root))
        for p in (root / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_the_sdist_ships_what_its_tests_need(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    build = [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)]
    subprocess.run(build, cwd=root, check=True, capture_output=True, timeout=120)
    (archive,) = tmp_path.glob("conflictfacts-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    for needed in ("LICENSE", "NOTICE", ".ci/run", "bench/generate.py", "seeds", "scripts"):
        assert (unpacked / needed).exists(), needed
    for folder in SDIST_FOLDERS:  # what any test may import or read, without collecting them
        assert _files(root, folder) <= _files(unpacked, folder), folder
    # Install it, and take its package away: the tests must then run on what was installed.
    site = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
               "--no-build-isolation", "--target", str(site), str(archive)]  # fmt: skip
    subprocess.run(install, check=True, capture_output=True, timeout=300)
    shutil.rmtree(unpacked / "conflictfacts")
    from conflictfacts import cache

    cache.load(cache.table_files([]))  # the names compiled in this session's cache, to lend
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        "CONFLICTFACTS_TEST_NAMES_FROM": os.environ[cache.CACHE_ENV],
    }
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SDIST_TESTS],
        cwd=unpacked, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout[-2000:]
    generated = subprocess.run(
        [sys.executable, "bench/generate.py", "50", str(tmp_path / "generated")],
        cwd=unpacked, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert generated.returncode == 0 and list((tmp_path / "generated").glob("*.toml"))
    assert str(site) in subprocess.run(
        [sys.executable, "-c", "import conflictfacts; print(conflictfacts.__file__)"],
        cwd=unpacked, env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip


_INTERRUPTED_WHILE_IMPORTING = """
import os, signal, sys

class Interrupt:
    # Ctrl-C at a known moment: as the modules every start needs load, before any command runs.
    def find_spec(self, name, path, target=None):
        if name == "conflictfacts.cli.running":
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, Interrupt())
sys.argv = ["conflictfacts", "ask", "Donetsk control"]
from conflictfacts.entry import main
main()
"""


def test_ctrl_c_while_starting_is_one_line_and_130(tmp_path: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WHILE_IMPORTING],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert (ran.returncode, ran.stdout, ran.stderr) == (130, "", "conflictfacts: interrupted\n")
