"""A set of tables as a whole: check ids, sources and citations across them."""

from __future__ import annotations

import itertools
import os
import signal
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from conflictfacts.models import SOURCE_FIELDS, Document, Fact, Problem, Source
from conflictfacts.tables import Table, read_table
from conflictfacts.text import did_you_mean, key
from conflictfacts.verify import check_citations, check_document


@dataclass
class Checked:
    """What checking a set of tables found: the source registry, the fact count, the faults."""

    sources: dict[str, Source] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    facts: int = 0
    documents: dict[str, Document] = field(default_factory=dict)
    """What the [[document]] entries describe, by the document's absolute path."""


class _Registry:
    """Sources from every table; a name (id, full name or alias) may mean one source only."""

    def __init__(self) -> None:
        self.sources: dict[str, Source] = {}
        self._owner: dict[str, str] = {}
        self._where: dict[str, str] = {}
        """Where each source was first defined: `table:line`."""

    def add(self, table: Table) -> list[Problem]:
        """Register a table's sources; the problems of any that clash with another's."""
        problems = []
        lines = table.source_lines or [None] * len(table.sources)
        for source, line in zip(table.sources, lines, strict=True):
            known = self.sources.get(source.id)
            if known is not None and known != source:
                message = (
                    f"source {source.id!r} is defined differently in {self._where[source.id]} "
                    f"({_differences(known, source)})"
                )
                problems.append(Problem(table.path, message, line=line))
                continue
            self.sources[source.id] = source
            self._where.setdefault(
                source.id, f"{table.path}:{line}" if line is not None else str(table.path)
            )
            for name in (source.id, source.name, *source.aliases):
                claimed = self._owner.setdefault(key(name), source.id)
                if claimed != source.id:
                    message = f"source name {name!r} already names source {claimed!r}"
                    problems.append(Problem(table.path, message, line=line))
        return problems

    def unknown(self, fact: Fact) -> list[Problem]:
        """A problem for each of the fact's source and relayer that no table defines."""
        problems = []
        for role, name in (("source", fact.source), ("reported_by", fact.reported_by)):
            if name and name not in self.sources:
                hint = did_you_mean(name, self.sources)
                message = f"{role} {name!r} is not a known source id{hint}"
                problems.append(Problem(fact.table, message, fact.id, fact.line))
        return problems


def _differences(there: Source, here: Source) -> str:
    """How two definitions of one source differ: "name: 'X' there, 'Y' here"."""
    fields = [f for f in SOURCE_FIELDS if f != "id"]
    return "; ".join(
        f"{name}: {_shown(getattr(there, name))} there, {_shown(getattr(here, name))} here"
        for name in fields
        if getattr(there, name) != getattr(here, name)
    )


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(map(repr, value)) + "]"
    return repr(getattr(value, "value", value))


_PARALLEL_BYTES = 8 << 20
"""Below this much TOML, starting worker processes costs more than it saves."""


def _read_tables(files: Sequence[Path]) -> Iterator[Table]:
    """Each table, in order. tomllib is pure Python, so a large set is parsed by worker
    processes while this one checks and indexes the tables already read."""
    cores = os.cpu_count() or 1
    size = sum(f.stat().st_size for f in files if f.is_file())
    if cores < 2 or len(files) < 3 or size < _PARALLEL_BYTES:
        yield from map(read_table, files)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork starts a worker without importing __main__ again, which `python -` cannot do.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    workers = min(cores, 4)
    read = 0
    others = set(multiprocessing.active_children())  # a library user's own, to leave alone
    try:
        pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context(method), initializer=_quiet_worker
        )
    except (OSError, ValueError, NotImplementedError):
        pool = None  # no semaphores here
    if pool is not None:
        try:
            ahead: deque[Future[Table]] = deque()
            waiting = iter(files)
            for path in itertools.islice(waiting, workers + 1):  # a few tables at most
                ahead.append(pool.submit(read_table, path))
            while ahead:
                table = ahead.popleft().result()
                if (upcoming := next(waiting, None)) is not None:
                    ahead.append(pool.submit(read_table, upcoming))
                read += 1
                yield table
            pool.shutdown()
            return
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)  # a worker could not run here:
        except BaseException:  # Ctrl-C, or a fault here: stop the workers now, not later
            for worker in set(multiprocessing.active_children()) - others:
                worker.terminate()
            # Then wait for the pool's own thread, which sees them gone: left running at
            # exit, it would write to a pipe already closed and print a traceback.
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    yield from map(read_table, files[read:])  # read the rest in turn


