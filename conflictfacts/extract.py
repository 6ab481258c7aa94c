"""Turn a document's sentences into candidate facts, each with its source, kind, subject and id."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from conflictfacts.dates import date_line, parse_day, parse_span
from conflictfacts.errors import UsageError
from conflictfacts.findings import (
    BRACKET_CREDIT,
    LIMIT,
    MONTHS,
    ROLES,
    THE_SAME_WORK,
    WEEKDAYS,
    WHO_SPEAK,
    Quantity,
    When,
    attribution,
    clauses,
    counted_again,
    counted_over,
    dates,
    day_shift,
    lasted_until_now,
    opens_a_saying,
    ordinal,
    party_move,
    past_tense,
    perfect,
    planned,
    present_tense,
    quantities,
    reported,
    row_figures,
    sentences,
    shifted_basis,
    shows_whose_work,
    sources_column,
    speech_before,
    table_cells,
    unquoted,
    window,
    without_asides,
    work_of,
)
from conflictfacts.models import ID_PATTERN, Document, Fact, Kind, Source, SourceKind
from conflictfacts.names import nationalities, people
from conflictfacts.text import NUMBER_WORDS, STOPWORDS, fold, key, words

UNATTRIBUTED = Source(
    "Unattributed",
    "The document itself, naming no source",
    SourceKind.DOCUMENT,
    ("Document", "No source"),
    "Claims the document makes in its own voice.",
)

_KINDS: list[tuple[Kind, str]] = [
    (Kind.TERRITORY, r"controls?|occup\w+|holds|captured|seized|territor\w*"),
    (Kind.RESOURCES, r"reserves|fields|deposits|farmland|minerals?|coal|gas|oil|grain|water"),
    (Kind.DEADLINE, r"deadline|by (?:the end of )?(?:" + "|".join(MONTHS) + r")|until"),
    (Kind.NARRATIVE, r"narrative|historically|propaganda"),
    (Kind.POSITION, r"demand\w*|press\w* \w+ to|insist\w*|refus\w*|reject\w*|never accept|"
                    r"accept\w*|propos\w*|willing|pushed for|condition"),
    (Kind.DIPLOMACY, r"talks|round|summit|negotiat\w*|trilateral|meeting|exchange|swap|"
                     r"ceasefire|delegation|envoy"),
    (Kind.EVENT, r"shell\w*|attack\w*|strikes?|killed|wounded|evacuat\w*|explosion|destroyed"),
]  # fmt: skip
"""The first kind whose words a sentence has is the kind suggested for it, in this order."""

_TITLES = frozenset(
    "lady first "
    "president prime minister foreign defence defense secretary spokesman spokeswoman us u.s usa "
    "ukrainian russian american former mr mrs ms gen general chancellor chief commander envoy "
    "special white house kremlin head deputy senior official negotiator the".split()
)
"""Words before a person's name that are not the name: "US President Donald Trump"."""
_NATIONS = frozenset("usa us u.s american ukrainian russian".split())
"""Title words that say whose leader: "the Ukrainian leader" is who was named "Ukrainian
President ..."."""
_PRONOUNS = frozenset({"he", "she", "they", "it"})
_GENERIC = frozenset({"ministry", "government", "army", "military", "agency", "office", "police",
                      "council", "mission", "institute", "project", "monitor", "tracker",
                      "commission", "service", "operator", "company"})  # fmt: skip
"""Nouns that, alone, point back to the body last named with them: "the ministry said", "the
mission counted"."""
_GOVERNMENT_WORDS = (
    r"ministry|government|army|military|police|office|staff|kremlin|white house|council|"
    r"air force|navy|guard|service|headquarters"
)
_THINK_TANK_WORDS = r"institute|centre|center|think|foundation|university"
_BODY_WORDS = re.compile(
    rf"\b(?:{_GOVERNMENT_WORDS}|{_THINK_TANK_WORDS}|agency|news|times|post|journal|press|"
    r"service|forces|command|administration|committee|commission|parliament|presidency|"
    r"mission|monitor|tracker|project|bureau|directorate)\b"
)
"""Words that make a name an organisation's, not a person's (whose titles may be dropped)."""


@dataclass
class Extraction:
    """What extract proposes: candidate facts, and the sources they name."""

    facts: list[Fact] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    already_cited: int = 0
    """Candidates left out because a loaded table already quotes their text."""
    document: Document | None = None
    """The [[document]] entry for the document read: its file name, date and hash; the
    rest (title, publisher, author, address, language) is the reviewer's to fill in."""
    checks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For each candidate's id, the fields it has by inference, not as the text states
    them, each with its reason ("date: the Thursday on or before ..."): where a reviewer
    looks first."""


_TIME_UNITS = frozenset("day days week weeks month months year years hour hours".split())


def _without_periods_counted(facts: list[Fact]) -> list[Fact]:
    """The candidates less each length of time that quotes the same words as a figure of
    something else: in "losses over seven months ... at roughly 54,900" and "205 injured in
    five days", the months and days are the period the figure is counted over, not a claim
    of their own."""
    other = {(f.start, f.end) for f in facts if f.value is not None and f.unit not in _TIME_UNITS}
    return [f for f in facts if not (f.unit in _TIME_UNITS and (f.start, f.end) in other)]


def document_date(text: str, given: str | None) -> tuple[date, int]:
    """The document's date (`given`, else its first line) and where its body begins.

    UsageError when neither gives a real date: relative dates cannot be resolved without one.
    """
    header = date_line(text)
    if given is None:
        if header.error:
            raise UsageError(f"the document's first line: {header.error}; fix it or give --date")
        if header.day is None:
            raise UsageError("the document has no ' date YYYY-MM-DD' first line: give --date")
        return header.day, header.end
    try:
        return parse_day(given), header.end
    except ValueError as error:
        raise UsageError(f"--date: {error}") from None


_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_A_DAY_OF_A_MONTH = rf"(?i:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}))"
_HEADING = re.compile(
    rf"(?:(?:{_WEEKDAY}),?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})"
    rf"|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?P<year>\d{4}))?\.?\s*(?:\([^()]*\))?\s*",
    re.I,
)
"""A line that is only a day ("Saturday, 16 August (times in Kyiv)", "January 23, 2026"):
a live blog's heading for the entries under it."""


def day_headings(text: str, begin: int, day: date) -> list[tuple[int, date]]:
    """(offset, day) of each line of text[begin:] that is a day's heading, in order. A
    heading without a year takes the document's, or the year before when it would fall
    more than a week after the document's date (a January page's "30 December"; a blog
    dated by its first day runs on into the next)."""
    found = []
    for line in re.finditer(r"[^\n]+", text[begin:]):
        heading = _HEADING.fullmatch(line[0])
        if heading is None:
            continue
        month = MONTHS[(heading["month"] or heading["month2"]).lower()]
        number = int(heading["day"] or heading["day2"])
        year = int(heading["year"]) if heading["year"] else day.year
        try:
            when = date(year, month, number)
            if not heading["year"] and (when - day).days > _BLOG_RUNS_ON:
                when = date(year - 1, month, number)
        except ValueError:
            continue
        found.append((begin + line.start(), when))
    return found


_BLOG_RUNS_ON = 7
"""Days a live blog, dated by its first day, may run on past it."""

_BACK_TO_IT = re.compile(
    r"(?:It|They|The\s+(?:attack|strike|strikes|raid|barrage|assault|blast|explosion|fire|"
    r"shelling|bombardment))\s+(?:had\s+)?[a-z]+ed\b"
)
"""A sentence that goes on about the event just named, in the past: "It killed 26 people",
"The strike wounded 93"."""
_ENTRY_TIME = re.compile(r"(?m)^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
"""The time a live blog's entry was written, at the start of its line: "21:05", "09.35"."""
_THE_NIGHT = re.compile(
    r"\b(?:overnight|last night(?!['’]s)|(?:in|during) the night)\b(?!\s+(?:attacks?|raids?)\s"
    r"+(?:are|have|were)\b)",
    re.I,
)
"""Words that tell of the night into the day an entry is written; not "last night's attack",
an event named to tell of another, nor "overnight attacks are now routine"."""
_BY_DAY = re.compile(
    r"\b(?:during the day|this (?:morning|afternoon|evening)|today|tonight|by (?:the )?"
    r"(?:evening|afternoon))\b|\b(?:not|never|cannot|can't|won't)\b[^.;]{0,30}\bovernight\b",
    re.I,
)
"""Words by which a sentence tells of the day, not the night before ("the toll rose to 19
this afternoon"), or says "overnight" of no night ("could not be rebuilt overnight")."""


def _of_the_night(sentence: str, at: int) -> bool:
    """Whether the sentence tells of the night before the figure at `at` ("... destroyed 2
    drones overnight; the governor said 1 person was injured"), and nothing of the day."""
    return _THE_NIGHT.search(sentence, 0, at) is not None and not _BY_DAY.search(sentence)


_LENGTHS = frozenset("second seconds minute minutes hour hours day days night nights".split())


def _a_count_of_the_day(quantity: Quantity | None) -> bool:
    """Whether a figure counts things (missiles, people, districts), not a length of time
    ("lasted more than three hours", which may run into another day)."""
    return quantity is not None and quantity.value is not None and quantity.unit not in _LENGTHS


_DATED = re.compile(
    rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}\s+(?:{_MONTH})\b|\b(?:{_MONTH})\s+\d{{1,2}}\b", re.I
)
"""A year or a day of a month: a table's heading that names one ("January 2026") is still a
heading, not a row of figures."""
_LABELLED_LINE = re.compile(r"\s*(?:[-•*–]\s*)?[A-Z][^:.;]{2,80}:\s")
"""A fact sheet's line that states a figure after its label: "Votes against: 12"."""
_SAME_DAY = re.compile(r"\b(?:the same day|that day|on the same day)\b", re.I)
"""Words that take the day the sentence before gave: "The same day, Healey said ..."."""
_OWN_TIME = re.compile(
    r"\b(?:as of|so far|since|total|(?:two|three|four|both)\s+\w+\s+together|"
    r"same (?:period|week|month|year)|that|"
    r"those|then|had|now|"
    r"has|have|over the (?:year|month|week)|this (?:year|month)|last (?:year|month))\b",
    re.I,
)
"""Words by which a sentence keeps a time of its own or points to another: a running total,
"that month", "over the same period", a perfect ("had said", "has offered"), "now", events
counted together ("the two raids together involved")."""


def title_period(title: str, day: date) -> tuple[str, str] | None:
    """(date, words) of the month or year a section's title ends on ("AIR ATTACKS ON
    UKRAINE, SEPTEMBER", "CIVILIAN CASUALTIES IN 2025"), or None."""
    words_ = " ".join(title.split()).title()
    months = "|".join(m.title() for m in MONTHS)
    if m := re.search(rf"(?:,|\bIn)\s+({months})(?:\s+(\d{{4}}))?$", words_):
        month = MONTHS[m[1].lower()]
        year = int(m[2]) if m[2] else day.year - (month > day.month)
        return f"{year}-{month:02d}", m[0].lstrip(", ")
    if m := re.search(r"\bIn\s+((?:19|20)\d\d)$", words_):
        return m[1], m[0]
    return None


_AHEAD = re.compile(
    r"(?i)\b(?:expected|planned|scheduled|due|upcoming|calendar|agenda|next|forecast)\b"
)
"""Words by which a table's headings or row tell what is to come, not what was counted."""


def _recorded(when: When, day: date) -> When:
    """A table's row records what was counted: a day it gives with no year ("| 3 Jan | 230
    |", in a sheet of 31 December) is the last such day up to the report, not one to come."""
    yearless = re.search(r"\b(?:19|20)\d\d\b", when.text) is None
    if not yearless or len(when.date) != len("2025-01-03") or when.date <= day.isoformat():
        return when
    back = f"{int(when.date[:4]) - 1}{when.date[4:]}"
    try:
        date.fromisoformat(back)
    except ValueError:
        return when  # "29 Feb" of a leap year has none the year before: left as it was
    basis = f"the last {when.text} up to {day}, in a table's row of what was counted"
    return when._replace(date=back, basis=basis)


def _counts_things(unit: str) -> bool:
    """Whether a unit counts things a later figure may count again: drones, not "%", a
    currency or a length of time."""
    return (
        len(unit) > 2
        and unit.endswith("s")
        and unit not in _NOT_THINGS
        and not unit.endswith(("years", "months", "weeks", "days", "hours"))
    )


_NOT_THINGS = frozenset("dollars euros pounds hryvnias roubles rubles kroner times".split())

_SAID_TODAY = re.compile(
    r"^(?!.*\bmidnight\b).*"
    r"\b(?:said|told|wrote|posted|announced|stated|added|warned|called)\b(?!.*\b(?:had|has|have)\b)"
)
"""A saying told in the past, with no perfect after it and no night: in a live blog's entry,
news of the entry's day ("Starmer said he was appalled")."""
_NIGHTS = frozenset({"overnight", "last night"})
"""Words that date a sentence to the night into the report's day."""


def _opens_a_period(sentence: str, when: When) -> bool:
    """Whether the day opens a period ("since January 1, 2023", "since the start of the
    full-scale invasion"): the day of no event that the next sentence tells more of."""
    lead = r"(?:since|from|between)"
    return (
        re.search(rf"\b{lead}\s*$", sentence[: when.start]) is not None
        or re.match(rf"{lead}\b", when.text, re.I) is not None
    )


_OF_THE = re.compile(r"\b(?:of|among)\s+(?:the|them|those|these)\b", re.I)
"""A count that takes its things from those named before: "568 of the drones"."""


def _goes_on(text: str, told_at: int, start: int, sentence: str) -> bool:
    """Whether the sentence at start is near enough to the one that ended at told_at to take
    its day: in its paragraph, a few lines on; or in the next paragraph, as wire copy sets
    each sentence apart, when it goes on about the event that one told of ("The attack
    killed four", "the same day"). A count of the same things a paragraph on ("Of the
    wounded, 21 served ...") may be of a later day."""
    between = text[told_at:start]
    if start - told_at >= 400 or between.count("\n\n") > 1:
        return False
    return "\n\n" not in between or bool(_BACK_TO_IT.match(sentence) or _SAME_DAY.search(sentence))


def _takes_day_before(sentence: str, told: tuple[str, str, bool], day: date) -> bool:
    """Whether a sentence with no date of its own, in the past, is of the day the sentence
    just before gave (told: that day, its words, whether it was that sentence's only date).
    Only within a paragraph, a few lines on; the day is marked for checking."""
    told_day, _, alone = told
    if _THE_REPORTS_DAY.search(sentence) and told_day[-10:] < str(day - timedelta(days=1)):
        return False  # "Overnight, ... while 14 missiles hit 14 locations": not 3 October
    if _BACK_TO_IT.match(sentence) or _SAME_DAY.search(sentence):
        return True  # "It killed 26 people": what the event just named did; "the same day"
    return (
        alone  # the sentence before gave one date, a day: not a span or two events
        and told_day <= day.isoformat()  # a day gone by, not one to come
        and (past_tense(sentence) or _LABELLED_LINE.match(sentence) is not None)
        # "Moscow still refuses ...": now, not then; a fact sheet's "Votes against: 12" has
        # no verb to tell
        and not _OWN_TIME.search(sentence)  # no total, "that month" or "had"
        and not _SAYS_NOW.search(sentence)  # "Kyiv says Russia broke the pause": said now
        and re.match(r"\s*By\b", sentence) is None  # "By early afternoon the toll was 41"
    )


