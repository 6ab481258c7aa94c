"""`export`: the loaded tables as a SQLite database for Datasette and sqlite-utils."""

from pathlib import Path
from typing import Annotated

import typer

from conflictfacts.cli.app import DataOption, NoBuiltinOption, app
from conflictfacts.cli.running import load, reporting, say
from conflictfacts.errors import ConflictFactsError, UsageError
from conflictfacts.text import counted, shorten


@app.command()
def export(
    sqlite: Annotated[
        str | None,
        typer.Option(
            "--sqlite",
            metavar="FILE",
            show_default=False,
            help="Write a SQLite database here (replaced whole if it exists).",
        ),
    ] = None,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
) -> None:
    """Export the facts, sources and documents as a SQLite database.

    Tables facts, sources and documents with foreign keys, a full-text index (facts_fts)
    and views of the current figures, ready for Datasette and sqlite-utils; its layout is
    in the README and stays stable. It is not the cache. Prints nothing on stdout.

    \b
    Example:
      conflictfacts export --sqlite facts.db
    """
    from conflictfacts.export import export_sqlite

    with reporting():
        if sqlite is None or not sqlite.strip():
            raise UsageError("export needs --sqlite FILE: the database to write")
        store = load(data, no_builtin)
        try:
            facts, sources, documents = export_sqlite(store, Path(sqlite))
        except OSError as error:
            reason = error.strerror or str(error)
            raise ConflictFactsError(f"cannot write {shorten(sqlite)!r}: {reason}") from None
        wrote = [counted(facts, "fact"), counted(sources, "source"), counted(documents, "document")]
        say(f"wrote {wrote[0]}, {wrote[1]} and {wrote[2]} to {sqlite}")
