"""A fact's document: where it is, reading it, its date, and proof it holds each quote."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from conflictfacts import files
from conflictfacts.dates import date_line
from conflictfacts.errors import DataError
from conflictfacts.models import Document, Fact, Problem
from conflictfacts.text import shorten


def document_path(fact: Fact) -> Path:
    """Where a fact's document lives: beside the table that cites it."""
    return fact.table.parent / fact.document


MAX_DOCUMENT = 100 << 20
"""Bytes in a document. Decoded, 100 MB of text can take 400 MB of memory."""


class DocumentTooLarge(OSError):
    """A document over MAX_DOCUMENT bytes: refused rather than read."""


class OutsideFolder(OSError):
    """A document whose real path, links followed, is outside its table's folder."""


_HEAD = 80
"""Characters (or bytes) that hold a document's date line and more."""

_SHIPPED = Path(__file__).parent / "data"
"""The package's own tables: in a clone, their document is a link to seeds/, and trusted."""


def dated(path: Path) -> str:
    """The date a document's first line gives (YYYY-MM-DD), or "" when it gives none."""
    try:
        head = files.read_head(path, _HEAD).decode("utf-8", "ignore")
    except OSError:
        return ""
    day = date_line(head).day
    return day.isoformat() if day else ""


def read_document(path: Path) -> str:
    """A document's text, decoded strictly; offsets count its characters (Python indices).

    Only a regular file is read (files.NotRegular otherwise), and at most MAX_DOCUMENT bytes
    of it, counted as read (DocumentTooLarge).
    """
    try:
        data = files.read_regular(path, limit=MAX_DOCUMENT)
    except files.TooLarge as error:
        raise DocumentTooLarge(
            f"{error}; documents are limited to {MAX_DOCUMENT >> 20} MB"
        ) from None
    return data.decode("utf-8")


def cited_document(fact: Fact) -> Path:
    """The real path of a fact's document, links followed; OutsideFolder when that leads out
    of its table's folder (a link to /etc/passwd, a linked folder)."""
    return _inside(fact.table, fact.document)


def _inside(table: Path, name: str) -> Path:
    real = Path(os.path.realpath(table.parent / name))
    folder = Path(os.path.realpath(table.parent))
    if not real.is_relative_to(folder) and not folder.is_relative_to(_shipped()):
        raise OutsideFolder(f"document {name!r} leads outside the table's folder")
    return real


def sha256(path: Path) -> str:
    """The hex SHA-256 of a document's bytes (at most MAX_DOCUMENT of them)."""
    import hashlib  # only verify, builds and extract hash

    return hashlib.sha256(files.read_regular(path, limit=MAX_DOCUMENT)).hexdigest()


def check_document(table: Path, document: Document, line: int | None) -> list[Problem]:
    """What is wrong with a described document's file: missing, unreadable, out of its
    table's folder, or not the bytes its sha256 was taken from (edited since curation)."""
    name = document.file
    try:
        digest = sha256(_inside(table, name))
    except OutsideFolder as error:
        return [Problem(table, str(error), line=line)]
    except FileNotFoundError:
        message = f"document {name!r} is described but not found in {table.parent}"
        return [Problem(table, message, line=line, citation=True)]
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        message = f"cannot read document {name!r}: {reason}"
        return [Problem(table, message, line=line, citation=True)]
    if document.sha256 and digest != document.sha256:
        message = (
            f"document {name!r} has changed since it was described: its sha256 is {digest}, "
            f"the table says {document.sha256}"
        )
        return [Problem(table, message, line=line, citation=True)]
    return []


@functools.cache
def _shipped() -> Path:
    return Path(os.path.realpath(_SHIPPED))


class _Read(NamedTuple):
    """A cited document as read: its text, or None when it cannot be read, and what is wrong."""

    text: str | None
    fault: str
    """Why it cannot be read, or what is wrong with its date line; "" when nothing is."""
    broken: bool
    """The fault is the table's (it points outside its folder), not the citation's."""


def _read_cited(fact: Fact) -> _Read:
    try:
        text = read_document(cited_document(fact))
    except OutsideFolder as error:
        return _Read(None, str(error), True)
    except FileNotFoundError:
        return _Read(None, f"document {fact.document!r} not found in {fact.table.parent}", False)
    except UnicodeDecodeError as error:
        return _Read(None, f"document {fact.document!r} is not UTF-8 (byte {error.start})", False)
    except (DocumentTooLarge, files.NotRegular) as error:
        return _Read(None, f"document {fact.document!r} is {error}", False)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        return _Read(None, f"cannot read document {fact.document!r}: {reason}", False)
    fault = date_line(text[:_HEAD]).error
    return _Read(text, f"document {fact.document!r}: {fault}" if fault else "", False)


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
    documents: dict[Path, _Read] = {}
    for fact in facts:
        path = document_path(fact)
        read = documents.get(path)
        if read is None:
            read = documents[path] = _read_cited(fact)
            if read.text is not None and read.fault:  # a faulty date line, named once
                problems.append(Problem(fact.table, read.fault, fact.id, fact.line, citation=True))
        if read.text is None:
            problems.append(
                Problem(fact.table, read.fault, fact.id, fact.line, citation=not read.broken)
            )
            continue
        text = read.text
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
    read = _read_cited(fact)
    if read.text is None:
        raise DataError([Problem(fact.table, read.fault, fact.id, fact.line)])
    text = read.text
    before = text[max(0, fact.start - chars) : fact.start]
    after = text[fact.end : fact.end + chars]
    return before, text[fact.start : fact.end], after


def cited_in(path: Path, cited: Iterable[tuple[Path, int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of those cited spans that quote the document at path: the spans of
    the same file, or of a file with the same bytes (a copy); not those of another document
    that only shares its name."""
    digests: dict[Path, str | None] = {}

    def digest(file: Path) -> str | None:
        if file not in digests:
            try:
                digests[file] = sha256(file)
            except (OSError, ValueError):
                digests[file] = None
        return digests[file]

    own = digest(path)
    return [(start, end) for doc, start, end in cited if own is not None and digest(doc) == own]
