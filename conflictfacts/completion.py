"""Shell completion scripts for bash, zsh and fish, written from a description of the commands.

The scripts are generated once and loaded by the shell: completing a command or an option
starts no process, and fact ids and source ids are asked of `PROG completion ids` and
`PROG completion sources` only when one is being completed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from typing import NamedTuple


class Shell(StrEnum):
    """The shells a completion script is written for."""

    BASH = "bash"
    ZSH = "zsh"
    FISH = "fish"


class Values(StrEnum):
    """What an option or argument takes, beside a fixed list of words."""

    TEXT = "text"
    """Free text: nothing to offer."""
    FILES = "files"
    """A path: the shell's own file completion."""
    IDS = "ids"
    """A fact id, from `PROG completion ids`."""
    SOURCES = "sources"
    """A source id, from `PROG completion sources`."""


LISTS = (Values.IDS, Values.SOURCES)
"""The values the scripts ask the program for, by these words after `completion`."""

Takes = Values | tuple[str, ...] | None
"""What a parameter takes: a kind of value, a fixed list of words, or nothing (a flag)."""


class Param(NamedTuple):
    """An option (its names) or, with no names, a command's positional argument."""

    names: tuple[str, ...]
    takes: Takes
    help: str = ""


class Command(NamedTuple):
    name: str
    help: str
    options: tuple[Param, ...]
    argument: Takes = None
    """What its first positional argument takes; None when it has none."""


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]*|--?[A-Za-z0-9][A-Za-z0-9_-]*")
"""What a command, option or choice must look like to be written into a script unquoted."""


def _word(text: str) -> str:
    if not _WORD.fullmatch(text):
        raise ValueError(f"cannot write {text!r} into a completion script")
    return text


def _words(takes: tuple[str, ...]) -> str:
    return " ".join(_word(w) for w in takes)


def script(shell: Shell, prog: str, commands: Sequence[Command], version: str = "") -> str:
    """The completion script for shell: prog's commands, their options and the values each
    takes. version, when given, is named in the script's first line."""
    write = {Shell.BASH: _bash, Shell.ZSH: _zsh, Shell.FISH: _fish}[shell]
    by = f"`{prog} completion {shell.value}`" + (f" ({prog} {version})" if version else "")
    return write(_word(prog), commands, f"# {shell.value} completion for {prog}, written by {by}.")


def _offer_call(prefix: str, takes: Takes) -> str:
    """The shell code that offers what takes names, through PREFIX_offer."""
    if isinstance(takes, tuple):
        return f'{prefix}_offer words "{_words(takes)}"'
    return f"{prefix}_offer {(takes or Values.TEXT).value}"


def _sh_cases(prefix: str, commands: Sequence[Command], top: str, cur: str) -> list[str]:
    """The body shared by bash and zsh: a case on the command, then on the word before."""
    lines = ["    case $command in", f"        '') {prefix}_offer words \"{top}\" ;;"]
    for command in commands:
        lines.append(f"        {_word(command.name)})")
        valued = [o for o in command.options if o.takes is not None]
        if valued:
            lines.append("            case $prev in")
            for option in valued:
                names = "|".join(_word(n) for n in option.names)
                lines.append(
                    f"                {names}) {_offer_call(prefix, option.takes)}; return ;;"
                )
            lines.append("            esac")
        flags = _words(tuple(n for o in command.options for n in o.names))
        lines.append(f'            if [[ {cur} == -* ]]; then {prefix}_offer words "{flags}"')
        lines.append(f"            else {_offer_call(prefix, command.argument)}; fi ;;")
    lines.append("    esac")
    return lines


def _top(commands: Sequence[Command]) -> str:
    return " ".join([*(_word(c.name) for c in commands), "--help", "--version"])


