"""`show`: one fact in full, its quote in the text around it."""

import sys
from typing import Annotated

import typer

from conflictfacts import formats
from conflictfacts.cli.app import (
    DataOption,
    FieldsOption,
    FormatOption,
    JsonOption,
    NoBuiltinOption,
    NoPagerOption,
    app,
)
from conflictfacts.cli.output import print_facts, print_rich
from conflictfacts.cli.running import choose_format, chosen_fields, load, reporting
from conflictfacts.models import Format
from conflictfacts.verify import quote_context


@app.command()
def show(
    fact_id: Annotated[
        str, typer.Argument(metavar="ID", help="The fact's id.", show_default=False)
    ],
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Show one fact in full, its quote in the text around it.

    \b
    Example:
      conflictfacts show donetsk-control-isw
    """
    with reporting():
        output = choose_format(fmt, as_json)
        columns = chosen_fields(fields, formats.RECORD_FIELDS, output)
        store = load(data, no_builtin)
        fact = store.get(fact_id.strip())
        context = quote_context(fact)
        if columns is not None or output not in (None, Format.TABLE):
            print_facts([fact], output, store.sources, columns)
        elif output is Format.TABLE:
            print_rich(lambda r, con: r.fact_view(fact, store.sources, context, con))
        else:
            rows = [[k, formats.plain(v)] for k, v in formats.record(fact).items()]
            formats.write_rows([*rows, ["context", "".join(context)]], sys.stdout)
