"""Faults an adversarial user tried (issue 10): each gives one clear line and a meaningful exit
code, never a hang, a leak of a file outside a table's folder, or output a script would take as
whole when it is not."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conflictfacts import dates, text, verify
from conflictfacts.errors import UsageError
from conflictfacts.extract import document_date
from conflictfacts.store import Store
from tests.helpers import DOCUMENT, USER_TABLE, Run, quoting, write


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail, instead of hanging the suite, when a command blocks (a FIFO, an endless file)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("the command blocked")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _one_line(result: object, says: str) -> None:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert stderr.count("\n") == 1 and says in stderr, stderr
    assert "internal error" not in stderr and "Traceback" not in stderr


def _table(folder: Path, text: str, name: str = "kherson.toml") -> Path:
    folder.mkdir(exist_ok=True)
    return write(folder / name, text)


# 3. extract --new-only matches cited spans by the document's path and content


def test_new_only_does_not_drop_another_document_of_the_same_name(
    run: Run, user_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere"
    other.mkdir()
    # Same name as the cited news.txt, other text: nothing in it is cited yet.
    text = " date 2026-03-02 Officials said 40 drones were shot down over Odesa.\n"
    (other / "news.txt").write_text(text, encoding="utf-8")
    result = run("extract", str(other / "news.txt"), "--new-only", "--data", str(user_dir))
    assert result.exit_code == 0, result.output
    assert "40 drones" in result.stdout


def test_new_only_drops_what_is_cited_from_the_same_text(
    run: Run, user_dir: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "news.txt").write_text(DOCUMENT, encoding="utf-8")
    for document in (user_dir / "news.txt", copy / "news.txt"):
        result = run("extract", str(document), "--new-only", "--data", str(user_dir))
        assert (result.exit_code, result.stdout) == (1, ""), result.output
        assert "cited by the loaded tables already" in result.stderr


# 4. a document's date line is checked, by the one parser verify and extract share


@pytest.mark.parametrize(
    ("head", "day", "error"),
    [
        (" date 2026-03-01 Text.", date(2026, 3, 1), ""),
        ("date 2026-03-01\nText.", date(2026, 3, 1), ""),
        ("No date line here.", None, ""),
        ("date night in Kyiv", None, ""),
        (" date 2026-13-45 Text.", None, "'2026-13-45' is not a real date"),
        (" date 2026-02-30 Text.", None, "February 2026 has 28 days"),
        (" date \u0662\u0660\u0662\u0666-03-01 Text.", None, "YYYY-MM-DD"),
        (" date 2026-3-1 Text.", None, "YYYY-MM-DD"),
    ],
)
def test_the_date_line(head: str, day: date | None, error: str) -> None:
    found = dates.date_line(head)
    assert found.day == day
    assert error in found.error if error else found.error == ""


def test_verify_and_timeline_refuse_a_date_line_that_is_no_date(run: Run, user_dir: Path) -> None:
    (user_dir / "news.txt").write_text(DOCUMENT.replace("2026-03-01", "2026-13-45"), "utf-8")
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 1 and "'2026-13-45' is not a real date" in result.stdout
    shown = run("timeline", "--data", str(user_dir), "--no-builtin", "--format", "table")
    assert (shown.exit_code, shown.stdout) == (2, "")
    _one_line(shown, "'2026-13-45' is not a real date")


def test_a_date_line_in_other_digits_is_refused(run: Run, user_dir: Path) -> None:
    arabic = "\u0662\u0660\u0662\u0666-\u0660\u0663-\u0660\u0661"  # 2026-03-01
    text = DOCUMENT.replace("2026-03-01", arabic)
    (user_dir / "news.txt").write_text(text, "utf-8")
    table = USER_TABLE.replace("start = 17", f"start = {text.index('Officials')}")
    write(user_dir / "kherson.toml", table.replace("end = 87", f"end = {text.index('days') + 5}"))
    assert run("verify", "--data", str(user_dir), "--no-builtin").exit_code == 1
    result = run("extract", str(user_dir / "news.txt"), "--no-builtin")
    assert (result.exit_code, result.stdout) == (2, "")
    _one_line(result, "YYYY-MM-DD")


def test_extract_takes_the_date_line_from_the_same_parser() -> None:
    with pytest.raises(UsageError, match="'2026-13-45' is not a real date"):
        document_date(" date 2026-13-45 Text.", None)
    # Given --date, a faulty first line is still not part of the text.
    assert document_date(" date 2026-13-45 Text.", "2026-03-01") == (date(2026, 3, 1), 17)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2026-13", "there is no month 13"),
        ("2026-02-30", "February 2026 has 28 days"),
        ("0000", "years run from 0001 to 9999"),
        ("\u0662\u0660\u0662\u0666", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_a_date_that_is_not_real_says_why(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        dates.parse_span(text)


def test_the_last_month_of_the_calendar_is_a_real_date() -> None:
    assert dates.parse_span("9999-12") == (date(9999, 12, 1), date(9999, 12, 31))
    assert dates.parse_bound("9999-12", upper=True) == date(9999, 12, 31)


# 5. documents are read only from inside their table's folder, links resolved


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside the user's table folder whose text the table quotes exactly."""
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "news.txt").write_text(DOCUMENT, encoding="utf-8")
    return outside


