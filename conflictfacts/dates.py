"""Dates as tables and documents write them: a year, a month, a day, or an interval between them."""

from __future__ import annotations

import re
from datetime import MAXYEAR, MINYEAR, date
from typing import NamedTuple

DAY_NS = 86_400 * 1_000_000_000
"""A day in nanoseconds, as file times are read."""

# ASCII digits only: `\d` takes any script's digits, which int() reads but no ISO date holds.
_PART = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 2)}  # fmt: skip
"""Each season's first and last month (winter runs into the next year)."""
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
    """First and last day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; ValueError saying what is wrong."""
    m = _PART.fullmatch(text)
    if not m:
        raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"{text!r} is not a real date: years run from 0001 to 9999")
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= int(month) <= 12:
        raise ValueError(f"{text!r} is not a real date: there is no month {month}")
    first = date(year, int(month), 1)
    days = 31 if first.month == 12 else (first.replace(month=first.month + 1) - first).days
    if day is None:
        return first, first.replace(day=days)
    if not 1 <= int(day) <= days:
        name = f"{_MONTHS[first.month - 1]} {year:04d}"
        raise ValueError(f"{text!r} is not a real date: {name} has {days} days")
    one = date(year, int(month), int(day))
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


def parse_day(text: str) -> date:
    """Parse a single day, `YYYY-MM-DD`; ValueError saying what is wrong."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise ValueError(f"{text!r} is not a date of the form YYYY-MM-DD")
    return _bounds(text)[0]


def parse_bound(text: str, *, upper: bool) -> date:
    """Parse --since (first day of the period) or --until (its last day)."""
    first, last = _bounds(text.strip())
    return last if upper else first


class DateLine(NamedTuple):
    """What a document's first line says of its date (see date_line)."""

    day: date | None
    """The date it gives; None when it gives none, or a faulty one."""
    end: int
    """Where the document's text begins after it (0 when there is no date line)."""
    error: str
    """Why a line written as a date line gives no date; "" when it is sound or absent."""


_DATE_LINE = re.compile(r"\A\ufeff?\s*date[ \t]+(\d\S*)(?=\s|\Z)\s*")
"""` date YYYY-MM-DD`, the document's text on the same line or the next. Any digits match, so
that a date line in another script's digits is reported, not taken for text."""


def date_line(text: str) -> DateLine:
    """The date a document's first line gives: ` date YYYY-MM-DD`, in ASCII digits, a real day.

    A first line that is not a date line ("Date night in Kyiv") gives no date and no error.
    """
    found = _DATE_LINE.match(text)
    if not found:
        return DateLine(None, 0, "")
    try:
        return DateLine(parse_day(found[1]), found.end(), "")
    except ValueError as error:
        return DateLine(None, found.end(), f"date line: {error}")
