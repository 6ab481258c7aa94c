"""Shared fixtures: a CLI runner at a pinned width, and a user's own table folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from conflictfacts import cache
from conflictfacts.cache import CACHE_ENV
from conflictfacts.cli.commands import app
from conflictfacts.search import Index
from tests.helpers import DOCUMENT, USER_TABLE, Run

_SHARED = "CONFLICTFACTS_TEST_SHARED_CACHE"
"""The test cache folder that pytest-xdist's workers share with the run that started them:
the names are compiled once for the run, not once per worker."""


def pytest_configure(config: pytest.Config) -> None:
    """Keep the tests' caches out of the user's cache folder, from the first test on."""
    if hasattr(config, "workerinput") and os.environ.get(_SHARED):
        os.environ[CACHE_ENV] = os.environ[_SHARED]  # the controller removes it at the end
        return
    folder = tempfile.mkdtemp(prefix="conflictfacts-test-cache-")
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))
    os.environ[_SHARED] = folder
    # A suite run by another (the sdist test) may lend its compiled names: 4 s saved.
    lent = os.environ.get("CONFLICTFACTS_TEST_NAMES_FROM", "")
    for names in Path(lent).glob("names-*.sqlite3") if lent else ():
        os.link(names, Path(folder) / names.name)
    os.environ[CACHE_ENV] = folder


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch) -> Run:
    """Invoke the CLI as a user would, at 100 columns with colour off and no user data set;
    `input` is what it reads on stdin."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("CONFLICTFACTS_DATA", raising=False)

    def invoke(
        *args: str, env: dict[str, str] | None = None, input: str | bytes | None = None
    ) -> Result:
        return CliRunner().invoke(app, list(args), env=env, input=input)

    return invoke


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    """A folder holding one user table and the document it cites."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "news.txt").write_text(DOCUMENT, encoding="utf-8")
    (folder / "kherson.toml").write_text(USER_TABLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def index() -> Index:
    """The shipped tables' search index, built once for each test module that asks."""
    return Index(cache.load(cache.table_files([])))
