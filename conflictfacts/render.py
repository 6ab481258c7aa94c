"""Rich renderables for people at a terminal; nothing here prints, and no outside text is markup."""

from __future__ import annotations

import calendar
import itertools
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, TextIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from conflictfacts.dates import Span, parse_span
from conflictfacts.formats import (
    Dated,
    Record,
    differences,
    groups,
    reference,
    size_text,
    source_text,
    standing_text,
    value_text,
)
from conflictfacts.formats import plain as cell
from conflictfacts.models import Fact, Match, Source, Status
from conflictfacts.text import printable, utf8

if TYPE_CHECKING:
    from conflictfacts.check import Compared


def console(file: TextIO) -> Console:
    """A console that takes every string literally: no markup, no emoji codes, no highlighting."""
    return Console(file=file, markup=False, emoji=False, highlight=False, soft_wrap=False)


def _text(text: str, style: str = "") -> Text:
    # Text() is never parsed as markup, and printable() stops escape sequences acting.
    return Text(printable(text, keep_newlines=True), style=style)


def _box(con: Console) -> box.Box:
    """Rounded lines where the terminal can show them, ASCII where it cannot encode them."""
    return box.ROUNDED if utf8(con.encoding) else box.ASCII


def _columns(table: Table, *names: str, right: int) -> None:
    """Add columns that fold long words; those from index `right` on are numbers."""
    for index, name in enumerate(names):
        table.add_column(name, justify="right" if index >= right else "left", overflow="fold")


def _statement(fact: Fact) -> Text:
    """The statement, under it the value in bold when there is one, and its standing when
    it is not current ("superseded by ...")."""
    cell = _text(fact.statement)
    if value := value_text(fact):
        cell.append("\n").append(_text(value, "bold"))
    if standing := standing_text(fact):
        cell.append("\n").append(_text(standing, "yellow"))
    return cell


def _when_who(fact: Fact, *, cite: bool = False) -> Text:
    """Who asserts it (and on what basis, where the source says), its date and the source's
    words for it; with cite, the document as a person cites it."""
    who = source_text(fact) + (f" ({fact.basis})" if fact.basis else "")
    cell = _text(who).append("\n").append(_text(fact.date or "undated"))
    if fact.date_text:
        cell.append("\n").append(_text(f"“{fact.date_text}”", "dim"))
    if cite:
        cell.append("\n").append(_text(reference(fact), "dim cyan"))
    return cell


def _citation(fact: Fact) -> Text:
    """The document as a person cites it and the quote's offsets, its address, the quote."""
    cell = _text(f"{reference(fact)} [{fact.start}:{fact.end}]", "cyan")
    if fact.cited is not None and fact.cited.url:
        cell.append("\n").append(_text(fact.cited.url, "cyan"))
    return cell.append("\n").append(_text(f"“{fact.quote}”", "italic"))


def ask_view(matches: Sequence[Match], con: Console, *, explain: bool) -> RenderableType:
    """The answer table, and with explain, why each fact matched."""
    if not explain:
        return ask_table(matches, con)
    return Group(ask_table(matches, con), *(why_table(m, con) for m in matches))


def why_table(match: Match, con: Console) -> Table:
    """How each query word met one fact, the parts of its score, and the gate's verdict."""
    why = match.why
    assert why is not None, "search(explain=True) gives every match its explanation"
    intent = f"; fits a “{why.intent}” question" if why.intent else ""
    caption = (
        f"explains {why.coverage:.0%} of the query's weight; {why.subject:.0%} of it in the "
        f"subject; {why.adjacency:.0%} of neighbouring words next to each other{intent}"
    )
    if why.reasons:
        caption += "\ndoes not answer: " + "; ".join(why.reasons)
        title = f"Why {match.fact.id} does not answer (score {match.score:g})"
    else:
        title = f"Why {match.fact.id} scored {match.score:g}"
    table = Table(
        box=_box(con), header_style="bold", title=_text(title), caption=_text(caption, "dim")
    )
    _columns(
        table, "Query word", "Read as", "Is", "Matched", "How", "Where", "Weight", "Credit",
        right=6,
    )  # fmt: skip
    for w in why.words:
        read_as = f"{w.term} (synonym)" if w.synonym else w.term if w.term != w.written else ""
        table.add_row(
            _text(w.written),
            _text(read_as),
            _text(w.role),
            _text(w.word or ("— not in this fact" if w.how != "date" else "its date"),
                  "" if w.word or w.how else "dim"),
            _text(w.how),
            _text(w.field),
            _text(f"{w.weight:.2f}"),
            _text(f"{w.credit:.0%}"),
        )  # fmt: skip
    return table


