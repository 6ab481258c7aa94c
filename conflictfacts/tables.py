"""Read one fact table (a TOML file) into sources and facts, naming each problem with its line."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from conflictfacts import files
from conflictfacts.dates import parse_span
from conflictfacts.errors import DataError
from conflictfacts.models import (
    BASES,
    DOCUMENT_FIELDS,
    FACT_FIELDS,
    ID_PATTERN,
    SOURCE_FIELDS,
    Document,
    Fact,
    Kind,
    Problem,
    Source,
    SourceKind,
    Status,
)
from conflictfacts.text import did_you_mean

_REQUIRED_TEXT = ("id", "statement", "kind", "subject", "source", "document", "quote")
_OPTIONAL_TEXT = (
    "unit", "qualifier", "date", "date_text", "date_basis", "reported_by", "status",
    "superseded_by", "status_note", "basis",
)  # fmt: skip
_SECTIONS = ("source", "document", "fact", "keywords")
MAX_OFFSET = 1 << 40
"""Past any document's length (100 MB), and within what SQLite and slices hold."""
_LARGEST = 10**300
"""A value this large or larger is no measure of anything, and near what a float holds."""


@dataclass
class Table:
    """What one table file holds, and what is wrong with it."""

    path: Path
    sources: list[Source] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    source_lines: list[int | None] = field(default_factory=list)
    """The line of each of `sources`' headers, where known."""
    documents: list[Document] = field(default_factory=list)
    """The documents its [[document]] entries describe."""
    document_lines: list[int | None] = field(default_factory=list)
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Its [keywords]: for a fact of this table, by id, other words people ask for it in."""


_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"{1,2}(?!"))*"{3,5}'  # multi-line strings first: they may hold anything
    r"|'''(?:[^']|'{1,2}(?!'))*'{3,5}"
    r'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*'
    r"|^[ \t]*\[\[[ \t]*[\"']?(source|document|fact)[\"']?[ \t]*\]\]",
    re.MULTILINE | re.DOTALL,
)
"""What a header could hide in: strings and comments; and the `[[section]]` headers."""
_HEADERS = re.compile(
    r"^[ \t]*\[\[[ \t]*[\"']?(source|document|fact)[\"']?[ \t]*\]\]", re.MULTILINE
)
"""The headers alone: where no string spans lines, a line that starts like one is one."""


def _header_lines(text: str) -> dict[str, list[int]]:
    """Line numbers (1-based) of each `[[source]]` and `[[fact]]` header, in order; a line
    inside a multi-line string that looks like one is not one."""
    lines: dict[str, list[int]] = {section: [] for section in _SECTIONS}
    line, at = 1, 0
    spanning = '"""' in text or "'''" in text  # only then scan strings, a dozen a fact
    for match in (_TOKENS if spanning else _HEADERS).finditer(text):
        if match[1]:
            line += text.count("\n", at, match.start())  # from the last header on
            at = match.start()
            lines[match[1]].append(line)
    return lines


def _unknown_keys(entry: dict[str, Any], known: tuple[str, ...]) -> list[str]:
    return [f"unknown field {key!r}{did_you_mean(key, known)}" for key in entry if key not in known]


def _check_document_path(document: str) -> str | None:
    """Why a document path may not be used, or None: it must stay inside the table's folder."""
    path = PurePosixPath(document)
    if not document or document != document.strip():
        return "document must be a file name without surrounding spaces"
    if not document.isprintable():
        return f"document {document!r} holds a control character; write a plain file name"
    if "\\" in document or path.is_absolute() or ".." in path.parts or ":" in document:
        return f"document {document!r} points outside the table's folder"
    return None


