"""`timeline`: the dated facts on a time axis."""

from typing import Annotated

import typer

from conflictfacts import formats
from conflictfacts.cli.app import (
    DataOption,
    FieldsOption,
    FormatOption,
    JsonOption,
    KindOption,
    NoBuiltinOption,
    NoPagerOption,
    SinceOption,
    SourceOption,
    StatusOption,
    SubjectOption,
    UntilOption,
    app,
)
from conflictfacts.cli.output import print_timeline
from conflictfacts.cli.running import choose_format, chosen_fields, load, reporting, say, select
from conflictfacts.errors import UsageError
from conflictfacts.models import ExitCode, SortOrder


@app.command()
def timeline(
    query: Annotated[
        str | None,
        typer.Argument(
            metavar="[QUERY]", help="Only the facts that answer this.", show_default=False
        ),
    ] = None,
    source: SourceOption = None,
    kind: KindOption = None,
    subject: SubjectOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    status: StatusOption = None,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Show the dated facts in date order, on a time axis by month.

    Each document's date is marked, and what was still ahead of it when reported (a
    deadline, planned talks) is set apart from what had happened. In a pipe or with
    --format: one row per fact, in date order.

    \b
    Example:
      conflictfacts timeline talks --since 2026-01
    """
    from conflictfacts.search import Index

    with reporting():
        output = choose_format(fmt, as_json)
        columns = chosen_fields(fields, formats.TIMELINE_FIELDS, output)
        store = load(data, no_builtin)
        chosen = [
            f
            for f in select(store, source, kind, subject, since, until, SortOrder.DATE, status)
            if f.date
        ]
        if query is not None:
            if not query.strip():
                raise UsageError("the query is empty; leave it out to see every dated fact")
            answers = Index(store).search(query, store.count).matches
            answering = {m.fact.id for m in answers}
            chosen = [f for f in chosen if f.id in answering]
        entries = [formats.Dated(f, store.document_date(f)) for f in chosen]
        if not print_timeline(entries, output, store.sources, columns):
            say("no dated fact matches" + (f" {query!r}" if query else " these filters"))
            raise SystemExit(ExitCode.NEGATIVE)
