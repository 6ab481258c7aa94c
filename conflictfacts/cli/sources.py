"""`sources`: who asserts or relays the facts, and how many."""

import sys

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
from conflictfacts.cli.output import print_fields, print_records, print_rich
from conflictfacts.cli.running import choose_format, chosen_fields, load, reporting
from conflictfacts.models import Format


@app.command()
def sources(
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """List the sources: who asserts or relays the facts, and how many.

    \b
    Example:
      conflictfacts sources
    """
    with reporting():
        output = choose_format(fmt, as_json, facts=False)
        columns = chosen_fields(fields, formats.SOURCE_RECORD, output)
        store = load(data, no_builtin)
        asserted, relayed = store.counts()
        ordered = sorted(store.sources.values(), key=lambda s: (-asserted[s.id], s.id))
        records = [formats.source_record(s, asserted[s.id], relayed[s.id]) for s in ordered]
        if columns is not None:
            print_fields(records, output, columns)
        elif output is Format.TABLE:
            print_rich(lambda r, con: r.sources_table(records, con))
        elif output is None:
            columns = ("id", "name", "kind", "facts", "relayed")
            formats.write_rows(
                [[formats.plain(r[c]) for c in columns] for r in records], sys.stdout
            )
        else:
            print_records(records, output, formats.SOURCE_RECORD)
