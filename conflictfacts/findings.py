"""What a sentence says that makes it a candidate: shares, quantities, dates, sources, moves."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

from conflictfacts.dates import SEASONS
from conflictfacts.text import NUMBER_WORDS

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_IN_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
"""A number in words, the longest first ("seventeen" before "seven")."""
_NUMBER = (
    r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d,.])|"
    rf"(?:\d+|(?:{_IN_WORDS}))\s+and\s+a\s+half\b|"
    r"\d+(?:\.\d+)?|"
    r"(?:half\s+|a\s+quarter\s+of\s+)?a(?=[- ](?:hundred|thousand|million|billion)\b)|"
    rf"(?:{_IN_WORDS})\b)"
)
"""A number as digits ("1,000", "20 000", "2.5") or words ("forty-two", "half a" or "a quarter
of a" before a million, "two and a half"), never part of a word or a name ("Drone", "F-16",
"Su-34")."""
_SCALE = r"(?P<m>(?:hundred[- ])?(?:thousand|million|billion|trillion)\b|hundred\b|bn\b)"
"""The words that scale a number: "4.24 billion", "two hundred thousand", "$500 million"."""
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9,
           "trillion": 10**12, "bn": 10**9}  # fmt: skip
_SMALL_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
"""The numbers in words that the newer patterns read (a count after a verb, a whole after "of
the"): the full list (_IN_WORDS) costs milliseconds to compile in each pattern holding it."""
_SMALL_NUMBER = rf"(?<![\w.,-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_SMALL_WORDS})\b)"
"""A number as digits or a small one in words."""
_AT_A_WORD = r"(?<!\w)(?=\w)"
"""Where a figure or its hedge may begin: at a word's start. Put first in a pattern, it spares
the regex engine a try at every letter inside a word, and keeps a hedge from being read off
the end of another word ("the leftover 30 tonnes" is not "over 30", nor "a handsome 40
percent" "some 40")."""
_HEDGE = (
    r"(?:around|about|roughly|approximately|nearly|almost|over|more than|less than|under|"
    r"up to|at least|some|just over|just under|fewer than|as many as|close to)"
)

# -- sentences

_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen lt col sgt no vs "
    "etc inc ltd co corp gov sen rep u.s u.k e.g i.e".split()
)
_CLOCK = frozenset({"a.m", "p.m"})
"""Abbreviations that end a sentence when a capital follows ("shortly before 5 a.m. Rescuers
pulled ..."), unless it names the clock's zone ("5 a.m. Kyiv time", "9 p.m. GMT")."""
_SENTENCE_END = re.compile(r"([.!?]+|…)([”\"’)\]]*)(?=\s|$|[A-Z“\"])")


def _abbreviated(word: str, before: str) -> bool:
    """Whether a full stop after word ends no sentence: an abbreviation ("Jan."), an initial
    ("J."), a number that opens a line ("1. The attack"); not "on August 9." """
    if word.lower() in _ABBREVIATIONS:
        return True
    return (len(word) == 1 and word.isalpha()) or (word.isdigit() and before.strip() == word)


def sentences(text: str, begin: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or line of text[begin:], its quotes and blanks trimmed.

    A line is never joined to the next (headlines and captions stand alone); "Jan. 23" and
    "U.S. officials" do not end a sentence; a photo credit "(X via AP)" stays with its caption.
    """
    for start, stop in _unwrapped(text, begin):
        at, pending = start, None
        for end in _SENTENCE_END.finditer(text, start, stop):
            word = re.search(r"([\w.]+)$", text[at : end.start()])
            if end[1] == "." and word and _abbreviated(word[1], text[at : end.start()]):
                continue
            zone = re.match(r"\s*(?:[A-Z]\w*\s+time\b|GMT|UTC|CET|EET|MSK)", text[end.end() :])
            if end[1] == "." and word and word[1].lower() in _CLOCK and zone:
                continue
            after = text[end.end() : end.end() + 2].lstrip()
            if after and after[0].islower():
                continue
            for span in _trimmed(text, at, end.end() if end[1] != "…" else end.start()):
                if pending is not None:
                    yield pending
                pending = span
            at = end.end()
        rest = list(_trimmed(text, at, stop))
        if pending is not None and rest and re.fullmatch(r"\s*\([^()]*\)\s*", text[at:stop]):
            pending, rest = (pending[0], stop), []
        if pending is not None:
            yield pending
        yield from rest


def _unwrapped(text: str, begin: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text[begin:], a hard-wrapped sentence's lines joined: a
    line runs on into the next when it has no end mark and the next begins in lower case
    ("Russia launched 80 drones overnight, the air force" / "said on Monday.")."""
    lines = [(begin + m.start(), begin + m.end()) for m in re.finditer(r"[^\n]+", text[begin:])]
    i = 0
    while i < len(lines):
        start, stop = lines[i]
        while (
            i + 1 < len(lines)
            and lines[i + 1][0] == stop + 1  # the next line, with no blank line between
            and re.search(r"[.!?…”\"’)\]:;]\s*$", text[start:stop]) is None
            and re.match(r"\s*[a-z]", text[lines[i + 1][0] : lines[i + 1][1]])
        ):
            i += 1
            stop = lines[i][1]
        yield start, stop
        i += 1


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start] in ' \t“"‘(—–-':
        start += 1
    while end > start and text[end - 1] in ' \t”"’…':
        end -= 1
    short_figure = re.fullmatch(r"[A-Z][a-z ]{2,}:\s+\d[\d,.]*", text[start:end])  # "Navy: 24"
    if (end - start >= 12 or short_figure) and re.search(r"[A-Za-z]{3}", text[start:end]):
        yield start, end


def clauses(sentence: str, *, at_and: bool = True) -> list[tuple[int, int]]:
    """(start, end) of the sentence's clauses: split at ", ", "; ", ": " and, with at_and,
    " and ", " but ", " while " (which also join two figures of one clause: "270 servicemen
    and 120 civilians were returned"). A piece of four words or fewer that leads into the
    next ("on July 9, Russia launched ...", "In November alone, ...") belongs to it: it sets
    that clause's time or place, and is no clause of its own."""
    joins = r"|\s(?:and|while|but)\s" if at_and else ""
    cuts = [m.start() for m in re.finditer(rf",\s|[;:]\s{joins}", sentence)]
    if at_and and _DAYS_JOINED.search(sentence):  # no cut within a date: "on 8 and 9 July"
        spans = [
            (w.start, w.end)
            for w in dates(sentence, _ANY_DAY)
            if _DAYS_JOINED.search(w.text) and not w.text.lower().startswith("between")
        ]  # two days of a month joined, not a period "between 1 and 19 September"
        cuts = [c for c in cuts if not any(a < c < b for a, b in spans)]
    spans, at = [], 0
    for cut in cuts:
        spans.append((at, cut))
        at = cut + 1
    spans.append((at, len(sentence)))
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            joined
            and len(sentence[joined[-1][0] : joined[-1][1]].split()) <= _LEADING
            and sentence[joined[-1][1] : joined[-1][1] + 1] in (",", " ")
        ):  # set off by a comma ("on 24 May, 307 servicemen"), not closed by ";" or ":"
            start = joined.pop()[0]
        joined.append((start, end))
    return joined


_DAYS_JOINED = re.compile(r"\d and \d")
"""Two numbers joined by "and": only then may a date phrase hold a cut ("8 and 9 July")."""
_ANY_DAY = date(2000, 1, 1)
"""A document's date for finding where date phrases stand, whatever they resolve to."""
_LEADING = 4
"""Words a piece of a sentence may have and still only lead into the next clause."""


# -- numbers

_PERCENT = re.compile(
    rf"{_AT_A_WORD}(?:(?P<q>{_HEDGE})\s+)?(?P<n>\d+(?:[.,]\d+)?|\b(?:{_IN_WORDS}))"
    r"\s*(?:%|per\s?cent\b|percent\b)",
    re.I,
)
_FRACTIONS = {"a quarter": 25, "a fifth": 20, "a tenth": 10, "three quarters": 75,
              "three-quarters": 75}  # fmt: skip
"""Shares in words that are exact percentages ("a fifth of Ukraine" is 20%); "half" stays a
hedge ("more than half of the losses"), and a third has no exact percentage."""
_SHARE = re.compile(
    rf"\b(?P<w>(?:(?:{_HEDGE})\s+)?(?:half|a third|a quarter|a fifth|a tenth|two[- ]thirds|"
    rf"three[- ]quarters)|(?:{_HEDGE})\s+(?:all|half|most)|the majority|the bulk)\s+of\b"
    r"(?!\s+(?:the\s+)?(?:19|20)\d\d\b)(?<!first half of)(?<!second half of)",
    re.I,
)
"""A share in words keeps its words: "nearly all" is not 100, and "a fifth" stays a fifth."""
_KINDS_OF = (
    r"ballistic|cruise|guided|attack|long-range|short-range|civilian|military|Russian|"
    r"Ukrainian|Shahed-type|combat|strike|decoy|air|more|new|wounded|injured|killed|dead|and|"
    r"older|elderly|young|younger|local|foreign|other|internally|displaced|seriously|severely|"
    r"badly|lightly"
)
"""Words that may stand between a number and its unit: "188 Shahed-type attack drones"."""
_UNITS = (
    r"square (?:kilometres|kilometers|miles)|sq\.? ?km|km2|km²|kilometres|kilometers|km|miles|"
    r"people|person|persons|personnel|citizens|civilians|children|men|women|man|woman|child|"
    r"(?:police|crew)(?=\s+(?:and|were|are|was|is|had|have|officers?)\b|\s*[,.;)]|\s*$)|"
    r"prisoners(?: of war)?|POWs|detainees|soldiers|troops|servicemen|"
    r"bodies|dead|drones|missiles|shells|tanks|villages|settlements|towns|dollars|euros|tonnes|"
    r"shaheds|casualties|deaths|injured|wounded|killed|attacks|strikes|rockets|aircraft|"
    r"tons|cubic (?:metres|meters)|bcm|barrels|points?|years?|months?|weeks?|days?|hours?|"
    r"GW|MW|gigawatts?|megawatts?|kroner|kronor|zlotys?|roubles|rubles|hryvnias?|francs"
)
_QUANTITY = re.compile(
    rf"{_AT_A_WORD}(?:(?P<q>{_HEDGE})\s+)?(?P<n>{_NUMBER})(?:[- ]{_SCALE})?"
    rf"(?P<between>(?:\s+(?:(?-i:[A-Z][\w-]*)|{_KINDS_OF}))" + "{0,3}" + rf")"
    rf"[- ](?P<u>{_UNITS})\b",
    re.I,
)
"""A number and its unit, with up to three words between that say what kind ("four
Iskander-M ballistic missiles", "12,062 civilian casualties")."""
_CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds", "US$": "dollars", "USD": "dollars",
               "EUR": "euros", "GBP": "pounds", "UAH": "hryvnias"}  # fmt: skip
"""Currency signs and ISO codes, as a fact sheet writes them ("EUR 4.24 billion")."""
_MONEY = re.compile(
    rf"(?:(?P<q>{_HEDGE})\s+)?(?P<c>[$€£]|\b(?:US\$|USD|EUR|GBP|UAH)\b ?)\s?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    rf"(?:{_SCALE}|(?P<mil>m)\b(?!\.\w))?",
    re.I,
)
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:round|meeting|summit|session|exchange|trilateral|talks|phase|stage|anniversary)\b",
    re.I,
)


_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split()
)}  # fmt: skip
_COUNTING_ORDINALS = "|".join(w for w in _ORDINAL_WORDS if w != "first")
_TALLY_ORDINAL = re.compile(
    rf"\b(?:the|its|their|his|her|\w+['’]s)\s+(?P<n>{_COUNTING_ORDINALS}|"
    r"\d+(?:nd|rd|th)|\d*[02-9]1st)"  # not "the first since": a record, no count
    r"(?:\s+(?-i:(?:[a-z-]+\s+){0,2}(?P<u>[a-z]+)))?"  # "sixth meeting", not "with Putin"
    r"(?:\s+(?:on|against|with|in|at)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"  # "on the energy system"
    r"\s+(?=since\b|this\s+(?:year|month)\b|(?:the|it|they)\s+\w+\s+had\b)",
    re.I,
)
"""An ordinal that counts how many so far: "the 65th since the start of the invasion", "the
sixth this year", "the tenth time the plant had lost power", "Russia's twelfth large-scale
strike on the energy system this year"."""
_AN_ORDINAL = re.compile(rf"(?i)(?:{'|'.join(_ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))\b")


def counted_over(sentence: str, quantity: Quantity, when: When) -> bool:
    """Whether the date phrase is the span an ordinal counts over, right after it ("its
    fourth violation this year", "his sixth meeting ... since January"): the tally's span,
    not the date of the event it counts."""
    return (
        _AN_ORDINAL.match(sentence, quantity.start) is not None
        and quantity.end <= when.start
        and not sentence[quantity.end : when.start].strip()
    )


_RANGE = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:to|-|–)\s+(?P<m>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?P<u>euros|dollars|people|drones|missiles|troops|soldiers|hours|days|kilometres|km)\b",
    re.I,
)
"""A range with its unit after the second number: "30,000 to 50,000 euros"."""
_PAIR = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+and\s+(?P<m>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?P<u>[a-z]{3,}s|people|troops|personnel)\b"
)
"""Two figures joined by "and" before one noun: "gathering 214 and 225 votes", "between
2,000 and 12,000 troops": the first is counted in the second's noun too."""
_ONE_THING = re.compile(
    r"\b(?:[Oo]ne|[Aa]\s+single)\s+(?:[\w-]+\s+){0,2}?(?P<u>drone|missile|civilian|soldier|"
    r"serviceman|tank|aircraft|ship|vessel|helicopter|jet)\b(?!\s+(?:of|or)\b)"
)
"""One thing counted as one: "air defences had shot down one drone", "killing one civilian";
not "one drone or another", "one missile of the barrage"."""
_NONE_BEFORE = re.compile(r"\b(?:not|no|never|without)\s+(?:[\w-]+\s+){0,2}$", re.I)
"""A negation right before one thing, which makes it none: "did not launch a single drone"."""
_FORMULA = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s+for\s+|-for-)(?P=n)\b")
"""An exchange's formula: "6,000 for 6,000", "1,000-for-1,000"."""


class Quantity(NamedTuple):
    """A share or an amount: where it stands, its number (None for a share in words)."""

    start: int
    end: int
    value: int | float | None
    unit: str
    qualifier: str


def number(text: str) -> int | float:
    """The number written as digits ("1,000", "2.5") or a word ("four")."""
    text = re.sub(r"[,\u00a0\u202f]| (?=\d)", "", text.lower())
    if text == "a":
        return 1  # "a million"
    if re.fullmatch(r"half\s+a", text):
        return 0.5  # "half a million"
    if re.fullmatch(r"a\s+quarter\s+of\s+a", text):
        return 0.25  # "a quarter of a million"
    whole = re.fullmatch(r"(.+?)\s+and\s+a\s+half", text)
    if whole:
        return number(whole[1]) + 0.5  # "two and a half years"
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    value = float(text)
    return int(value) if value.is_integer() else value


def in_units(value: float | None, unit: str) -> tuple[float | None, str]:
    """A value and unit with the unit's scale words folded into the value: (4.24, "billion
    euros") is (4240000000, "euros"), as extract writes it, so that tables written either
    way compare."""
    words = unit.split()
    scale = []
    while words and words[0].lower() in _SCALES:
        scale.append(words.pop(0))
    if not scale:
        return value, unit
    return (None if value is None else _times(value, " ".join(scale))), " ".join(words)


def scaled(text: str, scale: str | None) -> int | float:
    """The number written, times its scale words: ("4.24", "billion") is 4,240,000,000,
    ("two", "hundred thousand") 200,000, exactly."""
    value = number(text)
    return _times(value, scale) if scale else value


def _times(value: float, scale: str) -> int | float:
    """value times its scale words ("hundred thousand"), in decimal, so that 4.24 billion
    is 4240000000 exactly; an int when whole."""
    factor = 1
    for word in re.split(r"[- ]+", scale.lower()):
        factor *= _SCALES[word]
    exact = Decimal(str(value)) * factor
    return int(exact) if exact == exact.to_integral_value() else float(exact)


