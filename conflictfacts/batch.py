"""Many queries, one a line, answered in turn against one index: the store is read once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO, NamedTuple

from conflictfacts.errors import UsageError
from conflictfacts.models import Match
from conflictfacts.search import MAX_QUERY, Index
from conflictfacts.text import shorten

LINE_BYTES = 100 << 20
"""Bytes past which a line is not a query that ran long but input that is not lines at all
(`--batch /dev/zero`): the run stops rather than read on for ever."""


class Line(NamedTuple):
    """One line of the input: its number (from 1), its text, and why it is not a query
    ("" when it is one)."""

    number: int
    text: str
    problem: str = ""


class Answered(NamedTuple):
    """What one line got: its answers, best first, or why it has none."""

    line: int
    """The line's number, from 1."""
    query: str
    """The line as read, without its line break."""
    matches: list[Match]
    """The facts that answer it, as `ask` gives them; empty when none does."""
    reason: str = ""
    """Why nothing answers: the nearest fact and the gate's reasons, the words no fact
    holds, or what is wrong with the line; "" when answered."""
    invalid: bool = False
    """Whether the line is not a query at all: blank, or over the length limit."""


def lines(stream: BinaryIO) -> Iterator[Line]:
    """The lines of stream, decoded as UTF-8 (undecodable bytes replaced, a byte order mark
    and a carriage return before the line break dropped), each checked as a query: a blank
    line, or one over MAX_QUERY characters, carries its problem. Memory stays bounded
    whatever the input: an over-long line is read on in pieces and not kept."""
    cap = 4 * MAX_QUERY + 2  # the most bytes MAX_QUERY characters and a CRLF take in UTF-8
    number = 0
    while raw := stream.readline(cap):
        number += 1
        over = len(raw) == cap and not raw.endswith(b"\n")
        rest, skipped = raw, 0
        while over and rest and not rest.endswith(b"\n"):
            rest = stream.readline(cap)
            skipped += len(rest)
            if skipped > LINE_BYTES:
                raise UsageError(f"line {number} is over {LINE_BYTES >> 20} MB: not lines of text")
        text = raw.decode("utf-8", "replace").removesuffix("\n").removesuffix("\r")
        if number == 1:
            text = text.removeprefix("\ufeff")
        if over or len(text) > MAX_QUERY:
            limit = f"the line is over the limit of {MAX_QUERY:,} characters"
            yield Line(number, shorten(text), limit)
        elif not text.strip():
            yield Line(number, text, "the line is blank")
        else:
            yield Line(number, text)


def answer(
    index: Index, queries: Iterable[Line], limit: int, *, explain: bool = False
) -> Iterator[Answered]:
    """Each line's answers, in the order of the lines, as they are found.

    index: the search over the loaded store, built once for every line. queries: the lines,
    as `lines` gives them. limit: the most answers per query (as `ask --limit`). explain:
    give each answer its explanation (as `ask --explain`).
    """
    for line in queries:
        if line.problem:
            yield Answered(line.number, line.text, [], line.problem, invalid=True)
            continue
        result = index.search(line.text, limit, explain=explain)
        yield Answered(line.number, line.text, result.matches, result.refusal())


class Tally:
    """How many lines a run has answered so far, and which got no answer."""

    def __init__(self) -> None:
        self.lines = 0
        self.missed: list[int] = []
        """The numbers of the lines that got no answer, in order."""

    def count(self, answered: Iterable[Answered]) -> Iterator[Answered]:
        """answered, passed on one by one as they are counted."""
        for item in answered:
            self.lines += 1
            if not item.matches:
                self.missed.append(item.line)
            yield item

    def summary(self) -> str:
        """Which lines got no answer, in one line: "" when every one did."""
        if not self.lines:
            return "no queries: the input has no lines"
        if not self.missed:
            return ""
        shown = ", ".join(map(str, self.missed[:10])) + (", …" if len(self.missed) > 10 else "")
        return f"no answer for {len(self.missed):,} of {self.lines:,} lines: {shown}"
