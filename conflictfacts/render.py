"""Rich renderables for people at a terminal; nothing here prints, and no outside text is markup."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TextIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from conflictfacts.formats import Record, source_text, value_text
from conflictfacts.models import Fact, Match, Source
from conflictfacts.text import printable


def console(file: TextIO, *, stderr: bool = False) -> Console:
    """A console that takes every string literally: no markup, no emoji codes, no highlighting."""
    return Console(
        file=file, stderr=stderr, markup=False, emoji=False, highlight=False, soft_wrap=False
    )


def _text(text: str, style: str = "") -> Text:
    # Text() is never parsed as markup, and printable() stops escape sequences acting.
    return Text(printable(text, keep_newlines=True), style=style)


def _box(con: Console) -> box.Box:
    """Rounded lines where the terminal can show them, ASCII where it cannot encode them."""
    return box.ROUNDED if con.encoding.lower().replace("-", "") == "utf8" else box.ASCII


def _columns(table: Table, *names: str, right: int) -> None:
    """Add columns that fold long words; those from index `right` on are numbers."""
    for index, name in enumerate(names):
        table.add_column(name, justify="right" if index >= right else "left", overflow="fold")


def _when_who(fact: Fact) -> Text:
    cell = _text(source_text(fact)).append("\n").append(_text(fact.date or "undated"))
    if fact.date_text:
        cell.append("\n").append(_text(f"“{fact.date_text}”", "dim"))
    return cell


def ask_view(matches: Sequence[Match], con: Console, *, explain: bool) -> RenderableType:
    """The answer table, and with explain, why each fact matched."""
    if not explain:
        return ask_table(matches, con)
    return Group(ask_table(matches, con), *(why_table(m, con) for m in matches))


def why_table(match: Match, con: Console) -> Table:
    """How each query word met one fact, and the parts of its score."""
    why = match.why
    assert why is not None, "search(explain=True) gives every match its explanation"
    intent = f"; fits a “{why.intent}” question" if why.intent else ""
    caption = (
        f"explains {why.coverage:.0%} of the query's weight; {why.subject:.0%} of it in the "
        f"subject; {why.adjacency:.0%} of neighbouring words next to each other{intent}"
    )
    table = Table(
        box=_box(con),
        header_style="bold",
        title=_text(f"Why {match.fact.id} scored {match.score:g}"),
        caption=_text(caption, "dim"),
    )
    _columns(table, "Query word", "Read as", "Matched", "How", "Where", "Weight", "Credit", right=5)
    for w in why.words:
        read_as = f"{w.term} (synonym)" if w.synonym else w.term if w.term != w.written else ""
        table.add_row(
            _text(w.written),
            _text(read_as),
            _text(w.word or "— not in this fact", "" if w.word else "dim"),
            _text(w.how),
            _text(w.field),
            _text(f"{w.weight:.2f}"),
            _text(f"{w.credit:.0%}"),
        )
    return table


def ask_table(matches: Sequence[Match], con: Console) -> Table:
    """The facts answering a query: answer and value, source and date, the verbatim citation."""
    table = Table(box=_box(con), show_lines=True, header_style="bold")
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Answer", ratio=5, overflow="fold")
    table.add_column("Who, when", ratio=2, overflow="fold")
    table.add_column("Citation", ratio=6, overflow="fold")
    for match in matches:
        fact = match.fact
        answer = _text(fact.statement)
        if value := value_text(fact):
            answer.append("\n").append(_text(value, "bold"))
        answer.append("\n").append(_text(fact.id, "dim cyan"))
        citation = _text(f"{fact.document} [{fact.start}:{fact.end}]", "cyan")
        citation.append("\n").append(_text(f"“{fact.quote}”", "italic"))
        table.add_row(_text(f"{match.score:g}"), answer, _when_who(fact), citation)
    return table


def list_table(facts: Sequence[Fact], con: Console) -> Table:
    """Facts for browsing: id and kind, statement and value, source and date; `show` quotes."""
    table = Table(box=_box(con), header_style="bold", expand=True)
    # Ids are what people copy into `show`: keep each on one line.
    table.add_column("ID, kind", style="cyan", no_wrap=True)
    table.add_column("Statement", ratio=5, overflow="fold")
    table.add_column("Who, when", ratio=2, min_width=12, overflow="fold")
    for fact in facts:
        statement = _text(fact.statement)
        if value := value_text(fact):
            statement.append("\n").append(_text(value, "bold"))
        ident = _text(fact.id).append("\n").append(_text(fact.kind.value, "dim"))
        table.add_row(ident, statement, _when_who(fact))
    return table


def fact_view(
    fact: Fact, sources: Mapping[str, Source], context: tuple[str, str, str], con: Console
) -> RenderableType:
    """One fact in full, and its quote highlighted in the document's surrounding text."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()

    def who(source_id: str) -> Text:
        source = sources.get(source_id)
        if source is None:
            return _text(source_id)
        detail = f" ({source.name}, {source.kind.value})" if source.name != source.id else ""
        return _text(source.id).append(_text(detail, "dim"))

    rows: list[tuple[str, Text]] = [
        ("id", _text(fact.id, "cyan")),
        ("statement", _text(fact.statement)),
        ("kind", _text(fact.kind.value)),
        ("subject", _text(fact.subject)),
        ("value", _text(value_text(fact) or "—", "bold")),
        ("date", _text(fact.date or "undated")),
    ]
    if fact.date_text:
        rows.append(("date text", _text(f"“{fact.date_text}”")))
    if fact.date_basis:
        rows.append(("date basis", _text(fact.date_basis, "dim")))
    rows.append(("source", who(fact.source)))
    if fact.reported_by:
        rows.append(("reported by", who(fact.reported_by)))
    rows.append(
        ("citation", _text(f"{fact.document}, characters {fact.start} to {fact.end}", "cyan"))
    )
    for label, value in rows:
        grid.add_row(label, value)

    before, quote, after = context
    # Without colour, reverse video is lost: mark the quote's ends in the text itself.
    opening, closing = ("", "") if con.color_system else ("»", "«")
    passage = Text("…" if before else "").append(_text(before.lstrip()))
    passage.append(_text(f"{opening}{quote}{closing}", "bold reverse"))
    passage.append(_text(after.rstrip())).append("…" if after else "")
    panel = Panel(passage, box=_box(con), title=_text(fact.document), title_align="left")
    return Group(grid, Padding(panel, (1, 0, 0, 0)))