def _quiet_worker() -> None:
    """A worker leaves Ctrl-C to the process that started it, which stops it: it never
    prints a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Documents:
    """The [[document]] entries of every table, and the documents the facts cite.

    A folder whose tables describe any document must describe every document they cite;
    a folder whose tables describe none (a table older than [[document]]) is not asked to.
    """

    def __init__(self, described: dict[str, Document]) -> None:
        self.described = described
        self._where: dict[str, str] = {}
        self._cited: dict[tuple[Path, str], tuple[str, Fact]] = {}

    def add(self, table: Table) -> list[Problem]:
        """Register a table's entries; the problems of each that clashes with another, or
        whose file is missing, edited since it was hashed, or out of its folder."""
        problems = []
        lines = table.document_lines or [None] * len(table.documents)
        for document, line in zip(table.documents, lines, strict=True):
            path = os.path.abspath(table.path.parent / document.file)
            known = self.described.get(path)
            if known is not None and known != document:
                where = self._where[path]
                message = f"document {document.file!r} is described differently in {where}"
                problems.append(Problem(table.path, message, line=line))
                continue
            if known is None:
                self.described[path] = document
                self._where[path] = f"{table.path}:{line}" if line is not None else str(table.path)
                problems += check_document(table.path, document, line)
        return problems

    def cite(self, fact: Fact) -> None:
        """Note the document a fact cites (the first fact to cite it is named if it lacks an
        entry)."""
        place = (fact.table.parent, fact.document)
        if place not in self._cited:
            self._cited[place] = (os.path.abspath(fact.table.parent / fact.document), fact)

    def undescribed(self) -> list[Problem]:
        """A problem for each cited document without an entry in a folder that has entries."""
        folders = {os.path.dirname(path) for path in self.described}
        problems = []
        for path, fact in self._cited.values():
            if path not in self.described and os.path.dirname(path) in folders:
                message = (
                    f"document {fact.document!r} has no [[document]] entry; the tables of its "
                    "folder describe their documents, so each needs one"
                )
                problems.append(Problem(fact.table, message, fact.id, fact.line))
        return problems


class _Standing:
    """Facts that another replaces (superseded_by): the successor must exist, measure the
    same thing and not lead back round to the fact."""

    def __init__(self) -> None:
        self.edges: dict[str, Fact] = {}
        """Each fact with a superseded_by, by its id."""
        self.wanted: set[str] = set()
        """The ids named as successors so far: a fact read later with one of them is kept."""

    def add(self, fact: Fact) -> None:
        """Note a fact that names a successor."""
        self.edges[fact.id] = fact
        self.wanted.add(fact.superseded_by)

    def problems(self, seen: dict[str, Path], read: dict[str, Fact]) -> list[Problem]:
        """Every fault of the edges, given where each id was read (seen) and the facts read
        that are successors (read; the others are read again from their tables)."""
        if not self.edges:
            return []
        from conflictfacts.lexicon import load_lexicon, same_measure

        missing = {i for i in self.wanted if i in seen and i not in read}
        for path in sorted({seen[i] for i in missing}):
            read.update((f.id, f) for f in read_table(path).facts if f.id in missing)
        lexicon = load_lexicon()
        problems = []
        for fact in self.edges.values():
            successor = read.get(fact.superseded_by)
            if successor is None:
                hint = did_you_mean(fact.superseded_by, seen)
                message = f"superseded_by {fact.superseded_by!r} is not a known fact id{hint}"
                problems.append(Problem(fact.table, message, fact.id, fact.line))
            elif not same_measure(fact, successor, lexicon):
                message = (
                    f"superseded_by {successor.id!r} does not measure the same thing (its kind, "
                    "subject and unit must be this fact's)"
                )
                problems.append(Problem(fact.table, message, fact.id, fact.line))
        for fact in self.edges.values():
            chain, at = [fact.id], self.edges.get(fact.superseded_by)
            while at is not None and at.id not in chain:
                chain.append(at.id)
                at = self.edges.get(at.superseded_by)
            if at is not None and at.id == fact.id:
                message = "superseded_by leads round in a cycle: " + " -> ".join([*chain, fact.id])
                problems.append(Problem(fact.table, message, fact.id, fact.line))
        return problems


def checked(files: Sequence[Path], result: Checked) -> Iterator[Table]:
    """Each table, read and checked in turn, its duplicate ids removed; result gathers the
    sources, the fact count and every problem, and is complete once the tables run out.

    Tables are read one at a time, so a million facts never sit in memory at once. A source
    may be defined in a later table than the facts that cite it.
    """
    registry = _Registry()
    documents = _Documents(result.documents)
    standing = _Standing()
    seen: dict[str, Path] = {}
    successors: dict[str, Fact] = {}
    waiting: list[Fact] = []
    for table in _read_tables(files):
        path = table.path
        result.problems += table.problems
        result.problems += registry.add(table)
        result.problems += documents.add(table)
        kept = []
        for fact in table.facts:
            if fact.id in seen:
                message = f"duplicate id, also in {seen[fact.id]}"
                result.problems.append(Problem(path, message, fact.id, fact.line))
                continue
            seen[fact.id] = path
            if registry.unknown(fact):
                waiting.append(fact)
            documents.cite(fact)
            if fact.superseded_by:
                standing.add(fact)
            if fact.id in standing.wanted:
                successors[fact.id] = fact
            kept.append(fact)
        table.facts = kept
        result.problems += check_citations(kept)
        result.facts += len(kept)
        yield table
    for fact in waiting:
        result.problems += registry.unknown(fact)
    result.problems += documents.undescribed()
    result.problems += standing.problems(seen, successors)
    result.sources = registry.sources


def check(files: Sequence[Path]) -> Checked:
    """Read every table and list every problem: fields, ids, sources and citations."""
    result = Checked()
    for _ in checked(files, result):
        pass
    return result
