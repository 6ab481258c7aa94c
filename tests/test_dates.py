"""Fact dates: precision as the text allows, intervals, and filtering by range."""

from __future__ import annotations

from datetime import date

import pytest

from conflictfacts.dates import Span, parse_bound, parse_span


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2026-06", date(2026, 6, 1), date(2026, 6, 30)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2026-02-07", date(2026, 2, 7), date(2026, 2, 7)),
        ("2026-02-09/2026-02-15", date(2026, 2, 9), date(2026, 2, 15)),
        ("2025-10/2026", date(2025, 10, 1), date(2026, 12, 31)),
        ("../2026-02-07", None, date(2026, 2, 7)),
        ("2026-02-07/..", date(2026, 2, 7), None),
    ],
)
def test_parse_span(text: str, first: date | None, last: date | None) -> None:
    assert parse_span(text) == Span(first, last)


@pytest.mark.parametrize(
    "text",
    ["", "June 2026", "2026-13", "2026-02-30", "26-02-07", "2026-2-7", "../..",
     "2026-03/2026-02", "2026-02-07T10:00", "2026-02-07/", "/2026"],
)  # fmt: skip
def test_parse_span_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_span(text)


def test_anchor_is_the_known_end() -> None:
    assert parse_span("../2026-02-07").anchor == date(2026, 2, 7)
    assert parse_span("2025-08").anchor == date(2025, 8, 1)


def test_parse_bound_takes_the_period_edge() -> None:
    assert parse_bound("2026-02", upper=False) == date(2026, 2, 1)
    assert parse_bound("2026-02", upper=True) == date(2026, 2, 28)
    with pytest.raises(ValueError):
        parse_bound("yesterday", upper=False)
