"""`evaluate`: measure search quality on queries with known answers."""

from pathlib import Path
from typing import Annotated

import typer

from conflictfacts.cli.app import (
    DataOption,
    FormatOption,
    JsonOption,
    NoBuiltinOption,
    NoPagerOption,
    app,
)
from conflictfacts.cli.output import print_evaluation
from conflictfacts.cli.running import choose_format, load, reporting
from conflictfacts.errors import UsageError
from conflictfacts.models import ExitCode


@app.command()
def evaluate(
    split: Annotated[
        str | None,
        typer.Option(help="Only the queries of this split: tune, holdout, dev, blind-1, ..."),
    ] = None,
    cases: Annotated[
        str | None,
        typer.Option(
            metavar="FILE", help="Evaluation queries (TOML). Default: every shipped split."
        ),
    ] = None,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    no_pager: NoPagerOption = False,
) -> None:
    """Measure how well ask answers: top-1 accuracy, MRR and false answers.

    Every split is reported, the blind ones (written without sight of the table and run
    once) first. Exit status 1 when any query without an answer gets one, or fewer than 95%
    of the blind splits' answerable queries (of all, when none is blind) get a right fact
    first.

    \b
    Example:
      conflictfacts evaluate --split tune
    """
    from conflictfacts import evaluate as evaluation
    from conflictfacts.gate import THRESHOLD
    from conflictfacts.search import Index

    with reporting():
        output = choose_format(fmt, as_json, facts=False)
        if cases is not None and not cases.strip():  # not the shipped sets, silently
            raise UsageError("--cases needs the name of a file of queries")
        files = [Path(cases)] if cases is not None else evaluation.shipped()
        chosen = evaluation.read_all(files)
        if split is not None:
            chosen = [c for c in chosen if c.split == split]
            if not chosen:
                raise UsageError(f"no evaluation queries in the split {split!r}")
        store = load(data, no_builtin)
        index = Index(store)
        known = {f.id for f in store.facts}
        outcomes = evaluation.evaluate(chosen, index.searched, known)
        parts = evaluation.report(outcomes)
        room = evaluation.margin(outcomes, THRESHOLD)
        print_evaluation(parts, [o for o in outcomes if not o.passed], room, output)
        if not evaluation.passes(outcomes):
            raise SystemExit(ExitCode.NEGATIVE)