def _fact_problems(entry: dict[str, Any]) -> list[str]:
    """Everything wrong with one [[fact]] entry, as messages."""
    messages = _unknown_keys(entry, FACT_FIELDS)
    for key in _REQUIRED_TEXT:
        if key not in entry:
            messages.append(f"missing field {key!r}")
        elif not isinstance(entry[key], str) or not entry[key].strip():
            messages.append(f"{key!r} must be a non-empty string")
    for key in _OPTIONAL_TEXT:
        if key in entry and not isinstance(entry[key], str):
            messages.append(f"{key!r} must be a string")
    for key in ("start", "end"):
        if key not in entry:
            messages.append(f"missing field {key!r}")
        elif type(entry[key]) is not int or entry[key] < 0:
            messages.append(f"{key!r} must be a whole number, 0 or more")
        elif entry[key] > MAX_OFFSET:
            messages.append(f"{key!r} is too large: no document is that long")
    if messages:
        return messages

    if not ID_PATTERN.fullmatch(entry["id"]):
        messages.append("id must be lower-case words joined by hyphens, e.g. 'donetsk-control-isw'")
    if entry["kind"] not in Kind.__members__.values():
        messages.append(f"unknown kind {entry['kind']!r} (known: {', '.join(Kind)})")
    if entry["start"] >= entry["end"]:
        messages.append(f"start ({entry['start']}) must be less than end ({entry['end']})")
    if (reason := _check_document_path(entry["document"])) is not None:
        messages.append(reason)
    if "value" in entry:
        value = entry["value"]
        if type(value) is int and abs(value) > _LARGEST:
            messages.append(f"'value' is too large ({len(str(abs(value)))} digits)")
        elif type(value) not in (int, float) or not math.isfinite(value):
            messages.append(
                "'value' must be a number (write hedges such as 'nearly all' in qualifier)"
            )
        elif not entry.get("unit", "").strip():
            messages.append("a fact with a value needs a unit")
    if entry.get("date"):
        try:
            parse_span(entry["date"])
        except ValueError as error:
            messages.append(f"date: {error}")
    return messages + _standing_problems(entry)


def _standing_problems(entry: dict[str, Any]) -> list[str]:
    """What is wrong with a fact's status, superseded_by and basis, each on its own; whether
    the successor exists and measures the same thing is for the set of tables to say."""
    messages = []
    status = entry.get("status", Status.CURRENT.value)
    if status not in Status.__members__.values():
        messages.append(f"unknown status {status!r} (known: {', '.join(Status)})")
    if entry.get("basis", "") not in ("", *BASES):
        messages.append(f"unknown basis {entry['basis']!r} (known: {', '.join(BASES)})")
    successor = entry.get("superseded_by", "")
    if successor and not ID_PATTERN.fullmatch(successor):
        messages.append(f"superseded_by {successor!r} is not a fact id")
    elif successor == entry["id"]:
        messages.append("a fact cannot supersede itself")
    if status == Status.SUPERSEDED and not successor:
        messages.append("a superseded fact needs superseded_by: the id of the fact replacing it")
    if successor and status not in (Status.SUPERSEDED, Status.RETRACTED):
        messages.append("superseded_by needs status 'superseded' (or 'retracted')")
    return messages


_URL = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?")
"""A web address a reader can follow: http or https, a host with a dot, no spaces."""
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
"""A BCP 47 language tag in its common forms: `en`, `uk`, `en-GB`, `sr-Latn`."""
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _document_problems(entry: dict[str, Any]) -> list[str]:
    """Everything wrong with one [[document]] entry, as messages."""
    messages = _unknown_keys(entry, DOCUMENT_FIELDS)
    for key in DOCUMENT_FIELDS:
        if key in entry and not isinstance(entry[key], str):
            messages.append(f"{key!r} must be a string")
    if messages:
        return messages
    if "file" not in entry:
        return ["missing field 'file': the document's file name, as facts cite it"]
    if (reason := _check_document_path(entry["file"])) is not None:
        messages.append(reason)
    if entry.get("url") and not _URL.fullmatch(entry["url"]):
        messages.append(f"url {entry['url']!r} is not a web address (http:// or https://)")
    for key in ("published", "retrieved"):
        if entry.get(key):
            try:
                parse_span(entry[key])
                if "/" in entry[key]:
                    raise ValueError(f"{entry[key]!r} is an interval; give one day")
            except ValueError as error:
                messages.append(f"{key}: {error}")
    if entry.get("language") and not _LANGUAGE.fullmatch(entry["language"]):
        messages.append(f"language {entry['language']!r} is not a language tag such as 'en'")
    if entry.get("sha256") and not _SHA256.fullmatch(entry["sha256"]):
        messages.append("sha256 must be 64 lower-case hexadecimal digits")
    return messages


