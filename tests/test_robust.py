"""Broken tables, odd terminals, large input and hostile text: one clear line and a
meaningful exit code, never a traceback, never a wrong byte."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import USER_TABLE, Run, write

TABLE = "kherson.toml"
Break = Callable[[Path], None]


def _edit(old: str, new: str) -> Break:
    def apply(folder: Path) -> None:
        assert old in USER_TABLE
        write(folder / TABLE, USER_TABLE.replace(old, new))

    return apply


def _bytes(name: str, content: bytes) -> Break:
    def apply(folder: Path) -> None:
        (folder / name).write_bytes(content)

    return apply


def _duplicate(folder: Path) -> None:
    write(folder / "second.toml", USER_TABLE.split("[[fact]]")[1].join(["[[fact]]", ""]))


BROKEN: dict[str, tuple[Break, str, int]] = {
    # case: (how to break the table, what stderr must say, verify's exit code)
    "toml syntax": (_edit("[[fact]]", "[[fact]"), "not valid TOML", 2),
    "missing field": (_edit('subject = "Kherson ceasefire"\n', ""), "missing field 'subject'", 2),
    "wrong type": (_edit("start = 17", 'start = "17"'), "'start' must be a whole number", 2),
    "duplicate id": (_duplicate, "duplicate id", 2),
    "table not utf-8": (
        _bytes(TABLE, USER_TABLE.encode().replace(b"Officials", b"Offic\xe9als")),
        "not UTF-8",
        2,
    ),
    "outside folder": (
        _edit('document = "news.txt"', 'document = "../../etc/passwd"'),
        "points outside the table's folder",
        2,
    ),
    "offsets past end": (_edit("end = 87", "end = 870"), "run past the end", 1),
    "quote differs": (_edit("held for [sic]", "held for [sick]"), "quote differs", 1),
    "missing document": (lambda folder: (folder / "news.txt").unlink(), "not found in", 1),
    "document not utf-8": (_bytes("news.txt", b"\xff\xfe broken"), "is not UTF-8", 1),
}


@pytest.mark.parametrize("case", BROKEN)
@pytest.mark.parametrize(
    "command", [["ask", "Kherson"], ["list"], ["show", "kherson-ceasefire-held"]]
)
def test_a_broken_table_is_refused_with_one_line(
    run: Run, user_dir: Path, case: str, command: list[str]
) -> None:
    spoil, says, _ = BROKEN[case]
    spoil(user_dir)
    result = run(*command, "--data", str(user_dir), "--no-builtin")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1, result.stderr
    assert says in result.stderr and str(user_dir) in result.stderr


@pytest.mark.parametrize("case", BROKEN)
def test_verify_tells_a_failed_citation_from_a_broken_table(
    run: Run, user_dir: Path, case: str
) -> None:
    spoil, says, code = BROKEN[case]
    spoil(user_dir)
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == code, result.output
    assert says in result.stdout + result.stderr


def test_the_line_of_a_faulty_fact_is_named(run: Run, user_dir: Path) -> None:
    _edit("start = 17", 'start = "17"')(user_dir)
    result = run("list", "--data", str(user_dir))
    assert f"{user_dir / TABLE}:6: fact 'kherson-ceasefire-held':" in result.stderr


# terminals


@pytest.mark.parametrize("columns", ["30", "300"])
@pytest.mark.parametrize(
    "command", [["ask", "Donetsk control"], ["list"], ["show", "donetsk-control-isw"], ["sources"]]
)
def test_narrow_and_wide_terminals(run: Run, columns: str, command: list[str]) -> None:
    result = run(*command, "--format", "table", env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= int(columns)


COLOUR = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m")
"""An SGR sequence that sets a foreground or background colour."""


def _on_a_terminal(args: list[str], **env: str) -> str:
    """What the installed command prints to a real (pseudo) terminal."""
    main, other = pty.openpty()
    command = [sys.executable, "-m", "conflictfacts", *args]
    environment = {**os.environ, "COLUMNS": "100", **env}
    child = subprocess.Popen(command, stdout=other, stderr=other, env=environment)
    os.close(other)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    child.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


def test_a_terminal_gets_a_table_in_colour() -> None:
    shown = _on_a_terminal(["ask", "Donetsk control"], TERM="xterm-256color")
    assert "╭" in shown and "\x1b[" in shown


def test_no_color_turns_colour_off() -> None:
    shown = _on_a_terminal(["ask", "Donetsk control"], TERM="xterm-256color", NO_COLOR="1")
    assert "╭" in shown
    assert "\x1b[1m" in shown  # bold stays: NO_COLOR is about colour
    assert not COLOUR.search(shown), COLOUR.search(shown)


def test_a_dumb_terminal_gets_no_escape_sequences() -> None:
    shown = _on_a_terminal(["ask", "Donetsk control"], TERM="dumb")
    assert "donetsk-control-isw" in shown and "\x1b" not in shown


@pytest.mark.parametrize(
    "environment", [{"PYTHONIOENCODING": "ascii"}, {"LANG": "C", "LC_ALL": "C"}]
)
@pytest.mark.parametrize(
    "command",
    [["list", "--format", "table"], ["show", "trump-donbas-cut-up"], ["sources", "--json"]],
)
def test_stdout_that_is_not_utf8(environment: dict[str, str], command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "conflictfacts", *command],
        capture_output=True,
        env={**os.environ, **environment},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr


def test_a_home_and_cache_that_cannot_be_written(tmp_path: Path) -> None:
    home = tmp_path / "home-is-a-file"
    home.write_text("")
    environment = {k: v for k, v in os.environ.items() if k != "CONFLICTFACTS_CACHE_DIR"}
    environment.update(HOME=str(home), XDG_CACHE_HOME=str(home / "cache"))
    done = subprocess.run(
        [sys.executable, "-m", "conflictfacts", "ask", "Donetsk control"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("donetsk-control-isw\t")


# size


def test_a_megabyte_query_is_refused_with_its_limit(run: Run) -> None:
    result = run("ask", "donetsk " * 131_072)
    assert result.exit_code == 2
    assert result.stderr == (
        "conflictfacts: the query is 1,048,576 characters long; the limit is 1,000\n"
    )


def test_a_huge_id_is_refused_in_one_line(run: Run) -> None:
    result = run("show", "x" * 1_000_000)
    assert result.exit_code == 2 and len(result.stderr) < 200


def test_a_fifty_megabyte_document_is_handled(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    quote = "Officials said the ceasefire around Kherson held for [sic] three days."
    filler = "Nothing to see here. " * (50 * 2**20 // 21)
    (folder / "news.txt").write_text(filler + quote, encoding="utf-8")
    start = len(filler)
    table = USER_TABLE.replace("start = 17", f"start = {start}")
    write(folder / TABLE, table.replace("end = 87", f"end = {start + len(quote)}"))
    assert run("verify", "--data", str(folder), "--no-builtin").exit_code == 0
    found = run("ask", "Kherson ceasefire", "--data", str(folder), "--no-builtin")
    assert found.exit_code == 0 and found.stdout.startswith("kherson-ceasefire-held\t")
    shown = run("show", "kherson-ceasefire-held", "--data", str(folder), "--no-builtin")
    assert shown.exit_code == 0 and "Nothing to see here." in shown.stdout


def test_a_document_over_the_limit_is_refused(run: Run, user_dir: Path) -> None:
    with (user_dir / "news.txt").open("r+b") as document:
        document.truncate(101 << 20)  # sparse: its size says 101 MB, nothing is written
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 1
    assert "is 101 MB; documents are limited to 100 MB" in result.stdout
    result = run("extract", str(user_dir / "news.txt"), "--no-builtin")
    assert result.exit_code == 2 and result.stdout == ""
    assert "101 MB; documents are limited to 100 MB" in result.stderr


# tables and documents are data


def test_format_strings_in_data_are_printed_as_written(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "fmt"
    folder.mkdir()
    text = "Officials said {0} %s {statement!r} $(rm -rf /) `id` held, yes\ttab."
    (folder / "news.txt").write_text(f" date 2026-03-01 {text}\n", encoding="utf-8")
    table = USER_TABLE.replace(
        "Officials said the ceasefire around Kherson held for [sic] three days.", text
    ).replace("end = 87", f"end = {17 + len(text)}")
    write(
        folder / TABLE, table.replace("A ceasefire around", 'A ceasefire, \\"so to say\\", around')
    )
    for fmt in ("json", "csv", "tsv", "jsonl"):
        result = run("list", "--data", str(folder), "--no-builtin", "--format", fmt)
        assert result.exit_code == 0, result.output
        if fmt == "json":
            assert json.loads(result.stdout)[0]["quote"] == text
        elif fmt == "jsonl":
            assert json.loads(result.stdout)["quote"] == text
        elif fmt == "csv":
            (record,) = csv.DictReader(io.StringIO(result.stdout))
            assert record["quote"] == text  # a tab is quoted text in CSV, as in JSON
            assert record["statement"].startswith('A ceasefire, "so to say", around')
        else:
            lines = result.stdout.splitlines()
            assert len(lines) == 2 and lines[1].count("\t") == lines[0].count("\t")
            assert "{0} %s {statement!r} $(rm -rf /) `id`" in lines[1]


def test_terminal_controls_in_data_are_escaped_but_kept(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "controls"
    folder.mkdir()
    text = "Officials said \x9b31mthe ceasefire\u202e held\x1b[0m for three days."
    (folder / "news.txt").write_text(f" date 2026-03-01 {text}\n", encoding="utf-8")
    table = USER_TABLE.replace(
        '"Officials said the ceasefire around Kherson held for [sic] three days."',
        json.dumps(text),  # TOML takes JSON's escapes: ESC cannot stand raw in a table
    ).replace("end = 87", f"end = {17 + len(text)}")
    write(folder / TABLE, table)
    for fmt in ("json", "jsonl"):
        out = run("list", "--data", str(folder), "--no-builtin", "--format", fmt).stdout
        # Written as JSON escapes, none acts on a terminal; decoded, the quote is exact.
        assert "\\u009b31m" in out and "\\u202e" in out and "\\u001b[0m" in out
        assert not re.search("[\x1b\x9b\u202e]", out)
        decoded = json.loads(out)
        assert (decoded[0] if fmt == "json" else decoded)["quote"] == text
