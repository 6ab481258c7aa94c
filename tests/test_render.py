"""Terminal renders, compared with golden files at 100 columns with colour off.

After an intended change to the output, rewrite the golden files with
`UPDATE_GOLDEN=1 pytest tests/test_render.py` and read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import Run

GOLDEN = Path(__file__).parent / "golden"

CASES = {
    "ask-donetsk-control": ["ask", "Donetsk control"],
    "ask-next-talks": ["ask", "where will the next talks be held?", "--limit", "3"],
    "ask-explain": ["ask", "Kiev refuses withdrawing", "--explain", "--limit", "1"],
    "evaluate": ["evaluate", "--cases", str(GOLDEN / "evaluate-cases.toml")],
    "list-isw": ["list", "--source", "ISW"],
    "list-deadlines": ["list", "--kind", "deadline"],
    "show-donetsk-control-isw": ["show", "donetsk-control-isw"],
    "show-next-talks-likely-miami": ["show", "next-talks-likely-miami"],
    "sources": ["sources"],
    "timeline": ["timeline"],
    "timeline-talks": ["timeline", "talks"],
}


@pytest.mark.parametrize("name", CASES)
def test_golden(run: Run, name: str) -> None:
    result = run(*CASES[name], "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_golden_files_have_no_escape_sequences() -> None:
    for golden in GOLDEN.glob("*.txt"):
        assert "\x1b" not in golden.read_text(encoding="utf-8"), golden
