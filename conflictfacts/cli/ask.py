"""`ask`: answer a query with cited facts, best first."""

from collections.abc import Sequence
from typing import Annotated

import typer

from conflictfacts.cli.app import (
    DataOption,
    FormatOption,
    JsonOption,
    NoBuiltinOption,
    NoPagerOption,
    app,
    choose_format,
    load,
    reporting,
    say,
)
from conflictfacts.cli.output import print_matches, print_nearest
from conflictfacts.errors import UsageError
from conflictfacts.models import ExitCode, Match

MAX_LIMIT = 2**31 - 1
"""More facts than any store holds, and a number SQLite and arrays take."""


@app.command()
def ask(
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY", help="What you want to know, in words.", show_default=False
        ),
    ],
    limit: Annotated[
        int,
        typer.Option(
            "--limit", "-n", min=1, max=MAX_LIMIT, metavar="N", help="Print at most N facts."
        ),
    ] = 5,
    explain: Annotated[
        bool,
        typer.Option(
            help="Show why each fact matched (which words, through what, for how much), or, "
            "when none answers, why the nearest does not."
        ),
    ] = False,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    no_pager: NoPagerOption = False,
) -> None:
    """Answer QUERY with cited facts, best first, each with its score.

    A fact answers only if it holds every name the query gives (place, person,
    organisation, measured thing, figure), gives what the question asks for (a number for
    "how much", a date for "when", a place for "where", the named speaker for "what did X
    say") and explains enough of the query. Otherwise nothing is printed as an answer and
    the exit status is 1; a terminal shows the related facts that lack only what was asked.

    \b
    Example:
      conflictfacts ask "how much of Donetsk does Russia control?"
    """
    from conflictfacts.search import Index

    with reporting():
        if not query.strip():
            raise UsageError('the query is empty; ask about something, e.g. "Donetsk control"')
        output = choose_format(fmt, as_json)
        store = load(data, no_builtin)
        result = Index(store).search(query, limit, explain=explain)
        print_matches(result.matches, output, store.sources, explain=explain)
        if not result.matches:
            print_nearest(result.nearest, output, explain=explain)
            say(_nothing_found(query, result.unknown, result.content_words, result.nearest))
            raise typer.Exit(ExitCode.NEGATIVE)


def _nothing_found(
    query: str, unknown: Sequence[str], content_words: int, nearest: Sequence[Match]
) -> str:
    if not content_words:
        return f"no fact matches {query!r}: it names nothing to look for, only common words"
    message = f"no fact matches {query!r}"
    if unknown:
        return message + "; no fact mentions " + ", ".join(repr(w) for w in unknown)
    if nearest and nearest[0].why is not None and nearest[0].why.reasons:
        message += f"; the nearest, {nearest[0].fact.id}: " + "; ".join(nearest[0].why.reasons)
    return message