def quantities(sentence: str) -> list[Quantity]:
    """Each share or quantity with a unit in the sentence, in order."""
    found: list[Quantity] = []
    for m in _PERCENT.finditer(sentence):
        hedge = (m["q"] or "").lower()
        found.append(Quantity(m.start(), m.end(), number(m["n"].replace(",", ".")), "%", hedge))
    for m in _SHARE.finditer(sentence):
        words = m["w"].lower()
        part = next((f for f in _FRACTIONS if words.endswith(f)), None)
        if part is not None:  # "roughly a fifth of Ukraine": 20%, roughly
            hedge = words.removesuffix(part).strip()
            found.append(Quantity(m.start(), m.end(), _FRACTIONS[part], "%", hedge))
            continue
        found.append(Quantity(m.start(), m.end(), None, "", words))
    for m in _MONEY.finditer(sentence):
        currency = _CURRENCIES[m["c"].strip()]
        value = scaled(m["n"], m["m"] or ("million" if m["mil"] else None))  # "$324m"
        found.append(Quantity(m.start(), m.end(), value, currency, (m["q"] or "").lower()))
    for m in _QUANTITY.finditer(sentence):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        between = (m["between"] or "").lower()
        if between and re.search(rf"\b(?:{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b", between):
            continue  # "On 12 May Russian missiles": a day, not twelve missiles
        if between and _is_year(m["n"]):
            continue  # "In 2025 Ukrainian drones": a year
        hyphened = not m["between"] and sentence[m.start("u") - 1] == "-"
        lasting = m["u"].lower().rstrip("s") in ("year", "month", "week", "day", "hour")
        if lasting and _RELATIVE.match(sentence, m.end()):
            continue  # "two months after the summit" dates an event; it is no figure
        if lasting and _A_TIME_BEFORE.search(sentence[: m.start()]):
            continue  # "in the past 24 hours", "in three days": a time, not a figure
        if hyphened and not lasting and _DESCRIBES.match(sentence, m.end()):
            continue  # "the 28-point plan" names the plan; "a four-year war" says how long
        unit = m["u"].lower()
        if unit.endswith(("year", "month", "week", "day", "hour", "point")):
            unit += "s"  # "a four-year war": 4 years
        value = scaled(m["n"], m["m"])
        found.append(Quantity(m.start(), m.end(), value, unit, (m["q"] or "").lower()))
    named = ""
    for m in _TALLY.finditer(sentence):
        if any(q.start <= m.start("n") < q.end for q in found) or _is_year(m["n"]):
            continue
        head = _TALLY_NAME.search(sentence[: m.start()])
        if head:
            # "it reached 430,790": the same tally; "the number of Ukrainian refugees": refugees
            named = head["u"] or head["of"].split()[-1]
            named = named.lower()
        if not named:
            continue  # what the number counts, the sentence does not say
        value = scaled(m["n"], m["m"])
        found.append(Quantity(m.start("n"), m.end(), value, named, (m["q"] or "").lower()))
    for m in _PUT_NUMBER.finditer(sentence):
        if any(q.start <= m.start("n") < q.end for q in found) or _is_year(m["n"]):
            continue
        said = (m["of"] or m["u"]).split()  # "the number of injured", "Russian casualties"
        if not said:
            continue  # "which he put at five or six": what it counts is named elsewhere
        named = said[-1]
        value = scaled(m["n"], m["m"])
        found.append(Quantity(m.start("n"), m.end(), value, named.lower(), (m["q"] or "").lower()))
    for m in _DONE_TO.finditer(sentence):
        if any(q.start <= m.start("n") < q.end for q in found) or _is_year(m["n"]):
            continue
        unit = " ".join(m["v"].lower().split())
        value = number(m["n"])
        hedge = (m["q"] or "").lower()
        found.append(
            Quantity(m.start("n"), m.end("n"), value, _DONE_TO_UNITS.get(unit, unit), hedge)
        )
    for m in _ONE_VICTIM.finditer(sentence):
        if _NO_VICTIM.search(sentence) or _A_RATE.match(sentence, m.end()):
            continue  # "Not a single soldier was killed", "a civilian was killed every day"
        # "a 46-year-old woman was killed": one killed, whose age is a figure of its own;
        # "At least one person was killed": the count already read
        if not any(q.start < m.end() and m.start() < q.end and q.unit != "years" for q in found):
            deed = " ".join(m["v"].lower().split())
            found.append(Quantity(m.start(), m.end("n"), 1, _DONE_TO_UNITS.get(deed, deed), ""))
    for m in _VOTES.finditer(sentence) if _A_VOTE.search(sentence) else ():
        if m["n"] and m["u"].lower() == "against" and not _IN_FAVOUR.search(sentence):
            continue  # "the odds were 3 against 1": no tally of votes
        if m["n"]:
            counts = [
                (m.start("n"), m.end("u"), m["n"], "votes " + " ".join(m["u"].lower().split()))
            ]
        else:
            counts = [(m.start("a"), m.end("a"), m["a"], "votes in favour"),
                      (m.start("b"), m.end("b"), m["b"], "votes against")]  # fmt: skip
        for start, end, written, unit in counts:
            if not any(q.start <= start < q.end for q in found):
                found.append(Quantity(start, end, number(written), unit, ""))
    for m in _TIMES.finditer(sentence):
        if not any(q.start <= m.start() < q.end for q in found):
            found.append(Quantity(m.start(), m.end(), number(m["n"]), "times", ""))
    for m in _OCCURRED.finditer(sentence):
        if not any(q.start <= m.start("n") < q.end for q in found) and not _is_year(m["n"]):
            hedge = (m["q"] or "").lower()
            found.append(Quantity(m.start(), m.end(), number(m["n"]), "times", hedge))
    for m in _TALLY_ORDINAL.finditer(sentence):
        if not any(q.start <= m.start("n") < q.end for q in found):
            word = m["n"].lower()
            value = _ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))
            found.append(Quantity(m.start("n"), m.end(), value, (m["u"] or "so far").lower(), ""))
    for m in _RANGE.finditer(sentence):  # "30,000 to 50,000 euros": both ends, in its unit
        unit = m["u"].lower()
        for n in ("n", "m"):
            if not any(q.start <= m.start(n) < q.end for q in found):
                found.append(Quantity(m.start(n), m.end(n), number(m[n]), unit, ""))
    for m in _PAIR.finditer(sentence):
        if re.search(rf"\b(?:{_MONTH_WORDS})\.?\s*$", sentence[: m.start("n")], re.I):
            continue  # "728 drones on July 9 and 810 drones": a day, not a count
        if not _is_year(m["n"]) and not any(q.start <= m.start("n") < q.end for q in found):
            found.append(Quantity(m.start("n"), m.end("n"), number(m["n"]), m["u"].lower(), ""))
    for m in _ONE_THING.finditer(sentence):
        if _NONE_BEFORE.search(sentence[: m.start()]):
            continue  # "did not launch a single drone": none
        if not any(q.start < m.end() and m.start() < q.end for q in found):
            found.append(Quantity(m.start(), m.end("u"), 1, m["u"].lower(), ""))
    for m in _FORMULA.finditer(sentence):
        if not any(q.start <= m.start() < q.end for q in found):
            found.append(Quantity(m.start(), m.end(), number(m["n"]), "for each", ""))
    for m in _RATE.finditer(sentence):
        if any(q.start <= m.start("n") < q.end for q in found) or _is_year(m["n"]):
            continue
        per = m["per"] or {"daily": "day", "weekly": "week", "monthly": "month"}[m["ly"].lower()]
        value = scaled(m["n"], m["m"])
        hedge = (m["q"] or "").lower()
        found.append(Quantity(m.start(), m.end(), value, f"a {per.lower()}", hedge))
    for pattern in (_PART_OF, _COUNTED):
        for m in pattern.finditer(sentence):
            # "six of the seven ballistic missiles": the part, beside the whole read before it
            whole = pattern is _PART_OF and m.start("n") < m.end("n") <= min(
                (q.start for q in found if m.start() <= q.start < m.end()), default=m.end()
            )
            if any(q.start <= m.start() < q.end for q in found) or (
                not whole and any(m.start() <= q.start < m.end() for q in found)
            ):
                continue
            between = m.groupdict().get("between") or ""
            if re.search(rf"\b(?:{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b", between.lower()):
                continue  # "On 12 May Russian missiles": a day, not twelve missiles
            if _A_TIME_AFTER.match(between):
                continue  # "three days after Ukrainian units crossed": a time, not three units
            if (m["u"] or "").lower() in _NOT_COUNTED:
                continue
            if _ONE_OF_THE_MOST.match(m[0]):
                continue  # "one of the heaviest blows yet": a ranking, not one blow
            if (m["u"] or "").lower() in _WHERE_FIGURES_COME_FROM:
                continue  # "according to two sets of figures": the sources, no claim
            if _is_year(m["n"]):
                continue  # "In 2025 the strikes intensified": a year
            lasting = (m["u"] or "").lower().rstrip("s") in ("year", "month", "week", "day", "hour")
            timed = re.fullmatch(
                r"(?:year|month|week|day|hour|minute|second|decade|night)s?", (m["u"] or "").lower()
            )
            if timed and re.match(r"\s+(?:ago|after|before|later)\b", sentence[m.end() :]):
                continue  # "three days after the strike" dates an event; "60,000 residents
                # before the war" is a count
            if lasting and _A_TIME_BEFORE.search(sentence[: m.start()]):
                continue  # "in the past 24 hours": a time, not a figure
            unit = m["u"] if (m["u"] or "")[:1].isupper() else (m["u"] or "").lower()
            if m["u"] is None:  # "6,129 of them": the figure before it says of what
                earlier = [q for q in found if q.end <= m.start() and q.unit and q.unit != "%"]
                unit = earlier[-1].unit if earlier else ""
            if not unit:
                continue  # of what, the sentence does not say
            value = scaled(m["n"], m["m"])
            found.append(Quantity(m.start(), m.end(), value, unit, (m["q"] or "").lower()))
    found += _labelled(sentence, found)
    return sorted(found + _elliptical(sentence, found))


def counted_again(sentence: str, unit: str, found: Sequence[Quantity]) -> list[Quantity]:
    """Figures that count again what the sentence before counted, with no noun of their own
    ("Russia sent 112 drones overnight." then "Seventy-three were shot down and 30 more
    vanished", "Thirty-one of them had fought in Mariupol"), in that unit."""
    if not unit:
        return []
    again = []
    for m in _AGAIN.finditer(sentence):
        if m["b"]:  # "(31)" after a place
            if not any(q.start <= m.start("b") < q.end for q in found):
                again.append(Quantity(m.start("b"), m.end("b"), number(m["b"]), unit, ""))
            continue
        if any(q.start <= m.start("n") < q.end for q in found) or _is_year(m["n"]):
            continue
        if re.search(r"\b(?:every|each|any|no)\s+$", sentence[: m.start()], re.I):
            continue  # "until every one of them is home": no count
        value = scaled(m["n"], m["m"])
        again.append(Quantity(m.start(), m.end("n"), value, unit, (m["q"] or "").lower()))
    return again


_AGAIN = re.compile(
    rf"(?:(?P<q>{_HEDGE})\s+)?(?P<n>(?i:{_NUMBER}))(?:[- ]{_SCALE})?"
    r"(?=\s+(?:more\s+|others?\s+|further\s+)?(?:were|was|have|had|are|of them|of those|"
    rf"of whom)\b|\s+in\s+{_MONTH}\b"
    r"|\s+(?:apiece\s+|each\s+)?(?:over|above|across|in)\s+(?:the\s+)?[A-Z][a-z])"
    r"|(?<=[a-z]\s\()(?P<b>\d{1,3}(?:,\d{3})*)(?=\))"
)
"""A figure with no noun, followed by its verb, "of them", its month or the place it was
counted over: "Seventy-three were shot down", "588 in June, 507 in May", "two over
Voronezh", "six apiece over the Tula and Ryazan regions"; or in brackets after a place: "the
Kursk region saw the most (31)". "30 more vanished" is not one (no verb that counts)."""


_LABEL = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?P<label>[A-Z](?:[^:;()\d]|\b(?:19|20)\d\d\b|(?<=[A-Za-z]-)\d+\b|"
    rf"\b\d{{1,2}}(?:[-–]\d{{1,2}})?\s+(?=(?:{_MONTH})\b)|\([^():;]{{1,60}}\))"
    r"{2,80}?):\s+(?=\S)"
)
"""A fact sheet's line that names its measure before a colon: "Civilians killed: at least
2,514", "People requiring humanitarian assistance: 10.8 million (12.7 million in 2025)",
"Kh-101 cruise missiles: 40", "Total casualties, 1-31 May 2025: 1,019", "Bodies returned
(to the end of May): 9,744"."""
_BARE_FIGURE = re.compile(
    rf"(?:(?P<q>{_HEDGE})\s+)?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|\b(?:{_SMALL_WORDS})\b)"
    rf"(?:\s+{_SCALE})?"
    r"(?:\s+(?P<done>fired|launched|downed|shot\s+down|destroyed|intercepted|killed|injured|"
    r"wounded|missing|returned|neutrali[sz]ed|suppressed|jammed|lost))?"
    r"(?=\s*(?:$|\(|\)|\[|[;,.](?:\s|$))|\s+in\s+(?:19|20)\d\d\b)",
    re.I,
)
"""A figure that stands alone, with nothing after it but the end, a bracket or a stop; or
with what befell what it counts ("Kh-101 cruise: 13 fired, 11 downed")."""


_NAMING_NUMBER = re.compile(
    r"\b(?:hotline|telephone|phone|tel|fax|postcode|post\s+code|zip|route|episode|code|rank|"
    r"ranking|id|reference|ref|number|no)\b",
    re.I,
)
"""Labels, and tables' headings, over numbers that name, not count: a telephone, a code, a
route, an episode, a rank."""


def _only_a_date(label: str) -> bool:
    """Whether a line's label is a date and nothing else ("December 2025", "Night of 6-7
    September"), not a measure that names its period ("Drones launched during September")."""
    rest = re.sub(
        rf"\b(?:{_MONTH}|{_WEEKDAY}|night|morning|evening|of|the|on|in|(?:19|20)\d\d)\b|[\d,–-]",
        "",
        label,
        flags=re.I,
    )
    return not rest.strip()


def _labelled(sentence: str, found: Sequence[Quantity]) -> list[Quantity]:
    """The bare figures of a labelled line, each a figure of the label's measure: "2,088
    (2024); 1,974 (2023)" after "Civilians killed in previous years:" gives two. Not a year,
    a day or a figure already read."""
    label = _LABEL.match(sentence)
    if label is None or _only_a_date(label["label"]):
        return []  # "13 January 2026: ..." is a date, not a measure
    if _NAMING_NUMBER.search(label["label"]):
        return []  # "Hotline (free of charge): 1545": a number to call, no count
    measure = label["label"].strip().lower()
    figures = []
    for m in _BARE_FIGURE.finditer(sentence, label.end()):
        taken = any(q.start <= m.start("n") < q.end for q in found)
        if re.search(r"\d[:.]$", sentence[: m.start("n")]):
            continue  # "at 16:56": a time of day
        dated = re.match(rf"\s+{_MONTH}\b", sentence[m.end() :]) or re.search(
            rf"\b{_MONTH}\s+$", sentence[: m.start()]
        )
        if taken or dated or _is_year(m["n"]):
            continue
        if not m["n"][0].isdigit() and m.start() != label.end():
            continue  # "Status: the last one.", "Injured: no one": a number word in prose
        value = scaled(m["n"], m["m"])
        unit = f"{measure} {' '.join(m['done'].lower().split())}" if m["done"] else measure
        figures.append(Quantity(m.start("n"), m.end(), value, unit, (m["q"] or "").lower()))
    return figures


def table_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a table's line ("3 October | 381 | 35 | Air Force"), each with where it
    starts in the line; [] for a line that is no table's (fewer than three cells, or two
    between bars: "| Recipient | Amount |")."""
    cells = []
    at = 0
    for bar in [*re.finditer(r"\|", line), None]:
        end = bar.start() if bar is not None else len(line)
        text = line[at:end]
        lead = len(text) - len(text.lstrip())
        cells.append((at + lead, text.strip()))
        at = end + 1 if bar is not None else end
    cells = [(a, c) for a, c in cells if c or a not in (0, len(line))]  # "| a | b |" edges
    framed = line.strip().startswith("|") and line.strip().endswith("|")  # "| a | b |"
    # Two cells between bars are a table's only when each is short, not a sentence of prose
    # set in bars ("| Update | Russia launched 728 drones on 9 July, the air force said |").
    short = all(len(c.split()) <= _SHORT_CELL for _, c in cells)
    return cells if len(cells) >= 3 or (framed and len(cells) == 2 and short) else []


_SHORT_CELL = 6
"""The most words a cell of a two-column table may hold."""


def row_figures(line: str, header: Sequence[str]) -> list[Quantity]:
    """The figures of a table's row, each in the measure its column's heading names
    ("Drones launched": "about 5,638"); not the first column (what the row is of, a date)
    nor a column of sources."""
    figures = []
    for (at, cell), heading in list(zip(table_cells(line), header, strict=False))[1:]:
        if sources_column(heading) or _NAMING_NUMBER.search(heading):
            continue  # "Source", "Rank", "Hotline": no figures of the row's
        m = _BARE_FIGURE.fullmatch(cell)
        if m is not None:
            if not _is_year(m["n"]):
                start, end, hedge = at + m.start("n"), at + m.end(), (m["q"] or "").lower()
                figures.append(Quantity(start, end, scaled(m["n"], m["m"]), heading.lower(), hedge))
            continue
        if not _FIGURES_CELL.fullmatch(cell) or _NO_FIGURES_CELL.search(cell):
            continue  # "12 May", "04:15", "47th Brigade", "+380 44 ...", "1 in 4 homes hit"
        # A cell of a figure and its change or its parts: "83% (3,788 of 4,587)", "down 13%",
        # "$60.8bn". Each figure in it, a share or a sum in its own unit, the rest in the
        # column's measure.
        found = [q._replace(start=at + q.start, end=at + q.end) for q in quantities(cell)]
        for n in re.finditer(
            r"(?<![\w.,<>+/-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.,%/+-]*\d|\+)", cell
        ):
            taken = any(q.start <= at + n.start() < q.end for q in found)
            if not taken and not _is_year(n[0]) and not re.match(r"\s*%", cell[n.end() :]):
                # "3.7m" people, "$1.2bn": millions and billions; "3m" deep is metres
                scale = re.match(r"\s*(bn)\b", cell[n.end() :])
                if _IN_MILLIONS.search(f"{heading} {cell}"):
                    scale = scale or re.match(r"\s*(m)\b", cell[n.end() :])
                value = number(n[0])
                if scale:
                    value = _times(value, "million" if scale[1] == "m" else "bn")
                found.append(Quantity(at + n.start(), at + n.end(), value, heading.lower(), ""))
        figures += sorted(found)
    return figures


_IN_MILLIONS = re.compile(
    r"[$€£]|\b(?:people|persons|population|displaced|refugees|idps|residents|civilians|amount|sum|"
    r"value|cost|funding|aid|budget|dollars|euros|pounds)\b",
    re.I,
)
"""A table cell or heading in which "m" after a figure means millions, not metres."""
_FIGURES_CELL = re.compile(
    rf"(?:(?:up|down|rising|falling)(?:\s+from)?\s+|{_HEDGE}\s+)?[$€£]?\d[\d,.]*"
    r"(?:\s*(?:%|bn|m|million|billion|per\s?cent))?"
    r"(?:\s*\((?:\d[\d,.]*\s+of\s+\d[\d,.]*|[^()]{0,30})\))?"
    r"(?:,?\s+(?:up|down)(?:\s+from)?\s+\d[\d,.]*\s*%?)?",
    re.I,
)
"""A table cell that is a figure with its change or its parts: "83% (3,788 of 4,587)", "down
13%", "$60.8bn", "up from 80%"; not a cell of words with a number in them."""
_NO_FIGURES_CELL = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY})\b|\d[:.]\d\d\b(?!\d)|\d(?:st|nd|rd|th)\b|\bNo\b\.?|^\+|\d\s*/\s*\d",
    re.I,
)
"""What a cell's number is not a figure in: a date, a time of day, an ordinal, a number of a
decree, a telephone number, "24/7"."""


def sources_column(heading: str) -> bool:
    """Whether a table's heading is over who gives each row's figures ("Source")."""
    return _SOURCE_COLUMN.fullmatch(heading) is not None


_SOURCE_COLUMN = re.compile(
    r"(?i)sources?|source of (?:the )?(?:data|figures)|credit|(?:reported |given |counted )?by"
)


_TIMES_IN = re.compile(
    r"\b(?:times?|first|second|third|fourth|fifth|record|records)\b(?:\W+\w+){0,3}\W*$", re.I
)
"""Words just before "in two weeks" that count over a span ("the third time in two weeks")."""
_RELATIVE = re.compile(r"\s+(?:after|before|ago|later|earlier)\b")
_A_TIME_AFTER = re.compile(r"(?i)\s+(?:years?|months?|weeks?|days?|hours?)\s+(?:after|before)\b")
"""Words after a number that make it a time set from an event ("three days after")."""
_A_TIME_BEFORE = re.compile(r"\b(?:past|last|previous|next|coming)\s+$", re.I)
"""Words before a length of time that make it a time, not a figure: "in the past 24 hours"."""
_PUT_NUMBER = re.compile(
    r"\b(?:put|puts|putting)\s+(?:the\s+(?:number|toll|count|total)\s+of\s+(?P<of>(?-i:(?:[A-Z][\w’']*\s+)*[a-z]+))\s*)?"
    r"(?P<u>[\w’' -]{0,60}?)\s*\bat\s+"
    rf"(?:(?P<q>{_HEDGE})\s+)?(?P<n>{_NUMBER})(?:\s+{_SCALE})?(?![\w%:-]|[.,]\d)",
    re.I,
)
""""put the number of injured at 93", "put Russian casualties at close to one million": the
number, in the unit named before it."""
_DONE_TO = re.compile(
    rf"\b(?P<v>killing|killed|injuring|injured|wounding|wounded|shot\s+down|shooting\s+down|"
    rf"downing|downed|intercepting|intercepted)\s+(?:(?P<q>{_HEDGE})\s+)?(?P<n>{_SMALL_NUMBER})"
    r"(?![\d.,]\d|,\s*\d|\s+or\s+\d|\s*[-–]\s*\d|\s+in\s+\d|\s+and\s+\d+[- ]year)"
    r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|in|on|at|over|near|across|including|among|overnight|"
    r"during|while|when|as|but|others?|people)\b)",
    re.I,
)
"""A count right after the verb that tells what befell what it counts, the noun unsaid: "a
drone hit a bus, killing nine.", "an attack that killed 11, among them two children", "air
defences shot down 88 overnight". Not "killed 12 December" (a day)."""
_DONE_TO_UNITS = {"killing": "killed", "injuring": "injured", "wounding": "wounded",
                  "shot down": "shot down", "shooting down": "shot down", "downing": "shot down",
                  "downed": "shot down", "intercepting": "intercepted"}  # fmt: skip
