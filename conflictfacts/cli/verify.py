"""`verify`: prove every citation against its document."""

import sys

from conflictfacts import cache, formats
from conflictfacts.cli.app import (
    DataOption,
    FieldsOption,
    FormatOption,
    JsonOption,
    NoBuiltinOption,
    app,
)
from conflictfacts.cli.output import print_fields, print_records
from conflictfacts.cli.running import choose_format, chosen_fields, paths, reporting, say
from conflictfacts.models import ExitCode, Format


@app.command()
def verify(
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Prove every citation against its document.

    Each quote must be its document's exact text at the stated offsets. Also checks
    that ids are unique, fields and dates are valid and every source is known.
    Prints each problem on stdout. Exit status 1 when citations fail, 2 when a table
    is broken as a table (unreadable, a field missing or wrong, an id used twice).

    \b
    Example:
      conflictfacts verify
    """
    with reporting():
        output = choose_format(fmt, as_json, facts=False)
        columns = chosen_fields(fields, formats.PROBLEM_FIELDS, output)
        from conflictfacts import facts  # verify always reads the TOML itself: the proof

        files = cache.table_files(paths(data), builtin=not no_builtin)
        checked = facts.check(files)
        problems = checked.problems
        if columns is not None:
            print_fields(map(formats.problem_record, problems), output, columns)
        elif output in (None, Format.TABLE):
            formats.write_rows([[str(p)] for p in problems], sys.stdout)
        else:
            records = [formats.problem_record(p) for p in problems]
            print_records(records, output, formats.PROBLEM_FIELDS)
        tables = f"{len(files)} table{'s' if len(files) != 1 else ''}"
        if problems:
            say(
                f"{len(problems)} problem(s) in {checked.facts} facts from {tables}; "
                f"the first: {problems[0]}"
            )
            # Failed citations are a "no" (1); a table that is broken as a table is trouble (2).
            broken = not all(p.citation for p in problems)
            raise SystemExit(ExitCode.ERROR if broken else ExitCode.NEGATIVE)
        say(f"verified {checked.facts} facts from {tables}: every citation holds")