def nearest_view(nearest: Sequence[Match], con: Console, *, explain: bool) -> RenderableType:
    """Facts that do not answer, under a heading that says so, each with what it lacks."""
    table = Table(
        box=_box(con),
        show_lines=True,
        header_style="bold",
        title=_text("Related, does not answer"),
    )
    table.add_column("Fact", ratio=5, overflow="fold")
    table.add_column("Who, when", ratio=2, overflow="fold")
    table.add_column("Why not", ratio=4, overflow="fold")
    for match in nearest:
        reasons = "; ".join(match.why.reasons) if match.why is not None else ""
        answer = _statement(match.fact).append("\n").append(_text(match.fact.id, "dim cyan"))
        table.add_row(answer, _when_who(match.fact), _text(reasons, "yellow"))
    if not explain:
        return table
    return Group(table, why_table(nearest[0], con))


def ask_table(matches: Sequence[Match], con: Console) -> Table:
    """The facts answering a query: answer and value, source and date, the verbatim citation."""
    table = Table(box=_box(con), show_lines=True, header_style="bold")
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Answer", ratio=5, overflow="fold")
    table.add_column("Who, when", ratio=2, overflow="fold")
    table.add_column("Citation", ratio=6, overflow="fold")
    for group in groups(matches):
        differ = differences(group)
        for place, match in enumerate(group, start=1):
            fact = match.fact
            answer = _statement(fact).append("\n").append(_text(fact.id, "dim cyan"))
            if match.figures > 1:
                # Figures on one measure from other documents, dates or sources: say so.
                how = f", differing in {_listed(differ)}" if differ else ", all alike"
                note = f"≠ {place} of {match.figures} figures on {group[0].fact.subject}"
                note += how if len(group) > 1 else ""
                if place == len(group) < match.figures:
                    note += f"\n{match.figures - len(group):,} more not shown: raise --limit"
                answer.append("\n").append(_text(note, "yellow"))
            table.add_row(_text(f"{match.score:g}"), answer, _when_who(fact), _citation(fact))
    return table


