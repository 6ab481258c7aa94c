"""`evaluate`: measure search quality on queries with known answers."""

from pathlib import Path
from typing import Annotated

import typer

from conflictfacts.cli.app import (
    DataOption,
    FormatOption,
    JsonOption,
    NoBuiltinOption,
    app,
    choose_format,
    load,
    reporting,
)
from conflictfacts.cli.output import print_evaluation
from conflictfacts.errors import UsageError
from conflictfacts.models import ExitCode


@app.command()
def evaluate(
    split: Annotated[
        str | None, typer.Option(help="Only the queries of this split: tune or holdout.")
    ] = None,
    cases: Annotated[
        str | None,
        typer.Option(metavar="FILE", help="Evaluation queries (TOML). Default: the shipped set."),
    ] = None,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Measure how well ask answers: top-1 accuracy, MRR and false answers.

    Exit status 1 when fewer than 95% of the answerable queries get the right fact
    first, or any query without an answer gets one.

    \b
    Example:
      conflictfacts evaluate
    """
    from conflictfacts import evaluate as evaluation
    from conflictfacts.search import THRESHOLD, Index

    with reporting():
        output = choose_format(fmt, as_json, facts=False)
        chosen = evaluation.read_cases(Path(cases) if cases else evaluation.EVALUATION)
        if split is not None:
            chosen = [c for c in chosen if c.split == split]
            if not chosen:
                raise UsageError(f"no evaluation queries in the split {split!r}")
        store = load(data, no_builtin)
        index = Index(store)
        known = {f.id for f in store.facts}
        outcomes = evaluation.evaluate(
            chosen, lambda q: index.search(q, evaluation.DEPTH).matches, known
        )

        def coverage(query: str) -> dict[str, float]:
            found = index.search(query, len(known), explain=True, threshold=0.0).matches
            return {m.fact.id: m.why.coverage for m in found if m.why}

        parts = evaluation.report(outcomes)
        room = evaluation.margin(chosen, coverage, THRESHOLD)
        print_evaluation(parts, [o for o in outcomes if not o.passed], room, output)
        if not parts[0].meets_bar:
            raise typer.Exit(ExitCode.NEGATIVE)
