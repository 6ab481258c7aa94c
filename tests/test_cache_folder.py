"""The cache folder: what `cache` shows, what `cache clear` removes, and what a build prunes."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from conflictfacts import cache, cachefolder, formats
from conflictfacts.cachefolder import CacheFileKind
from conflictfacts.search import Index
from tests.helpers import Run, age, cache_folder

DAY_NS = 86_400 * 1_000_000_000

SQLITE = b"SQLite format 3\x00"
"""The header of an SQLite file: what a file of ours begins with."""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return cache_folder(tmp_path / "cache", monkeypatch)


@pytest.fixture
def user_dir(user_dir: Path) -> Path:
    """The user's folder, its files last changed a minute ago: a store built from them is
    saved."""
    age(*user_dir.iterdir())
    return user_dir


def _set_times(*paths: Path, used_ns: int) -> None:
    for path in paths:
        os.utime(path, ns=(used_ns, used_ns))


def _stores(folder: Path) -> list[Path]:
    return sorted(folder.glob("tables-*.sqlite3"))


def _build(*data: Path) -> Path:
    """Build and save the store for these tables; its file."""
    files = cache.table_files(list(data))
    cache.load(files)
    folder = cache.cache_dir()
    assert folder is not None
    return folder / f"tables-{cache._identity(files)}.sqlite3"


def _other_table(user_dir: Path, tmp_path: Path) -> Path:
    """A second table folder: another store in the cache."""
    other = tmp_path / "other"
    other.mkdir()
    for path in user_dir.iterdir():
        (other / path.name).write_bytes(path.read_bytes())
    age(*other.iterdir())
    return other


def test_cache_lists_each_file_and_the_tables_of_each_store(
    run: Run, folder: Path, user_dir: Path
) -> None:
    store = _build(user_dir)
    result = run("cache", "--json")
    assert result.exit_code == 0, result.stderr
    records = {Path(r["path"]): r for r in json.loads(result.stdout)}
    assert set(records) == {p for p in folder.iterdir()}
    assert records[store]["kind"] == "store"
    assert records[store]["size"] == store.stat().st_size
    assert records[store]["tables"] == [str(p.resolve()) for p in cache.table_files([user_dir])]
    assert all(list(r) == list(formats.CACHE_FIELDS) for r in records.values())


def test_cache_in_a_pipe_prints_a_row_for_each_file(run: Run, folder: Path, user_dir: Path) -> None:
    _build(user_dir)
    rows = [line.split("\t") for line in run("cache").stdout.splitlines()]
    assert sorted(Path(row[0]) for row in rows) == sorted(folder.iterdir())
    assert all(len(row) == len(formats.CACHE_FIELDS) for row in rows)


def test_cache_on_a_terminal_names_the_folder(run: Run, folder: Path, user_dir: Path) -> None:
    store = _build(user_dir)
    shown = run("cache", "--format", "table").stdout
    assert str(folder) in shown and store.name in shown


def test_an_empty_cache_is_said_on_stderr(run: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    result = run("cache", env={cache.CACHE_ENV: str(empty)})
    assert (result.exit_code, result.stdout) == (0, "")
    assert f"no cache files in {empty}" in result.stderr


def test_looking_at_the_cache_is_not_using_it(run: Run, folder: Path, user_dir: Path) -> None:
    store = _build(user_dir)
    long_ago = time.time_ns() - 40 * DAY_NS
    os.utime(store, ns=(long_ago, store.stat().st_mtime_ns))
    assert run("cache").exit_code == 0
    assert store.stat().st_atime_ns == long_ago


def test_opening_a_store_marks_it_used_once_a_day(
    folder: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _build(user_dir)
    saved = store.stat().st_mtime_ns
    two_days_ago = time.time_ns() - 2 * DAY_NS
    os.utime(store, ns=(two_days_ago, saved))
    before = time.time_ns()
    _build(user_dir)  # read from the cache
    assert store.stat().st_atime_ns >= before - 1_000_000_000
    assert store.stat().st_mtime_ns == saved  # the time that tells damage is kept
    assert [s.name for s in _stores(folder)] == [store.name]  # and it was not rebuilt
    # Used today already: opening it again writes nothing.
    writes: list[object] = []
    monkeypatch.setattr(os, "utime", lambda *args, **kwargs: writes.append(args))
    _build(user_dir)
    assert writes == []


def test_a_build_removes_what_was_unused_for_the_limit(
    folder: Path, user_dir: Path, tmp_path: Path
) -> None:
    old = _build(user_dir)
    stale_names = folder / "names-00000000.sqlite3"
    stale_names.write_bytes(SQLITE + b"an older version's names")
    recent_names = folder / "names-11111111.sqlite3"
    recent_names.write_bytes(SQLITE + b"another version's names, used lately")
    long_ago = time.time_ns() - (cachefolder.UNUSED_DAYS + 1) * DAY_NS
    _set_times(old, stale_names, used_ns=long_ago)
    _set_times(recent_names, used_ns=time.time_ns() - (cachefolder.UNUSED_DAYS - 1) * DAY_NS)
    new = _build(_other_table(user_dir, tmp_path))
    left = set(folder.iterdir())
    assert new in left and recent_names in left
    assert old not in left and stale_names not in left
    limit = time.time_ns() - cachefolder.UNUSED_DAYS * DAY_NS
    assert all(f.used_ns > limit for f in cachefolder.cache_files(folder))


def test_a_build_keeps_the_folder_under_the_size_limit_least_recently_used_first(
    folder: Path, user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _build(user_dir)
    filler = [folder / f"names-{n:08x}.sqlite3" for n in range(3)]
    for number, path in enumerate(filler):
        path.write_bytes(SQLITE + b"x" * 1000)
        _set_times(path, used_ns=time.time_ns() - (number + 2) * DAY_NS)
    _set_times(first, used_ns=time.time_ns() - DAY_NS)
    files = cachefolder.cache_files(folder)
    # Room for everything but the two least recently used fillers.
    oldest, second = filler[2], filler[1]
    limit = sum(f.size for f in files) - oldest.stat().st_size - second.stat().st_size
    new = _other_table(user_dir, tmp_path)
    monkeypatch.setattr(cachefolder, "SIZE_LIMIT", limit + 1 + _store_size(first))
    built = _build(new)
    left = set(folder.iterdir())
    assert built in left and first in left and filler[0] in left
    assert oldest not in left and second not in left
    assert sum(f.size for f in cachefolder.cache_files(folder)) <= cachefolder.SIZE_LIMIT


def _store_size(like: Path) -> int:
    """Room for one more store of the same size."""
    return like.stat().st_size


def test_the_store_just_built_is_kept_whatever_its_size(
    folder: Path, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cachefolder, "SIZE_LIMIT", 1)
    store = _build(user_dir)
    names = cache.load(cache.table_files([user_dir])).names.path
    assert store.exists() and Path(names).exists()


def test_clear_removes_every_cache_file_and_says_so(run: Run, folder: Path, user_dir: Path) -> None:
    _build(user_dir)
    dead = folder / ".conflictfacts-tables-0.sqlite3.999999999.tmp"  # a writer that is not running
    dead.write_bytes(b"half")
    living = folder / f".conflictfacts-tables-0.sqlite3.{os.getpid()}.tmp"  # a writer that runs
    living.write_bytes(b"half")
    ours = sorted(p for p in folder.iterdir() if p != living)
    result = run("cache", "clear")
    assert (result.exit_code, result.stdout) == (0, "")
    assert list(folder.iterdir()) == [living]
    said = result.stderr.splitlines()
    assert sorted(line.split()[2] for line in said if " removed " in line) == [str(p) for p in ours]
    assert any(str(living) in line and "running" in line for line in said)


def test_clear_with_json_prints_the_files_it_removed(
    run: Run, folder: Path, user_dir: Path
) -> None:
    _build(user_dir)
    before = sorted(str(p) for p in folder.iterdir())
    result = run("cache", "clear", "--json")
    assert result.exit_code == 0
    removed = json.loads(result.stdout)
    assert sorted(r["path"] for r in removed) == before
    assert {r["kind"] for r in removed} == {"store", "names"}
    store = next(r for r in removed if r["kind"] == "store")
    assert store["tables"] and all(t.endswith(".toml") for t in store["tables"])
    assert list(folder.iterdir()) == []
    again = run("cache", "clear", "--json")
    assert (again.exit_code, json.loads(again.stdout)) == (0, [])


@pytest.mark.parametrize(
    "name",
    [
        "notes.txt",
        # Names like ours, in a folder shared with other work: not the cache's to remove.
        "tables-2024-budget.sqlite3",
        "names-customers.sqlite3",
        "tables-000000000000.sqlite3",  # our name, but not a database
    ],
)
def test_clear_and_prune_leave_other_files_alone(
    run: Run, folder: Path, user_dir: Path, name: str
) -> None:
    mine = folder / name
    mine.write_bytes((SQLITE if "0000" not in name else b"") + b"someone's data")
    old = time.time_ns() - 400 * DAY_NS  # unused for over a year, by its times
    os.utime(mine, ns=(old, old))
    cache.load(cache.table_files([user_dir]))  # a build prunes
    assert mine.exists()
    assert run("cache", "clear").exit_code == 0
    assert mine.exists()


def test_a_store_open_while_the_cache_is_cleared_still_answers(
    run: Run, folder: Path, user_dir: Path
) -> None:
    files = cache.table_files([user_dir])
    cache.load(files)
    opened = cache.load(files)  # read from the saved file
    assert _stores(folder)
    assert run("cache", "clear").exit_code == 0
    assert not _stores(folder)
    answers = Index(opened).search("Kherson ceasefire", 5).matches
    assert [m.fact.id for m in answers] == ["kherson-ceasefire-held"]
    assert opened.get("kherson-ceasefire-held").value == 3


def test_cache_files_kinds(folder: Path, user_dir: Path) -> None:
    _build(user_dir)
    (folder / ".conflictfacts-names-0.sqlite3.999999999.tmp-journal").write_bytes(b"")
    kinds = {f.path.name.split("-")[0]: f.kind for f in cachefolder.cache_files(folder)}
    assert kinds == {
        "tables": CacheFileKind.STORE,
        "names": CacheFileKind.NAMES,
        ".conflictfacts": CacheFileKind.TEMPORARY,
    }


@pytest.mark.parametrize(
    ("size", "text"), [(0, "0 B"), (999, "999 B"), (98_300, "98.3 kB"), (500_000_000, "500 MB")]
)
def test_size_text(size: int, text: str) -> None:
    assert formats.size_text(size) == text