"""The unit of such a count: the deed, as a past participle."""
_ONE_VICTIM = re.compile(
    r"\b(?P<n>[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|person|civilian|"
    r"resident|teenager|pensioner|soldier|driver|worker|volunteer|medic|journalist|crew\s+member|"
    r"(?<=single\s)[\w-]+)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?P<v>killed|injured|wounded|hurt|downed|shot\s+down)\b"
)
"""One person named as what befell them: "A man was killed in the Darnytskyi district", "a
46-year-old woman was injured" (one injured, as well as an age of 46 years); not where the
sentence denies, doubts or supposes it (_NO_VICTIM), nor a rate ("a civilian was killed
every two days")."""
_NO_VICTIM = re.compile(
    r"\b(?:not|no|never|nor|neither|whether|if|unless|denied|denies|deny|false|rumou?rs?|"
    r"unconfirmed|reports?\s+(?:say|said|that)|claims?\s+that|checking|each\s+time|every\s+time|"
    r"could\s+not\s+be|film|movie|novel|fiction|scenario)\b",
    re.I,
)
_A_RATE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:every|each|a\s+(?:day|week|month))\b", re.I)
_VOTES = re.compile(
    rf"{_AT_A_WORD}(?P<n>{_SMALL_NUMBER})\s+(?:votes?\s+)?(?P<u>in\s+favou?r|against)\b"
    r"(?!\s+(?:of|the|a|an|it|him|her|them|us|one|two)\b|\s+(?-i:[A-Z]))"
    r"|\b(?:passed|passes|approved|approves|adopted|adopts|cleared|clears|backed|backs|"
    r"carried|carries|rejected|rejects|voted|votes)\s+(?:[\w’'-]+\s+){0,4}?(?P<a>\d{1,3})[-–](?P<b>\d{1,3})\b"
    r"(?![-–%]|\s*(?:per|percent|per\s+cent|km|kilomet|mile|metre|meter|kg|bn|m|million|"
    r"billion|trillion|thousand|"
    r"years?|months?|weeks?|days?|hours?|year-old)\b|\s+(?-i:[a-z]+s\b)"
    rf"|\s+(?:{_MONTH})\b)",
    re.I,
)
"""A vote's count: "311 in favour and 112 against", "the Senate clears the package 79-18"
(79 for, 18 against); not "in favour of", "against Russia" nor "ten against one", and a pair
only in a sentence that tells of a vote (_A_VOTE), with no noun or month after it ("cleared
3-4 villages", "approved it on 26-27 June")."""
_A_VOTE = re.compile(
    r"\b(?:vote[sd]?|voting|ballot|parliament|house|senate|chamber|assembly|council|congress|"
    r"lawmakers|legislators|deputies|MPs|Rada|Duma|bill|resolution|motion|amendment)\b",
    re.I,
)
"""Words that tell of a vote: a pair of figures or a count "against" is its tally only
beside one."""
_IN_FAVOUR = re.compile(r"\bin\s+favou?r\b|\bvotes\b", re.I)
"""What a count "against" needs beside it to be a vote's."""
_TIMES = re.compile(rf"\b(?P<n>{_NUMBER})\s+times\b(?=\s+(?:as|more|its|the|higher|larger))", re.I)
""""ten times as many", "six times its normal level": a ratio."""
_OCCURRED = re.compile(
    rf"(?:\b(?P<q>{_HEDGE})\s+)?(?P<n>(?i:{_NUMBER}))\s+times\b"
    r"(?!\s+(?:as|more|its|their|the|higher|larger|less|fewer|lower|greater|bigger|smaller|"
    r"over|that|this)\b)"
)
""""hit Russian oil sites almost 160 times since January", "left without power ten times":
how often something happened, a count."""
_TALLY = re.compile(
    r"\b(?:(?:rose|rising|risen|fell|falling|fallen|climbed|dropped|increased|decreased|grew|"
    r"jumped)\s+to|stood\s+at|standing\s+at|reached|totall?ed|passed|exceeded|topped|surpassed)"
    rf"\s+(?:(?P<q>{_HEDGE})\s+)?(?P<n>{_NUMBER})(?:\s+{_SCALE})?"
    r"(?![\w%:-]|[.,]\d|\s+(?:per|a|an|each|daily|hundred)\b"
    r"|\s+(?!(?:this|across|plus|towards|was|has|his|its|is|as|thus|unless|whereas|besides)\b)"
    r"(?-i:[a-z]{3,}s)\b)",
    re.I,
)
"""A number a tally reaches, its unit unsaid: "the total rose to 253,290", "stood at 31"; not
one with its noun after it ("reached 14 hamlets")."""
_TALLY_NAME = re.compile(
    r"\b(?:(?P<u>(?:death\s+)?toll|total|tally|figure|count)\b(?:\s+[\w’'-]+){0,20}?"
    r"|(?<![Aa]\s)number\s+of\s+(?P<of>(?:[\w’'-]+\s+){0,3}?(?:[a-z]{3,}s|people|dead|injured|"
    r"wounded|killed|missing|children|men|women|personnel)|[a-z][\w-]*)\b"
    r"(?:\s+[\w’'-]+){0,12}?)\s*(?:has\s+|had\s+)?$",
    re.I,
)
"""The name of the tally before its verb: "the death toll from the attack stood at 31", or
what it counts: "the number of injured in Kyiv has risen to 24" (injured), "the number of
people killed when the bombs hit on Saturday rose to 19" (people)."""
_ONE_OF_THE_MOST = re.compile(
    r"(?i)(?:one|1)\s+of\s+the\s+(?:most|best|worst|largest|biggest|heaviest|deadliest|"
    r"bloodiest|costliest|fiercest|greatest|strongest|longest|highest|hardest|toughest|"
    r"fastest|widest|latest|earliest)\b"
)
"""A ranking, not a count: "one of the largest strikes", "one of the most intense nights"."""
_PART_OF = re.compile(
    rf"{_AT_A_WORD}(?:(?P<q>{_HEDGE})\s+)?(?P<n>{_NUMBER})(?:[- ]{_SCALE})?"
    rf"\s+of\s+(?:the|its|their|those|them|these|whom|which)\b"
    rf"(?:(?:\s+(?:(?-i:[A-Z][\w-]*)|{_KINDS_OF}|own|\d[\d,]*|{_SMALL_WORDS}))"
    + "{0,3}"
    + rf"\s+(?P<u>{_UNITS}|[a-z]{{3,}}s)\b)?",
    re.I,
)
"""A part of a whole the sentence counts: "442 of the drones", "6,129 of them", "16 injured,
ten of whom were admitted to hospital", "downed 121 drones, seven of which ..."."""
_COUNTED = re.compile(
    rf"{_AT_A_WORD}(?:(?P<q>{_HEDGE})\s+)?(?P<n>(?i:{_NUMBER}))(?:[- ]{_SCALE})?"
    r"(?P<between>(?:\s+(?:[a-z][\w-]*|[A-Z][\w-]*)){0,3}?)"
    r"\s+(?P<u>[a-z]{3,}s|[A-Z][a-z]+(?:ians|ans)|[A-Z][A-Za-z]*-\d+s)\b",
)
"""A number and the plural noun it counts, whatever the noun, with up to two words between:
"6,000 apartment buildings", "1.2 million properties", "185 defenders", "5,147 Ukrainian
citizens", "100 Rafale fighter jets"."""
_RATE = re.compile(
    rf"{_AT_A_WORD}(?:(?P<q>{_HEDGE})\s+)?(?P<n>{_NUMBER})(?:[- ]{_SCALE})?"
    r"(?:\s+(?:a|per|each)\s+(?P<per>day|night|week|month|year)|\s+(?P<ly>daily|weekly|monthly))\b",
    re.I,
)
"""A figure per day, week, month or year: "some 340 a day", "roughly 693 daily"."""
_NOT_COUNTED = frozenset(
    """
    this was has its his hers ours yours theirs is as us plus across unless always perhaps
    whereas news series species means besides towards afterwards sometimes does goes times
    """.split()
)
"""Words ending in "s" that are no plural noun."""
_WHERE_FIGURES_COME_FROM = frozenset("sets datasets trackers tallies sources".split())
"""What a text counts the sources of its figures in ("two sets of figures published on
Friday", "three trackers"): a count of them is no claim's figure."""


_BARE = re.compile(
    r"(?<![\w.,:$€£-])(?P<n>\d{1,3}(?:,\d{3})+|\d{2,})(?![\w%:-]|[.,]\d)"
    r"(?!\s*(?:[ap]\.?m\b|GMT\b|UTC\b|o['’]clock\b))"  # "from 11 p.m.": a time, no figure
)
"""A number standing alone: not part of a word, a time, a money sum or a decimal; a comma or
full stop after it ends the clause ("the chief reported 27.")."""
_MONTH_WORDS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"


_DESCRIBES = re.compile(r"\s+(?!(?:of|in|on|at|by|to|and|or|as|from|since)\b)[a-z]+")
"""After a hyphenated number and unit, a noun it describes ("four-year war")."""


def _is_year(written: str) -> bool:
    """Whether a number as written is a year ("2025"), not a count ("2,025")."""
    return written.isdigit() and 1900 <= int(written) <= 2100


_ANOTHER_DEED = re.compile(
    r"\b(suppressed|jammed|neutrali[sz]ed|destroyed|damaged|captured|recaptured|freed|released|"
    r"returned|evacuated|rescued|wounded|injured|killed)\s+(?:about\s+|some\s+|another\s+)?$"
)
"""A deed right before a bare number, other than the one its earlier figure counts: "shot down
296 and suppressed 35 more" (35 suppressed, not shot down)."""


