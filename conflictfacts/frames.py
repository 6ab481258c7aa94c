"""The framing a question comes wrapped in: who asks it and for what work, and what the
asker heard ("For my article, ...", "... my editor asks", "Our readers want to know ...",
"...? I need the source"). Such a frame says nothing of what is asked, so `ask` reads the
question without it; its words would otherwise weigh against every answer.

A frame comes off only when it is one of FRAMES, each a named pattern with its own examples
(tests/test_frames.py runs them all), built from closed lists of the askers (ASKERS) and the
works (WORKS) a question serves, and only when what is left is a question of its own
(WHAT_IS_LEFT) about the war (the caller says which are). Anything else about the asker
("for my wedding", "asking for my landlord", "for my Luhansk piece") stays, and counts
against an answer as before."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

ASKERS = (
    "editor editors reader readers listener listeners viewer viewers audience followers "
    "subscribers student students pupils class teacher professor lecturer colleague colleagues "
    "newsroom desk producer producers boss fact-checkers factcheckers researchers newspaper "
    "magazine station outlet"
).split()
"""Who a question is passed on from, in the asker's work: not a relative, a friend, a
landlord or a team, whose questions are as often about their own affairs."""
WORKS = (
    "article story piece report reporting podcast show programme program broadcast newsletter "
    "blog column explainer briefing essay thesis dissertation paper homework assignment project "
    "presentation lecture seminar class course glossary caption timeline fact-check factcheck "
    "research script episode segment video channel documentary newspaper magazine website "
    "substack quiz"
).split()
"""The work a question serves."""
_QUALIFIERS = (
    "latest next new weekly daily school history university uni college term final high "
    "student news radio tv morning evening local own fact class"
).split()
"""Words that may qualify an asker or a work: "my history students", "our weekly show"."""


def _words(names: list[str]) -> str:
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ")"


_QUALIFIED = rf"(?:{_words(_QUALIFIERS)}\s+){{0,2}}"
_ASKER = rf"(?:my|our)\s+{_QUALIFIED}{_words(ASKERS)}"
_WORK = rf"(?:my|our|a|an)\s+{_QUALIFIED}{_words(WORKS)}"
_FOR = rf"(?:{_ASKER}|{_WORK})"
_CUT = r"\s*[,:;–—-]+\s*"
"""Punctuation that ends a lead-in: "For my article, ...", "Quick question for our show: ..."."""
_BEFORE_TAIL = r"\s*[,;:.?!(–—-]+\s*"
"""Punctuation that opens a tail: "..., for my report", "...? I need the source"."""
_END = r"\s*\)?\s*[.?!]*\s*$"
_WANTS_TO_KNOW = (
    r"(?:asks?|asked|is\s+asking|are\s+asking|keeps?\s+asking|wants?\s+to\s+know|"
    r"wanted\s+to\s+know|needs?\s+to\s+know|would\s+like\s+to\s+know|wonders?|wondered|"
    r"(?:is|are)\s+wondering)"
)
_WANTS_A_FIGURE = (
    r"(?:wants?|needs?)\s+(?:a\s+number|a\s+figure|the\s+figure|the\s+number|the\s+source|"
    r"a\s+source|an\s+answer)"
)


class Frame(NamedTuple):
    """One kind of framing: its name, where it stands, its pattern and examples of it, each
    a query and what is read of it."""

    name: str
    lead: bool
    """At the start of the query (True) or at its end."""
    pattern: str
    """A regular expression, compiled on first use (_compiled): most queries have no frame,
    and compiling them all would cost every start of `ask` some milliseconds."""
    examples: tuple[tuple[str, str], ...]


def _lead(name: str, pattern: str, *examples: tuple[str, str]) -> Frame:
    return Frame(name, True, "^" + pattern, examples)


def _tail(name: str, pattern: str, *examples: tuple[str, str]) -> Frame:
    return Frame(name, False, _BEFORE_TAIL + pattern + _END, examples)


_ROLES = (
    "journalist reporter fact-checker factchecker teacher student researcher analyst editor "
    "producer writer blogger podcaster"
).split()
"""What an asker may say they are ("As a reporter, ...", "I'm a teacher: ...")."""

FRAMES = (
    _lead(
        "a greeting",
        r"(?:hi|hello|hey)(?:\s+there)?\b[!,.:]*\s*(?:(?:a\s+)?quick\s+one\s*[:,.-]\s*)?",
        ("Hi! For my article, who hosted Putin?", "who hosted Putin?"),
        ("Hello, quick one: where will the talks be?", "where will the talks be?"),
    ),
    _lead(
        "who the asker is",
        rf"(?:as\s+an?\s+{_words(_ROLES)}\b\s*,?\s*|i['’]?m\s+an?\s+{_words(_ROLES)}\b\s*"
        r"(?:[:,.;–—-]+|\s+and)\s*)",
        ("As a reporter, I need to know who hosted Putin", "who hosted Putin"),
        ("I'm a teacher: which oblasts make up the Donbas?", "which oblasts make up the Donbas?"),
    ),
    _lead(
        "what the asker is writing",
        rf"i['’]?m\s+(?:writing|making|preparing|putting\s+together)\s+{_WORK}\s*"
        r"(?:[:,.;–—-]+|\s+and)\s*",
        ("I'm writing an explainer. Who hosted Putin in Alaska?", "Who hosted Putin in Alaska?"),
    ),
    _lead(
        "what it is for",
        rf"(?:this\s+is\s+)?(?:for|in)\s+{_FOR}{_CUT}",
        ("For my article, how much of Donetsk is occupied?", "how much of Donetsk is occupied?"),
        ("In our weekly newsletter: where are the next talks?", "where are the next talks?"),
        ("For our readers, what is the deadline?", "what is the deadline?"),
        ("For my wedding, where is the next round?", "For my wedding, where is the next round?"),
    ),
    _lead(
        "a question for",
        rf"(?:a\s+)?(?:quick\s+|short\s+|one\s+)?question\s+(?:for|from)\s+{_FOR}{_CUT}",
        ("Quick question for our podcast: who hosted Putin?", "who hosted Putin?"),
    ),
    _lead(
        "who wants to know",
        rf"{_ASKER}\s+{_WANTS_TO_KNOW}\b(?:{_CUT})?\s*",
        ("My editor asks who said the US set a June target", "who said the US set a June target"),
        ("our readers want to know how long the war has lasted", "how long has the war lasted"),
        ("My students ask: where will the talks be held?", "where will the talks be held?"),
        ("Our listeners ask whether there was an exchange", "whether there was an exchange"),
        ("My son asks how long the war has lasted", "My son asks how long the war has lasted"),
    ),
    _lead(
        "asked of the tool",
        rf"(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?tell\s+me\b(?:{_CUT})?\s*",
        ("Can you tell me by when the Americans want a deal", "by when the Americans want a deal"),
        ("Please tell me: did Ukraine accept the offer?", "did Ukraine accept the offer?"),
    ),
    _lead(
        "what the asker needs",
        r"(?:i|we)\s*(?:need|want|have|would\s+like|['’]d\s+like)\s+to\s+"
        rf"(?:know|confirm|check|verify|find\s+out)\b(?:{_CUT})?\s*",
        ("I need to confirm: which round ended in the UAE?", "which round ended in the UAE?"),
        ("I'd like to know where the summit was", "where was the summit"),
        (
            "I need to find out where my next interview round is",
            "I need to find out where my next interview round is",
        ),
    ),
    _lead(
        "what the asker heard",
        r"(?:i|we)\s+(?:(?:have\s+|['’]ve\s+)?heard|read|(?:was|were)\s+told)\s+(?:that\s+)?",
        ("I heard that Russia holds all of Luhansk", "Russia holds all of Luhansk"),
        ("I read that my town has water resources", "I read that my town has water resources"),
    ),
    _tail(
        "a check asked",
        r"(?:(?:can|could)\s+you\s+confirm|please\s+confirm|confirm|"
        r"is\s+(?:that|this|it)\s+(?:right|true|correct|accurate|so)|true|right|correct|"
        rf"yes\s+or\s+no|(?:quick\s+)?yes\s*/\s*no(?:\s+for\s+{_FOR})?|"
        r"what\s+does\s+the\s+(?:article|story|report|piece)\s+say(?:\s+exactly)?)",
        (
            "Has Ukraine accepted the offer to host the talks? can you confirm?",
            "Has Ukraine accepted the offer to host the talks?",
        ),
        (
            "Does Russia control all of Donetsk? quick yes/no for our news quiz",
            "Does Russia control all of Donetsk?",
        ),
    ),
    _tail(
        "what it is for",
        rf"(?:for|in)\s+{_FOR}",
        (
            "which oblasts make up the Donbas, for my class presentation",
            "which oblasts make up the Donbas",
        ),
        ("how long has the war lasted (for my project)", "how long has the war lasted"),
        (
            "where is the next round (for our pub crawl)",
            "where is the next round (for our pub crawl)",
        ),
    ),
    _tail(
        "asking for",
        rf"(?:i['’]m\s+|i\s+am\s+)?asking\s+for\s+(?:a\s+friend|{_FOR})",
        ("where will the talks be? asking for our show", "where will the talks be?"),
        ("Is Russia asking for our withdrawal?", "Is Russia asking for our withdrawal?"),
    ),
    _tail(
        "who wants to know",
        rf"{_ASKER}\s+(?:{_WANTS_TO_KNOW}|{_WANTS_A_FIGURE})",
        ("how much gas is in the east? my audience wants a number", "how much gas is in the east?"),
        ("what are the minerals needed for, my students ask", "what are the minerals needed for"),
    ),
    _tail(
        "what the asker needs",
        r"(?:(?:i|we)\s+(?:need|want)\s+(?:the|a)\s+(?:source|number|figure|quote|citation)|"
        r"(?:i['’]m|we['’]re|i\s+am|we\s+are)\s+(?:checking|verifying|fact-checking|"
        r"fact\s+checking|double-checking))",
        (
            "who estimated the control figures? I need the source",
            "who estimated the control figures?",
        ),
        (
            "did the meeting settle the big questions? we're checking",
            "did the meeting settle the big questions?",
        ),
        (
            "Is the deadline in June? I need to pay my rent",
            "Is the deadline in June? I need to pay my rent",
        ),
    ),
)
"""The frames, leads first: each is taken off, in this order, where the query has it."""

MIN_LEFT = 3
"""The fewest words the question must keep for a frame to come off (_long_enough)."""
_FIRST_PERSON = re.compile(
    r"\b(?:my|our|ours|mine|i|we|me|(?-i:us))\b|\b(?:i|we)['’]", re.IGNORECASE
)
"""The asker in what is left ("us", not "the US")."""


class Left(NamedTuple):
    """A condition what is left of a query must meet for its frame to come off."""

    name: str
    holds: Callable[[str], bool]


def _long_enough(rest: str) -> bool:
    """Whether what a frame would leave has MIN_LEFT words: else the frame stays, and no
    frame within it comes off either."""
    return len(re.findall(r"\w+", rest)) >= MIN_LEFT


WHAT_IS_LEFT = (
    # "Our readers wonder whether our newspaper will survive": still the asker's own affair.
    Left("nothing more of the asker's", lambda rest: _FIRST_PERSON.search(rest) is None),
)
"""What the question left without its frame must be, all of it."""

_MAY_BE_FRAMED = re.compile(
    r"\b(?:my|our|i|we|tell|asking|hi|hello|hey|as|confirm|right|true|correct|yes|say)\b|"
    r"\b(?:i|we)['’]|\bfor\s+an?\b",
    re.IGNORECASE,
)
"""Words every frame holds one of: a query without any has none to take off."""
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|thinks?|thought|believes?)\b", re.I)
"""Verbs of saying or thinking: a clause with one reports another's words, not the question."""
_EMBEDDED = (
    r"^(when|where|why|how\s+long)\s+(?!(?:will|would|can|could|should|must|is|are|was|were|"
    r"has|have|had|does|do|did)\b)((?:[\w'’-]+\s+){1,6}?)"
    r"(will|would|can|could|should|must|is|are|was|were|has|have|had|does|do|did)\b\s*(.*)$"
)
"""A question asked in another's words, its subject before its verb ("when the war will
end", "how long the war has lasted"): only after a word that asks, and cannot be part of
the subject itself, as "which round", "what share" or "how much gas" can ("which round is
next"). Not after "whether": "whether there will be an exchange" is no forecast asked."""