def _counted_from(when: When, told: tuple[str, str, bool] | None, sentence: str, day: date) -> When:
    """A day counted from a day named earlier ("A day earlier, Zelensky told reporters",
    "Five days later Umerov said"), which the sentence does not give: counted from the day
    the sentence just before gave, when it gave that one day alone (told, as for
    _takes_day_before), a day gone by, and the sentence tells what was, not what is to come
    ("the rule would apply once published, starting the next day": from the publishing);
    else left open, and never that day itself, nor a day after the report's."""
    shift = day_shift(when.text) if not when.date else None
    if shift is None or told is None or planned(sentence):
        return when
    told_day, words_, alone = told
    if not alone or len(told_day) != len("2025-11-19") or told_day > str(day):
        return when
    value = date.fromisoformat(told_day) + timedelta(days=shift)
    if value > day:
        return when
    basis = f"{shifted_basis(shift, words_, told_day)}, the day the sentence before gives"
    return when._replace(date=str(value), basis=basis)


_SAYS_NOW = re.compile(r"\b(?:says|accuses|claims|insists|maintains|argues|denies)\b")
"""Speech in the present: what it tells of the past is not dated by the sentence before."""


_FIGURES_FROM = re.compile(
    r"\b(?:[Aa]ll|[Tt]he)\s+(?:figures|numbers|counts|data)\s+(?:below|here|in this "
    r"(?:sheet|note|update|brief|briefing|bulletin))\s+(?:come|are taken|are drawn|are)\s+"
    r"from\s+(?:the\s+)?(?P<who>[A-Z][^,.;:]+?)(?=\s*[,.;:]|\s+(?:whose|which|and)\b)"
)
"""A sentence that names whose the figures after it are: "All figures below come from the
UN Human Rights Monitoring Mission in Ukraine (HRMMU), whose ..."."""


def _two_days(span: str) -> bool:
    """Whether a date is two days running ("2025-09-06/2025-09-07": a night, "8 and 9 July"),
    which the line after it may take as it takes a day."""
    first, _, last = span.partition("/")
    try:
        return date.fromisoformat(last) - date.fromisoformat(first) == timedelta(days=1)
    except ValueError:
        return False


_AS_OF = re.compile(r"(?i)(?:status\s+)?as\s+(?:of|at)")
"""A table's first heading that makes each row's day the time a tally stood at ("As of",
"Status as of"): "Thu 20 Nov, morning | 26 killed" counts the dead by then, not the dead of
that day."""
_LISTED_LINE = re.compile(r"\s*[-•*–]\s+")
"""What stands before a listed line's text: its bullet."""
_DATED_TAIL = re.compile(r",\s*[^,]*(?:\d|\b(?:update|report|as of)\b)[^,]*$")
"""The day a title's credit adds after its body's name: ", update of 9 April"."""


def _heading(text: str, start: int, end: int) -> bool:
    """Whether the sentence is a whole line with no end mark: a headline ("Death toll in
    Ternopil reaches 26"), a dateline ("Kyiv, Friday, 23 May 2025 | OFFICIAL STATEMENT") or
    a section's title ("Key takeaways"). A caption keeps its credit's bracket."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first : len(text) if last < 0 else last]
    whole = line.strip() == text[start:end].strip()
    # "Children killed and wounded (Office of the Prosecutor General)", "1. Sumy strike
    # [Sumy Regional Prosecutor's Office]": a short title, numbered or not, no figure, its
    # source in brackets, maybe with the day of its update after a comma ("[UN monitoring
    # mission, update of 9 April]"); not a caption's credit "(X via AP)".
    titled = (
        re.fullmatch(
            r"(?:\d{1,2}\.\s+)?[^.!?:;\d()\[\]]{3,80}[(\[][^()\[\]\d]*(?:,[^()\[\]]*)?[)\]]\s*",
            line,
        )
        is not None
        and " via " not in line
        and len(line.split()) <= 16
    )
    # "National Guard: 43": a fact sheet's labelled line that states a figure right after its
    # label, with no stop; not a headline ("Russia-Ukraine war: key events, day 1,111")
    figured = False  # its figures are read only for a whole line with a label
    if whole and (label := _LABELLED_LINE.match(line)) is not None:
        figures = [q for q in quantities(line) if q.start >= label.end()]
        # the figure, or its hedge ("at least 80"), first after the label
        gap = line[label.end() : figures[0].start] if figures else None
        figured = gap is not None and gap.strip().lower() in ("", figures[0].qualifier)
    return whole and not figured and (re.search(r"[.!?…”\"’)\]:;]\s*$", line) is None or titled)


_DATELINE = re.compile(
    rf"\s*(?:[A-Z][A-Z’'.-]+(?:[ /][A-Z][A-Z’'.-]+)*,\s+{_A_DAY_OF_A_MONTH}(?:,?\s+\d{{4}})?"
    rf"|(?!(?i:{_WEEKDAY}|on)\b)[A-Z][a-z’'.-]+,\s+{_A_DAY_OF_A_MONTH},?\s+\d{{4}})"
    r"(?:\s+\([A-Z][\w ]*\))?\s*[-–—]\s+"
)
"""A wire story's or a statement's dateline at the start of a line, where and on which day it
was filed: the place in capitals ("KYIV, May 17 - ", "MOSCOW/KYIV, March 12 (Reuters) - "),
or a town with the full date ("Kyiv, 10 July 2025 - "); not a timeline's "Tuesday, 15 July -
" nor "On Sunday, June 1 - "."""


_RELEASE_WORDS = r"(?:Joint\s+)?(?:Statement|Press\s+(?:release|statement)|Communiqu[eé])"
"""The words a statement's or a press release's heading opens with."""
_ISSUED = re.compile(
    rf"(?m)^[ \t]*{_RELEASE_WORDS}\s+"
    r"(?:of|by|from)\s+(?:the\s+)?(?P<who>[A-Z][^\n:]{2,100}?)(?:\s+on\s+[^\n]*)?[ \t]*$"
)
"""A statement's heading that names who issues it: "Statement of the Coordination
Headquarters for the Treatment of Prisoners of War"."""
_OCCASION = re.compile(
    r"\s+(?:at|during|following|after|ahead\s+of|in\s+response\s+to|in\s+connection\s+with|"
    r"regarding|concerning|on\s+the\s+occasion\s+of)\s+"
)
"""Where a statement's heading goes on from who issues it to the occasion: "the Delegation
of Ukraine at the close of the third round ...", "... following the attack on Sumy"."""
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
"""The first person plural; not "US", the country."""


_RELEASE = re.compile(rf"{_RELEASE_WORDS}\b", re.I)
"""A heading that says the text is a statement or a press release."""
_SMALL_WORDS = frozenset("of the for in on and to at".split())


def issued_by(text: str) -> str | None:
    """Who speaks a statement as "we": the body its heading names ("Statement of the X",
    or a line naming a body above "Press release"), when the text says "we" or "our" at
    least twice. Its sentences that name no source are that body's."""
    if len(_WE.findall(unquoted(text))) < 2:
        return None
    top = "\n".join(text.splitlines()[:8])  # a heading, not a line further down
    if (heading := _ISSUED.search(top)) is not None:
        who = heading["who"].strip().rstrip(".")
        # "the Delegation of Ukraine at the close of the third round of talks": the body,
        # not what the heading goes on to say of the occasion
        return _OCCASION.split(who, maxsplit=1)[0]
    lines = [line.strip() for line in top.splitlines() if line.strip()]
    if not any(_RELEASE.match(line) for line in lines):
        return None
    for line in lines:
        bare = re.sub(r"\s*\([A-Z]{2,}\)$", "", line)
        shouting = bare.isupper() and len(bare.split()) >= 2 and not re.search(r"\d", bare)
        if shouting and not _RELEASE.match(line):
            named = " ".join(
                w.lower() if w.lower() in _SMALL_WORDS and i else w.capitalize()
                for i, w in enumerate(bare.split())
            )  # "MINISTRY OF DEFENCE": "Ministry of Defence"
            return named + line[len(bare) :]  # with its acronym, "(HRMMU)"
    return None


def _day_of(start: int, headings: Sequence[tuple[int, date]], day: date) -> date:
    """The day a sentence at start is written on: its heading's, else the document's."""
    return next((d for at, d in reversed(headings) if at <= start), day)


def _title_before(sentence: str, at: int) -> str:
    """The title words right before a name ("envoy", "Secretary of State"), or ""."""
    before = sentence[:at].split()
    title: list[str] = []
    while before and (fold(before[-1]) in ROLES or fold(before[-1]) in _TITLES
                      or fold(before[-1]) in ("of", "state")):  # fmt: skip
        title.insert(0, before.pop())
    return " ".join(title)


_PARTICLES = frozenset("von der van den de la du da di ter bin al".split())
"""Words of a surname written in lower case: "Ursula von der Leyen"."""


def _named(parts: Sequence[str]) -> list[str]:
    """The last words of a name that are a person's own: a first name and a surname with
    its particles ("Ursula von der Leyen"), or the last two words."""
    at = len(parts) - 1
    while at > 0 and parts[at - 1].lower() in _PARTICLES:
        at -= 1
    return list(parts[max(at - 1, 0) :])


def _surname(person: str) -> str:
    """A person's surname, with its particles: "von der Leyen" (also for "Ursula von der
    Leyen" and, at a sentence's start, "Von der Leyen"), "Zelensky"."""
    parts = person.split()
    at = len(parts) - 1
    while at > 0 and parts[at - 1].lower() in _PARTICLES:
        at -= 1
    return " ".join(parts[at:]) if at < len(parts) - 1 else parts[-1]


def _person_name(name: str) -> str:
    parts = name.split()
    while parts and fold(parts[0]).rstrip(".") in _TITLES:
        parts = parts[1:]
        if parts[:1] == ["of"] and len(parts) > 3:  # "Secretary of State Marco Rubio"
            parts = parts[2:]
    own = _named(parts)
    if len(parts) > len(own) and any(
        fold(p) in _TITLES or fold(p) in ROLES for p in parts[: -len(own)]
    ):
        parts = own  # "Chief of the General Staff Valery Gerasimov"
    return " ".join(parts).removesuffix("’s").removesuffix("'s").strip(" ,")


def _titled_person(whole: str) -> bool:
    """Whether a name is a person's after an office ("Chief of the General Staff Valery
    Gerasimov"), though the office names a body: its last two words are a name, not titles."""
    parts = whole.split()
    own = _named(parts)
    return (
        len(parts) > len(own)
        and any(fold(p) in ROLES for p in parts[: -len(own)])
        and not any(fold(p).rstrip(".") in _TITLES or fold(p) in ROLES for p in own)
        and not _BODY_WORDS.search(fold(" ".join(own)))
        and own[0][:1].isupper()
        and own[-1][:1].isupper()
    )


_OWN_PAPER = re.compile(
    r"(?:’s|'s)\s+(?:[a-z-]+\s+)?(?:statement|analysis|report|tally|summary|data|figures|count|"
    r"update|assessment|estimate|review|map|maps)\b.*$"
    r"|\s+(?:data|figures|statistics)\s+(?:compiled|collected|gathered|analysed|analyzed)\s+by\b.*$"
)
"""What a body issued, after its name: "AFP's analysis of our mapping data", "the Air
Force's morning summary", "Air Force data compiled by AFP": the body is the source."""
_DESCRIBED_BODY = re.compile(
    r"^(?:[A-Z][\w-]+\s+)?(?:[a-z-]+\s+){0,3}?(?:project|group|tracker|monitor|outlet|"
    r"agency|initiative|website|channel|newspaper|portal)\s+(?=[A-Z])"
)
"""What kind of body it is, before its name: "Ukrainian open-source project DeepState",
"the monitoring group Airwars": the name is the source's."""


_MANY = re.compile(rf"\b(?:{WHO_SPEAK})$", re.I)
"""The end of a source's name that makes it many people ("Local residents", "Regional
authorities"): never what a later "it" is."""


_QUALIFIED = re.compile(
    r"(?<=[A-Za-z])\s+\((?:Government|Cabinet|Office|Presidency)\s+of\s+[^()]*\)\s*$"
    r"|(?P<name>\b[A-Z][a-z]+[A-Z]\w*)\s+(?:mapping|monitoring)\s+(?:project|group)$"
)
"""What a name's end adds about the body it names, not part of its name: the government
it serves, in brackets ("Coordination Headquarters (Government of Ukraine)"), not whose of
two bodies of one name it is ("Ministry of Defence (Russia)"); the kind of project after a
name in mixed case ("DeepState mapping project"), not "the Ukrainian monitoring group"."""


_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:In|At|During)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|briefing|(?:news|press)\s+conference|speech|address|post|"
    r"remarks|update|note|"
    r"message|letter|appearance)\b[^,;:]*"
    r"|(?:Speaking|Addressing|Writing|Talking)\s+(?:to|at|in|on)\s+[^,;:]*)"
)
"""Words that open a sentence with where and when its claims were said: a saying ("In a
joint statement released on Sunday", "At a news conference on Friday") or one speaking
("Speaking to G7 leaders in Canada on Tuesday"); not where and when something was done
("During the talks in Geneva on Tuesday, the sides agreed", "In Kyiv late on Friday, air
defences downed 30 drones"), whose date is the claim's, nor a clause ("On Tuesday the
Council meets")."""
_PUT_OUT = re.compile(
    r"\b(?:statement|interview|note|post|update|address|video|report|letter|message)\s+"
    r"(?:released|issued|published|posted|aired|broadcast|recorded|sent)\b"
)
"""A saying and the participle that puts it out ("a joint statement released on Sunday"):
no verb of the sentence's."""


def _opening_phrase(words: str) -> bool:
    """Whether the words are only a phrase opening a sentence, with no verb of their own
    ("In a joint statement released on Sunday"), not a clause ("On Thursday Zelensky made
    his first trip", "After a key donor suspended its funding in January")."""
    return (
        _OPENING_PHRASE.fullmatch(words) is not None
        and not past_tense(_PUT_OUT.sub("", words))
        and not present_tense(words)
    )


