"""The facts a command reads: find the tables, check them as a whole, select and look up facts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from conflictfacts.dates import parse_span
from conflictfacts.errors import DataError, UsageError
from conflictfacts.models import Fact, Kind, Problem, SortOrder, Source
from conflictfacts.tables import read_table
from conflictfacts.text import closest, did_you_mean, key
from conflictfacts.verify import check_citations, document_path, read_document

BUILTIN_DIR = Path(__file__).parent / "data" / "builtin"
"""The shipped table: its sources, its facts and the documents they cite."""


def table_files(data: Sequence[Path], *, builtin: bool = True) -> list[Path]:
    """The table files to read: the shipped ones, then each --data file or folder's *.toml."""
    files = sorted(BUILTIN_DIR.glob("*.toml")) if builtin else []
    for given in data:
        if given.is_dir():
            found = sorted(given.glob("*.toml"))
            if not found:
                raise UsageError(f"no tables (*.toml files) in {given}")
            files += found
        elif given.is_file():
            files.append(given)
        else:
            raise UsageError(f"no such file or folder: {given}")
    if not files:
        raise UsageError("no tables to read: --no-builtin needs --data PATH")
    unique: dict[Path, Path] = {}
    for file in files:
        unique.setdefault(file.resolve(), file)
    return list(unique.values())


@dataclass(frozen=True)
class FactSet:
    """Facts from one or more tables, with the sources they name."""

    facts: tuple[Fact, ...]
    sources: dict[str, Source]

    def get(self, fact_id: str) -> Fact:
        """The fact with this id; UsageError naming the closest ids when there is none."""
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        hint = did_you_mean(fact_id, (f.id for f in self.facts))
        raise UsageError(f"no fact has the id {fact_id!r}{hint}")

    def source_named(self, name: str) -> Source:
        """The source called name by its id, full name or an alias, in any case."""
        wanted = key(name)
        for source in self.sources.values():
            if wanted in {key(n) for n in (source.id, source.name, *source.aliases)}:
                return source
        by_name = {n: s.id for s in self.sources.values() for n in (s.id, s.name, *s.aliases)}
        close = dict.fromkeys(by_name[n] for n in closest(name, by_name))
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        known = ", ".join(sorted(self.sources))
        raise UsageError(f"unknown source {name!r}{hint} (known: {known})")

    def counts(self) -> tuple[Counter[str], Counter[str]]:
        """How many facts each source asserts, and how many it relays for others."""
        asserted = Counter(fact.source for fact in self.facts)
        relayed = Counter(fact.reported_by for fact in self.facts if fact.reported_by)
        return asserted, relayed

    def select(
        self,
        *,
        source: str | None = None,
        kind: str | None = None,
        subject: str | None = None,
        since: date | None = None,
        until: date | None = None,
        sort: SortOrder = SortOrder.DOCUMENT,
    ) -> list[Fact]:
        """The facts that pass every filter given, in the order asked for."""
        facts: Iterable[Fact] = self.facts
        if source is not None:
            source_id = self.source_named(source).id
            facts = (f for f in facts if f.source == source_id)
        if kind is not None:
            wanted = parse_kind(kind)
            facts = (f for f in facts if f.kind is wanted)
        if subject is not None:
            part = key(subject)
            facts = (f for f in facts if part in key(f.subject))
        if since is not None or until is not None:
            facts = (f for f in facts if f.date and parse_span(f.date).overlaps(since, until))
        return sort_facts(facts, sort)


def parse_kind(text: str) -> Kind:
    """The kind named by text; UsageError naming the known kinds and the closest."""
    folded = key(text).replace(" ", "-")
    for kind in Kind:
        if kind.value == folded:
            return kind
    known = [k.value for k in Kind]
    raise UsageError(
        f"unknown kind {text!r}{did_you_mean(text, known)} (known: {', '.join(known)})"
    )


def sort_facts(facts: Iterable[Fact], order: SortOrder) -> list[Fact]:
    """Facts in document order (the tables' own), by date (undated last), or by id."""
    facts = list(facts)
    if order is SortOrder.ID:
        return sorted(facts, key=lambda f: f.id)
    if order is SortOrder.DATE:
        # sorted() is stable: facts on the same day keep the tables' order.
        dated = sorted((f for f in facts if f.date), key=lambda f: parse_span(f.date).anchor)
        return dated + [f for f in facts if not f.date]
    return facts


def _merge_sources(
    tables: Sequence[tuple[Path, Sequence[Source]]],
) -> tuple[dict[str, Source], list[Problem]]:
    """One registry from every table's [[source]] entries; a name may mean one source only."""
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    owner: dict[str, tuple[str, Path]] = {}
    for path, entries in tables:
        for source in entries:
            known = sources.get(source.id)
            if known is not None and known != source:
                problems.append(
                    Problem(path, f"source {source.id!r} is defined differently in another table")
                )
                continue
            sources[source.id] = source
            for name in (source.id, source.name, *source.aliases):
                claimed = owner.setdefault(key(name), (source.id, path))
                if claimed[0] != source.id:
                    problems.append(
                        Problem(path, f"source name {name!r} already names source {claimed[0]!r}")
                    )
    return sources, problems


def check(files: Sequence[Path]) -> tuple[FactSet, list[Problem]]:
    """Read every table and list every problem: fields, ids, sources and citations."""
    tables = [read_table(path) for path in files]
    problems = [p for table in tables for p in table.problems]
    sources, source_problems = _merge_sources([(t.path, t.sources) for t in tables])
    problems += source_problems

    facts: list[Fact] = []
    seen: dict[str, Path] = {}
    for table in tables:
        for fact in table.facts:
            if fact.id in seen:
                problems.append(
                    Problem(
                        table.path, f"duplicate id, also in {seen[fact.id]}", fact.id, fact.line
                    )
                )
                continue
            seen[fact.id] = table.path
            for role, name in (("source", fact.source), ("reported_by", fact.reported_by)):
                if name and name not in sources:
                    hint = did_you_mean(name, sources)
                    problems.append(
                        Problem(
                            table.path,
                            f"{role} {name!r} is not a known source id{hint}",
                            fact.id,
                            fact.line,
                        )
                    )
            facts.append(fact)
    problems += check_citations(facts)
    return FactSet(tuple(facts), sources), problems


def load(files: Sequence[Path]) -> FactSet:
    """The facts of these tables, or DataError: never an answer from a table with a fault."""
    facts, problems = check(files)
    if problems:
        raise DataError(problems)
    return facts


def quote_context(fact: Fact, chars: int = 240) -> tuple[str, str, str]:
    """The document's text before the quote, the quote, and the text after it."""
    text = read_document(document_path(fact))
    before = text[max(0, fact.start - chars) : fact.start]
    after = text[fact.end : fact.end + chars]
    return before, text[fact.start : fact.end], after
