"""`ask`'s quick path (cli/quick.py): the forms it reads give what Typer gives, byte for byte,
and every other form is left to Typer."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from conflictfacts.cli import answer, quick
from conflictfacts.cli.commands import app
from conflictfacts.models import Format
from tests.helpers import age

QUERIES = [
    "Donetsk control",
    "what share of Kharkiv oblast is Russian controlled",
    "  ",
    "x" * 2001,
]

OPTIONS: list[list[str]] = [
    [], ["--json"], ["--format", "csv"], ["-f", "TSV"], ["--format=markdown"], ["-f", "toml"],
    ["--format", "jsonl"], ["--limit", "1"], ["-n", "2", "--json"], ["--limit=3"],
    ["--fields", "id,value"], ["--fields=id,nonsense"], ["--explain"], ["--explain", "--json"],
    ["--no-explain", "--no-pager"], ["--json", "--format", "csv"], ["--no-builtin"],
    ["--json", "--json"], ["--fields", "id", "--explain"],
]  # fmt: skip
"""Options the quick path reads, alone and together, including ones the command refuses."""


def _typer(args: list[str], env: dict[str, str]) -> Result:
    return CliRunner().invoke(app, args, env=env)


def _quick(args: list[str], env: dict[str, str]) -> Result:
    runner = CliRunner()
    with runner.isolation(env=env) as (out, err, mixed):
        code = quick.quickly(["conflictfacts", *args])
        assert code is not None, args
        sys.stdout.flush()
        sys.stderr.flush()
        return Result(runner, out.getvalue(), err.getvalue(), mixed.getvalue(), None, code, None)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.delenv("CONFLICTFACTS_DATA", raising=False)
    return {"COLUMNS": "100", "NO_COLOR": "1"}


def test_every_form_it_reads_gives_what_typer_gives(env: dict[str, str], user_dir: Path) -> None:
    age(*user_dir.iterdir())  # its store is then built once and kept
    options = [*OPTIONS, ["--data", str(user_dir), "--json"], [f"--data={user_dir}", "-n", "1"]]
    checked = 0
    for at, (query, extra) in enumerate(itertools.product(QUERIES, options)):
        args = ["ask", *extra, query] if at % 2 else ["ask", query, *extra]  # either order
        assert quick.parse(args) is not None, args
        want, got = _typer(args, env), _quick(args, env)
        assert (got.exit_code, got.stdout, got.stderr) == (
            want.exit_code, want.stdout, want.stderr,
        ), args  # fmt: skip
        checked += 1
    assert checked == len(QUERIES) * len(options)


def test_a_query_after_a_double_dash_is_read(env: dict[str, str]) -> None:
    args = ["ask", "--json", "--", "Donetsk control"]
    assert _quick(args, env).stdout == _typer(args, env).stdout


@pytest.mark.parametrize(
    "args",
    [
        [], ["list"], ["--version"], ["ask"], ["ask", "-h"], ["ask", "Donetsk", "--help"],
        ["ask", "Donetsk", "control"], ["ask", "--batch", "questions.txt"], ["ask", "-n5", "x"],
        ["ask", "--limit", "0", "x"], ["ask", "--limit", "+5", "x"], ["ask", "--limit", "٥", "x"],
        ["ask", "--limit", "1", "--limit", "2", "x"], ["ask", "--explain", "--no-explain", "x"],
        ["ask", "--format", "xml", "x"], ["ask", "--format", "JSON", "--format", "csv", "x"],
        ["ask", "-5% casualties"], ["ask", "--", "-5%"], ["ask", "x", "--limit"],
        ["ask", "--limit=", "x"], ["ask", "--json=1", "x"], ["ask", "--source", "ISW", "x"],
        ["ask", "Donetsk \udcff"], ["ask", "-"],
    ],
)  # fmt: skip
def test_other_forms_are_left_to_typer(args: list[str]) -> None:
    assert quick.parse(args) is None
    assert quick.quickly(["conflictfacts", *args]) is None


def test_what_it_reads() -> None:
    asked = quick.parse(
        ["ask", "-f", "CSV", "--data", "a", "--limit=7", "q", "--data=b", "--no-builtin"]
    )
    want = answer.Asked("q", 7, data=["a", "b"], no_builtin=True, fmt=Format.CSV)
    assert asked == (want, False)
    assert quick.parse(["ask", "q", "--no-pager"]) == (answer.Asked("q"), True)


def test_a_quick_start_loads_no_typer_and_no_rich() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['conflictfacts', 'ask', 'Donetsk control', '--json']\n"
        "from conflictfacts.entry import main\n"
        "try:\n    main()\n"
        "except SystemExit as done:\n"
        "    loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich'))\n"
        "    print(done.code, loaded, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert '"id": "donetsk-control-isw"' in done.stdout
    assert done.stderr.strip() == "0 []"
