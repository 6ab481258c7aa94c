"""Paging a table taller than the terminal, as git and gh do: whether to, and running the pager.

subprocess, shlex and shutil are imported only when a pager is started: a run that prints
to a pipe, or a table that fits, does not pay for them.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

PAGER_ENV = "CONFLICTFACTS_PAGER"
"""The pager for conflictfacts alone, before $PAGER (git has GIT_PAGER, gh GH_PAGER)."""

DEFAULT_PAGER = "less"

PAGER_SETTINGS = {"LESS": "FRX", "LV": "-c"}
"""Set for the pager where the user has not set them, as git does. less: quit at once when
the text fits one screen (F), pass colour through (R), leave the text on the screen after
quitting (X); lv: colour."""

NO_PAGER = ("", "cat")
"""Pager commands that mean "do not page", as git and gh read them."""


class Situation(NamedTuple):
    """What the decision to page depends on, read from the run."""

    terminal: bool
    """Whether stdout is a terminal (not a pipe or a file)."""
    term: str
    """$TERM."""
    refused: bool
    """Whether --no-pager was given."""
    command: str
    """The pager command line (see pager_command)."""
    lines: int
    """Lines of the text to print."""
    height: int
    """Lines the terminal shows."""


CONDITIONS: tuple[tuple[str, Callable[[Situation], bool]], ...] = (
    ("stdout is a terminal", lambda s: s.terminal),
    ("the terminal is not dumb", lambda s: s.term != "dumb"),
    ("--no-pager is not given", lambda s: not s.refused),
    ("a pager is set", lambda s: s.command.strip() not in NO_PAGER),
    ("the text is taller than the terminal", lambda s: s.lines > s.height),
)
"""Every one must hold for a table to be paged."""


class Verdict(NamedTuple):
    page: bool
    failed: tuple[str, ...]
    """The conditions that do not hold: why the text is printed instead."""


def decide(situation: Situation) -> Verdict:
    """Whether to page: only when every condition in CONDITIONS holds."""
    failed = tuple(name for name, holds in CONDITIONS if not holds(situation))
    return Verdict(not failed, failed)


def pager_command(env: Mapping[str, str]) -> str:
    """$CONFLICTFACTS_PAGER, else $PAGER, else less; set and empty means no pager."""
    for name in (PAGER_ENV, "PAGER"):
        if name in env:
            return env[name]
    return DEFAULT_PAGER


def pager_environment(env: Mapping[str, str]) -> dict[str, str]:
    """The pager's environment: the user's, with PAGER_SETTINGS where they are unset."""
    return {**PAGER_SETTINGS, **env}


def show(text: str, height: int, *, refused: bool, out: Any = None) -> None:
    """Write text to out (stdout), through the pager when decide says so and it starts.
    height: the terminal's lines; refused: whether --no-pager was given."""
    out = sys.stdout if out is None else out
    command = pager_command(os.environ)
    situation = Situation(
        terminal=out.isatty(),
        term=os.environ.get("TERM", ""),
        refused=refused,
        command=command,
        lines=text.count("\n"),
        height=height,
    )
    if not decide(situation).page or not _page(text, command, out):
        out.write(text)


def _page(text: str, command: str, out: Any) -> bool:
    """Run the pager on text; False when it cannot be started or fails (exits other than
    0, as `PAGER=false` does), so that the caller prints the text itself.

    The command is split as a shell would split words and run without a shell, as gh does.
    While the pager runs Ctrl-C is the pager's: it must not leave it orphaned on the screen.
    """
    import shlex
    import shutil
    import signal
    import subprocess

    try:
        argv = shlex.split(command)
    except ValueError:  # an unclosed quote
        return False
    if not argv or shutil.which(argv[0]) is None:
        return False
    encoding = getattr(out, "encoding", None) or "utf-8"
    out.flush()
    try:
        child = subprocess.Popen(argv, stdin=subprocess.PIPE, env=pager_environment(os.environ))
    except (OSError, ValueError):
        return False
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: the pager is waited for all the same
        previous = None
    try:
        assert child.stdin is not None
        # The reader may quit before the end (q in less): that is their choice.
        with contextlib.suppress(BrokenPipeError):
            child.stdin.write(text.encode(encoding, "backslashreplace"))
        with contextlib.suppress(BrokenPipeError):
            child.stdin.close()
        child.wait()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    return child.returncode == 0
