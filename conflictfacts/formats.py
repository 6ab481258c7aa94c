"""Facts as text for machines: JSON, JSON lines, CSV, TSV, Markdown and plain tab-separated rows."""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from conflictfacts.dates import parse_span
from conflictfacts.models import (
    DOCUMENT_FIELDS,
    FACT_FIELDS,
    SOURCE_FIELDS,
    Document,
    Explanation,
    Fact,
    Format,
    Match,
    Problem,
    Source,
    Status,
)
from conflictfacts.text import printable, tsv_field

if TYPE_CHECKING:
    from conflictfacts.batch import Answered
    from conflictfacts.cachefolder import CacheFile
    from conflictfacts.check import Compared
    from conflictfacts.evaluate import Margin, Outcome, Scores

SOURCE_RECORD = (*SOURCE_FIELDS[:3], "facts", "relayed", *SOURCE_FIELDS[3:])
"""A source's record in `sources`: its own fields, with how many facts it asserts and
relays after its kind."""
PROBLEM_FIELDS = ("table", "line", "fact_id", "message")
CITED_FIELDS = tuple(f"document_{name}" for name in DOCUMENT_FIELDS[1:])
"""What the tables say of a fact's document (its [[document]] entry), after the fact's own
fields: `document_publisher`, `document_title`, ..., each "" where nothing is said."""
RECORD_FIELDS = (*FACT_FIELDS, *CITED_FIELDS)
"""A fact's record in `list`, `show` and the machine formats: its fields, then its document's."""
ANSWER_FIELDS = (*RECORD_FIELDS, "score", "coverage")
"""An answer's record in `ask`: the fact's fields, then how well it answers."""
EXTRACT_FIELDS = (*RECORD_FIELDS, "check")
"""A candidate's record in `extract`: the fact's fields, then what to check first in it."""
TIMELINE_FIELDS = (*RECORD_FIELDS, "document_date", "ahead")
"""A fact's record in `timeline`: its fields, its document's date, and whether it was ahead."""
DOCUMENT_RECORD = (
    "file", *DOCUMENT_FIELDS[1:], "described", "date_line", "path", "facts", "fact_ids",
    "sources",
)  # fmt: skip
"""A document's record in `documents`: its [[document]] entry's fields ("" where it has
none), whether it has one, the date its first line gives, where it is, how many facts cite
it, their ids, and the sources those facts name (who asserts, then who relays)."""
SCORES_FIELDS = (
    "part", "queries", "answerable", "top1", "mrr", "false_answer_rate", "false_answers", "missed",
)  # fmt: skip

Record = dict[str, Any]


def record(fact: Fact, match: Match | None = None) -> Record:
    """A fact as a flat dict of JSON types; for an answer, its score, coverage and (with
    --explain) explanation too."""
    out: Record = fact.to_record()
    cited = fact.cited or Document(fact.document)
    out.update(zip(CITED_FIELDS, cited[1:], strict=True))
    if match is not None:
        out["score"] = match.score
        out["coverage"] = match.coverage
        if match.why is not None:
            out["explanation"] = explanation_record(match.why)
    return out


def narrow(rec: Record, columns: Sequence[str] | None) -> Record:
    """The record with only these fields, in this order (all of them for None)."""
    return rec if columns is None else {name: rec[name] for name in columns}


def batch_record(item: Answered, columns: Sequence[str] | None) -> Record:
    """One query of `ask --batch` as JSON types: the query, its line, its answers (each as
    `ask --json` gives it, or with only `columns`) and why there is none ("" if answered)."""
    answers = [narrow(record(m.fact, m), columns) for m in item.matches]
    return {"query": item.query, "line": item.line, "answers": answers, "reason": item.reason}


def batch_flat(item: Answered, columns: Sequence[str] | None) -> list[Record]:
    """One query of `ask --batch` for CSV, TSV and Markdown: a record per answer, the query and
    its line first and the reason last; a query without answers gets one, its fields null."""
    head: Record = {"query": item.query, "line": item.line}
    if not item.matches:
        return [{**head, **dict.fromkeys(columns or ANSWER_FIELDS), "reason": item.reason}]
    return [{**head, **narrow(record(m.fact, m), columns), "reason": ""} for m in item.matches]


