"""Shell completion: scripts each shell accepts, that offer the commands, options and values."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from conflictfacts import completion
from conflictfacts.cli.commands import app
from conflictfacts.models import Format, Kind
from tests.helpers import Run, shipped

BIN = str(Path(sys.executable).parent)
COMMANDS = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
FACT_IDS = sorted(f["id"] for f in shipped("fact"))
SOURCE_IDS = sorted(s["id"] for s in shipped("source"))


def _environment() -> dict[str, str]:
    """This installation's conflictfacts first on PATH, and no user tables."""
    env = {k: v for k, v in os.environ.items() if k != "CONFLICTFACTS_DATA"}
    env["PATH"] = BIN + os.pathsep + env.get("PATH", "")
    return env


@pytest.fixture(scope="module")
def scripts() -> dict[str, str]:
    """Each shell's script, as `conflictfacts completion SHELL` prints it."""
    from typer.testing import CliRunner

    return {
        s.value: CliRunner().invoke(app, ["completion", s.value]).stdout for s in completion.Shell
    }


@pytest.mark.parametrize("shell", [s.value for s in completion.Shell])
def test_each_shell_accepts_its_script(scripts: dict[str, str], shell: str, tmp_path: Path) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    path = tmp_path / f"script.{shell}"
    path.write_text(scripts[shell], encoding="utf-8")
    checked = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
    assert (checked.returncode, checked.stderr) == (0, "")


@pytest.mark.parametrize("shell", [s.value for s in completion.Shell])
def test_every_command_and_option_is_in_the_script(scripts: dict[str, str], shell: str) -> None:
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert name in scripts[shell]
        for param in command.params:
            for option in (*param.opts, *param.secondary_opts):
                if option.startswith("-"):
                    written = option if shell != "fish" else option.lstrip("-")
                    assert written in scripts[shell], (name, option)


def _bash_completes(script: str, line: str, **env: str) -> list[str]:
    """What the bash script offers for line, completed at its end (a trailing space: a new
    word), run by bash itself (with env added to its environment)."""
    words = shlex.split(line) + ([""] if line.endswith(" ") else [])
    quoted = " ".join(shlex.quote(w) for w in words)
    program = (
        f"{script}\nCOMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}\n"
        '_conflictfacts; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(
        ["bash", "-c", program], capture_output=True, text=True, env=_environment() | env,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # As the line will hold them: a word with a space is escaped.
    return sorted(shlex.split(w)[0] for w in done.stdout.splitlines() if w)


BASH_CASES = [
    ("conflictfacts ", sorted([*COMMANDS, "--help", "--version"])),
    ("conflictfacts show ", FACT_IDS),
    ("conflictfacts show donetsk", [i for i in FACT_IDS if i.startswith("donetsk")]),
    ("conflictfacts list --source ", SOURCE_IDS),
    ("conflictfacts timeline --kind ", sorted(k.value for k in Kind)),
    ("conflictfacts ask Donetsk --format ", sorted(f.value for f in Format)),
    ("conflictfacts completion ", sorted(s.value for s in completion.Shell)),
    ("conflictfacts ask Donetsk --limit ", []),
    ("conflictfacts cache ", ["clear"]),
]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize(("line", "offered"), BASH_CASES)
def test_bash_completes(scripts: dict[str, str], line: str, offered: list[str]) -> None:
    assert offered or line.endswith("--limit ")
    assert _bash_completes(scripts["bash"], line) == offered


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_files_for_data(scripts: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text("", encoding="utf-8")
    line = f"conflictfacts list --data {tmp_path}/mi"
    assert _bash_completes(scripts["bash"], line) == [f"{tmp_path}/mine.toml"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_the_file_of_a_batch(scripts: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "questions.txt").write_text("", encoding="utf-8")
    line = f"conflictfacts ask --batch {tmp_path}/qu"
    assert _bash_completes(scripts["bash"], line) == [f"{tmp_path}/questions.txt"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_an_id_from_a_table_is_text_never_code(
    scripts: dict[str, str], user_dir: Path, tmp_path: Path
) -> None:
    # Anyone may write a table: a source id that looks like a command is offered as itself.
    planted = tmp_path / "planted"
    hostile = f"$(touch {planted})"
    table = (user_dir / "kherson.toml").read_text(encoding="utf-8")
    (user_dir / "kherson.toml").write_text(
        table.replace('"Officials"', json.dumps(hostile)), encoding="utf-8"
    )
    offered = _bash_completes(
        scripts["bash"], "conflictfacts list --source ", CONFLICTFACTS_DATA=str(user_dir)
    )
    assert hostile in offered and not planted.exists()


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_completes_fact_ids(scripts: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "conflictfacts.fish"
    path.write_text(scripts["fish"], encoding="utf-8")
    program = f"source {shlex.quote(str(path))}; complete -C 'conflictfacts show donetsk'"
    done = subprocess.run(
        ["fish", "-c", program], capture_output=True, text=True, env=_environment(), timeout=60
    )
    offered = sorted(line.split("\t")[0] for line in done.stdout.splitlines())
    assert offered == [i for i in FACT_IDS if i.startswith("donetsk")]


def test_the_lists_the_scripts_ask_for(run: Run, user_dir: Path) -> None:
    assert run("completion", "ids").stdout.splitlines() == FACT_IDS
    assert run("completion", "sources").stdout.splitlines() == SOURCE_IDS
    mine = run("completion", "ids", env={"CONFLICTFACTS_DATA": str(user_dir)}).stdout.splitlines()
    assert mine == sorted([*FACT_IDS, "kherson-ceasefire-held"])


def test_an_unknown_shell_is_a_usage_error(run: Run) -> None:
    result = run("completion", "bsh")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "did you mean 'bash'" in result.stderr


@pytest.mark.parametrize("text", ["$(rm -rf ~)", "a b", "x;y", "`id`", ""])
def test_nothing_unsafe_is_written_into_a_script(text: str) -> None:
    command = completion.Command(text, "help", ())
    with pytest.raises(ValueError, match="cannot write"):
        completion.script(completion.Shell.BASH, "conflictfacts", [command])


def test_a_start_does_not_load_the_script_writer() -> None:
    code = (
        "import sys, conflictfacts.cli.commands; print('conflictfacts.completion' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
