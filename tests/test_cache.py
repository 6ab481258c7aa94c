"""The cache of compiled stores: the same answers as a fresh load, never stale, never unsafe."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conflictfacts import cache, store
from conflictfacts.build import compile_tables
from conflictfacts.errors import DataError
from conflictfacts.search import Index
from tests.helpers import USER_TABLE, Run, age, cache_folder, write


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return cache_folder(tmp_path / "cache", monkeypatch)


@pytest.fixture
def user_dir(user_dir: Path) -> Path:
    """The user's folder, its files last changed a minute ago: settled, so a store built
    from them is saved."""
    age(*user_dir.iterdir())
    return user_dir


def _files(user_dir: Path) -> list[Path]:
    return cache.table_files([user_dir], builtin=False)


def _saved(folder: Path) -> list[Path]:
    return sorted(folder.glob("tables-*.sqlite3"))


def _top(found: store.Store, query: str) -> list[tuple[str, float]]:
    return [(m.fact.id, m.score) for m in Index(found).search(query, 5).matches]


def test_a_cached_store_answers_as_a_fresh_one(folder: Path, user_dir: Path) -> None:
    files = cache.table_files([user_dir])
    built = cache.load(files)  # builds the cache
    cached = cache.load(files)  # reads it
    names = built.names
    db = sqlite3.connect(":memory:")
    compile_tables(db, files, names)
    fresh = store.Store(db, names, files)
    assert len(list(folder.glob("tables-*.sqlite3"))) == 1
    assert built.facts == cached.facts == fresh.facts
    assert cached.sources == fresh.sources
    for query in ["Donetsk control", "Kherson ceasefire", "prisoner swap", "donetks"]:
        assert _top(cached, query) == _top(fresh, query)


def test_the_cache_is_sqlite_in_the_cache_folder_only(folder: Path, user_dir: Path) -> None:
    cache.load(_files(user_dir))
    (path,) = _saved(folder)
    assert path.read_bytes().startswith(b"SQLite format 3\x00")  # rows, not pickled objects
    assert sorted(p.name for p in user_dir.iterdir()) == ["kherson.toml", "news.txt"]
    assert not list(Path(store.__file__).parent.glob("*.sqlite3"))


def test_editing_a_table_is_seen_at_once(folder: Path, user_dir: Path) -> None:
    table = user_dir / "kherson.toml"
    assert cache.load(_files(user_dir)).get("kherson-ceasefire-held").value == 3
    # The same size, written at once, and again within the clock's tick: each is seen.
    for value in (4, 5):
        write(table, USER_TABLE.replace("value = 3", f"value = {value}"))
        assert cache.load(_files(user_dir)).get("kherson-ceasefire-held").value == value


def test_a_store_built_from_a_file_just_changed_is_not_saved(folder: Path, user_dir: Path) -> None:
    write(user_dir / "kherson.toml", USER_TABLE.replace("value = 3", "value = 4"))
    assert cache.load(_files(user_dir)).get("kherson-ceasefire-held").value == 4
    assert _saved(folder) == []  # it may change again within the same clock tick
    age(user_dir / "kherson.toml")
    cache.load(_files(user_dir))
    assert len(_saved(folder)) == 1


def test_a_document_edited_during_the_build_is_seen_next_time(
    folder: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import conflictfacts.build

    real = conflictfacts.build.compile_tables
    document = user_dir / "news.txt"

    def edited_meanwhile(*args: Any) -> Any:
        documents = real(*args)  # has read the document
        document.write_text(document.read_text().replace("three", "eerht"), encoding="utf-8")
        return documents

    monkeypatch.setattr(conflictfacts.build, "compile_tables", edited_meanwhile)
    cache.load(_files(user_dir))
    monkeypatch.undo()
    with pytest.raises(DataError, match="quote differs"):
        cache.load(_files(user_dir))


def test_freshness_is_checked_on_the_files_whatever_the_working_folder(
    folder: Path, user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same tables, named relative to one folder, then from another that holds an old
    # copy of them with the same times: the copy must not pass for the tables.
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(user_dir, elsewhere / user_dir.name)  # keeps the times
    monkeypatch.chdir(user_dir.parent)
    relative = cache.table_files([Path(user_dir.name)], builtin=False)
    assert cache.load(relative).get("kherson-ceasefire-held").value == 3
    write(user_dir / "kherson.toml", USER_TABLE.replace("value = 3", "value = 5"))
    monkeypatch.chdir(elsewhere)
    assert cache.load(_files(user_dir)).get("kherson-ceasefire-held").value == 5


def test_a_store_names_its_tables_as_this_run_does(
    folder: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(user_dir.parent)
    cache.load(cache.table_files([Path(user_dir.name)], builtin=False))
    monkeypatch.chdir(user_dir)
    again = cache.load(cache.table_files([Path(".")], builtin=False))
    fact = again.get("kherson-ceasefire-held")
    assert fact.table == Path("kherson.toml") and again.document_date(fact) == "2026-03-01"


def test_editing_a_document_is_seen_at_once(folder: Path, user_dir: Path) -> None:
    cache.load(_files(user_dir))
    document = user_dir / "news.txt"
    document.write_text(document.read_text().replace("three", "three"[::-1]), encoding="utf-8")
    with pytest.raises(DataError, match="quote differs"):
        cache.load(_files(user_dir))


def test_an_old_file_changed_later_is_seen(folder: Path, user_dir: Path) -> None:
    table = user_dir / "kherson.toml"
    os.utime(table, ns=(1_000_000_000, 1_000_000_000))  # long before any build
    cache.load(_files(user_dir))
    write(table, USER_TABLE.replace("value = 3", "value = 5"))
    assert cache.load(_files(user_dir)).get("kherson-ceasefire-held").value == 5


def test_a_corrupt_cache_is_rebuilt_quietly(folder: Path, user_dir: Path) -> None:
    cache.load(_files(user_dir))
    (path,) = _saved(folder)
    path.write_bytes(b"not a database at all" * 100)
    assert cache.load(_files(user_dir)).count == 1
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def noise_in_the_middle(path: Path) -> None:
    # From the facts table's first page on, which every command reads (the middle of the
    # file may be a table only some commands read).
    with sqlite3.connect(path) as db:
        (size,) = db.execute("PRAGMA page_size").fetchone()
        (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'facts'").fetchone()
    db.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(bytes(range(256)) * 16)  # 4 KB


def drop_the_words(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE words")
    db.close()


def delete_some_facts(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM facts WHERE row > 5")
    db.close()


def a_folder_in_its_place(path: Path) -> None:
    path.unlink()
    path.mkdir()


@pytest.mark.parametrize(
    "damage", [noise_in_the_middle, drop_the_words, delete_some_facts, a_folder_in_its_place]
)
def test_a_damaged_cache_is_never_used(
    folder: Path, user_dir: Path, damage: Callable[[Path], None]
) -> None:
    files = cache.table_files([user_dir])
    expected = [(f.id, f.value) for f in cache.load(files).facts]
    (path,) = _saved(folder)
    damage(path)
    again = cache.load(files)
    assert [(f.id, f.value) for f in again.facts] == expected
    assert _top(again, "Donetsk control")[0][0] == "donetsk-control-isw"


def a_broken_fact_row(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE facts SET body = '{not json' WHERE row = 0")
    db.close()


@pytest.mark.parametrize("damage", [noise_in_the_middle, a_broken_fact_row])
def test_damage_that_keeps_the_file_s_time_is_one_line_and_gone(
    folder: Path, user_dir: Path, run: Run, damage: Callable[[Path], None]
) -> None:
    assert run("list", "--data", str(user_dir)).exit_code == 0
    (path,) = _saved(folder)
    (names,) = folder.glob("names-*.sqlite3")
    os.link(names, folder.parent / "names.kept")  # to put back: compiling takes seconds
    kept = path.stat().st_mtime_ns
    damage(path)
    os.utime(path, ns=(kept, kept))
    result = run("list", "--data", str(user_dir), "--json")
    assert (result.exit_code, result.stdout) == (2, "")  # no half a JSON document
    assert result.stderr.startswith("conflictfacts: the cache is damaged (")
    assert result.stderr.endswith(": run the command again\n") and result.stderr.count("\n") == 1
    assert not path.exists() and not names.exists()
    os.link(folder.parent / "names.kept", names)
    assert run("list", "--data", str(user_dir)).exit_code == 0


def test_a_cache_from_another_schema_is_rebuilt(folder: Path, user_dir: Path) -> None:
    cache.load(_files(user_dir))
    (path,) = _saved(folder)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    db.close()
    assert cache.load(_files(user_dir)).count == 1
    with sqlite3.connect(path) as db:
        assert (
            db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == store.SCHEMA
        )
    db.close()


def test_deleting_the_cache_folder_during_a_build_is_safe(
    folder: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import conflictfacts.build

    real = conflictfacts.build.compile_tables

    def deleted_meanwhile(*args: Any) -> Any:
        documents = real(*args)
        shutil.rmtree(folder)
        return documents

    monkeypatch.setattr(conflictfacts.build, "compile_tables", deleted_meanwhile)
    assert cache.load(_files(user_dir)).get("kherson-ceasefire-held").value == 3


def test_files_left_by_a_killed_build_are_removed_by_the_next(folder: Path, user_dir: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(dead.stdout)
    leftovers = [
        folder / f".conflictfacts-tables-x.sqlite3.{pid}.tmp",
        folder / f".conflictfacts-tables-x.sqlite3.{pid}.tmp-journal",
    ]
    ours = folder / f".conflictfacts-tables-y.sqlite3.{os.getpid()}.tmp"  # a build still running
    for path in (*leftovers, ours):
        path.write_bytes(b"half a database")
    cache.load(_files(user_dir))
    assert [p.exists() for p in (*leftovers, ours)] == [False, False, True]


def test_a_broken_table_leaves_no_cache(folder: Path, user_dir: Path) -> None:
    write(user_dir / "kherson.toml", USER_TABLE.replace('kind = "event"', 'kind = "weather"'))
    with pytest.raises(DataError):
        cache.load(_files(user_dir))
    assert list(folder.glob("tables-*")) == list(folder.glob(".*.tmp*")) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders anyway")
def test_a_read_only_cache_folder_still_answers(folder: Path, user_dir: Path) -> None:
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert cache.load(_files(user_dir)).count == 1
        assert list(folder.glob("tables-*")) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_an_unwritable_cache_folder_still_answers(
    tmp_path: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file where the folder should be: it cannot be created, whoever runs the tests.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert cache.load(_files(user_dir)).count == 1


def test_each_set_of_tables_has_its_own_cache(folder: Path, user_dir: Path) -> None:
    cache.load(cache.table_files([]))
    cache.load(cache.table_files([user_dir]))
    assert len(list(folder.glob("tables-*.sqlite3"))) == 2
    assert not list(folder.glob(".*.tmp*"))


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"CONFLICTFACTS_CACHE_DIR": "/x/y"}, "/x/y"),
        ({"XDG_CACHE_HOME": "/xdg"}, "/xdg/conflictfacts"),
        ({"XDG_CACHE_HOME": "relative", "HOME": "/home/u"}, "/home/u/.cache/conflictfacts"),
        ({"HOME": "/home/u"}, "/home/u/.cache/conflictfacts"),
        ({"CONFLICTFACTS_CACHE_DIR": " ", "HOME": "/home/u"}, "/home/u/.cache/conflictfacts"),
        ({"HOME": ""}, "None"),
        ({"HOME": "relative"}, "None"),
    ],
)
def test_cache_dir(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str) -> None:
    for name in ("CONFLICTFACTS_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert str(cache.cache_dir()) == expected


_PARALLEL_HARNESS = """
import sys
from conflictfacts import facts
facts._PARALLEL_BYTES = 0  # so that this small set is read by worker processes too
from conflictfacts.entry import main
sys.argv = ["conflictfacts", *sys.argv[1:]]
main()
"""


def _wait_for_workers(pid: int) -> None:
    """Until the process has started worker processes (Linux's /proc tells), or 20 s."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if children.exists() and children.read_text().split():
            time.sleep(0.2)  # and they have set themselves up (a worker ignores Ctrl-C)
            return
        time.sleep(0.02)
    raise AssertionError("no worker process started")


@pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs Linux's /proc to see the worker processes",
)
def test_ctrl_c_during_a_parallel_build_ends_at_once(folder: Path, tmp_path: Path) -> None:
    generate = Path(__file__).parent.parent / "bench" / "generate.py"
    tables = tmp_path / "big"
    subprocess.run([sys.executable, str(generate), "20001", str(tables)], check=True)
    command = [sys.executable, "-c", _PARALLEL_HARNESS, "list", "--no-builtin", "--data"]
    process = subprocess.Popen(
        [*command, str(tables)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # a group of its own, as a terminal's Ctrl-C reaches
    )  # fmt: skip
    _wait_for_workers(process.pid)  # the build takes seconds: they are reading tables now
    assert process.poll() is None, process.communicate()[1]  # not yet ended
    os.killpg(process.pid, signal.SIGINT)
    try:
        _, stderr = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raise
    assert (process.returncode, stderr) == (130, "conflictfacts: interrupted\n")
    assert list(folder.glob(".*")) == []  # no temporary file, no journal


def test_a_source_dated_in_the_future_does_not_stop_the_cache(folder: Path, user_dir: Path) -> None:
    later = time.time_ns() + 86_400 * 1_000_000_000  # a clock a day fast
    for path in user_dir.iterdir():
        os.utime(path, ns=(later, later))
    cache.load(_files(user_dir))
    assert len(_saved(folder)) == 1


def test_the_sweep_leaves_other_programs_temporaries_alone(folder: Path, user_dir: Path) -> None:
    # A cache folder may be shared (CONFLICTFACTS_CACHE_DIR=/tmp): only our own names go.
    other = folder / ".editor-backup.999999999.tmp"
    other.write_bytes(b"someone else's")
    cache.load(_files(user_dir))
    assert other.exists()