def explanation_record(why: Explanation) -> Record:
    """How each query word met a fact, and the gate's verdict, as JSON types."""
    return {
        "coverage": round(why.coverage, 4),
        "subject": round(why.subject, 4),
        "adjacency": round(why.adjacency, 4),
        "intent": why.intent,
        "reasons": list(why.reasons),
        "words": [
            {
                "written": w.written,
                "term": w.term,
                "synonym": w.synonym,
                "word": w.word,
                "how": w.how,
                "field": w.field,
                "weight": round(w.weight, 4),
                "credit": round(w.credit, 4),
                "role": w.role,
            }
            for w in why.words
        ],
    }


def explanation_rows(matches: Sequence[Match]) -> list[list[str]]:
    """One row per fact and query word: how that word met that fact, and the gate's verdict
    on the fact: "answers", or why not. Columns: id, score, written, term, role, word, how,
    field, weight, credit, coverage, intent, verdict."""
    rows = []
    for match in matches:
        why = match.why
        assert why is not None, "search(explain=True) gives every match its explanation"
        verdict = "; ".join(why.reasons) or "answers"
        for w in why.words:
            rows.append([
                match.fact.id, f"{match.score:g}", w.written, w.term, w.role, w.word, w.how,
                w.field, f"{w.weight:.3f}", f"{w.credit:.2f}", f"{why.coverage:.3f}",
                why.intent, verdict,
            ])  # fmt: skip
    return rows


def source_record(source: Source, asserted: int, relayed: int) -> Record:
    """A source as JSON types, in SOURCE_RECORD order."""
    fields = source._asdict() | {"kind": source.kind.value, "aliases": list(source.aliases)}
    fields |= {"facts": asserted, "relayed": relayed}
    return {name: fields[name] for name in SOURCE_RECORD}


def document_record(
    path: Path, date_line: str, document: Document | None, facts: Sequence[Fact]
) -> Record:
    """A document as JSON types, in DOCUMENT_RECORD order (see there)."""
    name = facts[0].document if facts else document.file if document else path.name
    entry = (document or Document(name))._asdict() | {"file": name}
    sources = dict.fromkeys(n for f in facts for n in (f.source, f.reported_by) if n)
    return entry | {
        "described": document is not None,
        "date_line": date_line,
        "path": str(path),
        "facts": len(facts),
        "fact_ids": [f.id for f in facts],
        "sources": list(sources),
    }


CHECK_FIELDS = (
    "verdict", "differs_in",
    "claim_subject", "claim_value", "claim_unit", "claim_qualifier", "claim_date", "claim_source",
    "claim_document", "claim_start", "claim_end", "claim_quote",
    "fact_id", "fact_value", "fact_unit", "fact_qualifier", "fact_date", "fact_source",
    "fact_document", "fact_start", "fact_end", "fact_quote", "fact_citation",
)  # fmt: skip
"""A claim's record in `check`: the verdict and how it differs, then the claim as the
document makes it, then ours (the fact_ fields, null for a new claim; fact_citation is its
document as a person cites it)."""

_SIDES = ("subject", "value", "unit", "qualifier", "date", "source", "document", "start", "end",
          "quote")  # fmt: skip


def check_record(compared: Compared) -> Record:
    """One claim of `check` as JSON types, in CHECK_FIELDS order."""
    claim, fact = compared.claim, compared.fact
    out: Record = {"verdict": compared.verdict.value, "differs_in": list(compared.differs_in)}
    out |= {f"claim_{name}": getattr(claim, name) for name in _SIDES}
    out["fact_id"] = fact.id if fact else None
    out |= {f"fact_{name}": getattr(fact, name) if fact else None for name in _SIDES[1:]}
    out["fact_citation"] = reference(fact) if fact else None
    return {name: out[name] for name in CHECK_FIELDS}


