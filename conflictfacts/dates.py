"""Fact dates as the text allows them: a year, a month, a day, or an interval between them."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
OPEN = ".."
"""An open end of an interval, as in EDTF: `../2026-02-07` is "on or before 7 February 2026"."""


class Span(NamedTuple):
    """The days a fact's date covers; None for an open end."""

    first: date | None
    last: date | None

    @property
    def anchor(self) -> date:
        """The day the span sorts by: its first day, or its last when the start is open."""
        day = self.first or self.last
        assert day is not None  # parse_span never builds a span open at both ends
        return day


def _bounds(text: str) -> tuple[date, date]:
    """First and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ValueError when malformed."""
    m = _PART.fullmatch(text)
    if not m:
        raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            first = date(year, int(month), 1)
            following = date(year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        one = date(year, int(month), int(day))
    except ValueError:
        raise ValueError(f"{text!r} is not a real date") from None
    return one, one


def parse_span(text: str) -> Span:
    """Parse a fact's `date` field; an interval is `start/end`, either end may be `..`."""
    if "/" not in text:
        return Span(*_bounds(text))
    start, _, end = text.partition("/")
    if start == OPEN and end == OPEN:
        raise ValueError(f"{text!r} is open at both ends")
    first: date | None = None if start == OPEN else _bounds(start)[0]
    last: date | None = None if end == OPEN else _bounds(end)[1]
    if first is not None and last is not None and first > last:
        raise ValueError(f"{text!r} ends before it starts")
    return Span(first, last)


def parse_bound(text: str, *, upper: bool) -> date:
    """Parse --since (first day of the period) or --until (its last day)."""
    first, last = _bounds(text.strip())
    return last if upper else first
