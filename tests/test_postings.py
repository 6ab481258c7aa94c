"""The postings codec: what the store writes is what search reads."""

from __future__ import annotations

import itertools

import pytest

from conflictfacts.postings import FAR, Field, encode, field, statement_at, subject_at, with_field


@pytest.mark.parametrize(
    ("where", "subject", "statement"),
    list(
        itertools.product(
            Field, [None, 0, 1, 254, 255, 256, 9_999, FAR - 1], [None, 0, 17, FAR - 1]
        )
    ),
)
def test_round_trip(where: Field, subject: int | None, statement: int | None) -> None:
    code = encode(where, subject, statement)
    assert 0 <= code < 2**32  # fits the store's unsigned 32-bit arrays
    assert field(code) is where
    assert subject_at(code) == (FAR if subject is None else subject)
    assert statement_at(code) == (FAR if statement is None else statement)


def test_positions_too_far_in_are_far_not_wrapped() -> None:
    code = encode(Field.STATEMENT, FAR + 5, 70_000)
    assert (subject_at(code), statement_at(code)) == (FAR, FAR)


def test_a_more_telling_field_wins() -> None:
    quote = encode(Field.QUOTE, None, None)
    assert field(with_field(quote, Field.SOURCE)) is Field.SOURCE
    assert field(with_field(encode(Field.SUBJECT, 3, 4), Field.SOURCE)) is Field.SUBJECT
    assert subject_at(with_field(encode(Field.SUBJECT, 3, 4), Field.SOURCE)) == 3


def test_own_words_are_subject_statement_and_source() -> None:
    assert [f.name for f in Field if f.own] == ["SUBJECT", "STATEMENT", "SOURCE"]