def _elliptical(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers that share the unit of a figure before them in the sentence: "728
    drones on July 9 and 810 on September 7", "6,297 drones ... 6,129 of them ... against
    423". Not a year, nor a day beside a month's name."""
    extra = []
    for m in _BARE.finditer(sentence):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        value = number(m["n"])
        before = sentence[max(0, m.start() - 12) : m.start()]
        after = sentence[m.end() : m.end() + 12]
        if _is_year(m["n"]):
            continue  # a year
        if (
            value <= 31
            and (
                re.search(rf"\b{_MONTH_WORDS}\s*$", before, re.I)
                # "on the night of June 9 to 10": the range's last day
                or re.search(
                    rf"\b{_MONTH_WORDS}\s+\d{{1,2}}\s*(?:to|into|and|-|–)\s*$",
                    sentence[: m.start()],
                    re.I,
                )
                or re.match(rf"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH_WORDS}\b", after, re.I)
            )
        ):
            continue  # a day of a month
        if re.match(r"\s+(?:daily|per|a day|a week|a month|each)\b", after):
            continue  # "roughly 693 daily": a rate, not another of the same
        if re.match(r"\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b", after):
            continue  # "killed 10 in the past 24 hours": a length of time
        earlier = [q for q in found if q.end <= m.start() and q.unit and q.unit != "%"]
        deed = _ANOTHER_DEED.search(before)
        if deed and earlier and deed[1] != earlier[-1].unit:
            extra.append(Quantity(m.start(), m.end(), value, deed[1], ""))  # "suppressed 35"
        elif earlier:
            extra.append(Quantity(m.start(), m.end(), value, earlier[-1].unit, ""))
    for m in _OVER_A_PLACE.finditer(sentence):  # "including nine over the Bryansk region"
        if any(q.start <= m.start("n") < q.end for q in [*found, *extra]) or _is_year(m["n"]):
            continue
        earlier = [q for q in found if q.end <= m.start() and q.unit and q.unit != "%"]
        if earlier:
            value = scaled(m["n"], None)
            hedge = (m["q"] or "").lower()
            extra.append(Quantity(m.start(), m.end("n"), value, earlier[-1].unit, hedge))
    return extra


_OVER_A_PLACE = re.compile(
    rf"(?:(?P<q>{_HEDGE})\s+)?(?P<n>(?i:{_NUMBER}))"
    r"(?=\s+(?:apiece\s+|each\s+)?(?:over|above|across)\s+(?:the\s+)?[A-Z][a-z])"
)
"""A figure with no noun counted over a place, after a figure that has one: "Russia sent 90
drones, including nine over the Bryansk region and six apiece over the Tula region"."""


def ordinal(sentence: str) -> bool:
    """Whether the sentence counts rounds, meetings or exchanges ("the second round")."""
    return _ORDINAL.search(sentence) is not None


# -- dates

_FUTURE = re.compile(
    r"\b(?:will|is to|are to|plans? to|(?:planned|scheduled)(?=\s+(?:to|for|on|in|at)\b)|"
    r"expected to|upcoming|(?:could|might|may)\s+(?:well\s+)?(?:take place|be held|happen)|"
    r"takes? effect|comes? into force|(?:starts|begins|opens|resumes|expires)\s+(?:on|next)|"
    r"(?:is|are|was|were) (?:due|set) to|due to (?:meet|travel|visit|start|begin|hold|be))\b",
    re.I,
)
"""A sentence about what is to come: a bare weekday in it is the next one, not the last."""
_PRESENT = re.compile(
    r"\b(?:is|are|remains?|currently|now|controls|holds|occupies|accounts|hosts|has|have|"
    r"refers)\b",
    re.I,
)
_MODAL_HAVE = re.compile(r"\b(?:may|might|could|must|would|should)\s+(?:\w+\s+){0,2}?have\b", re.I)
"""A modal before "have" ("more than 200 people may (well, not) have been inside"): the
past, not the present."""


class When(NamedTuple):
    """A date the text gives: where, its ISO form ("" if it cannot be placed), its own
    words, and how it was resolved."""

    start: int
    end: int
    date: str
    text: str
    basis: str


_WINDOW = re.compile(
    rf"\b(?:within\s+(?P<w>{_NUMBER})\s+(?P<wu>days?|weeks?)|(?P<n>{_NUMBER})\s+"
    rf"(?P<u>days?|weeks?)\s+(?:to\b|away\b|in which\b|from then\b))",
    re.I,
)


def window(sentence: str, when: When) -> When | None:
    """A time given from a dated day to act in ("On July 14, Trump gave Moscow 50 days to
    agree", "set a deadline ten days away", "within 50 days"): the interval from that day
    to the last day of the window, as a deadline's date; None without one."""
    found = _WINDOW.search(sentence)
    if found is None or len(when.date) != len("2025-07-14") or "/" in when.date:
        return None
    count, unit = (found["w"], found["wu"]) if found["w"] else (found["n"], found["u"])
    days = int(number(count)) * (7 if unit.lower().startswith("week") else 1)
    first = date.fromisoformat(when.date)
    last = first + timedelta(days=days)
    basis = f"{found[0].strip()} from {when.text} ({first}): to {last}"
    return When(when.start, when.end, f"{first}/{last}", when.text, basis)


def planned(sentence: str) -> bool:
    """Whether the sentence speaks of what is to come ("will lead", "are due to meet", "he
    would travel")."""
    return _FUTURE.search(sentence) is not None or re.search(r"\bwould\b", sentence) is not None


def present_tense(sentence: str) -> bool:
    """Whether the sentence speaks of now ("controls", "remains", "currently"); not by the
    "have" of a modal's past ("may have been")."""
    return _PRESENT.search(_MODAL_HAVE.sub(" ", sentence)) is not None


_PERFECT = (
    r"(?:(?:\w+ly|already|not|now|all|each|since)\s+)?(?:been\s+)?"
    r"(?!been\b)(?:[a-z]+(?:ed|en|wn|id|lt|nt|st)|found|made|held|put|set|cut|hit|led|met|"
    r"won|struck|brought|fought|caught|bought|left|kept|got|done|begun|come|run)\b"
)
_PAST_PERFECT = re.compile(rf"\bhad\s+{_PERFECT}")
_PRESENT_PERFECT = re.compile(rf"\b(?:has|have)\s+{_PERFECT}")
_SO_FAR_WORDS = re.compile(r"\b(?:since|so far|in all|in total|to date|no|never|yet|ever)\b", re.I)
"""Beside a present perfect, words that make it a tally up to now ("Spain has recorded no
aid this year", "have been suffered since January"), not news of the day ("more than a
million homes have lost power")."""


def reported(sentence: str) -> bool:
    """Whether the sentence reports what was said or done before the report, with no date
    of its own: a verb of speech in the past ("warned that people were living", "he noted"),
    or a stance in the present perfect ("has offered", "has refused"). What was said held
    when it was said, by the report's day: not that day itself."""
    return _REPORTED.search(sentence) is not None


_REPORTED = re.compile(
    r"\b(?:said|told|added|stated|announced|claimed|wrote|warned|insisted|noted|replied|"
    r"denied|estimated|assessed|detailed|explained|posted|acknowledged|alleged|argued|"
    r"declared|recalled|retorted|asserted|tweeted|calculated)\b|"
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:said|claimed|offered|asked|refused|rejected|proposed|"
    r"agreed|announced|stated|warned|demanded|insisted)\b"
)
"""Words that report what was said or done before the report (reported)."""


def lasted_until_now(sentence: str) -> bool:
    """Whether the sentence tells a tally or a state over a length of time up to now, in the
    present perfect ("the conflict has lasted eleven years", "has verified 2,520 children
    harmed in three years of war", "the largest toll it has recorded in more than three
    years"): it holds for that span, not for the report's day alone. Not when a present
    state stands beside it ("Russia now has 700,000 troops in a region it has held for ten
    years", "Russia controls 19% of the country it has attacked for eleven years"): that
    state is of the report's day."""
    perfect_at = _PRESENT_PERFECT.search(sentence)
    if perfect_at is None or _A_SPAN.search(sentence, perfect_at.end()) is None:
        return False
    return _PRESENT.search(_PRESENT_PERFECT.sub(" ", sentence)) is None


_A_SPAN = re.compile(
    rf"\b(?:\d+|{_IN_WORDS}|several|many)"
    r"(?:\s+and\s+a\s+half)?\s+(?:years?|months?|decades?)\b",
    re.I,
)
"""A length of time in years, months or decades ("eleven years", "three years of war")."""


def perfect(sentence: str) -> bool:
    """Whether the sentence tells what had come about by a time: a past perfect ("by June 4
    the tally had passed 200,000"), or a present perfect that tallies up to now ("has
    recorded no aid"). It is a tally reached by then, not an event of that day."""
    return _PAST_PERFECT.search(sentence) is not None or (
        _PRESENT_PERFECT.search(sentence) is not None and _SO_FAR_WORDS.search(sentence) is not None
    )


def _shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + months
    return total // 12, total % 12 + 1


def _nearest_year(
    day: date, month: int, first: int, future: bool = False, past: bool = False
) -> int:
    """The year that puts month/first closest to day: news speaks of the weeks around it.
    Unless the sentence speaks of what is to come, a day more than a month ahead is last
    year's ("On 12 May Russian missiles hit Odesa", in a November report), and in a sentence
    that tells what was done, any day ahead is ("Russia fired 40 missiles on 30 November",
    in a report of 20 November)."""
    first = min(max(first, 1), 28)  # "August 00" or "31 February" is no day: its caller says so
    year = min(
        (abs((date(year, month, first) - day).days), year)
        for year in (day.year - 1, day.year, day.year + 1)
    )[1]
    ahead = (date(year, month, first) - day).days
    if not future and (ahead > 31 or (past and ahead > 0)):
        year -= 1
    return year


_DONE_VERBS = re.compile(
    r"\b(?:fired|launched|struck|hit|killed|wounded|shot|downed|destroyed|captured|seized|"
    r"presented|signed|held|met|visited|attacked|shelled|lasted|took|was|were|began|started|"
    r"ended|opened|occurred|happened|resumed)\b",
    re.I,
)
"""Verbs that tell what was done: a day with no year beside them is not ahead."""


def _told(sentence: str) -> bool:
    """Whether the sentence tells what was done, and nothing to come."""
    return _DONE_VERBS.search(sentence) is not None and not planned(sentence)


def unquoted(text: str) -> str:
    """text with what is inside quotation marks blanked out, the same length: the tense of
    "'We will not give up Donetsk,' the president said on Thursday" is the saying's."""
    # A sentence read from inside a quotation may have lost its opening mark: "We will ...,”;
    # with straight marks, one that closes after a stop: 'If he is ready, let him come," he'
    return re.sub(
        r"“[^”]*”|^[^“”\"]*[,.?!]\"(?=\s)|\"[^\"]*\"|^[^“”\"]*”", lambda m: " " * len(m[0]), text
    )


def dates(sentence: str, day: date) -> list[When]:
    """Every date the sentence gives, resolved against `day`, the document's date; an
    event dated relative to another ("two months after the summit") against that other."""
    found: list[When] = []
    future = _FUTURE.search(unquoted(sentence)) is not None
    for finder in (_periods, _month_days, _day_months, _month_years, _month_ends, _bare_months,
                   _seasons, _first_stretch, _relative_units, _weekdays, _near_days, _ago,
                   _invasion, _years):  # fmt: skip
        for when in finder(sentence, day, future):
            if not any(when.start < w.end and w.start < when.end for w in found):
                found.append(when)
    found = [w for w in found if not _weekday_beside_its_date(sentence, w, found)]
    # "a week ago today": "today" says from when the week is counted, and is no date of its own
    found = [
        w
        for w in found
        if not (
            w.text.lower() == "today"
            and any(
                re.fullmatch(r"\s*", sentence[o.end : w.start]) and o.text.lower().endswith("ago")
                for o in found
            )
        )
    ]
    found = _with_their_years(sentence, found)
    found += _event_relative(sentence, found)
    found += _shifted_days(sentence, found)
    return sorted((_overnight(sentence, w) for w in found), key=lambda w: w.start)


def _with_their_years(sentence: str, found: list[When]) -> list[When]:
    """A month or a day followed by the year it falls in, counted from the document ("in
    March last year", "on August 6 last year", "in May this year"): that month or day of
    that year, one date, not the month nearest the document's date and a year beside it."""
    years = {w.start: w for w in found if re.fullmatch(r"(?:last|this|next) year", w.text, re.I)}
    kept: list[When] = []
    taken: set[int] = set()
    for w in found:
        gap = re.match(r"\s*(?:of\s+)?", sentence[w.end :])
        year = years.get(w.end + (gap.end() if gap else 0))
        if year is None or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", w.date):
            kept.append(w)
            continue
        dated = f"{year.date}{w.date[4:]}"
        basis = f"{w.text!r} of {year.text!r}, {year.date}: {dated}"
        kept.append(When(w.start, year.end, dated, sentence[w.start : year.end], basis))
        taken.add(year.start)
    return [w for w in kept if w.start not in taken]


def _weekday_beside_its_date(sentence: str, when: When, found: Sequence[When]) -> bool:
    """Whether when is a bare weekday written beside a full date ("Saturday, 24 May", "on
    Tuesday, October 1", "24 May, a Saturday"): the date says the day, and the weekday,
    counted from the document's date, may say another."""
    weekday = re.compile(rf"(?:on\s+)?{_WEEKDAY}", re.I)
    if weekday.fullmatch(when.text) is None:
        return False
    return any(
        len(w.date) == len("2025-11-19")
        and weekday.fullmatch(w.text) is None
        and (
            (when.end <= w.start and re.fullmatch(r",?\s*", sentence[when.end : w.start]))
            or (w.end <= when.start and re.fullmatch(r",\s*an?\s+", sentence[w.end : when.start]))
        )
        for w in found
    )


_SHIFTED_DAY = re.compile(
    r"\b(?:the\s+(?:following|next|previous)\s+day|"
    r"the\s+day\s+(?:before|after)(?=\s*(?:[,.;:]|that\b|$))|"
    r"(?<!than\s)(?<!about\s)(?<!nearly\s)(?<!almost\s)(?<!some\s)(?<!over\s)"
    rf"(?:an?|{_IN_WORDS}|\d{{1,2}})\s+(?:days?|weeks?)\s+(?:later|earlier)(?!\s+than\b))\b",
    re.I,
)
"""A day counted from another the text gives: "the following day", "a day earlier", "five
days later", "the day before," (not "the day before the attack", which another event dates,
nor "more than ten weeks earlier", which gives no day, nor "two days earlier than planned")."""


def day_shift(words: str) -> int | None:
    """How many days the shifted day (_SHIFTED_DAY) lies after the day it is counted from:
    1 for "the next day", -2 for "two days earlier"; None for other words."""
    if not _SHIFTED_DAY.fullmatch(words.strip()):
        return None
    said = words.lower().split()
    if said[:2] == ["the", "day"]:
        return -1 if said[2] == "before" else 1
    if said[0] == "the":
        return -1 if said[1] == "previous" else 1
    count = 1 if said[0] in ("a", "an") else int(number(said[0]))
    days = count * (7 if said[1].startswith("week") else 1)
    return days if said[2] == "later" else -days


def _shifted_days(sentence: str, found: list[When]) -> list[When]:
    """ "Witkoff met Putin on Friday, and Trump sat down with Zelensky the following day":
    the day after the last day the sentence names before it. With none before it, a day the
    sentence names after it is its day ("Two days earlier, on 2 April, ..."), and the words
    add none; with no day at all, it is counted from a day named earlier, which the sentence
    does not give: left open (extract counts it from the sentence before)."""
    out = []
    for m in _SHIFTED_DAY.finditer(sentence):
        if any(w.start < m.end() and m.start() < w.end for w in found):
            continue
        days = [w for w in found if len(w.date) == len("2025-11-19")]
        before = [w for w in days if w.end <= m.start()]
        if not before:
            if not days:
                out.append(_when(m, "", f"'{m[0]}' is counted from a day named earlier: left open"))
            continue
        shift = day_shift(m[0])
        if shift is None:
            continue  # no count it can be read by: the sentence's own days stand
        anchor = max(before, key=lambda w: w.end)
        if _A_LIMIT.search(sentence, 0, anchor.start):
            continue  # "until 27 November; a day earlier ...": not counted from a deadline
        value = date.fromisoformat(anchor.date) + timedelta(days=shift)
        out.append(_when(m, str(value), shifted_basis(shift, anchor.text, anchor.date)))
    return out


LIMIT = (
    r"\b(?:until|till)(?:\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?)?"
    r"|\bdeadline(?:\s+of)?"
)
"""Before a date, in lower case, what makes it a limit set, not the day of an event: "until
Thursday, 27 November", "a deadline of 8 August"."""
_A_LIMIT = re.compile(rf"(?:{LIMIT}|\bby|\bbefore)\s+(?:the\s+)?(?:on\s+)?$", re.I)
"""Before a day, a limit or a day things were done by: no event's day to count from."""


def shifted_basis(shift: int, words: str, day: str) -> str:
    """Why a shifted day is the day it is: "the day after 'on Friday' (2025-04-04)"."""
    if abs(shift) == 1:
        return f"the day {'after' if shift > 0 else 'before'} {words!r} ({day})"
    return f"{abs(shift)} days {'after' if shift > 0 else 'before'} {words!r} ({day})"


_OVERNIGHT = re.compile(r"\b(?:overnight|(?:in\s+)?the\s+night)\s+(?:into|to)\s+(?:the\s+)?$", re.I)


_OVERNIGHT_ON = re.compile(r"\bovernight\s+(?:on\s+)?$", re.I)
_DAY_TO = re.compile(r"\b(?:24|twenty-four)\s+hours\s+(?:to|until|up\s+to)\s+(?:the\s+)?$", re.I)
"""Before a day: "the 24 hours to Wednesday", which began the day before."""
_EVENING_ON = re.compile(
    r"\b(?:after|from|since|starting\s+at|between)\s+(?:(?:about|around|roughly|some)\s+)?"
    r"(?:(?:1[89]|2[0-3])[:.]\d\d|(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?m\.?)"
    r"(?:\s+(?:local|Moscow|Kyiv)\s+time|\s+\(\d\d[:.]\d\d\s+GMT\))?\s+(?:on\s+)?$",
    re.I,
)
"""Before a day: "after 7 p.m. on Monday", "from 19:00 on March 17": what began that evening
ran into the night after it."""
_NIGHT_OF = re.compile(
    r"\bnight\s+of\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|into|-|–)\s*$", re.I
)
"""The first day of "the night of 9 to 10 September", before the day found."""
_WEEK_TO = re.compile(
    r"\b(?:the\s+)?(?:week|seven\s+days)\s+(?:to|ending|up\s+to|through)\s+(?:the\s+)?$", re.I
)
"""Before a day: "in the week to 23 February", the seven days that end on it."""
_THE_DAY = re.compile(r"\bon\s+the\s+$", re.I)
""""On the" before a weekday ("on the Sunday alone"): a day named earlier, not a date; not
"the Friday deadline", a deadline named by its day."""


def _overnight(sentence: str, when: When) -> When:
    """ "overnight into Wednesday": the night from the day before to that day, as is "the
    night of 9 to 10 September". "Overnight on Saturday" may be the night into Saturday or
    the one after it: left open."""
    night = _OVERNIGHT_ON.search(sentence[: when.start])
    of = _NIGHT_OF.search(sentence[: when.start])
    if len(when.date) == len("2025-11-19") and _DAY_TO.search(sentence[: when.start]):
        last = date.fromisoformat(when.date)  # "in the 24 hours to Wednesday morning"
        return when._replace(
            date=f"{last - timedelta(days=1)}/{last}", basis=f"the 24 hours to {when.basis}"
        )
    if len(when.date) == len("2025-11-19") and _WEEK_TO.search(sentence[: when.start]):
        last = date.fromisoformat(when.date)  # "in the week to 23 February"
        return when._replace(
            date=f"{last - timedelta(days=6)}/{last}", basis=f"the seven days to {when.basis}"
        )
    if len(when.date) == len("2025-11-19") and _EVENING_ON.search(sentence[: when.start]):
        first = date.fromisoformat(when.date)  # "launched 96 drones after 7 p.m. on Monday"
        return when._replace(
            date=f"{first}/{first + timedelta(days=1)}",
            basis=f"from the evening of {when.basis} into the night after it",
        )
    if len(when.date) == len("2025-11-19") and of is not None:
        last = date.fromisoformat(when.date)
        if int(of[1]) == (last - timedelta(days=1)).day:
            first = last - timedelta(days=1)
            return when._replace(date=f"{first}/{last}", basis=f"the night of {first} to {last}")
    if len(when.date) == len("2025-11-19") and night is not None:
        said = sentence[night.start() : when.end]
        return when._replace(date="", basis=f"{said!r}: the night into it or after it, left open")
    if len(when.date) != len("2025-11-19") or not _OVERNIGHT.search(sentence[: when.start]):
        return when
    last = date.fromisoformat(when.date)
    return when._replace(
        date=f"{last - timedelta(days=1)}/{last}", basis=f"the night into {when.basis}"
    )


def _when(m: re.Match[str], value: str, basis: str) -> When:
    return When(m.start(), m.end(), value, m[0].strip(), basis)


def _listed_months(sentence: str, day: date) -> Iterator[When]:
    """Three or more months listed together: "over June, July and August" is one period
    when they run on from one another; which one is the claim's is unsure when they do not
    ("in May, July and September")."""
    listed = rf"\b{_MONTH}(?:,\s+{_MONTH})+,?\s+and\s+{_MONTH}(?:\s+(\d{{4}}))?\b"
    for m in re.finditer(listed, sentence):
        months = [MONTHS[n.lower()] for n in re.findall(_MONTH, m[0])]
        if any(b != a % 12 + 1 for a, b in pairwise(months)):
            yield _when(m, "", "months named together: which is the claim's is unsure")
            continue
        first, last = months[0], months[-1]
        end_year = int(m[1]) if m[1] else (day.year if last <= day.month else day.year - 1)
        start_year = end_year - (first > last)
        yield _when(
            m, f"{start_year}-{first:02d}/{end_year}-{last:02d}", "a period stated in the text"
        )


_DAY_MONTH = rf"(\d{{1,2}})\s+({_MONTH})(?:\s*\([^()]{{0,60}}\))?"
_LISTED_DAYS = re.compile(
    rf"\b{_DAY_MONTH}(?:,\s+{_DAY_MONTH})*,?\s+and\s+{_DAY_MONTH}(?:\s+(\d{{4}}))?\b"
)


def _listed_days(sentence: str, day: date, future: bool) -> Iterator[When]:
    """Days listed together, each with its month ("9 June (soldiers under 25), 10 June and 12
    June"): the stages of one thing, from the first day to the last."""
    for m in _LISTED_DAYS.finditer(sentence):
        listed = re.findall(rf"(\d{{1,2}})\s+({_MONTH})", m[0])
        first_month, last_month = MONTHS[listed[0][1].lower()], MONTHS[listed[-1][1].lower()]
        written = re.search(r"(\d{4})$", m[0])
        year = (
            int(written[1])
            if written
            else _nearest_year(day, last_month, int(listed[-1][0]), future)
        )
        try:
            opens = date(year - (first_month > last_month), first_month, int(listed[0][0]))
            closes = date(year, last_month, int(listed[-1][0]))
        except ValueError:
            continue
        if opens < closes:
            yield _when(m, f"{opens}/{closes}", "days listed together: from the first to the last")


_TO_THE_DAY = (
    r"\s+(?:and|to|until|into|through)\s+"
    r"(?:this\s+(?:morning|afternoon|evening)|today|tonight|now)\b"
)
"""The document's own day as a period's other end: "... and this morning", "... until now"."""


def _to_the_day(sentence: str, day: date, part: str) -> Iterator[When]:
    """A period from a day the sentence names to the document's own ("between the evening of
    31 December and this morning", "from Monday until today"); none when that day falls
    after the document's."""
    dated = (
        rf"\b(?:[Ff]rom|[Bb]etween)\s+{part}(?:(\d{{1,2}})\s+({_MONTH})|({_MONTH})\s+(\d{{1,2}})|"
        rf"({_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?){_TO_THE_DAY}"
    )
    for m in re.finditer(dated, sentence):
        if m[5]:
            opens = day - timedelta(days=(day.weekday() - WEEKDAYS.index(m[5].lower())) % 7)
        else:
            month = MONTHS[(m[2] or m[3]).lower()]
            of_month = int(m[1] or m[4])
            try:
                opens = date(_nearest_year(day, month, of_month, False), month, of_month)
            except ValueError:
                continue
        if opens <= day:
            yield _when(m, f"{opens}/{day}", f"from a day the text names to the document's, {day}")


def _periods(sentence: str, day: date, future: bool) -> Iterator[When]:
    """A period stated with both ends: "from January to October 2025", "between March and
    May", "January-October 2025"."""
    pattern = (
        rf"\b(?:(?:[Ff]rom|[Bb]etween)\s+)?({_MONTH})(?:\s+(\d{{4}}))?"
        rf"(?:\s+(?:to|and|through|until)\s+|-to-|\s*[-–]\s*)({_MONTH})(?:\s+(\d{{4}}))?\b"
    )
    yield from _listed_months(sentence, day)
    days = (
        rf"\b(?:[Ff]rom|[Bb]etween)\s+(\d{{1,2}})\s+(?:to|and|through|until)\s+(\d{{1,2}})\s+"
        rf"({_MONTH})(?:\s+(\d{{4}}))?\b"
    )
    for m in re.finditer(days, sentence):
        month = MONTHS[m[3].lower()]
        year = int(m[4]) if m[4] else _nearest_year(day, month, int(m[1]), future)
        try:
            opens, closes = date(year, month, int(m[1])), date(year, month, int(m[2]))
        except ValueError:
            continue
        if opens <= closes:
            yield _when(m, f"{opens}/{closes}", "a period stated in the text")
    for m in re.finditer(
        r"\b(?:[Ff]rom|[Bb]etween)\s+((?:19|20)\d\d)\s+(?:to|and|until|through)\s+((?:19|20)\d\d)\b",
        sentence,
    ):
        if m[1] < m[2]:
            yield _when(m, f"{m[1]}/{m[2]}", "a period stated in the text")
    # "from the evening of April 19 into April 21", "from the start of May 8 until the end of
    # May 10": two days, month first, with the part of the day each begins or ends in.
    part = r"(?:the\s+(?:evening|morning|night|start|beginning|end|early\s+hours)\s+of\s+)?"
    month_first = (
        rf"\b[Ff]rom\s+{part}({_MONTH})\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?\s+"
        rf"(?:to|into|until|through)\s+{part}({_MONTH})\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?\b"
    )
    for m in re.finditer(month_first, sentence):
        last_month, first_month = MONTHS[m[4].lower()], MONTHS[m[1].lower()]
        last_year = int(m[6]) if m[6] else _nearest_year(day, last_month, int(m[5]), future)
        first_year = int(m[3]) if m[3] else last_year - (first_month > last_month)
        try:
            opens = date(first_year, first_month, int(m[2]))
            closes = date(last_year, last_month, int(m[5]))
        except ValueError:
            continue
        if opens < closes:
            yield _when(m, f"{opens}/{closes}", "a period stated in the text")
    # "between 24 February 2022 and 27 October 2025", "from 2 July to 1 December 2025": two
    # days of different months, the first taking the second's year when it gives none.
    both = (
        rf"\b(?:[Ff]rom|[Bb]etween)\s+{part}(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?\s+"
        rf"(?:to|and|through|until|into)\s+{part}(\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?\b"
    )
    for m in re.finditer(both, sentence):
        last_year = int(m[6]) if m[6] else day.year
        first_year = int(m[3]) if m[3] else last_year
        try:
            opens = date(first_year, MONTHS[m[2].lower()], int(m[1]))
            closes = date(last_year, MONTHS[m[5].lower()], int(m[4]))
        except ValueError:
            continue
        if opens < closes:
            yield _when(m, f"{opens}/{closes}", "a period stated in the text")
    yield from _to_the_day(sentence, day, part)
    # "in 2022-2024", "for 2026-27": a span of years, written with a dash.
    for m in re.finditer(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)?\d\d)\b(?![-–]\d)", sentence):
        last = m[2] if len(m[2]) == 4 else m[1][:2] + m[2]
        if m[1] < last:
            yield _when(m, f"{m[1]}/{last}", "a period stated in the text")
    halves = r"\b(?:[Ii]n\s+)?the\s+(first|second)\s+(half|quarter)\s+of\s+((?:19|20)\d\d)\b"
    for m in re.finditer(halves, sentence):
        first_month = {"half": 6, "quarter": 3}[m[2]] * (m[1] == "second") + 1
        last_month = first_month + {"half": 5, "quarter": 2}[m[2]]
        yield _when(
            m, f"{m[3]}-{first_month:02d}/{m[3]}-{last_month:02d}", "a period stated in the text"
        )
    part_of_day = r"(?:\s+(?:morning|afternoon|evening|night))?"
    weekdays = (
        rf"\b(?:[Ff]rom\s+({_WEEKDAY}){part_of_day}\s+(?:to|through|until|into)|"
        rf"[Bb]etween\s+({_WEEKDAY}){part_of_day}\s+and)\s+({_WEEKDAY}){part_of_day}\b"
    )  # "from Monday to Wednesday", "between Monday evening and Tuesday morning"
    for m in re.finditer(weekdays, sentence):
        opening = m[1] or m[2]
        first_day, last_day = WEEKDAYS.index(opening.lower()), WEEKDAYS.index(m[3].lower())
        start = day - timedelta(days=(day.weekday() - first_day) % 7)
        stop = start + timedelta(days=(last_day - first_day) % 7)
        yield _when(m, f"{start}/{stop}", f"the days around the document's date, {day}")
    # "on Friday and Saturday": two days in a row are one period; two apart, two dates.
    for m in re.finditer(rf"\b(?:on\s+)?({_WEEKDAY})\s+and\s+({_WEEKDAY})\b", sentence):
        first_day, last_day = WEEKDAYS.index(m[1].lower()), WEEKDAYS.index(m[2].lower())
        if (last_day - first_day) % 7 != 1:
            yield _when(m, "", "two days named together: which is the claim's is unsure")
            continue
        ahead = future or planned(sentence[: m.start()])
        if ahead:  # a weekday that is the document's own is that day
            start = day + timedelta(days=(first_day - day.weekday()) % 7)
        else:
            start = day - timedelta(days=(day.weekday() - first_day) % 7)
        which = "after" if ahead else "on or before"
        basis = f"the {m[1]} {which} the document's date, {day}, and the day after"
        yield _when(m, f"{start}/{start + timedelta(days=1)}", basis)
    for m in re.finditer(pattern, sentence):
        first, last = MONTHS[m[1].lower()], MONTHS[m[3].lower()]
        days_beside = re.search(r"\d\s*$", sentence[: m.start()]) or re.match(
            r"\s+\d{1,2}\b", sentence[m.end() :]
        )
        if days_beside:
            continue  # "12 May and June 3": days, not months
        # "covering October to March"; "June 2024 to May 2025", each month with its year.
        spanned = bool(
            re.search(r"\b(?:covering|spanning|running)\s+$", sentence[: m.start()], re.I)
        ) or bool(m[2] and m[4] and not re.search(r"\sand\s", m[0]))
        if not (m[0][:1].isalpha() and m[0].split()[0].lower() in ("from", "between")) and not (
            "-" in m[0] or "–" in m[0] or (spanned and re.search(r"\s(?:to|through|until)\s", m[0]))
        ):
            if not re.search(r"\sand\s", m[0]):
                continue
            if last != first % 12 + 1:  # "in May and July": two dates, the claim's unknown
                yield _when(m, "", "two months named together: which is the claim's is unsure")
                continue
            # "in July and August": two months in a row are one period
        holding = next(
            (
                (y, y + 1)
                for y in (day.year - 1, day.year)
                if first > last and (y, first) <= (day.year, day.month) <= (y + 1, last)
            ),
            None,
        )
        if not (m[4] or m[2]) and holding is not None:
            # "from October through March", in a November report: the winter it is in
            start_year, end_year = holding
        elif m[4] or m[2] or not future:
            end_year = int(m[4]) if m[4] else (day.year if last <= day.month else day.year - 1)
            start_year = int(m[2]) if m[2] else end_year - (first > last)
        else:  # "will hold from December to February": the next such period
            start_year = day.year if first >= day.month else day.year + 1
            end_year = start_year + (first > last)
        yield _when(
            m, f"{start_year}-{first:02d}/{end_year}-{last:02d}", "a period stated in the text"
        )
    # Last, so that a period stated with both ends ("between 2 July and 1 December") is that.
    yield from _listed_days(sentence, day, future)


_NIGHT_BEFORE = re.compile(r"\b(?:night\s+of\s+(?:the\s+)?|overnight\s+(?:on\s+)?)$", re.I)
"""Before the first of two days: "the night of June 8 to 9", "overnight on September 6 to 7"."""
_NEXT_DAY = re.compile(r"\s*(?:to|into|-|–)\s*(\d{1,2})\b(?!\s*(?:%|per\b|[.,]\d))")


_AND_DAY = r"\s+and\s+(?=\d{1,2}(?:\s*(?:[,;)]|\.(?!\d)|$)|\s+and\b))"
"""The "and" between two days of one month: "on August 8 and 9," (not "August 8 and 9 people")."""


def _month_days(sentence: str, day: date, future: bool) -> Iterator[When]:
    pattern = (
        rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:(?:\s*[-–]\s*|{_AND_DAY})(\d{{1,2}}))?"
        rf"(?:,?\s+(\d{{4}}))?\b"
    )  # "January 23-24", "August 8 and 9,"
    for m in re.finditer(pattern, sentence):
        month, first = MONTHS[m[1].lower()], int(m[2])
        last = int(m[3]) if m[3] else first
        year = int(m[4]) if m[4] else _nearest_year(day, month, first, future, _told(sentence))
        try:
            start, stop = date(year, month, first), date(year, month, last)
        except ValueError:
            continue
        basis = "stated in the text" if m[4] else f"the nearest {m[1]} {m[2]} to {day}"
        if first == last and _NIGHT_BEFORE.search(sentence[: m.start()]):
            # "the night of June 8 to 9": the night from the one day into the next
            to = _NEXT_DAY.match(sentence[m.end() :])
            if to is not None and int(to[1]) == (start + timedelta(days=1)).day:
                stop = start + timedelta(days=1)
                m_end = m.end() + to.end()
                night = f"the night of {start} to {stop}"
                yield When(m.start(), m_end, f"{start}/{stop}", sentence[m.start() : m_end], night)
                continue
        yield _when(m, str(start) if first == last else f"{start}/{stop}", basis)