@pytest.mark.parametrize("link", ["file", "folder"])
def test_a_link_out_of_the_table_folder_is_refused(
    run: Run, user_dir: Path, secret: Path, link: str
) -> None:
    (user_dir / "news.txt").unlink()
    if link == "file":
        (user_dir / "news.txt").symlink_to(secret / "news.txt")
    else:
        (user_dir / "linked").symlink_to(secret)
        write(user_dir / "kherson.toml", USER_TABLE.replace('"news.txt"', '"linked/news.txt"'))
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 2 and "outside the table's folder" in result.stdout
    shown = run("show", "kherson-ceasefire-held", "--data", str(user_dir), "--no-builtin")
    assert (shown.exit_code, shown.stdout) == (2, "")
    _one_line(shown, "outside the table's folder")


def test_a_link_within_the_table_folder_is_followed(run: Run, user_dir: Path) -> None:
    (user_dir / "news.txt").rename(user_dir / "real.txt")
    (user_dir / "news.txt").symlink_to("real.txt")
    assert run("verify", "--data", str(user_dir), "--no-builtin").exit_code == 0


# 6. only regular files are read, and the bytes read are counted


def test_a_fifo_as_a_document_does_not_hang(run: Run, user_dir: Path, deadline: None) -> None:
    (user_dir / "news.txt").unlink()
    os.mkfifo(user_dir / "news.txt")
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 1 and "'news.txt' is a FIFO, not a regular file" in result.stdout
    listed = run("list", "--data", str(user_dir), "--no-builtin")
    assert (listed.exit_code, listed.stdout) == (2, "")
    _one_line(listed, "not a regular file")
    extracted = run("extract", str(user_dir / "news.txt"), "--no-builtin")
    assert extracted.exit_code == 2 and "not a regular file" in extracted.stderr


def test_a_fifo_as_a_table_does_not_hang(run: Run, user_dir: Path, deadline: None) -> None:
    os.mkfifo(user_dir / "waiting.toml")
    for command in (["list"], ["verify"]):
        result = run(*command, "--data", str(user_dir), "--no-builtin")
        assert (result.exit_code, result.stdout) == (2, "")
        _one_line(result, "not a regular file")


def test_an_endless_device_is_refused(run: Run, tmp_path: Path, deadline: None) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    result = run("extract", str(tmp_path / "zero.txt"), "--no-builtin", "--date", "2026-03-01")
    assert (result.exit_code, result.stdout) == (2, "")
    _one_line(result, "not a regular file")


