"""`ask`: answer a query with cited facts, best first; or many queries, one a line."""

from typing import Annotated

import typer

from conflictfacts.cli import answer
from conflictfacts.cli.app import (
    DataOption,
    FieldsOption,
    FormatOption,
    JsonOption,
    NoBuiltinOption,
    NoPagerOption,
    app,
)


@app.command()
def ask(
    query: Annotated[
        str | None,
        typer.Argument(
            metavar="[QUERY]",
            help="What you want to know, in words. With --batch, a file of queries, one a "
            "line ('-' or none: stdin).",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int,
        typer.Option(
            "--limit", "-n", min=1, max=answer.MAX_LIMIT, metavar="N", help="Print at most N facts."
        ),
    ] = 5,
    explain: Annotated[
        bool,
        typer.Option(
            help="Show why each fact matched (which words, through what, for how much), or, "
            "when none answers, why the nearest does not."
        ),
    ] = False,
    batch: Annotated[
        bool,
        typer.Option(
            "--batch",
            help="Answer each line of the file QUERY names, or of stdin, in turn: one JSON "
            "record per query with --json. Exit 1 when any line has no answer.",
        ),
    ] = False,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
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
    answer.ask(answer.Asked(query, limit, explain, batch, data, no_builtin, fmt, as_json, fields))