def _day_months(sentence: str, day: date, future: bool) -> Iterator[When]:
    pattern = (
        rf"\b(\d{{1,2}})(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+(?=\d{{1,2}}\s+{_MONTH}))(\d{{1,2}}))?"
        rf"\s+({_MONTH})(?:\s+(\d{{4}}))?\b"
    )  # "23-24 January", "8 to 10 May", "8 and 9 August"
    for m in re.finditer(pattern, sentence):
        month, first = MONTHS[m[3].lower()], int(m[1])
        last = int(m[2]) if m[2] else first
        year = int(m[4]) if m[4] else _nearest_year(day, month, first, future, _told(sentence))
        try:
            start, stop = date(year, month, first), date(year, month, last)
        except ValueError:
            continue
        if stop < start:
            continue  # "30-2 May" names no days
        basis = "stated in the text" if m[4] else f"the nearest {m[0]} to {day}"
        yield _when(m, str(start) if first == last else f"{start}/{stop}", basis)


def _month_years(sentence: str, day: date, future: bool) -> Iterator[When]:
    for m in re.finditer(rf"\b(?:in\s+)?({_MONTH})\.?\s+(\d{{4}})\b", sentence):
        yield _when(m, f"{m[2]}-{MONTHS[m[1].lower()]:02d}", "stated in the text")


_TOLD = re.compile(r"\b(?:held|took|seized|captured|gained|lost|controlled|occupied)\b", re.I)
_WAS = re.compile(r"\b(?:had|was|were|reached)\b", re.I)
"""Beside "by" or "before" ("by March the front had moved"), a past tense tells what was
so; beside "until" it may not ("the talks were postponed until March")."""
"""Verbs of a sentence that tells what was so ("By the end of November Russia held ..."):
its "by November" is the last November, not the next."""


def _month_ends(sentence: str, day: date, future: bool) -> Iterator[When]:
    """ "as September ended": the last day of the last such month up to the document's date."""
    ended = r"(?:ended|closed|drew to a close|came to an end)"
    for m in re.finditer(rf"\b[Aa]s\s+({_MONTH})\s+{ended}\b", sentence):
        month = MONTHS[m[1].lower()]
        year = day.year - (month > day.month)
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()
        yield _when(m, last, f"the end of the last {m[1]} up to the document's date, {day}")


_AIMED = re.compile(
    r"\b(?:aimed|hoped|wanted|intended|sought|had\s+planned|had\s+hoped)\s+to\b", re.I
)
"""An aim told in the past: the time it names is the nearest such time, gone or to come."""


_TIME_CLAUSE = re.compile(
    r"\b(?:before|until|till|once)\s+(?:[\w.]+\s+){1,4}?(?:is|are)\s+"
    r"(?!still\b|(?:said|believed|reported|thought|known|understood|alleged|claimed|feared)\b)"
    r"[a-z]+\b"
    r"[^,;:]*$",
    re.I,
)
"""A time clause in the present that a month follows in: "before Donald Trump is sworn in as
U.S. president (in January)"."""


def _bare_months(sentence: str, day: date, future: bool) -> Iterator[When]:
    pattern = (
        r"\b(?:[Bb]y|[Uu]ntil|[Bb]efore|[Ii]n|[Ss]ince|[Aa]fter|[Ff]rom|[Tt]hrough|[Oo]ver|"
        r"[Dd]uring|[Tt]hroughout|[Aa]t)\s+"
        r"(?:the\s+(?P<part>end|beginning|start|middle)\s+of\s+|mid-|(?P<rough>early|late|mid)\s+|"
        rf"the\s+(?P<half>first|second)\s+half\s+of\s+)?(?P<month>{_MONTH})\b(?!\.?\s+\d)"
        rf"(?!\s+(?:to|and|or|through|until|-|–)\s+(?:(?:early|late|mid)[\s-]+)?(?:{_MONTH})\b)"
        rf"|\b(?P<owned>{_MONTH})(?:’s|'s)(?=\s+[a-z])"
    )
    for m in re.finditer(pattern, sentence):
        if m["owned"]:  # "July's total": the month, the last one up to the document's date
            month = MONTHS[m["owned"].lower()]
            year = day.year - (month > day.month)
            yield _when(
                m, f"{year}-{month:02d}", f"the last {m['owned']} up to the document's date, {day}"
            )
            continue
        if m[0].split()[0].lower() == "at" and not m["part"]:
            continue  # "at May" is no English; "at the end of May" is
        if (m["rough"] or m["half"]) and (
            m[0].split()[0].lower() not in ("in", "during", "since", "from", "by")
            or not past_tense(sentence)
            or _FUTURE.search(sentence)
            or re.search(r"\b(?:expects?|hopes?|due|would|will)\b", sentence)
            or re.match(r",\s*\d{4}", sentence[m.end() :])  # "in late February, 2024,"
        ):
            continue  # "expects 12 jets in the second half of November": which year is unsure
        month = MONTHS[m["month"].lower()]
        # "until June", "by June" look forward, unless the sentence tells what was so: "By
        # the end of November Russia held 81%".
        opening = m[0].split()[0].lower()
        told = _TOLD.search(sentence) or (opening != "until" and _WAS.search(sentence))
        # "Ukraine had proposed a meeting by the end of August": a proposal looks forward.
        proposed = re.search(r"\b(?:propos|offer|suggest)\w*", sentence) is not None
        if _PROMISED.search(sentence[: m.start()]) and not future:
            # "the shells it had promised to send by the end of March": which March, the one
            # before the report or after, the words do not say
            yield _when(m, "", f"{m[0]!r} in a promise, of no year told: left open")
            continue
        ahead = future or (opening in ("by", "until", "before") and (proposed or not told))
        # "said 1.5 billion euros would become available in July": what would be, ahead
        ahead = ahead or _WOULD_BEFORE.search(sentence, 0, m.start()) is not None
        # "before Donald Trump is sworn in as president in January": a time clause in the
        # present tells what is to come, and the month in it is the next one
        ahead = ahead or _TIME_CLAUSE.search(sentence[: m.start()]) is not None
        year = day.year + (ahead and month < day.month) - (not ahead and month > day.month)
        which = f"the first {m['month']} from" if ahead else f"the last {m['month']} up to"
        if not future and _AIMED.search(sentence):
            # "Ukraine aimed to store 13.2 bcm by mid-October", in a November report: an aim
            # told in the past is of the nearest October, not the next
            year, which = _nearest_year(day, month, 15), f"the nearest {m['month']} to"
        value = f"{year}-{month:02d}"
        if m["part"] == "end":  # "at the end of November": its last day
            value = str(_month_end(year, month))
        elif m["half"]:  # "in the second half of August": the 16th to its end
            first, last = (1, 15) if m["half"] == "first" else (16, _month_end(year, month).day)
            value = f"{year}-{month:02d}-{first:02d}/{year}-{month:02d}-{last:02d}"
        yield _when(m, value, f"{which} the document's date, {day}")


_WOULD_BEFORE = re.compile(
    r"\b(?:would|will)\s+(?:become|come|arrive|start|begin|open|expire|take\s+effect)\b"
    r"(?:\s+[a-z]+){0,2}\s+$"
)
"""A "would" or "will" of coming about, a few words before a month's phrase: the month is
one to come ("would become available in July"); not "would have expired in July", "would
never forget the attack in March", "who would be freed in September were moved"."""
_PROMISED = re.compile(r"\b(?:promised|pledged)\s+to\s+[a-z]+\b[^,;]*$")
"""A promise to do something, its clause running to a month's phrase ("promised to send by
the end of March"), not "promised to Ukraine," nor the noun "pledge"."""


def _month_end(year: int, month: int) -> date:
    following_year, following = _shift_months(year, month, 1)
    return date(following_year, following, 1) - timedelta(days=1)


def _seasons(sentence: str, day: date, future: bool) -> Iterator[When]:
    pattern = (
        r"\b(?:the\s+(beginning|start|end|middle)\s+of\s+)?(this|next|last)\s+"
        r"(summer|winter|spring|autumn|fall)\b"
    )
    for m in re.finditer(pattern, sentence, re.I):
        first = SEASONS[m[3].lower()][0]
        year = day.year + {"this": 0, "next": 1, "last": -1}[m[2].lower()]
        if m[2].lower() == "this" and first == 12 and day.month <= 2:
            year -= 1  # "this winter" in February began last December
        last_year, last = _shift_months(year, first, 2)
        part = (m[1] or "").lower()
        if part in ("beginning", "start"):
            value = f"{year}-{first:02d}"
        elif part == "end":
            value = f"{last_year}-{last:02d}"
        else:
            value = f"{year}-{first:02d}/{last_year}-{last:02d}"
        basis = f"{m[0].lower()} as of the document's date, {day} (northern seasons)"
        yield _when(m, value, basis)


_SAID_BY_THEN = re.compile(r"\b(?:said|told|wrote|stated|reported|announced|claimed)\b", re.I)
"""A saying that dates a period counted back: "On Sunday, the President said that over the
past week ...", "1,150 drones over the past week, Zelensky said on Sunday": the week ends on
the Sunday it was said."""


def _days_named(text: str, day: date) -> list[When]:
    """The days text names: "on Sunday", "5 March", "yesterday"."""
    return [
        w
        for finder in (_month_days, _day_months, _weekdays, _near_days)
        for w in finder(text, day, False)
        if len(w.date) == len("2025-11-19")
    ]


def _preceded(sentence: str, m: re.Match[str], day: date) -> tuple[date | None, str]:
    """The day a period counted back (m) runs up to, and how it is named: for "the
    preceding week", the last day the sentence names before it ("said on Sunday that over
    the preceding week"), or None when it names none; for "the past week", the day it was
    said on ("said on Sunday that over the past week", "over the past week, Zelensky said
    on Sunday"), else the document's date."""
    preceding = "preceding" in m[0].lower()
    before = (
        _days_named(sentence[: m.start()], day)
        if preceding or _SAID_BY_THEN.search(sentence[: m.start()])
        else []
    )
    if before:
        last = max(before, key=lambda w: w.end)
        return date.fromisoformat(last.date), repr(last.text)
    if preceding:
        return None, ""
    after = sentence[m.end() :]
    said_on = [
        w
        for w in _days_named(after, day)
        if _SAID_BY_THEN.search(after[max(0, w.start - 12) : w.start])
    ]
    if said_on:
        return date.fromisoformat(said_on[0].date), repr(said_on[0].text)
    return day, "the document's date"


def _relative_units(sentence: str, day: date, future: bool) -> Iterator[When]:
    ends = r"\b(?:by\s+)?the\s+end\s+of\s+(?:the|this)\s+(month|year)\b"
    for m in re.finditer(ends, sentence, re.I):  # "by the end of the year": its last day
        if m[1].lower() == "year":
            value = f"{day.year}-12-31"
        else:
            value = str(_month_end(day.year, day.month))
        yield _when(m, value, f"'{m[0]}' as of the document's date, {day}")
    past = (
        r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+"
        r"(?:(\d+|[a-z]+)\s+)?(hours?|days?|weeks?|months?)\b"
    )
    for m in re.finditer(past, sentence, re.I):  # "over the past week", "in the past 24 hours"
        # "over the preceding week": before a day the sentence names; when it names none,
        # one named earlier, which this sentence does not give.
        last, named = _preceded(sentence, m, day)
        if last is None:
            yield _when(m, "", f"'{m[0]}' counts back from a day named earlier: left open")
            continue
        counted = bool(m[1]) and (m[1].isdigit() or m[1].lower() in NUMBER_WORDS)
        if (m[1] and not counted) or (not m[1] and m[2].lower().endswith("s")):
            yield _when(m, "", f"'{m[0]}' gives no count to go back by: left open")
            continue  # "in the past few months", "over the past weeks"
        count = number(m[1]) if counted else 1
        unit = m[2].lower().rstrip("s")
        if unit == "month" and re.search(r"previous|preceding", m[0], re.I):
            continue  # "over the previous three months": a baseline's period, left to it
        if unit == "month":  # "within the last two months": back to the same day
            year, month = _shift_months(last.year, last.month, -int(count))
            first = date(year, month, min(last.day, calendar.monthrange(year, month)[1]))
        else:
            # "the past week" to a Sunday is Monday to Sunday, its own seven days; "the past
            # 24 hours" or "the past day" to a day runs from the day before.
            days = {"hour": count / 24 + 1, "day": count + (count == 1), "week": 7 * count}[unit]
            first = last - timedelta(days=max(1, math.ceil(days)) - 1)
        yield _when(m, f"{first}/{last}", f"'{m[0]}' counted back from {named}, {last}")
    hence = r"\b(\d+|[a-z]+)\s+(days?|weeks?)\s+from\s+(?:now|today)\b"
    for m in re.finditer(hence, sentence, re.I):  # "ten days from now": counted on from today
        if not (m[1].isdigit() or m[1].lower() in NUMBER_WORDS):
            continue
        count = int(number(m[1])) * (7 if m[2].lower().startswith("week") else 1)
        value = str(day + timedelta(days=count))
        yield _when(m, value, f"'{m[0]}' counted on from the document's date, {day}")
    ahead = r"\b[Ii]n\s+(\d+|[a-z]+)\s+(days?|weeks?)(?:['’]\s*time)?\b"
    for m in re.finditer(ahead, sentence):  # "in three days, the deadline expires"
        if not (m[1].isdigit() or m[1].lower() in NUMBER_WORDS):
            continue
        if _TIMES_IN.search(sentence[: m.start()]) or (
            past_tense(sentence) and not (future or planned(sentence))
        ):
            # "the third time in two weeks", "took 500 sq km in two weeks": a span up to
            # now, or one whose end the sentence does not give; only what is to come is
            # counted on from today
            yield _when(m, "", f"'{m[0]}' is a span, not a day to come: left open")
            continue
        count = int(number(m[1])) * (7 if m[2].lower().startswith("week") else 1)
        value = str(day + timedelta(days=count))
        yield _when(m, value, f"'{m[0]}' counted on from the document's date, {day}")
    for m in re.finditer(r"\b(next|last|this)\s+(week|month|year)\b", sentence, re.I):
        shift = {"next": 1, "last": -1, "this": 0}[m[1].lower()]
        unit = m[2].lower()
        if unit == "week":
            monday = day - timedelta(days=day.weekday()) + timedelta(weeks=shift)
            value = f"{monday}/{monday + timedelta(days=6)}"
        elif unit == "month":
            year, month = _shift_months(day.year, day.month, shift)
            value = f"{year}-{month:02d}"
        else:
            value = str(day.year + shift)
        weekday = WEEKDAYS[day.weekday()].title()
        yield _when(m, value, f"'{m[0]}' counted from the document's date, {day} (a {weekday})")


_PAST = re.compile(
    r"\b(?:was|were|had|did|\w{3,}ed|rose|fell|took|came|went|began|made|gave|hit|struck|shot|"
    r"won|lost|saw|left|led|fought|flew|met|sent|held|brought|drew|grew|kept|ran|spent|stood|"
    r"wrote|broke|chose|spoke|threw|told|said|paid|put|set|cut|found|got|knew|thought)\b",
    re.I,
)
"""Verbs in the past: "rose", "met", "was shelled"; also a word that merely ends in "-ed"
("armed"), which only makes a sentence read as past, the cautious reading."""


_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,]*(?:,\s+\d{4})?,(?=\s+\w)")
"""An aside about the word before it, from its opening to the comma that closes it, a year
after a day inside it included: ", which began on Feb. 24, 2022," in "The war, which began
on Feb. 24, 2022, enters its fourth year"."""


def without_asides(text: str) -> str:
    """text with its asides (", which began on Feb. 24, 2022,") blanked out, the same
    length: the tense of what is left is the sentence's own."""
    return _ASIDE.sub(lambda m: " " * len(m[0]), text)


def past_tense(text: str) -> bool:
    """Whether the text (its words outside quotation marks) tells of the past."""
    return _PAST.search(unquoted(text)) is not None


_MOURNING = re.compile(
    r"\s+(?:as\s+)?an?\s+(?:national\s+|official\s+)?day\s+of\s+mourning\b", re.I
)
"""A day declared one of mourning ("declared Wednesday a day of mourning"): a day to come,
or the day itself, whatever the tense of the declaring; not one observed as such."""
_DECLARED = re.compile(
    r"\b(?:declared|declares|announced|announces|proclaimed|proclaims)\s+$", re.I
)


def _declared(sentence: str, m: re.Match[str]) -> bool:
    """Whether the weekday at m is declared a day of mourning ("have declared Wednesday a
    day of mourning")."""
    return bool(_MOURNING.match(sentence, m.end()) and _DECLARED.search(sentence[: m.start()]))


def _weekdays(sentence: str, day: date, future: bool) -> Iterator[When]:
    for m in re.finditer(rf"\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+|[Oo]n\s+)?({_WEEKDAY})\b", sentence):
        target = WEEKDAYS.index(m[2].lower())
        if not m[1] and _THE_DAY.search(sentence[: m.start(2)]):
            # "broke it 2,935 times on the Sunday alone": a day named earlier, whose date
            # this sentence does not give
            yield _when(m, "", f"'the {m[2]}' is a day named earlier: left open for the reviewer")
            continue
        # "said" reads a bare weekday as past, unless what is to come is said before it:
        # "he said he will travel on Monday" is next Monday.
        before = unquoted(sentence[: m.start()])  # "'We will win,' he said on Thursday"
        planned = (
            _FUTURE.search(before) is not None
            or re.search(r"\b(?:would|could)\b", before) is not None
            or _to_come_after(sentence, m)
            or _EXPECTED_ON.search(before) is not None
        )
        told_ahead = ((future and _ahead_in_its_clause(sentence, m)) or planned) and (
            "said" not in sentence or planned
        )
        if _said_after_the_plan(before):
            told_ahead = False  # "reported on Tuesday that ... a planned withdrawal": then
        # "Security advisers meet in Kyiv on Saturday": the present, with no past in the
        # sentence, tells what is scheduled.
        scheduled = not past_tense(_its_own_tense(sentence, m))
        ahead = (m[1] or "").lower() == "next" or (
            not m[1] and (told_ahead or scheduled or _due(sentence, m) or _declared(sentence, m))
        )
        if _HARM_OF_THE_DAY.match(sentence, m.end()) and (m[1] or "").lower() != "next":
            ahead = False  # "still assessing Thursday's mass strike": a strike that was
        set_for = _declared(sentence, m)
        if ahead and not (
            m[1] or told_ahead or set_for or _due(sentence, m) or _SCHEDULED.search(sentence)
        ):
            # Only the want of a verb in the past says it is to come: the tense is not told,
            # and the day is left open for the reviewer.
            yield _when(m, "", f"'{m[0]}' with no tense to tell which: left open")
            continue
        if ahead and target == day.weekday() and (m[1] or "").lower() != "next":
            # "arrived on Wednesday for a visit scheduled to last three days", in a
            # Wednesday's story: that day, whatever the tense.
            value, basis = day, f"the {m[2]} of the document's date, {day}"
        elif ahead:
            value = day + timedelta(days=(target - day.weekday()) % 7 or 7)
            basis = f"the {m[2]} after the document's date, {day}"
        elif (m[1] or "").lower() == "last" and (day.weekday() - target) % 7 == 1:
            # "last Thursday", in a Friday's story: the day before, or a week before that
            yield _when(m, "", f"'{m[0]}' the day after it: which {m[2]} is unsure, left open")
            continue
        elif (m[1] or "").lower() == "this":
            # "this Friday": the Friday of the document's week, Monday to Sunday; left open
            # where the tense says otherwise ("will meet this Monday" in a Wednesday's story)
            value = day + timedelta(days=target - day.weekday())
            if (value < day and (told_ahead or planned or scheduled)) or (
                value > day and not (scheduled or told_ahead or planned)
            ):
                yield _when(m, "", f"'{m[0]}' against the tense of its sentence: left open")
                continue
            basis = f"the {m[2]} of the document's week, {day}"
        elif (m[1] or "").lower() == "last":  # "last Friday", in a Friday's story: a week ago
            value = day - timedelta(days=(day.weekday() - target) % 7 or 7)
            basis = f"the {m[2]} before the document's date, {day}"
        else:
            value = day - timedelta(days=(day.weekday() - target) % 7)
            basis = f"the {m[2]} on or before the document's date, {day}"
        yield _when(m, str(value), basis)


