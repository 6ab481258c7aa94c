"""A set of tables as a whole: check ids, sources and citations across them."""

from __future__ import annotations

import itertools
import os
import signal
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from conflictfacts.models import SOURCE_FIELDS, Fact, Problem, Source
from conflictfacts.tables import Table, read_table
from conflictfacts.text import did_you_mean, key
from conflictfacts.verify import check_citations


@dataclass
class Checked:
    """What checking a set of tables found: the source registry, the fact count, the faults."""

    sources: dict[str, Source] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    facts: int = 0


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


def checked(files: Sequence[Path], result: Checked) -> Iterator[Table]:
    """Each table, read and checked in turn, its duplicate ids removed; result gathers the
    sources, the fact count and every problem, and is complete once the tables run out.

    Tables are read one at a time, so a million facts never sit in memory at once. A source
    may be defined in a later table than the facts that cite it.
    """
    registry = _Registry()
    seen: dict[str, Path] = {}
    waiting: list[Fact] = []
    for table in _read_tables(files):
        path = table.path
        result.problems += table.problems
        result.problems += registry.add(table)
        kept = []
        for fact in table.facts:
            if fact.id in seen:
                message = f"duplicate id, also in {seen[fact.id]}"
                result.problems.append(Problem(path, message, fact.id, fact.line))
                continue
            seen[fact.id] = path
            if registry.unknown(fact):
                waiting.append(fact)
            kept.append(fact)
        table.facts = kept
        result.problems += check_citations(kept)
        result.facts += len(kept)
        yield table
    for fact in waiting:
        result.problems += registry.unknown(fact)
    result.sources = registry.sources


def check(files: Sequence[Path]) -> Checked:
    """Read every table and list every problem: fields, ids, sources and citations."""
    result = Checked()
    for _ in checked(files, result):
        pass
    return result