def _bash(prog: str, commands: Sequence[Command], header: str) -> str:
    prefix = f"_{prog.replace('-', '_')}"
    lines = [
        header,
        f"# Load it from ~/.bashrc: source <({prog} completion bash), or save it once as",
        f"# ~/.local/share/bash-completion/completions/{prog}.",
        f"{prefix}_offer() {{",
        "    local IFS=$'\\n' cur=${COMP_WORDS[COMP_CWORD]}",
        "    case $1 in",
        '        words) IFS=$\' \\t\\n\'; COMPREPLY=($(compgen -W "$2" -- "$cur")) ;;',
        '        files) COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;',
        "        text) COMPREPLY=() ;;",
        # Ids come from tables, which anyone may write: each is matched here as text, and
        # never handed to compgen -W, which would expand a "$(...)" inside one.
        "        *) local w",
        "           while IFS= read -r w; do",
        '               [[ $w == "$cur"* ]] && COMPREPLY+=("$(printf %q "$w")")',
        f'           done < <({prog} completion "$1" 2>/dev/null) ;;',
        "    esac",
        "}",
        f"{prefix}() {{",
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= i",
        "    COMPREPLY=()",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        "        if [[ ${COMP_WORDS[i]} != -* ]]; then command=${COMP_WORDS[i]}; break; fi",
        "    done",
        *_sh_cases(prefix, commands, _top(commands), "$cur"),
        "}",
        f"complete -F {prefix} {prog}",
    ]
    return "\n".join(lines) + "\n"


def _zsh(prog: str, commands: Sequence[Command], header: str) -> str:
    prefix = f"_{prog.replace('-', '_')}"
    lines = [
        f"#compdef {prog}",
        header,
        f"# Load it from ~/.zshrc, after compinit: source <({prog} completion zsh), or save it",
        f"# once as {prefix} in a folder of $fpath.",
        f"{prefix}_offer() {{",
        "    case $1 in",
        "        words) compadd -- ${=2} ;;",
        "        files) _files ;;",
        "        text) ;;",
        f'        *) compadd -- ${{(f)"$({prog} completion $1 2>/dev/null)"}} ;;',
        "    esac",
        "}",
        f"{prefix}() {{",
        "    local cur=${words[CURRENT]} prev=${words[CURRENT-1]} command= i",
        "    for ((i = 2; i < CURRENT; i++)); do",
        "        if [[ ${words[i]} != -* ]]; then command=${words[i]}; break; fi",
        "    done",
        *_sh_cases(prefix, commands, _top(commands), "$cur"),
        "}",
        f'if [[ "${{funcstack[1]}}" == {prefix} ]]; then',
        f'    {prefix} "$@"',
        "else",
        f"    compdef {prefix} {prog}",
        "fi",
    ]
    return "\n".join(lines) + "\n"


def _fish_text(text: str) -> str:
    """text as a single-quoted fish string."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish_takes(prog: str, takes: Takes) -> str:
    if takes is None:
        return ""
    if takes is Values.FILES:
        return " -r -F"
    if takes is Values.TEXT:
        return " -x"
    if isinstance(takes, tuple):
        return f" -x -a {_fish_text(_words(takes))}"
    return f" -x -a {_fish_text(f'({prog} completion {takes.value} 2>/dev/null)')}"


def _fish(prog: str, commands: Sequence[Command], header: str) -> str:
    lines = [
        header,
        f"# Load it from ~/.config/fish/config.fish: {prog} completion fish | source, or save",
        f"# it once as ~/.config/fish/completions/{prog}.fish.",
        f"complete -c {prog} -f",
        f"complete -c {prog} -n __fish_use_subcommand -s h -l help -d 'Show help'",
        f"complete -c {prog} -n __fish_use_subcommand -l version -d 'Print the version'",
    ]
    for command in commands:
        name = _word(command.name)
        lines.append(
            f"complete -c {prog} -n __fish_use_subcommand -a {name} -d {_fish_text(command.help)}"
        )
        when = f"-n {_fish_text(f'__fish_seen_subcommand_from {name}')}"
        for option in command.options:
            names = "".join(
                f" -l {_word(n)[2:]}" if n.startswith("--") else f" -s {_word(n)[1:]}"
                for n in option.names
            )
            described = f" -d {_fish_text(option.help)}" if option.help else ""
            lines.append(
                f"complete -c {prog} {when}{names}{_fish_takes(prog, option.takes)}{described}"
            )
        if command.argument is not None and command.argument is not Values.TEXT:
            argument = _fish_takes(prog, command.argument).replace(" -x", "").replace(" -r", "")
            lines.append(f"complete -c {prog} {when}{argument}")
    return "\n".join(lines) + "\n"