_PARTICIPLE_BY = re.compile(
    r"(?<![\w’'])(?!(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Bb]e|[Bb]een|[Bb]eing|[Hh]as|[Hh]ave|[Hh]ad|"
    r"not|never)\s)(?P<w>\w+\s+)(?P<p>\w{3,}ed|led|held|run|made|set|sent|brought|built|paid|"
    r"won|kept)(?=\s+by\s+(?:the\s+)?[A-Z]|\s+by\s+(?:his|her|its|their)\s)"
)
"""A participle with its agent, after a word that is no part of a verb ("now chaired by
Britain's John Healey", "talks hosted by Turkey"): it names who does something, with no
tense of the sentence's own; not a passive ("are not supported by", "was chaired by"), nor
a verb and its measure or means ("advanced by about 12 kilometres", "made by far",
"travelled by overnight train"), whose "by" names no one."""
_SCHEDULE_VERBS = (
    r"meet|meets|hold|holds|host|hosts|travel|travels|visit|visits|begin|begins|start|starts|"
    r"open|opens|resume|resumes|gather|gathers|convene|convenes|vote|votes"
)
_SCHEDULE_VERB = re.compile(
    r"(?<!\bto\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)"
    rf"\b(?:{_SCHEDULE_VERBS})\b",
    re.I,
)
"""Verbs whose present tells what is scheduled ("the delegations meet again on Thursday"):
_SCHEDULED without the events it names ("talks", "summit"), which may be past; not an
infinitive ("to meet") nor a noun ("a visit")."""
_SUBORDINATE = re.compile(
    r"\b(?:as|before|ahead\s+of|while|when|after|until|once)\b[^,;]*|\bto\s+[a-z]+\b[^,;]*"
)
"""A clause or phrase that hangs on the main one ("as Europe's leaders gather in London",
"before tugs could start", "swore to keep it and hold more talks"): a verb of what is
scheduled in it says nothing of the weekday's own tense."""


def _schedules(text: str) -> bool:
    """Whether the text's main clause tells what is scheduled, by a verb in the present ("the
    delegations meet again"), not only in a clause that hangs on it."""
    return _SCHEDULE_VERB.search(_SUBORDINATE.sub(" ", text)) is not None


def _its_own_tense(sentence: str, m: re.Match[str]) -> str:
    """The words whose tense is a weekday's, blanked to the same length where they are
    not: its part of the sentence past a semicolon, when that part tells what is scheduled
    ("The first round ended on Monday; the delegations meet again on Thursday"), not when it
    does not ("Russia launched 95 drones on Friday; on Thursday, 120", "on Tuesday he drove
    to Kyiv to meet Zelensky"); without asides, and without a participle with its agent
    when the main clause left tells what is scheduled ("Defence ministers, now chaired by
    Britain's minister, meet on Thursday"), not when it does not ("Two civilians killed by a
    Russian drone on Tuesday as leaders gather in London")."""
    if re.search(r"\bas\s+of\s+$", sentence[: m.start()]):
        return without_asides(sentence)  # "still hold the town centre as of Friday": then
    start = max((c.end() for c in re.finditer(r";\s", sentence[: m.start()])), default=0)
    cut = re.search(r";\s", sentence[m.end() :])
    end = m.end() + cut.start() if cut is not None else len(sentence)
    own = " " * start + without_asides(sentence[start:end]) + " " * (len(sentence) - end)

    def agent(p: re.Match[str]) -> str:
        # "talks hosted by Turkey resume on Monday"; not "the plan drafted by Witkoff in
        # Miami on Friday", whose weekday is the participle's own
        closed = p.end() > m.end() or _schedules(own[p.end() : m.start()])
        return p["w"] + " " * len(p["p"]) if closed else p[0]

    blanked = _PARTICIPLE_BY.sub(agent, own)
    if _schedules(blanked):
        return blanked
    return (
        own if (start, end) != (0, len(sentence)) and _schedules(own) else without_asides(sentence)
    )


def _said_after_the_plan(before: str) -> bool:
    """Whether the words before a weekday end in a verb of speech of their own, so that the
    weekday dates the saying: "reported on Tuesday that ...", "The second is scheduled for
    Wednesday, and the Kremlin confirmed on Monday that it will go ahead", where the saying
    has its own subject, after a break. Not "is expected to be signed in Riyadh, the Saudi
    capital, and announced on Friday", where the plan governs the verb."""
    speech = re.search(rf"\b{_SPEECH}\s*(?:on\s+)?$", before)
    if speech is None:
        return False
    plans = list(_FUTURE.finditer(before[: speech.start()]))
    return not plans or _OWN_SUBJECT.search(before[plans[-1].end() : speech.start()]) is not None


_A_SUBJECT = (
    r"(?:(?:the|an?|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?"
    r"|he|she|they|it|officials)"
)
"""Who says something, as it stands before a verb of speech: "the Kremlin", "a US official",
"his office", "Zelensky", "Russia and Ukraine"."""
_OWN_SUBJECT = re.compile(rf"[,;:]\s+(?:(?:and|but|while)\s+)?{_A_SUBJECT}\s+$")
"""A subject of its own right before a verb of speech, after a break: ", and the Kremlin",
", his office"; not ", and" alone ("signed in Riyadh, the Saudi capital, and announced")."""


_EXPECTED_ON = re.compile(
    r"\b(?:is|are|’s|'s|’re|'re|has\s+been|have\s+been)\s+(?:now\s+|still\s+)?"
    r"(?:expected|pencill?ed\s+in|due)(?:\s+(?:in|at|for)\b[^,.;:()]{0,40}?)?(?:\s+for)?\s*$"
)
"""Right before a weekday, what is expected of it now: "European leaders are expected in
Berlin on Monday", "the visit is pencilled in for Friday"; not an expectation of the past
("had been expected in Istanbul on Thursday") nor one elsewhere in the sentence."""


_HARM_OF_THE_DAY = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,2}(?:strikes?|attacks?|barrage|bombardment|shelling|raids?|"
    r"assault|explosions?|blasts?)\b"
)
"""After a weekday, a strike of that day ("Thursday's mass strike"): it has taken place,
whatever the tense of the sentence ("Ukraine is still assessing ...")."""


_LATER_CLAUSE = re.compile(
    r"\b(?:under|in|by|through)\s+which\b|\b(?:which|who|whose|whereby)\b|;|,\s+and\b"
)
"""Where a clause about something named before opens after a weekday ("signed an agreement
under which Belgium will hand over 30 jets"): its tense is not the weekday's."""


def _ahead_in_its_clause(sentence: str, m: re.Match[str]) -> bool:
    """Whether what is to come is told in the weekday's own clause, not only in a later one
    about something it names: "On Tuesday, the two leaders signed an agreement under which
    Belgium will hand over 30 jets" is the Tuesday before."""
    later = _LATER_CLAUSE.search(sentence, m.end())
    own = unquoted(sentence[: later.start() if later else len(sentence)])
    return _FUTURE.search(own) is not None or not past_tense(own)


def _to_come_after(sentence: str, m: re.Match[str]) -> bool:
    """Whether the weekday opens a clause about what is to come: "announced that on
    Wednesday Russia and Ukraine would exchange 175 prisoners". Not a saying's day: "said on
    Monday that Russia would ..." dates the saying."""
    after = re.match(r"[^,.;:]{0,40}?\b(?:would|will)\b", sentence[m.end() :])
    return (
        after is not None
        and re.search(r"\bthat\b", after[0]) is None
        and not _dates_the_saying(sentence, m, after[0])
        and not speech_before(sentence[: m.start()])
    )


def _dates_the_saying(sentence: str, m: re.Match[str], after: str) -> bool:
    """Whether a weekday dates the saying that follows it, not what was then said would
    be: "On Sunday the vice-president said the president would decide" (the weekday opens
    the sentence, and the saying's subject follows it), "met the commanders on Monday and
    told them the allies would stay" (the saying goes on from the weekday's verb). Not
    "ahead of a meeting on Tuesday officials said would decide", a day of the meeting."""
    if re.match(rf"\s*(?:,\s*)?and\s+{_SPEECH}\b", after):
        return True
    opens = re.fullmatch(r"\s*(?:[^,;:]*[,;:]\s*)?", sentence[: m.start()]) is not None
    return opens and re.match(rf"\s*,?\s*{_A_SUBJECT}\s+{_SPEECH}\b", after) is not None


_SCHEDULED = re.compile(rf"\b(?:{_SCHEDULE_VERBS}|summit|talks|meeting)\b", re.I)
"""Verbs whose present tells what is scheduled ("security advisers meet in Kyiv on
Saturday"), and the events a schedule names ("before Friday's summit"), not what
happened."""


def _due(sentence: str, m: re.Match[str]) -> bool:
    """Whether a bare weekday is a deadline still to come: "the Thursday deadline", "a deal
    by the Thanksgiving holiday on Thursday"; not one that went by ("the deadline passed")."""
    if re.search(r"\b(?:passed|expired|missed|lapsed)\b", sentence):
        return False
    if re.match(r"\s+deadline\b", sentence[m.end() :]):
        return True
    # "by ... on Thursday", unless the sentence tells what was so by then ("by Thursday
    # 40 had died").
    by = re.search(
        r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", sentence[: m.start()]
    )
    return by is not None and not (_TOLD.search(sentence) or _WAS.search(sentence))


def _near_days(sentence: str, day: date, future: bool) -> Iterator[When]:
    near = r"\b(the day before yesterday|the day after tomorrow|yesterday|today|tomorrow)\b"
    for m in re.finditer(near, sentence, re.I):
        shift = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
                 "today": 0, "tomorrow": 1}[m[1].lower()]  # fmt: skip
        value = day + timedelta(days=shift)
        yield _when(m, str(value), f"'{m[1]}' counted from the document's date, {day}")
    for m in _NOW.finditer(sentence):
        yield _when(m, str(day), f"'{m[0]}': as of the document's date, {day}")


_NOW = re.compile(
    r"(?<!\buntil )(?<!\bup to )(?<!\bby )(?<!\bfrom )(?<!\bfor )(?<!\bjust )(?<!\bhas )"
    r"(?<!\bhave )(?<!\bhad )\b(?:now|currently)\b(?!-|\s+(?:that|has|have|had)\b)",
    re.I,
)
"""What holds now ("now occupies roughly a fifth of Ukraine"), not what ran "until now" or
has come about by now ("had now helped to free 2,484")."""


def _ago(sentence: str, day: date, future: bool) -> Iterator[When]:
    length = rf"({_NUMBER}|a|an)\s+(day|week|month|year)s?"
    pattern = rf"\b{length}(?:,?\s+and\s+{length})?\s+ago\b"
    for m in re.finditer(pattern, sentence, re.I):
        parts = [(m[1], m[2])] + ([(m[3], m[4])] if m[3] else [])
        months = days = 0
        for count_text, unit_text in parts:
            count = 1 if count_text.lower() in ("a", "an") else int(number(count_text))
            unit = unit_text.lower()
            if unit in ("day", "week"):
                days += count * (7 if unit == "week" else 1)
            else:
                months += count * (12 if unit == "year" else 1)
        basis = f"'{m[0]}' counted back from the document's date, {day}"
        if months and days:
            continue  # "a month and three days ago": too fine to count back to a month
        if not days and months % 12 == 0 and (that_day := _years_back_today(sentence, m, day)):
            yield _when(m, that_day, basis)  # "ten years ago today": that very day
            continue
        if not days and months % 12 == 0:  # "two years ago" is a year, not a month
            year = day.year - months // 12
            if year < 1:  # "3,000 years ago": before any date there is
                yield _when(m, "", f"'{m[0]}' is before the year 1: left open")
            else:
                yield _when(m, str(year), basis)
            continue
        value = _back(day, days, "day") if days else _back(day, months, "month")
        yield _when(m, value, basis)


_TODAY_NEXT = re.compile(r"\s+today\b(?![’']s)", re.I)
""""Today" right after a length of time ago ("ten years ago today"), not "today's": the day
it is counted from, to the day."""
_A_FRACTION = re.compile(r"\band\s+an?\s+half\b|\d\.\d", re.I)
"""A count with a fraction: "two and a half years", "1.5 years"."""


def _years_back_today(sentence: str, m: re.Match[str], day: date) -> str:
    """The day so many whole years before the report's, for "ten years ago today"; "" when
    "today" does not follow, the count has a fraction ("two and a half years", "1.5
    years"), or that day is no date (before year 1, or a 29 February of a common year)."""
    if not _TODAY_NEXT.match(sentence, m.end()) or _A_FRACTION.search(m[0]):
        return ""
    count = 1 if m[1].lower() in ("a", "an") else number(m[1])
    if count != int(count) or day.year - int(count) < 1:
        return ""
    try:
        return str(day.replace(year=day.year - int(count)))
    except ValueError:  # a 29 February, in a year that has none
        return ""


def _back(day: date, count: int, unit: str) -> str:
    if unit in ("day", "week"):
        return str(day - timedelta(days=count * (7 if unit == "week" else 1)))
    year, month = _shift_months(day.year, day.month, -count * (12 if unit == "year" else 1))
    return f"{year}-{month:02d}"


_INVASION = re.compile(
    r"\b(?:since|from)\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+|Russia['’]s\s+)?"
    r"(?:full[- ]scale\s+)?(?:invasion|war)\b",
    re.I,
)
"""The full-scale invasion's start, 24 February 2022: "since the start of the full-scale
invasion"."""


def _invasion(sentence: str, day: date, future: bool) -> Iterator[When]:
    for m in _INVASION.finditer(sentence):
        yield _when(m, "2022-02-24", "the start of Russia's full-scale invasion, 24 February 2022")


_FIRST_STRETCH = re.compile(
    rf"\b(?:in\s+|during\s+|over\s+)?the\s+first\s+(?P<n>{_NUMBER})\s+"
    r"(?P<u>days|weeks|months|years)\s+of\s+(?:(?P<y>19\d\d|20\d\d)\b|"
    r"(?P<this>(?:the|this|last)\s+year)(?![-\w])|(?:the\s+|Russia['’]s\s+)?"
    r"(?:full[- ]scale\s+)?(?:invasion|war)\b(?!\s+(?:in|on|with|against)\s+(?!Ukraine\b)))",
    re.I,
)
"""The first days, weeks, months or years of a year or of the full-scale invasion: "in the
first eight months of 2025", "the first 12 months of the full-scale invasion"."""


_STRETCH_DAYS = {"days": 1, "weeks": 7, "months": 30, "years": 366}
"""About how many days each unit of "the first N ..." spans, to keep the period in bounds."""


def _first_stretch(sentence: str, day: date, future: bool) -> Iterator[When]:
    """The period "the first N months of 2025" (or of the invasion) names: from its start to
    N days, weeks, months or years on; of a year, no more than the year. A count that is
    no whole number ("the first 1.5 years") is left out: which day it ends on is unsure."""
    for m in _FIRST_STRETCH.finditer(sentence):
        counted, unit = number(m["n"]), m["u"].lower()
        count = int(counted)
        of_a_year = m["y"] or m["this"]
        bound = (366 if of_a_year else 366 * 50) // _STRETCH_DAYS[unit]  # a year; the war so far
        if count != counted or not 1 <= count <= bound or (of_a_year and unit == "years"):
            continue
        basis = "a period stated in the text"
        if m["this"]:
            # "the first two months of the year": of the document's year (the year before,
            # for "last year"), unless the sentence names another year it may be of, or
            # the stretch has not run by the report ("the first eleven months" in January)
            start = date(day.year - m["this"].lower().startswith("last"), 1, 1)
            if re.search(r"\b(?:19|20)\d\d\b", sentence) or _stretch_end(start, count, unit) > day:
                continue
            basis = f"{m['this']!r} read as {start.year}, from the document's date, {day}"
        else:
            start = date(int(m["y"]), 1, 1) if m["y"] else date(2022, 2, 24)
        if of_a_year and unit == "months":  # "the first eight months of 2025": January to August
            value = f"{start:%Y-%m}/{start.year}-{count:02d}"
        elif unit in ("months", "years"):  # a year, or twelve months, on to the same day
            year, month = _shift_months(
                start.year, start.month, count * (12 if unit == "years" else 1)
            )
            value = f"{start}/{date(year, month, min(start.day, _month_end(year, month).day))}"
        else:  # "the first three days of the invasion": 24 to 26 February 2022
            value = f"{start}/{start + timedelta(days=count * _STRETCH_DAYS[unit] - 1)}"
        yield _when(m, value, basis)


def _stretch_end(start: date, count: int, unit: str) -> date:
    """The last day of the first `count` units from start."""
    if unit == "months":
        year, month = _shift_months(start.year, start.month, count - 1)
        return _month_end(year, month)
    return start + timedelta(days=count * _STRETCH_DAYS[unit] - 1)


_PART_OF_A_YEAR = re.compile(r"\b(?:[Ii]n|[Ss]ince)\s+(?:late|early|mid)[- ](19\d\d|20\d\d)\b")
"""A part of a year ("in late 2023", "since early 2024"): within that year, at least; which
part the words mean is the reviewer's to say (a wrong quarter is worse than the year)."""


def _years(sentence: str, day: date, future: bool) -> Iterator[When]:
    # "in 2024", "since 2022", a year in brackets after a figure: "2,088 (2024)"; and the
    # year a budget or plan is for: "the draft 2026 budget", "Russia's 2026 budget".
    pattern = r"\b(?:[Ii]n|[Ss]ince)\s+(19\d\d|20\d\d)\b|\((19\d\d|20\d\d)\)"
    for m in re.finditer(pattern, sentence):
        yield _when(m, m[1] or m[2], "stated in the text")
    for m in _PART_OF_A_YEAR.finditer(sentence):
        yield _when(m, m[1], f"{m[0]!r}: within {m[1]}, the part of it left to the reviewer")
    # "5 billion euros by 2027": a deadline, which the claim's date is read as ending by
    for m in re.finditer(
        r"\b[Bb]y\s+(20\d\d)\b(?!\s*[-–/]|\s+(?:and|or|to)\s+\d|\s+(?!and\b|or\b)[a-z])", sentence
    ):
        yield _when(m, m[1], "a year stated in the text as a deadline")
    for m in _BUDGET_YEAR.finditer(sentence):
        yield When(m.start("y"), m.end("y"), m["y"], m["y"], "stated in the text")


_BUDGET_YEAR = re.compile(
    r"\b(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?:draft\s+|state\s+|federal\s+|national\s+|"
    r"proposed\s+)?(?P<y>19\d\d|20\d\d)(?=\s+(?:state\s+|federal\s+|national\s+|defen[cs]e\s+|"
    r"military\s+|humanitarian\s+)?(?:budget|appeal|response\s+plan|spending\s+plan)\b)",
    re.I,
)
"""The year a budget, appeal or plan is for: "the draft 2026 budget", "Russia's 2026
defence budget", "the 2025 humanitarian response plan"."""


_A_LENGTH_BEFORE = re.compile(
    r"\b(?:(?:the|a)\s+(?:next|past|last|first|following|coming)|for|over|within|during)\s+$",
    re.I,
)
"""Words before "two years after" that make it a length of time ("for the next two years
after ..."), not an offset from an event."""


def _event_relative(sentence: str, found: list[When]) -> list[When]:
    """'two months after <event>': the event's date counted back from the date the sentence
    gives for what came two months later, not from the document's date. Without such a
    date the event stays undated, and says why."""
    events = []
    pattern = rf"\b({_NUMBER}|a|an)\s+(day|week|month|year)s?\s+(after|before)\s+([^,.;]+)"
    for m in re.finditer(pattern, sentence, re.I):
        if any(m.start(4) <= w.start < m.end() for w in found):
            continue  # "two days after Ukrainians marked Independence Day on Saturday": dated
        if _A_LENGTH_BEFORE.search(sentence, 0, m.start()):
            continue  # "for the next two years after abandoning a plan": how long, not when
        # The date of what came later: the nearest before ("In October, two months after
        # the summit"), else the first after ("Two days after the summit, on Monday").
        before = [w for w in found if w.end <= m.start()]
        anchors = before[-1:] + [w for w in found if w.start >= m.end()]
        count = 1 if m[1].lower() in ("a", "an") else int(number(m[1]))
        unit, relation = m[2].lower(), m[3].lower()
        if not anchors or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", anchors[0].date):
            events.append(_when(m, "", "counted from an event the text does not date"))
            continue
        anchor = anchors[0]
        anchor_day = date.fromisoformat(
            anchor.date if len(anchor.date) == 10 else f"{anchor.date}-01"
        )
        # "two months after X", dated D: X was two months back from D.
        value = _back(anchor_day, count if relation == "after" else -count, unit)
        opposite = "before" if relation == "after" else "after"
        units = unit if count == 1 else f"{unit}s"
        basis = f"{m[1]} {units} {opposite} {anchor.text!r}, the date this sentence gives"
        events.append(_when(m, value, basis))
    return events


# -- who says so, and who does what