def check_row(compared: Compared) -> list[str]:
    """verdict, how it differs, the claim's value, date and source, our fact's id, value,
    date and source, and the claim's quote: one claim, for a pipe."""
    claim, fact = compared.claim, compared.fact
    ours = [fact.id, value_text(fact), fact.date, source_text(fact)] if fact else [""] * 4
    return [
        compared.verdict.value, ",".join(compared.differs_in),
        value_text(claim), claim.date, source_text(claim), *ours, claim.quote,
    ]  # fmt: skip


def problem_record(problem: Problem) -> Record:
    """A table's fault as JSON types: its table, line and fact where known."""
    return {
        "table": str(problem.table),
        "line": problem.line,
        "fact_id": problem.fact_id,
        "message": problem.message,
    }


def scores_record(scores: Scores) -> Record:
    """One part of an evaluation's report, its rates rounded to four places."""
    record = {name: getattr(scores, name) for name in SCORES_FIELDS}
    for name in ("top1", "mrr", "false_answer_rate"):
        record[name] = round(record[name], 4)
    return record


def margin_record(margin: Margin) -> Record:
    """How near the gate's threshold the right answers and the refusals came."""
    return {
        "threshold": margin.threshold,
        "lowest_right": round(margin.lowest_right, 4),
        "lowest_right_query": margin.lowest_right_query,
        "highest_unanswerable": round(margin.highest_unanswerable, 4),
        "highest_unanswerable_query": margin.highest_unanswerable_query,
    }


def failure_record(outcome: Outcome) -> Record:
    """A query the evaluation failed, with what was expected and what came first."""
    return {
        "query": outcome.case.text,
        "expect": outcome.case.expect,
        "group": outcome.case.group,
        "split": outcome.case.split,
        "got": list(outcome.ranked[:3]),
        "verdict": outcome.verdict(),
    }


class Dated(NamedTuple):
    """A fact on the timeline, and the date of the document that reports it ("" if none)."""

    fact: Fact
    document_date: str

    @property
    def ahead(self) -> bool:
        """Whether it was still to come when reported: a deadline, planned talks."""
        return (
            bool(self.document_date) and str(parse_span(self.fact.date).anchor) > self.document_date
        )


def timeline_record(entry: Dated) -> Record:
    """A fact's record with its document's date, and whether it was ahead when reported."""
    return {**record(entry.fact), "document_date": entry.document_date, "ahead": entry.ahead}


def timeline_row(entry: Dated) -> list[str]:
    """date, ahead or past, id, statement, value, source: one fact, for a pipe."""
    fact = entry.fact
    when = "ahead" if entry.ahead else "past"
    return [fact.date, when, fact.id, fact.statement, value_text(fact), source_text(fact)]


def groups(matches: Sequence[Match]) -> list[list[Match]]:
    """Matches in their order, those on one measure together (see Match.alongside)."""
    out, at = [], 0
    while at < len(matches):
        size = matches[at].alongside + 1
        out.append(list(matches[at : at + size]))
        at += size
    return out


def differences(group: Sequence[Match]) -> list[str]:
    """What sets figures for one measure apart: "value", "date", "source"."""
    aspects = {"value": value_text, "date": lambda f: f.date, "source": source_text}
    return [name for name, get in aspects.items() if len({get(m.fact) for m in group}) > 1]


def value_text(fact: Fact) -> str:
    """The quantity as a reader says it: "around 70%", "nearly 4 years", "nearly all"."""
    if fact.value is None:
        return fact.qualifier
    number = f"{fact.value:g}"
    amount = f"{number}{fact.unit}" if fact.unit == "%" else f"{number} {fact.unit}"
    return f"{fact.qualifier} {amount}".strip()


def source_text(fact: Fact) -> str:
    """Who asserts the fact, and who relayed it: "Zelenskyy via AP"."""
    return f"{fact.source} via {fact.reported_by}" if fact.reported_by else fact.source


