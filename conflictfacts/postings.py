"""The search index's postings: for each word, the facts that hold it and where, packed in one
codec that the store writes and search reads."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from enum import IntEnum


class Field(IntEnum):
    """The parts of a fact that are searched, from the most telling (curated) to the least."""

    SUBJECT = 0
    STATEMENT = 1
    SOURCE = 2
    ID = 3
    QUOTE = 4
    CONTEXT = 5
    """A word the fact holds by what its document says around it, not in its own text: the
    place another fact on the same gathering puts it in ("the next round of talks" is
    "likely to be held in Miami": build.shared_places), what a fact quoting a wider span
    around its quote is about (build.enclosing_words), or "deadline" for a fact dated by a
    time limit ahead (build.sets_a_deadline). It lets the fact answer, but earns it no
    rank."""
    KEYWORD = 6
    """An ordinary word that no fact's text holds, which its table's [keywords] give the
    fact ("summit" for a meeting of leaders): like context, it lets the fact answer but
    earns it no rank. Kept apart from the index's words (store.Store.keyword_rows), so that
    it changes no word's role or weight."""

    @property
    def own(self) -> bool:
        """Whether a word here is the fact's own: its subject, statement or who said it, not
        an id or a quote that other facts may share."""
        return self <= Field.SOURCE


_FIELDS = tuple(Field)

FAR = 0x3FFF
"""A position that is not recorded: the word is not in that part, or stands 16,383 words or
more into it, too far in to matter for words side by side."""
_FIELD_BITS = 4
_POSITION_BITS = 14


def encode(field: Field, subject_at: int | None, statement_at: int | None) -> int:
    """A word's first field in a fact and its first positions in the subject and the
    statement, which are all that ranking needs of a fact's text, as one 32-bit code."""

    def at(position: int | None) -> int:
        return FAR if position is None or position >= FAR else position

    return (
        int(field)
        | at(subject_at) << _FIELD_BITS
        | at(statement_at) << (_FIELD_BITS + _POSITION_BITS)
    )


def field(code: int) -> Field:
    """The most telling part of the fact the word is in."""
    return _FIELDS[code & 0xF]  # a tuple look-up: Field(n) costs a call into enum per posting


def subject_at(code: int) -> int:
    """The word's first position in the subject, or FAR."""
    return (code >> _FIELD_BITS) & FAR


def statement_at(code: int) -> int:
    """The word's first position in the statement, or FAR."""
    return (code >> (_FIELD_BITS + _POSITION_BITS)) & FAR


def with_field(code: int, better: Field) -> int:
    """The code with its field made `better` where that is more telling."""
    return (code & ~0xF) | min(field(code), better)


class Postings:
    """For each word, the rows that hold it (ascending) and a code (see encode) for each."""

    def __init__(self) -> None:
        self.rows: dict[str, array[int]] = {}
        self.codes: dict[str, array[int]] = {}

    def add(self, row: int, codes: dict[str, int]) -> None:
        """Add one fact's words, in row order."""
        for word, code in codes.items():
            rows = self.rows.get(word)
            if rows is None:
                rows = self.rows[word] = array("I")
                self.codes[word] = array("I")
            rows.append(row)
            self.codes[word].append(code)

    def merge(self, word: str, rows: Iterable[int], found_in: Field) -> None:
        """Add rows that hold word in found_in, keeping each row's most telling field."""
        merged = dict(zip(self.rows.get(word, ()), self.codes.get(word, ()), strict=True))
        for row in rows:
            merged[row] = with_field(merged.get(row, encode(found_in, None, None)), found_in)
        ordered = sorted(merged)
        self.rows[word] = array("I", ordered)
        self.codes[word] = array("I", (merged[r] for r in ordered))
