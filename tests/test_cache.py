"""The cache of compiled stores: the same answers as a fresh load, never stale, never unsafe."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from conflictfacts import cache, store
from conflictfacts.build import compile_tables
from conflictfacts.errors import DataError
from conflictfacts.search import Index
from tests.helpers import USER_TABLE, seed_names, write


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = seed_names(tmp_path / "cache")
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


def _files(user_dir: Path) -> list[Path]:
    return cache.table_files([user_dir], builtin=False)


def _top(found: store.Store, query: str) -> list[tuple[str, float]]:
    return [(m.fact.id, m.score) for m in Index(found).search(query, 5).matches]


def test_a_cached_store_answers_as_a_fresh_one(folder: Path, user_dir: Path) -> None:
    files = cache.table_files([user_dir])
    built = cache.load(files)  # builds the cache
    cached = cache.load(files)  # reads it
    names = built.names
    db = sqlite3.connect(":memory:")
    compile_tables(db, files, names)
    fresh = store.Store(db, names)
    assert len(list(folder.glob("tables-*.sqlite3"))) == 1
    assert built.facts == cached.facts == fresh.facts
    assert cached.sources == fresh.sources
    for query in ["Donetsk control", "Kherson ceasefire", "prisoner swap", "donetks"]:
        assert _top(cached, query) == _top(fresh, query)


def test_the_cache_is_sqlite_in_the_cache_folder_only(folder: Path, user_dir: Path) -> None:
    cache.load(_files(user_dir))
    (path,) = folder.glob("tables-*.sqlite3")
    assert path.read_bytes().startswith(b"SQLite format 3\x00")  # rows, not pickled objects
    assert sorted(p.name for p in user_dir.iterdir()) == ["kherson.toml", "news.txt"]
    assert not list(Path(store.__file__).parent.glob("*.sqlite3"))


def test_editing_a_table_is_seen_at_once(folder: Path, user_dir: Path) -> None:
    table = user_dir / "kherson.toml"
    assert cache.load(_files(user_dir)).get("kherson-ceasefire-held").value == 3
    # The same size, written at once: size and mtime may not tell, the content does.
    write(table, USER_TABLE.replace("value = 3", "value = 4"))
    assert cache.load(_files(user_dir)).get("kherson-ceasefire-held").value == 4


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
    (path,) = folder.glob("tables-*.sqlite3")
    path.write_bytes(b"not a database at all" * 100)
    assert cache.load(_files(user_dir)).count == 1
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_cache_from_another_schema_is_rebuilt(folder: Path, user_dir: Path) -> None:
    cache.load(_files(user_dir))
    (path,) = folder.glob("tables-*.sqlite3")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    db.close()
    assert cache.load(_files(user_dir)).count == 1
    with sqlite3.connect(path) as db:
        assert (
            db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == store.SCHEMA
        )
    db.close()


def test_a_broken_table_leaves_no_cache(folder: Path, user_dir: Path) -> None:
    write(user_dir / "kherson.toml", USER_TABLE.replace('kind = "event"', 'kind = "weather"'))
    with pytest.raises(DataError):
        cache.load(_files(user_dir))
    assert list(folder.glob("tables-*")) == list(folder.glob(".*.tmp")) == []


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
    assert not list(folder.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"CONFLICTFACTS_CACHE_DIR": "/x/y"}, "/x/y"),
        ({"XDG_CACHE_HOME": "/xdg"}, "/xdg/conflictfacts"),
        ({"XDG_CACHE_HOME": "relative", "HOME": "/home/u"}, "/home/u/.cache/conflictfacts"),
        ({"HOME": "/home/u"}, "/home/u/.cache/conflictfacts"),
    ],
)
def test_cache_dir(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str) -> None:
    for name in ("CONFLICTFACTS_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert str(cache.cache_dir()) == expected