def test_the_limit_counts_bytes_read_not_the_size_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status = Path("/proc/self/status")  # a regular file whose size reads 0
    assert status.stat().st_size == 0
    monkeypatch.setattr(verify, "MAX_DOCUMENT", 64)
    with pytest.raises(verify.DocumentTooLarge):
        verify.read_document(status)


# 9. machine output is whole or absent


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "toml"])
def test_a_fault_while_writing_leaves_stdout_empty(
    run: Run, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    read = Store._fact
    seen = []

    def failing(self: Store, body: str, tbl: int, line: int | None) -> object:
        seen.append(body)
        if len(seen) > 3:  # a fault reported as the core reports faults (not one in SQLite,
            # which would remove the tests' own cache files)
            raise UsageError("a fault midway")
        return read(self, body, tbl, line)

    monkeypatch.setattr(Store, "_fact", failing)
    result = run("list", "--format", fmt)
    assert result.exit_code != 0 and len(seen) > 3
    assert result.stdout == ""


# internal errors become one clear line


def _deep(folder: Path) -> Path:
    return _table(folder, "[[fact]]\nid = " + "[" * 5000 + "]" * 5000 + "\n", "deep.toml")


def test_a_deeply_nested_table_is_one_line(run: Run, tmp_path: Path) -> None:
    table = _deep(tmp_path / "deep")
    result = run("list", "--data", str(table.parent), "--no-builtin")
    assert (result.exit_code, result.stdout) == (2, "")
    _one_line(result, f"{table}: nested too deeply")
    result = run("evaluate", "--cases", str(table))
    assert (result.exit_code, result.stdout) == (2, "")
    _one_line(result, f"{table}: nested too deeply")


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("value = 3", "value = " + "9" * 400, "'value' is too large"),
        ("start = 17", "start = " + "9" * 400, "'start' is too large"),
        ("end = 87", "end = " + "9" * 5000, "integer with too many digits"),
    ],
)
def test_a_huge_integer_is_one_line(
    run: Run, user_dir: Path, old: str, new: str, says: str
) -> None:
    write(user_dir / "kherson.toml", USER_TABLE.replace(old, new))
    for command in ("list", "verify"):
        result = run(command, "--data", str(user_dir), "--no-builtin")
        assert result.exit_code == 2, result.output
        assert says in result.stdout + result.stderr
        assert "internal error" not in result.stderr


def test_a_nul_in_a_document_name_is_one_line(run: Run, user_dir: Path) -> None:
    write(user_dir / "kherson.toml", USER_TABLE.replace('"news.txt"', '"news\\u0000.txt"'))
    result = run("list", "--data", str(user_dir), "--no-builtin")
    assert (result.exit_code, result.stdout) == (2, "")
    _one_line(result, f"{user_dir / 'kherson.toml'}:6: fact 'kherson-ceasefire-held': document")


@pytest.mark.parametrize("kind", ["loop", "folder"])
def test_a_table_that_is_a_link_loop_or_a_folder_is_one_line(
    run: Run, user_dir: Path, kind: str
) -> None:
    odd = user_dir / "x.toml"
    if kind == "loop":
        odd.symlink_to("x.toml")
    else:
        odd.mkdir()
    for command in ("list", "verify"):
        result = run(command, "--data", str(user_dir), "--no-builtin")
        assert (result.exit_code, result.stdout) == (2, ""), result.output
        _one_line(result, str(odd))


