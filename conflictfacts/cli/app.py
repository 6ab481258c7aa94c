"""The Typer app and the options its commands share; what they run inside is running.py."""

import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer

# Typer's own copy of Click, which raises these when a command line cannot be read.
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

from conflictfacts.cli.running import (
    DATA_ENV,
    PAGER_REFUSED,
    OutputFailed,
    guard_messages,
    guarded,
    say,
)
from conflictfacts.models import ExitCode, Format, Status

_SETTINGS: dict[str, Any] = {
    "name": "conflictfacts",
    "add_completion": False,
    "no_args_is_help": True,
    # Plain Click help and errors: no box drawing on stderr, and no Rich import to show them.
    "rich_markup_mode": None,
    "pretty_exceptions_enable": False,
    "pretty_exceptions_show_locals": False,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}

app = typer.Typer(**_SETTINGS)

# Paths are taken as text and made Paths here: Typer's Path type stats them while parsing,
# and a path it cannot stat (a NUL in it) would escape as a traceback.
DataOption = Annotated[
    list[str] | None,
    typer.Option(
        "--data",
        metavar="PATH",
        show_default=False,
        help=f"Also read this folder's tables (*.toml) or this table file; repeatable. "
        f"Default: ${DATA_ENV} (paths separated by '{os.pathsep}').",
    ),
]

NoBuiltinOption = Annotated[
    bool, typer.Option("--no-builtin", help="Leave out the table shipped with conflictfacts.")
]

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="Output format. Default: a table on a terminal, tab-separated rows in a pipe.",
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Short for --format json.")]

FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="NAMES",
        show_default=False,
        help="Print only these fields, in this order, named as in JSON and separated by "
        "commas, e.g. id,value,source,date.",
    ),
]


def _no_pager(value: bool) -> bool:
    PAGER_REFUSED[0] = bool(value)
    return value


# Not passed to the command: the pager is output's business (see output.print_rich).
NoPagerOption = Annotated[
    bool,
    typer.Option(
        "--no-pager",
        callback=_no_pager,
        expose_value=False,
        help="Print a table taller than the terminal whole, without $PAGER.",
    ),
]

SourceOption = Annotated[
    str | None, typer.Option(help="Only facts asserted by this source (id, name or alias).")
]

KindOption = Annotated[str | None, typer.Option(help="Only facts of this kind, e.g. territory.")]

SubjectOption = Annotated[
    str | None, typer.Option(help="Only facts whose subject contains these words.")
]

SinceOption = Annotated[
    str | None, typer.Option(metavar="DATE", help="Only facts dated on or after DATE.")
]

UntilOption = Annotated[
    str | None, typer.Option(metavar="DATE", help="Only facts dated on or before DATE.")
]

DocumentDateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="YYYY-MM-DD",
        help="The document's date, when its first line is not ' date YYYY-MM-DD'.",
    ),
]

StatusOption = Annotated[
    Status | None,
    typer.Option(case_sensitive=False, show_default=False, help="Only facts of this standing."),
]


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("conflictfacts")
        except PackageNotFoundError:
            number = "unknown (not installed)"
        try:
            sys.stdout.write(f"conflictfacts {number}\n")
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputFailed(error.strerror or str(error)) from None
        raise SystemExit(ExitCode.OK)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Cited facts about the Russia-Ukraine war and its peace talks.

    Every answer names who asserts it, the date it holds for, and the exact words of its
    source document with their place in it. Exit status: 0 found, 1 nothing found (or,
    for verify, a citation failed), 2 usage error or unreadable table.

    \b
    Example:
      conflictfacts ask "Donetsk control"
    """
    guard_messages()


def app_for(argv: Sequence[str]) -> typer.Typer:
    """The app with only the command argv runs, when it names one.

    Typer builds the parameters of every registered command on each start (about 1 ms
    each); a lookup tool should not pay for five commands it will not run. The command
    registered is the same function, so its parsing, help and errors are the same.
    """
    name = argv[1] if len(argv) > 1 else ""
    chosen = [c for c in app.registered_commands if (c.name or c.callback.__name__) == name]  # type: ignore[union-attr]
    if not chosen:
        return app
    only = typer.Typer(**_SETTINGS)
    only.registered_callback = app.registered_callback
    only.registered_commands = chosen
    return only


def main() -> None:
    """The console script by way of Typer: run the app, and never end in a traceback."""
    sys.exit(guarded(_run))


def _run() -> None:
    """Run the command argv names; a usage error is one line on stderr, exit 2, as the
    core's errors are (Click would print the usage block and "Error:" on four)."""
    try:
        code = app_for(sys.argv)(prog_name="conflictfacts", standalone_mode=False)
    except NoArgsIsHelpError as shown:  # `conflictfacts` alone: the help, as asked
        shown.show()
        raise SystemExit(ExitCode.ERROR) from None
    except ClickException as error:
        where = error.ctx.command_path if isinstance(error, UsageError) and error.ctx else ""
        hint = f" (see '{where} -h')" if where else ""
        say(f"{error.format_message().rstrip('.')}{hint}")
        raise SystemExit(ExitCode.ERROR) from None
    raise SystemExit(ExitCode.OK if code is None else code)