_NAME = (
    r"(?:[A-Z][\w’'.-]+(?:\s+(?:of\s+the\s+|of\s+|for\s+the\s+|for\s+|von\s+der\s+|von\s+|"
    r"van\s+der\s+|van\s+|de\s+la\s+|de\s+|der\s+|bin\s+|ibn\s+|(?<=Mission\s)in\s+)?"
    r"[A-Z][\w’'.-]+){0,6})"
)
"""A name: capitalised words, with "of (the)", "for (the)", a surname's particle ("Ursula
von der Leyen", "Abdullah bin Zayed") or a mission's country ("the UN Human Rights
Monitoring Mission in Ukraine") between them."""
_SPEECH = (
    r"(?:said|says|say|told reporters|told|tells|added|stated|announced|claimed|wrote|warned|"
    r"(?:responded|answered|countered)(?=\s+(?:on\s+\w+(?:\s+\d{1,2})?\s+)?(?:that\b|“|\"))|"
    r"insisted|noted|replied|denied|reported|estimated|assessed|detailed|confirmed|explained|posted|"
    r"acknowledged|alleged|argued|declared|tweeted|called(?!\s+off\b)|described|dismissed|"
    r"condemned|"
    r"vowed|pledged|promised|urged|accused|criticised|criticized|welcomed|brushed aside|"
    r"rejected|reports|notes|states|announces|writes|adds|warns|confirms|retorted|asserted|"
    r"calculates|calculated|claims|counted|counts|labelled|labeled|branded|estimates|assesses|"
    r"observed|documented|verified|registered|logged|expects|expect|"
    r"spoke of|spoke about|"
    r"conceded|admitted|stressed|emphasised|emphasized|reiterated|repeated|predicted|"
    r"complained|reminded|suggested|signall?ed|hinted|cautioned|remarked|revealed|disclosed|"
    r"(?:maintained|recalled)(?=\s+that\b)|boasted|"
    r"(?:continues|continued)\s+to\s+(?:assess|say|insist|maintain|argue))"
)


def speech_before(text: str) -> bool:
    """Whether text ends in a verb of speech ("the ministry said", "Zelensky told reporters
    on"): a date phrase after it dates the saying, not what was said."""
    return re.search(rf"\b{_SPEECH}\s*(?:on\s+)?$", text) is not None


ROLES = (
    "president", "minister", "governor", "mayor", "envoy", "commander", "chief", "head",
    "secretary", "adviser", "aide", "spokesman", "spokeswoman", "spokesperson", "chancellor",
    "premier", "ambassador", "leader", "coordinator", "commissioner", "negotiator",
)  # fmt: skip
"""Nouns for a person by office: "the U.S. president said" names whoever the document
names with that title."""
_ACCORDING_ROLE = re.compile(
    r"\b[Aa]ccording to\s+(?:its|the|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?,\s+"
    r"(?P<who>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})"
)
"""A person named after the role "according to" gives first: "according to its governor,
Philip Pronin"."""
_ACCORDING_WORK = re.compile(
    r"\b[Aa]ccording to\s+(?:an?|the)\s+(?:(?:new|latest|recent|separate|independent)\s+)?"
    r"(?:analysis|report|tally|count|study|assessment|estimate|review|survey)"
    r"(?:\s+of\s+[^,.;()]+?)?\s+by\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w.&’'-]*){0,5})"
    r"(?:\s*\((?P<acr>[A-Z]{2,})\))?"
)
"""Whose work a figure comes from: "according to an analysis by The New York Times", "by
the Institute for the Study of War (ISW)"."""
_SOURCES_TOLD = re.compile(
    r"(?P<who>\b(?:[a-z]+\s+){0,2}sources)\s+told\s+(?P<rep>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)"
)
"""Unnamed sources and the outlet they spoke to: "industry sources told Kommersant"."""
_ACCORDING = re.compile(
    r"\b[Aa]ccording to\s+(?:the\s+)?(?P<who>[A-Z][^,.;:()“”\"]+?|(?:ministry|government|army|"
    r"military|agency|office|police|council|air force|institute|mission|"
    r"(?:city |local |regional )?officials)"
    r"(?:’s|'s)?(?:\s+statement)?)(?:’s|'s)?"
    r"(?:\s*\((?P<acr>[A-Z]{2,})\))?(?=\s*[,.;:“\"]|\s+(?:a|an|which|who)\s|$)"
)
"""A name after "according to" (a capital, so "according to this schedule" names no one),
or a body the text has named: "according to the ministry's statement"."""
_ACCORDING_TO_ROLE = re.compile(
    r"\b[Aa]ccording to\s+the\s+"
    rf"(?P<who>(?:(?:city|local|regional|deputy|prime|foreign|defence|defense)\s+)?(?:{'|'.join(ROLES)}))\b"
)
"""A role whose holder the text has named ("according to the mayor"): read after every other
form, so that a speaker the sentence names wins ("Mayor Andriy Sadovyi said ..., and 2
drones were downed, according to the mayor")."""
_SAME_WORK = (
    r"[Tt]he\s+same\s+(?:count|analysis|dataset|data|tally|figures|survey|report|review|"
    r"estimate|study|reckoning)\b"
)
_THE_SAME_WORK = re.compile(
    rf"\b(?:[Aa]ccording\s+to|[Bb]y)\s+{_SAME_WORK}(?=\s*[,.;])"
    rf"|^\s*(?:[A-Z][\w\s]{{0,30}}?,\s+)?{_SAME_WORK}(?=[^.;]*?\b(?:gave|gives|put|puts|shows?|"
    r"showed|found|finds|recorded|counted|suggests?|suggested|estimated?|estimates)\b)"
)
"""A work named before, pointing back to whose it is, as the sentence's subject or after
"according to": "The same count gave 449 square kilometres in May", "according to the same
analysis"; not an object ("Both sides cite the same figures, but ...", "The Kremlin gave
the same estimate")."""
THE_SAME_WORK = "the same work"
"""Who attribution() says a sentence pointing back to a work is by ("The same count gave
449 square kilometres in May"): whoever's work a sentence just before named."""


def work_of(sentence: str) -> str | None:
    """Who the sentence names as the owner of a work, a count or data ("according to an
    analysis by AFP", "ISW data show", "By DeepState's count", "the mission recorded"), or
    None: a later "the same count" is that owner's."""
    for pattern in (*_LEADING_WORKS, _WORK_OF, _RECORDED, _REPORTS_OF, _BY_ITS_COUNT, _ITS_COUNT):
        if (m := pattern.search(sentence)) is not None:
            named = m.groupdict()
            return next((named[g] for g in _OWNERS if named.get(g)), None)
    return None


_OWNERS = ("owned", "who", "tracked", "released", "arrived")
"""The groups of the work patterns that name a work's owner, the data's first."""


WHO_SPEAK = (
    r"officials|authorities|sources|residents|witnesses|analysts|experts|diplomats|doctors|"
    r"medics|rescuers|police|commanders|monitors|observers|researchers|investigators|"
    r"prosecutors|media|(?:media|press|news|shipping|local|state|intelligence)\s+reports"
)
"""People who speak as one, named in lower case with no name of their own: "regional
authorities", "media reports"."""
_A_BODY_NOUN = (
    r"administration|headquarters|ministry|council|commission|committee|agency|office|"
    r"mission|operator|company|utility|service|official|source"
)
"""A body or a person with no name: named in lower case only with what sets it apart
("the coordination headquarters", "an official briefed on the talks"), not alone ("the
company"), which the body named before may be."""
_MODIFIER = (
    r"(?!(?:by|from|of|in|at|with|for|on|to|the|an?|his|her|its|their|same|this|that|other|"
    r"another)\b)[a-z][\w’'-]*\s+"
)
"""A word that sets a body apart ("the coordination headquarters"): not a preposition that
makes it a work's ("a report by the office"), nor a word that points back ("his office",
"the same ministry")."""
_ACCORDING_PLAIN = re.compile(
    r"\b[Aa]ccording to\s+(?P<who>(?!(?:this|that|these|those|its|their|his|her|the\s+same)\b)"
    r"(?:(?:the|an?|one|two|some|several)\s+)?"
    rf"(?:{_MODIFIER}){{0,3}}?(?:{WHO_SPEAK})"
    rf"|(?:(?:the|an?|one)\s+)?(?:{_MODIFIER}){{1,3}}?(?:{_A_BODY_NOUN})"
    r"|(?:an?|one)\s+(?:official|source)\s+(?:briefed|familiar)\s+(?:on|with)\s+the\s+[a-z]+"
    r")"
    r"(?:\s+(?:quoted|cited)\s+(?:by|in)\s+(?P<rep>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*))?"
    r"(?=\s*[,.;:)]|\s*$)"
)
"""Whose a claim is, named in lower case after "according to" as people that speak, or as
a body or an official set apart by what the text says of it: "according to regional
authorities", "according to media reports", "according to the coordination headquarters",
"according to an official briefed on the talks", "according to analysts quoted in The New
York Times"; read after every other form. Not a document, a rule, a count with no owner or
a work ("the draft memorandum", "the latest figures", "a report by the office", "data from
the ministry"), a pronoun ("him"), a role the text may give several people ("a local
commander", "the city's mayor"), a body alone ("the company", which the body named before
may be), nor what points back ("the same analysis", "its governor")."""
_NO_ONE_NAMED = frozenset("Some Many Most Others Few Several All Everyone Nobody We".split())
"""Words that stand where a speaker would and name no one: "Some say ...", "Many said ...";
"We expect ..." is the document's own voice (its issuer's, where a heading names one)."""
_ACCORDING_TITLED = re.compile(
    r"\b[Aa]ccording to\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,4}"
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=\s*[,.;:)\]]|\s*$)"
)
"""A person after "according to" and a title in lower case: "according to intelligence chief
Kyrylo Budanov"."""
_BODY = (
    rf"(?:ministry|government|army|military|office|agency|police|service|staff|officials?|"
    rf"delegations?|analysts|operator|company|utility|headquarters|group|project|"
    rf"statement|report|force|intelligence|administration|command|mission|council|"
    rf"authorities|commission|committee|plant|institute|researchers|defences|defenses|"
    rf"{'|'.join(ROLES)})"
)
_SAID = re.compile(
    rf"(?P<who>{_NAME}(?:(?:’s|'s)\s+(?:[a-z]+\s+){{0,2}}{_BODY}|\s+\([A-Z][a-z]*[A-Z][A-Za-z]*\))?"
    rf"|[Tt]he\s+(?:[A-Za-z.’']+\s+){{0,3}}{_BODY}"
    rf"(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}|\s+in\s+{_NAME})?"
    rf"|(?:(?:[Cc]ity|[Ll]ocal|[Rr]egional|[Mm]ilitary|[Ss]enior|[Ww]estern|[A-Z][\w.’'-]*)\s+"
    rf"|(?:(?<=^)|(?<=[,;:(]\s)|(?<=\band\s)|(?<=\bthat\s)))(?:officials|authorities|"
    rf"(?:air\s+)?defen[cs]es)"
    rf"(?:\s+in\s+{_NAME})?"
    rf"|[Oo]ur\s+(?:reporter|correspondent)s?"
    rf"|[Aa]n?\s+(?:[A-Za-z.]+\s+){{0,2}}(?:official|spokesman|spokeswoman|diplomat|source|"
    rf"serviceman|servicewoman|soldier|commander|officer|witness|resident|milblogger|blogger|"
    rf"analyst|expert|journalist|correspondent)"
    rf"|{_NAME}\s+(?:defence\s+|defense\s+|military\s+)?intelligence"
    rf"|(?:{_NAME}\s+|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)?"
    rf"(?:(?:regional|local|city|military|state)\s+)?(?<![\w’'-])"
    rf"(?:[Pp]olice|[Rr]escuers|[Pp]rosecutors|[Ii]nvestigators|[Aa]nalysts|[Mm]edics|"
    rf"[Cc]ommanders|[Mm]ilbloggers|[Bb]loggers|[Ss]pokesmen|[Ss]pokespeople)"
    rf"(?:\s+in\s+(?:the\s+(?:capital|city|region)|{_NAME}))?"
    rf"|[Bb]oth\s+(?:governments|sides|countries|parties)"
    rf"|He|She|They|It)"
    rf"(?:,\s+(?:for\s+(?:their|his|her|its)\s+part|in\s+turn|for\s+(?:his|her|its)\s+side)\s*,)?"
    rf",?\s+(?:on\s+{_WEEKDAY}\s+)?(?:has\s+|have\s+|had\s+)?"
    rf"(?:(?:also|later|earlier|then|again|separately|previously|first|initially|since|"
    rf"at first|today|yesterday|tonight|already)\s+)?{_SPEECH}\b"
)
_OPENED_THEN_SAID = re.compile(
    r"^\s*(?:On|In|At|By|After|Before|During|Last|Later|Earlier|Then|Yesterday|Today|"
    r"Speaking|Asked|Separately|Meanwhile)\b[^.;:]{0,40}?,?\s+(?P<who>he|she)\s+"
    r"(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|wrote|writes|added|stated|"
    r"announced|insisted|noted|replied|explained)\b"
)
"""A person's pronoun that speaks after the sentence's opening phrase: "On Thursday he told
NBC News that ...", "In a post on X, she said ..."; only plain verbs of saying ("he claimed
the village" took it), not "they" (unnamed people, often), and last of all the patterns, so
that a counter named in the sentence ("by DeepState's count") wins."""
_THEY_REPORT = re.compile(
    r"(?P<who>(?:[A-Z][\w.’'-]*\s+)?(?:officials|authorities|analysts|researchers|"
    r"investigators|prosecutors|rescuers|monitors))"
    r"\s+(?:also\s+|now\s+)?(?:report|estimate|confirm|warn|claim|allege|assess|count|put)\b"
)
"""A plural body with a verb of speech in the present ("Ukrainian authorities report more
than 1,500 weapons", "EU officials estimate"): not a noun after it, as it may be elsewhere."""
_SAID_PAST_ASIDE = re.compile(
    rf"(?P<who>{_NAME}),\s+(?:who|which|speaking|writing|talking|addressing|appearing|"
    rf"visiting|standing|asked|answering|responding|replying|leaving|arriving|travelling|"
    rf"traveling)\b[^,]{{3,120}},\s+"
    rf"(?:(?:also|later|earlier|then|again)\s+)?{_SPEECH}\b"
)
""""Emmanuel Macron, who held talks with Trump on Monday, later told Fox News", "Donald
Trump, speaking at the White House before leaving for Saudi Arabia, said": the name before
the aside speaks, not a name at its end."""
_NAMED_BEFORE = re.compile(r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),\s*$")
"""A name just before a role in apposition: "Yurii Ihnat, the Air Force spokesman"."""
_PUT_AT = re.compile(
    rf"(?P<who>{_NAME}(?:(?:’s|'s)\s+(?:[A-Za-z]+\s+){{0,3}}{_BODY}|\s+{_BODY})?"
    rf"|[Tt]he\s+{_BODY}|\b(?:He|She|They|It|he|she|they|it))"
    rf"(?:\s+in\s+{_NAME})?"
    r"(?:\s*\([A-Z]{2,}\))?"  # "The Institute for the Study of War (ISW), a ... think tank, put"
    r"(?:,\s+(?P<also>[^,]{3,80}),)?"  # "DeepState, a mapping project close to the army, puts"
    r"(?:\s+(?:has|have|had))?(?:\s+(?:since|now|also|already|earlier|later))?"
    r"\s+puts?\s+(?:the|its|their|his|her|[\w’'.]+)(?:\s+[\w’' .,-]{1,120}?)?,?\s+at\b"
)
""""The Emergency Service put the number of injured at 93", "South Korean intelligence puts
the contingent at around 11,000": a count given by its source."""
_RAISED = re.compile(
    rf"(?P<who>(?:{_NAME}\s+)?(?:[Pp]olice|[Oo]fficials|[Aa]uthorities|[Rr]escuers)|{_NAME}"
    rf"(?:(?:’s|'s)\s+(?:[a-z]+\s+){{0,2}}{_BODY})?|[Tt]he\s+{_BODY})"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:raised|revised|lowered|updated|put|gave)\s+"
    r"(?:the|its|their|an?|[\w’']+)\s+(?:[\w’'-]+\s+){0,3}(?:toll|count|tally|figure)\b"
)
""""Kyiv police have raised the capital's toll to two dead": a count revised by its source."""
_WORK_OF = re.compile(
    rf"^(?:(?:An?|The)\s+(?:[a-z]+\s+){{0,2}}(?:tally|count|update|estimate|report|figures?)\s+"
    rf"(?:from|by)\s+(?:the\s+)?(?P<who>{_NAME})"
    rf"|(?P<its>Its|Their)\s+(?:[a-z]+\s+){{0,2}}(?:tally|count|update|estimate|report|figures?|"
    rf"analysis|review|study|data|series)\b[^.;]{{0,120}}?\s+"
    rf"(?:gave|gives|put|puts|showed|shows|said|says|found|finds))"
)
""""A first official tally from the Prosecutor General's Office puts ...", "Its previous
update gave ...": whose count it is."""
_AN_ORGANISATION = (
    r"(?!(?:New|Latest|Preliminary|Recent|Official|Final|Fresh|Updated|Early|Initial|In|On|At|"
    r"By|For|From|After|Before|During|Since|Last|This)\b)"
    r"(?:[A-Z][a-z]+[A-Z]\w*"
    r"|(?:[A-Z][\w’'.-]*\s+)*(?:(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*\s+)*"
    r"(?:Institute|Agency|Ministry|Office|Service|Mission|Centre|Center|Council|Committee|"
    r"Commission|Forum|Group|Project|Tracker|Monitor|Fund|Programme|Program|Organi[sz]ation|"
    r"Staff|Force|Forces|Bureau|Directorate|Administration|Headquarters|Guard)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*)"
)
"""An organisation's name as it owns data, at the head of its sentence (_SHOWS): a name in
mixed case ("DeepState"), or capitalised words with a body's noun ("Kiel Institute",
"Institute for the Study of War"); not any capitalised word that opens a sentence
("Official", "January", "In October"), an acronym of a measure ("GDP", "AIS"), an adjective
before the name ("New Kiel Institute data"), nor a bank, whose name `extract` reads as
"Bank". Data a speaker cites ("Putin said Central Bank data show") are the speaker's."""
_SHOWS = re.compile(
    rf"(?P<who>{_NAME}|[Tt]he\s+{_BODY})(?:’s|'s|(?<=s)['’])\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:analysis|reading|review|tally|count|study|assessment|survey|calculations?|series|data)"
    r"(?:\s+of\s+[^.;]{0,80}?)?\s+(?:shows|showed|show|finds|found|suggests|suggested|suggest|"
    r"indicates|indicated|indicate)\b"
    rf"|^\s*(?:(?:But|Yet|And|Still|Meanwhile|However|Now),?\s+)?"
    rf"(?P<owned>{_AN_ORGANISATION})\s+(?:data|figures|statistics)(?:,\s+(?:analysed|analyzed|compiled)\s+"
    rf"by\s+(?P<analyst>{_NAME}),)?\s+(?:shows?|showed|suggests?|suggested|indicates?|indicated)\b"
    rf"|(?:is|are|was|were)\s+(?:tracked|counted|recorded|monitored|compiled|documented)\s+by\s+"
    rf"(?:the\s+)?(?P<tracked>{_NAME}(?:\s+in\s+{_NAME})?)"
    rf"|(?P<arrived>{_NAME})\s+(?:arrived|arrives)\s+at\s+(?:[a-z]+\s+){{0,2}}\d"
    rf"|(?P<released>{_NAME})\s+(?:released|published|issued|presented)\s+(?:a|an|its|the)\s+"
    r"(?:[a-z]+\s+){0,2}(?:survey|poll|report|study|analysis|assessment|data)\b"
)
""""AFP's analysis of ISW data shows ...", "the Kyiv Independent arrived at 6,129": whose
work the figure is."""


_GOES_ON_SAYING = re.compile(
    rf"^\s*(?!(?:It|He|She|They|We)\b)(?P<who>{_NAME}|[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}{_BODY})\s+"
    rf"(?:went on|continued|listed|gave the figures|{_SPEECH})\s*:\s+\S"
)
"""A sentence that opens with someone named going on to speak, and a colon ("Smirnov went
on: 121,000 people have left"): what follows, to the end of the paragraph, is that one's. Not
a pronoun ("It added:"), which the pronoun rules read, and which must not lead a paragraph."""


def opens_a_saying(sentence: str) -> bool:
    """Whether the sentence opens with someone going on to speak and a colon: its
    paragraph's sentences after it that name no source are that one's."""
    return _GOES_ON_SAYING.match(sentence) is not None


def shows_whose_work(sentence: str) -> bool:
    """Whether the sentence reports an analysis, a tally or data by its author ("AFP's
    analysis of ISW data shows", "the Kyiv Independent arrived at"): what its paragraph
    goes on to count is that work's too."""
    return any(p.search(sentence) is not None for p in _LEADING_WORKS)