class _Sources:
    """The sources a document names: the loaded tables' own reused, new ones proposed."""

    def __init__(self, known: Mapping[str, Source]) -> None:
        self.known = known
        self.by_name = {key(n): s for s in known.values() for n in (s.id, s.name, *s.aliases)}
        self.surnames = {  # a person is often named by surname alone
            key(s.name.split()[-1]): s for s in known.values() if s.kind is SourceKind.PERSON
        }
        self.used: dict[str, Source] = {}
        self.last_person: Source | None = None
        self.last_body: Source | None = None
        self.titled: dict[str, list[Source]] = {}
        """Each title or role word and the people named with it, in order: "president" ->
        [Trump]; a nation's word also holds its people in the news ("ukrainian")."""
        self.inferred = ""
        """How the last name read was resolved, when it was not by the name itself: a
        pronoun, a role noun or a body named before ("" when it was named)."""
        self.sentences = 0
        """The sentences read so far (read_titles counts them)."""
        self.last_work: tuple[Source, int] | None = None
        """The source last named as the owner of a work, a count or data ("according to an
        analysis by AFP"), and the sentence that named it: whose "the same count" is."""
        self.mentioned: dict[str, int] = {}
        """The sentence each source was last named in: of two mayors, "the mayor" is the
        one named in this sentence or the one before, when the other was not."""

    def _mention(self, source: Source) -> None:
        self.mentioned[source.id] = self.sentences

    def named(self, said: tuple[str, str] | None) -> tuple[Source, Source | None]:
        """Who asserts and who relayed, as named; a pronoun is who was last named, and a
        sentence that names no one is the document's own claim."""
        self.inferred = ""
        if said is None:
            return self._use(self._own_voice()), None
        who, relayed = said
        pronoun = fold(who.strip())
        if who == THE_SAME_WORK:
            # "The same count gave 449": the work a sentence at most two before named
            work = self.last_work
            if work is not None and self.sentences - work[1] <= 2:
                source = self._use(work[0])
                self.inferred = f"a work named before, read as {source.name}'s"
                self.last_work = (source, self.sentences)  # pointed to again, still near
            else:
                source = self._use(self._own_voice())
        elif pronoun in _PRONOUNS:
            last = self.last_body if pronoun == "it" else self.last_person
            source = self._use(last or self._own_voice())
            self.inferred = f"{who.strip()!r} read as the one last named, {source.name}"
        else:
            source = self.resolve(who)
        inferred = self.inferred  # how the source was read, not the relayer
        relay = self.resolve(relayed) if relayed else None
        self.inferred = inferred
        return source, relay

    def _own_voice(self) -> Source:
        """The source of a claim in the document's own voice: the loaded tables' if they
        have it, else UNATTRIBUTED."""
        return self.known.get(UNATTRIBUTED.id, UNATTRIBUTED)

    def _use(self, source: Source) -> Source:
        self.used[source.id] = source
        self._mention(source)
        if source.kind is SourceKind.PERSON:
            self.last_person = source
        elif source.kind is not SourceKind.DOCUMENT and not _MANY.search(source.name):
            self.last_body = source
        return source

    def resolve(self, name: str) -> Source:
        acronym = None
        if m := re.fullmatch(r"(.+?)(?:\s*\(|,\s*)([A-Z][A-Za-z]*[A-Z])\)?", name.strip()):
            name, acronym = m[1], m[2]  # "Russian Ministry of Defense (MoD)", "..., HRMMU"
        # "Coordination Headquarters ... (Government of Ukraine)", "DeepState mapping project"
        name = _QUALIFIED.sub(
            lambda q: q["name"] or ("" if len(name[: q.start()].split()) >= 5 else q[0]), name
        )  # not "Ministry of Defence (Government of Russia)", one of two ministries so named
        whole = re.sub(r"^[Tt]he\s+", "", name.strip()).removesuffix("’s").removesuffix("'s")
        whole = _OWN_PAPER.sub("", whole)  # "AFP's analysis of our mapping data": AFP
        whole = _DESCRIBED_BODY.sub("", whole)  # "Ukrainian open-source project DeepState"
        last = self.last_body
        if fold(whole) in ("statement", "report"):
            # "the statement read": the body last named issued it; with none, nobody known.
            return self._inferred(name, last or self._own_voice())
        if fold(whole) in _GENERIC:
            # "the ministry" is the ministry last named, "the mission" the mission
            bodies = [s for s in (last, *reversed(self.used.values())) if s is not None]
            named_so = next((s for s in bodies if fold(whole) in fold(s.name).split()), None)
            if named_so is not None:
                return self._inferred(name, named_so)
        named = [s for s in self.used.values() if fold(s.name).endswith(" " + fold(whole))]
        if " " in whole and len(named) == 1:
            return self._inferred(name, named[0])  # "the Air Force" is "Ukraine's Air Force"
        if (titled := self._by_title(whole)) is not None:
            return self._inferred(name, titled)  # "the U.S. president": whom the text names so
        found = self._lookup(whole, acronym)
        self._titles(name, found)
        return self._use(found)

    def _inferred(self, name: str, source: Source) -> Source:
        """Use source for a name that is not its own, and say so."""
        self.inferred = f"{name.strip()!r} read as {source.name}, named earlier in the document"
        return self._use(source)

    def _titles(self, name: str, source: Source) -> None:
        """Remember the titles a person is named with ("US President Donald Trump")."""
        if source.kind is not SourceKind.PERSON:
            return
        said = [w for w in words(name) if w in ROLES or w in _TITLES]
        # "President Volodymyr Zelenskiy" is the Ukrainian one: names.toml says whose.
        if (nation := nationalities().get(key(source.id))) is not None:
            said += ["american", nation] if nation == "usa" else [nation]
        self._mention(source)
        for word in said:
            named = self.titled.setdefault(word, [])
            if source not in named:
                named.append(source)

    def read_titles(self, sentence: str) -> None:
        """Remember who the sentence names with a title, speaking or not ("US President
        Donald Trump met ...")."""
        self.sentences += 1
        sentence = unquoted(sentence)  # "“If Zelensky is ready, let him come,” he said": not he
        for m in _TITLED.finditer(sentence):
            if not _person_name(m[0]):
                continue
            source = self._lookup(m[0], None)
            self._titles(m[0], source)
            if source.kind is SourceKind.PERSON and m.start() <= 4:
                self.last_person = source  # the sentence's subject: a later "he said" is this one
        # A person in the news named with no title ("Donald Trump met ...") is still his
        # nation's: "the U.S. president" later is he.
        for m in re.finditer(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", sentence):
            named = m[0].split()
            if key(named[-1]) in nationalities():
                whole = " ".join(named[-2:])  # "General Valery Gerasimov": Valery Gerasimov
                whole = whole.removesuffix("’s").removesuffix("'s")  # "Putin's aide": Putin
                titled = f"{_title_before(sentence, m.start())} {m[0]}"
                source = self._lookup(whole, None)
                self._titles(titled, source)
                if source.kind is SourceKind.PERSON and m.start() <= 4:
                    self.last_person = source  # "Vladimir Putin used an interview ... He argued"

    def _by_title(self, whole: str) -> Source | None:
        """The person the document has named with every title word of a role noun phrase
        ("U.S. president"), when it ends in a role, the one named in this sentence or the one
        before of several; None otherwise."""
        said = words(whole)
        if not said or said[-1] not in ROLES:
            return None
        titles = [w for w in said if w in ROLES or w in _TITLES]
        if said[-1] == "leader":
            # "the Ukrainian leader": whom it names as of that nation, its president first.
            titles = [w for w in titles if w in _NATIONS] + ["president"]
        if not titles:
            return None
        # Who was named with every title word ("the U.S. president": American and president),
        # or, of a leader, with the nation's word alone when only one was.
        found = [set(self.titled.get(w, ())) for w in titles]
        every = set.intersection(*found)
        nations = [w for w in titles if w in _NATIONS]
        if not every and nations:
            # Named with no role ("Vladimir Putin has responded"): the nation's one person
            # the text gives no other role ("Prime Minister Yulia Svyrydenko" is not the
            # Ukrainian president).
            other_roles = set(ROLES) - set(titles)
            others = {p for w, named in self.titled.items() if w in other_roles for p in named}
            every = set(self.titled.get(nations[0], ())) - others
        if len(every) > 1:
            # Of several so named, the only one named in this sentence or the one before:
            # "Mayor Ihor Terekhov said ... One resident was hurt, according to the mayor", in
            # a story that named Kyiv's mayor further up.
            every = {s for s in every if self.mentioned.get(s.id, -9) >= self.sentences - 1}
        return every.pop() if len(every) == 1 else None

    def _lookup(self, whole: str, acronym: str | None) -> Source:
        """A known source by acronym or name; a person also by name without titles, or by
        surname; else a new source."""
        body = (
            bool(_BODY_WORDS.search(fold(whole))) or acronym is not None
        ) and not _titled_person(whole)
        person = "" if body else _person_name(whole)
        if not person[:1].isupper():
            person = ""  # "US officials" is no person "officials", with a title before it
        for candidate in (acronym, whole, person):
            if candidate and (found := self.by_name.get(key(candidate))) is not None:
                return found
        if person and (found := self.surnames.get(key(_surname(person)))) is not None:
            return found
        return self._new(whole, person, acronym)

    def _new(self, whole: str, person: str, acronym: str | None) -> Source:
        """A source the tables do not know yet: a person by surname, else by its own name."""
        lowered = fold(whole)
        if _titled_person(whole):
            kind = SourceKind.PERSON
        elif re.search(_GOVERNMENT_WORDS, lowered):
            kind = SourceKind.GOVERNMENT
        elif re.search(_THINK_TANK_WORDS, lowered):
            kind = SourceKind.THINK_TANK
        elif re.search(r"\b(?:ap|reuters|afp|agency|news|media|times|post|journal|press|bbc|"
                       r"cnn|abc)\b", lowered):  # fmt: skip
            kind = SourceKind.NEWS_AGENCY
        elif len(person.split()) >= 2 and all(w[:1].isupper() for w in person.split()):
            kind = SourceKind.PERSON
        elif key(whole) in people():
            kind, person = SourceKind.PERSON, whole  # "Zelenskiy wrote": a person in the news
        else:
            kind = SourceKind.GOVERNMENT  # a capital or a country standing for its government
        if kind is SourceKind.PERSON and not person:
            kind = SourceKind.GOVERNMENT  # titles with no name: an office
        if kind is SourceKind.PERSON:
            ident, name = _surname(person), person
        else:
            name = whole[:1].upper() + whole[1:]
            ident = acronym or name
        source = Source(ident, name, kind, (acronym,) if acronym and acronym != ident else ())
        for alias in (ident, name, whole):
            self.by_name.setdefault(key(alias), source)
        if kind is SourceKind.PERSON:
            self.surnames.setdefault(key(ident), source)
        return source


_TITLED = re.compile(
    r"\b(?:[A-Z][\w.]*\s+){0,3}(?:" + "|".join(r.capitalize() for r in ROLES) + r")"
    r"\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+"
)
"""A person named with a title: "US President Donald Trump", "Foreign Minister Sergei
Lavrov"."""


def _kind(sentence: str, valued: bool, dated: bool, attributed: bool) -> Kind:
    for kind, pattern in _KINDS:
        if re.search(rf"\b(?:{pattern})\b", sentence, re.I) and (
            kind is not Kind.TERRITORY or valued
        ):
            return kind
    if attributed:
        return Kind.STATEMENT
    return Kind.EVENT if dated else Kind.CONTEXT


def _subject(sentence: str, after: int | None) -> str:
    """What a claim is about: the "of …" after its number, else its first named thing."""
    if after is not None:
        ending = r"(?=\s*(?:[,.;:()]|\s(?:and|according|while|but)\s|$))"
        of = rf"\s+of\s+(?:the\s+|its\s+|their\s+)?([^,.;:()]+?){ending}"
        if (m := re.match(of, sentence[after:])) is not None:
            return str(m[1]).strip()
    names: list[str] = re.findall(r"(?<=\s)((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)", sentence)
    skip = {"The", "He", "She", "They", "It", "This", "And", "But", "However", "According"}
    names = [
        n for n in names if n not in skip and fold(n) not in MONTHS and fold(n) not in WEEKDAYS
    ]
    if names:
        return names[0].removesuffix("’s").removesuffix("'s")
    return " ".join(sentence.split()[:5]).strip(" ,.;:")


def _measured(sentence: str, quantity: Quantity) -> str:
    """What a figure with a unit measures, with what was done to it and by whom, as the
    sentence says it: "Shahed drones launched by Russia", "civilian casualties recorded by
    the UN"; "" for a share (its subject is what it is a share of) or a length of time."""
    if not quantity.unit or quantity.unit == "%" or quantity.unit.endswith(_TIMES):
        return ""
    tokens = sentence[quantity.start : quantity.end].split()
    at = next(
        (i for i, t in enumerate(tokens) if re.search(r"\d", t) or fold(t) in NUMBER_WORDS), -1
    )
    rest = [t for t in tokens[at + 1 :] if fold(t) not in ("million", "billion", "thousand")]
    thing = " ".join(rest) or quantity.unit
    before = sentence[: quantity.start].split()
    verb = before[-1] if before and re.fullmatch(r"[a-z]+ed", before[-1]) else ""
    doer = ""
    if verb:  # who did it: the name just before the verb ("Russian forces seized")
        near = " ".join(before[-4:-1])
        names = re.findall(
            r"((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*(?:\s+(?:forces|troops|army))?)$", near
        )
        doer = names[-1].removesuffix("’s").removesuffix("'s") if names else ""
    return " ".join(filter(None, [thing, verb, f"by {doer}" if doer else ""]))


_TIMES = ("years", "months", "weeks", "days", "hours")


@dataclass
class _Claim:
    """One candidate in a sentence: its number, date, kind and subject."""

    kind: Kind
    subject: str
    quantity: Quantity | None = None
    when: When | None = None
    span: tuple[int, int] | None = None  # its own words, when not its figure's clause


_DATED_FROM_ANOTHER = re.compile(r"\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\b")
"""The words of an event dated from another ("two months after hosting Putin")."""


def _claims(
    sentence: str,
    found: list[Quantity],
    when: list[When],
    attributed: bool,
    whole: Sequence[tuple[int, int]],
    day: date,
) -> list[_Claim]:
    """The candidates a sentence carries: one per number; the date's own when no number
    shares its clause (a number and a date in different clauses are different claims); one
    per event dated relative to another ("two months after hosting Putin"). whole: the
    sentence's clauses as "and" does not split them (clauses(at_and=False))."""
    # "two months after hosting Putin": dated from another event ("the day before
    # yesterday" is no such phrase).
    relative = [
        w
        for w in when
        if _DATED_FROM_ANOTHER.search(w.text) and not w.text.lower().startswith("the day")
    ]
    # "The war, which began on Feb. 24, 2022, enters its fourth year on Monday": a date in
    # an aside dates the aside, not the sentence, when the sentence has another.
    main = next(
        (w for w in when if w not in relative and not _in_aside(sentence, w)),
        next((w for w in when if w not in relative), None),
    )
    # "Rubio said on Sunday that this week would be decisive": what was said has its own
    # date, and the saying's day is not the claim's.
    if main is not None and (told := _TOLD_THAT.match(sentence, main.end)) is not None:
        content = [
            w
            for w in when
            if w.start >= told.end()
            and w not in relative
            and w.text.lower() not in _NOW_WORDS
            and ";" not in sentence[told.end() : w.start]  # what was said ends at ";"
        ]
        if content and speech_before(sentence[: main.start]):
            main = content[0]
    parts = clauses(sentence)
    # A date right after a figure is that figure's ("against 423 in July 2024"): no other
    # figure of the sentence takes it.
    bound = {w.start: q.start for w in when for q in found if its_own(sentence, q, w)}
    # "traded prisoners yesterday for the eleventh time this year": the year is the span the
    # tally counts over, and the event's date is the other one; with none, the span is all
    # the sentence gives ("the 13th large attack this year")
    events = {
        q.start: _counted_events(sentence, q, found, when, relative, parts)
        for q in found
        if any(counted_over(sentence, q, w) for w in when)
    }
    over = {
        (w.start, q.start)
        for w in when
        for q in found
        if counted_over(sentence, q, w) and events.get(q.start)
    }
    bound = {at: q for at, q in bound.items() if (at, q) not in over}

    def together(quantity: Quantity) -> bool:
        return own_date(quantity) is not None

    said_on = [
        w for w in when if _TOLD_THAT.match(sentence, w.end) and speech_before(sentence[: w.start])
    ]  # the day of a saying: "said yesterday that ..."

    def content_after(day: When, quantity: Quantity) -> bool:
        """Whether what was said after `day` ("... that") holds the figure and a date of
        its own: before the figure, or after it in its clause or a figure's clause that
        "and" joins to it (_carried)."""
        told = _TOLD_THAT.match(sentence, day.end)
        return (
            told is not None
            and quantity.start >= told.end()
            and any(
                w.start >= told.end()
                and w not in relative
                and w.text.lower() not in _NOW_WORDS
                and (w.start < quantity.start or _carried(sentence, quantity.end, w.start))
                for w in when
            )
        )

    def own_date(quantity: Quantity) -> When | None:
        """The date phrase nearest the number in its own clause: in "728 on July 9 and
        810 on September 7", each figure has its own day; failing that, in the clause
        that "and" does not split ("On 4 May, 120 soldiers and 15 civilians came home"
        dates both). A date written right beside the figure comes first ("European military
        aid, September-October 2025: EUR 4.24 billion")."""
        beside = [w for w in when if bound.get(w.start) == quantity.start and w not in relative]
        if beside:
            return min(beside, key=lambda w: abs(w.start - quantity.end))
        for pieces in (parts, whole):
            clause = next(((a, b) for a, b in pieces if a <= quantity.start < b), None)
            if clause is None:
                continue
            near = [
                w
                for w in when
                if w not in relative
                and clause[0] <= w.start < clause[1]
                and bound.get(w.start, quantity.start) == quantity.start
                and (w.start, quantity.start) not in over
            ]
            # "Ukrenergo said yesterday that 4 queues would be cut for the whole of today":
            # what was said has its own date, not the saying's.
            kept = [w for w in near if w not in said_on or not content_after(w, quantity)]
            if near and not kept:
                # "reported on Friday that 208 were killed and 1,220 injured in September":
                # what was said has its date past "and", in the clause "and" does not split,
                # beside the figure it goes on to
                if pieces is parts:
                    continue
                kept = [
                    w
                    for w in when
                    if w not in relative
                    and w not in said_on
                    and quantity.end <= w.start < clause[1]
                    and _carried(sentence, quantity.end, w.start)
                    and "and" in sentence[quantity.end : w.start].split()
                ]
            near = kept or near
            # "the conference, which runs until tomorrow, and said pledges topped 10 billion":
            # a date in an aside dates the aside, not a figure outside it
            if without_asides(sentence)[quantity.start : quantity.end].strip():
                near = [w for w in near if not _in_aside(sentence, w)]
            if near:
                # A comparison's baseline ("57% below the January-to-June average") is not
                # the figure's own date when the clause gives another.
                near = [w for w in near if unsure(sentence, w) != BASELINE] or near
                return min(near, key=lambda w: _gap(w, quantity))
        if events.get(quantity.start):  # the event a tally counts ("the sixth meeting")
            return min(events[quantity.start], key=lambda w: _gap(w, quantity))
        own = [w for w in when if w not in relative]
        # "Russia attacked Kyiv on Sunday, killing 4 people", "launched its largest strike
        # overnight on September 6 to 7, firing 810 drones", "hit at 23:47 on Thursday,
        # travelling at 13,000 km per hour": what the event did is of its day.
        at = _part_holding(parts, quantity.start)
        if at and (
            _GOES_ON.match(sentence, parts[at][0])
            # "killed ten people, seven of them police officers": a part of the same count
            or _PART_OF_THEM.match(sentence, parts[at][0])
        ):
            before = at - 1
            while before > 0 and _ASIDE_CLAUSE.match(sentence, parts[before][0]):
                before -= 1  # "gave Moscow 50 days, which would have run to 2 September,"
            a, b = parts[before]
            earlier = [w for w in own if a <= w.start < b]
            if earlier:
                return earlier[-1]
        # "The appeal, covering May to August 2025, seeks 90 million": the period of what
        # the figure's clause goes on from.
        if at is not None and (
            spanned := [
                w
                for w in own
                if _SPANS.search(sentence, 0, w.start)
                and re.fullmatch(r"[\s,]*", sentence[w.end : parts[at][0]])
            ]
        ):
            return spanned[-1]
        # "three days of mourning, from Wednesday to Friday": a date that is a clause by
        # itself, next to the figure's, is the figure's; the one before it first, which
        # leads it ("on 23 May, 390 persons returned; on 24 May, 307").
        for i in () if at is None else (at - 1, at + 1):
            if 0 <= i < len(parts):
                a, b = parts[i]
                alone = [
                    w
                    for w in own
                    if a <= w.start
                    and w.end <= b
                    and not sentence[a:b].replace(w.text, "", 1).strip(" ,.;:")
                ]
                if alone:
                    return alone[0]
        # "the one on 6 May, when 205 defenders came home": a clause of "when" is of the
        # time named right before it.
        if then := list(re.finditer(r"\bwhen\b", sentence[: quantity.start])):
            when_at = then[-1].start()
            told = [
                w
                for w in own
                if w.end <= when_at and _NAMED_THEN.fullmatch(sentence[w.end : when_at])
            ]
            if told:
                return told[-1]
            # "Only the night of 9 July was bigger, when Russia sent 728 drones": a clause
            # that opens with "when" is of the one date of the clause before it; not of the
            # day of a saying, nor a clause of what is to come ("said on 3 June that talks
            # would resume, when 500 prisoners are ready").
            opened = _part_holding(parts, when_at)
            if (
                opened
                and _OPENS_WITH_WHEN.fullmatch(sentence, parts[opened][0], when_at + len("when"))
                and not planned(sentence[when_at:])
                and not present_tense(sentence[when_at:])
            ):
                a, b = parts[opened - 1]
                prior = [w for w in own if a <= w.start and w.end <= b and w not in said_on]
                if len(prior) == 1:
                    return prior[0]
        # A date that opens the sentence on its own ("From January to October 2025, the UN
        # recorded ...") leads every clause after it; a date put beside it says it more
        # closely ("Two years ago, between August and October 2023, ...").
        lead = next((w for w in own if _leads(sentence, w)), None)
        while lead is not None and (closer := _put_closer(sentence, lead, own)) is not None:
            lead = closer
        if lead is None:
            # "the toll from yesterday's strike: a man was killed and 17 hurt": the day of
            # the event the sentence counts the toll of.
            lead = next((w for w in own if _POSSESSIVE_DAY.match(sentence, w.end)), None)
        if lead is None:
            # "90 drones overnight, including nine over the Bryansk region": a part of the
            # count before it, of its date.
            counted = [
                q
                for q in found
                if q.end <= quantity.start and q.unit == quantity.unit and q.unit != "%"
            ]
            parent = own_date(counted[-1]) if counted else None
            if (
                counted
                and not _COMPARED.search(sentence[counted[-1].end : quantity.start])
                and not re.search(r"\btimes\b", sentence[counted[-1].end : quantity.start])
                and not any(w.start >= counted[-1].end and w != parent for w in when)
            ):  # not a baseline ("up from 62% a year earlier"), nor a part with a time of
                # its own, even one left open ("231 sq km in the twelve months before")
                return parent
        return lead

    # "a day after 26 countries pledged ...": a figure within an event counted from another
    # date is that event's claim, not the sentence's.
    holding = {
        i: next((w for w in relative if w.date and w.start <= q.start < w.end), None)
        for i, q in enumerate(found)
    }
    of_event = {i: w for i, w in holding.items() if w is not None}
    claims = []
    for i, quantity in enumerate(found):
        if i in of_event:
            continue
        valued = quantity.value is not None or bool(quantity.qualifier)
        kind = _kind(sentence, valued, bool(when), attributed)
        subject = _measured(sentence, quantity) or _subject(sentence, quantity.end)
        restated = _restates(sentence, quantity, found, when)
        # "about 200 square kilometres in April (roughly 6 sq km a day)": the figure in
        # brackets restates the one before them, of its date.
        date = own_date(restated) if restated is not None else own_date(quantity)
        claims.append(_Claim(kind, subject, quantity, date))
    halves = []
    if not found:
        halves = _dated_halves(sentence, when) or _dated_clauses(sentence, when, relative, day)
    if halves:
        # "The Pentagon had halted shipments on 1 July; Trump ordered them resumed on
        # Monday.": two events, each of its own day.
        for (a, b), w in halves:
            kind = _kind(sentence[a:b], False, True, attributed)
            claims.append(_Claim(kind, _subject(sentence[a:b], None), None, w, (a, b)))
    elif len(of_event) == len(found) or (
        main is not None and not any(together(q) for i, q in enumerate(found) if i not in of_event)
    ):
        claims.append(
            _Claim(
                _kind(sentence, False, bool(when), attributed), _subject(sentence, None), None, main
            )
        )
    for w in when:
        # "on the principles he laid out in June 2024": the thing and its deed are a claim
        # of their own, of that date (the sentence's own date is left open: UNSURE).
        lead = sentence[: w.start]
        thing = None if w in relative else _DONE_TO_IT.search(lead) or _WHO_DID.search(lead)
        if thing is not None and not any(thing.start("thing") <= q.start < w.end for q in found):
            ends = re.search(r"[,;:]|\.?\s*$", sentence[w.end :])  # to its clause's end
            span = (thing.start("thing"), w.end + (ends.start() if ends else 0))
            claims.append(_Claim(Kind.EVENT, _subject(sentence[slice(*span)], None), None, w, span))
    for event in relative:
        clause = re.sub(r"^\S+\s+\S+\s+(?:after|before)\s+", "", event.text)
        figure = next((found[i] for i, w in of_event.items() if w is event), None)
        claims.append(_Claim(Kind.EVENT, _subject(clause, None), figure, event))
    return claims


def _counted_events(
    sentence: str,
    quantity: Quantity,
    found: Sequence[Quantity],
    when: Sequence[When],
    relative: Sequence[When],
    parts: Sequence[tuple[int, int]],
) -> list[When]:
    """For an ordinal that counts how many so far ("for the eighth time this year"), the
    dates of the event it counts: in its own clause, or in the clause its own goes on from
    ("next week, which would be his sixth meeting"); not a span a tally counts over, a
    comparison's baseline ("Unlike in 2023"), nor a date counted from another event."""
    at = _part_holding(parts, quantity.start)
    if at is None:
        return []
    own = [parts[at]]
    if at and _GOES_ON_FROM.match(sentence, parts[at][0]):
        own.append(parts[at - 1])
    return [
        w
        for w in when
        if w not in relative
        and any(a <= w.start < b for a, b in own)
        and not any(counted_over(sentence, q, w) for q in found)
        and unsure(sentence, w) != BASELINE
    ]


def _dated_halves(sentence: str, when: Sequence[When]) -> list[tuple[tuple[int, int], When]]:
    """The parts of a sentence that a semicolon joins, or ", and" before a new subject ("...
    effective August 7, and Russia's ministry raised it on August 9"), each with the one date
    phrase in it, when every part has one: [] otherwise."""
    parts, at = [], 0
    for cut in [*re.finditer(rf";\s*|{_NEW_SUBJECT.pattern}", sentence), None]:
        end = cut.start() if cut is not None else len(sentence.rstrip(". "))
        parts.append((at, end))
        at = cut.end() if cut is not None else end
    if len(parts) < 2:
        return []
    dated = []
    for a, b in parts:
        inside = [w for w in when if a <= w.start and w.end <= b and w.date]
        if len(inside) != 1:
            return []
        dated.append(((a, b), inside[0]))
    return dated


def _dated_clauses(
    sentence: str, when: Sequence[When], relative: Sequence[When], day: date
) -> list[tuple[tuple[int, int], When]]:
    """The sentence cut at its clauses into runs that each hold one date phrase, a clause
    that opens none of its own going with the run before it: "The first such summit took
    place in Athens in August 2022, and the second in Kyiv in February this year". Each
    run's date is read from its own words, in its own tense ("approved the bill on Wednesday
    and it will come into force on 1 August": the Wednesday past). [] when a run holds two
    date phrases, a date phrase crosses a cut, the sentence holds an event dated from
    another ("three days after ..."), whose date is that event's claim, a run of what is to
    come is dated by a guess of its year before the report ("said it would take effect on 1
    January"), or a weekday follows a day weeks before the report ("arrived on 1 June, and
    talks began on Monday": which Monday is the reviewer's to say)."""
    if relative:
        return []
    dated = [w for w in when if w.date]
    if len(dated) < 2:
        return []
    runs: list[list[int]] = []
    phrases: list[list[When]] = []
    for a, b in clauses(sentence):
        inside = [w for w in dated if a <= w.start < b]
        if any(w.end > b for w in inside):
            return []
        if runs and (
            not inside
            or _CLAUSE_OPENS.match(sentence, a) is None
            or _only_a_date(
                sentence[a:b], [w._replace(start=w.start - a, end=w.end - a) for w in inside]
            )
        ):
            runs[-1][1] = b  # goes on with the run before: no clause of its own
            phrases[-1] += inside
        elif inside:  # the first run takes in the undated clauses that lead into it
            runs.append([a if runs else 0, b])
            phrases.append(inside)
    if len(runs) < 2 or any(len(p) != 1 for p in phrases):
        return []
    found = []
    whole_ahead = planned(sentence)
    for (a, b), (phrase,) in zip(runs, phrases, strict=True):
        a += len(sentence[a:b]) - len(sentence[a:b].lstrip())  # "and took effect ...", no space
        ahead = planned(sentence[a:b])
        if ahead != whole_ahead:  # a tense of its own: read it again
            own = [w for w in dates(sentence[a:b], day) if w.date]
            if len(own) != 1 or own[0].text != phrase.text:
                return []
            phrase = own[0]._replace(start=own[0].start + a, end=own[0].end + a)
        if ahead and phrase.date[:10] < str(day) and phrase.basis.startswith("the nearest"):
            return []  # "said it would take effect on 1 January": which year's is unsure
        found.append(((a, b), phrase))
    weeks_before = str(day - timedelta(days=7))
    for i, (_, w) in enumerate(found):
        if _A_WEEKDAY.search(w.text) and any(
            len(d.date) == len("2025-06-01") and d.date < weeks_before for _, d in found[:i]
        ):
            return []  # "arrived on 1 June, and talks began on Monday": which Monday?
    return found


def _only_a_date(clause: str, inside: Sequence[When]) -> bool:
    """Whether the clause holds nothing but a conjunction and its one date phrase ("and the
    day after"): more days of the same event ("tomorrow and the day after"), no clause of
    its own."""
    return len(inside) == 1 and (
        re.fullmatch(r"\s*(?:and|or)\s+(?:on\s+)?", clause[: inside[0].start]) is not None
        and re.fullmatch(r"[\s.,;:]*", clause[inside[0].end :]) is not None
    )


_A_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAY})\b", re.I)
"""A weekday's name in a date phrase ("on Monday"), which counts from some day."""
_CLAUSE_OPENS = re.compile(r"\s*(?:and|but|while|which|who|whose|where|saying|adding|as)\b")
"""Words that open a clause of its own after a cut: "..., who took office on October 1",
"and took effect on Sunday"."""