def sources_table(records: Sequence[Record], con: Console) -> Table:
    """Each source: id, full name, kind, facts it asserts and relays, and its other names."""
    table = Table(box=_box(con), header_style="bold")
    table.add_column("ID", style="cyan", overflow="fold")
    table.add_column("Name", ratio=2, overflow="fold")
    table.add_column("Kind", overflow="fold")
    table.add_column("Facts", justify="right")
    table.add_column("Relays", justify="right")
    table.add_column("Also known as", ratio=2, overflow="fold")
    for rec in records:
        table.add_row(
            _text(rec["id"]),
            _text(rec["name"]),
            _text(rec["kind"]),
            _text(str(rec["facts"])),
            _text(str(rec["relayed"])),
            _text(", ".join(rec["aliases"]), "dim"),
        )
    return table


def evaluation_view(
    parts: Sequence[Record], failures: Sequence[Record], margin: Record, con: Console
) -> RenderableType:
    """The evaluation's figures by part, the threshold's margin, and each failed query."""
    table = Table(box=_box(con), header_style="bold", title="Search quality")
    _columns(table, "Part", "Queries", "Top-1", "MRR", "False answers", "Missed", right=1)
    for rec in parts:
        table.add_row(
            _text(rec["part"]),
            _text(str(rec["queries"])),
            _text(f"{rec['top1']:.1%}" if rec["answerable"] else "—"),
            _text(f"{rec['mrr']:.3f}" if rec["answerable"] else "—"),
            _text(f"{rec['false_answers']} of {rec['queries'] - rec['answerable']}"),
            _text(str(rec["missed"])),
        )
    room = _text(
        f"Threshold {margin['threshold']:.2f}: right answers explain at least "
        f"{margin['lowest_right']:.3f} of their query ({margin['lowest_right_query']!r}); "
        f"queries without an answer reach at most {margin['highest_unanswerable']:.3f} "
        f"({margin['highest_unanswerable_query']!r}).",
        "dim",
    )
    if not failures:
        return Group(table, room)
    failed = Table(box=_box(con), header_style="bold", title="Failed queries")
    failed.add_column("Query", ratio=2, overflow="fold")
    failed.add_column("Expected", ratio=2, overflow="fold")
    failed.add_column("What happened", ratio=3, overflow="fold")
    for rec in failures:
        failed.add_row(
            _text(rec["query"]), _text(rec["expect"] or "no answer"), _text(rec["verdict"])
        )
    return Group(table, room, failed)
