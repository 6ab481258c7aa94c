"""What `ask` does, without Typer: one query, or many (--batch), answered and printed.

Both ways into `ask` run this: the Typer command (cli/ask.py), which parses every form of
the command line, and the quick path (cli/quick.py), which parses its common forms alone.
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from conflictfacts import formats
from conflictfacts.cli.output import print_batch, print_matches, print_nearest
from conflictfacts.cli.running import choose_format, chosen_fields, load, opened, reporting, say
from conflictfacts.errors import UsageError
from conflictfacts.models import ExitCode, Format

if TYPE_CHECKING:
    from conflictfacts.batch import Answered

MAX_LIMIT = 2**31 - 1
"""More facts than any store holds, and a number SQLite and arrays take."""


class Asked(NamedTuple):
    """`ask`'s options, as either way into it reads them (--no-pager is output's business:
    running.PAGER_REFUSED)."""

    query: str | None
    """The query; with batch, the file of queries (None or "-": stdin)."""
    limit: int = 5
    explain: bool = False
    batch: bool = False
    data: list[str] | None = None
    no_builtin: bool = False
    fmt: Format | None = None
    as_json: bool = False
    fields: str | None = None


def ask(asked: Asked) -> None:
    """Answer the query and print the answers; end with SystemExit(1) when nothing
    answers."""
    from conflictfacts.search import NO_REASON, Index

    query, limit, explain = asked.query, asked.limit, asked.explain
    with reporting():
        if asked.batch:
            _ask_many(asked)
            return
        if query is None or not query.strip():
            raise UsageError('the query is empty; ask about something, e.g. "Donetsk control"')
        output = choose_format(asked.fmt, asked.as_json)
        columns = _columns(asked.fields, output, explain)
        store = load(asked.data, asked.no_builtin)
        result = Index(store).search(query, limit, explain=explain)
        print_matches(result.matches, output, store.sources, explain=explain, fields=columns)
        if not result.matches:
            print_nearest(result.nearest, output, explain=explain)
            reason = result.refusal()
            joint = ":" if not result.content_words else ";"
            say(f"no fact matches {query!r}" + ("" if reason == NO_REASON else f"{joint} {reason}"))
            raise SystemExit(ExitCode.NEGATIVE)


def _columns(fields: str | None, output: Format | None, explain: bool) -> tuple[str, ...] | None:
    columns = chosen_fields(fields, formats.ANSWER_FIELDS, output)
    if columns is not None and explain:
        raise UsageError("--explain prints its own columns; leave out --fields")
    return columns


def _ask_many(asked: Asked) -> None:
    """--batch: each line asked in turn against one index; exit 1 if any has no answer."""
    from conflictfacts import batch
    from conflictfacts.search import Index

    fmt, as_json, explain = asked.fmt, asked.as_json, asked.explain
    output = (
        Format.JSONL if as_json and fmt in (None, Format.JSONL) else choose_format(fmt, as_json)
    )
    if output is Format.TOML:
        raise UsageError("--batch prints answers query by query; --format toml is one table")
    if explain and output not in (Format.JSON, Format.JSONL):
        raise UsageError("--explain with --batch needs --json (JSON lines) or --format json")
    columns = _columns(asked.fields, output, explain)
    index = Index(load(asked.data, asked.no_builtin))
    tally = batch.Tally()
    with opened(asked.query) as stream:
        lines = batch.lines(stream)
        answered = tally.count(batch.answer(index, lines, asked.limit, explain=explain))
        print_batch(_told(answered), output, columns)
    if summary := tally.summary():
        say(summary)
        raise SystemExit(ExitCode.NEGATIVE)


def _told(answered: Iterator["Answered"]) -> Iterator["Answered"]:
    """answered, each line that is not a query said on stderr as it passes."""
    for item in answered:
        if item.invalid:
            say(f"line {item.line}: {item.reason}")
        yield item