def _gap(when: When, quantity: Quantity) -> int:
    """How far a date phrase stands from a figure: the characters between them, on either
    side ("peaked in November at roughly 701 square kilometres before falling to 244 last
    month": November is 701's, four characters before it)."""
    return when.start - quantity.end if when.start >= quantity.end else quantity.start - when.end


_BETWEEN_FIGURES = re.compile(r",\s+(?:and\s+)?|;\s+|\s+(?:and|but|or|to|while)\s+|\s*\(")
"""What parts two figures of one clause: "296 drones and seven missiles", "from 125 in May to
224 in June", "63 residents had been injured (11 of them children)"."""


def _cut_before_next(
    sentence: str, span: tuple[int, int], quantity: Quantity, found: Sequence[Quantity]
) -> int:
    """Where a figure's quote ends, when its clause (span) holds another figure after it:
    at the first word that parts the two ("Air defences brought down 296 drones", then the
    whole clause for "seven missiles"); else where the clause ends. Not within a range
    ("between 47,000 and 53,000")."""
    a, b = span
    after = [q.start for q in found if q is not quantity and quantity.end <= q.start < b]
    if not after or re.search(r"\b(?:between|from)\s+\S*$", sentence[a : quantity.start]):
        return b
    cut = _BETWEEN_FIGURES.search(sentence, quantity.end, min(after))
    return cut.start() if cut is not None else b


