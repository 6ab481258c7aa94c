"""How commands print: Rich for a person, rows in a pipe, machine formats on request."""

import io
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from conflictfacts import formats
from conflictfacts.models import Document, Fact, Format, Match, Source
from conflictfacts.text import utf8

if TYPE_CHECKING:
    from conflictfacts.batch import Answered

_ASK_ROW = (
    "id", "score", "statement", "value", "source", "date", "citation", "quote", "status",
)  # fmt: skip
"""`ask`'s row in a pipe. The status comes last: a superseded or retracted figure shown
beside its successor must be told apart by a script too."""

_LIST_ROW = (
    "id", "kind", "subject", "statement", "value", "source", "date", "citation", "status",
)  # fmt: skip


def ascii_only() -> bool:
    """Whether stdout cannot take UTF-8, so that output keeps to ASCII."""
    return not utf8(getattr(sys.stdout, "encoding", None) or "utf-8")


NARROWEST = 12
"""Columns at or below which a table has no room for its text: plain rows are printed."""


def print_rich(make: Any, narrow: Any = None, *, page: bool = True) -> None:
    """Print what make(render, console) builds, through a pager when it is taller than the
    terminal (see pager.decide) and page is set; on a terminal too narrow for it, call
    narrow instead, when given."""
    # Rich costs as much to import as Typer; load it only when a person will see a table.
    from conflictfacts import render
    from conflictfacts.cli import pager
    from conflictfacts.cli.running import PAGER_REFUSED

    con = render.console(sys.stdout)
    if narrow is not None and con.width <= NARROWEST:
        narrow()
        return
    with con.capture() as drawn:
        con.print(make(render, con))
    pager.show(drawn.get(), con.height, refused=PAGER_REFUSED[0] or not page)


def print_table(
    facts: Iterable[Fact],
    sources: Mapping[str, Source],
    *,
    header: str = "",
    documents: Sequence[Document] = (),
    checks: Mapping[str, Sequence[str]] | None = None,
) -> int:
    """Facts as a TOML table, in UTF-8 whatever the locale: `extract doc > doc.toml` must give
    a table that tomllib reads, and TOML is UTF-8."""
    text = io.StringIO()
    count = formats.write_table(
        facts, sources, text, header=header, documents=documents, checks=checks
    )
    raw = getattr(sys.stdout, "buffer", None)
    if raw is None:
        sys.stdout.write(text.getvalue())
    else:
        sys.stdout.flush()
        raw.write(text.getvalue().encode("utf-8"))
        raw.flush()
    return count


def print_records(records: Iterable[formats.Record], fmt: Format, columns: Sequence[str]) -> int:
    """Records in a machine format, these columns in this order; how many there were."""
    return formats.write(records, fmt, sys.stdout, columns=columns, ascii_only=ascii_only())


def print_fields(
    records: Iterable[formats.Record], fmt: Format | None, columns: Sequence[str]
) -> int:
    """Records with only the fields chosen with --fields, in every format: a table of those
    columns on a terminal, their values as tab-separated rows in a pipe."""
    if fmt is Format.TABLE:
        shown = list(records)
        if shown:
            print_rich(lambda r, con: r.fields_table(shown, columns, con))
        return len(shown)
    if fmt is None:
        rows = ([formats.plain(rec[c]) for c in columns] for rec in records)
        return formats.write_rows(rows, sys.stdout)
    return print_records((formats.narrow(rec, columns) for rec in records), fmt, columns)


def print_report(
    records: Sequence[formats.Record],
    fmt: Format | None,
    columns: Sequence[str] | None,
    fields: Sequence[str],
    *,
    draw: Any,
    rows: Callable[[], Iterable[Sequence[str]]],
) -> None:
    """Records that are not facts (sources, documents, a check's claims) in every format:
    only the chosen columns, when --fields gave them; on a terminal what draw(render,
    console) builds, when there are any; in a pipe the tab-separated rows(); else fmt with
    all the fields."""
    if columns is not None:
        print_fields(records, fmt, columns)
    elif fmt is Format.TABLE:
        if records:
            print_rich(draw)
    elif fmt is None:
        formats.write_rows(rows(), sys.stdout)
    else:
        print_records(records, fmt, fields)


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
        "status": fact.status.value,
    }
    return [cells[c] for c in columns]


def print_matches(
    matches: Sequence[Match],
    fmt: Format | None,
    sources: Mapping[str, Source],
    *,
    explain: bool,
    fields: Sequence[str] | None = None,
) -> None:
    """Answers (or, with explain, how each query word met them) on a terminal or in fmt."""
    if fields is not None:
        print_fields((formats.record(m.fact, m) for m in matches), fmt, fields)
    elif fmt is Format.TOML:
        print_table((m.fact for m in matches), sources)
    elif fmt is Format.TABLE:
        if matches:
            print_rich(
                lambda r, con: r.ask_view(matches, con, explain=explain),
                lambda: print_matches(matches, None, sources, explain=explain),
            )
    elif fmt is None and explain:
        formats.write_rows(formats.explanation_rows(matches), sys.stdout)
    elif fmt is None:
        formats.write_rows([_row(m.fact, _ASK_ROW, m.score) for m in matches], sys.stdout)
    else:
        records = [formats.record(m.fact, m) for m in matches]
        print_records(records, fmt, formats.ANSWER_FIELDS)


