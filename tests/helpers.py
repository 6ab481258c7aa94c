"""What tests share besides fixtures: a user's table and document, and a file writer."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from conflictfacts import cache

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

Run = Callable[..., Result]
"""Runs the CLI with the given arguments, as the `run` fixture gives it."""


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