def _restates(
    sentence: str, quantity: Quantity, found: Sequence[Quantity], when: Sequence[When]
) -> Quantity | None:
    """The figure that a figure in brackets restates: the one just before the bracket, in
    the same clause ("200 square kilometres in April (roughly 6 sq km a day)"); None when the
    figure is not in brackets, the brackets give a date of their own ("(2,088 in 2024)",
    "(July-August: EUR 3.27 billion)"), or no figure comes before them."""
    opened = sentence.rfind("(", 0, quantity.start)
    closed = sentence.find(")", quantity.end)
    if opened < 0 or closed < 0 or ")" in sentence[opened : quantity.start]:
        return None
    if any(opened < w.start < closed for w in when):
        return None
    before = [
        q for q in found if q.end <= opened and not re.search(r"[,;:]", sentence[q.end : opened])
    ]
    return before[-1] if before else None


_NEW_CLAUSE = re.compile(
    r"\b(?:that|was|were|is|are|had|has|have|will|would|did|does|do|said|says|reported|"
    r"reports|confirmed|announced|told|added|stated|claimed|wrote)\b"
)
"""Words that open a clause of its own after "and": a verb of its own, or "that"."""


_A_FIGURE_NEXT = re.compile(
    r"\s*(?:(?:about|around|some|nearly|almost|over|another|a\s+further|at\s+least|more\s+than)"
    rf"\s+)*(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)",
    re.I,
)
"""What opens a figure's clause joined by "and" to another ("and 1,220 injured")."""


def _carried(sentence: str, end: int, start: int) -> bool:
    """Whether a date at `start` is carried to a figure ending at `end`: no "and" between
    (the figure's own clause), or, after the last "and", another figure and its participle
    with no clause of its own (_NEW_CLAUSE): "208 were killed and 1,220 injured in
    September". Not "15 were wounded and that a shelter would open in December", "and the
    death toll rose in July", nor "and the record of 810 was set on September 7"."""
    parts = re.split(r"\band\b", sentence[end:start])
    joined = parts[-1]
    return len(parts) == 1 or (
        _A_FIGURE_NEXT.match(joined) is not None and _NEW_CLAUSE.search(joined) is None
    )


_NOW_WORDS = frozenset({"now", "currently"})
"""Dates that only say the present: no date of their own for what was said."""
_TOLD_THAT = re.compile(r"\s*,?\s*that\b")
"""What follows the day of a saying before what was said: "said on Sunday that"."""


def _in_aside(sentence: str, when: When) -> bool:
    """Whether the date phrase is inside an aside set off by commas (", which began on Feb.
    24, 2022,"), with the sentence going on after it."""
    return not without_asides(sentence)[when.start : when.end].strip()


_POSSESSIVE_DAY = re.compile(
    r"['’]s\s+(?:[a-z]+\s+){0,2}?(?:strike|attack|bombardment|assault|"
    r"raid|shelling|barrage|blast|explosion|offensive)s?\b"
)
"""A day that owns an event ("yesterday's strike", "Saturday's bombardment"): it dates what
the sentence counts of that event."""
_PART_OF_THEM = re.compile(r"\s*(?:[\w-]+\s+){1,2}(?:of them|of whom|among them)\b", re.I)
"""A clause that counts part of the figure before it: "seven of them police officers"."""


def its_own(sentence: str, quantity: Quantity, when: When) -> bool:
    """Whether the date phrase is the figure's own, written right beside it: "728 drones on
    July 9", "2,088 (2024)", "(July-August: EUR 3.27 billion)"; also when it is what
    another figure is compared with ("compared with 594 in August": 594's own)."""
    if quantity.end <= when.start:
        gap = sentence[quantity.end : when.start]
        if (preposition := re.match(r"(?:on|in|by|as of|at)\s+", when.text, re.I)) is not None:
            gap += preposition[0]  # "594 in August": the phrase holds its "in"
        # "16% more than in June": June is what the figure is compared with.
        return _DATE_AFTER_FIGURE.fullmatch(gap) is not None and not _COMPARED.search(gap)
    return (
        when.end <= quantity.start
        and _DATE_BEFORE_FIGURE.fullmatch(sentence[when.end : quantity.start]) is not None
        # "gave a higher count on Thursday: 6,900 drones": the day of the saying, not a label
        and re.match(r"(?:on|at|by)\s", when.text, re.I) is None
    )


_DATE_AFTER_FIGURE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:on|in|by|as of|at)\s+|\s*\(", re.I)
"""What stands between a figure and a date that is its own: "728 drones on July 9", "2,088
(2024)"."""
_DATE_BEFORE_FIGURE = re.compile(r"\s*:\s*")
"""What stands between a date and a figure that is its own: "(July-August: EUR 3.27
billion)"."""


def _leads(sentence: str, when: When) -> bool:
    """Whether the date phrase opens the sentence as a clause of its own: "In November
    alone, ...", "From January to October 2025, ..."."""
    head = " ".join(sentence[: when.start].split()).lower()
    tail = re.match(r"\s*(?:alone|only)?\s*[,:]", sentence[when.end :])  # "13 January 2026: ..."
    # A date in a line's short label leads the line: "- Poland, night of 9-10 September: ...",
    # "- 28 September casualties: four dead".
    if re.fullmatch(r"\s*[-•*–]?\s*[^:;.]{0,30}", sentence[: when.start]) and re.match(
        r"[^:;.\d]{0,30}:\s", sentence[when.end :]
    ):
        return True
    # "The first round, on May 16, produced ...": set off after a short subject.
    after_subject = re.fullmatch(r"(?:[\w’'-]+ ){0,3}[\w’'-]+, (?:on|in|by) ", head + " ")
    return (head in _LEADING_WORDS or after_subject is not None) and tail is not None


_NEW_SUBJECT = re.compile(r",\s+(?:and|but|while)\s+(?=[A-Z])")
"""Where a clause with a subject of its own begins: "effective August 7, and Russia's
ministry raised it on August 9"."""
_GOES_ON = re.compile(
    r"\s*(?:killing|wounding|injuring|leaving|destroying|damaging|firing|launching|sending|"
    r"using|involving|hitting|striking|targeting|travelling|traveling|threatening|agreeing|"
    r"making)\b"
)
"""A clause opening with a participle of what the event before it did ("killing 4", "firing
810 drones", "travelling at 13,000 km per hour", "threatening tariffs"): of that event's day.
Not any word in -ing: "following 40 strikes", "pushing the year's total past 400", "during"."""
_GOES_ON_FROM = re.compile(r"\s*(?:which|and)\b")
"""How a clause opens that goes on about the one before it: ", which would be his sixth",
", and the ninth on its own plants"."""
_ASIDE_CLAUSE = re.compile(r"\s*(?:which|who|whose)\b")
"""A clause that opens an aside on what came before it: its date is the aside's."""
_OPENS_WITH_WHEN = re.compile(r"[\s,]*when")
"""A clause that opens with "when", its own words after it: ", when Russia sent 728 drones"."""
_SPANS = re.compile(r",\s*(?:covering|spanning|running|for the period)\s+(?:from\s+)?$", re.I)
"""Words before a date that give the period of what they follow ("the winter response plan,
covering October 2025 to March 2026, seeks 277 million"): that period is the claim's."""
_NAMED_THEN = re.compile(r"[\s,]*(?:(?:[A-Z][\w’'-]*\s*)+,\s*)?")
"""What may stand between a date and the "when" that refers to it: "on 24 August,
Independence Day, when each side freed 146"."""


_LEADING_WORDS = frozenset(
    {"", "in", "on", "by", "as of", "so far", "overnight into", "overnight on", "overnight to",
     "early on", "late on", "on the night of", "in the night to", "in the early hours of"}
)  # fmt: skip
"""What may stand before a date phrase that opens a sentence: "Overnight into 10 July, ..."."""


def _put_closer(sentence: str, lead: When, when: Sequence[When]) -> When | None:
    """The date phrase set beside a leading one, between commas, that says it more closely:
    "between August and October 2023" in "Two years ago, between August and October 2023,
    ..."; None without one."""
    return next(
        (
            w
            for w in when
            if re.fullmatch(r",\s*", sentence[lead.end : w.start])
            and re.match(r"\s*,", sentence[w.end :])
        ),
        None,
    )


def _part_holding(parts: Sequence[tuple[int, int]], offset: int) -> int | None:
    """The index of the part (a clause's (start, end)) that holds the offset; None if none."""
    return next((i for i, (a, b) in enumerate(parts) if a <= offset < b), None)


def _own_clause(
    sentence: str,
    parts: Sequence[tuple[int, int]],
    found: Sequence[Quantity],
    at: int | None,
) -> tuple[int, int]:
    """(start, end) in the sentence of what belongs to the figure (or the date) at `at`:
    from the clause after the last one holding another figure to the clause before the next
    one holding another ("On 23 May, 270 servicemen and 120 civilians were returned; on 24
    May a further 307" gives the first two figures the first clause, and 307 the second),
    without the spaces and punctuation at its ends. The whole sentence when it has no other
    figure."""

    def clause_of(start: int) -> int:
        held = _part_holding(parts, start)
        return -1 if held is None else held

    if at is None or not parts:
        return 0, len(sentence)
    own = clause_of(at)
    others = {clause_of(q.start) for q in found} - {own, -1}
    before = [i for i in others if i < own]
    after = [i for i in others if i > own]
    a = parts[max(before)][1] if before else 0
    b = parts[min(after)][0] if after else len(sentence)
    piece = sentence[a:b]
    lead = len(piece) - len(piece.lstrip(" ,;:"))
    trail = len(piece) - len(piece.rstrip(" ,;:"))
    return a + lead, b - trail


BASELINE = "a comparison's baseline"


class Unsure(NamedTuple):
    """One way a date phrase may not be the claim's own date: its name, and the test."""

    name: str
    holds: Callable[[str, When], bool]


def _before(sentence: str, when: When, pattern: str) -> bool:
    """Whether the words just before the date phrase (up to five) match pattern."""
    lead = " ".join(sentence[: when.start].split()[-5:]).lower()
    return re.search(rf"(?:{pattern})\s*(?:the\s+)?$", lead) is not None


_EARLIER_TIME = re.compile(r"\b(?:that|the same) (?:day|week|month|year)\b|\bof the month\b", re.I)
"""A time the text named before ("that month", "the same day"), in a sentence with a date
phrase: which of the two is the claim's is the reviewer's to read."""
_THAT_PERIOD = re.compile(
    r"\b(?:over|during|in|for|across) (?:that|the same) (?:period|time)\b", re.I
)
"""A period the text named before, in a sentence that gives no date of its own ("the funding
gap over that period"): not the document's date."""
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:where|whose)\b[^;]*\b(?:that|which)\s+(?:a|an|the|its)\s+[\w-]+\s+[a-z]+\b[^,;]*$"
)
"""A date at the end of a clause that describes something named after the claim: "..., where
the Agency is following repairs to the arch that a drone struck on 14 February"."""
_DONE_TO_IT = re.compile(
    r"\b(?:on|over|about|for|from|with|under|against)\s+(?P<thing>(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?"
    r"[a-z]+\s+(?:he|she|they|we|it|(?:the|his|her|its|their)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"[a-z]+|(?:[A-Z][\w.-]*\s+){1,3})\s*(?:had\s+)?(?:[a-z]+ed|laid out|set out|made|gave|took|"
    r"held|wrote|sent|set|put|drew|struck|began|brought|shot|hit|led|met|ran|saw|broke|cut)\b"
    r"[^,.;:]*)$"
)
"""A thing named after a preposition with what someone did to it, before a date that dates
that deed: "ready to end the war on the principles he laid out in June 2024", "over a video
the Ukrainian president recorded at the city's sign last week"."""
_WHO_DID = re.compile(
    r",\s+(?P<thing>who\s+(?:had\s+)?(?:[a-z]+ed|told|said|met|gave|took|made|wrote|sent|held|"
    r"spoke|saw|went|came|flew|won|lost)\b[^,;:]*)$"
)
"""A clause of what the person just named did, at the sentence's end, before a date that
dates that deed: "..., President Donald Trump, who told Zelensky at their 17 October
meeting that ..."."""
_NAMED_THING_DONE = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+){0,2}?(?:memorand(?:a|um)|decisions?|deadline|deal|plan|agreements?|"
    r"documents?|proposals?|statements?|resolutions?|package|promises?|pledges?|offer|terms)\s+"
    r"(?:the\s+[a-z]+\s+|(?:[A-Z][\w.-]*\s+){1,4}(?:[a-z]+\s+)?)(?:had\s+)?"
    r"(?:took|made|set|exchanged|signed|reached|agreed|adopted|announced|proposed|issued|gave|"
    r"presented|drafted|approved)\b[^,.;:]*$"
)
"""A thing named with what someone did to it, before a date that dates that deed: "the
decision NATO allies took on Wednesday", "the memoranda the sides exchanged in Istanbul on
June 2", "the deadline President Donald Trump had set"."""
_SAME_PERIOD = re.compile(
    rf"\bsame\s+(?:period|(?:\d+|{'|'.join(NUMBER_WORDS)})\s+(?:months|weeks|days))\b", re.I
)
"""A period named as the same one at another time ("the same period", "the same ten months
of last year"): a baseline."""
_A_DAY = rf"(?:on\s+)?(?:\d{{1,2}}\s+(?:{_MONTH})\b|(?:{_MONTH})\.?\s+\d{{1,2}}\b)"
_LISTED_AFTER = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+){_A_DAY}", re.I)
_LISTED_BEFORE = re.compile(rf"{_A_DAY}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _quoted_time(sentence: str, when: When) -> bool:
    """Whether a time counted from a day ("tomorrow", "next week") stands in quotation
    marks: it is counted from when the speaker spoke, which the report need not give."""
    return (
        "counted" in when.basis
        and unquoted(sentence)[when.start : when.end].strip() == ""
        and sentence[when.start : when.end].strip() != ""
    )


def _listed_day(sentence: str, when: When) -> bool:
    """Whether the date is one of a list of days ("the meetings of May 16, June 2 and July
    23"): the claim is about all of them, and no one of them is its date."""
    return re.fullmatch(_A_DAY, when.text, re.I) is not None and (
        _LISTED_AFTER.match(sentence, when.end) is not None
        or _LISTED_BEFORE.search(sentence[: when.start]) is not None
    )


_A_RECORD = re.compile(
    r"\b(?:most|least|largest|biggest|highest|lowest|smallest|fewest|worst|deadliest|heaviest|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"any|no|ever|record|longest|strongest|fastest|slowest|busiest)\b"
    r"(?:\W+\w+){0,6}\W*$",
    re.I,
)
"""A record that a "since" qualifies ("the smallest monthly total since May", "more than in
any month since the invasion began", "no single night since 2022", "the tenth loss since the
occupation"): it says how long the record stands, not over which period the claim's figure
runs."""