def print_batch(
    answered: Iterable["Answered"], fmt: Format | None, columns: Sequence[str] | None
) -> None:
    """The answers to many queries, as they come: under a heading per query on a terminal;
    in a pipe, `ask`'s rows (or the chosen fields) after the query and before the reason
    why there is no answer; one record per query in JSON lines (an array of them in JSON);
    in CSV, TSV and Markdown a row per answer with the query, its line and the reason."""
    if fmt is Format.TABLE:
        for item in answered:
            records = [formats.record(m.fact, m) for m in item.matches] if columns else []
            heading = f"line {item.line}: {item.query}"
            # Printed as each answer comes: a pager per query would ask for q each time.
            print_rich(lambda r, con: r.batch_view(
                heading, item.matches, item.reason, columns, records, con  # noqa: B023 (called at once)
            ), page=False)  # fmt: skip
    elif fmt is None:
        formats.write_rows((row for item in answered for row in _batch_rows(item, columns)),
                           sys.stdout)  # fmt: skip
    elif fmt in (Format.JSON, Format.JSONL):
        print_records((formats.batch_record(item, columns) for item in answered), fmt, ())
    else:
        flat = ("query", "line", *(columns or formats.ANSWER_FIELDS), "reason")
        rows = (rec for item in answered for rec in formats.batch_flat(item, columns))
        print_records(rows, fmt, flat)


def _batch_rows(item: "Answered", columns: Sequence[str] | None) -> list[list[str]]:
    if not item.matches:
        return [[item.query, *[""] * len(columns or _ASK_ROW), item.reason]]
    if columns is None:
        return [[item.query, *_row(m.fact, _ASK_ROW, m.score), ""] for m in item.matches]
    records = (formats.record(m.fact, m) for m in item.matches)
    return [[item.query, *(formats.plain(r[c]) for c in columns), ""] for r in records]


def print_nearest(nearest: Sequence[Match], fmt: Format | None, *, explain: bool) -> None:
    """When nothing answers: on a terminal, the related facts that lack only what was asked
    (a number, a date, a place, a speaker, a time), under their own heading; with explain,
    the nearest facts and why each does not answer. Machine formats print no answers."""
    if fmt is Format.TABLE and explain and nearest:
        print_rich(lambda r, con: r.nearest_view(nearest, con, explain=True))
    elif fmt is Format.TABLE and (related := [m for m in nearest if related_only(m)]):
        print_rich(lambda r, con: r.nearest_view(related, con, explain=False))
    elif fmt is None and explain:
        formats.write_rows(formats.explanation_rows(nearest), sys.stdout)


def related_only(match: Match) -> bool:
    """Whether a fact that does not answer is on the question's topic, lacking only the kind
    of answer asked for (gate conditions "form" and "time")."""
    return match.why is not None and bool(match.why.failed) and match.why.failed <= {"form", "time"}


def print_facts(
    facts: Iterable[Fact],
    fmt: Format | None,
    sources: Mapping[str, Source],
    fields: Sequence[str] | None = None,
) -> int:
    """Print facts as they come (held back until the command ends, in a pipe: see app.reporting)."""
    if fields is not None:
        return print_fields((formats.record(f) for f in facts), fmt, fields)
    if fmt is Format.TOML:
        return print_table(facts, sources)
    if fmt is Format.TABLE:
        shown = list(facts)
        if shown:
            print_rich(lambda r, con: r.list_table(shown, con))
        return len(shown)
    if fmt is None:
        return formats.write_rows((_row(f, _LIST_ROW) for f in facts), sys.stdout)
    return print_records((formats.record(f) for f in facts), fmt, formats.RECORD_FIELDS)


def print_timeline(
    entries: Sequence[formats.Dated],
    fmt: Format | None,
    sources: Mapping[str, Source],
    fields: Sequence[str] | None = None,
) -> int:
    """Facts on a time axis on a terminal, or their records in fmt."""
    if fields is not None:
        print_fields((formats.timeline_record(e) for e in entries), fmt, fields)
    elif fmt is Format.TABLE:
        if entries:
            print_rich(lambda r, con: r.timeline_view(entries, con))
    elif fmt is Format.TOML:
        print_table((e.fact for e in entries), sources)
    elif fmt is None:
        formats.write_rows([formats.timeline_row(e) for e in entries], sys.stdout)
    else:
        records = [formats.timeline_record(e) for e in entries]
        print_records(records, fmt, formats.TIMELINE_FIELDS)
    return len(entries)


def print_evaluation(
    parts: Sequence[Any], failures: Sequence[Any], room: Any, fmt: Format | None
) -> None:
    """An evaluation's report: each part's figures, the failures, and the gate's margin."""
    records = [formats.scores_record(p) for p in parts]
    missed = [formats.failure_record(o) for o in failures]
    margin = formats.margin_record(room)
    if fmt is Format.TABLE:
        print_rich(lambda r, con: r.evaluation_view(records, missed, margin, con))
    elif fmt is None:
        rows = [[formats.plain(r[c]) for c in formats.SCORES_FIELDS] for r in records]
        rows += [["margin", *(formats.plain(v) for v in margin.values())]]
        rows += [["failed", f["query"], f["expect"], f["verdict"]] for f in missed]
        formats.write_rows(rows, sys.stdout)
    elif fmt in (Format.JSON, Format.JSONL):
        report = {"parts": records, "margin": margin, "failures": missed}
        print_records([report], Format.JSONL, ())
    else:
        print_records(records, fmt, formats.SCORES_FIELDS)
