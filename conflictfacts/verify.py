"""A fact's document: where it is, reading it, its date, and proof it holds each quote."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from conflictfacts.errors import DataError
from conflictfacts.models import Fact, Problem
from conflictfacts.text import shorten


def document_path(fact: Fact) -> Path:
    """Where a fact's document lives: beside the table that cites it."""
    return fact.table.parent / fact.document


MAX_DOCUMENT = 100 << 20
"""Bytes in a document. Decoded, 100 MB of text can take 400 MB of memory."""


class DocumentTooLarge(OSError):
    """A document over MAX_DOCUMENT bytes: refused rather than read."""


DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|\Z)\s*")
"""A document's first line: ` date YYYY-MM-DD`, its text on the same line or the next."""


def dated(path: Path) -> str:
    """The date a document's first line gives, or "" when it gives none."""
    try:
        with path.open("rb") as file:
            head = file.read(64).decode("utf-8", "ignore")
    except OSError:
        return ""
    found = DATE_LINE.match(head)
    return found[1] if found else ""


def read_document(path: Path) -> str:
    """A document's text, decoded strictly; offsets count its characters (Python indices)."""
    size = path.stat().st_size
    if size > MAX_DOCUMENT:
        raise DocumentTooLarge(
            f"{size / (1 << 20):,.0f} MB; documents are limited to {MAX_DOCUMENT >> 20} MB"
        )
    return path.read_bytes().decode("utf-8")


def _difference(fact: Fact, text: str) -> str:
    """Say how the document's text at the fact's offsets differs from its quote."""
    found = text[fact.start : fact.end]
    at = next((i for i, (a, b) in enumerate(zip(found, fact.quote, strict=False)) if a != b), None)
    if at is None:
        at = min(len(found), len(fact.quote))
    message = (
        f"quote differs from the document at {fact.start}:{fact.end}, from character {at}: "
        f"the document has {shorten(found[at:], 40)!r}, the quote {shorten(fact.quote[at:], 40)!r}"
    )
    elsewhere = text.find(fact.quote)
    if elsewhere >= 0:
        message += f"; the quote is found at {elsewhere}:{elsewhere + len(fact.quote)}"
    else:
        message += "; the quote is nowhere in the document"
    return message


def check_citations(facts: Iterable[Fact]) -> list[Problem]:
    """Every way the given facts' citations fail; an empty list proves them all."""
    problems: list[Problem] = []
    texts: dict[Path, str] = {}
    unreadable: dict[Path, str] = {}
    for fact in facts:
        path = document_path(fact)
        if path not in texts and path not in unreadable:
            try:
                texts[path] = read_document(path)
            except FileNotFoundError:
                unreadable[path] = f"document {fact.document!r} not found in {fact.table.parent}"
            except UnicodeDecodeError as error:
                unreadable[path] = f"document {fact.document!r} is not UTF-8 (byte {error.start})"
            except DocumentTooLarge as error:
                unreadable[path] = f"document {fact.document!r} is {error}"
            except OSError as error:
                unreadable[path] = f"cannot read document {fact.document!r}: {error.strerror}"
        if path in unreadable:
            problems.append(
                Problem(fact.table, unreadable[path], fact.id, fact.line, citation=True)
            )
            continue
        text = texts[path]
        if fact.end > len(text):
            problems.append(
                Problem(
                    fact.table,
                    f"offsets {fact.start}:{fact.end} run past the end of {fact.document!r} "
                    f"({len(text)} characters)",
                    fact.id,
                    fact.line,
                    citation=True,
                )
            )
        elif text[fact.start : fact.end] != fact.quote:
            problems.append(
                Problem(fact.table, _difference(fact, text), fact.id, fact.line, citation=True)
            )
    return problems


def quote_context(fact: Fact, chars: int = 240) -> tuple[str, str, str]:
    """The document's text before the quote, the quote, and the text after it."""
    try:
        text = read_document(document_path(fact))
    except (OSError, UnicodeDecodeError) as error:
        problem = Problem(fact.table, f"cannot read document {fact.document!r}: {error}", fact.id)
        raise DataError([problem]) from None
    before = text[max(0, fact.start - chars) : fact.start]
    after = text[fact.end : fact.end + chars]
    return before, text[fact.start : fact.end], after