_IN_A_SINCE = re.compile(r"\bsince\b(?:\W+\w+){0,7}\W*$", re.I)
"""A date within a few words after "since" ("since the full-scale invasion began in 2022",
"since the February 2022 invasion"): where a period or a record begins, not the claim's."""


UNSURE = (
    Unsure(
        "one end of a period",
        lambda s, w: (
            _before(s, w, r"\bsince|\bso far|\bover the past|\bbetween|\bfrom")
            or re.search(r"\bso far this\b", s, re.I) is not None
            or any(not _A_RECORD.search(s[: m.start()]) for m in re.finditer(r"\bsince\b", s, re.I))
            or _IN_A_SINCE.search(s[: w.start]) is not None
        ),
    ),
    Unsure(
        BASELINE,
        lambda s, w: _compared(s, w) or _SAME_PERIOD.search(s) is not None,
    ),
    Unsure(
        "when a forecast was made, not what it foresees",
        lambda s, w: (
            re.search(r"\b(?:expected|predicted|forecast|projected)\b", s[w.end :], re.I)
            is not None
            and re.search(r"\b(?:to|would|will)\b", s[w.end :]) is not None
        ),
    ),
    Unsure("one of several days named together", lambda s, w: _listed_day(s, w)),
    Unsure(
        "the time of a condition ('if the pace held in November')",
        lambda s, w: re.search(r"\b(?:if|unless)\b[^,;:]*$", s[: w.start], re.I) is not None,
    ),
    Unsure(
        "a time in someone's own words, counted from when they spoke ('\"tomorrow\"')",
        lambda s, w: _quoted_time(s, w),
    ),
    Unsure(
        "the date of a thing the claim names ('the decision NATO took on Wednesday')",
        lambda s, w: _NAMED_THING_DONE.search(s[: w.start]) is not None,
    ),
    Unsure(
        "the date of a thing a later clause describes ('the arch a drone struck on 14 May')",
        lambda s, w: (
            _DESCRIBED_AFTER.search(s[: w.start]) is not None
            or _DONE_TO_IT.search(s[: w.start]) is not None
        ),
    ),
    Unsure("a time named earlier ('that month')", lambda s, w: _EARLIER_TIME.search(s) is not None),
)
"""When a date phrase found in a sentence is not to be trusted as the claim's own date: a
wrong date is worse than none, so the claim is left undated for the reviewer."""


_COMPARED = re.compile(
    r"\b(?:than|compared (?:with|to)|against|up from|down from|below|above|in line with|unlike|"
    r"(?:up|down|rose|fell|grew|increased|decreased)\s+(?:[\w.,%-]+\s+){1,3}from|"
    r"(?:increase|increases|rise|rises|jump|fall|drop|decrease|decline)\s+on|"
    r"as (?:it|they|he|she) (?:had|did|was|were)|"
    r"as (?:many|much|high|large|big|often)\s+(?:[\w,-]+\s+){0,4}as(?:\s+in)?)\b",
    re.I,
)
"""Words that set a figure against another, among the words before a date phrase: "up from
December", "ten times as many of these weapons as in June 2024"."""


def _compared(sentence: str, when: When) -> bool:
    """Whether the date phrase is what a figure is compared with, among the six words after
    a word of comparison: "more than Moscow took in 2023" compares with 2023."""
    lead = " ".join(sentence[: when.start].split()[-6:])
    if (preposition := re.match(r"(?:from|with|than)\b", when.text, re.I)) is not None:
        lead += " " + preposition[0]  # "up five points from December": the phrase holds "from"
    return _COMPARED.search(lead) is not None


def since(sentence: str, when: When, day: date) -> bool:
    """Whether the date phrase opens a period that runs to the report: "since January",
    "have been suffered since January 2024"."""
    opens = when.text.lower().startswith("since ") or _before(sentence, when, r"\bsince")
    if not (opens and when.date and when.date[:10] <= str(day)):
        return False
    if _EARLIER_TIME.search(sentence):  # "since September of that year": of which year?
        return False
    # "On 7 October Putin said ... since January": a month without its year counts from the
    # document's date only when the sentence gives no other date (read only then: the
    # sentence's dates again are not worth reading for every claim).
    # An open date ("a day earlier", with no day to count from) gives no other date.
    given = [w for w in dates(sentence, day) if w.date]
    return re.search(r"\b\d{4}\b", when.text) is not None or len(given) <= 1


_BY = r"\bby|\bby the (?:end|close|morning|afternoon|evening|night) of"
"""Before a date, what makes it the time a tally had been reached by: "by June 4", "by the
morning of September 8"."""
_BY_OPENING = re.compile(r"\s*By\b[^,;.]{0,60},(?:[^,;.]{0,40},)?")
"""A sentence's opening "By ...," (up to two commas): the time a tally had been reached by."""


_CUMULATIVE = re.compile(
    r"(?i)\bcumulative(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:losses|total|toll|tally|count|casualties|"
    r"deaths|figures?)\b"
)
"""A running total named so ("cumulative Ukrainian losses of 660"): all of them by its day; not
"its cumulative summary", which is a report."""
_SAID_HAD = re.compile(
    r"(?<!been )\b(?:said|told\s+\w+|reported|announced|stated|claimed|wrote)\s+(?:that\s+)?"
    r"(?!(?:he|she|they|we|I|it)\b)(?:[\w'’-]+\s+){1,4}?had\s+[a-z]+(?:ed|en)\b"
)
"""A saying of what had come about: "said Ukraine had received", "told reporters that the
army had lost"; not of the speaker ("said he had been told")."""


def reached_by(sentence: str, when: When) -> bool:
    """Whether the claim is a tally reached by the date, not an event of it: "By June 4 the
    tally had passed 200,000", "by the end of August it had allocated 83 billion", "the
    ministry said today that Russia had lost a million"."""
    if _CUMULATIVE.search(sentence):
        return True  # "On August 8 the MoD claimed cumulative losses of 660": all, by then
    if not perfect(sentence[when.end :]) and not perfect(sentence[: when.start]):
        return False
    if when.text.lower().startswith("by ") or _before(sentence, when, _BY):
        return True
    if (opening := _BY_OPENING.match(sentence)) is not None and when.end <= opening.end():
        return True  # "By the second anniversary of the invasion, in February 2024, it had ..."
    said = speech_before(sentence[: when.start])
    if said and re.match(r"\s*,?\s*that\b", sentence[when.end :]) is not None:
        return True  # "the ministry said today that Russia had lost a million"
    # "On Monday, Umerov said Ukraine had received more than 6,000 bodies": by Monday
    leads = re.match(r"\s*(?:On\s+)?$", sentence[: when.start]) is not None
    return leads and _SAID_HAD.search(sentence, when.end) is not None


def _last_day(written: str) -> str:
    """The last day of a year, month or day as written ("2025-08" gives 2025-08-31)."""
    return str(parse_span(written).last)


def unsure(sentence: str, when: When) -> str:
    """Why the date phrase may not be the claim's own date, or "" when nothing says so."""
    return next((u.name for u in UNSURE if u.holds(sentence, when)), "")


def _date_fields(
    sentence: str, own: tuple[int, int], when: When | None, day: date, beside: bool = False
) -> tuple[str, str, str]:
    """The claim's date, its words and how it was resolved, from the date phrase nearest its
    figure (when) and the part of the sentence that is its own: (date, date_text, basis).
    beside: the date is written right beside the figure (its_own), so no comparison makes
    it another's."""
    a, b = own
    part = sentence[a:b]
    if so_far := _SO_FAR.search(part):  # a period that runs to the report, or to a day it names
        said = when.date if when is not None and len(when.date) == len("2025-10-07") else ""
        last = said or str(day)
        until = f"{when.text!r}, {said}" if when is not None and said else "the document's date"
        if so_far["year"]:  # "so far in 2025"
            last = min(last, f"{so_far['year']}-12-31")
        # "with data running through October": the period ends with that month.
        if (through := _DATA_THROUGH.search(sentence)) is not None:
            ends = _last_day(f"{last[:4]}-{MONTHS[through[1].lower()]:02d}")
            last, until = min(last, ends), f"{through[0]!r}, {ends}"
        first = f"{last[:4]}-01-01"
        return f"{first}/{last}", so_far[0], f"from {first} to {until}"
    tonight = _THE_REPORTS_DAY.search(part)
    if when is not None and when.date == str(day) and tonight and tonight[0].lower() in _NIGHTS:
        when = None  # "539 drones overnight, the air force said on Friday": the night before
    if when is not None and (joined := _days_joined(part, day, when)):
        return joined
    if when is not None:
        if a <= when.start < b:  # the doubts are read in the claim's own part
            sentence, when = part, when._replace(start=when.start - a, end=when.end - a)
        if since(sentence, when, day):  # "since January 2024": a period to the report
            first = when.date.split("/")[0]
            return f"{first}/{day}", when.text, f"from {when.text!r} to the document's date, {day}"
        doubts = [
            u.name
            for u in UNSURE
            if not (beside and u.name == BASELINE) and u.holds(sentence, when)
        ]
        if doubts:
            return "", "", f"{when.text!r} may be {doubts[0]}: left open for the reviewer"
        by_the_end = _before(sentence, when, r"\bby the end of") or re.match(
            r"by the end of ", when.text, re.I
        )
        if when.date and (
            _before(sentence, when, r"\bbefore")
            or when.text.lower().startswith("before ")
            or (by_the_end and (planned(sentence) or _TO_DO.search(sentence[: when.start])))
        ):
            # "before Friday's summit", "before August 15", "would need 9 billion by the end
            # of December": by then, not then.
            last = _last_day(when.date.rsplit("/", 1)[-1])
            said = f"{when.text!r} in a plan" if by_the_end else f"before {when.text!r}"
            return f"../{last}", when.text, f"{said}: by {last}"
        if when.date and re.match(r"by\s+\d{4}$", when.text, re.I):  # "30 jets by 2028"
            last = _last_day(when.date)
            return f"../{last}", when.text, f"{when.text!r}: by {last}"
        when = window(sentence, when) or when  # "gave Moscow 50 days to agree"
        if when.date and "/" not in when.date and reached_by(sentence, when):
            last = _last_day(when.date)
            return f"../{last}", when.text, f"a tally reached by {when.text!r} ({last})"
        return when.date, when.text, when.basis
    if _THAT_PERIOD.search(part):  # "the funding gap over that period"
        return "", "", "a time named earlier: left open for the reviewer"
    if perfect(part):
        return f"../{day}", "", f"a perfect tense: it had come about by the document's date, {day}"
    if tonight:
        if tonight[0].lower() in _NIGHTS:  # the night into the report's day
            night = f"{day - timedelta(days=1)}/{day}"
            return night, tonight[0], f"{tonight[0]!r}: the night into the document's date, {night}"
        return str(day), tonight[0], f"{tonight[0]!r}: the document's date, {day}"
    if dates(part, day):  # "The arch, which weighs 36,000 tonnes, was slid over it in 2016"
        return "", "", "its words hold a date another part of them is bound to: left open"
    if planned(part):
        return "", "", "a plan with no date of its own: left open for the reviewer"
    if reported(sentence):
        basis = f"reported with no date: said or done by the document's date, {day}"
        return f"../{day}", "", basis
    if _LOOKS_AHEAD.search(part):  # "analysts expect Russia to launch 1,000 drones a night"
        return "", "", "what is expected or intended, with no date of its own: left open"
    if present_tense(part) and not lasted_until_now(part):
        return str(day), "", f"present tense: holds as of the document's date, {day}"
    return f"../{day}", "", f"the text gives no date; it had happened by the document's date, {day}"


_TO_DO = re.compile(
    r"\b(?:agreed|agrees|agree|pledged|promised|vowed|plans?|planned|aims?|aimed|hopes?|"
    r"hoped|intends?|intended|expects?|expected|wants?|wanted|needs?|needed|seeks?|sought|"
    r"decided|due|set)\s+to\s+[a-z]+\b[^,;:]*$",
    re.I,
)
"""An infinitive of what someone means to do, before a date in its clause: what is to be
done by then ("agreed to provide $50 billion in loans by the end of the year"), not what was
so; not "exports to the EU", "according to"."""