def reference(fact: Fact) -> str:
    """The document as a person cites it: publisher, title in quotes, date published
    ("AP, “Talks end in Abu Dhabi”, 2026-02-05"); the file name in place of the publisher
    and title where the tables give neither, and the file name alone where they say nothing."""
    cited = fact.cited
    if cited is None:
        return fact.document
    title = f"“{cited.title}”" if cited.title else ""
    named = [part for part in (cited.publisher, title) if part] or [fact.document]
    return ", ".join([*named, *([cited.published] if cited.published else [])])


def standing_text(fact: Fact) -> str:
    """A fact's standing in words when it is not current: "superseded by X: why"; ""."""
    if fact.status is Status.CURRENT:
        return ""
    said = fact.status.value + (f" by {fact.superseded_by}" if fact.superseded_by else "")
    return said + (f": {fact.status_note}" if fact.status_note else "")


def citation_text(fact: Fact) -> str:
    """Where the quote is: "document.txt:2134-2291" (characters, end exclusive)."""
    return f"{fact.document}:{fact.start}-{fact.end}"


@functools.cache
def _c1() -> re.Pattern[str]:
    # Compiled on first output that needs it: the ranges take 0.3 ms to compile.
    return re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape_c1(text: str) -> str:
    """JSON (or TOML) text with C1 controls, bidirectional controls and line separators, legal
    inside their strings, written as \\u escapes: a terminal acts on the first, the second
    reorder what it shows, and the last split a line for str.splitlines()."""
    if text.isascii() and "\x7f" not in text:  # DEL is ASCII, and TOML wants it escaped
        return text
    return _c1().sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _json(value: Any, *, ascii_only: bool, indent: int | None) -> str:
    return _escape_c1(json.dumps(value, ensure_ascii=ascii_only, indent=indent))


def plain(value: Any) -> str:
    """A record's value as one cell of text: "" for null, true or false, a list joined with
    "; "."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"  # as JSON has it
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


def write(
    records: Iterable[Record],
    fmt: Format,
    out: TextIO,
    *,
    columns: Sequence[str],
    ascii_only: bool = False,
) -> int:
    """Write records as they come in a machine format; return how many there were.

    `columns` order the CSV, TSV and Markdown formats. Nothing is held back, so a
    million facts stream out, and a reader that stops early stops the writing.
    """
    count = 0
    if fmt is Format.JSON:
        out.write("[")
        for rec in records:
            text = _json(rec, ascii_only=ascii_only, indent=2).replace("\n", "\n  ")
            out.write(("," if count else "") + "\n  " + text)
            count += 1
        out.write("\n]\n" if count else "]\n")
    elif fmt is Format.JSONL:
        for rec in records:
            out.write(_json(rec, ascii_only=ascii_only, indent=None) + "\n")
            count += 1
    elif fmt is Format.CSV:
        out.write(",".join(map(csv_cell, columns)) + "\n")
        for rec in records:
            out.write(",".join(csv_cell(rec.get(c)) for c in columns) + "\n")
            count += 1
    elif fmt is Format.TSV:
        header = [list(columns)]
        body = ([plain(rec.get(c)) for c in columns] for rec in records)
        count = write_rows(itertools.chain(header, body), out) - 1
    elif fmt is Format.MARKDOWN:
        for rec in records:
            if not count:
                out.write("| " + " | ".join(columns) + " |\n")
                out.write("|" + "---|" * len(columns) + "\n")
            cells = (_markdown_cell(plain(rec.get(c))) for c in columns)
            out.write("| " + " | ".join(cells) + " |\n")
            count += 1
    else:
        raise ValueError(f"{fmt} is not a format of records")
    return count


_FORMULA = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may take a cell starting with as a formula (OWASP, CSV injection)."""


