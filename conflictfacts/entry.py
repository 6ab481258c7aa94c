"""The console script's first step: Ctrl-C ends a run with one line and exit 130, whenever
it comes, during the imports too.

Ctrl-C is raised as Interrupted, not KeyboardInterrupt, so that Click (which would print
"Aborted!" and exit 1, the code for "nothing found") lets it through to here.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType


class Interrupted(BaseException):
    """Ctrl-C. A BaseException, as KeyboardInterrupt is: no `except Exception` takes it."""


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise Interrupted


def main() -> None:
    """Run the command line, ending on Ctrl-C with `conflictfacts: interrupted`."""
    signal.signal(signal.SIGINT, _interrupt)
    try:
        from conflictfacts.cli.quick import quickly  # loaded under the handler, as Typer is

        code = quickly(sys.argv)  # `ask` with plain options: no Typer to import
        if code is not None:
            sys.exit(code)
        from conflictfacts.cli.commands import main as run

        run()
    except (Interrupted, KeyboardInterrupt):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C cuts no message short
        try:
            sys.stderr.write("conflictfacts: interrupted\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass  # stderr closed: the exit status still tells
        sys.exit(130)  # ExitCode.INTERRUPTED, which may not be imported yet
