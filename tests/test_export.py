"""`export --sqlite`: a database that sqlite-utils (and so Datasette) opens as documented."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from tests.helpers import Run, shipped
from tests.test_standing import SUPERSEDED, tables


def test_the_shipped_table_exports_for_sqlite_utils(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "facts.db"
    result = run("export", "--sqlite", str(path))
    assert (result.exit_code, result.stdout) == (0, "")
    assert f"to {path}" in result.stderr
    db = sqlite_utils.Database(path)
    assert {"facts", "sources", "documents"} <= set(db.table_names())
    assert {"current_facts", "current_figures", "citations"} <= set(db.view_names())
    facts = db.table("facts")
    assert facts.count == len(shipped("fact")) and db.table("sources").count == 9
    assert facts.detect_fts() == "facts_fts"
    found = [row["id"] for row in facts.search("Donetsk oblast")]
    assert "donetsk-control-isw" in found
    links = {(k.column, k.other_table, k.other_column) for k in facts.foreign_keys}
    assert links == {
        ("source", "sources", "id"),
        ("reported_by", "sources", "id"),
        ("superseded_by", "facts", "id"),
        ("document_id", "documents", "id"),
    }
    assert list(db.execute("PRAGMA foreign_key_check").fetchall()) == []
    (seed,) = db.table("documents").rows
    assert (seed["published"], seed["publisher"], seed["described"]) == ("2026-02-07", "", 1)
    donetsk = db.table("facts").get("donetsk-control-isw")
    assert (donetsk["value"], donetsk["unit"], donetsk["end"]) == (70, "%", 2267)
    assert json.loads(db.table("sources").get("AP")["aliases"]) == ["The Associated Press"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1


def test_current_figures_give_the_successor(run: Run, user_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "mine.db"
    data = ("--data", str(tables(user_dir, SUPERSEDED)), "--no-builtin")
    assert run("export", "--sqlite", str(path), *data).exit_code == 0
    db = sqlite_utils.Database(path)
    figures = list(db.query("SELECT id, value FROM current_figures"))
    assert figures == [{"id": "kherson-ceasefire-five-days", "value": 5}]
    old = db.table("facts").get("kherson-ceasefire-held")
    assert (old["status"], old["superseded_by"]) == ("superseded", "kherson-ceasefire-five-days")


def test_export_replaces_its_own_file_whole_and_never_half(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "facts.db"
    path.touch()  # an empty file holds nothing to lose
    assert run("export", "--sqlite", str(path)).exit_code == 0
    assert sqlite3.connect(path).execute("SELECT count(*) FROM facts").fetchone()[0] > 0
    assert run("export", "--sqlite", str(path)).exit_code == 0  # an earlier export: replaced
    assert [p.name for p in tmp_path.iterdir()] == ["facts.db"]  # no temporary file left


def test_export_never_replaces_what_it_did_not_write(run: Run, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("my notes", encoding="utf-8")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE mine (x)").connection.commit()
    link = tmp_path / "link.db"
    link.symlink_to(text)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path, why in [
        (text, "not a SQLite database"),
        (other, "did not export"),
        (link, "is a link"),
        (fifo, "not a regular file"),
    ]:
        before = _identity(path)
        result = run("export", "--sqlite", str(path))
        assert (result.exit_code, result.stdout) == (2, ""), path
        assert why in result.stderr and len(result.stderr.splitlines()) == 1
        assert _identity(path) == before
    assert text.read_text(encoding="utf-8") == "my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "fifo",
        "link.db",
        "notes.txt",
        "other.db",
    ]


def test_export_troubles_are_one_line(run: Run, tmp_path: Path) -> None:
    missing = run("export")
    assert missing.exit_code == 2 and "export needs --sqlite FILE" in missing.stderr
    folder = run("export", "--sqlite", str(tmp_path))
    assert folder.exit_code == 2 and "is a folder" in folder.stderr and folder.stdout == ""
    nowhere = run("export", "--sqlite", str(tmp_path / "no" / "such" / "f.db"))
    assert nowhere.exit_code == 2 and "cannot write" in nowhere.stderr


def _identity(path: Path) -> tuple[int, ...]:
    """What replacing the file would change (not its access time, which reading it may)."""
    info = path.lstat()
    return (info.st_ino, info.st_mode, info.st_size, info.st_mtime_ns)
