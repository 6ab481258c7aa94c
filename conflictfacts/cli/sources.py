"""`sources`: who asserts or relays the facts, and how many."""

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
from conflictfacts.cli.output import print_report
from conflictfacts.cli.running import choose_format, chosen_fields, load, reporting

_ROW = ("id", "name", "kind", "facts", "relayed")
"""A source's row in a pipe."""


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
        print_report(
            records,
            output,
            columns,
            formats.SOURCE_RECORD,
            draw=lambda r, con: r.sources_table(records, con),
            rows=lambda: ([formats.plain(r[c]) for c in _ROW] for r in records),
        )