def csv_cell(value: Any) -> str:
    """One CSV field: quoted when it holds a comma, quote, tab or line break; terminal controls
    as escapes; and text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or
    carriage return first) led by an apostrophe, as OWASP advises. A number stays a number."""
    text = printable(plain(value), keep_layout=True)
    if text.startswith(_FORMULA) and not isinstance(value, (int, float)):
        text = "'" + text
    if any(c in text for c in ',"\t\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _toml(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"no TOML form for {value!r}")
    if isinstance(value, str):
        # JSON's string escapes are TOML's; DEL and C1 controls TOML wants escaped too.
        return _escape_c1(json.dumps(value, ensure_ascii=False))
    return repr(value)


_OPTIONAL = (
    "value", "unit", "qualifier", "date", "date_text", "date_basis", "reported_by",
    "superseded_by", "status_note", "basis",
)  # fmt: skip


def write_table(
    facts: Iterable[Fact],
    sources: Mapping[str, Source],
    out: TextIO,
    *,
    header: str = "",
    documents: Sequence[Document] = (),
    checks: Mapping[str, Sequence[str]] | None = None,
) -> int:
    """Facts as a TOML table in the shipped table's format, with the [[source]] entries they
    name and the [[document]] entries given (every field written, the empty ones for a
    reviewer to fill in), else those that describe the facts' documents, so that the text is
    a table of its own; return how many facts there were. checks: for a fact's id, what to
    check in it, written as comments above it."""
    chosen = list(facts)
    if header:
        lines = (f"# {printable(line)}".rstrip() + "\n" for line in header.splitlines())
        out.write("".join(lines) + "\n")
    names = sorted({n for f in chosen for n in (f.source, f.reported_by) if n})
    for name in names:
        source = sources[name]
        out.write(f"[[source]]\nid = {_toml(source.id)}\nname = {_toml(source.name)}\n")
        out.write(f"kind = {_toml(source.kind.value)}\n")
        if source.aliases:
            out.write(f"aliases = [{', '.join(_toml(a) for a in source.aliases)}]\n")
        if source.note:
            out.write(f"note = {_toml(source.note)}\n")
        out.write("\n")
    described = documents or dict.fromkeys(f.cited for f in chosen if f.cited is not None)
    for document in described:
        out.write("[[document]]\n")
        out.write("".join(f"{k} = {_toml(v)}\n" for k, v in document._asdict().items()) + "\n")
    for fact in chosen:
        for reason in (checks or {}).get(fact.id, ()):
            out.write(f"# check {printable(reason)}\n")
        out.write("[[fact]]\n")
        for name, value in fact.to_record().items():
            if name in _OPTIONAL and value in (None, ""):
                continue
            if name == "status" and value == Status.CURRENT:  # the default, left unsaid
                continue
            out.write(f"{name} = {_toml(value)}\n")
        out.write("\n")
    return len(chosen)


def _markdown_cell(text: str) -> str:
    return printable(text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " "))


def write_rows(rows: Iterable[Sequence[str]], out: TextIO) -> int:
    """Tab-separated rows, one record a line: tabs, newlines and controls written as escapes."""
    count = 0
    for row in rows:
        out.write("\t".join(printable(tsv_field(cell)) for cell in row) + "\n")
        count += 1
    return count


CACHE_FIELDS = ("path", "kind", "size", "used", "age_days", "tables")
"""A cache file's record in `cache`."""


def cache_record(file: CacheFile, now_ns: int) -> Record:
    """A cache file as JSON types, in CACHE_FIELDS order: its size in bytes, when it was last
    used (UTC, to the second), how many days ago that is from now_ns, and, for a store, the
    tables it was built from."""
    from datetime import UTC, datetime

    used = datetime.fromtimestamp(file.used_ns // 1_000_000_000, UTC)
    return {
        "path": str(file.path),
        "kind": file.kind.value,
        "size": file.size,
        "used": used.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "age_days": round(max(0, now_ns - file.used_ns) / 86_400e9, 1),
        "tables": list(file.tables),
    }


def size_text(size: int) -> str:
    """Bytes for a person, in decimal units: 812 B, 98.3 kB, 17.2 MB, 500 MB."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} B"