_PASSED_ON = frozenset({"who wants to know", "asked of the tool", "what the asker needs"})
"""Lead-ins after which a question is passed on in another's word order (_as_asked); not
after "I heard", nor before a tail."""


@cache
def _compiled() -> tuple[tuple[Frame, re.Pattern[str]], ...]:
    return tuple((frame, re.compile(frame.pattern, re.IGNORECASE)) for frame in FRAMES)


def _as_asked(question: str) -> str:
    """A question passed on in another's words ("... wants to know when the war will end")
    as it is asked: "when will the war end". An answer to when the war will end must say
    what is expected, which what someone proposes does not."""
    found = re.match(_EMBEDDED, question, re.IGNORECASE | re.DOTALL)
    if found is None or "," in question or _REPORTED.search(found[2]):
        return question  # "when the war is over, will ...", "when Zelenskyy said they would"
    ask, subject, verb, rest = found.groups()
    return " ".join(part for part in (ask, verb, subject.strip(), rest) if part)


def unframed(query: str, about_the_war: Callable[[str], bool]) -> str:
    """The question without the frames around it (FRAMES), as far as what is left is
    _long_enough, meets WHAT_IS_LEFT and is about_the_war: it names a place, person or
    organisation of the tables, or the war itself ("For my essay, when is the deadline?" may
    ask of the essay's, and "For our podcast, who is the host?" of the podcast's, so their
    frames stay); else the query as it is. Frames may nest ("For our podcast, my producer
    asks ..."): what is left after one need only meet the conditions once the next is off
    too. A sentence about the asker before the question is no frame: it may name what is
    asked about ("I live in Kharkiv. How much of it does Russia occupy?", "I'm studying the
    Korean war. How long did the war last?")."""
    left = query.strip()
    if _MAY_BE_FRAMED.search(left) is None:
        return left
    read = left
    for frame, pattern in _compiled():
        found = pattern.search(left)
        if found is None:
            continue
        rest = left[found.end() :] if frame.lead else left[: found.start()].rstrip(" ,;:–—-")
        if not _long_enough(rest):
            continue
        if not frame.lead and "?" in found[0] and not rest.endswith("?"):
            rest += "?"  # "where will they meet? asking for our show": still a question
        passed_on = frame.lead and frame.name in _PASSED_ON
        left = _as_asked(rest.strip()) if passed_on else rest.strip()
        if all(condition.holds(left) for condition in WHAT_IS_LEFT) and about_the_war(left):
            read = left
    return read