def _listed(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def list_table(facts: Sequence[Fact], con: Console) -> Table:
    """Facts for browsing: id and kind, statement and value, source and date; `show` quotes."""
    table = Table(box=_box(con), header_style="bold", expand=True)
    # Ids are what people copy into `show`: keep each on one line.
    table.add_column("ID, kind", style="cyan", no_wrap=True)
    table.add_column("Statement", ratio=5, overflow="fold")
    table.add_column("Who, when", ratio=2, min_width=12, overflow="fold")
    for fact in facts:
        ident = _text(fact.id).append("\n").append(_text(fact.kind.value, "dim"))
        table.add_row(ident, _statement(fact), _when_who(fact, cite=True))
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
    if fact.status is not Status.CURRENT:
        rows.append(("status", _text(standing_text(fact), "yellow")))
    if fact.basis:
        rows.append(("basis", _text(fact.basis)))
    rows.append(("document", _text(reference(fact))))
    if fact.cited is not None and fact.cited.url:
        rows.append(("address", _text(fact.cited.url, "cyan")))
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


def fields_table(records: Sequence[Record], columns: Sequence[str], con: Console) -> Table:
    """Records with only the fields asked for (`--fields`), one column each, named as in JSON."""
    table = Table(box=_box(con), header_style="bold")
    for name in columns:
        # Ids are what people copy into `show`: keep each on one line, as `list` does.
        table.add_column(name, overflow="fold", no_wrap=name == "id", style="cyan" * (name == "id"))
    for rec in records:
        table.add_row(*(_text(cell(rec[name])) for name in columns))
    return table


def heading(text: str, con: Console) -> Rule:
    """A rule with text at its left, to set apart the answers to one of many queries."""
    plain_box = _box(con) is box.ASCII
    return Rule(_text(text, "bold"), align="left", characters="-" if plain_box else "─")


def batch_view(
    heading_text: str,
    matches: Sequence[Match],
    reason: str,
    columns: Sequence[str] | None,
    records: Sequence[Record],
    con: Console,
) -> RenderableType:
    """One query of many: a heading naming its line and words, then its answers (all their
    columns, or those in columns, from records) or why it has none."""
    if not matches:
        body: RenderableType = _text(f"no answer: {reason}", "yellow")
    elif columns is not None:
        body = fields_table(records, columns, con)
    else:
        body = ask_table(matches, con)
    return Group(heading(heading_text, con), body)


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


def documents_table(records: Sequence[Record], con: Console) -> Table:
    """Each document as a person cites it, with its address, file, the facts citing it and
    the sources they name."""
    table = Table(box=_box(con), header_style="bold", show_lines=True)
    table.add_column("Document", ratio=3, overflow="fold")
    table.add_column("Facts", justify="right")
    table.add_column("Sources", ratio=2, overflow="fold")
    table.add_column("Fact ids", ratio=3, overflow="fold")
    for rec in records:
        title = f"“{rec['title']}”" if rec["title"] else ""
        named = ", ".join(p for p in (rec["publisher"], title) if p)
        cell = _text(named or rec["file"], "bold")
        for line in (rec["author"], rec["published"], rec["url"]):
            if line:
                cell.append("\n").append(_text(line))
        if named:
            cell.append("\n").append(_text(rec["file"], "dim"))
        if not rec["described"]:
            cell.append("\n").append(_text("no [[document]] entry", "yellow"))
        table.add_row(
            cell,
            _text(str(rec["facts"])),
            _text(", ".join(rec["sources"])),
            _text("\n".join(rec["fact_ids"]), "dim cyan"),
        )
    return table


def check_table(judged: Sequence[Compared], con: Console) -> Table:
    """Each claim of a document beside what the tables hold on the same measure: the
    verdict, the claim's figure and citation, and ours."""
    colours = {"agrees": "green", "differs": "bold red", "new": "cyan"}
    table = Table(box=_box(con), header_style="bold", show_lines=True)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("This document says", ratio=1, overflow="fold")
    table.add_column("We hold", ratio=1, overflow="fold")
    for compared in judged:
        verdict = _text(compared.verdict.value, colours[compared.verdict.value])
        if compared.differs_in:
            verdict.append("\n").append(_text("in " + _listed(compared.differs_in), "yellow"))
        claim, fact = compared.claim, compared.fact
        said = _side(claim, f"{claim.document} [{claim.start}:{claim.end}]")
        ours = _text("nothing on this measure", "dim")
        if fact is not None:
            ours = _side(fact, f"{reference(fact)} [{fact.start}:{fact.end}]")
            ours.append("\n").append(_text(fact.id, "dim cyan"))
        table.add_row(verdict, said, ours)
    return table


def _side(fact: Fact, where: str) -> Text:
    """A figure, its subject, date and source, then where it is said and the words."""
    cell = _text(value_text(fact) or "—", "bold").append(_text(f"  {fact.subject}"))
    cell.append("\n").append(_text(f"{source_text(fact)}, {fact.date or 'undated'}"))
    cell.append("\n").append(_text(where, "cyan"))
    return cell.append("\n").append(_text(f"“{fact.quote}”", "italic"))


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
        "among queries without an answer, "
        + (
            f"a fact that only coverage kept out reached at most "
            f"{margin['highest_unanswerable']:.3f} ({margin['highest_unanswerable_query']!r})."
            if margin["highest_unanswerable_query"]
            else "no fact was kept out by coverage alone."
        ),
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


def _days(span: Span) -> str:
    """How a fact's date reads beside its month: "07", "09–15", "by 07", "" (all month)."""
    first, last = span.first, span.last
    if first is None:
        assert last is not None
        return f"by {last.day:02d}"
    if last is None:
        return f"from {first.day:02d}"
    if first == last:
        return f"{first.day:02d}"
    whole_month = first.day == 1 and (last + timedelta(days=1)).day == 1
    if (first.year, first.month) == (last.year, last.month):
        return "" if whole_month else f"{first.day:02d}–{last.day:02d}"
    return f"to {last:%b %Y}" if first.day == 1 else f"{first.day:02d} to {last:%d %b %Y}"


def timeline_view(entries: Sequence[Dated], con: Console) -> RenderableType:
    """Facts on a time axis, by month: each document's date marked, and what was still
    ahead when it was reported (a deadline, planned talks) set apart from what had happened."""
    plain = _box(con) is box.ASCII
    past, ahead, report = ("*", "o", "#") if plain else ("●", "○", "◆")
    items: list[tuple[date, int, Dated | tuple[str, str]]] = [
        (parse_span(e.fact.date).anchor, 0, e) for e in entries
    ]
    reports = {(e.document_date, e.fact.document) for e in entries if e.document_date}
    items += [(date.fromisoformat(day), 1, (day, name)) for day, name in sorted(reports)]
    items.sort(key=lambda item: (item[0], item[1]))
    # As wide as the longest day label ("09 to 15 Mar 2026"), so that none is cut short.
    days = max((len(_days(parse_span(e.fact.date))) for e in entries), default=0)
    parts: list[RenderableType] = []
    for (year, month), in_month in itertools.groupby(items, key=lambda i: (i[0].year, i[0].month)):
        parts.append(Rule(_text(f"{calendar.month_name[month]} {year}", "bold"), align="left",
                          characters="-" if plain else "─", style="dim"))  # fmt: skip
        # Fixed widths, so that every month's rows line up under the last.
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(justify="right", no_wrap=True, width=max(days, 6))
        grid.add_column(no_wrap=True, width=1)
        grid.add_column(ratio=1, overflow="fold")
        grid.add_column(style="dim", overflow="fold", width=min(22, max(8, con.width // 5)))
        for day, _, item in in_month:
            if not isinstance(item, Dated):  # a document's date
                note = f"{item[1]} is dated here: what it reports after this was still ahead"
                grid.add_row(_text(f"{day.day:02d}", "cyan"), _text(report, "cyan"),
                             _text(note, "cyan"), _text(""))  # fmt: skip
                continue
            fact = item.fact
            text = _text(fact.statement)
            if value := value_text(fact):
                text.append("  ").append(_text(value, "bold"))
            if item.ahead:
                text.append("\n").append(
                    _text(f"ahead of its report of {item.document_date}", "yellow")
                )
            mark = _text(ahead, "yellow") if item.ahead else _text(past, "green")
            grid.add_row(_text(_days(parse_span(fact.date))), mark, text, _text(source_text(fact)))
        parts.append(grid)
    legend = (f"{past} had happened or held when reported    {ahead} still ahead when reported"
              f"    {report} a document's date")  # fmt: skip
    parts.append(Padding(_text(legend, "dim"), (1, 0, 0, 0)))
    return Group(*parts)


def cache_view(folder: str, records: Sequence[Record], note: str, con: Console) -> Table:
    """The cache folder's files, most recently used first: kind, size, when last used, and
    the tables each store was built from; note under it."""
    table = Table(box=_box(con), header_style="bold", title=_text(folder), caption=_text(note))
    table.add_column("File", style="cyan", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Size", justify="right", no_wrap=True)
    table.add_column("Last used", justify="right", no_wrap=True)
    table.add_column("Built from", ratio=1, overflow="fold")
    for rec in records:
        days = int(rec["age_days"])
        table.add_row(
            _text(rec["path"].rpartition("/")[2]),
            _text(rec["kind"]),
            _text(size_text(rec["size"])),
            _text("today" if days == 0 else f"{days} day{'s' if days > 1 else ''} ago"),
            _text("\n".join(rec["tables"]), "dim"),
        )
    return table
