"""The command line: parse arguments, call the core, render the result, map errors to exit codes."""

import io
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from conflictfacts import formats
from conflictfacts import store as storage
from conflictfacts.dates import parse_bound
from conflictfacts.errors import ConflictFactsError, UsageError
from conflictfacts.models import ExitCode, Fact, Format, Match, SortOrder, Source
from conflictfacts.store import Store
from conflictfacts.text import printable, shorten
from conflictfacts.verify import quote_context

DATA_ENV = "CONFLICTFACTS_DATA"

_SETTINGS: dict[str, Any] = {
    "name": "conflictfacts",
    "add_completion": False,
    "no_args_is_help": True,
    # Plain Click help and errors: no box drawing on stderr, and no Rich import to show them.
    "rich_markup_mode": None,
    "pretty_exceptions_enable": False,
    "pretty_exceptions_show_locals": False,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**_SETTINGS)

# Paths are taken as text and made Paths here: Typer's Path type stats them while parsing,
# and a path it cannot stat (a NUL in it) would escape as a traceback.
DataOption = Annotated[
    list[str] | None,
    typer.Option(
        "--data",
        metavar="PATH",
        show_default=False,
        help=f"Also read this folder's tables (*.toml) or this table file; repeatable. "
        f"Default: ${DATA_ENV} (paths separated by '{os.pathsep}').",
    ),
]
NoBuiltinOption = Annotated[
    bool, typer.Option("--no-builtin", help="Leave out the table shipped with conflictfacts.")
]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="Output format. Default: a table on a terminal, tab-separated rows in a pipe.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Short for --format json.")]

_ASK_ROW = ("id", "score", "statement", "value", "source", "date", "citation", "quote")
_LIST_ROW = ("id", "kind", "subject", "statement", "value", "source", "date", "citation")


def _say(message: str) -> None:
    sys.stderr.write(f"conflictfacts: {printable(message)}\n")


class _Messages(io.TextIOBase):
    """stderr for Click's messages too: Click echoes a bad option value as given, and an
    escape sequence in it must show as text, not act on the terminal."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    # No `buffer`: Click would write to it directly, past this filter.
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self._stream, "encoding", None) or "utf-8")

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._stream, "errors", None)

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(printable(text, keep_newlines=True))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return bool(self._stream.isatty())


def _guard_messages() -> None:
    if not isinstance(sys.stderr, _Messages):
        sys.stderr = _Messages(sys.stderr)


def _silence_stdout() -> None:
    """After the reader of a pipe has gone, point stdout at /dev/null so exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


@contextmanager
def _reporting() -> Iterator[None]:
    """The one place where the core's errors become a line on stderr and an exit code."""
    try:
        try:
            yield
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped (`| head -1`): that is success, as ripgrep has it.
        _silence_stdout()
        raise typer.Exit(ExitCode.OK) from None
    except ConflictFactsError as error:
        _say(str(error))
        raise typer.Exit(ExitCode.ERROR) from None


def _paths(data: list[str] | None) -> list[Path]:
    if data:
        return [Path(p) for p in data]
    env = os.environ.get(DATA_ENV, "")
    return [Path(p) for p in env.split(os.pathsep) if p.strip()]


def _load(data: list[str] | None, no_builtin: bool) -> Store:
    return storage.load(storage.table_files(_paths(data), builtin=not no_builtin))


def _format(fmt: Format | None, as_json: bool, *, facts: bool = True) -> Format | None:
    """The format asked for, or None for plain tab-separated rows (a pipe's default)."""
    if as_json and fmt not in (None, Format.JSON):
        raise UsageError(f"--json and --format {fmt.value} ask for different formats")
    if fmt is Format.TOML and not facts:
        raise UsageError("--format toml writes facts as a table; this command prints no facts")
    if as_json:
        return Format.JSON
    if fmt is not None:
        return fmt
    return Format.TABLE if sys.stdout.isatty() else None


def _ascii_only() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    return encoding != "utf8"


