"""`documents`: each document the tables cite, as a person cites it, with its facts and sources."""

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

_ROW = ("file", "publisher", "title", "published", "url", "facts", "sources")
"""A document's row in a pipe."""


@app.command()
def documents(
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """List the documents: who published each, when and where, its facts and their sources.

    What is known of a document comes from its table's [[document]] entry; a document
    without one is listed by its file name.

    \b
    Example:
      conflictfacts documents --json
    """
    with reporting():
        output = choose_format(fmt, as_json, facts=False)
        columns = chosen_fields(fields, formats.DOCUMENT_RECORD, output)
        store = load(data, no_builtin)
        cited = store.by_document()
        records = [
            formats.document_record(path, date, entry, cited.get(str(path), []))
            for path, date, entry in store.documents()
        ]
        print_report(
            records,
            output,
            columns,
            formats.DOCUMENT_RECORD,
            draw=lambda r, con: r.documents_table(records, con),
            rows=lambda: ([formats.plain(r[c]) for c in _ROW] for r in records),
        )
