"""`check`: a new document's claims against the loaded tables."""

from pathlib import Path
from typing import Annotated

import typer

from conflictfacts import formats
from conflictfacts.cli.app import (
    DataOption,
    DocumentDateOption,
    FieldsOption,
    FormatOption,
    JsonOption,
    NoBuiltinOption,
    NoPagerOption,
    app,
)
from conflictfacts.cli.extract import document_text
from conflictfacts.cli.output import print_report
from conflictfacts.cli.running import choose_format, chosen_fields, load, reporting, say
from conflictfacts.models import ExitCode
from conflictfacts.text import counted


@app.command()
def check(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A plain-text document.", show_default=False)
    ],
    date: DocumentDateOption = None,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Check a document's claims against the tables: what agrees, differs or is new.

    Each claim that `extract` finds is compared with the loaded facts on the same measure
    (the same kind, subject and unit, about the same places and people): it agrees when one
    has its value and date (and source, where it names one), differs when none has, and is
    new when no fact measures it. Exit status 1 when any claim differs.

    \b
    Example:
      conflictfacts check news.txt
    """
    from conflictfacts import check as checking
    from conflictfacts import extract as extraction
    from conflictfacts.search import Index

    with reporting():
        output = choose_format(fmt, as_json, facts=False)
        columns = chosen_fields(fields, formats.CHECK_FIELDS, output)
        path = Path(file)
        text = document_text(path)
        store = load(data, no_builtin)
        found = extraction.extract(
            text, path.name, path.with_suffix(".toml"), given_date=date, known=store.sources
        )
        judged = checking.compare(found.facts, Index(store))
        records = [formats.check_record(c) for c in judged]
        print_report(
            records,
            output,
            columns,
            formats.CHECK_FIELDS,
            draw=lambda r, con: r.check_table(judged, con),
            rows=lambda: map(formats.check_row, judged),
        )
        counts = checking.tally(judged)
        said = ", ".join(f"{n} {v.value}" for v, n in counts.items())
        say(f"{counted(len(judged), 'claim')} in {path.name}: {said}")
        if counts[checking.Verdict.DIFFERS]:
            raise SystemExit(ExitCode.NEGATIVE)