def _print_rich(make: Any) -> None:
    # Rich costs as much to import as Typer; load it only when a person will see a table.
    from conflictfacts import render

    con = render.console(sys.stdout)
    con.print(make(render, con))


def _print_records(records: Iterable[formats.Record], fmt: Format, columns: Sequence[str]) -> int:
    return formats.write(records, fmt, sys.stdout, columns=columns, ascii_only=_ascii_only())


def _row(fact: Fact, columns: Sequence[str], score: float | None = None) -> list[str]:
    cells = {
        "id": fact.id,
        "score": "" if score is None else f"{score:g}",
        "kind": fact.kind.value,
        "subject": fact.subject,
        "statement": fact.statement,
        "value": formats.value_text(fact),
        "source": formats.source_text(fact),
        "date": fact.date,
        "citation": formats.citation_text(fact),
        "quote": fact.quote,
    }
    return [cells[c] for c in columns]


def _print_matches(
    matches: Sequence[Match], fmt: Format | None, sources: Mapping[str, Source], *, explain: bool
) -> None:
    if fmt is Format.TOML:
        formats.write_table((m.fact for m in matches), sources, sys.stdout)
    elif fmt is Format.TABLE:
        if matches:
            _print_rich(lambda r, con: r.ask_view(matches, con, explain=explain))
    elif fmt is None and explain:
        formats.write_rows(formats.explanation_rows(matches), sys.stdout)
    elif fmt is None:
        formats.write_rows([_row(m.fact, _ASK_ROW, m.score) for m in matches], sys.stdout)
    else:
        records = [formats.record(m.fact, m.score, m.why) for m in matches]
        _print_records(records, fmt, (*formats.FIELDS, "score"))


def _print_facts(facts: Iterable[Fact], fmt: Format | None, sources: Mapping[str, Source]) -> int:
    """Print facts as they come (a pipe sees the first before the last is read)."""
    if fmt is Format.TOML:
        return formats.write_table(facts, sources, sys.stdout)
    if fmt is Format.TABLE:
        shown = list(facts)
        if shown:
            _print_rich(lambda r, con: r.list_table(shown, con))
        return len(shown)
    if fmt is None:
        return formats.write_rows((_row(f, _LIST_ROW) for f in facts), sys.stdout)
    return _print_records((formats.record(f) for f in facts), fmt, formats.FIELDS)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("conflictfacts")
        except PackageNotFoundError:
            number = "unknown (not installed)"
        sys.stdout.write(f"conflictfacts {number}\n")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Cited facts about the Russia-Ukraine war and its peace talks.

    Every answer names who asserts it, the date it holds for, and the exact words of its
    source document with their place in it. Exit status: 0 found, 1 nothing found (or,
    for verify, a citation failed), 2 usage error or unreadable table.

    \b
    Example:
      conflictfacts ask "Donetsk control"
    """
    _guard_messages()


@app.command()
def ask(
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY", help="What you want to know, in words.", show_default=False
        ),
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="Print at most N facts.")
    ] = 5,
    explain: Annotated[
        bool,
        typer.Option(help="Show why each fact matched: which words, through what, for how much."),
    ] = False,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Answer QUERY with cited facts, best first, each with its score.

    \b
    Example:
      conflictfacts ask "how much of Donetsk does Russia control?"
    """
    from conflictfacts.search import Index

    with _reporting():
        if not query.strip():
            raise UsageError('the query is empty; ask about something, e.g. "Donetsk control"')
        output = _format(fmt, as_json)
        store = _load(data, no_builtin)
        result = Index(store).search(query, limit, explain=explain)
        _print_matches(result.matches, output, store.sources, explain=explain)
        if not result.matches:
            _say(_nothing_found(query, result.unknown, result.content_words))
            raise typer.Exit(ExitCode.NEGATIVE)


def _nothing_found(query: str, unknown: Sequence[str], content_words: int) -> str:
    if not content_words:
        return f"no fact matches {query!r}: it names nothing to look for, only common words"
    message = f"no fact matches {query!r}"
    if unknown:
        message += "; no fact mentions " + ", ".join(repr(w) for w in unknown)
    return message


