"""What every command runs inside, without Typer: streams that cannot fail with a traceback,
output held until the command has done its work, the one place errors become exit codes,
and the helpers commands share to read their options' values.

Typer is not imported here: `ask`'s quick path (cli/quick.py) runs on this alone.
"""

import errno
import io
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from conflictfacts import cache
from conflictfacts.dates import parse_bound
from conflictfacts.errors import ConflictFactsError, UsageError
from conflictfacts.models import ExitCode, Fact, Format, SortOrder, Status
from conflictfacts.store import Store
from conflictfacts.text import did_you_mean, printable, shorten, utf8

DATA_ENV = "CONFLICTFACTS_DATA"

_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
"""Errors of a write that cannot be taken: what Click writes outside a command (help, the
version) fails with these on a full disk or a broken device, not with OutputFailed."""

PAGER_REFUSED = [False]
"""Whether the command being run was given --no-pager: set while its options are parsed,
read by output when it prints a table (so the pager module loads only then)."""


def say(message: str) -> None:
    """One line on stderr, `conflictfacts: ` first, nothing in it able to act on a terminal."""
    sys.stderr.write(f"conflictfacts: {printable(message)}\n")


class _Messages(io.TextIOBase):
    """stderr for Click's messages too: Click echoes a bad option value as given, and an
    escape sequence in it must show as text, not act on the terminal."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    # No `buffer`: Click would write to it directly, past this filter.
    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self._stream, "encoding", None) or "utf-8")

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._stream, "errors", None)

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(printable(text, keep_newlines=True))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return bool(self._stream.isatty())


def guard_messages() -> None:
    if not isinstance(sys.stderr, _Messages):
        sys.stderr = _Messages(sys.stderr)


def silence_stdout() -> None:
    """After the reader of a pipe has gone, point stdout at /dev/null so exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


class OutputFailed(Exception):
    """stdout could not take the output: it is closed, or its disk is full."""


class _Closed(io.TextIOBase):
    """stdout when the command was started with it closed (`>&-`): writing fails, clearly."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OutputFailed("it is closed")

    def isatty(self) -> bool:
        return False


class _Held(io.TextIOBase):
    """stdout held back until a command has done its work, then written at once: output for
    a pipe or a file is whole or absent, never a JSON array cut off by a fault half-way.
    Text is kept encoded as stdout would encode it; `buffer` takes bytes (TOML's UTF-8)."""

    _SPILL = 32 << 20
    """Bytes kept in memory; more go to a temporary file (a million facts as JSON)."""

    def __init__(self, target: Any) -> None:
        self._target = target
        self._parts: list[bytes] = []
        self._size = 0
        self._spilled: Any = None
        self.buffer = _HeldBytes(self)

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self._target, "encoding", None) or "utf-8")

    @property
    def errors(self) -> str:  # type: ignore[override]
        return str(getattr(self._target, "errors", None) or "strict")

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        self.keep(text.encode(self.encoding, self.errors))
        return len(text)

    def keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._spilled is None and self._size > self._SPILL:
            import tempfile

            self._spilled = tempfile.TemporaryFile()  # noqa: SIM115 (closed by discard)
            self._spilled.writelines(self._parts)
            self._parts = []
        if self._spilled is not None:
            self._spilled.write(data)
        else:
            self._parts.append(data)

    def release(self) -> None:
        """Write what is held to stdout: OutputFailed when it cannot take it."""
        try:
            if self._spilled is not None:
                self._spilled.seek(0)
                chunks: Iterator[bytes] = iter(lambda: self._spilled.read(1 << 20), b"")
            else:
                chunks = iter(self._parts)
            raw = getattr(self._target, "buffer", None)
            self._target.flush()
            for chunk in chunks:
                if raw is not None:
                    raw.write(chunk)
                else:
                    self._target.write(chunk.decode(self.encoding, self.errors))
            self._target.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputFailed(error.strerror or str(error)) from None
        finally:
            self.discard()

    def discard(self) -> None:
        self._parts = []
        if self._spilled is not None:
            self._spilled.close()
            self._spilled = None


class _HeldBytes(io.RawIOBase):
    def __init__(self, held: _Held) -> None:
        self._held = held

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._held.keep(bytes(data))
        return len(data)


@contextmanager
def _holding() -> Iterator[_Held | None]:
    """stdout held back for the command's run (see _Held); a terminal is written to as it
    goes, so that a person sees the answer and the message after it in their order."""
    real = sys.stdout
    if real.isatty():
        yield None
        return
    held = _Held(real)
    sys.stdout = held
    try:
        yield held
    finally:
        sys.stdout = real
        held.discard()


@contextmanager
def reporting() -> Iterator[None]:
    """The one place where the core's errors become a line on stderr and an exit code.

    What a command prints reaches stdout only when it ends as it means to (found, or found
    nothing): on an error nothing is printed but the message.
    """
    try:
        try:
            with _holding() as held:
                try:
                    yield
                except SystemExit:  # a command's own exit status: what it printed stands
                    if held is not None:
                        held.release()
                    raise
                if held is not None:
                    held.release()
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped (`| head -1`): that is success, as ripgrep has it.
        silence_stdout()
        raise SystemExit(ExitCode.OK) from None
    except OutputFailed as error:
        say(f"cannot write to stdout: {error}")
        silence_stdout()
        raise SystemExit(ExitCode.ERROR) from None
    except ConflictFactsError as error:
        say(str(error))
        raise SystemExit(ExitCode.ERROR) from None
    except KeyboardInterrupt:
        say("interrupted")
        raise SystemExit(ExitCode.INTERRUPTED) from None
    except sqlite3.DatabaseError as error:  # damage the cache's own checks did not see
        gone = cache.discard_opened()
        if not gone:
            raise  # a store built in memory this run: no damage, a bug, reported as one
        removed = ", ".join(shorten(str(p)) for p in gone)
        say(f"the cache is damaged ({error}); removed {removed}: run the command again")
        raise SystemExit(ExitCode.ERROR) from None