def _source_problems(entry: dict[str, Any]) -> list[str]:
    messages = _unknown_keys(entry, SOURCE_FIELDS)
    for key in ("id", "name", "kind"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            messages.append(f"{key!r} must be a non-empty string")
    if isinstance(entry.get("kind"), str) and entry["kind"] not in SourceKind.__members__.values():
        messages.append(f"unknown source kind {entry['kind']!r} (known: {', '.join(SourceKind)})")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        messages.append("'aliases' must be a list of non-empty strings")
    if not isinstance(entry.get("note", ""), str):
        messages.append("'note' must be a string")
    return messages


def _entries(data: dict[str, Any], section: str, table: Table) -> list[dict[str, Any]]:
    entries = data.get(section, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        table.problems.append(
            Problem(table.path, f"{section!r} must be written as [[{section}]] tables")
        )
        return []
    return entries


def read_table(path: Path) -> Table:
    """Read and check one table file.

    A file that cannot be parsed raises DataError; a parsed file's faults are listed in
    `problems`, so that `verify` can report all of them at once.
    """
    import tomllib  # pure Python and slow to import: only builds and verify read TOML

    def refuse(message: str, line: int | None = None) -> DataError:
        return DataError([Problem(path, message, line=line)])

    try:
        text = files.read_regular(path).decode("utf-8")
        if text.startswith("\ufeff"):
            raise refuse("starts with a byte order mark (BOM): save it as UTF-8 without one", 1)
        data = tomllib.loads(text)
    except OSError as error:
        raise refuse(f"cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise refuse(f"not UTF-8 text (byte {error.start})") from None
    except tomllib.TOMLDecodeError as error:
        raise refuse(f"not valid TOML: {error}") from None
    except RecursionError:
        raise refuse("nested too deeply to read (arrays or tables within each other)") from None
    except ValueError:  # tomllib's int() refuses thousands of digits
        raise refuse("not valid TOML: an integer with too many digits to read") from None

    table = Table(path)
    for key in data:
        if key not in _SECTIONS:
            table.problems.append(
                Problem(
                    path,
                    f"unknown section {key!r} "
                    "(a table holds [[source]], [[document]], [[fact]] and [keywords])",
                )
            )

    headers = _header_lines(text)
    source_lines = headers["source"]
    for index, entry in enumerate(_entries(data, "source", table)):
        line = source_lines[index] if index < len(source_lines) else None
        messages = _source_problems(entry)
        ident = entry["id"] if isinstance(entry.get("id"), str) else ""
        if messages:
            table.problems += [Problem(path, f"source {ident!r}: {m}", line=line) for m in messages]
            continue
        aliases = tuple(entry.get("aliases", ()))
        kind = SourceKind(entry["kind"])
        table.sources.append(Source(ident, entry["name"], kind, aliases, entry.get("note", "")))
        table.source_lines.append(line)

    document_lines = headers["document"]
    for index, entry in enumerate(_entries(data, "document", table)):
        line = document_lines[index] if index < len(document_lines) else None
        messages = _document_problems(entry)
        name = entry["file"] if isinstance(entry.get("file"), str) else f"#{index + 1}"
        if messages:
            table.problems += [
                Problem(path, f"document {name!r}: {m}", line=line) for m in messages
            ]
            continue
        table.documents.append(Document(**entry))
        table.document_lines.append(line)

    fact_lines = headers["fact"]
    for index, entry in enumerate(_entries(data, "fact", table)):
        line = fact_lines[index] if index < len(fact_lines) else None
        ident = entry["id"] if isinstance(entry.get("id"), str) else f"#{index + 1}"
        messages = _fact_problems(entry)
        if messages:
            table.problems += [Problem(path, m, fact_id=ident, line=line) for m in messages]
            continue
        fields = {k: entry[k] for k in FACT_FIELDS if k in entry}
        fields["kind"] = Kind(fields["kind"])
        fields["status"] = Status(fields.get("status", Status.CURRENT))
        table.facts.append(Fact(**fields, table=path, line=line))
    table.keywords, problems = _keywords(data.get("keywords", {}), {f.id for f in table.facts})
    table.problems += [Problem(path, m) for m in problems]
    return table


def _keywords(entry: Any, ids: set[str]) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """A table's [keywords], and what is wrong with it: each key a fact of the table, each
    value a list of words or phrases."""
    if not isinstance(entry, dict):
        return {}, ["'keywords' must be written as a [keywords] table: fact id = [words]"]
    found: dict[str, tuple[str, ...]] = {}
    problems = []
    for ident, said in entry.items():
        if ident not in ids:
            problems.append(f"[keywords] {ident!r}: no fact of this table has that id")
        elif not isinstance(said, list) or not all(isinstance(w, str) and w.strip() for w in said):
            problems.append(f"[keywords] {ident!r}: must be a list of words or phrases")
        else:
            found[ident] = tuple(said)
    return found, problems