SourceOption = Annotated[
    str | None, typer.Option(help="Only facts asserted by this source (id, name or alias).")
]
KindOption = Annotated[str | None, typer.Option(help="Only facts of this kind, e.g. territory.")]
SubjectOption = Annotated[
    str | None, typer.Option(help="Only facts whose subject contains these words.")
]
SinceOption = Annotated[
    str | None, typer.Option(metavar="DATE", help="Only facts dated on or after DATE.")
]
UntilOption = Annotated[
    str | None, typer.Option(metavar="DATE", help="Only facts dated on or before DATE.")
]


def _select(
    store: Store,
    source: str | None,
    kind: str | None,
    subject: str | None,
    since: str | None,
    until: str | None,
    sort: SortOrder,
) -> Iterator[Fact]:
    lower = _bound(since, "--since", upper=False)
    upper = _bound(until, "--until", upper=True)
    return store.select(
        source=source, kind=kind, subject=subject, since=lower, until=upper, sort=sort
    )


@app.command("list")
def list_facts(
    source: SourceOption = None,
    kind: KindOption = None,
    subject: SubjectOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    sort: Annotated[SortOrder, typer.Option(help="Order of the facts.")] = SortOrder.DOCUMENT,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the facts, filtered and sorted.

    DATE is YYYY, YYYY-MM or YYYY-MM-DD; a fact counts if any day of its date is in range.

    \b
    Example:
      conflictfacts list --source ISW --since 2026-01
    """
    with _reporting():
        output = _format(fmt, as_json)
        store = _load(data, no_builtin)
        chosen = _select(store, source, kind, subject, since, until, sort)
        if not _print_facts(chosen, output, store.sources):
            _say("no fact matches these filters")
            raise typer.Exit(ExitCode.NEGATIVE)


@app.command()
def timeline(
    query: Annotated[
        str | None,
        typer.Argument(
            metavar="[QUERY]", help="Only the facts that answer this.", show_default=False
        ),
    ] = None,
    source: SourceOption = None,
    kind: KindOption = None,
    subject: SubjectOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the dated facts in date order, on a time axis by month.

    Each document's date is marked, and what was still ahead of it when reported (a
    deadline, planned talks) is set apart from what had happened. In a pipe or with
    --format: one row per fact, in date order.

    \b
    Example:
      conflictfacts timeline talks --since 2026-01
    """
    from conflictfacts.search import Index

    with _reporting():
        output = _format(fmt, as_json)
        store = _load(data, no_builtin)
        chosen = [
            f for f in _select(store, source, kind, subject, since, until, SortOrder.DATE) if f.date
        ]
        if query is not None:
            if not query.strip():
                raise UsageError("the query is empty; leave it out to see every dated fact")
            answers = Index(store).search(query, store.count).matches
            answering = {m.fact.id for m in answers}
            chosen = [f for f in chosen if f.id in answering]
        entries = [formats.Dated(f, store.document_date(f)) for f in chosen]
        if not _print_timeline(entries, output, store.sources):
            _say("no dated fact matches" + (f" {query!r}" if query else " these filters"))
            raise typer.Exit(ExitCode.NEGATIVE)


def _print_timeline(
    entries: Sequence[formats.Dated], fmt: Format | None, sources: Mapping[str, Source]
) -> int:
    if fmt is Format.TABLE:
        if entries:
            _print_rich(lambda r, con: r.timeline_view(entries, con))
    elif fmt is Format.TOML:
        formats.write_table((e.fact for e in entries), sources, sys.stdout)
    elif fmt is None:
        formats.write_rows([formats.timeline_row(e) for e in entries], sys.stdout)
    else:
        records = [formats.timeline_record(e) for e in entries]
        _print_records(records, fmt, (*formats.FIELDS, "document_date", "ahead"))
    return len(entries)


def _bound(text: str | None, option: str, *, upper: bool) -> Any:
    if text is None:
        return None
    try:
        return parse_bound(text, upper=upper)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


@app.command()
def show(
    fact_id: Annotated[
        str, typer.Argument(metavar="ID", help="The fact's id.", show_default=False)
    ],
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one fact in full, its quote in the text around it.

    \b
    Example:
      conflictfacts show donetsk-control-isw
    """
    with _reporting():
        output = _format(fmt, as_json)
        store = _load(data, no_builtin)
        fact = store.get(fact_id.strip())
        context = quote_context(fact)
        if output is Format.TABLE:
            _print_rich(lambda r, con: r.fact_view(fact, store.sources, context, con))
        elif output is None:
            rows = [[k, formats.plain(v)] for k, v in formats.record(fact).items()]
            formats.write_rows([*rows, ["context", "".join(context)]], sys.stdout)
        else:
            _print_facts([fact], output, store.sources)


@app.command()
def sources(
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the sources: who asserts or relays the facts, and how many.

    \b
    Example:
      conflictfacts sources
    """
    with _reporting():
        output = _format(fmt, as_json, facts=False)
        store = _load(data, no_builtin)
        asserted, relayed = store.counts()
        ordered = sorted(store.sources.values(), key=lambda s: (-asserted[s.id], s.id))
        records = [formats.source_record(s, asserted[s.id], relayed[s.id]) for s in ordered]
        if output is Format.TABLE:
            _print_rich(lambda r, con: r.sources_table(records, con))
        elif output is None:
            columns = ("id", "name", "kind", "facts", "relayed")
            formats.write_rows(
                [[formats.plain(r[c]) for c in columns] for r in records], sys.stdout
            )
        else:
            _print_records(records, output, formats.SOURCE_FIELDS)


@app.command()
def verify(
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
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
    with _reporting():
        output = _format(fmt, as_json, facts=False)
        from conflictfacts import facts  # verify always reads the TOML itself: the proof

        files = storage.table_files(_paths(data), builtin=not no_builtin)
        checked = facts.check(files)
        problems = checked.problems
        if output in (None, Format.TABLE):
            formats.write_rows([[str(p)] for p in problems], sys.stdout)
        else:
            records = [formats.problem_record(p) for p in problems]
            _print_records(records, output, formats.PROBLEM_FIELDS)
        tables = f"{len(files)} table{'s' if len(files) != 1 else ''}"
        if problems:
            _say(
                f"{len(problems)} problem(s) in {checked.facts} facts from {tables}; "
                f"the first: {problems[0]}"
            )
            # Failed citations are a "no" (1); a table that is broken as a table is trouble (2).
            broken = not all(p.citation for p in problems)
            raise typer.Exit(ExitCode.ERROR if broken else ExitCode.NEGATIVE)
        _say(f"verified {checked.facts} facts from {tables}: every citation holds")


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

    with _reporting():
        output = _format(fmt, as_json, facts=False)
        chosen = evaluation.read_cases(Path(cases) if cases else evaluation.EVALUATION)
        if split is not None:
            chosen = [c for c in chosen if c.split == split]
            if not chosen:
                raise UsageError(f"no evaluation queries in the split {split!r}")
        store = _load(data, no_builtin)
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
        _print_evaluation(parts, [o for o in outcomes if not o.passed], room, output)
        if not parts[0].meets_bar:
            raise typer.Exit(ExitCode.NEGATIVE)


@app.command()
def extract(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A plain-text document.", show_default=False)
    ],
    date: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD",
            help="The document's date, when its first line is not ' date YYYY-MM-DD'.",
        ),
    ] = None,
    new_only: Annotated[
        bool, typer.Option("--new-only", help="Leave out what the loaded tables already cite.")
    ] = False,
    data: DataOption = None,
    no_builtin: NoBuiltinOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Propose candidate facts from a document, to review before they join a table.

    Every sentence with a share, a quantity, a date or an attribution is proposed, with its
    quote and offsets, value, resolved date, source, kind and subject. Prints TOML in the
    table's own format (or --format): saved in the document's folder, it passes
    `conflictfacts verify --data FOLDER --no-builtin`. It never writes a file.

    \b
    Example:
      conflictfacts extract seeds/000_a628886775cdef08.txt --no-builtin
    """
    from conflictfacts import extract as extraction

    with _reporting():
        output = Format.TOML if fmt is None and not as_json else _format(fmt, as_json)
        path = Path(file)
        text = _read_document(path)
        # With no table loaded (--no-builtin, no --data) nothing is known or cited yet.
        store = _load(data, no_builtin) if _paths(data) or not no_builtin else None
        found = extraction.extract(
            text,
            path.name,
            path.with_suffix(".toml"),
            given_date=date,
            known=store.sources if store else {},
            taken=store.has_id if store else lambda ident: False,
            cited=store.cited_spans(path.name) if store and new_only else (),
        )
        sources = {s.id: s for s in found.sources}
        header = (
            f"Candidate facts proposed by `conflictfacts extract` from {path.name}.\n"
            "Review each before use: correct its statement, kind, subject and id, and delete\n"
            "what is not a fact. Saved in the document's folder, this table passes\n"
            f"`conflictfacts verify --data FOLDER --no-builtin`."
        )
        if not found.facts:
            if found.already_cited:
                _say(f"all {found.already_cited} candidates are cited by the loaded tables already")
            else:
                _say(f"no sentence of {shorten(path.name)!r} has a number, date or attribution")
            if output in (Format.JSON, Format.CSV, Format.TSV):
                _print_facts([], output, sources)
            raise typer.Exit(ExitCode.NEGATIVE)
        if output is Format.TOML:
            formats.write_table(found.facts, sources, sys.stdout, header=header)
        else:
            _print_facts(found.facts, output, sources)


def _read_document(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"{shorten(str(path))} is not UTF-8 text (byte {error.start})") from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise UsageError(f"cannot read {shorten(str(path))!r}: {reason}") from None


def _print_evaluation(
    parts: Sequence[Any], failures: Sequence[Any], room: Any, fmt: Format | None
) -> None:
    records = [formats.scores_record(p) for p in parts]
    missed = [formats.failure_record(o) for o in failures]
    margin = formats.margin_record(room)
    if fmt is Format.TABLE:
        _print_rich(lambda r, con: r.evaluation_view(records, missed, margin, con))
    elif fmt is None:
        rows = [[formats.plain(r[c]) for c in formats.SCORES_FIELDS] for r in records]
        rows += [["margin", *(formats.plain(v) for v in margin.values())]]
        rows += [["failed", f["query"], f["expect"], f["verdict"]] for f in missed]
        formats.write_rows(rows, sys.stdout)
    elif fmt in (Format.JSON, Format.JSONL):
        report = {"parts": records, "margin": margin, "failures": missed}
        _print_records([report], Format.JSONL, ())
    else:
        _print_records(records, fmt, formats.SCORES_FIELDS)


def _prepare_streams() -> None:
    """Let text that the terminal's encoding cannot show come out as escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            encoding = (stream.encoding or "").lower().replace("-", "")
            if encoding != "utf8":
                stream.reconfigure(errors="backslashreplace")


def _for(argv: Sequence[str]) -> typer.Typer:
    """The app with only the command argv runs, when it names one.

    Typer builds the parameters of every registered command on each start (about 1 ms
    each); a lookup tool should not pay for five commands it will not run. The command
    registered is the same function, so its parsing, help and errors are the same.
    """
    name = argv[1] if len(argv) > 1 else ""
    chosen = [c for c in app.registered_commands if (c.name or c.callback.__name__) == name]  # type: ignore[union-attr]
    if not chosen:
        return app
    only = typer.Typer(**_SETTINGS)
    only.registered_callback = app.registered_callback
    only.registered_commands = chosen
    return only


def main() -> None:
    """The console script: run the app, and never end in a traceback."""
    _prepare_streams()
    _guard_messages()
    try:
        _for(sys.argv)(prog_name="conflictfacts")
    except BrokenPipeError:
        _silence_stdout()
    except Exception as error:  # a bug in conflictfacts: one line, not a traceback
        _say(f"internal error: {type(error).__name__}: {error} (please report it)")
        sys.exit(ExitCode.ERROR)
