"""The exceptions the core raises; the CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations

from collections.abc import Sequence

from conflictfacts.models import Problem


class ConflictFactsError(Exception):
    """Anything the user should be told in one line, instead of a traceback."""


class UsageError(ConflictFactsError):
    """The user asked for something malformed or unknown: a bad date, an unknown source."""


class DataError(ConflictFactsError):
    """A table or document cannot be read or used as it stands."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        first = str(self.problems[0]) if self.problems else "unreadable table"
        more = len(self.problems) - 1
        if more:
            first += (
                f" (and {more} more problem{'s' if more > 1 else ''}; run `conflictfacts verify`)"
            )
        super().__init__(first)

    def __reduce__(self) -> tuple[type[DataError], tuple[tuple[Problem, ...]]]:
        # Raised in a worker process that reads tables, it must arrive whole.
        return (DataError, (self.problems,))
