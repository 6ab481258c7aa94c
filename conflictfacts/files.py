"""Reading the files that users and tables name: regular files only, and no more than a limit."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from conflictfacts.errors import DataError
from conflictfacts.models import Problem

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class NotRegular(OSError):
    """A folder, FIFO, device or socket where a file was expected: never read, it may not end."""


class TooLarge(OSError):
    """A file with more bytes than the reader's limit."""


def kind(mode: int) -> str:
    """What a file of this mode is, in words: "a FIFO"; "a regular file" for a file."""
    return next((name for test, name in _KINDS if test(mode)), "a regular file")


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most `limit` of them, counted as they are read (a file
    under /proc reads more than its size says). NotRegular for anything else, found without
    blocking: a FIFO is opened without waiting for a writer and never read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb", buffering=0) as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(f"{kind(info.st_mode)}, not a regular file")
        if limit is not None and info.st_size > limit:
            raise TooLarge(f"{info.st_size / (1 << 20):,.0f} MB")
        parts: list[bytes] = []
        total = 0
        step = max(info.st_size + 1, 1 << 16)  # one read for a file whose size is true
        while True:
            want = step if limit is None else min(step, limit + 1 - total)
            chunk = file.read(want)
            if not chunk:
                return b"".join(parts)
            parts.append(chunk)
            total += len(chunk)
            if limit is not None and total > limit:
                raise TooLarge(f"over {limit / (1 << 20):,.0f} MB")


def read_head(path: Path, size: int) -> bytes:
    """The first `size` bytes of a regular file (NotRegular for anything else)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb", buffering=0) as file:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegular(f"{kind(mode)}, not a regular file")
        return file.read(size) or b""


def regular_file(path: Path) -> Path:
    """The real path of a regular file, links followed; NotRegular for anything else, OSError
    when it cannot be reached (a link loop, a missing file)."""
    real = Path(os.path.realpath(path, strict=True))  # raises on a loop, unlike resolve() in 3.11
    mode = real.stat().st_mode
    if not stat.S_ISREG(mode):
        raise NotRegular(f"{kind(mode)}, not a regular file")
    return real


def real_table(path: Path) -> Path:
    """The real path of a table file, links followed; DataError naming it when it is not a
    regular file (a folder called x.toml, a FIFO, a device) or cannot be reached (a link loop).
    """
    try:
        return regular_file(path)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise DataError([Problem(path, f"cannot read: {reason}")]) from None
