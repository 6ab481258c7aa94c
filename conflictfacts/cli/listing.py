"""`list`: the facts, filtered and sorted."""

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
from conflictfacts.cli.output import print_facts
from conflictfacts.cli.running import choose_format, chosen_fields, load, reporting, say, select
from conflictfacts.models import ExitCode, SortOrder


@app.command("list")
def list_facts(
    source: SourceOption = None,
    kind: KindOption = None,
    subject: SubjectOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    status: StatusOption = None,
    sort: Annotated[SortOrder, typer.Option(help="Order of the facts.")] = SortOrder.DOCUMENT,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """List the facts, filtered and sorted.

    DATE is YYYY, YYYY-MM or YYYY-MM-DD; a fact counts if any day of its date is in range.

    \b
    Example:
      conflictfacts list --source ISW --since 2026-01
    """
    with reporting():
        output = choose_format(fmt, as_json)
        columns = chosen_fields(fields, formats.RECORD_FIELDS, output)
        store = load(data, no_builtin)
        chosen = select(store, source, kind, subject, since, until, sort, status)
        if not print_facts(chosen, output, store.sources, columns):
            say("no fact matches these filters")
            raise SystemExit(ExitCode.NEGATIVE)