def paths(data: list[str] | None) -> list[Path]:
    """The --data paths given, else those in $CONFLICTFACTS_DATA (separated as PATH is)."""
    if data:
        return [Path(p) for p in data]
    env = os.environ.get(DATA_ENV, "")
    return [Path(p) for p in env.split(os.pathsep) if p.strip()]


@contextmanager
def opened(path: str | None) -> Iterator[BinaryIO]:
    """The bytes of a file the user names on the command line, or of stdin for None or "-".
    A file that cannot be opened is a usage error; one that fails as it is read, an error."""
    name = "stdin" if path in (None, "-") else repr(shorten(str(path)))
    try:
        if path in (None, "-"):
            if sys.stdin is None:
                raise UsageError("stdin is closed: name a file to read")
            yield getattr(sys.stdin, "buffer", None) or io.BytesIO(sys.stdin.read().encode())
            return
        try:
            file = open(path, "rb")  # noqa: SIM115 (closed below)
        except OSError as error:
            raise UsageError(f"cannot read {name}: {error.strerror or error}") from None
        with file:
            yield file
    except BrokenPipeError:
        raise
    except OSError as error:
        raise ConflictFactsError(f"cannot read {name}: {error.strerror or error}") from None


def load(data: list[str] | None, no_builtin: bool) -> Store:
    """The store of the shipped table (unless no_builtin) and the --data tables."""
    return cache.load(cache.table_files(paths(data), builtin=not no_builtin))


def choose_format(fmt: Format | None, as_json: bool, *, facts: bool = True) -> Format | None:
    """The format asked for, or None for plain tab-separated rows (a pipe's default)."""
    if as_json and fmt not in (None, Format.JSON):
        raise UsageError(f"--json and --format {fmt.value} ask for different formats")
    if fmt is Format.TOML and not facts:
        raise UsageError("--format toml writes facts as a table; this command prints no facts")
    if as_json:
        return Format.JSON
    if fmt is not None:
        return fmt
    return Format.TABLE if sys.stdout.isatty() else None


def chosen_fields(
    text: str | None, available: Sequence[str], fmt: Format | None
) -> tuple[str, ...] | None:
    """The fields --fields names, in its order, each once; None when it is not given.
    A name the command's records do not have is a usage error that suggests the nearest."""
    if text is None:
        return None
    if fmt is Format.TOML:
        raise UsageError("--fields chooses columns; --format toml writes whole facts")
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    if not names:
        raise UsageError(f"--fields names no field; the fields are {', '.join(available)}")
    for name in names:
        if name not in available:
            hint = did_you_mean(name, available) or f"; the fields are {', '.join(available)}"
            raise UsageError(f"--fields: no field {shorten(name)!r}{hint}")
    return names


def bound(text: str | None, option: str, *, upper: bool) -> Any:
    """The day a --since (or, with upper, --until) value starts or ends; None if not given,
    UsageError naming the option if it is no date."""
    if text is None:
        return None
    try:
        return parse_bound(text, upper=upper)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


def select(
    store: Store,
    source: str | None,
    kind: str | None,
    subject: str | None,
    since: str | None,
    until: str | None,
    sort: SortOrder,
    status: Status | None = None,
) -> Iterator[Fact]:
    """The facts that pass the filters the command was given, in the order asked for."""
    lower = bound(since, "--since", upper=False)
    upper = bound(until, "--until", upper=True)
    chosen = store.select(
        source=source, kind=kind, subject=subject, since=lower, until=upper, sort=sort
    )
    return chosen if status is None else (f for f in chosen if f.status is status)


def prepare_streams() -> None:
    """Streams that cannot fail in a way that ends in a traceback or exit status 120.

    A closed stderr (`2>&-`) becomes /dev/null: messages are lost, the exit status still
    tells. A closed stdout fails the first write, with a message. Either way the descriptor
    is filled with /dev/null, so that no file opened later (the cache) takes its number.
    Text that the terminal's encoding cannot show comes out as escapes, not a crash.
    """
    for fd in (1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)
    if sys.stdout is None:
        sys.stdout = _Closed()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the whole run)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not utf8(stream.encoding):
            stream.reconfigure(errors="backslashreplace")


def finish(code: int) -> int:
    """Flush stdout before exit, where its failure can still be told: /dev/full, `>&-`."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except (OSError, OutputFailed) as error:
        say(f"cannot write to stdout: {getattr(error, 'strerror', None) or error}")
        silence_stdout()
        return ExitCode.ERROR
    return code


def guarded(command: Callable[[], Any]) -> int:
    """Run command (which may end with SystemExit) in streams prepared for it, and give the
    exit status: never a traceback, whatever fails."""
    prepare_streams()
    guard_messages()
    code: Any = ExitCode.OK
    try:
        command()
    except SystemExit as done:
        code = ExitCode.OK if done.code is None else done.code
    except BrokenPipeError:
        silence_stdout()
    except OutputFailed as error:  # --version, written outside any command
        say(f"cannot write to stdout: {error}")
        silence_stdout()
        code = ExitCode.ERROR
    except Exception as error:  # a bug in conflictfacts: one line, not a traceback
        if isinstance(error, OSError) and error.errno in _FULL:  # help to a full disk
            say(f"cannot write to stdout: {error.strerror or error}")
            silence_stdout()
        else:
            say(f"internal error: {type(error).__name__}: {error} (please report it)")
        code = ExitCode.ERROR
    return finish(code) if isinstance(code, int) else code
