"""What tests share besides fixtures: a user's table and document, a file writer, and the
shipped table as TOML reads it."""

from __future__ import annotations

import json
import os
import textwrap
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from conflictfacts import cache
from conflictfacts.cache import BUILTIN_DIR
from conflictfacts.search import Index

DOCUMENT = (
    " date 2026-03-01 Officials said the ceasefire around Kherson held for [sic] three days.\n"
)

USER_TABLE = """\
[[source]]
id = "Officials"
name = "Unnamed officials"
kind = "government"

[[fact]]
id = "kherson-ceasefire-held"
statement = "A ceasefire around Kherson held for three days."
kind = "event"
subject = "Kherson ceasefire"
value = 3
unit = "days"
date = "2026-03-01"
date_basis = "as of the document's date"
source = "Officials"
document = "news.txt"
start = 17
end = 87
quote = "Officials said the ceasefire around Kherson held for [sic] three days."
"""


def shipped(section: str) -> list[dict[str, Any]]:
    """The shipped tables' [[fact]] or [[source]] entries, as TOML reads them: what the
    tests count against, taken from the data rather than from the code under test."""
    tables = sorted(BUILTIN_DIR.glob("*.toml"))
    return [e for t in tables for e in tomllib.loads(t.read_text("utf-8")).get(section, [])]


SHIPPED_TABLES = len(list(BUILTIN_DIR.glob("*.toml")))


Run = Callable[..., Result]
"""Runs the CLI with the given arguments, as the `run` fixture gives it."""


USER_QUOTE = "Officials said the ceasefire around Kherson held for [sic] three days."
"""The quote of USER_TABLE's fact."""


def quoting(folder: Path, said: str, table: str = USER_TABLE) -> Path:
    """folder, made to hold a document that says `said` after its date line, and the table
    (USER_TABLE by default) with its fact quoting it whole: a pair that verifies, whatever
    `said` holds."""
    assert json.dumps(USER_QUOTE) in table, "the table must quote USER_QUOTE"
    folder.mkdir(exist_ok=True)
    (folder / "news.txt").write_bytes(f" date 2026-03-01 {said}\n".encode())
    table = table.replace(json.dumps(USER_QUOTE), json.dumps(said))
    write(folder / "kherson.toml", table.replace("end = 87", f"end = {17 + len(said)}"))
    return folder


def fact_entry(
    text: str, document: str, ident: str, statement: str, subject: str, date: str, source: str,
    quote: str,
) -> str:  # fmt: skip
    """A table's [[fact]] of kind "statement" whose quote is `quote` where it first stands in
    `text`, the whole text of `document`."""
    start = text.index(quote)
    return (
        f'\n[[fact]]\nid = "{ident}"\nstatement = "{statement}"\nkind = "statement"\n'
        f'subject = "{subject}"\ndate = "{date}"\nsource = "{source}"\n'
        f'document = "{document}"\nstart = {start}\nend = {start + len(quote)}\n'
        f'quote = "{quote}"\n'
    )


def age(*paths: Path, seconds: int = 60) -> None:
    """Make files look last changed `seconds` ago: a store built from them is saved (the
    cache saves only from files settled before the build)."""
    then = time.time_ns() - seconds * 1_000_000_000
    for path in paths:
        os.utime(path, ns=(then, then))


def cache_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """folder as the cache, seeded with the session's compiled names (see seed_names)."""
    monkeypatch.setenv(cache.CACHE_ENV, str(seed_names(folder)))
    return folder


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def seed_names(folder: Path) -> Path:
    """Give a new cache folder the compiled names of the tests' own cache, as a first run
    leaves them, so that each test does not spend seconds compiling them again."""
    compiled = Path(cache.load(cache.table_files([])).names.path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / compiled.name
    if not target.exists():
        os.link(compiled, target)
    return folder


def answered(index: Index, query: str) -> list[str]:
    """The ids of the facts that answer query, best first (at most five)."""
    return [m.fact.id for m in index.search(query, 5, nearest=False).matches]
