"""`completion`: a shell's completion script, and the fact and source ids it asks for."""

import re
import sys
from typing import Annotated, Any

import typer

from conflictfacts.cli.app import app
from conflictfacts.cli.running import load, reporting
from conflictfacts.errors import UsageError
from conflictfacts.models import Kind
from conflictfacts.text import did_you_mean

PROG = "conflictfacts"

# What the options and arguments whose values are not a fixed choice take. Typer's own hook
# would work these out on every start; written into the script once, they cost nothing.
_OPTION_VALUES: dict[str, Any] = {
    "--data": "files",
    "--cases": "files",
    "--source": "sources",
    "--kind": tuple(k.value for k in Kind),
    # A flag, but the word after it is most often the file of queries that QUERY then names.
    "--batch": "files",
}
_SENTENCE_END = r"\.\s+(?=[A-Z$])"
"""Where an option's help ends its first sentence ("e.g. territory" goes on)."""
_ARGUMENT_VALUES: dict[str, Any] = {
    "ID": "ids", "FILE": "files", "SHELL": ("bash", "zsh", "fish"), "[clear]": ("clear",),
}  # fmt: skip


@app.command()
def completion(
    shell: Annotated[
        str, typer.Argument(metavar="SHELL", help="bash, zsh or fish.", show_default=False)
    ],
) -> None:
    """Print the completion script for bash, zsh or fish: commands, options, fact ids,
    sources and kinds.

    Save it once where the shell looks for completions (bash:
    ~/.local/share/bash-completion/completions/conflictfacts, zsh: a folder of $fpath, as
    _conflictfacts; fish: ~/.config/fish/completions/conflictfacts.fish), and save it again
    after an upgrade. Fact ids and source ids are read when they are completed, from the
    shipped table and $CONFLICTFACTS_DATA.

    \b
    Example:
      conflictfacts completion bash
    """
    from conflictfacts import completion as scripts

    with reporting():
        if shell in scripts.LISTS:  # what the scripts ask for: not shown in the help
            store = load(None, False)
            chosen = store.ids() if shell == scripts.Values.IDS else sorted(store.sources)
            sys.stdout.write("".join(f"{word}\n" for word in chosen))
            return
        if shell not in set(scripts.Shell):
            hint = did_you_mean(shell, [s.value for s in scripts.Shell])
            raise UsageError(f"no completion for the shell {shell!r}: bash, zsh or fish{hint}")
        version = _version()
        sys.stdout.write(scripts.script(scripts.Shell(shell), PROG, _commands(), version))


def _commands() -> list[Any]:
    """The app's commands, as the completion scripts describe them."""
    from typer.main import get_command

    from conflictfacts import completion as scripts

    group: Any = get_command(app)
    commands = []
    for name, command in group.commands.items():
        if command.hidden:
            continue
        options = [scripts.Param(("--help", "-h"), None, "Show this help.")]
        argument = None
        for param in command.params:
            takes = _takes(param, scripts)
            if param.param_type_name == "argument":
                argument = argument or takes
            elif not getattr(param, "hidden", False):
                names = (*param.opts, *param.secondary_opts)
                help_text = re.split(_SENTENCE_END, param.help or "")[0].rstrip(".")
                options.append(scripts.Param(names, takes, help_text))
        short = command.get_short_help_str(200).rstrip(".")
        commands.append(scripts.Command(name, short, tuple(options), argument))
    return commands


def _takes(param: Any, scripts: Any) -> Any:
    wanted = _OPTION_VALUES.get(param.opts[0]) or _ARGUMENT_VALUES.get(param.metavar or "")
    if getattr(param, "is_flag", False) and wanted is None:
        return None
    if choices := getattr(param.type, "choices", None):
        return tuple(str(c) for c in choices)
    if isinstance(wanted, str):
        return scripts.Values(wanted)
    return wanted if wanted is not None else scripts.Values.TEXT


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(PROG)
    except PackageNotFoundError:
        return ""
