"""Pure text helpers: the normal form words are matched in, and text made safe to print."""

from __future__ import annotations

import codecs
import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
# "US" in capitals is the country; "us" in lower case is the pronoun and stays a stopword.
_US = re.compile(r"(?<![A-Za-z])U\.?S\.?(?:A\.?)?(?![A-Za-z])")
# Lower-case "us" is the pronoun, except where only the country fits: "the us", "us-brokered",
# and at the start of a query ("us wants a timetable").
_LOWER_US = re.compile(r"(?i)(?:(?<=\bthe )|^\s*)us\b(?!')|\bus(?=-[a-z])")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+")
_NOT = re.compile(r"\b([^\W\d_]+)n't\b")
"""A verb with "not" run into it ("didn't", "won't"): read as the two words it stands for."""
_UNCONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


def _uncontracted(text: str) -> str:
    """text (folded, quotes straight) with "n't" written out: "isn't" is "is not", "won't"
    "will not", "can't" "can not"."""
    if "n't" not in text:
        return text
    return _NOT.sub(lambda m: f"{_UNCONTRACTED.get(m[1], m[1])} not", text)


STOPWORDS = frozenset(
    """
    a about above after again against all am among an and any are as at be been before being between
    both but by can could did do does doing done during each else ever few for from further
    get give had has have having he her here hers him his how i if in into is it its itself
    just know let long many me more most much must my no nor not now of off on once only or
    other our ours out over own please said same say says she should show so some such tell
    than that the their theirs them then there these they this those through to too under
    until up us very was we were what whats when where whether which while who whom whose
    why will with would yet you your
    go goes going gone went make makes made making happen happens happened happening
    gave given gives giving located situated lie lies sit sits
    according cite cited citation fact facts quote quoted quotes quoting im ive youre
    dont doesnt didnt isnt arent wasnt werent wont wouldnt cant cannot couldnt shouldnt
    hasnt havent hadnt regarding concerning toward towards upon amid amidst via
    """.split()
)
"""Question words, filler, light verbs ("make up", "gone on"), negations as "not" is one
("dont", a contraction typed without its apostrophe: NEGATIONS still sees it) and words
about the tool itself (every fact has a quote): dropped from queries and facts so they
cannot drown content words."""

NUMBER_NAMES = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty hundred
    """.split()
)
"""Numbers written as words, as a query writes a figure ("four years")."""

_UNITS_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
NUMBER_WORDS = (
    dict(zip(_UNITS_WORDS, range(20), strict=True))
    | _TENS
    | {
        f"{ten}-{one}": value + n
        for ten, value in _TENS.items()
        for n, one in enumerate(_UNITS_WORDS[1:10], start=1)
    }
    | {"hundred": 100, "a hundred": 100}
)
"""Numbers written as words, up to ninety-nine ("Forty-two drones were destroyed")."""

ARTICLES = frozenset("the a an".split())
"""The articles, which stand between words that belong together ("pressing the Kremlin")."""

NEGATIONS = frozenset(
    """
    not no never nor dont doesnt didnt isnt arent wasnt werent wont wouldnt cannot cant
    hasnt havent hadnt neither without fail fails failed failing unable
    """.split()
)
"""Words that say something is not so ("don't" reads as "do not", and "dont", typed without
its apostrophe, as itself; "fail to meet" is "not meet")."""

WILLING = frozenset(
    "willing unwilling ready prepared eager keen reluctant determined poised able".split()
)
"""Words of a party's will or readiness before "to" and a deed ("is Ukraine willing to give
up the Donbas"): the party is the one who would do it, and takes the stance the deed names."""

# Words whose final "s" is not a plural; stripping it would merge them with other words.
_NOT_PLURAL = frozenset({"news", "series", "species", "always", "perhaps", "whereas", "was", "has"})


@functools.cache
def _combining() -> re.Pattern[str]:
    # Compiled on first non-ASCII text: most queries never need it.
    return re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower-case, accent-free, straight-quoted form of text, for comparing words."""
    text = text.translate(_QUOTES)
    if not text.isascii():
        text = _combining().sub("", unicodedata.normalize("NFKD", text))
    return text.casefold()


def _normal(text: str) -> str:
    """text as words and possessives read it: folded, the US as "usa", `%` as "percent",
    no thousands separators, "n't" written out."""
    text = _LOWER_US.sub(" usa ", _US.sub(" usa ", text))
    return _uncontracted(_THOUSANDS.sub("", fold(text)).replace("%", " percent "))


def words(text: str) -> list[str]:
    """The words of text in order, folded; `%` becomes "percent", the US becomes "usa"."""
    return list(_words(text))


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """words(text), kept: a query is read into words by a dozen helpers."""
    return tuple(_WORD.findall(_POSSESSIVE.sub("", _normal(text)).replace("'", "")))


def possessives(text: str) -> frozenset[int]:
    """The positions, in words(text), of the words written as possessives ("Ukraine's")."""
    marked = _WORD.findall(_POSSESSIVE.sub(f" {_OWNS} ", _normal(text)).replace("'", ""))
    found: set[int] = set()
    count = 0
    for word in marked:
        if word == _OWNS:
            found.add(count - 1)
        else:
            count += 1
    return frozenset(found)


_OWNS = "possessivemark"
"""A word no text holds, put where a possessive's "'s" stood, to count the words before it."""