_FOUND = re.compile(rf",\s+(?P<who>{_NAME})\s+found\.?$|(?P<that>{_NAME})\s+found\s+that\b")
"""What an analysis found: "..., AFP found.", "AFP found that ..." (not "Rescuers found 28
bodies")."""
BRACKET_CREDIT = re.compile(
    r"[(\[](?P<who>[^()\[\]\d]{2,80}?)(?P<dated>,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}"
    r"|(?:update|report|statement|briefing)\s+of\s+[^()\[\]]{3,30}))?[)\]]\s*\.?\s*$"
)
"""A fact sheet's line that credits its source in closing brackets: "... over 8,000 (regional
governor)", "... (Foreign Minister Margus Tsahkna)", and in square ones with the day it said
so: "... roughly 60 missiles [Zelensky, 14 April]", "[DeepState, 1 April]"."""
_RECORDED = re.compile(
    rf"(?P<who>\b[A-Z]{{2,}}|{_NAME}\s+(?:Mission|Institute|Office|Ministry|Service|Agency|"
    rf"Tracker|Monitor|Centre|Center|Council|Commission|Staff)(?:\s+in\s+{_NAME})?"
    rf"|[Tt]he\s+(?:[\w’'-]+\s+){{0,4}}(?i:mission|monitors|institute|tracker|researchers|"
    rf"analysts|administration|{_BODY})|\bit)"
    rf"\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:verified|recorded|documented|logged|registered|counted|tallied)\b"
)
""""The HRMMU verified 232 deaths", "the mission recorded 818", "it logged 4,381": a body
that counts, giving its own count (not a country: "Spain has recorded no new aid")."""
_COUNT_BY = re.compile(
    r"\b[Aa]n?\s+(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+(?:count|tally|analysis|review|estimate)\b"
)
""""An AFP count put July's total at 6,297", "a Reuters tally": the body that counted."""
_REPORTS_OF = re.compile(
    r"\b(?:reports?|data|figures|count|tally|statistics|estimates?)\s+of\s+"
    r"(?P<who>[A-Z][\w’'.-]*(?:(?:’s|'s)?\s+[\w’'.-]+){0,3}?)\s+"
    r"(?:give|gives|gave|show|shows|showed|put|puts|suggest|suggests)\b"
)
""""The daily reports of Ukraine's general staff give 35,140 killed": whose reports."""
_BY_COUNT_OF = re.compile(
    r"\b[Bb]y\s+(?:the\s+)?(?:count|tally|reckoning|estimate|figures?)\s+of\s+(?:the\s+)?"
    r"(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?)(?=,)"
)
""""By the count of Britain's defence ministry, Russian forces took 143 sq km": whose count."""
_LEADING_WORKS = (_SHOWS, _ACCORDING_WORK, _COUNT_BY, _BY_COUNT_OF)
"""The forms that name an analysis, a tally or data by its author, whose paragraph goes on
with that work (shows_whose_work); work_of reads these and the counts of one sentence."""
_BY_ITS_COUNT = re.compile(
    rf"\b[Bb]y\s+(?P<who>{_NAME})(?:’s|'s)\s+(?:own\s+)?(?:count|tally|reckoning|estimates?|"
    r"figures|data)\b"
)
""""by DeepState's count, Russia took 1,548 sq km": whose count."""
_ITS_COUNT = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:[A-Z][a-z]+\s+)?"
    rf"(?P<who>[A-Z]{{2,}}|[A-Z][a-z]+[A-Z]\w*|(?:[A-Z][\w.-]*\s+){{0,5}}{_BODY})(?:’s|'s)\s+(?:own\s+)?"
    r"(?:(?-i:[a-z]+)\s+){0,2}?(?:count|tally|total|estimate|figures?|data|reckoning)\b"
    r"(?=[^.;]*?\b(?:is|was|were|are|stood|stands|came|comes|put|puts|gives|gave|showed|shows|"
    r"reached|rose|fell)\b)(?![^.;]*?\b(?:disputed|contested|questioned|rejected|challenged|denied)\b)"
)
"""Whose count opens the sentence: "ISW's own estimate is lower still: 203 sq km", "AFP's
total for 2023 was 584 square kilometres", a body's or an acronym's, not a country's ("Russia's
total for June", what was counted) nor one the sentence only names ("a rival to ISW's
estimate")."""
_PUT_FORWARD = re.compile(
    rf"(?P<who>{_NAME})(?<!Plan)(?<!Plans)(?<!Agreement)(?<!Agreements)(?<!Accords)(?<!Accord)"
    r"(?<!Communique)(?<!Communiqué)(?<!Declaration)(?<!Draft)(?<!Framework)(?<!Treaty)"
    r"(?<!Memorandum)(?<!Resolution)(?<!Bill)(?<!Law)(?<!Package)(?<!Proposal)"
    r"(?<!Formula)(?<!Roadmap)(?<!Initiative)(?<!Strategy)(?<!Charter)(?<!Statement)(?<!Report)"
    r"\s+(?:has\s+|had\s+)?(?:proposed|proposes|unveiled|unveils|floated|floats|"
    r"(?:blamed|blames)(?!\s+(?:each\s+other|one\s+another)\b)|accuses|insists|suspects|"
    r"calls(?=\s+(?:the|it|him|her|them|this|that|his|their|its)\b)|"
    r"(?:compared|likened)(?=\s+(?:the|it|him|her|them|his|their|its)\b[^.;]{0,60}?\s+to\s))\b"
)
"""Who put a proposal, a blame, a charge or a likeness forward is its source ("Zelensky
proposed on April 20 that both sides refrain from strikes", "Russia accuses Ukraine of 30
attacks", "Trump likened the war to two boys fighting"), unless the sentence names a speaker
("Kyiv proposed meeting again, he said"): read after every verb of saying. Not a document
("The 28-Point Plan proposed a cap"), nor blame each side puts on the other; and not a
denial, whose figure is not the denier's ("The Kremlin denies that 1,000 troops died")."""
_QUOTED_BY = re.compile(
    r"(?P<who>\b(?:(?:[A-Z][a-z]+|military|independent|western|senior|security|defence|"
    r"defense|foreign|intelligence)\s+)?(?i:analysts|experts|officials|sources|diplomats|"
    rf"researchers))\s+quoted\s+by\s+(?P<rep>{_NAME})"
)
""""Analysts quoted by The New York Times expect ...": the analysts, as the paper relays them."""
_SAYING = re.compile(
    rf"^(?:(?:On|In|Last|This|Late|Early)\s+\w+,?\s+)?"
    rf"(?P<who>{_NAME}|[Tt]he\s+(?:[A-Za-z.’']+\s+){{0,3}}{_BODY})"
    r"\s+[a-z]+(?:\s+[\w’'-]+){0,12},\s+saying\b"
)
""""Trump criticised Putin, saying ...": what follows is said by the sentence's subject."""
_DEFENDED = re.compile(
    r"^\s*(?:[-•*–]\s+)?(?:[Tt]he\s+)?(?P<who>It|(?:[A-Z][\w’']*\s+){0,2}(?:Air Force|air force|"
    r"Air Defen[cs]e Forces|Navy))\s+(?:had\s+)?(?:shot down|downed|destroyed|intercepted|"
    r"suppressed|neutrali[sz]ed)\b"
)
"""A force that opens the sentence with what it shot down reports its own count: "The Air
Force shot down or suppressed 35", "It shot down 59 missiles" (the force last named)."""
_DEFENCES_DOWNED = re.compile(
    r"^\s*(?:[-•*–]\s+)?(?:[Tt]he\s+)?[Aa]ir\s+defen[cs]es\s+(?:had\s+)?(?:shot down|downed|"
    r"destroyed|intercepted)\b"
)
"""A count of what "air defences" shot down, with no force named: the force last named
reports it ("Russia launched 133 drones, the air force said. Air defences downed 98")."""
_REPORTED_BY = re.compile(
    rf"\b(?:first\s+)?(?:reported|published|disclosed|revealed)\s+by\s+(?:the\s+)?"
    rf"(?P<who>(?:[A-Z][\w.]*\s+)?media|{_NAME})"
)
""""first reported by US media", "published by the Kyiv Independent": who made it known."""
_LISTED = re.compile(r"^[-•*–]?\s*(?P<lead>[^:]{3,90}?):\s+\S")
"""A fact sheet's line "Source, date: claim" ("Human rights ombudsman Dmytro Lubinets, 2 July
2025: up to 1.5 million children ..."): the source is its lead, when the lead names one."""
_RUNS_ON = re.compile(rf"\s+(?:[a-z]+ed|{_SPEECH}|went|made|gave|took|told)\b")
"""A verb right after a lead's name ("The Kremlin dismissed the package:"): a sentence that
runs into a colon, not a line's source ("World Bank assessment:", "Air Force on Telegram:")."""
_SOURCE_WORDS = re.compile(
    r"\b(?:database|court|assembly|ministry|office|sources|ombudsman|agency|service|"
    r"commission|council|committee|institute|mission|tracker|platform)\b",
    re.I,
)
_TIME_FIRST = re.compile(
    rf"^(?:(?:On|Last|This|Late|Early|Next)\s+)?(?:{_WEEKDAY}|Yesterday|Today)\s+"
)
"""A day at the head of a sentence, before the name that a name pattern took with it."""
_ISSUED_BY = re.compile(
    rf"\b[Tt]he\s+(?:report|statement|assessment|analysis|update)\s+(?:by|from|of)\s+(?:the\s+)?"
    rf"(?P<who>{_NAME})"
)
""""The report by the UN mission said": the body that issued it."""
_STATEMENT_READ = re.compile(r"\b(?P<who>[Tt]he\s+(?:statement|report))\s+(?:read|says|said)\b")
""""The statement read that ...": the body last named, which issued it."""
_SAID_APPOSITIVE = re.compile(
    rf"(?P<who>{_NAME}),\s+(?P<also>[^,]{{3,160}}),\s+(?:has\s+|have\s+|had\s+)?{_SPEECH}\b"
)
_ASIDE_START = re.compile(
    r"(?:who|which|speaking|writing|talking|addressing|appearing|visiting|standing|asked|"
    r"answering|responding|replying|leaving|arriving|travelling|traveling|after|before|while|"
    r"during)\b"
)
"""How an aside on what someone did opens, unlike one that says who they are."""
_PERSON_NAMED = re.compile(r"[A-Z](?:[^\W\d_A-Z]|[’'-])+(?:\s+[A-Z](?:[^\W\d_A-Z]|[’'-])+){1,2}")
"""A person's name and nothing else, its letters accented or not: "Valery Gerasimov",
"Katarína Mathernová"."""
_SAID_AFTER = re.compile(rf"\b(?:said|says|added|wrote)\s+(?P<who>{_NAME})(?=[.,]|\s*$)")
_IT_ADDED = re.compile(
    rf",(?:[”\"]\s+(?=(?:it|he|she)\b)|\s+)(?P<who>it|he|she|they)\s+{_SPEECH}\b(?=\.?$|[,;]|\s+[a-z])"
)
"""A "…, it added.": the body or person last named; also within the sentence ("…, he said,
and in places ...", "…, he told national television") or after a quotation ("“…,” he
said")."""
_QUOTED = re.compile(
    rf"(?:news agency\s+)?(?P<rep>{_NAME})\s+quoted\s+(?P<who>{_NAME})\s+as saying"
)
_CREDIT = re.compile(r"\((?P<who>[A-Z][^()]*?)\s+via\s+(?P<rep>[A-Z][\w.]*)\)")

_PARTY = re.compile(
    r"\b(?:Russia|Ukraine|United States|U\.?S\.?|America|Kyiv|Kiev|Moscow|Washington|Kremlin|"
    r"Europe|European Union|EU|NATO|delegation|team|side|sides|negotiators|forces|troops|plan|"
    r"proposal|blueprint|draft|deal|agreement)\b"
)
_MOVE = re.compile(
    r"\b(?:propos\w*|pushed|push(?:es)?|demand\w*|insist\w*|reject\w*|refus\w*|agree[sd]?|"
    r"accept\w*|offer\w*|includ\w*|represent\w*|led|withdraw\w*|exit|relinquish\w*|"
    r"hand over|cede\w*|freeze|annex\w*|occup\w*|outlines?|marks? a shift|calls? for|seeks?|"
    r"wants?)\b",
    re.I,
)


def _unstopped(name: str) -> str:
    """A name without the full stop that ends its sentence ("Kommersant."), but an
    initial's ("the U.S.")."""
    return name if re.search(r"\b[A-Z]\.$", name) else name.removesuffix(".")


def attribution(sentence: str) -> tuple[str, str] | None:
    """(who asserts, who relayed it) as the sentence names them, or None.

    "news agency AP quoted Zelenskyy as saying", "(Police Press Service via AP)", "according
    to X", "X said", "X, the chief negotiator, said", "said X", "…, it added".
    """
    # The words of a quotation are not who says them: in "“What Putin says is ...", the
    # speaker is whom the quotation's close names.
    if sentence.lstrip().startswith("“") and "”" not in sentence:
        return None
    if m := _QUOTED.search(sentence):
        return m["who"], m["rep"]
    if m := _QUOTED_BY.search(sentence):
        return m["who"], m["rep"].removesuffix(".")
    if m := _CREDIT.search(sentence):
        return m["who"], m["rep"]
    if m := _ACCORDING_ROLE.search(sentence):
        return m["who"], ""  # "according to its governor, Philip Pronin"
    if m := _ACCORDING_WORK.search(sentence):
        who = _unstopped(m["who"])  # "according to an analysis by The New York Times"
        if re.match(r"\s+(?:data|figures|maps?)\b", sentence[m.end("who") :]):
            # "an analysis by Agence France-Presse of ISW data": the data are another's
            who = re.sub(r"\s+of\s+.*$", "", who)
        return (f"{who} ({m['acr']})" if m["acr"] else who), ""
    if m := _SOURCES_TOLD.search(sentence):
        return m["who"], _unstopped(m["rep"])  # "industry sources told Kommersant"
    if m := _ACCORDING.search(sentence):
        return (f"{m['who']} ({m['acr']})" if m["acr"] else m["who"]), ""
    if m := _ACCORDING_TITLED.search(sentence):
        return m["who"], ""
    if (bracketed := _bracket_source(sentence)) is not None:
        return bracketed, ""
    if (listed := _listed(sentence)) is not None:
        return listed, ""
    if (work := _WORK_OF.search(sentence)) is not None:
        return ("it" if work["its"] else work["who"]), ""
    if (found := _FOUND.search(sentence)) is not None:
        return found["who"] or found["that"], ""
    if (shown := _SHOWS.search(sentence)) is not None:
        if shown["owned"]:  # "Institute for the Study of War data, analysed by AFP, show"
            return shown["owned"], shown["analyst"] or ""
        who = shown["who"] or shown["arrived"] or shown["released"] or shown["tracked"]
        return who.removesuffix("."), ""  # "... is tracked by the UN mission in Ukraine."
    credit = BRACKET_CREDIT.search(sentence)
    if credit and re.search(rf"\b(?:{'|'.join(ROLES)}|military|police|ministry|officials?)\b|"
                            rf"^{_PERSON_NAMED.pattern}$", credit["who"], re.I):  # fmt: skip
        return credit["who"], ""
    outside = unquoted(sentence)
    patterns = (
        _GOES_ON_SAYING, _ISSUED_BY, _STATEMENT_READ, _PUT_AT, _SAID_APPOSITIVE,
        _SAID_PAST_ASIDE, _SAID, _THEY_REPORT, _SAID_AFTER,
    )  # fmt: skip
    for pattern in (*patterns, _IT_ADDED, _RAISED, _RECORDED, _COUNT_BY, _BY_COUNT_OF,
                    _BY_ITS_COUNT, _ITS_COUNT, _REPORTS_OF, _SAYING, _REPORTED_BY, _DEFENDED,
                    _OPENED_THEN_SAID, _PUT_FORWARD):  # fmt: skip
        # "“What Putin says is nonsense,” she said": who the quoted words name says nothing
        spoken = (hit for hit in pattern.finditer(sentence) if outside[hit.start("who")] != " ")
        if m := next(spoken, None):
            who = _TIME_FIRST.sub("", m["who"].removesuffix("."))  # "said The Associated Press."
            if re.fullmatch(rf"(?:(?:On|In|By|Last|This)\s+)?(?:{_WEEKDAY}|{_MONTH})", who):
                continue  # "published on Friday, counted 6,297", "On Monday he ...": a day
            if who in _NO_ONE_NAMED:
                continue  # "Some say the war will end": no one in particular
            named = _NAMED_BEFORE.search(sentence[: m.start()])
            apposed = sentence[m.end("who") : m.end("who") + 1] == ","
            if named and apposed and re.match(r"[Tt]he\s", who):
                return named["who"], ""  # "Yurii Ihnat, the Air Force spokesman, said"
            if (
                (also := m.groupdict().get("also"))
                and not _PERSON_NAMED.fullmatch(who)  # "Yuri Ushakov, an aide to Putin,"
                # "Donald Trump, speaking at the White House before leaving for Saudi
                # Arabia,": an aside on what the one named did, not who he is
                and not _ASIDE_START.match(also)
                and (person := re.search(rf"{_PERSON_NAMED.pattern}$", also))
            ):
                # "Russia's Chief of the General Staff, Valery Gerasimov,"; "Washington's
                # envoy for Ukraine, retired general Keith Kellogg,"
                return person[0], ""
            return re.sub(r"^(?:Its|His|Her|Their)\s+", "", who), ""
    if _THE_SAME_WORK.search(sentence) is not None:
        return THE_SAME_WORK, ""  # "The same count gave 449 square kilometres in May"
    if (role := _ACCORDING_TO_ROLE.search(sentence)) is not None:
        return role["who"], ""
    if (plain := _ACCORDING_PLAIN.search(sentence)) is not None:
        return plain["who"], plain["rep"] or ""
    if _DEFENCES_DOWNED.match(sentence):
        return "it", ""  # "Air defences downed 98 of the drones": the force last named
    return None


_CREDITED_FIRST = re.compile(
    r"(?P<who>[A-Z]{2,6}|[A-Z][a-z’'-]+(?:\s+(?!(?:Oblast|Region|Province|City|District)\b)"
    r"[A-Z][a-z’'-]+){1,2}"
    r"|(?:[A-Z][\w’'-]*\s+){1,6}(?:Plan|Report|Survey|Briefing|Office|Mission|Council|"
    r"Commission|Agency|Programme|Program|Monitor|Tracker))(?=,|$)"
)
"""Whose a fact sheet's line is, in its closing brackets: an acronym ("OHCHR", "UN"), a
person's name ("Filippo Grandi, UN High Commissioner for Refugees"), or a named plan,
report or body ("Humanitarian Needs and Response Plan"), before any comma."""


_NOT_CREDITS = frozenset("USD EUR UAH RUB GBP KIA WIA MIA POW POWS".split())
"""Acronyms in brackets that are no one's credit: currencies, the dead, wounded or missing."""


def _bracket_source(sentence: str) -> str | None:
    """The source a line credits in closing brackets ("... 1,833 children (OHCHR).",
    "(OHCHR, per DiCarlo)"); None when the brackets hold no such name ("(Russian-occupied)"),
    a currency ("(USD)"), or the acronym of the name before them ("the European Union
    (EU)")."""
    credit = BRACKET_CREDIT.search(sentence)
    if credit is None:
        return None
    if credit["dated"] and re.fullmatch(r"(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*", credit["who"]):
        return credit["who"]  # "[Zelensky, 14 April]": a name, and the day it said so
    if re.search(r"[A-Z][\w’'-]*\s*$", sentence[: credit.start()]):
        return None  # "the European Union (EU)": the name's own acronym, not a credit
    first = _CREDITED_FIRST.match(credit["who"].strip())
    return first["who"] if first is not None and first["who"] not in _NOT_CREDITS else None


def _listed(sentence: str) -> str | None:
    """The source a fact sheet's line names before its colon ("International Criminal Court,
    17 March 2023: arrest warrants ..."; "Bring Kids Back UA, per ombudsman Lubinets: ..." is
    Lubinets'), or None when the lead names none ("Killed between 24 February 2022 and 27
    October 2025: 661 children")."""
    m = _LISTED.match(sentence)
    if m is None:
        return None
    lead = m["lead"]
    if len(lead.split(",")[0].split()) > 6:
        return None  # a sentence that runs into a colon, not a line that names its source
    if per := re.search(rf"\bper\s+(?:[a-z]+\s+)*(?P<who>{_NAME})", lead):
        return per["who"]
    first = re.split(r",\s*", lead, maxsplit=1)[0]
    if re.search(r"\d", first):
        return None  # a period or a count, not a source
    named = re.search(
        r"(?:[A-Z][\w.’'-]*|“[^”]+”|\"[^\"]+\")(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w.’'-]*){1,6}",
        first,
    )
    if named is None and _SOURCE_WORDS.search(first) is None:
        return None
    if named is not None and _RUNS_ON.match(first[named.end() :]):
        return None  # "The Kremlin dismissed the package: ...": a sentence, not a source line
    # "Human rights ombudsman Dmytro Lubinets": the person the office is held by.
    if person := re.search(r"\b[a-z]+\s+(?P<who>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+)$", first):
        return person["who"]
    return re.sub(r"^(?:[a-z]+\s+)+", "", first).strip() or None


def party_move(sentence: str) -> bool:
    """Whether a party does or wants something, with no number, date or source to flag it:
    "The United States has pushed for a compromise", "The Russian team included …"."""
    return _PARTY.search(sentence) is not None and _MOVE.search(sentence) is not None
