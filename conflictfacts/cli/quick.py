"""`ask` without Typer, for the forms of it that people and scripts run most.

Importing Typer takes about 40 ms, more than a lookup itself: a start that only asks a
question should not pay it. `quickly` reads the command line when it is `ask` with one
query and only these options, each given once and written plainly: --limit/-n N,
--explain/--no-explain, --data PATH (repeatable), --no-builtin, --format/-f FORMAT,
--json, --fields NAMES, --no-pager, and `--` before the query. It then runs what the Typer
command runs (cli/answer.py), in the same streams and with the same errors. Anything else
(help, --batch, another command, a value Typer might read otherwise, a query that starts
with "-") it leaves to Typer, which parses every form.
"""

from collections.abc import Sequence
from typing import Any

from conflictfacts.cli import answer
from conflictfacts.cli.running import PAGER_REFUSED, guarded
from conflictfacts.models import Format

_FLAGS = {
    "--explain": ("explain", True),
    "--no-explain": ("explain", False),
    "--no-builtin": ("no_builtin", True),
    "--json": ("as_json", True),
    "--no-pager": ("no_pager", True),
}
_VALUES = {
    "--limit": "limit", "-n": "limit", "--format": "fmt", "-f": "fmt", "--fields": "fields",
    "--data": "data",
}  # fmt: skip


def parse(args: Sequence[str]) -> tuple[answer.Asked, bool] | None:
    """The options of `ask` in args (the words after the program's name) and whether
    --no-pager was given; None when args are not a form read here."""
    if not args or args[0] != "ask" or not all(_plain(a) for a in args):
        return None
    given: dict[str, Any] = {}
    query: list[str] = []
    words = list(args[1:])
    while words:
        word = words.pop(0)
        if word == "--":
            query += words
            break
        name, equals, inline = word.partition("=") if word.startswith("--") else (word, "", "")
        value: str | bool
        if word in _FLAGS:
            field, value = _FLAGS[word]
        elif name in _VALUES and (inline or (not equals and words)):
            field = _VALUES[name]
            value = inline if equals else words.pop(0)
        elif not word.startswith("-"):
            query.append(word)
            continue
        else:
            return None  # help, --batch, -n5, an option Typer will name as unknown
        if field == "data":
            given.setdefault("data", []).append(value)
            continue
        if field in given and given[field] != value:
            return None  # said twice, two ways: Typer's to settle
        given[field] = value
    if len(query) != 1 or query[0].startswith("-"):
        return None
    for field, read in (("limit", _limit), ("fmt", _format)):
        if field in given:
            given[field] = read(given[field])
            if given[field] is None:
                return None
    no_pager = given.pop("no_pager", False)
    return answer.Asked(query[0], **given), no_pager


def _plain(word: str) -> bool:
    """Whether a word of the command line is text as typed (no bytes that are not UTF-8)."""
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _limit(text: str) -> int | None:
    number = int(text) if text.isascii() and text.isdigit() else 0
    return number if 1 <= number <= answer.MAX_LIMIT else None


def _format(text: str) -> Format | None:
    chosen = text.lower() if text.isascii() else ""
    return Format(chosen) if chosen in {f.value for f in Format} else None


def quickly(argv: Sequence[str]) -> int | None:
    """Run `ask` from argv (the program's name first) and give its exit status; None, having
    done nothing, when argv is not a form read here (see parse)."""
    parsed = parse(argv[1:])
    if parsed is None:
        return None
    asked, PAGER_REFUSED[0] = parsed
    return guarded(lambda: answer.ask(asked))
