"""`extract`: candidate facts from a new document, for review."""

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
from conflictfacts.cli.output import print_facts, print_fields, print_records, print_table
from conflictfacts.cli.running import choose_format, chosen_fields, load, paths, reporting, say
from conflictfacts.errors import UsageError
from conflictfacts.models import ExitCode, Format
from conflictfacts.text import shorten
from conflictfacts.verify import cited_in, read_document


@app.command()
def extract(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A plain-text document.", show_default=False)
    ],
    date: DocumentDateOption = None,
    new_only: Annotated[
        bool, typer.Option("--new-only", help="Leave out what the loaded tables already cite.")
    ] = False,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Propose candidate facts from a document, to review before they join a table.

    Every sentence with a share, a quantity, a date or an attribution is proposed, with its
    quote and offsets, value, resolved date, source, kind and subject. Prints TOML in the
    table's own format (or --format; --fields prints only those fields, as `list` does):
    saved in the document's folder, it passes `conflictfacts verify --data FOLDER
    --no-builtin`. It never writes a file.

    \b
    Example:
      conflictfacts extract news.txt --new-only
    """
    from conflictfacts import extract as extraction

    with reporting():
        whole = fmt is None and not as_json and fields is None  # a table to review and save
        output = Format.TOML if whole else choose_format(fmt, as_json)
        columns = chosen_fields(fields, formats.EXTRACT_FIELDS, output)
        path = Path(file)
        text = document_text(path)
        # With no table loaded (--no-builtin, no --data) nothing is known or cited yet.
        store = load(data, no_builtin) if paths(data) or not no_builtin else None
        found = extraction.extract(
            text,
            path.name,
            path.with_suffix(".toml"),
            given_date=date,
            known=store.sources if store else {},
            taken=store.has_id if store else lambda ident: False,
            cited=cited_in(path, store.cited_spans(path.name)) if store and new_only else (),
        )
        sources = {s.id: s for s in found.sources}
        header = (
            f"Candidate facts proposed by `conflictfacts extract` from {path.name}.\n"
            "Review each before use: correct its statement, kind, subject and id, and delete\n"
            "what is not a fact. Fill in what the [[document]] entry leaves empty (title,\n"
            "publisher, author, url, retrieved, language) from the document's own page.\n"
            "Saved in the document's folder, this table passes\n"
            f"`conflictfacts verify --data FOLDER --no-builtin`."
        )
        if not found.facts:
            if found.already_cited:
                say(f"all {found.already_cited} candidates are cited by the loaded tables already")
            else:
                say(f"no sentence of {shorten(path.name)!r} has a number, date or attribution")
            if output in (Format.JSON, Format.CSV, Format.TSV):
                print_facts([], output, sources, columns)
            raise SystemExit(ExitCode.NEGATIVE)
        if output is Format.TOML:
            documents = [found.document] if found.document else []
            print_table(
                found.facts, sources, header=header, documents=documents, checks=found.checks
            )
        elif output is Format.TABLE and columns is None:
            print_facts(found.facts, output, sources)
        else:  # each candidate's record, with what to check first in it
            records = [
                formats.record(f) | {"check": list(found.checks.get(f.id, ()))} for f in found.facts
            ]
            if columns is not None or output is None:
                print_fields(records, output, columns or formats.EXTRACT_FIELDS)
            else:
                print_records(records, output, formats.EXTRACT_FIELDS)


def document_text(path: Path) -> str:
    """The text of a document the user names; UsageError when it cannot be read as UTF-8."""
    try:
        return read_document(path)  # the same reader, and size limit, as citations have
    except UnicodeDecodeError as error:
        raise UsageError(f"{shorten(str(path))} is not UTF-8 text (byte {error.start})") from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UsageError(f"cannot read {shorten(str(path))!r}: {reason}") from None