def key(text: str) -> str:
    """The form two names are compared in: folded words joined by single spaces."""
    return " ".join(words(text))


_SKELETON = (("kh", "h"), ("zh", "z"), ("tsch", "c"), ("sch", "s"), ("ts", "c"), ("tz", "c"),
             ("w", "v"), ("y", "i"), ("j", "i"))  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """The letters transliterations of one name share: Zelenskyy, Zelensky and Zelenskiy;
    Donetsk and Doneck. Folded, with kh/h, zh/z, ts/tz/c, w/v, y/j/i alike and no doubles."""
    word = fold(word)
    for spelled, meant in _SKELETON:
        word = word.replace(spelled, meant)
    return _DOUBLED.sub(r"\1", word)


def closest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Up to n of choices that look like word, best first, for "did you mean" hints."""
    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(fold(choice), choice)
    found = difflib.get_close_matches(fold(word), list(by_fold), n=n, cutoff=0.6)
    return [by_fold[f] for f in found]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A hint naming the closest choices, or "" when none is close."""
    found = closest(word, choices)
    return f"; did you mean {' or '.join(repr(f) for f in found)}?" if found else ""


def stem(word: str) -> str:
    """Strip an English plural ending, and nothing else: talks -> talk, parties -> party."""
    if len(word) <= 3 or word in _NOT_PLURAL or word in STOPWORDS or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith(("ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


# C0 and C1 controls and DEL act on a terminal; bidirectional controls reorder what it shows
# ("Trojan Source"); the line and paragraph separators end a line for str.splitlines(); lone
# surrogates (undecodable bytes in argv) cannot be encoded at all.
_BIDI_AND_SURROGATES = (
    r"\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
)


@functools.cache
def _unsafe(keep_newlines: bool, keep_layout: bool) -> re.Pattern[str]:
    # Compiled on first need: these ranges take 0.4 ms each to compile, on every start.
    if keep_layout:
        controls = r"\x00-\x08\x0b\x0c\x0e-\x1f"
    else:
        controls = r"\x00-\x09\x0b-\x1f" if keep_newlines else r"\x00-\x1f"
    return re.compile(f"[{controls}{_BIDI_AND_SURROGATES}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep_newlines: bool = False, keep_layout: bool = False) -> str:
    """Text with terminal controls written out as escapes, so they show instead of acting;
    with keep_newlines, newlines are kept as they are, and with keep_layout (for CSV, which
    quotes them) tabs, newlines and carriage returns too."""
    if text.isprintable():  # no control, format character or surrogate: the common case
        return text
    return _unsafe(keep_newlines, keep_layout).sub(_escape, text)


def utf8(encoding: str | None) -> bool:
    """Whether a stream in this encoding can take any character: whether it is UTF-8."""
    try:
        return bool(encoding) and codecs.lookup(encoding or "").name == "utf-8"
    except LookupError:
        return False


def counted(number: int, noun: str) -> str:
    """The number and the noun, plural unless it is one: "1 claim", "3 claims"."""
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def shorten(text: str, limit: int = 80) -> str:
    """Text cut to limit characters with an ellipsis, to echo user input in one line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tsv_field(text: str) -> str:
    """One TSV field: backslash, tab, newline and carriage return written as escapes."""
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_slips(word: str) -> frozenset[str]:
    """The words one slip of the keys away from word: a letter left out, put in, changed,
    or two side by side swapped (one_slip_apart tells it of two given words)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return frozenset(
        [a + b[1:] for a, b in cuts if b]
        + [a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1]
        + [a + c + b[1:] for a, b in cuts if b for c in _LETTERS]
        + [a + c + b for a, b in cuts for c in _LETTERS]
    ) - {word}


def one_slip_apart(a: str, b: str) -> bool:
    """Whether a and b differ by one slip (b in one_slips(a)), told without making every
    slip of a."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]