def test_a_table_of_sources_only_answers_nothing(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "sources-only"
    _table(folder, '[[source]]\nid = "Kremlin"\nname = "Kremlin press office"\nkind = "person"\n')
    for command in (["ask", "Kremlin press office"], ["timeline", "Kremlin"]):
        result = run(*command, "--data", str(folder), "--no-builtin")
        assert (result.exit_code, result.stdout) == (1, "")
        _one_line(result, "no ")


def test_a_limit_past_any_integer_is_a_usage_error(run: Run) -> None:
    result = run("ask", "Donetsk control", "--limit", "9999999999999999999999")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "--limit" in result.stderr and "internal error" not in result.stderr
    assert run("ask", "Donetsk control", "--limit", str(2**31 - 1)).exit_code == 0


def _shell(script: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    command = f"{sys.executable} -m conflictfacts {script}"
    environment = {**os.environ, **env}
    return subprocess.run(["sh", "-c", command], capture_output=True, env=environment, timeout=60)


@pytest.mark.parametrize(
    ("script", "says"),
    [
        ("--version >&-", "cannot write to stdout: it is closed"),
        ("--version >/dev/full", "cannot write to stdout: No space left on device"),
        ("list --json >/dev/full", "cannot write to stdout: No space left on device"),
        ("--help >/dev/full", "cannot write to stdout: No space left on device"),
        ("ask -h >/dev/full", "cannot write to stdout: No space left on device"),
    ],
)
def test_stdout_closed_or_full_is_one_line(script: str, says: str) -> None:
    done = _shell(script)
    assert done.returncode == 2
    assert done.stderr.decode() == f"conflictfacts: {says}\n"


_ASK_HELP = " (see 'conflictfacts ask -h')"


@pytest.mark.parametrize(
    ("script", "says"),
    [
        ("ask Donetsk control", "Got unexpected extra argument(s) (control)" + _ASK_HELP),
        ("ask -Donetsk", "No such option: -D" + _ASK_HELP),
        ("bogus", "No such command 'bogus' (see 'conflictfacts -h')"),
        ("ask x --limit 0", "Invalid value for '--limit' / '-n': 0 is not in the range "
         "1<=x<=2147483647" + _ASK_HELP),
    ],
)  # fmt: skip
def test_a_command_line_that_cannot_be_read_is_one_line(script: str, says: str) -> None:
    done = _shell(script)
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode() == f"conflictfacts: {says}\n"


def test_with_stderr_closed_the_exit_status_still_tells() -> None:
    assert _shell("list 2>&-").returncode == 0
    assert _shell("show no-such-fact 2>&-").returncode == 2


# output that must stay valid


def test_toml_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    text = " date 2026-03-01 Officials in Z\u00fcrich said\u00a0talks would start on 9 March.\n"
    (tmp_path / "news.txt").write_text(text, encoding="utf-8")
    done = _shell(f"extract {tmp_path / 'news.txt'} --no-builtin", PYTHONIOENCODING="ascii")
    assert done.returncode == 0, done.stderr
    (fact,) = tomllib.loads(done.stdout.decode("utf-8"))["fact"]
    assert fact["quote"] == text[17:].strip()


HOSTILE = "Officials said \x9b31m the\u202e ceasefire\u2028held, \u2066for\x85 three days."


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return quoting(tmp_path / "hostile", HOSTILE)


def test_toml_escapes_c1_controls_and_bidi_marks(run: Run, hostile: Path) -> None:
    result = run("list", "--data", str(hostile), "--no-builtin", "--format", "toml")
    assert result.exit_code == 0, result.output
    assert not any(c in result.stdout for c in "\x9b\u202e\u2066\x85\u2028")
    assert tomllib.loads(result.stdout)["fact"][0]["quote"] == HOSTILE


def test_tsv_and_jsonl_rows_stay_one_line(run: Run, hostile: Path) -> None:
    for fmt in ("tsv", "jsonl"):
        result = run("list", "--data", str(hostile), "--no-builtin", "--format", fmt)
        assert len(result.stdout.splitlines()) == (2 if fmt == "tsv" else 1), result.stdout


def test_csv_keeps_tabs_and_carriage_returns_as_quoted_text(run: Run, tmp_path: Path) -> None:
    said = "Officials said\tthe ceasefire held\r\nfor three days."
    folder = quoting(tmp_path / "layout", said)
    result = run("list", "--data", str(folder), "--no-builtin", "--format", "csv")
    # As written: Result.stdout turns \r\n into \n.
    (record,) = csv.DictReader(io.StringIO(result.stdout_bytes.decode(), newline=""))
    assert record["quote"] == said


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_cannot_start_a_formula(run: Run, tmp_path: Path, lead: str) -> None:
    folder = tmp_path / "formula"
    folder.mkdir()
    (folder / "news.txt").write_text(DOCUMENT, encoding="utf-8")
    statement = f'{lead}HYPERLINK("http://example.invalid","three days")'
    table = USER_TABLE.replace(
        '"A ceasefire around Kherson held for three days."', json.dumps(statement)
    )
    write(folder / "kherson.toml", table.replace("value = 3", "value = -3"))
    result = run("list", "--data", str(folder), "--no-builtin", "--format", "csv")
    (record,) = csv.DictReader(io.StringIO(result.stdout, newline=""))
    assert record["statement"] == "'" + statement
    assert record["value"] == "-3"  # a number is not a formula


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", True), ("UTF8", True), ("utf_8", True), ("ascii", False), ("latin-1", False),
     ("", False), (None, False), ("no-such-codec", False)],
)  # fmt: skip
def test_whether_a_stream_is_utf8_is_asked_in_one_place(
    encoding: str | None, expected: bool
) -> None:
    assert text.utf8(encoding) is expected