_LOOKS_AHEAD = re.compile(
    r"(?<!\bas )(?<!\bthan )\b(?:expects?|expecting|foresees?|foresaw|forecasts?|predicts?|"
    r"intends?\s+to|projects?\s+that)\b",
    re.I,
)
"""Verbs that look ahead: what a sentence with no date of its own says someone expects,
foresees or intends has not come about by the report ("Forecasters expect Moscow to fire
more than 1,000 drones in one night", "He expects the guarantees on paper within ten days");
not "as expected" or "intended to cripple the grid", which tell what came about. (Apart from
planned(), which also turns a bare weekday forward: "expects" does not.)"""

_A_YEAR_BEFORE = re.compile(
    r"\s*(?!(?:more|less|fewer|higher|lower|up|down|than|above|below|on|over|from|compared|"
    r"versus|vs|against)\b(?!\s+the\s+same\b))"
    r"(?:[a-z]+\s+){0,2}?"
    r"(?:(?P<ago>a\s+year\s+(?:earlier|before|ago))"
    r"|(?:in|over|during|for)\s+the\s+same\s+(?:period|months?|weeks?|time|quarter|half)"
    r"(?:\s+(?:of|in)\s+(?P<year>(?:19|20)\d\d)|\s+(?P<last>a\s+year\s+(?:earlier|before|ago)"
    r"|last\s+year))?)\b",
    re.I,
)
"""A baseline named right after its figure, a year before the claim's own period: "up from
62% a year earlier", "from 4,381 in the same period of 2024"; not "27% more than last
year", where the figure is the change, of the claim's own period."""


def year_before(when_date: str, when_text: str, baseline: re.Match[str]) -> tuple[str, str, str]:
    """A baseline's date, its words and its basis: the claim's period a year earlier, or in
    the year it names (that year at least, when the claim's period is not given); open when
    neither is ("in the same period", "62% a year earlier" with no date for the claim)."""
    named = baseline["year"]
    words = " ".join(baseline[0].split())
    if named and not when_date[:1].isdigit():  # within the year it names, at least
        return named, words, f"{words!r}: a period within {named}, whose months the text leaves"
    if not (baseline["ago"] or baseline["last"] or named) or not when_date[:1].isdigit():
        return "", "", "a comparison's baseline whose period the text does not give: left open"
    delta = int(named) - int(when_date[:4]) if named else -1
    parts = []
    for part in when_date.split("/"):
        year = int(part[:4]) + delta
        parts.append(f"{year}{part[4:]}".replace(f"{year}-02-29", f"{year}-02-28"))
    shifted = "/".join(parts)
    of = f"{when_text!r}, {when_date}" if when_text else when_date
    return shifted, words, f"{words!r}: the claim's period, {of}, in {shifted[:4]}"


_DATA_THROUGH = re.compile(
    rf"\b(?:running|data|figures|counted)\s+(?:up\s+)?(?:to|through)\s+({_MONTH})\b", re.I
)
"""The month a period's data runs to: "with data running through October"."""
_SO_FAR = re.compile(
    r"\bso far in (?P<year>(?:19|20)\d\d)\b|"
    r"\bso far this year\b|\bthis year so far\b|\bsince the (?:start|beginning) of the year\b|"
    r"\b(?:the|this) year(?:’s|'s)\b(?!.*\b(?:19|20)\d\d\b)",
    re.I,
)
"""A period from the first of the year to the report: "so far this year"."""

_THE_REPORTS_DAY = re.compile(r"\b(?:overnight|last night|this morning|today|tonight)\b", re.I)
"""Words that put an event, with no date of its own, on the day the document reports."""


def _days_joined(part: str, day: date, when: When) -> tuple[str, str, str] | None:
    """Two days the claim's own part joins with "and" ("strikes on 23 June and on Dnipro on
    24 June together killed", "footage posted on September 30 and October 1"), one of them
    its date phrase: the claim holds for both, from the first to the last."""
    days = [w for w in dates(part, day) if len(w.date) == len("2025-06-23")]
    if len(days) != 2 or when.date not in {w.date for w in days}:
        return None
    one, other = days
    between = part[one.end : other.start]
    if re.search(r"\band\b", between) is None or _NEW_SUBJECT.search(between):
        return None  # not "effective August 7, and Russia's ministry ... on August 9"
    if other.basis.startswith("the day after") and not re.fullmatch(r",?\s+and\s+", between):
        return None  # "on Friday, and ... the following day": each clause its own day; not
        # "tomorrow and the day after", two days of one event
    first, last = sorted((one.date, other.date))
    said = f"{one.text!r} and {other.text!r}"
    return f"{first}/{last}", part[one.start : other.end], f"{said}: the days it joins"


STATED = frozenset({"stated in the text", "a period stated in the text"})
"""Date bases that read the date as the text gives it, with nothing inferred."""


def checks(when_date: str, basis: str, source_check: str) -> tuple[str, ...]:
    """What a reviewer should check first in a candidate, each with its reason: a date that
    was inferred (counted from the document's date or a heading, read from a tense), and a
    source resolved from a pronoun, a role noun or a quotation's attribution."""
    found = []
    if (when_date and basis not in STATED) or (not when_date and basis):
        found.append(f"date: {basis}")  # inferred, or left open and why
    if source_check:
        found.append(f"source: {source_check}")
    # CSV and --fields join a list with "; ": a reason holds none, so the column splits.
    return tuple(reason.replace("; ", ", ") for reason in found)


def _unique_id(base: str, taken: Callable[[str], bool], given: dict[str, int]) -> str:
    """An id from base ("base", then "base-2", "base-3", ...) that no loaded table has and
    this document has not given yet. given: each id given so far, with the next number its
    base tries (so that a thousand candidates on one base do not each count up from 2)."""
    base = base if ID_PATTERN.fullmatch(base) else "fact"
    n = given.get(base, 1)
    ident = base if n == 1 else f"{base}-{n}"
    while ident in given or taken(ident):
        n += 1
        ident = f"{base}-{n}"
    given[base] = n + 1
    given.setdefault(ident, 1)
    return ident


def _quoted_passages(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, tuple[str, str]]:
    """For sentences inside a quotation that is attributed where it closes, that attribution:
    every sentence of “…” followed by “news agency AP quoted Zelenskyy as saying” is his."""
    found: dict[int, tuple[str, str]] = {}
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    for quote in re.finditer(r"“([^”]*)”", text):
        # The sentence holding the closing mark, or the first after it (spans are in order).
        at = bisect.bisect_right(ends, quote.end() - 1)
        if at == len(spans):
            continue
        closing = spans[at]
        if (said := attribution(text[closing[0] : closing[1]])) is None:
            continue
        for i in range(bisect.bisect_left(starts, quote.start()), len(spans)):
            start, end = spans[i]
            if start > quote.end() + 2:
                break
            if end <= quote.end() + 2:
                found.setdefault(start, said)
    return found


_SOURCE_LINE = re.compile(r"(?m)^[ \t]*Sources?:[ \t]*(?P<who>[^\n]+?)[ \t]*$")
"""A fact sheet's line that names the source of its section: "Source: UN Office for the
Coordination of Humanitarian Affairs (OCHA), 2026 Humanitarian Response Plan."."""
_SOURCE_AT_END = re.compile(r"(?m)(?<=[.;])[ \t]+Sources?:[ \t]*(?P<who>[^\n.,;]+)\.?[ \t]*$")
"""A listed line that names its own source at its end: "... for 2026-27. Source: European
Council."."""
_WHOSE_WORK = re.compile(
    r"^(?P<who>.+?)(?:’s|'s)?\s+(?:analysis|tally|count|estimate|figures|data|update|report)\b"
)
"""A body's piece of work named as the source: "AFP analysis of ISW data" is AFP's."""


def _title_sources(credit: str) -> list[str]:
    """The bodies a section's title names in brackets, in order: "(Source: Ukrainian Air
    Force; Russian Ministry of Defence)" names two; "[UN Human Rights Monitoring Mission in
    Ukraine, update of 9 April]" one, without the day of its update; "(ISW / CRITICAL THREATS
    PROJECT)" two; "ISW data as analysed by AFP" is ISW's (its piece of work)."""
    credit = re.sub(r"^\s*Sources?:\s*", "", _DATED_TAIL.sub("", credit))
    bodies = [b.strip() for b in re.split(r"\s*;\s*|\s+/\s+", credit) if b.strip()]
    return [w["who"] if (w := _WHOSE_WORK.match(b)) else b for b in bodies]