# smaller


def test_a_fact_line_inside_a_string_does_not_shift_the_lines(run: Run, user_dir: Path) -> None:
    first = USER_TABLE.split("[[fact]]")[1]
    tricky = first.replace(
        'statement = "A ceasefire around Kherson held for three days."',
        "statement = '''A ceasefire\n[[fact]]\naround Kherson held for three days.'''",
    ).replace('date = "2026-03-01"', 'date_text = """\n[[fact]]"""\ndate = "2026-03-01"')
    second = first.replace("kherson-ceasefire-held", "second-fact").replace("start = 17", "x = 1")
    write(user_dir / "kherson.toml", USER_TABLE.split("[[fact]]")[0] + "[[fact]]" + tricky
          + "[[fact]]" + second)  # fmt: skip
    text = (user_dir / "kherson.toml").read_text()
    line = text[: text.rindex("[[fact]]")].count("\n") + 1
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert f"kherson.toml:{line}: fact 'second-fact': unknown field 'x'" in result.stdout


def test_a_byte_order_mark_is_named(run: Run, user_dir: Path) -> None:
    (user_dir / "kherson.toml").write_bytes(b"\xef\xbb\xbf" + USER_TABLE.encode())
    result = run("list", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 2
    _one_line(result, "byte order mark")


def test_a_source_problem_names_its_line_and_the_other_table(run: Run, user_dir: Path) -> None:
    other = USER_TABLE.split("[[fact]]")[0].replace("Unnamed officials", "Some officials")
    write(user_dir / "more.toml", "# another table\n\n" + other)
    result = run("verify", "--data", str(user_dir), "--no-builtin")
    assert result.exit_code == 2
    assert (
        f"{user_dir / 'more.toml'}:3: source 'Officials' is defined differently in "
        f"{user_dir / 'kherson.toml'}:1 (name: 'Unnamed officials' there, 'Some officials' here)"
    ) in result.stdout


def test_ask_on_a_very_narrow_terminal_prints_rows(run: Run) -> None:
    result = run("ask", "Donetsk control", "--format", "table", env={"COLUMNS": "12"})
    assert result.exit_code == 0
    assert result.stdout.startswith("donetsk-control-isw\t")


def test_toml_escapes_delete_in_all_ascii_text(run: Run, tmp_path: Path) -> None:
    # DEL is ASCII: text with nothing else unusual in it must still come out valid TOML.
    said = "Officials said the ceasefire\x7f held for three days."
    folder = quoting(tmp_path / "del", said)
    result = run("list", "--data", str(folder), "--no-builtin", "--format", "toml")
    assert result.exit_code == 0, result.output
    assert tomllib.loads(result.stdout)["fact"][0]["quote"] == said