def _named_in(sentence: str, bodies: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """Of the bodies a section's title names, the one the line names whole ("Sumy direction
    (DeepState, 8 June)": DeepState, not the Sumy regional administration), else the one
    whose words it shares most, then the one it names first ("a Russian claim ... of 110
    Ukrainian drones": the Russian Ministry of Defence), then the first listed; None when
    the title names none."""
    said = words(sentence)

    def shared(body: tuple[str, str]) -> tuple[bool, int, int]:
        # all its words in the line, then how many, then how early the first stands
        own = set(words(body[0])) - STOPWORDS
        held = [i for i, w in enumerate(said) if w in own]
        found = {said[i] for i in held}
        return bool(own) and found == own, len(found), -min(held, default=len(said))

    return max(bodies, key=shared, default=None)


def closing_sources(text: str) -> list[tuple[int, int, str]]:
    """(start, end, who) for each section that a "Source:" line closes: from the line after
    the section's title, the last blank line or the last such line, to that line; `who` is
    the first of its comma-separated parts, a body's name for its piece of work ("AFP
    analysis of ..." is AFP). A line that ends "Source: X." names its own."""
    found = []
    for inline in _SOURCE_AT_END.finditer(text):  # first: a line's own comes before its section's
        found.append((text.rfind("\n", 0, inline.start()) + 1, inline.start(), inline["who"]))
    opened = 0
    for line in _SOURCE_LINE.finditer(text):
        blank = text.rfind("\n\n", opened, line.start())
        begin = max(opened, blank + 2 if blank >= 0 else 0)
        found.append((begin, line.start(), _whose(line)))
        opened = line.end()
    return found


def _whose(line: re.Match[str]) -> str:
    """Who a "Source:" line names: the first of its comma-separated parts, a body's name
    for its piece of work ("AFP analysis of ..." is AFP, "OHCHR civilian casualty update"
    OHCHR, an acronym and the kind of its work); the lower-case words before the work kept
    after a name ("Ukrainian energy ministry data", "Kharkiv regional governor update")."""
    who = re.split(r"[,;]\s", line["who"].rstrip(". "), maxsplit=1)[0]
    if (work := _WHOSE_WORK.match(who)) is None:
        return who
    named = work["who"]
    kept = re.fullmatch(r"(?P<name>[A-Z]{2,})(?:\s+[a-z][\w-]*)+", named)
    if kept is not None and not _BODY_WORDS.search(named):
        return kept["name"]  # "IOM displacement tracking matrix": IOM
    return named


_A_SECTION_TITLE = re.compile(
    r"\d{1,2}\.\s+.+|[^a-z]*[A-Z][^a-z]*"
    r"|[A-Z][\w’'-]*(?:\s+(?:(?:of|in|the|and|for|on|to|a)\s+)*(?:[A-Z][\w’'-]*|(?:19|20)\d\d))*"
)
"""A section's title: numbered ("2. Major incidents verified in April"), in capitals
("HUMANITARIAN RESPONSE") or with every word but small ones capitalised ("Civilian
Casualties in September"); not a line of data with no stop ("Russia hit gas production 9
times in October"), above a "Source:" line that closes it."""


_BLANK_LINE = re.compile(r"\n[ \t]*\n(?=\S)")


def opening_sources(text: str) -> list[tuple[int, int, str]]:
    """(start, end, who) for each section whose "Source:" line stands right under its
    title, which opens a block of its own ("1. CIVILIAN CASUALTIES, APRIL 2025", then
    "Source: UN Human Rights Monitoring Mission in Ukraine (HRMMU), ..."): the source of
    every line and paragraph after it, to the next title that follows a blank line or the
    next "Source:" line. `who` as closing_sources reads it."""
    found = []
    lines = list(_SOURCE_LINE.finditer(text))
    for i, line in enumerate(lines):
        title_end = line.start() - 1
        title_start = text.rfind("\n", 0, max(title_end, 0)) + 1
        above = text[text.rfind("\n", 0, max(title_start - 1, 0)) + 1 : max(title_start - 1, 0)]
        if (
            title_end <= title_start
            or not (
                title_start == 0
                or text[title_start - 2 : title_start] == "\n\n"
                or above.startswith(" date ")
            )
            or not _A_SECTION_TITLE.fullmatch(text[title_start:title_end].strip())
        ):
            continue  # a "Source:" line that closes what stands above it
        end = lines[i + 1].start() if i + 1 < len(lines) else len(text)
        for blank in _BLANK_LINE.finditer(text, line.end(), end):
            after = blank.end()
            last = text.find("\n", after)
            if _heading(text, after, len(text) if last < 0 else last):
                end = after
                break
        found.append((line.end(), end, _whose(line)))
    return found


def extract(
    text: str,
    document: str,
    table: Path,
    *,
    given_date: str | None = None,
    known: Mapping[str, Source] | None = None,
    taken: Callable[[str], bool] = lambda ident: False,
    cited: Sequence[tuple[int, int]] = (),
) -> Extraction:
    """Propose a candidate fact for every sentence (or clause) that carries a share, a
    quantity with a unit, a date, an ordinal, an attribution, or a party's move.

    `known` sources are reused by id; ids for which `taken` is true are not given again;
    spans in `cited` (quoted by a loaded table) are left out and counted.
    """
    import hashlib  # the document's hash: only extract needs it at once

    day, begin = document_date(text, given_date)
    sources = _Sources(known or {})
    given: dict[str, int] = {}
    # Text read strictly as UTF-8 encodes back to the very bytes of the file.
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    result = Extraction(document=Document(document, published=day.isoformat(), sha256=digest))
    spans = list(sentences(text, begin))
    quoted_by = _quoted_passages(text, spans)
    headings = day_headings(text, begin, day)
    closed = closing_sources(text)
    headed = opening_sources(text)
    author = issued_by(text[begin:])
    live = len(headings) >= 2 or len(_ENTRY_TIME.findall(text, begin)) >= 2
    heading_at = {at for at, _ in headings}
    document_day = day
    section: tuple[str, str] | None = None
    sections: list[tuple[str, str]] = []  # the bodies a section's title names in brackets
    period: tuple[str, str] | None = None  # the period a section's title names, for its lines
    period_at = 0  # where that title ends: its section runs to the next blank line
    days_at = 0  # where the last sentence that gave a day, told or not, ends
    told_day: tuple[str, str, bool] | None = None  # the last day a sentence gave, its
    # words, whether it was the sentence's only date; and where
    told_at = 0
    counting, counted_at = "", 0  # what the last figures counted ("drones"), and where
    counted_by: tuple[str, str] | None = None  # and who said so
    counted_when: tuple[str, str] | None = None  # and the date it gave them, and its words
    lead: tuple[str, str] | None = None  # whose work the paragraph's first sentence reports
    declared: tuple[str, str] | None = None  # whom "all figures below come from"
    paragraph_at = 0  # where the last sentence read ends
    columns: list[str] = []  # the headings of the table being read, and where it ends
    columns_at = 0
    for start, end in spans:
        if start in heading_at:
            continue  # a live blog's heading says when what follows it was written
        cells = table_cells(text[start:end])
        if columns and "\n\n" in text[columns_at:start]:
            columns = []  # a blank line ends a table
        row = bool(cells) and len(cells) == len(columns)
        if cells and not columns and not any(re.search(r"\d", _DATED.sub("", c)) for _, c in cells):
            # "Period | Drones launched", "Weapon | January 2026 | Change on December"
            columns, columns_at = [c for _, c in cells], end
            continue  # headings, not a row: a line of figures is read as any other
        if row:
            columns_at = end
            if all(re.fullmatch(r"[-:= ]+", c) for _, c in cells):
                continue  # "|---|---|": a markdown table's rule under its headings
        elif _heading(text, start, end):
            # A headline, a dateline, a section's title: no claim of its own; a title that
            # names its source in brackets ("Children killed (Office of the Prosecutor
            # General)") gives it to the lines under it that name none.
            credited = re.search(
                r"[(\[](?P<who>[A-Za-z][^()\[\]]{2,80})[)\]]\s*$", text[start:end]
            )  # "(Office of the Prosecutor General)", "[Sumy Regional Prosecutor's Office]"
            body = credited is not None and _BODY_WORDS.search(fold(credited["who"]))
            # "[UN Human Rights Monitoring Mission in Ukraine, update of 9 April]": the body,
            # without the day of its update; of two bodies ("(ISW / CRITICAL THREATS
            # PROJECT)"), the first.
            credits = _title_sources(credited["who"]) if credited and body else []
            section = None  # not "(Donetsk)"
            sections = [(who, "") for who in credits]
            period, period_at = title_period(text[start:end], document_day), end
            continue
        day = _day_of(start, headings, document_day)
        sentence = text[start:end]
        if re.match(r"\s*Sources?:", sentence):
            continue  # a fact sheet's "Source:" line names whose the lines it closes are
        sources.read_titles(sentence)
        # A listed line's later sentences are the line's too ("- Killed: 35. The count
        # stood at 34 on Sunday evening."): the section's source holds for them.
        listed = _LISTED_LINE.match(text, text.rfind("\n", 0, start) + 1) is not None
        if not listed:
            sections = []  # a title's source holds for the listed lines right under it
        section = _named_in(sentence, sections)
        own_said = attribution(sentence)
        if row:  # "3 October | 381 | 35 | Air Force": the row's source is its source cell
            # (of two bodies in the cell, "Zelensky; Russian Ministry of Defence", the first);
            # in a table with no source column, whom the row's own words name ("3, the air
            # force said")
            own_said = next(
                (
                    (bodies[0], "")
                    for (_, c), h in zip(cells, columns, strict=True)
                    if sources_column(h) and (bodies := _title_sources(c))
                ),
                None,
            ) or (None if any(sources_column(h) for h in columns) else own_said)
        closing = next(((who, "") for a, b, who in closed if a <= start < b), None)
        heads = next(((who, "") for a, b, who in headed if a <= start < b), None)
        if (declares := _FIGURES_FROM.search(sentence)) is not None:
            # "All figures below come from the UN Human Rights Monitoring Mission (HRMMU)":
            # whose every figure after it is that names no source of its own.
            declared = (declares["who"], "")
        said = own_said or quoted_by.get(start) or section or closing or heads
        found = row_figures(sentence, columns) if row else quantities(sentence)
        if said is None and declared is not None and declares is None and found:
            said = declared
        if "\n\n" in text[paragraph_at:start] or not paragraph_at:
            lead = (
                own_said
                if own_said and (shows_whose_work(sentence) or opens_a_saying(sentence))
                else None
            )
        paragraph_at = end
        carried = None
        if said is None and lead is not None and found:
            # "AFP's analysis of ISW data shows Russia took 713 sq km in July." then "That is
            # its biggest gain since November.": the analysis goes on in its paragraph.
            said = carried = lead
        again: list[Quantity] = []
        if start - counted_at < 400 and text[counted_at:start].count("\n\n") <= 1:
            # "Russia sent 112 drones." then "Seventy-three were shot down.": drones, and
            # counted by whom the sentence before names; in the next paragraph too, where
            # wire copy sets it ("568 of the drones").
            again = counted_again(sentence, counting, found)
            if again and "\n\n" in text[counted_at:start] and not _OF_THE.search(sentence):
                again = []  # a bare count a paragraph on may count something else
            found = sorted(found + again)
            if again and said is None and counted_by is not None:
                said = carried = counted_by
        # the date of what "again" counts, when the sentence counts nothing else of its own
        count_of_before = counted_when if again and set(found) <= set(again) else None
        if units := [q.unit for q in found if _counts_things(q.unit)]:
            counting, counted_at = units[-1], end
            counted_by = said
            counted_when = None
        last_day = told_day if _goes_on(text, told_at, start, sentence) else None
        # a day counted from the day before ('a day earlier') counts from the last day
        # given, only when that sentence's day was its event's, not a plan's
        shift_from = last_day if told_at >= days_at else None
        when = [w for w in dates(sentence, day) if w.date or w.text]
        at_a_line = not text[text.rfind("\n", 0, start) + 1 : start].strip()
        if at_a_line and (dateline := _DATELINE.match(sentence)) is not None:
            # the report's own day, when it is the document's: no date of what it tells
            when = [w for w in when if w.start >= dateline.end() or w.date != str(day)]
        if row and not _AHEAD.search(" ".join([*columns, sentence])):
            when = [_recorded(w, day) for w in when]  # not a calendar's "Delegates expected"
        when = [_counted_from(w, shift_from, sentence, day) for w in when]
        credit = BRACKET_CREDIT.search(sentence)  # "[Zelensky, 20 November]": when said
        days = [
            w
            for w in when
            if (len(w.date) == len("2025-11-19") or _two_days(w.date))
            and (credit is None or w.start < credit.start())
        ]  # a day, or a night ("overnight on September 6 to 7"), that the next line may take
        if (
            days
            and not _opens_a_period(sentence, days[0])
            and not planned(sentence)
            and not _before(sentence, days[0], _BY)
            and not _before(sentence, days[0], LIMIT)  # "gave Kyiv until Thursday": a limit
        ):
            # a day of an event, not one that opens a period ("since January 1, 2023"), nor
            # the day of what is to come ("power cuts would run around the clock today"), nor
            # the day a tally was reached by ("reported by the morning of September 8")
            told_day, told_at = (days[0].date, days[0].text, len(when) == 1), end
        if days:
            days_at = end  # where the last sentence that gave a day ends
        if not (found or when or said or ordinal(sentence) or party_move(sentence)):
            continue
        voiced = (author, "") if author is not None and said is None else None
        said = said or voiced  # a statement that speaks as "we": its issuer's, at the last
        source, relay = sources.named(said)
        source_check = sources.inferred
        if (
            own_said is not None
            and said is own_said
            and (owner := work_of(sentence)) is not None
            and (owner in own_said[0] or own_said[0] in owner)
        ):
            # "Institute for the Study of War data ... show": its owner's, the later "same
            # count"; not "The Kremlin dismissed a BBC tally", whose owner is not who speaks
            sources.last_work = (source, sources.sentences)
        if said is not None and own_said is None and said is section:
            source_check = "named in brackets by the title of its section"
        elif said is not None and own_said is None and said is declared:
            source_check = "named for every figure below it by an earlier sentence"
        elif said is not None and own_said is None and said is closing:
            source_check = "named by the 'Source:' line that closes its section"
        elif said is not None and own_said is None and said is heads:
            source_check = "named by the 'Source:' line under its section's title"
        elif said is not None and own_said is None and said is voiced:
            source_check = "the body whose statement speaks as 'we', named in its heading"
        elif said is not None and said is carried and said is lead:
            source_check = (
                "carried from the paragraph's first sentence, whose analysis or words it reports"
            )
        elif said is not None and said is carried:
            source_check = "carried from the sentence before, whose count this one goes on with"
        elif said is not None and own_said is None:
            source_check = "a sentence of a quotation, said by whom its closing attribution names"
        whole = clauses(sentence, at_and=False)
        claims = _claims(sentence, found, when, said is not None, whole, day)
        # A figure's own part, where it has company: split at "and" too when each figure has
        # a date of its own ("728 drones on July 9 and 810 on September 7").
        own = [c.when for c in claims if c.quantity is not None]
        several = len(found) > 1 and None not in own and len(set(own)) == len(own)
        parts = (clauses(sentence) if several else whole) if len(found) > 1 else []
        night_told = None
        for claim in claims:
            if any(s < end and start < e for s, e in cited):
                result.already_cited += 1
                continue
            quantity = claim.quantity
            value = quantity.value if quantity else None
            ident = _unique_id(
                "-".join(words(f"{claim.subject} {claim.kind.value}")[:6]), taken, given
            )
            # A sentence of several figures: each candidate quotes its figure's own clause,
            # so that a reviewer (and a check) reads each figure with its own date.
            if claim.span is not None:
                a, b = claim.span
            elif (
                claim.when is not None
                and _DATED_FROM_ANOTHER.search(claim.when.text)
                and day_shift(claim.when.text) is None  # not "the day before,"
            ):
                # "three days after his shouting match with Zelensky": the event dated from
                # the sentence's own quotes its own words (and its figure: "a day after 26
                # countries pledged"), not the sentence it shares.
                a, b = claim.when.start, claim.when.end
            elif quantity is not None:
                a, b = _own_clause(sentence, parts, found, quantity.start)
            elif claim.when is not None and found:
                # A date in a clause of its own, beside a figure in another ("the fall was
                # 43 percent, cushioned by a package announced at the end of August"): the
                # date's claim quotes its own part, which the figure's does not share.
                a, b = _own_clause(sentence, parts or whole, found, claim.when.start)
                if a == 0 and sentence[b : b + 1] == "," and _opening_phrase(sentence[:b]):
                    # "Speaking to G7 leaders on Tuesday, the president said ...": when and
                    # where the sentence's claims were made, no claim of its own.
                    continue
            else:
                a, b = 0, len(sentence)
            quote = sentence[a:b]
            # "..., the air force said, while the Russian defence ministry accused Ukraine of
            # 488 attacks": a clause that names its own speaker is that speaker's.
            said_here = (
                attribution(quote)
                if own_said is not None and (a, b) != (0, len(sentence))
                else None
            )
            if said_here is not None and said_here != own_said:
                claim_source, claim_relay = sources.named(said_here)
                claim_check = sources.inferred
            else:
                claim_source, claim_relay, claim_check = source, relay, source_check
            beside = (
                claim.quantity is not None
                and claim.when is not None
                and its_own(sentence, claim.quantity, claim.when)
            )
            when_date, when_text, basis = _date_fields(sentence, (a, b), claim.when, day, beside)
            before = _A_YEAR_BEFORE.match(sentence, quantity.end) if quantity else None
            if before and not (claim.when and before.start() <= claim.when.start < before.end()):
                # Not when the claim's own date is the baseline's words ("300 strikes a year
                # ago"): dates() has counted it back already.
                when_date, when_text, basis = year_before(when_date, when_text, before)
            if when_text.lower() in _NIGHTS:
                # "Russia sent 112 drones overnight." then "Seventy-three were shot down.":
                # the night is the day the next sentence's event is of.
                night_told = (when_date, when_text, True)
            if row and _AS_OF.fullmatch(columns[0]) and len(when_date) == len("2025-11-19"):
                # "| As of | Killed |" over "| Thu 20 Nov, morning | 26 |": the toll by then
                when_date = f"../{when_date}"
                basis = f"a tally as of {when_text!r}, under the heading {columns[0]!r}"
            if day != document_day:  # a live blog's entry: counted from its heading's day
                basis = basis.replace("the document's date", "the day of the entry's heading")
            if not when and count_of_before and quantity is not None and quantity in again:
                # "... 130 drones between 23:00 yesterday and 08:00 this morning." then "The
                # Kursk region saw the most (31)": the same count, of the same night.
                when_date, when_text = count_of_before
                basis = f"the date of the count the sentence before goes on from, {when_text!r}"
            elif (
                not when
                and last_day
                and when_date.startswith("..")
                and _takes_day_before(sentence, last_day, day)
            ):
                # "The strike hit Ternopil on Wednesday. It killed 26 people.": what the event
                # named just before did is of its day.
                when_date, when_text = last_day[:2]
                basis = f"the day of the event the sentence before dates, {when_text!r}"
            elif (
                period
                and when_date == f"../{day}"
                and listed
                and "\n\n" not in text[period_at:start]
            ):
                # "1. AIR ATTACKS ON UKRAINE, SEPTEMBER", then "- Missiles launched: 185".
                when_date, when_text = period
                basis = f"the period its section's title names, {when_text!r}"
            elif (
                live
                and when_date == f"../{day}"
                and (_a_count_of_the_day(claim.quantity) or _SAID_TODAY.search(sentence))
                and not _OWN_TIME.search(sentence)  # "had fired", "has captured": before
            ):
                # "Four of the missiles were shot down", "Starmer said he was appalled", in
                # an entry of a live blog: what it reports as news is of the entry's day.
                when_date = str(day)
                what = "a count" if _a_count_of_the_day(claim.quantity) else "a saying"
                basis = f"{what} a live blog's entry reports, with no date of its own: {day}"
                if quantity is not None and _of_the_night(sentence, quantity.start):
                    # "... destroyed 2 drones overnight; the governor said 1 person was
                    # injured": of the night into the entry's day
                    when_date = f"{day - timedelta(days=1)}/{day}"
                    basis = f"a count of the night its sentence tells of: {when_date}"
            if quantity is not None and quantity.unit == counting and when_date:
                counted_when = (when_date, when_text)
            result.checks[ident] = checks(when_date, basis, claim_check)
            if quantity is not None:
                # "296 drones and seven missiles": the first figure's quote ends before the
                # second's, so that no two candidates quote the same words.
                b = _cut_before_next(sentence, (a, b), quantity, found)
                quote = sentence[a:b]
            result.facts.append(
                Fact(
                    id=ident,
                    statement=" ".join(quote.split()),
                    kind=claim.kind,
                    subject=claim.subject,
                    source=claim_source.id,
                    document=document,
                    start=start + a,
                    end=start + b,
                    quote=quote,
                    value=value,
                    unit=quantity.unit if quantity and value is not None else "",
                    qualifier=quantity.qualifier if quantity else "",
                    date=when_date,
                    date_text=when_text,
                    date_basis=basis,
                    reported_by=claim_relay.id if claim_relay else "",
                    table=table,
                    cited=result.document,
                )
            )
        if night_told is not None:
            told_day, told_at = night_told, end
    result.facts = _without_periods_counted(result.facts)
    named = {n for f in result.facts for n in (f.source, f.reported_by) if n}
    result.sources = sorted((s for s in sources.used.values() if s.id in named), key=lambda s: s.id)
    return result
