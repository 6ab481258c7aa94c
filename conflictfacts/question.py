"""What a question asks for, beside its words: the kind of answer it needs (a number, a date,
a place, a speaker), whose words it wants, and the time it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import NamedTuple

from conflictfacts.dates import SEASONS
from conflictfacts.text import (
    ARTICLES,
    NEGATIONS,
    NUMBER_NAMES,
    STOPWORDS,
    WILLING,
    possessives,
    stem,
    words,
)


class Form(StrEnum):
    """A kind of question, by what its answer must give."""

    HOW_MUCH = "how much"
    """A value or a hedge: "how much of", "what share of"."""
    HOW_MANY = "how many"
    """A count: a value that is not a share ("how many gas fields" is not "20%")."""
    INTERVAL = "how long between"
    """A length of time between two events ("how long after the Alaska summit did Trump
    ..."): a fact that sets itself that long after or before the other ("two months after
    hosting Putin"); a fact's own value ("nearly four years") is no such length."""
    WHEN = "when"
    """A date."""
    WHERE = "where"
    """A place, other than those the question names itself."""
    WHO_SAID = "who said"
    """A named source: not the document's own voice."""
    RELAYED = "who relayed"
    """Who relayed it: "which news agency quoted him", "who reported it"."""
    SAID_BY = "said by"
    """The source the question names ("what did X say", "according to X") as the one who
    asserts or relays the fact."""
    WHO = "who"
    """Someone (a person, an organisation, a country) other than those the question names."""
    WHICH_PERSON = "which person"
    """A person or an organisation other than those the question names: "which official"."""
    DAY = "what day"
    """A date to the day: a month or a week is not the day asked for."""
    CLOCK = "what time of day"
    """A time of day ("at what time will the talks begin", "what hour"): a date is not one."""
    NOT = "not"
    """What is not so ("how much does Russia not control"): a fact that says something is
    not so ("no breakthrough", "will never accept")."""
    WHAT_IS = "what is"
    """A definition or a description; preferred, not required."""
    DONE = "done"
    """Whether something already happened ("has the exchange already been carried out"): a
    fact that says it was only agreed or planned does not say so."""
    RATE = "how fast"
    """A pace ("how fast are Russian forces advancing"): a figure per day, week, month or
    year; a share or a total is not one."""
    SAID_WHEN = "when it was said"
    """When someone said something ("when did Zelenskyy say the US set a June deadline"): a
    fact dated by the saying, a statement; not one dated by what was said (the deadline)."""
    PUBLISHED = "when it was published"
    """The date of the document itself ("date of the article on the June deadline"): no fact
    gives it (`show` and `documents` print a document's date), so no fact answers."""
    WHY = "why"
    """A reason ("why did the US choose Miami"): a fact that says what happened, and not
    why, does not answer."""
    EXACT = "an exact figure"
    """An exact figure ("what percentage of Luhansk exactly", "the precise number of"): a
    number with no hedge; a share in words ("nearly all") or a hedged figure ("over 50 per
    cent") is none."""
    ABOVE = "more than a figure"
    """A figure put as a lower bound ("does Russia control more than 70% of Donetsk", "at
    least 20%"): a fact with that figure exact, or hedged upward ("over 20%"), settles it;
    one hedged either way ("around 70%") does not."""
    BELOW = "less than a figure"
    """A figure put as an upper bound ("less than 70%", "at most", "under"): settled by the
    figure exact, or hedged downward ("nearly four years")."""
    OUTCOME = "outcome"
    """What came of something ("outcome of the Miami talks", "result of the round"): a
    fact that says it is still to happen, or only that it took place, has none to give."""
    SEQUENCE = "what came before or after"
    """What happened before or after an event ("what happened after the Alaska summit"): a
    fact that sets itself before or after something, not the event itself."""
    ENDED = "whether it is over"
    """Whether something is over ("is the war over now"): a fact that says it ended, not
    how long it has lasted."""
    PHOTOGRAPHER = "who took the picture"
    """Who took a picture ("who took the photograph"): a person credited with it; a credit
    that names who provided it (a press service) does not say who took it."""
    WHICH = "which"
    """Which ones of a kind ("which critical minerals", "what pressure"): a fact that names
    the kind but none of its members, and no figure, does not say which."""
    STANCE = "what a party will do"
    """What a party will do ("will Kyiv give up the Donbas"): a forecast, a stance the party
    takes, or what the fact says the party is to do; not a past event of the party's ("will
    Trump host Putin"). Set by search.read in place of FORECAST when the subject is a
    party."""
    ADVICE = "what should be done"
    """What should be done ("should Ukraine give up the Donbas"): a fact that says someone
    should, must or ought to do it; where a party stands is no advice."""
    CONFIRMED = "what is confirmed"
    """What has been settled for certain ("which city has been confirmed as the venue"): a fact
    that says so without a hedge ("likely", "expected"); a yes-or-no question ("is it
    confirmed that ...") is answered by the hedge itself."""
    WHERE_TO = "where to"
    """Where someone or something was taken, sent or moved to ("where was the wounded
    civilian evacuated to"): a fact that names a place after "to" or "into"; one that says
    only where it happened does not."""
    NAMED = "what it is called"
    """The name something goes by ("what was the Alaska summit called", "what is the Miami
    round known as", "what name does Moscow give its story"): a fact that gives a name in
    quotes ("the 'Novorossiya' narrative") or says what something is called or refers to."""
    WHOLLY = "what is so of all of it"
    """What holds of the whole of something ("which oblast does Russia fully control", "who
    controls the whole of Donetsk"), in a question that asks which or who, not whether,
    with a verb of holding (_HOLDING): a fact that says all of it, or 100%; "around 70%" or
    "nearly all" is not the whole. A yes-or-no question ("does Russia control all of
    Donetsk") is answered by the share."""
    UNIVERSAL = "of every one, or always"
    """Whether something holds of every one of a kind, or always ("does every think tank
    partner with the WEF", "has Russia always controlled Luhansk"): a fact that says it of
    all ("a clear schedule of all events"); one member's case settles nothing."""
    SO = "that it is so"
    """Whether something is so, asked of itself ("is southeastern Ukraine historically
    Russian", "does southeastern Ukraine rightfully belong to Russia"): a fact that says it,
    not one that reports a party's narrative or claim that it is so. Asked whose view it is
    ("does Russia consider ...", "according to Moscow"), the narrative answers. Needed by
    search.py of a fact that reports a claim, when asks_if_it_is_so."""
    ONLY = "the only one"
    """Whether something is the only one of its kind ("is the US the only mediator", "is the
    WEF CIRSD's only partner", "was the exchange the only thing agreed"): a fact that says
    so ("only", "sole", "alone"); that one of them is so settles nothing. A limit on whom
    or what ("will the US pressure only Ukraine") is no such question: the fact settles it."""
    RECORD = "a record"
    """Whether something is the most of its kind ("was the exchange the largest of the war",
    "the deadliest strike"): a fact that says so ("the largest", "a record", "the first");
    "a major prisoner exchange" is none."""
    CAUSE = "what caused it"
    """A cause or a purpose named ("what caused the civilian's injuries", "what motivated
    Washington to pick June"): a fact that gives one ("after Russian shelling"); unlike
    "why", context that describes the thing is no cause of it."""
    CONDITION = "what would follow if"
    """What would follow on a condition ("what if the talks had succeeded", "if Ukraine
    withdrew, would Russia stop fighting"): a fact that states one ("if the deadline is
    missed"); no other says what would be."""
    HOW_TO = "how to do it"
    """A way of doing something ("how to cut up a chicken", "how do I renew a passport", "how
    does the stock exchange work"): the table holds claims about the war, not instructions,
    so no fact answers."""
    MANNER = "how it was done"
    """How something was done or comes about ("how did Russia capture Luhansk", "how was the
    exchange carried out", "how is the front line moving"): a fact that says by what means;
    one that says only that it was done, or what is so, does not. "How did Kyiv respond",
    "how does Moscow justify" and "how was the region regarded" ask what a party said or
    did (_TELLING_HOW), which the fact itself is."""
    ROLE = "what part one played"
    """What part the question's subject played ("what role did the UAE play in the prisoner
    exchange"): a fact that has it as the doer; one that names it only as where something
    happened ("the talks in Abu Dhabi") does not say what it did."""
    NEAR = "how far, or what is next to it"
    """How far a place is, or which lies next to or near it ("how far is Miami from
    Washington", "which oblast is adjacent to Luhansk", "which city is closest to
    Druzhkivka"): a fact that gives a distance or says what borders or neighbours it."""
    DURATION = "how long"
    """How long something has lasted ("how long has Russia held Luhansk", "how long has the
    war been going on"): a figure in units of time, or the date it has run since ("since
    2014"); a deadline's "until June", a share, a count or a state that holds now
    ("currently") gives none. "How long have the Americans given them" asks a date (WHEN)."""
    OBLIGED = "whether it must be done"
    """Whether something must be done ("must the talks be held in Miami", "do they have to
    reach a deal by June"): a deadline set for it, or a fact that says it must or has to;
    what is done or wanted is no obligation."""
    PERMITTED = "whether it may be done"
    """Whether something may be done, or binds in law ("is the US allowed to set deadlines",
    "is Ukraine legally bound by the deadline"): a fact that says so; a deadline does not."""
    PRICE = "what it is worth"
    """A sum of money ("how much is Donbas coal worth", "how much does it cost"): a figure in
    a currency; a share is none."""
    SPELLED_OUT = "what its letters stand for"
    """The name an abbreviation is short for ("what does CIRSD stand for", "ISW acronym",
    "the full name of CIRSD"): a fact that spells the name out with its letters after it
    in brackets ("the Institute for the Study of War (ISW)"); one that only uses the
    letters does not.

    Asked as _spelling_asked reads it; the words that ask it are no topic."""
    A_PERSON = "a person"
    """Who said or did something, asked as a person ("which official said ...", "which
    leader hosted Putin"): a fact whose source is a person (or who relayed it, asked who
    reported it), or that names a person; a think tank or a government is no person.
    Asked as _one_of_a_kind reads it; given as search._one_of_a_kind_given says."""
    A_BODY = "an organisation"
    """Who said or did something, asked as an organisation ("which organisation estimated
    Russian control", "which body will pressure both sides"): a fact whose source is a
    think tank, a government or an agency (or who relayed it, asked who reported it), or
    that names an organisation or a nation; a person is none. Asked as _one_of_a_kind
    reads it."""
    FORECAST = "will it happen"
    """Whether something will happen ("will the war end by June"): a fact that says only
    what someone wants, proposes or will do does not say so. A question about what a
    party will do ("will Kyiv give up the Donbas") is answered by its stance instead
    (search.read)."""


REQUIRED = frozenset(Form) - {Form.WHAT_IS}
"""Forms that a fact must meet to answer; the rest only rank."""

_PHOTOGRAPHER = re.compile(
    r"\bwho\s+(?:took|shot|snapped|captured)\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:photo|photograph|picture|image|shot)s?\b|\bphotographer\b"
)
"""Words that ask who took a picture, not who provided it."""
_SOURCING = ("provided", "provides", "supplied", "supplies", "credited")
"""Verbs by which "who" asks for the source of a picture or of figures ("who provided the
photo"): the words of the question, not what it is about."""

_WHAT_POINT = (("by", "what", "point"), ("at", "what", "point"))
"""Words that ask when ("by what point do the Americans want the war over"), and are no
topic of the question."""

_ASKS: dict[Form, tuple[tuple[str, ...], ...]] = {
    Form.HOW_MUCH: (
        ("how", "much"), ("how", "many"), ("how", "long"), ("how", "big"), ("how", "large"),
        ("what", "percentage"), ("what", "percent"), ("what", "share"), ("what", "proportion"),
        ("what", "fraction"), ("what", "number"), ("which", "share"), ("what", "part"),
        ("number", "of"), ("amount", "of"), ("percentage", "of"), ("proportion", "of"),
        ("value", "of"), ("exact", "value"), ("what", "value"), ("how", "valuable"),
        ("how", "old"),
        ("more", "of"), ("less", "of"), ("larger", "share"), ("bigger", "share"),
        ("smaller", "share"), ("count", "of"), ("total", "number"), ("what", "amount"),
        ("what", "volume"), ("volume", "of"), ("what", "quantity"), ("quantity", "of"),
    ),
    Form.HOW_MANY: (
        ("how", "many"), ("number", "of"), ("what", "number"), ("count", "of"),
        ("total", "number"), ("headcount",), ("headcounts",),
    ),
    Form.WHEN: (
        ("when",), ("what", "date"), ("which", "date"), ("what", "day"), ("which", "day"),
        ("what", "year"), ("which", "year"), ("what", "month"), ("which", "month"),
        ("what", "season"), ("which", "season"),
        ("how", "soon"), ("what", "time"), ("exact", "date"), ("exact", "day"),
        ("precise", "date"), ("precise", "day"), ("date", "of"), ("dates", "of"),
        ("what", "dates"), ("which", "dates"), ("what", "days"), ("which", "days"),
        *_WHAT_POINT,
    ),
    Form.DAY: (
        ("what", "date"), ("which", "date"), ("what", "day"), ("which", "day"), ("exact", "date"),
        ("exact", "day"), ("precise", "date"), ("precise", "day"),
    ),
    Form.WHO: (("who",),),
    Form.WHERE: (
        ("where",), ("which", "city"), ("what", "city"), ("which", "country"),
        ("what", "country"), ("in", "which"), ("what", "place"), ("which", "place"),
        ("what", "venue"), ("which", "venue"), ("what", "location"), ("which", "location"),
        ("which", "area"), ("what", "area"), ("which", "region"), ("what", "region"),
    ),
    Form.WHO_SAID: (
        ("according", "to", "whom"), ("according", "to", "which"), ("according", "to", "what"),
        ("which", "source"), ("what", "source"), ("whose",),
        *(("who", verb) for verb in (
            "said", "says", "say", "claims", "claimed", "claim", "stated", "states", "told",
            "tells", "reported", "reports", "quoted", "quotes", "warned", "warns", "assessed",
            "assesses", "estimated", "estimates", "announced", "announces", "asserts",
            "asserted", "revealed", "reveals", "disclosed", "discloses", "wrote", "writes",
            *_SOURCING,
        )),
    ),
    Form.RELAYED: (
        ("news", "agency"), ("which", "agency"), ("what", "agency"), ("which", "outlet"),
        ("what", "outlet"), ("which", "media"), ("which", "newspaper"), ("who", "quoted"),
        ("who", "reported"), ("reported", "by"), ("relayed",), ("wire", "service"),
        ("news", "service"), ("news", "outlet"), ("media", "outlet"),
    ),
    Form.WHAT_IS: (
        ("what", "is"), ("what", "are"), ("whats",), ("who", "is"), ("who", "are"), ("who", "was"),
        ("define",), ("definition",), ("meaning",),
    ),
}  # fmt: skip
"""The words that ask each kind of question."""

SPEECH = frozenset(
    """
    say says said saying claim claims claimed state states stated tell tells told
    warn warns warned report reports reported assess assesses assessed respond responds
    responded react reacts reacted reply replies replied comment comments commented
    estimate estimates estimated announce announces announced write writes wrote mean means
    response responses reaction reactions disclose discloses disclosed reveal reveals
    revealed
    """.split()
)
"""Verbs that put words in a speaker's mouth: "what did X say", "X claims"."""


def _past_tense(verb: str) -> bool:
    """Whether a verb of SPEECH is in the past tense ("disclosed", "told"): a verb, where
    "estimates" and "reports" may be nouns."""
    return verb.endswith("ed") or verb in ("said", "told", "wrote")


_DESCRIBING_VERBS = frozenset(
    """
    describe describes described characterise characterises characterised characterize
    characterizes characterized portray portrays portrayed
    """.split()
)
"""Verbs that put words in a speaker's mouth after "how": "how did Russia describe the
shelling"; not "what does the term Donbas describe"."""

_NOUNS_TOO = frozenset(
    {"claim", "report", "estimate", "state", "warn", "mean", "say", "reply", "comment"}
)
"""Speech verbs whose bare form is as often a noun: a speaker only after "did", "does"."""
_BEFORE_A_NOUN = frozenset("the a an this that these those its their his her our of".split())
"""Words after which such a word is a noun ("this report", "heads of state")."""

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
"""The months as a question may shorten them ("Aug 2025"): no names, though rare words."""
_AMBIGUOUS_MONTHS = {"march", "may"}
"""Month names that are also ordinary words: months only beside a number, after a word
that introduces a time ("in May", "by March 2026"), or as what something is ("the
deadline is March"), not as a verb ("troops may march")."""
_BEFORE_TIME = frozenset(
    "in by until since from early late mid end start of on before after is was".split()
)


_THE_WAR = frozenset("war invasion".split())
_FULL_SCALE = (2022, 2)
"""The month the full-scale war began: "before the war" asks about the time before it."""
_BEFORE_SEASON = frozenset("by before until".split())
"""Words before a season with no year that make it a time, by which something is to be
done ("by summer"), as "in" and "during (the)" make it one in which something was done
("in the winter"): not "this winter", whose year depends on when it is said, nor a verb
("prices fall")."""


def _start_of_the(said: Sequence[str], at: int) -> bool:
    """Whether "the start of the" (or beginning, outset, onset) stands before
    the word at `at`, with only words that say which war between ("at the start of the
    full-scale invasion")."""
    i = at - 1
    while i >= 0 and said[i] in _WHICH_WAR:
        i -= 1
    return i >= 2 and said[i - 2] in _START and said[i - 1 : i + 1] == ["of", "the"]


_START = frozenset("start beginning outset onset".split())


def _before_the(said: Sequence[str], at: int) -> bool:
    """Whether "before the" stands before the word at `at`, with only words that say which
    war between ("before the full-scale Russian invasion")."""
    i = at - 1
    while i >= 0 and said[i] in _WHICH_WAR:
        i -= 1
    return i >= 1 and said[i - 1 : i + 1] == ["before", "the"]


_WHICH_WAR = frozenset("full scale fullscale russian russias".split())
_SOVIET_TIMES = frozenset("times time era period days years".split())
_SOVIET_END = (1992, 1)
"""The month after the Soviet Union ended: "in Soviet times" is before it."""


class Time(NamedTuple):
    """A year, a month of a year, or a month of any year that a question names."""

    year: int | None
    month: int | None
    after: bool = False
    """Named after "after" ("after June"): the time that follows it is meant."""
    until: int | None = None
    """The last month of a run of months from `month` ("summer 2025": June to August)."""
    before: bool = False
    """Named after "before" ("before the war"): the time that went before it is meant."""
    day: int | None = None
    """The day of the month ("20 February 2026", "February 20"): a fact's date must hold it."""
    closing: bool = False
    """Named as a year's end ("by the end of 2026"): its December, which the year's number
    in a fact's words does not meet, only the fact's date."""
    event: bool = False
    """Named by an event ("at the start of the war"): the word itself in a fact does not meet
    it, only a date in its month."""
    counted: bool = False
    """Counted from today ("next summer"): the season's word in a fact ("by summer") does not
    meet it, only a date in its months."""
    reported: bool = False
    """Counted back from the day of the report that gives each fact ("last autumn": the last
    autumn over before it), so its year is each fact's own (search.reported_season); as for a
    time counted from today, only a date in its months meets it."""


class Asked(NamedTuple):
    """What a question asks for, beside its words."""

    forms: frozenset[Form]
    form_words: frozenset[int]
    """Positions of the words that only say what kind of answer is wanted ("what month",
    "which city") or put a claim up for checking ("is it true that"): they are not what the
    question is about."""
    actor: int | None
    """The position of the word in the subject's place ("did Russia agree", "Russia will
    never accept"): who the question asks about as doing it; None for keywords."""
    doing: int | None
    """The position of what "is X doing" asks about ("what is the US offering", "how long
    have they been negotiating"): a fact that does not say it, does not answer."""
    of: tuple[frozenset[int], ...]
    """For each "how much of ..." in the question, the positions of the words a share is asked
    of: what the question is about, whatever kind of word they are."""
    speaker: tuple[str, ...]
    """The words naming whose words it wants ("zelensky"), for Form.SAID_BY."""
    time_words: dict[str, Time]
    """The words that name a time ("june", "2025", "ago"), each with the time it names: a
    fact's date can stand for them."""
    deed: int | None = None
    """The position of the deed "who" asks about ("who founded the think tank", "who will
    head the team"): a deed that no fact mentions leaves nothing to answer."""
    agreed_on: int | None = None
    """The position of what an agreement is asked to be on ("did the two sides agree on
    territory"): a fact that says they agreed on something else does not answer."""
    predicate: int | None = None
    """The position of the judgement a yes-or-no question asks for ("is the June deadline
    legally binding", "is it fair to ask Ukraine to ..."): a fact that does not make it
    does not answer."""
    identity: int | None = None
    """The position of the name a question asks what it is ("is ISW a Russian think tank"):
    a fact that only cites it as its source says nothing of what it is."""
    description: int | None = None
    """Where what the question says that name is begins ("Russian think tank"): a fact
    must say all of it."""
    placed: int | None = None
    """The position of what "where is X" asks the place of ("where is Druzhkivka"): a place
    the fact names as within X ("Druzhkivka, in the Donetsk region" for "where is
    Donetsk") does not say where X is."""
    apart: frozenset[int] = frozenset()
    """The positions of what the question sets apart ("apart from coal and gas, what other
    resources"): no word an answer must hold, and not what the answer may be about."""
    kind: int | None = None
    """The position of the kind whose members "which" asks for ("which rivers"), or whose
    count "how many" asks ("how many people"): a kind no fact holds has no member to give,
    and a count of it must be the fact's."""
    now: str = ""
    """The word by which the question asks what is so now ("what is the Donbas considered
    today", "still"): a fact that held only once ("once considered") does not answer."""
    claimed: int | None = None
    """The position of the word a yes-or-no question claims of its subject, most often the
    one it ends on ("was the exchange cancelled", "is the narrative propaganda", "was it
    carried out", "is ISW funded by ...", "did he say he trusts ..."): a word no fact holds
    leaves no fact to say so."""
    demanded: int | None = None
    """The position of what a stance asks done ("is Russia pressing Kyiv to disarm"): a
    fact that does not say it, does not answer."""
    had: frozenset[int] = frozenset()
    """The positions of what a yes-or-no question asks a subject to have ("does the Donbas
    have vast forests", "vast deposits of gold"): a word no fact holds there leaves no fact
    to say so."""
    set_against: frozenset[int] = frozenset()
    """The positions of what a yes-or-no question sets its event before or after ("was the
    Alaska summit held before Trump's cut-up remark"): a fact that does not hold it cannot
    say which came first."""
    contents: int | None = None
    """The position of the thing whose terms, details or contents are asked ("what are the
    terms of the US peace plan"): what the question is about. A fact must hold it; a thing
    no fact holds leaves nothing to answer (the June deadline is no plan's terms)."""
    town: int | None = None
    """The position of the kind of town keywords ask for ("Alaska summit city"): a town the
    keywords name themselves answers too ("Miami talks city"), if it is one."""
    described: tuple[str, frozenset[str]] | None = None
    """The kind told by describing it whose members the question asks for, and its words
    that may narrow it (_described_kind: "which political issues"); None when it asks none."""
    done_to: int | None = None
    """The position of whom a "who" question asks a deed was done to ("who hosted Trump"): a
    fact in which that one does the deed does not tell who did it to them (_deed_roles)."""
    done_by: int | None = None
    """The position of who a "who" question says did the deed ("who was hosted by Putin",
    "whom did the civilian rescue"): a fact in which another does it does not tell."""
    done_what: int | None = None
    """The position of the deed whose doer, or whom it was done to, the question names."""
    anchored: frozenset[int] = frozenset()
    """The positions of the event a question (not a yes-or-no one) sets what it asks about
    before or after ("what was agreed before the Abu Dhabi talks"): a fact about that event
    itself tells of neither (_anchored)."""
    attribute: int | None = None
    """The position of the property "what is the X of Y" asks of Y ("the value of the gas
    fields", "the trend in Russian control"), or "what X" asks for ("what menu was
    served"), one of _PROPERTIES: a word no fact holds there leaves no fact to give it
    (_attribute_asked)."""
    guessed: frozenset[int] = frozenset()
    """The positions of the words a question puts up as its answer after a comma at its
    end ("where will the next round be held, Miami?"): the answer proposed, not a name the
    question gives of itself (_guessed)."""


_PERSON_NOUNS = frozenset(
    """
    official officials person people leader leaders minister ministers president envoy
    negotiator negotiators mediator diplomat diplomats commander general spokesman
    spokeswoman spokesperson
    """.split()
)
"""What "which ..." asks for when it asks for a person: "which US official"."""
OFFICES = _PERSON_NOUNS | frozenset(
    "governor mayor secretary head chief ambassador adviser aide chancellor premier pope "
    "ruler monarch king queen emir sheikh prince guest host".split()
)
"""Words that name someone by office ("what did the regional governor say"): a speaker,
whom a fact must have as its source."""

_WHO_NOUNS = _PERSON_NOUNS | frozenset(
    """
    side sides party parties organisation organization delegation group government body
    bodies institution institutions
    """.split()
)
"""What "which ..." asks for when it asks for someone, a country included: "which side"."""

_HEADS_OF = frozenset(
    (head, "of", what) for head in ("head", "heads") for what in ("state", "government")
)
"""A person by office in three words: "which head of state said ..." asks for a person."""

_UNIT_NOUNS = frozenset("unit units brigade brigades regiment regiments battalion".split())
"""Military units, which "which" asks for ("which Russian unit"); not after "what", where
they are what the question is about ("what have Russian forces captured")."""

_PLACE_NOUNS = frozenset(
    """
    city country place location venue town village area region site district settlement
    province state
    """.split()
)
"""What "which ..." asks for when it asks where: "which city", "what venue"."""

_PLACE_KINDS_ASKED = frozenset("hotel building hospital facility street airport".split())
"""Where, but of one kind: "which hospital" asks where, and the answer must be a hospital,
so the word stays in the question (names.toml lists them as topics)."""

_FORM_NOUNS = (
    _WHO_NOUNS
    | _PLACE_NOUNS
    | frozenset(
        "day date month year time season agency outlet service kind type sort news wire".split()
    )
)
"""Nouns that, after "what" or "which", name the kind of answer wanted."""


_LONGEST_ASK = max(len(p) for phrases in _ASKS.values() for p in phrases)


_THINK_TANK = frozenset({("think", "tank"), ("think", "tanks")})
"""A body "which" may ask for, in two words: "which think tank"."""


def asks_for_a_think_tank(said: Sequence[str]) -> bool:
    """Whether "which" or "what" asks for a think tank ("which think tank is the source")."""
    return any(
        said[i] in ("which", "what") and tuple(said[i + 1 : i + 3]) in _THINK_TANK
        for i in range(len(said) - 2)
    )


_FIGURE_NOUNS = frozenset(
    "figure figures statistics stats data numbers tally tallies headcount headcounts".split()
)
"""Words that name the answer as a figure ("the Donbas coal figures", "is the 70% figure
from ISW"): the fact must give one, and the word is not what the question is about."""


def figures_named(said: Sequence[str]) -> tuple[int, ...]:
    """Where the question names its answer as figures (_FIGURE_NOUNS): "the Kremlin figures
    on Donetsk", "ISW data"."""
    return tuple(i for i, w in enumerate(said) if w in _FIGURE_NOUNS)


_SAYING_NOUNS = frozenset("remark remarks statement statements".split())
"""Words that name the answer as something said ("Trump's Donbas remark"): not what the
question is about."""
_SOURCE_NOUNS = frozenset("source sources".split())
"""Who a figure or a saying comes from ("the source of the Donbas figures"), when the
question names one; not "energy sources". With the verbs of sourcing ("which think tank
provided the figures"), they ask who said it, not what it is about."""


def is_a_sentence(said: Sequence[str]) -> bool:
    """Whether a query is a sentence, opening on a word that asks ("what did Zelenskyy say
    Russia proposed"), rather than keywords ("russia proposal summer")."""
    return bool(said) and said[0] in _QUESTION_WORDS


def _named_answer(said: Sequence[str]) -> set[Form]:
    """What a question asks for by naming its answer: a figure ("the coal figures"), and
    whose it is ("the source of the coal figures", "which body compiled the figures")."""
    forms = set()
    if _FIGURE_NOUNS & set(said) or _number_named(said):
        forms.add(Form.HOW_MUCH)  # "the coal figures", "prisoners exchanged number"
    if (_SOURCE_NOUNS | _SOURCING_VERBS) & set(said) and (_FIGURE_NOUNS | _SAYING_NOUNS) & set(
        said
    ):  # "the source of the coal figures", "which body supplied the statistics"
        forms.add(Form.WHO_SAID)
    return forms


_DATE_NOUNS = frozenset("date dates timing".split())
_KINDS_OF_DATE = frozenset("target cutoff off end due start expiry final set fixed to".split())
"""Words that make "date" a thing named, not a date asked for: "miss the target date", "the
cut-off date", "to date" (until now)."""
_QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how will would is are was were do does did "
    "has have had can could should".split()
)


_TOWN_NOUNS = frozenset("city town village".split())
"""The kinds of town keywords may end on to ask which one ("Alaska summit city")."""
_HELD_IN_A_TOWN = frozenset(
    """
    summit talks meeting meetings negotiations round exchange headquarters hq host base
    attack strike shelling conference
    """.split()
)
"""What keywords may ask the town of ("Alaska summit city"); after a place's name, "city"
names that city ("Donetsk city") and asks nothing."""


def _town_named(said: Sequence[str]) -> int | None:
    """The position of the kind of town keywords ask for after an event, a meeting or a
    body ("Alaska summit city", "ISW headquarters city"): which one, as "which city" asks;
    None otherwise."""
    if len(said) < 2 or is_a_sentence(said) or said[-1] not in _TOWN_NOUNS:
        return None
    return len(said) - 1 if said[-2] in _HELD_IN_A_TOWN else None


def _date_named(said: Sequence[str]) -> list[int]:
    """Where a query of keywords names a date as what it wants ("Druzhkivka shelling date",
    "timing of the next round"); not in a question, which asks with its own words ("what
    happens if they miss the target date"), nor after a word that says which date."""
    if is_a_sentence(said):
        return []
    return [
        i
        for i, w in enumerate(said)
        if w in _DATE_NOUNS and not (i and said[i - 1] in _KINDS_OF_DATE)
    ]


_AMOUNT_NOUNS = frozenset("number count amount quantity".split())
"""Words that, in keywords, name a number as the answer ("prisoners exchanged number"); and
"total" as the last word."""


def _number_named(said: Sequence[str]) -> bool:
    """Whether a query of keywords names a number as what it wants ("prisoners exchanged
    number Abu Dhabi", "Donbas coal share amount"), as `_date_named` does a date; "total"
    only as its last word, not "total control"."""
    if is_a_sentence(said):
        return False
    named = [
        i
        for i, w in enumerate(said)
        if w in _AMOUNT_NOUNS and said[i + 1 : i + 2] != ["on"]  # "count on"
    ]
    return bool(named) or said[-1:] == ["total"]


_SO_FAR = frozenset({("so", "far"), ("thus", "far"), ("to", "date")})
"""Words that say "until now" ("how many rounds so far"): no topic of the question."""


_MAKING_UP = frozenset(
    """
    form forms formed comprise comprises comprised constitute constitutes constituted
    compose composes composed consist consists together collectively called known named
    referred termed
    """.split()
)
"""Words by which "which" or "what" asks what a whole is made of, or what it is called
("which two provinces together form the Donbas", "what are Luhansk and Donetsk known as"):
what the fact that defines it says in its own words."""


def _names_the_answer(said: Sequence[str], at: int, forms: set[Form]) -> bool:
    """Whether the word at `at` names the answer, not what it is about: a figure, a remark,
    the source of one that the question asks for, or, after "which" or "what", how a whole
    is made up or called."""
    word = said[at]
    if word in _FIGURE_NOUNS:
        return True
    if word in _SAYING_NOUNS:
        # "before Trump's cut-up remark": the remark is an event to set the answer against
        return not {"before", "after"} & set(said[:at])
    if word in _MAKING_UP:
        return _asks_what_makes_up(said)
    return word in _SOURCE_NOUNS | _SOURCING_VERBS and Form.WHO_SAID in forms


_CONSISTS = frozenset("consist consists comprise comprises".split())
_CALLED = frozenset("called known named referred termed".split())
"""What a whole is called: "what are Luhansk and Donetsk together called", "referred to as"."""
_MEMBERS = frozenset(
    "provinces regions oblasts areas territories parts countries cities districts".split()
)
"""What a whole is made of, after "which": "which two provinces together form the Donbas"."""


def _asks_what_makes_up(said: Sequence[str]) -> bool:
    """Whether the question asks what a whole is made of or called: "which (two) provinces"
    before the verb, or a copula before "called" or "known" ("what are Luhansk and Donetsk
    together called"); not "what has Ukraine formed", "what has Russia called the Donbas"."""
    for i, word in enumerate(said):
        if word in ("which", "what") and _MEMBERS & set(said[i + 1 : i + 4]):
            return True
    if said[:1] == ["what"] and _CONSISTS & set(said):
        return True  # "what does the Donbas consist of"
    if any(said[i + 1 : i + 3] in (["what"], ["as", "what"]) for i, w in enumerate(said)
           if w in _CALLED):  # fmt: skip
        return True  # "Luhansk and Donetsk together called what"
    copula = next((i for i, w in enumerate(said) if w in COPULAS), None)
    return (
        copula is not None
        and any(w in _CALLED for w in said[copula + 1 :])
        and bool({"which", "what"} & set(said))
    )


def asks_parts_of(said: Sequence[str]) -> bool:
    """Whether the question asks what a whole is made of: a word of making up ("form",
    "comprise", "make up", "part of") where "which" or "what" asks for members ("which
    oblasts make up Luhansk", "which regions are part of the Donbas"); or members asked by
    what they are called together ("which oblasts are known as the Donbas", "referred to
    as"), not the whole's name asked ("what are Luhansk and Donetsk called")."""
    members = any(
        w in ("which", "what") and _MEMBERS & set(said[i + 1 : i + 4]) for i, w in enumerate(said)
    )
    made = (
        any(w in _MAKING_UP - _CALLED for w in said)
        or any(
            pair in (("make", "up"), ("makes", "up"), ("made", "up"), ("part", "of"))
            for pair in pairwise(said[:-1])  # "which oblast is Druzhkivka part of": the whole
        )
        or (members and bool(_CALLED & set(said)))
    )
    return made and _asks_what_makes_up(said)


def _asks_the_hour(said: Sequence[str]) -> bool:
    """Whether the question asks a time of day: "at what time", "what time of day", "what
    hour", or "what time" before a verb ("what time will they meet"); not "by what time"
    (a deadline) nor "what time frame"."""
    for i, word in enumerate(said[:-1]):
        if (word, said[i + 1]) in (("what", "hour"), ("which", "hour")):
            return True
        if (word, said[i + 1]) == ("what", "time") and said[i - 1 : i] != ["by"]:
            after = said[i + 2 : i + 4]
            if said[i - 1 : i] == ["at"] or after == ["of", "day"]:
                return True
            if after[:1] and after[0] in _AUXILIARIES | COPULAS:
                return True
    return False


def _asks(
    said: Sequence[str], nouns: frozenset[str], asking: tuple[str, ...] = ("which", "what")
) -> bool:
    """Whether a word of `asking` ("which", "what") asks for one of nouns within the next
    three words, before any verb: "what did both sides agree on" asks what, not which side."""
    return any(
        w in asking and nouns & set(_before_a_verb(said[i + 1 : i + 4])) for i, w in enumerate(said)
    )


def _before_a_verb(chunk: Sequence[str]) -> Sequence[str]:
    """The words of chunk up to its first auxiliary or copula."""
    cut = next((i for i, w in enumerate(chunk) if w in _AUXILIARIES or w in COPULAS), len(chunk))
    return chunk[:cut]


def _without_names_of_speech(said: list[str]) -> list[str]:
    """The words, with a word of speech that is part of a name put out of the way: the
    "states" of "the United States" says nothing (position for position, as words gives)."""
    return [
        "_" if w == "states" and i and said[i - 1] == "united" else w for i, w in enumerate(said)
    ]


def _phrases(said: Sequence[str], longest: int) -> set[tuple[str, ...]]:
    """Every run of up to `longest` words in said, to look phrases up in at once."""
    return {tuple(said[i : i + size]) for size in range(1, longest + 1) for i in range(len(said))}


def _content(chunk: Sequence[str]) -> list[str]:
    return [w for w in chunk if w not in STOPWORDS and w not in SPEECH]


_PER_UNIT = frozenset("cent day week month year hour person capita head".split())


def _per_source(said: Sequence[str], at: int) -> bool:
    """Whether "per" at `at` names a source ("per ISW", "per an American research group"),
    not a rate ("per day") or a share ("per cent")."""
    after = said[at + 1 : at + 2]
    return (
        said[at] == "per" and after != [] and not after[0].isdigit() and after[0] not in _PER_UNIT
    )


_MEANING_ASKED = frozenset({("meaning", "of"), ("definition", "of"), ("define",)})
_NAMING_NOUNS = frozenset("word term name".split())
_ASKING_A_MEANING = frozenset("mean means meaning definition define refer".split())
"""The words that ask what something means: the kind of answer, not what it is about."""


def asks_a_meaning(said: Sequence[str]) -> bool:
    """Whether the question asks what a word means ("what does oblast mean", "what does the
    term Donbas refer to", "the meaning of oblast", "define Donbas"): only a fact that says
    what the thing itself is answers, not one that uses the word."""
    if said[:2] in (["what", "does"], ["what", "do"]) and "by" not in said:  # not "mean by"
        # (not "what does CIRSD stand for": its letters, Form.SPELLED_OUT)
        return said[-1:] == ["mean"] or said[-2:] == ["refer", "to"]
    runs = _phrases(said, 2)
    return bool(runs & _MEANING_ASKED)


def _how_is(said: Sequence[str]) -> bool:
    """Whether the question opens "how is" (are, was, were)."""
    return said[:1] == ["how"] and said[1:2] != [] and said[1] in COPULAS


def _first_run(said: Sequence[str]) -> tuple[str, ...]:
    """The first run of words that are not small ones: a speaker named after "according to"
    or a headline's comma ("the Institute for the Study of War": institute)."""
    start = next((i for i, w in enumerate(said) if w not in STOPWORDS), len(said))
    end = next((i for i in range(start, len(said)) if said[i] in STOPWORDS), len(said))
    return tuple(said[start:end])


def _speaker(said: Sequence[str]) -> tuple[str, ...]:
    """Who the question wants the words of: "according to X", "what did X say", "X says",
    "X's estimate" (whose, the query read before its possessive is folded away:
    `_possessed_figure`)."""
    for i in range(len(said) - 1):
        asks_who = said[i + 2 : i + 3] in ([], ["whom"], ["which"], ["what"]) or (
            _DOCUMENT_NOUNS & set(said[i + 2 : i + 4])  # "according to the article"
        )
        if said[i : i + 2] == ["according", "to"] and not asks_who:
            rest = said[i + 2 :]
        elif _per_source(said, i):
            rest = said[i + 1 :]  # "per the Institute for the Study of War"
        else:
            continue
        return _first_run(rest)
    for i, word in enumerate(said):
        if i == 0 or not (word in SPEECH or (word in _DESCRIBING_VERBS and said[0] == "how")):
            continue
        if word.endswith("ed") and (said[i - 1] == "been" or _how_is(said)):
            return ()  # "how is Novorossiya described", "how has it been described": passive
        if said[0] in ("who", "whose", "which"):
            return ()  # "who said ...", "which think tank assessed": a speaker is asked for
        if word in _NOUNS_TOO and said[i - 1] in _BEFORE_A_NOUN:
            continue  # "heads of state", "as of this report": a noun, whatever comes before
        # "what did X say": X stands between the auxiliary and the verb.
        for auxiliary in ("did", "does", "do", "has", "have", "had", "is", "was"):
            if auxiliary in said[:i]:
                start = said.index(auxiliary) + 1
                return tuple(_content(said[start:i]))
        if word in _NOUNS_TOO:
            continue  # "the Kremlin's claim to ...": a noun here, not a verb
        # "X says ...": the words just before the verb.
        before: list[str] = []
        for w in reversed(said[:i]):
            if w in STOPWORDS:
                break
            before.insert(0, w)
        return tuple(before[-3:])
    return ()


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNITS = {"year": 12, "years": 12, "month": 1, "months": 1}


def _months_back(today: date, months: int) -> Time:
    index = today.year * 12 + today.month - 1 - months
    return Time(index // 12, index % 12 + 1)


_LONG_AHEAD = {"decade": 10, "century": 100, "season": 0}
"""Times that "next" puts after the end of this decade or century, or this month ("next
season"): the length in years of the span that ends first, or 0 for a month."""


def _next_season(season: str, today: date) -> Time:
    """The next season of that name to begin after today's month. Winter is its January and
    February (a Time does not run over a year's end)."""
    first, last = SEASONS[season]
    year = today.year + (first <= today.month)
    if season == "winter":
        return Time(year + 1, 1, until=2, counted=True)
    return Time(year, first, until=last, counted=True)


HOLIDAYS = {"christmas": (12, 25), "xmas": (12, 25), "new": (1, 1), "thanksgiving": (11, None)}
"""Days of the year a question may set a time by ("by Christmas", "before New Year"): their
month and day (Thanksgiving's day moves; its month does not)."""


def _times(said: Sequence[str], today: date) -> dict[str, Time]:
    """Each word that names a time ("2025", "june", "ago"), with the time it names; a time
    after "after" is marked so ("after June 2026"), and one with its year after "before"
    ("before October 2025")."""
    named = _named_times(said, today)
    for i, word in enumerate(said):
        lead = said[i - 1] if i else ""
        if (lead == "the" and word in SEASONS) or (
            lead == "last" and word in named and named[word].reported
        ):
            lead = said[i - 2] if i > 1 else ""  # "after the fall of 2025", "before last fall"
        if word in named and (
            lead == "after" or (lead in named and said[i - 2 : i - 1] == ["after"])
        ):
            named[word] = named[word]._replace(after=True)
        elif (
            word in named
            and (named[word].year is not None or named[word].reported)
            and (lead == "before" or (lead in named and said[i - 2 : i - 1] == ["before"]))
        ):
            # "before October 2025": a fact of an earlier time (a year is needed to say so, or
            # a report's day to count it from: "before last autumn")
            named[word] = named[word]._replace(before=True, day=None)
            if lead in named:
                named[lead] = named[word]
    return named


def _day_beside(said: Sequence[str], month_at: int) -> tuple[int, int] | None:
    """Where the day of the month named at month_at stands, and the day: "20 February",
    "February 20", "February 20th" (a number of one or two digits, 1 to 31)."""
    for at in (month_at - 1, month_at + 1):
        if 0 <= at < len(said):
            number = said[at]
            if number.isdigit() and len(number) <= 2 and 1 <= int(number) <= 31:
                return at, int(number)
    return None


def _month_number(word: str, beside_a_number: bool) -> int | None:
    """The month a word names (1 to 12): its name, or a shortened name beside a number
    ("Aug 2025", "Feb 9"), which alone may be a name or a word ("Jan", "mar"); else None."""
    if word in MONTHS:
        return MONTHS.index(word) + 1
    if beside_a_number and word in MONTH_ABBREVIATIONS:
        return next(n for n, m in enumerate(MONTHS, 1) if m.startswith(word[:3]))
    return None


def _year_after(said: Sequence[str], at: int) -> str:
    """The year right after the word at `at`, or after "of" ("summer 2025", "the fall of
    2025"); "" when there is none."""
    after = said[at + 1 : at + 3]
    year = after[1] if after[:1] == ["of"] and len(after) == 2 else after[0] if after else ""
    return year if year.isdigit() and len(year) == 4 else ""


def _named_times(said: Sequence[str], today: date) -> dict[str, Time]:
    """Each word that names a time, with the time it names, whatever stands before it."""
    named: dict[str, Time] = {}
    for i, word in enumerate(said):
        before = said[i - 1] if i else ""
        after = said[i + 1] if i + 1 < len(said) else ""
        if word.isdigit() and len(word) == 4 and 1900 <= int(word) <= 2100:
            if word in named and named[word].until is not None:
                continue  # "summer 2025", "the fall of 2025": the season's year, named with it
            if said[max(i - 2, 0) : i] == ["end", "of"]:
                named[word] = Time(int(word), 12, closing=True)  # "by the end of 2026"
                continue
            month = _month_number(before, beside_a_number=True)
            day = _day_beside(said, i - 1) if month is not None else None
            named[word] = Time(int(word), month, day=day[1] if day else None)
            if month is not None:
                named[before] = named[word]
            if day:
                named[said[day[0]]] = named[word]  # "20 February 2026": the 20 is no figure
        elif (
            word in SEASONS
            and word != "winter"
            and (season_of := _year_after(said, i))
            and 1900 <= int(season_of) <= 2100
        ):
            # "summer 2025", "the fall of 2025": June to August 2025, September to November;
            # winter runs into the next year, left out.
            first, last = SEASONS[word]
            named[word] = named[season_of] = Time(int(season_of), first, until=last)
        elif word in _THE_WAR and (_before_the(said, i) or before == "pre"):
            named[word] = Time(*_FULL_SCALE, before=True)  # "before the (full-scale) war"
        elif word in _THE_WAR and _start_of_the(said, i):
            named[word] = Time(*_FULL_SCALE, event=True)  # "at the start of the war"
        elif word == "prewar":
            named[word] = Time(*_FULL_SCALE, before=True)  # "prewar Donbas coal"
        elif word == "soviet" and after in _SOVIET_TIMES:
            # "in Soviet times": before the Soviet Union ended, in December 1991
            named[word] = named[after] = Time(*_SOVIET_END, before=True)
        elif (
            word in SEASONS
            and word not in named
            and (
                before in _BEFORE_SEASON
                or before in ("in", "during")
                or (before == "the" and said[i - 2 : i - 1] in (["in"], ["during"], ["over"]))
            )
        ):
            # "by summer", "this winter": its months, in any year (winter runs over one)
            first, last = SEASONS[word]
            named[word] = Time(None, first, until=last)
        elif (
            month_of := _month_number(word, before.isdigit() or after.isdigit())
        ) and word not in named:
            if word in _AMBIGUOUS_MONTHS and not (
                before in _BEFORE_TIME or before.isdigit() or after.isdigit()
            ):
                continue
            day = _day_beside(said, i)
            named[word] = Time(None, month_of, day=day[1] if day else None)
            if day:
                named[said[day[0]]] = named[word]
        elif (
            (word == "ago" or (word == "earlier" and after != "than"))
            and before in _UNITS
            and i >= 2
        ):
            # "a year ago", "a year earlier" (not "earlier than"): counted back from today
            count = said[i - 2]
            number = int(count) if count.isdigit() else _COUNTS.get(count)
            if number is not None:
                back = _months_back(today, number * _UNITS[before])._replace(counted=True)
                named[word] = named[stem(before)] = back
        elif word == "year" and said[max(i - 3, 0) : i] == ["end", "of", "the"]:
            named[word] = Time(today.year, 12, closing=True)  # "by the end of the year"
        elif word in HOLIDAYS and not (word == "new" and after != "year"):
            # "by Christmas", "before New Year": a day of the year, in any year
            month, day_of = HOLIDAYS[word]
            year = int(after) if after.isdigit() and len(after) == 4 else None
            named[word] = named[stem(word)] = Time(year, month, day=day_of)
        elif word in ("yesterday", "tomorrow") or (
            word == "today" and _PAST & set(said) and before not in ("of", "to", "until", "till")
        ):  # "as of today", "up to today": till now, not that day
            # "what did Trump say today": that day, counted from today; "what is the Donbas
            # considered today" asks what is so now (_NOW)
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
            that_day = today + timedelta(days=shift)
            named[word] = Time(that_day.year, that_day.month, day=that_day.day, counted=True)
        elif word == "next" and after in SEASONS:
            # "next spring": to come whether counted from today or from a report
            named[after] = _next_season(after, today)
        elif (
            word == "last"
            and after in SEASONS
            and after != "winter"
            and not _year_after(said, i + 1)
            and before not in _BEFORE_A_NOUN
        ):
            # "last autumn": as the reports say it, the last one over before each report's day
            # (from today it would often be a season no report has reached). Winter runs over
            # a year's end, which a Time does not; "last autumn 2025" is autumn 2025; "the last
            # summer of the war" is its final one.
            first, last_month = SEASONS[after]
            named[after] = Time(None, first, until=last_month, reported=True)
        elif word == "next" and after in _LONG_AHEAD:
            # "next decade": after this one's last year; "next season": after this month
            span = _LONG_AHEAD[after]
            last = today.year // span * span + span - 1 if span else today.year
            named[after] = Time(last, 12 if span else today.month, after=True)
        elif word in ("last", "this") and after == "week":
            # "this week", "last week": the month its Monday lies in (a week is no month, but a
            # fact's date long before it meets neither); "next week" is left to the facts'
            # own words ("the talks next week")
            monday = today - timedelta(days=today.weekday() + (7 if word == "last" else 0))
            named[after] = Time(monday.year, monday.month, counted=True)
        elif word in ("last", "this", "next") and after in ("year", "month"):
            step = {"last": 1, "this": 0, "next": -1}[word] * _UNITS[after]
            back = _months_back(today, step)
            month = back.month if after == "month" else None
            named[after] = Time(back.year, month, counted=True)  # "this month": not "months"
    return named


_PAST = frozenset("did was were happened said".split())
"""Words that put a question in the past: "today" in it is a day, not the present."""


TIME_UNITS = frozenset("hours days weeks months years".split())
"""The units a length of time is counted in: "how many months after", "nearly four years"."""


_RELAYING = frozenset(
    "carried carry carries ran run runs published publishes aired broadcast".split()
)
"""Verbs by which an outlet relays what someone said ("which wire service carried his
remarks"): they ask who relayed it, not what it is about."""
_HEART = frozenset("heart centre center core crux middle".split())
_DISPUTES = frozenset(
    "dispute disputes deadlock standoff stand-off impasse stalemate row disagreement feud "
    "controversy quarrel wrangling".split()
)
"""What something is at the heart (_HEART) of when the idiom only says it is disputed."""


def _at_the_heart(said: Sequence[str]) -> list[int]:
    """The words of "at the heart of the dispute" (centre, core, crux; deadlock, standoff,
    impasse ...): they say the thing described is disputed, which a question adds to name
    it ("the region at the heart of the deadlock"), not what it asks about."""
    found = []
    for i in range(1, len(said) - 2):
        if said[i] in _HEART and said[i - 1] in ("the", "at") and said[i + 1] == "of":
            j = i + 3 if said[i + 2] in ("the", "this", "that") else i + 2
            if j < len(said) and said[j] in _DISPUTES:
                found += [i, j]
    return found


_SAY_VERBS = frozenset("say says said tell tells told claim claims claimed write wrote".split())
"""Verbs of saying that follow a speaker named in several words ("did ISW's analysts say")."""


SUPERLATIVES = frozenset(
    """
    largest biggest smallest highest lowest deadliest worst best greatest longest shortest
    heaviest fiercest strongest weakest richest poorest fastest slowest bloodiest costliest
    hardest toughest busiest harshest
    """.split()
)
"""Words that ask whether something is the most of its kind; not "latest" or "earliest",
which name which one ("the latest round")."""


_QUALITIES = frozenset(
    """
    intense important affected damaged dangerous deadly destructive significant contested
    violent active heavily hit populous populated strategic valuable powerful influential
    senior serious severe vulnerable successful effective expensive difficult fierce
    """.split()
)
"""Words of quality that "most" before them makes superlative ("where is the fighting most
intense", "Russia's most important demand"); a noun after "most" ("most coal", "most
fighting") says how much of it, and asks no record."""


def _the_most(said: Sequence[str]) -> bool:
    """Whether "most" asks whether something is the most of its kind: "the most cited think
    tank", "the most damage", "where is the fighting most intense", "Russia's most important
    demand"; not "most of the coal" or "where is most coal", a share, nor "the most recent
    round", which names which one as "the latest" does."""
    return any(
        said[i + 1 : i + 2] not in ([], ["of"], ["recent"], ["likely"])
        and (said[i - 1] == "the" or said[i + 1] in _QUALITIES)
        for i in range(1, len(said))
        if said[i] == "most"
    )


_HOW_TO_WHO = frozenset("i you we one someone people".split())
"""Who "how do ... " asks a way for, when it asks for instructions: "how do I renew a visa"."""
_WORKINGS = frozenset("work works function functions form forms operate operates".split())
"""What "how does X ..." asks of X's workings: "how does it work", "how do reserves form"."""


def _asks_how_to(said: Sequence[str]) -> bool:
    """Whether the question asks for a way of doing something: "how to ...", "how do (can,
    should) I (you, we) ...", "how does X work (form)". Not "how does Moscow justify ...",
    nor "how did Kyiv respond", which ask what a party did, nor "a way to end the war",
    which Trump named."""
    if ("how", "to") in pairwise(said):
        return True
    if said[:1] != ["how"] or len(said) < 3:
        return False
    if said[1] in ("do", "can", "should", "could", "would") and said[2] in _HOW_TO_WHO:
        return True
    return said[1] in ("do", "does") and bool(_WORKINGS & set(said[3:]))


_TELLING_HOW = (
    frozenset(
        """
    respond responds responded react reacts reacted reply replies replied answer answers
    answered justify justifies justified rationalise rationalises rationalised rationalize
    rationalizes rationalized explain explains explained regard regards regarded view views
    viewed see sees saw seen consider considers considered frame frames framed call calls
    called think thinks thought propose
    proposes proposed suggest suggests suggested plan plans planned intend intends intended
    want wants wanted use uses used serve serves served link links linked connect connects
    connected relate relates related tie ties tied feel feels felt end ends ended go goes
    went turn turns turned conclude concludes concluded finish finishes finished compare
    compares compared define defines defined reject rejects rejected refuse refuses refused
    dismiss dismisses dismissed accept accepts accepted agree agrees agreed demand demands
    demanded
    responding reacting replying answering justifying rationalising rationalizing explaining
    regarding viewing seeing considering describing portraying framing characterising
    characterizing calling thinking proposing suggesting using serving linking connecting
    relating feeling turning concluding finishing defining rejecting refusing dismissing
    accepting agreeing demanding
    """.split()
    )
    | SPEECH
    | _DESCRIBING_VERBS
) - frozenset("estimate estimates estimated assess assesses assessed".split())
"""Verbs by which "how did X ..." asks what X said, thought, proposed or how it went ("how
did Kyiv respond", "how does Moscow justify it", "how did the talks end"), which a fact
that says so answers: not a manner (Form.MANNER); see _tells. Not "how did CIRSD estimate
the reserves", which asks its method, nor "how is X going", which asks how it stands now,
which a fact that it took place does not say."""
_PARTICIPLES = frozenset(
    "done made taken given held built won lost fought brought caught kept struck hit shot "
    "drawn driven set put run begun spent sent paid spread led cut sold found shown grown "
    "thrown written hidden broken chosen spoken stolen fallen beaten shaken torn dealt met "
    "laid".split()
)
"""Past participles not ending in -ed ("how was the deal made")."""


def _tells(said: Sequence[str], start: int, end: int) -> bool:
    """Whether a verb of telling (_TELLING_HOW) stands between start and end, not after "to"
    or an article, where it says what ("the plan to end the war", "the end")."""
    return any(
        said[i] in _TELLING_HOW and said[i - 1] not in {"to", *ARTICLES}
        for i in range(max(start, 1), end)
    )


def _asks_the_manner(said: Sequence[str]) -> bool:
    """Whether the question asks how something was done: "how" and an auxiliary, then a
    verb other than one of telling (_TELLING_HOW). After a form of "be", a verb must follow
    its subject ("how was the exchange carried out"): "how is the fighting in the Donbas"
    asks what it is like, which a fact that says so answers."""
    if said[1:2] in (["exactly"], ["precisely"]):
        said = [said[0], *said[2:]]  # "how exactly will the US pressure them"
    if said[:1] != ["how"] or len(said) < 4 or said[1] not in _HOW_AUXILIARIES:
        return False
    if _tells(said, 0, len(said)):
        return False  # "how did Kyiv respond"; not "how was the plan to end the war made"
    if "able" in said[2:]:
        return True  # "how has Russia been able to take Luhansk": by what means
    if said[1] not in COPULAS and "been" not in said[2:]:
        return True  # "how did Russia take Luhansk"; "how has the fighting been": what it is
    return any(
        (w in _PARTICIPLES or (len(w) > 4 and w.endswith(("ed", "ing"))))
        and said[i - 1] not in ARTICLES
        for i, w in enumerate(said[3:], 3)
    )


_WENT = frozenset(
    "go goes went end ends ended conclude concludes concluded finish finishes finished".split()
)
"""What "how did X ..." asks of how it went or ended ("how did the summit go")."""


def _asks_how_it_went(said: Sequence[str]) -> bool:
    """Whether the question asks how something went or ended ("how did the Alaska summit go",
    "how did the talks end", "how did it turn out"): what came of it, which a fact that says
    only that it took place, or is to come, does not say."""
    if said[:1] != ["how"] or len(said) < 4 or said[1] not in ("did", "does", "do", "has", "have"):
        return False
    if _tells(said, 2, len(said) - 1) or _MODALS & set(said[2:-1]) or "be" in said[2:-1]:
        return False  # "how did Trump think the war could be ended": what he thought
    last = said[-1]
    return last in _WENT or (last == "out" and said[-2] in ("turn", "turned", "turns"))


def _speaks_after(said: Sequence[str], at: int, speaker: Sequence[str]) -> bool:
    """Whether the name at `at` begins a speaker of several words that a verb of saying
    follows ("did the Institute for the Study of War say"), named by no office ("Ukraine's
    foreign minister" still names Ukraine)."""
    if not speaker or said[at] != speaker[0] or OFFICES & set(speaker):
        return False
    end = next((j for j in range(at, len(said)) if said[j] == speaker[-1]), None)
    return end is not None and end + 1 < len(said) and said[end + 1] in _SAY_VERBS


def _between_events(said: Sequence[str]) -> tuple[int, ...]:
    """The words that ask the time between two events, past "how": "how long after the
    Alaska summit did Trump speak", "how many months before his remark was the summit", "how
    much time passed between the summit and the remark" (no topic of the question); not "how
    long did the summit last", nor "how long has the war between them lasted". Empty when
    the question does not ask it."""
    for at in range(1, len(said) - 1):
        asks = (
            said[at - 1 : at + 1] == ["how", "long"]
            or (said[at] in TIME_UNITS and said[at - 2 : at] == ["how", "many"])
            or said[at - 2 : at + 1] == ["how", "much", "time"]
        )
        if not asks:
            continue
        if said[at + 1] in _BETWEEN:
            return (at, at + 1)
        if said[at + 1] in _PASSED and said[at + 2 : at + 3] == ["between"]:
            return (at, at + 1, at + 2)
    return ()


def _asks_how_long(said: Sequence[str]) -> bool:
    """Whether the question asks for a length of time ("how long has the war lasted",
    "for how many years has Russia held Luhansk"); not "how long ago", which asks when."""
    return any(
        (said[i : i + 2] == ["how", "long"] or (said[i : i + 2] == ["how", "many"]
         and said[i + 2 : i + 3] in [[unit] for unit in TIME_UNITS]))
        and "ago" not in said[i + 2 : i + 4]
        for i in range(len(said))
    )  # fmt: skip


_TIME_LEFT = frozenset("given give gives giving got left remain remains remaining".split())
"""Words by which "how long" asks the time someone has to do something ("how long have the
Americans given them", "how long does Kyiv have left"): a deadline's date answers that."""


def _asks_time_left(said: Sequence[str]) -> bool:
    """Whether "how long" asks the time someone has: "how long have the Americans given
    them", "how long do Ukraine and Russia have to reach a deal"; not "how long has the war
    lasted", which asks how long it has gone on."""
    if _TIME_LEFT & set(said):
        return True
    # "have" as what they hold, not as an auxiliary ("how long has the US been pushing")
    held = [i for i, w in enumerate(said) if w in ("have", "has") and i > 2]
    return any(
        said[i + 1 : i + 2] == ["to"]
        or ({"do", "does", "did"} & set(said[:i]) and "to" in said[i + 1 : i + 7])
        for i in held
    )


_BETWEEN = frozenset("after before between".split())
_PASSED = frozenset("passed elapsed went lapsed".split())
"""Words by which "how long" asks the time between two events, right after it or after
"passed" ("how many months passed between"): not "the war between Russia and Ukraine"."""


def _where_describes(said: Sequence[str]) -> bool:
    """Whether every "where" of the query follows a kind of place ("the Emirati capital where
    the talks ended", "the town where medics evacuated a civilian"): it says which place
    the words before it name, and asks for no other."""
    at = [i for i, w in enumerate(said) if w == "where"]
    return bool(at) and all(i and said[i - 1] in _PLACE_NOUNS | {"capital"} for i in at)


_HEDGED = re.compile(
    r"\s*(?:(?:roughly|approximately|approx\.?|circa|more or less)[\s,]+"
    r"(?=(?:what|when|where|which|who|whom|how)\b)|(?:around|about)[\s,]+(?=(?:how|when)\b))",
    re.IGNORECASE,
)


def unhedged(query: str) -> str:
    """The query without a hedge before the question word it starts with: "roughly when did
    they meet" and "approximately how many" say how near the answer may be, not what it is
    about, so they ask what "when did they meet" and "how many" ask. "About" and "around"
    are hedges only before "how" and "when": "about which region" asks of the region."""
    hedge = _HEDGED.match(query)
    return query[hedge.end() :] if hedge else query


def asked(query: str, today: date | None = None) -> Asked:
    """The forms a question takes, the speaker it names and the times it names; a time
    relative to now ("a year ago") counts back from today."""
    said = _without_names_of_speech(words(query))
    runs = _phrases(said, _LONGEST_ASK)
    forms = {form for form, phrases in _ASKS.items() if not runs.isdisjoint(phrases)}
    forms |= _named_answer(said)
    if _asks(said, _PERSON_NOUNS):
        forms.add(Form.WHICH_PERSON)
    elif _asks(said, _WHO_NOUNS) or _asks(said, _UNIT_NOUNS, ("which",)):
        forms.add(Form.WHO)
    meaning = asks_a_meaning(said)  # "what does oblast mean": what it is, said by nobody
    dated = _date_named(said)  # "Druzhkivka shelling date"
    headline = _headline_speaker(query)  # "..., says Zelenskyy"
    if meaning:
        speaker: tuple[str, ...] = ()
    elif headline is not None:
        speaker = headline
    else:
        speaker = _speaker(said) or _possessed_figure(query)
    if speaker:
        forms.add(Form.SAID_BY)
        forms.discard(Form.WHO_SAID)
    if said[:1] == ["who"] and said[2:3] and said[1] in COPULAS and said[2] in _PRESENT_AT:
        forms.discard(Form.WHAT_IS)  # "who was in Alaska", "who is at the talks": who was there
    if forms & {Form.WHO_SAID, Form.WHAT_IS}:
        # "who said" asks for a source; "who is X" for a description.
        forms -= {Form.WHO, Form.WHICH_PERSON}
    if NEGATIONS & set(said) or _LACKING & set(said) or ("rest", "of") in runs or "outside" in said:
        forms.add(Form.NOT)  # "who controls the rest of Donetsk", "does it lack": what is not so
    if "already" in said and _DONE & set(said):
        forms.add(Form.DONE)
    if said[:1] == ["will"] or (said[:1] in (["is"], ["are"]) and _going_to(said)):
        forms.add(Form.FORECAST)  # "will the talks ...", "is the war going to": not "when will"
    if said[:1] in (["should"], ["ought"]) or ("what", "should") in runs:
        forms.add(Form.ADVICE)  # "should Ukraine give up the Donbas": a judgement asked for
    if said[:1] == ["how"] and "will" in said[1:6]:
        forms.add(Form.FORECAST)  # "how much of Donetsk will Russia control": what is to be
    if _asks_a_wish(said) and runs & frozenset(_SHARE_OF):
        forms.add(Form.FORECAST)  # "how much of Donetsk does Russia want": not what it holds
    if ("when", "will") in runs and _EVENT_VERBS & set(said):
        forms.add(Form.FORECAST)  # "when will the war end": a forecast, not a proposal
    if ("will", "happen") in runs or ("will", "become", "of") in runs:
        forms.add(Form.FORECAST)  # "what will happen to the Donbas": not what Trump proposed
    if ("name", "of") in runs and not _names_a_thing(said):
        forms.add(Form.WHICH_PERSON)  # "what is the name of the civilian": a person
    if _asks(said, _PLACE_NOUNS | _PLACE_KINDS_ASKED):
        forms.add(Form.WHERE)  # "which hotel or venue in Miami"
    if _in_which_time(said):
        forms.discard(Form.WHERE)  # "in which month did they meet": when, not where
    if _where_describes(said):
        forms.discard(Form.WHERE)  # "the Emirati capital where the talks ended": that place
    if Form.WHO in forms and _only_relative_who(said) and not _asks(said, _WHO_NOUNS):
        forms.discard(Form.WHO)  # "which town ... a civilian who was evacuated": where
    if _OUTCOME & set(said) or runs & _CAME_OF_IT:
        forms.add(Form.OUTCOME)  # "what came out of the talks", "did the summit end in a deal"
    elif runs & _DECIDED and not _sets_beside(said):
        forms.add(Form.OUTCOME)  # "what was decided at the Alaska summit"
    if _asks_how_it_went(said):
        forms.add(Form.OUTCOME)  # "how did the Alaska summit go": what came of it
    if runs & _PACE_ASKED:
        forms.add(Form.RATE)
    if _asks_how_near(said, runs):
        forms.add(Form.NEAR)  # "which oblast is adjacent to Luhansk": not its control
    if said[:1] == ["why"] or runs & _REASON_ASKED:
        forms.add(Form.WHY)
    if _asks_why_it_ended(said):
        forms.add(Form.ENDED)  # "why did CIRSD end its partnership": a fact that it ended
    if runs & _CAUSE_ASKED:
        forms.add(Form.CAUSE)
    if runs & _WHAT_NEXT:
        forms.add(Form.FORECAST)  # "what happens next": what is to come
    if _asks_on_a_condition(said, runs):
        forms.add(Form.CONDITION)
    if _asks_if_obliged(said, runs):
        forms.add(Form.OBLIGED)  # "must they reach a deal by June": a deadline says so
    if _asks_if_permitted(said, runs):
        forms.add(Form.PERMITTED)  # "is Ukraine legally bound by the deadline": no deadline says
    if _asks_a_price(said, forms):
        forms.add(Form.PRICE)  # "how much is Donbas coal worth": a sum of money
    if "role" in said or "roles" in said:
        forms.add(Form.ROLE)  # "what role did the UAE play": what it did
    if _HOLDS_NOW & set(said):
        forms.add(Form.DONE)  # "who controls the Donbas": what is so, not what was proposed
    asked_done = bool(("when", "did") in runs and _EVENT_VERBS & set(said))
    asked_done = asked_done or _asks_where_it_took_place(said, runs)
    if asked_done or (said[:1] in (["has"], ["have"]) and _EVENTS_DONE & set(said)):
        forms.add(Form.DONE)  # "when did the war end": a fact that it is to end says not when
    if (
        (
            (said[:1] in (["where"], ["when"]) and said[1:2] in (["was"], ["were"]))
            or said[:1] in (["was"], ["were"])
        )
        and _PARTICIPLE.match(said[-1])
        and said[-1] not in _SAID_OR_AGREED
        and not _SAYING_NOUNS & set(said)  # "when were the cut-up remarks made": a saying
    ):
        forms.add(Form.DONE)  # "where were prisoners exchanged", "were the Miami talks held"
    done_asked = said[:1] in (["did"], ["has"], ["have"])  # not "will it take place"
    reached = done_asked and (
        ("carried", "out") in runs
        or "yet" in said
        or any(w in _REACHED and said[i - 1] != "to" for i, w in enumerate(said) if i)
    )  # "did they reach an agreement", not "did the US give them until June to reach one"
    if reached or _asks_if_it_happened(said):
        forms.add(Form.DONE)  # "did they reach an agreement by June", "did the war end"
    if (said[:1] in (["is"], ["are"]) and said[-1:] == ["over"]) or ("over", "now") in runs:
        forms.add(Form.ENDED)  # "is the war over": a fact that it ended
    past = ("what", "happened") in runs and {"after", "before"} & set(said)
    to_come = runs & {("will", "happen"), ("what", "happens")} and any(
        w in ("happen", "happens") and said[i + 1 : i + 2] in (["after"], ["before"])
        for i, w in enumerate(said)
    )  # not "what happens to them if they don't settle before the cutoff"
    if past or to_come:
        # "what happened after the Alaska summit", "what will happen after the Miami talks":
        # what came (or comes) after it, not the summit or the talks
        forms.add(Form.SEQUENCE)
    if runs & _HAPPENED or (done_asked and ("already" in said or ("take", "place") in runs)):
        forms.add(Form.DONE)  # "did the exchange take place", "what happened in June"
    if _PHOTOGRAPHER.search(" ".join(said)):
        forms.add(Form.PHOTOGRAPHER)
    if _asks_the_hour(said):
        forms.add(Form.CLOCK)  # "at what time will the Miami talks begin"
    if _dates_the_document(said):
        forms.add(Form.PUBLISHED)
    elif dated:
        forms.add(Form.WHEN)  # "Druzhkivka shelling date": as "what date" asks it
    if _asks_how_to(said):
        forms.add(Form.HOW_TO)
    elif _asks_the_manner(said):
        forms.add(Form.MANNER)  # "how did Russia capture Luhansk": by what means
    if meaning:
        forms.add(Form.WHAT_IS)  # "what does oblast mean": what it is
    if SUPERLATIVES & set(said) or _the_most(said):
        forms.add(Form.RECORD)  # "was it the largest exchange of the war", "the most cited"
    if _asks_what_is_settled(said, forms):
        forms.add(Form.CONFIRMED)  # "which city has been confirmed": not the likely one
    if _asks_of_every_one(said):
        forms.add(Form.UNIVERSAL)  # "does every think tank ...", "has Russia always ..."
    if _THE_ONLY_ONE.search(query):
        forms.add(Form.ONLY)  # "is the US the only mediator": not that it is one
    if said[:1] == ["where"] and said[-1:] in (["to"], ["into"]) and _TAKING & set(said):
        forms.add(Form.WHERE_TO)  # "where was the civilian evacuated to": not where from
    elif said[:1] == ["where"] and _asks_where_it_went(said):
        forms.add(Form.WHERE_TO)  # "where were the prisoners sent": not where they were held
    spelling = _spelling_asked(said)
    if spelling:
        # "what does CIRSD stand for", "the full name of ISW": the name its letters stand for,
        # spelled out, not a person or a source named
        forms = forms - {Form.WHICH_PERSON, Form.WHO, Form.NAMED} | {Form.SPELLED_OUT}
    if _asks_a_name(said, runs) and Form.WHICH_PERSON not in forms:
        forms.add(Form.NAMED)  # "what was the summit called": not that it took place
    if _asks_of_all_of_it(said) and not forms & {Form.HOW_MUCH, Form.HOW_MANY}:
        forms.add(Form.WHOLLY)  # "which oblast does Russia fully control": none of 70%
    if ("when", "did") in runs and (SPEECH | _SETTING_VERBS) & set(said):
        forms.add(Form.SAID_WHEN)  # "when did the US give the deadline": when it was given
    between = _between_events(said)
    if between:
        forms = forms - {Form.HOW_MUCH, Form.HOW_MANY} | {Form.INTERVAL}
        # "how long before his Donbas comments", "... did Trump say": the saying is one of
        # the two events, not words of a speaker's that are asked for
        speaker = ()
        forms.discard(Form.SAID_BY)
    elif _asks_how_long(said):
        # "how long has Russia held Luhansk": a length of time, which a share is not; "how
        # long have the Americans given them": the deadline's date, as "by when" asks
        asks = Form.WHEN if _asks_time_left(said) else Form.DURATION
        forms = forms - {Form.HOW_MUCH} | {asks}
    elif ("how", "old") in runs:
        forms = forms - {Form.HOW_MUCH} | {Form.DURATION}  # "how old is ISW": its age
    elif ("long", "ago") in runs:
        forms = forms - {Form.HOW_MUCH} | {Form.WHEN}  # "how long ago was the summit": when
    if forms & {Form.HOW_MUCH, Form.HOW_MANY} and _EXACTLY & set(said):
        forms.add(Form.EXACT)
    forms |= _bounds(said)
    if _listed_kind(said) is not None:
        forms = forms - {Form.WHAT_IS} | {Form.WHICH}  # "what are the stages of the plan"
    described = _described_kind(said)
    if not forms & _SAYS_WHICH and (described is not None or _which_of_a_kind(said)):
        forms.add(Form.WHICH)
    if said[:1] in (["what"], ["which"]) and _kind_of_a_kind(said):
        # "what kind of organisation is CIRSD": what it is, not who
        forms = forms - {Form.WHO, Form.WHICH_PERSON} | {Form.WHAT_IS}
    if _which_said(said):
        forms = forms - {Form.WHO, Form.WHICH_PERSON, Form.WHERE} | {Form.WHO_SAID}
    elif _which_country_acts(said):
        forms = forms - {Form.WHERE} | {Form.WHO}  # "which country is pressing Kyiv"
    named = _times(said, today or date.today())
    kinds = [
        j
        for i, w in enumerate(said)
        if w in ("what", "which")
        for j in range(i + 1, min(i + 3, len(said)))
        if said[j] in _FORM_NOUNS
        or _THINK_TANK & {tuple(said[j - 1 : j + 1]), tuple(said[j : j + 2])}
    ]  # "which think tank": a body, as "which organisation" is
    kinds += [
        j + k
        for j in range(1, len(said) - 2)
        if said[j - 1] in ("what", "which") and tuple(said[j : j + 3]) in _HEADS_OF
        for k in range(3)
    ]  # "which head of state": a person, as "which leader" is
    kinds += [i + 1 for i, w in enumerate(said[:-1]) if w == "who" and said[i + 1] in _SOURCING]
    if Form.WHO_SAID in forms:
        # "which leader in Kyiv disclosed the timetable": the verb asks who said it, as
        # "said" does; it is no topic for a fact to hold ("estimates of control" is one)
        kinds += [i for i, w in enumerate(said) if w in SPEECH and _past_tense(w)]
    kinds += spelling  # "stand for", "acronym": they ask, they are no topic
    # "which two oblasts": how many are asked for, not a figure a fact must give.
    kinds += [
        i + 1
        for i, w in enumerate(said[:-1])
        if w in ("which", "what") and said[i + 1] in COUNT_WORDS
    ]
    kinds += [i for i in range(len(said)) if _per_source(said, i)]  # "per ISW": a source
    kinds += [
        i + j
        for i in range(len(said) - 2)
        if said[i : i + 2] == ["according", "to"]
        for j in (2, 3)
        if i + j < len(said) and said[i + j] in _DOCUMENT_NOUNS | {"report"}
    ]  # "according to the article": the document itself, no source
    kinds += [
        i + 2
        for i in range(len(said) - 2)
        if said[i] in _IN_THE_DOCUMENT
        and said[i + 1] == "the"
        and said[i + 2] in _DOCUMENT_NOUNS | {"report"}
        and not _dates_the_document(said)
    ]  # "the photo in the article", "the picture accompanying the story": where, no topic
    # "what kind of organisation is CIRSD", "how old is the war", "is Luhansk part of the
    # Donbas": the kind of answer, or what membership is asked, not what it is about.
    kinds += [
        i + 2
        for i in range(len(said) - 2)
        if said[i] in ("kind", "type", "sort") and said[i + 1] == "of" and _a_kind(said[i + 2])
    ]  # "what kind of organisation", not "what type of minerals" (what it is about)
    kinds += [i + 1 for i in range(len(said) - 1) if said[i : i + 2] == ["how", "old"]]
    kinds += [
        i
        for i in range(2, len(said) - 1)
        if said[i] == "part" and said[i + 1] == "of" and said[0] in COPULAS
    ]
    # "Is it true that ...", "true or false": a claim put to be checked, not its topic.
    kinds += [i + 2 for i in range(len(said) - 2) if tuple(said[i : i + 3]) in _CHECKING]
    kinds += [
        j
        for i in range(len(said) - 2)
        if tuple(said[i : i + 3]) == ("true", "or", "false")
        for j in (i, i + 2)
    ]
    kinds += [i for i, w in enumerate(said) if _names_the_answer(said, i, forms)]
    # "so far", "to date": until now, and "by what point": when; no topic either.
    kinds += [i for i in range(2, len(said)) if tuple(said[i - 2 : i + 1]) in _WHAT_POINT]
    kinds += [i for i in range(1, len(said)) if (said[i - 1], said[i]) in _SO_FAR]
    kinds += dated if Form.WHEN in forms else []
    town = _town_named(said)
    if town is not None:
        forms.add(Form.WHERE)  # "Alaska summit city": which city, as "which city" asks
        kinds.append(town)
    if meaning:  # "what does the word oblast mean": oblast is asked, not "word"
        kinds += [
            i
            for i, w in enumerate(said)
            if w in _ASKING_A_MEANING
            or (w in _NAMING_NOUNS and i and said[i - 1] == "the" and i + 1 < len(said))
        ]
    if any(said[i] in _MAKING_UP for i in kinds):
        forms.discard(Form.WHAT_IS)  # "what are Luhansk and Donetsk called": what they make up
    kinds += between  # "how many months passed between": they ask, they are no topic
    if Form.EXACT in forms:  # "exactly" says what kind of figure, not what it is of
        kinds += [i for i, w in enumerate(said) if w in _EXACTLY]
    # "apart from", "besides": words that set apart, not what the question is about
    kinds += [i for i, w in enumerate(said) if w in _SETTING_APART]
    kinds += _at_the_heart(said)
    kinds += _wanted_of_it(said)  # "the region Moscow wants Kyiv to give up": which, not what
    if Form.OUTCOME in forms:  # "what concrete result came out of the talks": what is asked
        kinds += [
            i
            for i, w in enumerate(said)
            if w in _ASKS_AN_OUTCOME
            or (w in ("came", "come", "comes") and said[i + 1 : i + 3] == ["out", "of"])
            or (w == "out" and said[i - 1 : i] in (["came"], ["come"], ["comes"]))
        ]
    if Form.RELAYED in forms:  # "which wire service carried his remarks": how it was relayed
        kinds += [i for i, w in enumerate(said) if w in _RELAYING]
    if Form.WHY in forms:  # "why is the meeting notable": what sets it apart is asked
        kinds += [i for i, w in enumerate(said) if w in NOTABLE]
    forms |= _one_of_a_kind(said, forms)
    # "last autumn": "last" only says which autumn, a time the season's word asks for once
    kinds += [
        i
        for i, w in enumerate(said[:-1])
        if w == "last" and (time := named.get(said[i + 1])) is not None and time.reported
    ]
    actor = _actor(said)
    if actor is None and said[:1] == ["if"]:
        # "if talks fail, what will Russia do": the subject of the question after the condition
        main = next((i for i in range(2, len(said)) if said[i] in _WH), None)
        if main is not None and (after := _actor(said[main:])) is not None:
            actor = main + after
    if actor is None:
        actor = _stance_holder(said, possessives(query))  # "what is Moscow's red line"
    if Form.SPELLED_OUT in forms:
        actor = None  # "what does WEF stand for": its letters do nothing
    elif actor is not None and _speaks_after(said, actor, speaker):
        # "what did the Institute for the Study of War say": the speaker, not who acts
        actor = None
    return Asked(
        frozenset(forms), frozenset(kinds), actor, _doing(said), _share_of(said), speaker, named,
        _deed(said), _agreed_on(said),
        _predicate(said) or _share_predicate(said) or _office_asked(said),
        *_identity(said), _placed(said), _set_apart(said),
        _kind_asked(said) if forms & {Form.WHICH, Form.HOW_MANY} else None,
        next((w for w in said if w in _NOW), ""),
        _claimed(said),
        _demanded(said),
        _had(said),
        _set_against(said),
        _contents_asked(said),
        town,
        described,
        *_deed_roles(said, possessives(query)),
        _anchored(said, forms),
        _attribute_asked(said),
        _guessed(query, said, forms),
    )  # fmt: skip


_GUESS = re.compile(r",\s*(?P<guess>[^,;:!?]+?)[\s?!.'\x22\u2019\u201d)]*$")
"""The words after a question's last comma, to its end and whatever marks close it:
"..., Miami?", "..., the U.S.?!"."""
_GUESS_WORDS = 3
"""The most words a guess at the answer has: "Abu Dhabi", "the United States"."""


def _guessed(query: str, said: Sequence[str], forms: set[Form]) -> frozenset[int]:
    """The positions of the words a question that asks where or who puts up as its answer
    after a comma at its end ("where will the next round be held, Miami?", "which city
    will host it, Abu Dhabi?"), when all of these hold:

    - the question asks for a place or someone (Form.WHERE, Form.WHO, Form.WHICH_PERSON);
    - the words after its last comma are its last words, one to _GUESS_WORDS of them, as
      the query's words read them (not its `said`, where "states" of "the United
      States" is put out of the way): a comma within a number ("who killed 1,000
      Russians") leaves words that are not the query's last;
    - none of them is a small word but an article ("..., and why?", "..., according to
      Zelenskyy?", "..., is it Miami?" guess nothing; "..., the United States?" does).

    Search reads them as the answer proposed where they are a name's words (search._guessed).
    Empty otherwise."""
    if not forms & {Form.WHERE, Form.WHO, Form.WHICH_PERSON}:
        return frozenset()
    tail = _GUESS.search(query)
    guess = words(tail["guess"]) if tail else []
    if not 1 <= len(guess) <= _GUESS_WORDS or words(query)[-len(guess) :] != guess:
        return frozenset()
    if any(w in STOPWORDS and w not in ARTICLES for w in guess):
        return frozenset()
    return frozenset(range(len(said) - len(guess), len(said)))


_DONE = frozenset(
    """
    happened happen completed complete carried done finished implemented executed held
    place
    """.split()
)
"""Words that, beside "already", ask whether something was done ("already happened",
"already carried out", "already taken place")."""

_CHECKING = frozenset(
    {("is", "it", "true"), ("is", "it", "correct"), ("is", "it", "right"), ("is", "that", "true")}
)
"""The words that put a claim up for checking ("is it true that ..."): their last word is no
topic of the claim."""

COPULAS = frozenset("is are was were".split())
"""The copulas, by which a question asks what something is or was."""


_A_PERSON = _PERSON_NOUNS - {"people"} | {"head", "heads", "chief", "chiefs"}
"""What "which" asks for when it asks for a person, one or more: _PERSON_NOUNS less
"people", which may be any crowd ("which people were evacuated"), and a head ("which head
of state", "which organisation's head")."""
_A_BODY = frozenset(
    """
    organisation organisations organization organizations body bodies institution
    institutions institute institutes agency agencies
    """.split()
)
"""What "which" asks for when it asks for an organisation, not a person. Not "group", which
may be any crowd ("which group evacuated the civilian": paramedics), nor "government",
which its president speaks for; "think tank" has a rule of its own (search's
asks_for_a_think_tank)."""
_DESCRIBED_BY_A_KIND = frozenset(
    """
    source sources estimate estimates figure figures data statement statements report
    reports account accounts count counts tally assessment assessments record records
    version document documents website statistics number numbers claim claims view views
    position line channel channels narrative story explanation
    """.split()
)
"""Nouns a kind's word may stand before as an adjective ("which official source", "what
general estimate", "which body count"): then that noun is what is asked for, not a person
or an organisation."""
_WITHIN_A_KIND = frozenset({"of", "state", "government"})
"""Words that go on a person's kind after its word: "which head of state"."""


def _one_of_a_kind(said: Sequence[str], forms: set[Form]) -> set[Form]:
    """The kind "which" (or "what") asks the one who said or did something to be: a
    person ("which official said", "which head of state", "which organisation's head"),
    or an organisation ("which organisation estimated"). The kind is the last kind's word
    of the words after "which", up to a verb: none where a word it describes comes after it
    ("which official source"). Nothing in a question that asks for no one of a kind
    (neither Form.WHO_SAID, Form.WHO, Form.WHICH_PERSON nor Form.WHICH)."""
    if not forms & {Form.WHO_SAID, Form.WHO, Form.WHICH_PERSON, Form.WHICH}:
        return set()
    for i, word in enumerate(said):
        if word not in ("which", "what"):
            continue
        kind: Form | None = None
        begun = False
        for after in _before_a_verb(said[i + 1 : i + 4]):
            if after in _A_BODY:
                kind = Form.A_BODY
            elif after in _A_PERSON:
                kind = Form.A_PERSON
            elif after in _DESCRIBED_BY_A_KIND and begun:
                kind = None
            elif begun and after not in _WITHIN_A_KIND:
                break  # "which organisation estimated official figures": the verb ends it
            else:
                continue  # "which US official": a word before the kind's
            begun = True
        if kind is not None:
            return {kind}
    return set()


_SAYS_WHICH = frozenset(
    {
        Form.HOW_MUCH, Form.HOW_MANY, Form.WHEN, Form.DAY, Form.WHERE, Form.WHO,
        Form.WHICH_PERSON, Form.RELAYED, Form.WHO_SAID, Form.WHAT_IS,
    }
)  # fmt: skip
"""Forms that already say what kind of answer "which" or "what" asks for."""

_PACE_ASKED = frozenset(
    {("how", "fast"), ("how", "quickly"), ("what", "pace"), ("what", "rate"), ("rate", "of"),
     ("pace", "of"), ("how", "rapidly"), ("how", "often"), ("how", "frequently")}
)  # fmt: skip
"""Words that ask for a pace, or how often something happens."""
_NEAR_ASKED = frozenset(
    {("how", "far"), ("distance",), ("closest", "to"), ("nearest", "to"), ("adjacent", "to"),
     ("next", "to"), ("neighbouring",), ("neighboring",), ("borders",), ("bordering",),
     ("lies", "between"), ("lie", "between"), ("located", "between"), ("touches",)}
)  # fmt: skip
"""Words that ask how far a place is, or what lies next to it (Form.NEAR)."""


def _asks_how_near(said: Sequence[str], runs: set[tuple[str, ...]]) -> bool:
    """Whether a question asks how far a place is, or what lies next to it (_NEAR_ASKED);
    not "which city is next to host the talks", next in turn (_next_to_do), nor "how far"
    with no place to be far from (_far_from_a_place)."""
    asked = runs & _NEAR_ASKED
    if ("how", "far") in asked and not _far_from_a_place(said):
        asked = asked - {("how", "far")}  # "how far did the talks get": how much came of them
    return bool(asked - {("next", "to")}) or (bool(asked) and not _next_to_do(said))


def _far_from_a_place(said: Sequence[str]) -> bool:
    """Whether "how far" asks a distance: "from" a place after it ("how far is Miami from
    Washington"), not from doing something ("how far is Russia from controlling all of
    Luhansk") and not a figure of speech ("how far did the talks get", "how far along is
    the war")."""
    return any(
        w == "from" and i + 1 < len(said) and not said[i + 1].endswith("ing")
        for i, w in enumerate(said)
    )


def _next_to_do(said: Sequence[str]) -> bool:
    """Whether "next to" is followed by a verb ("which city is next to host the talks"):
    next in turn, not beside a place."""
    return any(
        said[i : i + 2] == ["next", "to"] and i + 2 < len(said) and said[i + 2] in _NEXT_DEEDS
        for i in range(len(said))
    )


_NEXT_DEEDS = frozenset(
    "host hold be meet take sign visit speak lead join go come have get see attend follow "
    "chair receive welcome".split()
)
"""Verbs after "next to" that make it next in turn (_next_to_do)."""

_REASON_ASKED = frozenset(
    {("reason", "for"), ("reason", "why"), ("what", "reason"), ("the", "reason"), ("how", "come")}
)  # fmt: skip
"""Words that ask why without "why": "what is the reason for the June deadline"."""
_AS_A_WHOLE = frozenset(
    {("as", "a", "whole"), ("overall",), ("altogether",), ("in", "total"), ("combined",),
     ("taken", "together"), ("entire",), ("in", "all")}
)  # fmt: skip
"""Words by which a question asks of a whole itself ("the Donbas as a whole", "overall",
"in total"): then each part's figure is not its answer."""


def asks_of_the_whole(said: Sequence[str]) -> bool:
    """Whether the question asks of a whole as such ("what share of the Donbas as a whole")."""
    return not _phrases(said, 3).isdisjoint(_AS_A_WHOLE)


_ENDING_VERBS = frozenset("end stop finish conclude cease collapse".split())
"""What "why did" asks to have ended ("why did the Donbas stop being the heartland"): a fact
must say it is over."""


def _asks_why_it_ended(said: Sequence[str]) -> bool:
    """Whether "why did X end (or stop)" asks why something ended: the verb of its subject,
    not a purpose ("why did Trump say it should be cut up to end the war") nor what
    someone said."""
    if said[:2] != ["why", "did"]:
        return False
    return any(
        w in _ENDING_VERBS and said[i - 1] != "to" and not SPEECH & set(said[2:i])
        for i, w in enumerate(said)
        if i > 2
    )


_CAUSE_ASKED = frozenset(
    ("what", verb)
    for verb in "caused causes motivated motivates prompted prompts led drove drives".split()
)
"""Words that ask for a cause: "what caused the war to drag on", "what motivated Washington
to pick June"."""
_WHAT_NEXT = frozenset(
    {("happens", "next"), ("happen", "next"), ("comes", "next"), ("what", "next")}
)
"""Words that ask what is to come: "now that ..., what happens next"."""
_COUNTERFACTUAL = frozenset("had were".split())
"""Words by which an "if" clause tells what did not happen ("if the talks had succeeded",
"if Ukraine were to withdraw"): what would have followed, which no claim of the tables says."""
_ASKING_WHETHER = frozenset("ask asked asks asking tell told tells know knows wonder".split())
"""Verbs after which "if" is "whether" ("reporters asked Zelenskyy if ...", "did he tell
reporters if ..."), as after a verb of speech."""


def _asks_on_a_condition(said: Sequence[str], runs: set[tuple[str, ...]]) -> bool:
    """Whether the question asks what would follow on a condition: "what if ...", a question
    that opens with "if" ("if Ukraine withdrew, would Russia stop fighting"), or "would ...
    if" with a condition that did not happen ("would Russia have stopped if the talks had
    succeeded"). Not an open condition ("would the talks be in Miami if the US hosts them",
    "if held"), nor "if" as "whether" after a verb of speech or asking."""
    if ("what", "if") in runs or said[:1] == ["if"]:
        return True
    if said[:1] == ["what"] and any(
        w in _HAPPEN and _opens_a_condition(said, range(i + 1, i + 7)) for i, w in enumerate(said)
    ):
        return True  # "what happens if Ukraine withdraws", "what happens to it if they fail"
    return "would" in said and any(
        w == "if"
        and _COUNTERFACTUAL & set(said[i + 1 : i + 10])
        and not (SPEECH | _ASKING_WHETHER) & set(said[:i])
        for i, w in enumerate(said)
        if i
    )


_HAPPEN = frozenset("happen happens".split())
"""What "what happens (will happen) ... if" asks to follow on a condition; not "what
happened", which asks what was."""
_NO_CONDITION = frozenset("so anything any ever it".split())
"""Words after "if" that set no condition: "if so", "if anything", "if it did"."""


def _opens_a_condition(said: Sequence[str], near: range) -> bool:
    """Whether an "if" at one of the positions near sets a condition ("if Ukraine
    withdraws"), not "if so", "if anything" or "if it did"."""
    return any(
        said[j : j + 1] == ["if"] and said[j + 1 : j + 2] != [] and said[j + 1] not in _NO_CONDITION
        for j in near
    )


_OBLIGED = frozenset({("obliged", "to"), ("obligated", "to"), ("required", "to")})
"""Words that ask whether something must be done ("are they obliged to reach a deal")."""
_PERMITTED = frozenset(
    {("allowed", "to"), ("permitted", "to"), ("forbidden", "to"), ("bound", "by"),
     ("legally", "bound")}
)  # fmt: skip
"""Words that ask whether something may be done, or binds in law ("is the US allowed to set
deadlines", "is Ukraine legally bound by the deadline")."""


def _asks_if_obliged(said: Sequence[str], runs: set[tuple[str, ...]]) -> bool:
    """Whether a yes-or-no question asks if something must be done: "must the talks be held
    in Miami", "does Ukraine have to attend", "are they obliged to ..."; not "when must they
    reach a deal", which asks a deadline's date."""
    if said[:1] == ["must"]:
        return True
    if said[:1] in (["does"], ["do"], ["did"]) and ("have", "to") in runs:
        return True
    return said[:1] in (["is"], ["are"], ["was"], ["were"]) and bool(runs & _OBLIGED)


def _asks_if_permitted(said: Sequence[str], runs: set[tuple[str, ...]]) -> bool:
    """Whether a yes-or-no question asks if something may be done, or binds in law: "is the
    US allowed to set deadlines", "is Ukraine legally bound by the deadline"."""
    return said[:1] in (["is"], ["are"], ["was"], ["were"]) and bool(runs & _PERMITTED)


_COSTS = frozenset("cost costs".split())
"""Words by which "how much" asks a price ("how much does the plan cost")."""


def _asks_a_price(said: Sequence[str], forms: set[Form]) -> bool:
    """Whether the question asks what something is worth or costs: "how much is Donbas coal
    worth", "how much does the plan cost"; not a share ("what percentage of the coal is the
    Donbas worth"), nor "worth noting" or "worth fighting for", a judgement."""
    if any(tuple(said[i : i + len(p)]) == p for p in _SHARE_OF for i in range(len(said))):
        return False
    worth = any(
        w == "worth" and not "".join(said[i + 1 : i + 2]).endswith("ing")
        for i, w in enumerate(said)
    )  # "worth noting", "worth fighting for": no sum of money
    return worth or (Form.HOW_MUCH in forms and bool(_COSTS & set(said)))


_EVENT_VERBS = frozenset("end finish stop conclude happen begin start".split())
"""What "when did" asks to have happened ("when did the war end"): a fact that says it is
proposed, wanted or aimed at does not say it did."""
_TOOK_PLACE = frozenset({("take", "place"), ("happen",), ("occur",)})
"""What "where did" or "when did" asks to have happened ("where did the first three-way
session take place"): a plan for it says where it is to be, not where it was."""


def _asks_where_it_took_place(said: Sequence[str], runs: set[tuple[str, ...]]) -> bool:
    """Whether a question asks where or when something took place, in the past tense; not
    where someone said it would ("where did Zelenskyy say the next round would take
    place")."""
    return (
        said[:2] in (["where", "did"], ["when", "did"])
        and not runs.isdisjoint(_TOOK_PLACE)
        and not (SPEECH | _MODALS) & set(said[2:])
    )


_NOW = frozenset("now today currently nowadays still presently".split())
"""Words by which a question asks what is so at present, not what once was."""
_HOLDS_NOW = frozenset("controls holds occupies".split())
"""Verbs by which a question asks what is so now ("who controls the Donbas", "how much of
Donetsk does Russia hold" reads "hold", which is asked of a proposal too, so only these)."""
_PARTICIPLE = re.compile(r"(?:[a-z]+ed|held|won|lost|hit|fought|taken|made|built|struck|shot)$")
"""The past participle a question may end on ("where were prisoners exchanged", "where was
the first trilateral discussion held")."""
_REACHED = frozenset("reach reached achieve achieved conclude concluded".split())
"""What "did they ..." asks to have been done: "did they reach an agreement by June"."""
_SAID_OR_AGREED = frozenset(
    "agreed reported announced proposed planned accepted offered discussed stated said".split()
)
"""Participles of what is said or agreed, which a fact that it was agreed answers ("where
were the exchange's terms agreed")."""
_HAPPENED = frozenset({("took", "place"), ("what", "happened"), ("taken", "place")})
"""Words by which a question asks what happened: a fact that something was agreed or
proposed does not say it did."""
_SETTING_VERBS = frozenset(
    "give gave set impose imposed announce announced issue propose proposed offer offered "
    "suggest suggested".split()
)
"""What "when did X ..." asks the date of the act for ("when did the US give the deadline"),
as with speech: a fact dated by the deadline's June does not say when it was given."""
_HAPPENINGS = frozenset(
    "end ended stop stopped finish finished happen happened occur occurred begin begun start "
    "started withdraw withdrew withdrawn cut do done".split()
)
"""What a yes-or-no question in the past asks to have come about ("did the war end by June",
"was the Donbas cut up", "did the Americans do everything by June"), not after "to" ("has
the US given them a deadline to end the war"): a fact that it is proposed, wanted or set as
a goal does not say it did."""
_KEPT_TO = frozenset("met missed kept".split())
"""What a question asks of a deadline's outcome ("was the June deadline met")."""
_STANCES = (
    SPEECH
    | _SETTING_VERBS
    | _SAID_OR_AGREED
    | frozenset(
        "agree agrees accept accepts plan plans want wants wanted demand demands demanded "
        "press pressed pressing push pushed pushing reject rejected refuse refused call called "
        "ask asked urge urged expect expected hope hoped intend intended threaten threatened "
        "insist insisted schedule scheduled aim aimed seek sought try tried vow vowed pledge "
        "pledged promise promised given sign signed order ordered".split()
    )
)
"""Verbs of what a party says, wants, sets or agrees to: "did the US propose to end the
war by June" asks of the proposal, which a fact that proposes it answers."""


def _asks_if_it_happened(said: Sequence[str]) -> bool:
    """Whether a yes-or-no question in the past asks if something came about (_HAPPENINGS),
    or if a deadline was met, not what someone said, wanted, set or agreed to (_STANCES;
    "did Kyiv sign off on the talks" asks whether it agreed)."""
    happened = any(w in _HAPPENINGS and said[i - 1] != "to" for i, w in enumerate(said) if i > 1)
    kept = "deadline" in said and not _KEPT_TO.isdisjoint(said)
    return (
        said[:1] in (["did"], ["has"], ["have"], ["had"], ["was"], ["were"])
        and (happened or kept)
        and _STANCES.isdisjoint(said)
    )


_EVENTS_DONE = frozenset("ended finished stopped concluded happened begun started".split())
"""The same after "has" ("has the fighting stopped"; not "has the US set a deadline to end
the war")."""

COUNT_WORDS = frozenset("two three four five six seven eight nine ten".split())
"""Number words after "which": how many members a question asks for ("which two oblasts",
"which two provinces make up the Donbas")."""

_DOCUMENT_NOUNS = frozenset("article story piece publication".split())
"""Words for the document itself: "the date of the article" asks when it was published."""
_IN_THE_DOCUMENT = frozenset("in with accompanying from of".split())
"""Words before "the article" that place what is asked in the document: "the photo in the
article" is the article's photo, which the tables cite; the article is no topic of it."""


_NAMED_THINGS = frozenset(
    "story narrative plan operation deal agreement process project doctrine theory claim".split()
)
"""What "the name of ..." may ask of that is no person: "the name of the Kremlin's story"."""


def _names_a_thing(said: Sequence[str]) -> bool:
    """Whether "name of" asks the name of a thing ("the name of the Kremlin's story")."""
    at = next(i for i, pair in enumerate(pairwise(said)) if pair == ("name", "of"))
    return bool(_NAMED_THINGS & set(said[at + 2 : at + 6]))


_IS_THE_SOURCE = (
    ["is", "the", "source"], ["was", "the", "source"], ["supplied", "the"], ["is", "cited"],
    ["was", "cited"], ["is", "behind"],
)  # fmt: skip
"""Words after "which organisation" that ask whose the figures are: "which organisation is
the source of the figures"."""
_BODIES = frozenset("tank institute forum agency outlet newspaper".split())
"""Bodies that "which" may ask for as a source: "which think tank is cited"."""
_SOURCING_VERBS = frozenset(
    "tracks tracked produced supplied compiled published provided provides gathered".split()
)
"""Verbs after "which organisation" that ask whose figures they are: "which American research
body tracks the ground Moscow holds"."""
_KIND_OF = frozenset({("kind", "of"), ("type", "of"), ("sort", "of")})
"""Words by which "what" asks what kind a thing is: "what kind of organisation is CIRSD"."""


def _a_kind(word: str) -> bool:
    """Whether a noun names a kind of body or place, not a thing a fact is about."""
    return word in _WHO_NOUNS or word in _PLACE_NOUNS or word in _BODIES or word in _FORM_NOUNS


def _kind_of_a_kind(said: Sequence[str]) -> bool:
    """Whether "what kind of X" asks what kind of body or place X is ("what kind of
    organisation is CIRSD"), not which X there are ("what type of minerals")."""
    return any(
        (said[i], said[i + 1]) in _KIND_OF and _a_kind(said[i + 2]) for i in range(len(said) - 2)
    )


_COUNTRY_NOUNS = frozenset("country countries state states nation nations".split())


def _which_said(said: Sequence[str]) -> bool:
    """Whether "which X said" asks who said it: "which president said the Donbas should be
    cut up", "which leader said the talks would be in Miami", "which leader in Kyiv revealed
    the timetable" (the place X is in before the verb)."""
    for i, word in enumerate(said[:-2]):
        if word in ("which", "what"):
            window = _before_a_verb(said[i + 1 : i + 4])  # not "what did officials say"
            for j in range(i + 1, min(i + 1 + len(window), len(said) - 1)):
                if said[j] not in _WHO_NOUNS | _COUNTRY_NOUNS | _BODIES:
                    continue
                after = j + 1
                if said[after] in ("in", "from", "of") and after + 2 < len(said):
                    after += 2  # "which leader in Kyiv said", "which head of state said"
                if said[after] in SPEECH | _SOURCING_VERBS or any(
                    said[after : after + len(p)] == p for p in _IS_THE_SOURCE
                ):
                    return True
    return False


def _which_country_acts(said: Sequence[str]) -> bool:
    """Whether "which country" asks for a party that does something ("which country is
    pressing Kyiv", "which country rejects withdrawing"), not for a place."""
    for i, word in enumerate(said[:-2]):
        if word in ("which", "what") and said[i + 1] in _COUNTRY_NOUNS:
            after = said[i + 2 : i + 4]
            verb = after[1] if after[:1] in (["is"], ["are"]) and len(after) > 1 else after[0]
            if _is_doing(verb) or verb in SPEECH or (verb.endswith("s") and verb not in COPULAS):
                return True
    return False


def _dates_the_document(said: Sequence[str]) -> bool:
    """Whether the question asks when the document itself was written: "date of the
    article", "article date", "when was the article published" (not "when does the US want a
    deal, according to the article")."""
    for i, word in enumerate(said):
        if word in _DOCUMENT_NOUNS:
            if "date" in said[max(0, i - 3) : i] or said[i + 1 : i + 2] == ["date"]:
                return True
            if {"published", "publication", "written", "dated"} & set(said):
                return True
    return False


_EXACTLY = frozenset("exact exactly precise precisely".split())
"""Words by which "how much" asks for a number, not a hedge."""
_LACKING = frozenset("lack lacks lacking lacked shortage shortages devoid".split())
"""Words that ask what is not there ("does the Donbas lack water", "a water shortage")."""


def _bounds(said: Sequence[str]) -> set[Form]:
    """The bounds the query puts on a figure ("more than 70%": ABOVE, "at most 20": BELOW,
    "exactly 70%": EXACT)."""
    found = set()
    for at, word in enumerate(said):
        if not (any(c.isdigit() for c in word) or word in NUMBER_NAMES):
            continue
        lead = " ".join(said[max(at - 3, 0) : at])
        if said[at - 1 : at] in (["exactly"], ["precisely"]):
            found.add(Form.EXACT)  # "does Russia control exactly 70%": not "around 70%"
        for form, words_before in ((Form.ABOVE, _ABOVE), (Form.BELOW, _BELOW)):
            if any(lead == w or lead.endswith(" " + w) for w in words_before):
                found.add(form)
    return found


_ABOVE = ("more than", "over", "above", "in excess of", "upwards of", "at least", "no less than")
"""Words that put a figure after them as a lower bound ("more than 70%")."""
_BELOW = ("less than", "under", "below", "fewer than", "at most", "no more than", "up to")
"""Words that put a figure after them as an upper bound ("less than 70%")."""

_OUTCOME = frozenset(
    "outcome outcomes result results failure success successful collapse collapsed walkout "
    "breakthrough breakthroughs breakthru headway achieve achieved achieves accomplish "
    "accomplished deliver delivered "
    "yield yielded discussed".split()
)
"""Words that ask what came of something ("the Miami talks' failure": whether they failed,
which a fact that says they are still to come does not say; "what was discussed": what the
talks dealt with, which a fact that says only that they took place does not say)."""

_CAME_OF_IT = frozenset(
    {("came", "out", "of"), ("come", "out", "of")}
    | {
        (end, how, a)
        for end in ("end", "ended")
        for how in ("in", "with")
        for a in ("a", "an", "any")
    }
)
"""Phrases that ask what came of something: "what came out of the talks", "did the Alaska
summit end in a deal"; not "the talks that ended in Abu Dhabi", where they ended."""
_DECIDED = frozenset(
    {("was", "decided"), ("were", "decided")}
    | {
        (d, *be, done)
        for d in ("decision", "decisions")
        for be in ((), ("was",), ("were",))
        for done in ("taken", "made", "reached")
    }
)
"""Phrases that ask what came of a meeting ("what was decided at the summit"), unless the
question sets it before or after another event ("what was decided in the run-up to the
exchange": not the exchange); not "what did Ukraine decide", its stance."""

_ASKS_AN_OUTCOME = frozenset(
    "outcome outcomes result results concrete tangible achieve achieved achieves accomplish "
    "accomplished deliver delivered yield yielded".split()
)
"""Words that only ask what came of something ("what concrete result"), unlike "failure"
or "breakthrough", which say what it was."""

_NOT_A_KIND = frozenset(
    "is are was were did does do will would has have had can could part think".split()
)
"""Words after "which" or "what" that name no kind whose members are asked for: a verb
("what did Putin say"), "which part of Ukraine" (a place), "which think tank" (who)."""


_DESCRIBED_KINDS = frozenset(
    """
    issue issues question questions point points matter matters problem problems thing
    things step steps land lands territory territories topic topics industry industries
    technology technologies sector sectors
    """.split()
)
"""Kinds whose members are told by describing them ("political and security issues",
"historically Russian lands"), not by naming them: "which" of these asks for the words a
fact puts before the kind (_described_kind), or, for ground, which may be named too ("the
Donbas"), is not Form.WHICH."""
_ONLY_DESCRIBED = _DESCRIBED_KINDS - {"land", "lands", "territory", "territories"}
"""The kinds of _DESCRIBED_KINDS that no name is a member of."""


_PRECISELY = frozenset("specifically exactly precisely concretely".split())
"""Words by which "what pressure" asks for its kind, not for a description."""


def _listed_kind(said: Sequence[str]) -> int | None:
    """The position of the kind a question asks to be listed: "list the events in the US
    timetable", "name the prisoners freed", "what are the stages of the peace plan" (several
    of a kind, named in the plural); None for "name of the civilian", "what are the US
    demands" is kept (a plural after "the")."""
    if said[:1] in (["list"], ["name"]) and said[1:2] != ["of"]:
        words = [j for j in range(1, min(len(said), 5)) if said[j] not in STOPWORDS]
        return next((j for j in words if _plural(said[j]) or said[j] in _PLACE_NOUNS), None)
    if said[:3] in (["what", "are", "the"], ["what", "were", "the"]) and len(said) > 4:
        at = 3
        return at if _plural(said[at]) and said[at + 1] in ("in", "of", "from", "on") else None
    return None


LOOSE_QUALIFIERS = (
    frozenset(
        "key main major big biggest core central remaining outstanding important other specific "
        "particular such kind kinds type types sort sorts".split()
    )
    | NUMBER_NAMES
)
"""Words before a kind that say nothing of which members ("the key issues", "which two
issues", "what kind of issues"): they neither narrow the kind asked nor describe a member."""


def _described_kind(said: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """The kind in _ONLY_DESCRIBED whose members "which" or "what" (or "name" or "list"
    opening the question) asks for, within the four words after it, and the words of the
    question before it that may narrow it ("which political issues": political); None when
    it asks for none."""
    for at, word in enumerate(said):
        if not (word in ("which", "what") or (at == 0 and word in ("name", "list"))):
            continue
        near = range(at + 1, min(at + 5, len(said)))
        kind = next((j for j in near if said[j] in _ONLY_DESCRIBED), None)
        if kind is not None:
            between = set(said[at + 1 : kind]) - STOPWORDS - LOOSE_QUALIFIERS
            return said[kind], frozenset(w for w in between if not w.isdigit())
    return None


def _which_of_a_kind(said: Sequence[str]) -> bool:
    """Whether "which" asks for members of the kind named after it ("which critical
    minerals", "which round"), or "what" for several of them ("what natural resources") or
    precisely ("what pressure, specifically"), rather than for what something does or is
    ("what did Putin say", "what schedule"); or the question asks to list or name them
    (_listed_kind). (A kind told by describing it, _described_kind, asks too, whatever verb
    follows: "what issues remain unresolved".)"""
    if _listed_kind(said) is not None:
        return True
    for i, word in enumerate(said[:-1]):
        after = said[i + 1]
        if after in ("other", "else") and i + 2 < len(said):
            after = said[i + 2]  # "which other towns": which towns, besides those named
        if after in _NOT_A_KIND or after in STOPWORDS or after in _FORM_NOUNS:
            continue
        if after in _DESCRIBED_KINDS:
            continue
        # "what natural resources does", "what minerals are": a plural noun, then the verb
        # ("what remains unresolved" is a verb, not several of a kind).
        several = any(
            _plural(said[j]) and said[j + 1 : j + 2] != [] and said[j + 1] in _AFTER_A_NOUN
            for j in range(i + 1, min(i + 3, len(said)))
            if said[j] not in _NOT_A_KIND
        )
        if word == "which" or (
            word == "what" and (several or _PRECISELY & set(said) or _used(said, i + 2))
        ):
            return True
    return False


_USING = frozenset("use used uses using deploy deployed deploys employ employed".split())
"""Verbs of using a thing: "what X did they use" asks which X (_used)."""


def _used(said: Sequence[str], at: int) -> bool:
    """Whether "what X" is asked of a thing used, its auxiliary at `at` and the verb of
    using a few words on: "what artillery did Russia use to shell Druzhkivka" asks which
    artillery, as "which" would; "what schedule do the Americans want" does not."""
    return said[at : at + 1] in (["did"], ["does"], ["do"], ["will"]) and not _USING.isdisjoint(
        said[at + 1 : at + 5]
    )


_CONTENTS = frozenset("terms details contents provisions wording".split())
"""Words that ask what a thing says or holds ("the terms of the plan"): the thing after "of"
is what is asked about."""


_TRADED = frozenset("return exchange".split())
"""After "in": what is given for something else ("in return for", "in exchange for")."""


def _thing_named(said: Sequence[str]) -> int | None:
    """The position of the document or scheme "what is the X Y" asks what it is, named by
    whose or where it is ("the Miami framework", "Zelenskyy's peace formula", "the Trump
    doctrine on Ukraine"): its last word, one of _SCHEMES, before the end or a preposition,
    after two to four words. A fact must hold the scheme: one on Miami is no framework."""
    if said[:1] != ["what"] or said[1:2] == [] or said[1] not in COPULAS:
        return None
    start = 3 if said[2:3] in (["the"], ["a"], ["an"]) else 2
    end = next((j for j in range(start, len(said)) if said[j] in STOPWORDS), len(said))
    if not 2 <= end - start <= 4 or said[end : end + 1] not in ([], ["on"], ["for"], ["in"]):
        return None
    return end - 1 if said[end - 1] in _SCHEMES else None


_SCHEMES = frozenset(
    """
    framework frameworks formula formulas doctrine doctrines confederation memorandum treaty
    treaties protocol protocols initiative initiatives charter roadmap blueprint compact
    declaration communique manifesto theory theories dilemma paradox principle hypothesis
    """.split()
)
"""Documents, schemes and named ideas a question may name by whose or where they are ("the
Miami framework", "the Trump doctrine", "the prisoner's dilemma", "the heartland theory"),
which no fact that names only the person, the place or the word is: what a question asks
of other nouns ("the Donbas's industrial heritage", "ISW's estimate") a fact may say in its
own words."""


def _contents_asked(said: Sequence[str]) -> int | None:
    """The position of the thing "the terms of ..." asks about: the last word before the
    next stopword after "of" ("the terms of the US peace plan for Ukraine": plan). Not "in
    terms of", which only says in what respect. Or what is given "in return" (or "in
    exchange") for something: a fact must say what it is. Or the capital a question asks of
    a place ("what is the capital of Luhansk oblast"): a fact must name it as one."""
    for i in range(len(said) - 1):
        if said[i] == "capital" and said[i + 1] == "of" and said[:1] and said[0] in _WH:
            return i  # "what is the capital of Luhansk oblast": which city is its capital
        if said[i] == "in" and said[i + 1] in _TRADED:
            return i + 1  # "what would Ukraine get in return for leaving": what it would get
    if (named := _thing_named(said)) is not None:
        return named  # "what is the Miami framework": a fact must hold the framework
    for i in range(len(said) - 2):
        if said[i] in _CONTENTS and said[i + 1] == "of" and said[i - 1 : i] != ["in"]:
            start = next((j for j in range(i + 2, len(said)) if said[j] not in STOPWORDS), None)
            if start is None:
                return None
            end = next((j for j in range(start, len(said)) if said[j] in STOPWORDS), len(said))
            return end - 1
    return None


def _kind_asked(said: Sequence[str]) -> int | None:
    """The position of the kind "which" asks members of, or "how many" asks the count of:
    "which rivers", "which other towns", "how many people"; or that a question asks to list
    ("list the events", "what are the stages of the plan")."""
    if (listed := _listed_kind(said)) is not None:
        return listed
    for i in range(len(said) - 2):
        if said[i : i + 2] == ["how", "many"]:
            return i + 2
    for i, word in enumerate(said[:-1]):
        if word == "which":
            at = i + 2 if said[i + 1] in ("other", "else") else i + 1
            return at if at < len(said) else None
    return None


_MAKES = frozenset("caliber calibre model make brand".split())
"""Properties that "what" asks of the noun right after them ("what caliber shells", "what
model drones"): which of a thing's makes, a detail a fact gives only by holding the word."""
_PROPERTIES = _MAKES | frozenset(
    """
    value worth price cost trend age population area weather temperature climate currency
    tax taxes unemployment wage wages salary salaries budget revenue revenues gdp economy
    menu language languages religion height depth altitude elevation speed mood morale
    """.split()
)
"""Properties of a thing that a fact gives only by holding the word ("the value of the gas
fields", "the trend in Russian control", "what menu was served"): not what a fact says of
it in other words ("the stance of Kyiv", "the extent of Russian control")."""


def _attribute_asked(said: Sequence[str]) -> int | None:
    """The position of the property (_PROPERTIES) "what is (was) the X of (in, for) Y" asks
    of Y, X within three words after "the" ("the value of", "the unemployment rate in"); or
    of the thing "what X" asks for, before a verb of being or an auxiliary ("what menu was
    served", "what taxes are collected"); None for any other word."""
    at = None
    if said[:1] == ["what"] and said[1:2] and said[1] in COPULAS and said[2:3] == ["the"]:
        at = next(
            (j - 1 for j in range(4, min(7, len(said))) if said[j] in ("of", "in", "for")), None
        )
        if at is not None and said[at] not in _PROPERTIES and said[at - 1] in _PROPERTIES:
            at -= 1  # "the unemployment rate in": the property before its noun
    elif said[:1] == ["what"] and len(said) > 2 and said[2] in COPULAS | _AUXILIARIES:
        at = 1
    elif said[:1] == ["what"] and len(said) > 2 and said[1] in _MAKES:
        at = 1  # "what caliber shells hit Druzhkivka": the calibre, of the shells
    return at if at is not None and said[at] in _PROPERTIES else None


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _going_to(said: Sequence[str]) -> bool:
    """Whether "going to" stands among the first words: "is the war going to end"."""
    return ("going", "to") in pairwise(said[:6])


_WILLING_WITHIN = 7
"""How far into a question a word of will may stand: "is Ukraine's government willing to"
(the question's copula, a subject of up to four words, the word of will, "to")."""


def _willing_to(said: Sequence[str]) -> bool:
    """Whether a word of will or readiness (WILLING) and "to" stand among the first words (within
    _WILLING_WITHIN), before a deed the subject would do: "is Kyiv ready to withdraw", "is
    Ukraine's government willing to give up the region"; not before "be", where the subject
    is what would be done to ("is the Donbas ready to be given up")."""
    head = said[:_WILLING_WITHIN]
    return any(
        head[i] in WILLING and head[i + 1] == "to" and said[i + 2 : i + 3] != ["be"]
        for i in range(len(head) - 1)
    )


_UNDERGOING = frozenset("seeing experiencing witnessing undergoing suffering enduring".split())
"""Verbs in -ing of what a place or party goes through ("is the Donbas still seeing intense
combat"): no deed of its own that a fact must hold."""


def _a_word_of_the_subject(word: str) -> bool:
    """Whether a word may go on a question's subject ("Trump administration"): not a small
    word, a participle ("photographed", "shown") nor a verb in -ing."""
    return (
        word.isalpha()
        and word not in STOPWORDS
        and not word.endswith(("ed", "en", "ing"))
        and word not in ("shown", "seen", "held")
    )


def _is_doing(word: str) -> bool:
    """Whether a word reads as what someone is doing ("pressing", "proposing"), not what it
    goes through (_UNDERGOING)."""
    return word.endswith("ing") and len(word) > 5 and word not in _UNDERGOING


def _deed(said: Sequence[str]) -> int | None:
    """The verb of "who founded ...", "who will head ...": what "who" asks was done, unless
    it asks for a speaker ("who said"), a relayer ("who reported"), or is a light verb
    ("who set the deadline", "who made the offer") that says little by itself. Or a verb of
    judging in words that a question asks someone to have done ("did Trump apologise for the
    remark", "why did Zelenskyy criticise the deadline")."""
    if (judged := _judged_in_words(said)) is not None:
        return judged
    if (act := _act_of_record(said)) is not None:
        return act
    if said[:1] != ["who"] or len(said) < 3:
        return None
    at = 2 if said[1] == "else" else 1  # "who else will attend"
    if said[at] in _MODALS and at + 1 < len(said):
        at += 1
    verb = said[at]
    if verb in _NOT_A_DEED or verb in SPEECH or verb in STOPWORDS or verb in _ASKING_WORDS:
        return None
    return at


JUDGEMENTS = frozenset(
    """
    binding realistic unrealistic legal illegal lawful unlawful legitimate illegitimate fair
    unfair feasible achievable credible enforceable valid serious sincere genuine successful
    effective acceptable unacceptable reasonable justified permanent temporary negotiable
    unwise worth worthwhile success failure deliberate intentional entitled propaganda
    biased reliable wrong optimistic pessimistic hopeful confident satisfied worried
    angry pleased happy upset disappointed unhappy concerned
    """.split()
)
"""Judgements a question may ask a fact to make ("is the June deadline legally binding",
"did Zelenskyy say it is realistic"): only a fact that makes it answers."""


_JUDGING_IN_WORDS = (
    "apologi", "criticis", "criticiz", "condemn", "prais", "blam", "denounc", "insult",
    "mock", "congratulat", "applaud", "rebuk", "scold", "lambast", "ridicul", "regret",
    "accus", "commend", "thank",
)  # fmt: skip
"""The stems of verbs by which someone judges in words ("did Trump apologise for the remark",
"did Zelenskyy criticise the deadline"): a deed no fact holds by merely naming the parties."""
_NOT_A_VERB = re.compile(r".*(?:ism|ion|s)$")
"""Endings of the nouns of those stems ("criticism", "critics", "thanks"), and of a verb
after "he" or "she", which a question does not put after "did"."""
_ASKS_A_DEED = frozenset("did does do has have had will would should who why".split())


def _judged_in_words(said: Sequence[str]) -> int | None:
    """Where a question that asks what someone did ("did Trump apologise", "who condemned",
    "why did Kyiv criticise") puts a verb of judging in words (_JUDGING_IN_WORDS); not a
    noun ("despite criticism"), nor a description ("the region hailed as the heartland")."""
    if not said or said[0] not in _ASKS_A_DEED:
        return None
    return next(
        (
            i
            for i, w in enumerate(said)
            if i and w.startswith(_JUDGING_IN_WORDS) and not _NOT_A_VERB.match(w)
        ),
        None,
    )


ACTS_OF_RECORD = frozenset(
    """
    sue sues sued suing arrest arrests arrested arresting detain detains detained detaining
    jail jails jailed jailing imprison imprisons imprisoned imprisoning convict convicts
    convicted convicting indict indicts indicted indicting extradite extradites extradited
    extraditing deport deports deported deporting expel expels expelled expelling sell sells
    sold selling buy buys bought buying purchase purchases purchased purchasing lease leases
    leased leasing rent rents rented renting cancel cancels cancelled canceled cancelling
    canceling postpone postpones postponed postponing recognise recognises recognised
    recognising recognize recognizes recognized recognizing poison poisons poisoned poisoning
    assassinate assassinates assassinated assassinating kidnap kidnaps kidnapped kidnapping
    veto vetoes vetos vetoed vetoing impeach impeaches impeached impeaching resign resigns
    resigned resigning sack sacks sacked sacking lift lifts lifted lifting scrap scraps
    scrapped scrapping waive waives waived waiving fund funds funded funding finance finances
    financed financing kill kills killed killing murder murders murdered murdering
    """.split()
)
"""Acts of law, trade, office and force that a query may say someone did ("did CIRSD sue the
WEF", "Russia sells its share of Donetsk", "when did the US lift the June deadline", "did
the paramedics kill a civilian"): a deed no fact holds by naming the parties and what the act
was done to. Each verb in all its forms."""
_NOT_AN_ACT_AFTER = frozenset({"as", "out"})
"""Words after an act's verb that make it something else: a description ("the region once
recognised as the heartland"), or "sell out" (betray)."""


def _act_of_record(said: Sequence[str]) -> int | None:
    """Where a query says someone did an act of record (ACTS_OF_RECORD); not the word as a
    noun after an article or a possessive ("to stop the killing", "its funding"), nor where
    the word after makes it another thing (_NOT_AN_ACT_AFTER)."""
    return next(
        (
            i
            for i, w in enumerate(said)
            if w in ACTS_OF_RECORD
            and (not i or said[i - 1] not in _BEFORE_A_NOUN)
            and _NOT_AN_ACT_AFTER.isdisjoint(said[i + 1 : i + 2])
        ),
        None,
    )


def _agreed_on(said: Sequence[str]) -> int | None:
    """The head of what follows "agree on": the last word of its first run of content words
    ("agreed on a big prisoner swap": swap; "agree on territory in Abu Dhabi": territory)."""
    for i, (word, after) in enumerate(pairwise(said)):
        if word in ("agree", "agreed", "agreeing") and after == "on":
            start = next((j for j in range(i + 2, len(said)) if said[j] not in STOPWORDS), None)
            if start is None:
                return None
            end = start
            while end + 1 < len(said) and said[end + 1] not in STOPWORDS:
                end += 1
            return end
    return None


def _share_predicate(said: Sequence[str]) -> int | None:
    """What a share is asked of, after its place: "what percentage of the Donbas is
    occupied" asks for the occupied share, which the Donbas's coal figure is not."""
    for i in range(len(said) - 2):
        if tuple(said[i : i + 3]) in _SHARE_OF or tuple(said[i : i + 2]) in _SHARE_OF:
            after = next((j for j in range(i + 2, len(said) - 1) if said[j] in COPULAS), None)
            while after is not None and after + 2 < len(said) and said[after + 1] in _NOW:
                after += 1  # "how much of Luhansk is still Russian-held": held, now
            if after is not None and said[after + 1] not in STOPWORDS:
                return after + 1
    return None


_PLANS = frozenset("idea ideas plan plans move decision deal proposal".split())
_TRUTH = frozenset("true false accurate correct".split())
"""Judgements of truth a yes-or-no question may end on ("is the narrative true")."""


def _office_asked(said: Sequence[str]) -> int | None:
    """The office "who is the president of X" asks the holder of ("head", "director",
    "founder"): a fact must name it, not only X."""
    if said[:1] != ["who"] or said[1:2] not in (["is"], ["was"], ["are"]):
        return None
    at = 3 if said[2:3] == ["the"] else 2
    return at if said[at + 1 : at + 2] == ["of"] and at < len(said) else None


_PRESENT_AT = frozenset("in at on with behind among inside near".split())
"""Words after "who is" or "who was" that ask who was somewhere or with someone ("who was in
Alaska", "who is behind the narrative"), not what one is."""


_FEELING = frozenset({"feel"})
"""What "how does X feel about ..." asks of X: a feeling, a judgement no fact makes."""


def _predicate(said: Sequence[str]) -> int | None:
    """The judgement a question put for a yes or a no asks for ("is the deadline legally
    binding", "is it fair to ask Ukraine to ...", "is the plan legal under ..."), or the
    feeling "how does X feel about ..." asks for."""
    if said[:1] == ["how"] and said[1:2] in (["do"], ["does"], ["did"]):
        return next((i for i, w in enumerate(said) if w in _FEELING), None)
    if not said or said[0] not in COPULAS | _AUXILIARIES:
        return None
    if said[-1] in _TRUTH and len(said) > 2:
        return len(said) - 1  # "is the narrative true", not "is it true that ..."
    for i, (word, after) in enumerate(pairwise(said)):
        if word in ("good", "bad", "wise") and after in _PLANS:
            return i  # "was the plan a good idea", not "is there good farmland"
        if i > 1 and word in ("right", "wrong") and after == "to" and said[i - 1] != "it":
            return i  # "was Trump right to host Putin", not "is it right to say"
        if i and word == "too" and after not in STOPWORDS:
            return i + 1  # "is the June deadline too short"
    return next((i for i, w in enumerate(said) if i and w in JUDGEMENTS), None)


_APART = (("apart", "from"), ("aside", "from"), ("other", "than"), ("except", "for"),
          ("besides",), ("except",), ("excluding",), ("excepting",))  # fmt: skip
"""Words that set apart what follows: "apart from coal and gas, what other resources"."""
_ALWAYS_APART = (("besides",), ("except", "for"), ("except",), ("excluding",), ("excepting",))
"""Words of _APART that set apart wherever they stand ("who partners with CIRSD, excluding
the WEF"); "apart from" at the end may say what the question is about instead, unless it
follows what something has (_HAVING)."""
_HAVING = frozenset("have has had hold holds contain contains possess possesses own owns".split())
"""Verbs of having, after which "apart from" sets apart some of what is had ("what resources
does the Donbas have apart from coal and gas"), not what the question is about."""


NOTABLE = frozenset(
    "notable significant special historic unprecedented remarkable noteworthy landmark".split()
)
"""Words by which "why" asks what sets something apart ("why is the meeting notable"): a
statement of a distinction ("the first trilateral discussion in the US") answers."""

_SETTING_APART = frozenset(w for phrase in _APART for w in phrase) - {
    "other",
    "than",
    "for",
    "from",
}
"""The words of _APART that are no stopword: they say what is set apart, not a topic."""


def _set_apart(said: Sequence[str]) -> frozenset[int]:
    """The positions of the words set apart at the head of a question ("apart from coal
    and gas, what other resources", "besides the swap, was anything resolved"), up to the
    word that asks or the auxiliary that opens the question; else those set apart after its
    head (_set_apart_at_the_end)."""
    phrase = next((p for p in _APART if tuple(said[: len(p)]) == p), None)
    if phrase is None:
        return _set_apart_at_the_end(said)
    end = next(
        (
            j
            for j in range(len(phrase), len(said))
            if said[j] in _WH or said[j] in _AUXILIARIES or said[j] in COPULAS
        ),
        None,
    )  # "besides the prisoner swap, was anything resolved": up to the question
    return frozenset(range(len(phrase), end)) if end is not None else frozenset()


_GROUND = frozenset("region area territory land east provinces regions areas lands".split())
"""Ground a question may describe by what one party wants of it: "the eastern region Moscow
wants Kyiv to give up"."""
_WANTING = frozenset("wants want wanted demands demand demanded demanding seeks seeking".split())
_DESCRIBING = frozenset("the a an eastern east contested disputed".split())
"""Words of the ground's own description ("the eastern region"), not of a question around it."""
_GIVING_UP = (
    ("give", "up"), ("hand", "over"), ("pull", "out", "of"), ("withdraw", "from"), ("leave",),
    ("cede",), ("abandon",), ("surrender",), ("vacate",), ("quit",),
)  # fmt: skip
"""What a party is wanted to do with ground it holds."""


def _wanted_of_it(said: Sequence[str]) -> frozenset[int]:
    """The positions of a clause that says which ground the question means by what a party
    wants of it ("is combat still heavy in the eastern region [that] Moscow wants Kyiv to give
    up", "the eastern land Moscow wants"): it names the ground, as "the Donbas" would, and
    is not what the question asks about."""
    for at, word in enumerate(said):
        if word not in _WANTING or at < 2:
            continue
        party = at - 1 - (said[at - 1] in ("is", "are", "was", "has", "have"))  # "is demanding"
        before = party - 1 - (said[party - 1] in ("that", "which"))
        if before < 0 or said[before] not in _GROUND:
            continue
        if len(set(said[:before]) - _DESCRIBING) < 2:
            continue  # "land Russia wants Ukraine to hand over": the want is what is asked
        end = at + 1
        wanted = end + (said[end : end + 1] != ["to"])  # its object, if any: "Kyiv", "it"
        if said[wanted : wanted + 1] == ["to"]:
            verb = next(
                (p for p in _GIVING_UP if tuple(said[wanted + 1 : wanted + 1 + len(p)]) == p), None
            )
            if verb is None:
                continue
            end = wanted + 1 + len(verb)
        return frozenset(range(before + 1, end))
    return frozenset()


_WISHING = frozenset("want wants hope hopes aim aims seek seeks intend intends wish wishes".split())
"""Verbs by which a question asks what a party wishes for ("how much of Luhansk does Russia
hope to hold", with a share asked, _SHARE_OF): its stance, not the share it holds. (A
party's wish for a deadline, "by when do the Americans want the war to end", is answered by
the deadline it set.)"""


def _asks_a_wish(said: Sequence[str]) -> bool:
    """Whether the question's verb, after "do", "does" or "did", is one of wishing
    (_WISHING): "how much of Donetsk does Moscow aim to take"."""
    asked = next((i for i, w in enumerate(said) if w in ("do", "does", "did")), None)
    return asked is not None and any(w in _WISHING for w in said[asked + 2 : asked + 5])


def _only_relative_who(said: Sequence[str]) -> bool:
    """Whether every "who" of the question is a relative pronoun, after a noun once another
    question word has asked ("in which town did shelling wound a civilian who was
    evacuated"), not "who" asking."""
    at = [i for i, w in enumerate(said) if w == "who"]
    return bool(at) and all(
        i > 0
        and said[i - 1] not in ("and", "or", "but")
        and any(w in _WH - {"who", "whom"} for w in said[:i])
        for i in at
    )


_TIME_NOUNS = frozenset("year month week day season decade date".split())


def _in_which_time(said: Sequence[str]) -> bool:
    """Whether "in which" or "in what" asks for a time ("in which month did they meet"),
    not a place ("in which city")."""
    return any(
        said[i : i + 2] in (["in", "which"], ["in", "what"]) and said[i + 2] in _TIME_NOUNS
        for i in range(len(said) - 2)
    )


def _set_apart_at_the_end(said: Sequence[str]) -> frozenset[int]:
    """The few words a question that asks "what", "which", "who" or "where" sets apart after
    its head, with a word that always sets apart (_ALWAYS_APART: "what resources does the
    Donbas have besides coal and gas", "who said it, excluding Zelenskyy"), or with any word
    that sets apart when it asks what "other" or "else" there is, or after a verb of having
    ("what resources does the Donbas have apart from coal and gas"). Else the words still say
    what it is about: "what issues remain unresolved, apart from the Donbas" asks of the
    Donbas talks."""
    if said[:1] not in (["what"], ["which"], ["who"], ["where"]):
        return frozenset()
    more = bool({"other", "else"} & set(said))
    for i in range(1, len(said)):
        phrase = next((p for p in _APART if tuple(said[i : i + len(p)]) == p), None)
        had = not _HAVING.isdisjoint(said[:i])  # "what resources does the Donbas have apart"
        if phrase is not None and (more or had or phrase in _ALWAYS_APART):
            start = i + len(phrase)
            # To the verb that goes on ("which country besides Ukraine accepted"), if any.
            end = next((j for j in range(start, len(said)) if _goes_on_after(said[j])), len(said))
            return frozenset(range(start, end)) if 0 < end - start <= 4 else frozenset()
    return frozenset()


def _goes_on_after(word: str) -> bool:
    """Whether a word after what is set apart is the question going on: an auxiliary, a
    copula or a verb in the past ("who besides CIRSD reported", "where besides X was")."""
    return word in _AUXILIARIES or word in COPULAS or (len(word) > 4 and word.endswith("ed"))


_WHERE_IT_HAPPENS = frozenset("will would was were did does do".split())
"""The words after "where" that ask where something happens or happened ("where will")."""
_TO_BE = frozenset("be being been to going".split())
"""Words between a thing and the verb of its taking place: "the exchange be held"."""
_TAKING_PLACE = frozenset("take took taken held happen happened occur occurred".split())
"""Verbs of taking place ("take place", "be held"), after the thing a "where" question asks
the place of."""


def _placed(said: Sequence[str]) -> int | None:
    """What "where is X", "where is X located", "which state is X in" asks the place of:
    the first word after the copula and its article; or the word before the verb of "where
    will X take place", "where was X held"; or the first after "which country will host"."""
    if said[:1] == ["where"] and said[1:2] in (["is"], ["are"]) and len(said) > 2:
        return 3 if said[2] == "the" and len(said) > 3 else 2
    if said[:1] == ["where"] and said[1:2] and said[1] in _WHERE_IT_HAPPENS:
        # "where will the prisoner exchange take place", "where was the second round held":
        # the word before the verb of taking place
        verb = next((i for i in range(3, len(said)) if said[i] in _TAKING_PLACE), None)
        while verb is not None and verb > 2 and said[verb - 1] in _TO_BE:
            verb -= 1  # "where will the prisoner exchange be held", "is going to be held"
        if verb is not None and said[verb - 1] not in STOPWORDS:
            return verb - 1
    if (
        said[:1] in (["which"], ["what"])
        and said[1:2]
        and said[1] in _PLACE_NOUNS
        and said[2:3]
        and said[2] in _WHERE_IT_HAPPENS
        and said[3:4] in (["host"], ["hold"])
    ):
        # "which country will host the prisoner swap": the place of the swap
        return next((i for i in range(4, len(said)) if said[i] not in STOPWORDS), None)
    if (
        said[:1] in (["which"], ["what"])
        and said[1:2]
        and said[1] in _PLACE_NOUNS
        and said[2:3] in (["is"], ["are"])
        and said[-1:] == ["in"]
        and len(said) > 4
    ):
        return 4 if said[3] == "the" else 3
    return None


_HOW_MUCH_OF = frozenset("almost nearly most all half more less much none some any".split())
"""Words that ask how much of what follows ("is almost the whole of Luhansk held"), not
what a name is."""


_HAVING = frozenset("have has contain contains hold holds include includes own owns".split())
_STORES = frozenset("deposits reserves fields mines seams resources".split())
"""Stores of a resource, whose kind is the word before them ("diamond deposits")."""
_NOT_HAD = frozenset("in on at for by from to with as that which".split())


_PRESSING = frozenset("pressing pressed demanding demanded asking asked urging urged".split())


def _demanded(said: Sequence[str]) -> int | None:
    """The verb after "pressing X to", "demanding X to": what the stance asks done."""
    for i, word in enumerate(said):
        if word in _PRESSING:
            at = next((j for j in range(i + 1, min(i + 5, len(said))) if said[j] == "to"), None)
            if at is not None and at + 1 < len(said):
                return at + 1
    return None


def _had(said: Sequence[str]) -> frozenset[int]:
    """The words a yes-or-no question asks its subject to have, after "have", "contain",
    "include", up to a preposition other than "of" ("vast deposits of gold"); or the kind of
    store it asks to be there ("are there diamond deposits in the Donbas")."""
    if said[:2] in (["are", "there"], ["is", "there"], ["were", "there"], ["was", "there"]):
        return frozenset(i for i in range(2, len(said) - 1) if said[i + 1] in _STORES)
    if not said or said[0] not in ("does", "do", "did"):
        return frozenset()
    at = next((i for i, w in enumerate(said) if i > 1 and w in _HAVING), None)
    if at is None:  # "did Trump host Putin for a dinner": what it was for
        at = next(
            (
                i + 1
                for i in range(2, len(said) - 2)
                if said[i] == "for" and said[i + 1] in ("a", "an")
            ),
            None,
        )
    if at is None:
        return frozenset()
    end = next(
        (j for j in range(at + 1, len(said)) if said[j] in _NOT_HAD or said[j].endswith("ed")),
        len(said),
    )  # "minerals needed for green energy": what they have stops at the participle
    return frozenset(range(at + 1, end))


_YES_OR_NO = frozenset("was were is are did does do has have had".split())
_YES_OR_NO_AHEAD = _YES_OR_NO | {"will", "can", "could", "would", "should"}
"""The words a yes-or-no question opens on, of what is to be too ("will the talks ...")."""


def _set_against(said: Sequence[str]) -> frozenset[int]:
    """What a yes-or-no question sets its event before or after: the words after "before"
    or "after" ("was the summit held before Trump's remark")."""
    if said[:1] and said[0] in _YES_OR_NO:
        at = next((i for i, w in enumerate(said) if w in ("before", "after")), None)
        after = said[at + 1 :] if at is not None else []
        # "before summer begins", "before June", "before the war": a time, not an event
        timed = {*MONTHS, *SEASONS, *_THE_WAR} & set(after) or any(w.isdigit() for w in after)
        if at is not None and not timed:
            return frozenset(range(at + 1, len(said)))
    return frozenset()


_CONFIRMED = frozenset(
    """
    confirmed officially formally definitely definitively certainly certain sure locked
    """.split()
)
"""Words by which a question asks what is settled for certain, not what is likely."""


_SETTLED_THINGS = frozenset("venue location place city host date day time".split())
"""What a question may ask to have been settled, besides where and when: "the confirmed
venue", "which host is locked in"."""


def _asks_what_is_settled(said: Sequence[str], forms: set[Form]) -> bool:
    """Whether a question asks where or when something has been settled for certain ("which
    city has been confirmed as the venue", "where will the talks be held for certain"); not
    a yes-or-no one ("will the talks definitely be in Miami": the hedge answers it), nor what
    someone "officially said"."""
    if not said or said[0] in _YES_OR_NO_AHEAD:
        return False
    if any(
        w in _CONFIRMED and not SPEECH.isdisjoint(said[i + 1 : i + 3]) for i, w in enumerate(said)
    ):
        return False  # "what did Zelenskyy officially say about the venue": his words
    placed = forms & {Form.WHERE, Form.WHEN} or not _SETTLED_THINGS.isdisjoint(said)
    return bool(placed) and not _CONFIRMED.isdisjoint(said)


_VIEWING = frozenset(
    """
    consider considers considered regard regards regarded treat treats treated view views
    viewed see sees believe believes believed think thinks argue argues argued justify
    justifies justified call calls called describe describes described portray portrays
    portrayed narrative narratives story according claim claims claimed
    """.split()
)
"""Words that ask whose view something is ("does Russia consider ...", "according to
Moscow", "the Novorossiya narrative"): a narrative's fact answers them."""


_CHECK_WORDS = frozenset("true correct right accurate false so".split())
"""The words that put a claim up for checking (as _CHECKING): what is checked is the rest."""


def asks_if_it_is_so(said: Sequence[str]) -> bool:
    """Whether a yes-or-no question asks if something is so in itself, not whose view or
    words it is (_VIEWING, SPEECH): "is southeastern Ukraine historically Russian"."""
    return (
        said[:1] != []
        and said[0] in _YES_OR_NO
        and _VIEWING.isdisjoint(said)
        and SPEECH.isdisjoint(said)
        and len(set(said) - STOPWORDS - _CHECK_WORDS) >= 2  # not "is it true that novorossiya"
    )


_THE_ONLY_ONE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our)|['’]s)\s+(?:only|single)\b|\bonly\s+one\b"
    r"|\b(?:sole|solely|exclusively)\b|\b(?:US|[A-Z]\w+)\s+alone\b",
    re.I,
)
"""A question's words for the only one of a kind: "the only mediator", "CIRSD's only
partner", "only one venue", "the sole host", "the single mediator", "solely responsible",
"exclusively with the WEF", "did the US alone broker"; not "only" as a limit ("pressure only
Ukraine", "aimed only at Russia")."""


def _asks_of_every_one(said: Sequence[str]) -> bool:
    """Whether a yes-or-no question asks whether something holds of every one of a kind
    ("does every think tank", "were all trilateral rounds brokered") or always ("has Russia
    always controlled"). Not of each party or side ("did each side agree": both did), of
    "each of" a list, nor "all of Donetsk" or "all Donetsk", a share a figure settles."""
    if not said or said[0] not in _YES_OR_NO_AHEAD:
        return False
    if "always" in said:
        return True
    for i, w in enumerate(said[:-1]):
        kind = said[i + 1]
        if w in ("every", "each") and kind not in _PARTY_KINDS and kind != "of":
            return True
        after = said[i + 2 : i + 4] if kind in ARTICLES else said[i + 1 : i + 3]
        if w == "all" and said[i - 1] not in _ALL_OF_IT and _a_kind_of_many(after):
            return True  # "all trilateral rounds", "all the civilians"
    return False


def _a_kind_of_many(after: Sequence[str]) -> bool:
    """Whether the words after "all" name many of a kind ("all trilateral rounds", "all
    Americans"): a plural within two words, not a party's or a number's."""
    return any(
        w.endswith("s") and w not in _PARTY_KINDS and not w.isdigit() and w not in STOPWORDS
        for w in after
    ) and not any(w in NUMBER_NAMES or w == "of" for w in after[:1])


_WHOLLY = frozenset(
    {("fully",), ("completely",), ("entirely",), ("totally",), ("wholly",), ("whole", "of"),
     ("in", "full"), ("the", "entire"), ("all", "of")}
)  # fmt: skip
"""Words by which a question asks what is so of the whole of something (Form.WHOLLY)."""
_NEARLY = frozenset("nearly almost virtually practically".split())
_HOLDING = frozenset(
    """
    control controls controlled hold holds held occupy occupies occupied capture captures
    captured take takes taken took seize seizes seized own owns owned run runs
    """.split()
)
"""Verbs of holding a place, which "fully" or "the whole of" asks of (Form.WHOLLY): not of
withdrawing fully, or doing everything by June."""
_PICTURES = frozenset("photo photos photograph picture pictures image images shot".split())


def _asks_where_it_went(said: Sequence[str]) -> bool:
    """Whether a "where" question asks where someone or something was taken (_SENT_ON),
    not where a picture was taken ("where was the photo taken"), nor where something took
    place ("take place", "take part", "taken out", "taken over")."""
    if said[-1:] == ["from"]:
        return False  # "where was the civilian taken from": where it began
    return _PICTURES.isdisjoint(said) and any(
        w in _SENT_ON and said[i + 1 : i + 2] not in (["place"], ["part"], ["out"], ["over"])
        for i, w in enumerate(said)
    )


_TAKING = frozenset(
    """
    taken take took evacuated evacuate sent send transferred transfer brought bring deported
    deport relocated relocate carried carry flown driven rushed shipped transported
    hospitalised hospitalized
    """.split()
)
"""Verbs of taking someone or something somewhere, whose "where ... to" asks where it went
(Form.WHERE_TO): not "where will the talks move to", or "where did Trump invite Putin to"."""
_SENT_ON = _TAKING - {"evacuated", "evacuate", "carried", "carry"} | {"rush", "ship", "transport"}
"""Verbs of taking someone somewhere whose "where" asks where to, with or without "to"
("where did the paramedics bring the wounded", "where will the prisoners be sent"): those of
_TAKING but "evacuate" and "carry", whose "where" asks where it happened ("where did
paramedics evacuate a civilian": in Druzhkivka)."""
_NAME_ASKED = frozenset(
    {("what", "name"), ("name", "for"), ("name", "given"), ("title", "of"), ("called", "what")}
)
"""Words that ask the name something goes by ("what name does Moscow give it", "the Russian
name for Druzhkivka"); "name of" asks it of a person or a source too, and is left to them."""
_NAMED_AT_THE_END = frozenset("called named dubbed termed nicknamed".split())
_NAMED_KINDS = _FORM_NOUNS | frozenset("think tank forum institute organisation".split())
"""Kinds whose member "what is the X ... called" asks for, as "which X" does ("what is the
city likely to host the talks called"): a fact that names one answers."""


_SPELLING_ASKED = frozenset({("stand", "for"), ("stands", "for"), ("short", "for")})
"""Words that ask what an abbreviation stands for ("what does ISW stand for", "is AP short for
Allied Press"), unless the question opens with a modal ("will Ukraine stand for withdrawing":
to tolerate)."""
_SPELLING_WORDS = frozenset("acronym acronyms abbreviation abbreviated initials".split())
"""Words that ask what an abbreviation stands for wherever they are ("the acronym CIRSD")."""
_SPELLING_ALSO = frozenset({"full", "name", "letters", "letter"})
"""Words that ask it too once it is asked ("the full name of ISW", "what do the letters WEF
stand for")."""


def _spelling_asked(said: Sequence[str]) -> list[int]:
    """The positions of the words that ask what an abbreviation stands for (Form.SPELLED_OUT):
    "what does CIRSD stand for", "ISW acronym", "the full name of ISW"; none when the
    question does not ask it."""
    pairs = [i for i, pair in enumerate(pairwise(said)) if pair in _SPELLING_ASKED]
    if said[:1] and said[0] in _MODALS:
        pairs = []
    full_name = any(pair == ("full", "name") for pair in pairwise(said))
    if not (pairs or full_name or _SPELLING_WORDS & set(said)):
        return []
    asking = _SPELLING_WORDS | _SPELLING_ALSO
    return sorted(
        {i for i, w in enumerate(said) if w in asking} | {*pairs, *(i + 1 for i in pairs)}
    )


def _asks_a_name(said: Sequence[str], runs: set[tuple[str, ...]]) -> bool:
    """Whether a question asks the name something goes by (Form.NAMED): "what was the
    Alaska summit called", "what is the Miami round known as", "... called what"; not
    "which provinces are called the Donbas", which gives the name and asks what bears it."""
    if not runs.isdisjoint(_NAME_ASKED):
        return True
    if not _NAMED_KINDS.isdisjoint(said[2:5]):
        return False  # "what is the town that was shelled called": which town, as "which"
    return said[:1] == ["what"] and (
        said[-1] in _NAMED_AT_THE_END or said[-2:] in (["known", "as"], ["referred", "to"])
    )


def _asks_of_all_of_it(said: Sequence[str]) -> bool:
    """Whether a question that asks which, who or what (not whether, nor a claim to check)
    asks what place is held whole (_WHOLLY, with a verb of holding), not nearly all of it
    ("which oblast does Russia control nearly all of")."""
    if said[:1] not in (["which"], ["who"], ["whom"], ["what"]):
        return False  # "russia holds all of donetsk": a claim to check, which a share settles
    if _HOLDING.isdisjoint(said):
        return False  # "what did Trump say about the whole of the Donbas": its topic
    return any(
        tuple(said[i : i + len(run)]) == run and _NEARLY.isdisjoint(said[max(i - 2, 0) : i])
        for run in _WHOLLY
        for i in range(len(said))
    )  # not "nearly all of", "almost the whole of"


_PARTY_KINDS = frozenset(
    "side sides party parties country countries nation nations one three two".split()
)
"""Words after "each", "every" or "all" that count the parties, which a fact names as both."""


_ALL_OF_IT = frozenset("it them this that we they you".split())
"""Words before "all" that it sums up ("want it all finished"): no kind of which every one."""


def _deed_roles(
    said: Sequence[str], owned: frozenset[int]
) -> tuple[int | None, int | None, int | None]:
    """Whom a "who" question asks a deed was done to, who it says did it, and the deed:
    "who hosted Trump" (Trump, None, hosted), "which leader hosted Trump" (the same), "who
    was hosted by Putin" (None, Putin, hosted), "whom did the civilian rescue" (None,
    civilian, rescue). Not a speech verb's ("who said Russia ..."), a meeting's ("who met
    Putin": both meet), a possessive ("who accepted Ukraine's proposal") or a word after
    "that" or "to"."""
    none = (None, None, None)
    if said[:1] in (["who"], ["whom"]):
        verb = 1
    elif said[:1] == ["which"] and len(said) > 2 and said[1] in _WHO_NOUNS:
        verb = 2
    else:
        return none

    def alone(at: int) -> bool:  # "hosted Trump for a summit", not "the Donbas coal figures"
        return at + 1 >= len(said) or said[at + 1] in STOPWORDS

    def after_articles(at: int) -> int:
        while at < len(said) and said[at] in ARTICLES:
            at += 1
        return at

    done = verb + 2 if said[verb + 1 : verb + 2] in (["being"], ["been"]) else verb + 1
    if done + 2 < len(said) and said[verb] in COPULAS and said[done + 1] == "by":
        by = after_articles(done + 2)  # "who was hosted by Putin", "... by the civilian"
        # "by Vladimir Putin", "by the Russian president": a name of up to three words
        named = by < len(said) and any(alone(j) for j in range(by, min(by + 3, len(said))))
        return (None, by, done) if named else none
    if said[verb : verb + 1] in (["did"], ["does"], ["do"]):
        # "whom did the wounded civilian rescue": the run of words after the article ends on
        # the deed, and the word before it is the doer
        start = after_articles(verb + 1)
        end = next(
            (j for j in range(start, len(said)) if said[j] in STOPWORDS | _WHEN_WORDS),
            len(said),
        )  # "who did Trump host last year": the run ends before the time
        doer, deed_at = end - 2, end - 1
        if doer < start or doer in owned or said[deed_at] in SPEECH | _MEETS:
            return none
        return None, doer, deed_at
    deed = said[verb] if verb < len(said) else ""
    if not deed or deed in STOPWORDS or deed in SPEECH or deed in _MEETS:
        return none
    at = after_articles(verb + 1)
    if at >= len(said) or said[at] in STOPWORDS or at in owned:
        return none
    # "who evacuated the military paramedics": the last of up to three words before a
    # stopword is whom it was done to; more, and it is no name ("the donbas coal figures")
    head = next((j for j in range(at, min(at + 3, len(said))) if alone(j)), None)
    return (head, None, verb) if head is not None else none


_WHEN_WORDS = frozenset(
    "last this next today yesterday tomorrow year month week ago recently earlier later".split()
)
"""Words that open a time after a deed ("host last year"), and end the words before it."""
_MEETS = frozenset("meet meets met negotiate negotiates negotiated talk talks talked".split())
"""Deeds both parties do together: whom "who met Putin" asks for, Putin did too."""


_RELATIONS = (
    ("before",), ("after",), ("since",), ("following",), ("preceding",), ("prior", "to"),
    ("ahead", "of"), ("run", "up", "to"), ("wake", "of"), ("follows",), ("followed",),
    ("precedes",), ("preceded",),
)  # fmt: skip
"""Words that set one event before or after another: "ahead of the Abu Dhabi round", "in the
run-up to the talks", "in the wake of his remark", "which round follows the second"."""
_ALSO_ADJECTIVES = (("following",), ("preceding",))
"""Relations that are adjectives after "the": "the following session" is the next one."""
_NOT_AN_EVENT = frozenset(
    """
    deadline it that this then them these those now today yesterday tomorrow day days week
    weeks month months year years decade cutoff
    """.split()
)
"""Words after a relation that make it a time, or no event of its own ("after that", "before
the deadline")."""
_LEFT_AFTER = frozenset(
    "remain remains remained still left unresolved unsettled outstanding open pending".split()
)
"""Words of what an event left behind it: "which issues remain unresolved after the Abu Dhabi
talks" asks what came of the talks, which their own fact tells."""


def _relation_at(said: Sequence[str], at: int) -> tuple[str, ...] | None:
    """The words of _RELATIONS that stand at `at` ("in the run-up to"), or None."""
    return next((r for r in _RELATIONS if tuple(said[at : at + len(r)]) == r), None)


def _sets_beside(said: Sequence[str]) -> bool:
    """Whether the words set something before or after another event (_RELATIONS)."""
    return any(_relation_at(said, at) is not None for at in range(len(said)))


def _anchored(said: Sequence[str], forms: set[Form]) -> frozenset[int]:
    """The positions of the event that a question, not a yes-or-no one, sets what it asks
    about before or after ("who did Trump host after his cut-up remark"): not a time ("before
    June", "after the war", "after next"), nor what "when" or "how long" counts from."""
    asks_a_time = forms & {Form.WHEN, Form.DURATION, Form.INTERVAL, Form.OUTCOME}
    if not said or said[0] in _YES_OR_NO or asks_a_time:
        return frozenset()  # "what was the outcome after the talks": what came of them
    if _LEFT_AFTER & set(said):
        return frozenset()
    for at in range(len(said)):
        relation = _relation_at(said, at)
        if relation is None or (relation in _ALSO_ADJECTIVES and said[at - 1 : at] == ["the"]):
            continue  # "the following session"
        start = at + len(relation)
        # "before the talks did they agree": a question word, or "and", ends the event
        ends = _AUXILIARIES | COPULAS | _WH | {"and"}
        end = next((j for j in range(start, len(said)) if said[j] in ends), len(said))
        event = said[start:end]
        timed = {*MONTHS, *SEASONS, *_NOT_AN_EVENT} & set(event) or event[:1] == ["next"]
        # "before the war": a time; "before the proposal to end the war": an event
        the_war = set(event) - ARTICLES - {"full", "scale"} <= _THE_WAR
        if not event or timed or the_war or any(w.isdigit() for w in event):
            return frozenset()
        return frozenset(range(start, end))
    return frozenset()


POSSESSED_FIGURE = re.compile(
    r"(?P<who>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:[a-z]+\s+)?"
    r"(?:estimates?|figures?|count|tally|data|assessment|analysis)\b"
)
"""Whose figure a question asks for by its possessive: "the Carnegie Endowment's estimate",
"ISW's figures"."""


_HEADLINE_VERBS = r"(?:says|said|claims|claimed|tells|told|warns|warned)"
HEADLINE_SPEAKER = re.compile(
    rf"[,:;]\s*(?:{_HEADLINE_VERBS}\s+(?P<who>(?:[\w'’.-]+\s+){{0,7}}[\w'’.-]+?)"
    rf"|(?P<before>(?:[\w'’.-]+\s+){{0,7}}[\w'’.-]+?)\s+{_HEADLINE_VERBS})\s*[?!.]*\s*$"
)
"""A headline's speaker, named after the comma that ends what was said, before or after its
verb: "Miami likely host of next Ukraine-Russia talks, says Zelenskyy", "when does the US
want the war to end by, Zelenskii said". The words before the comma are what was said."""


def _headline_speaker(query: str) -> tuple[str, ...] | None:
    """The words of a headline's speaker, up to the first small word after them, as "according
    to" reads them ("zelenskyy"; "institute" of the Institute for the Study of War); () for a
    headline that names nobody; None when the query is no such headline."""
    m = HEADLINE_SPEAKER.search(query)
    if m is None:
        return None
    said = words(m["who"] or m["before"])
    if said and said[0] in {"to", "that", *_WH}:
        # "Kyiv, said to reject the demand", "..., says which think tank?": nobody named
        return ()
    return _first_run(said)


def _possessed_figure(query: str) -> tuple[str, ...]:
    """The words of whose figure the question asks for ("Carnegie Endowment"), or ()."""
    m = POSSESSED_FIGURE.search(query)
    return tuple(words(m["who"])) if m is not None else ()


def _claimed(said: Sequence[str]) -> int | None:
    """What a yes-or-no question claims: the deed someone is asked to have said they do
    (_told_deed); else the participle it ends on, what was done to its subject:
    "was the prisoner exchange cancelled", "has the summit been postponed", "was the
    exchange carried out" (a particle of _DONE_PARTICLES after it is part of it); or the one
    before "by" in a passive ("is ISW funded by the US government")."""
    asks = len(said) > 2 and (said[0] in COPULAS or said[0] in _AUXILIARIES)
    if not asks:
        return None
    if (told := _told_deed(said)) is not None:
        return told  # "did Zelenskyy say he trusts Trump": what he is said to do
    if said[-1] in _DONE_PARTICLES and said[-2].endswith("ed") and said[-2] not in STOPWORDS:
        return len(said) - 2  # "was the exchange carried out", "were the talks called off"
    if said[-1].endswith("ed") and len(said[-1]) > 4:
        return len(said) - 1
    if said[0] in COPULAS:  # "is ISW funded by the US government": funded, by whom it says
        return next(
            (
                i
                for i in range(2, len(said) - 1)
                if said[i + 1] == "by" and said[i].endswith("ed") and len(said[i]) > 4
            ),
            None,
        )
    return None


_TOLD_SUBJECTS = frozenset("he she they it we".split())
"""Who a saying is of, after "say" (and "that"): "did Zelenskyy say he trusts Trump"."""


def _told_deed(said: Sequence[str]) -> int | None:
    """The verb of what a yes-or-no question asks someone said of a person ("did Zelenskyy
    say he trusts Trump", "does Kyiv claim that they accepted"): the position after the
    pronoun that follows the saying (and "that")."""
    if said[0] not in ("did", "does", "do", "has", "have"):
        return None
    for i in range(2, min(len(said) - 2, 6)):
        if said[i] in _SAY_VERBS:
            at = i + 1 + (said[i + 1] == "that")
            if at + 1 < len(said) and said[at] in _TOLD_SUBJECTS:
                verb = at + 1
                while verb + 1 < len(said) and said[verb] in _AUXILIARIES | COPULAS | NEGATIONS:
                    verb += 1  # "said it will never accept": accept
                return verb
            return None
    return None


_DONE_PARTICLES = frozenset("out off".split())
"""Words that end a phrasal verb of something done or undone ("carried out", "called off"):
the participle before one is what a yes-or-no question claims. Not "up" or "down", whose
verbs are as often the table's own words put otherwise ("wrapped up": concluded)."""


def _identity(said: Sequence[str]) -> tuple[int | None, int | None]:
    """The name that "is X a ..." asks what it is, and where what it is said to be begins:
    "is ISW a Russian think tank" (X of up to seven words, then "a" or "an")."""
    if said[:1] not in (["is"], ["was"]):
        return None, None
    start = 2 if said[1:2] == ["the"] else 1
    if said[start : start + 1] in (["it"], ["this"], ["that"], ["there"]):
        return None, None  # "is it true a big exchange was agreed": no name asked about
    article = next(
        (i for i in range(start + 1, min(start + 8, len(said))) if said[i] in ("a", "an")), None
    )
    if (
        article is None
        and said[start + 1 : start + 2] == ["the"]
        and said[start] not in _HOW_MUCH_OF
    ):
        article = start + 1  # "is the Donbas the country's agricultural heartland"
    if article is None or any(_is_doing(w) for w in said[start:article]):
        return None, None  # "is America giving the sides a time limit": what it does
    return start, article + 1


_URGING = frozenset("claiming arguing insisting".split())
"""What a party has been claiming ("what has Russia been claiming about the south"): its
words, as "saying" asks, not a deed a fact must name. Not "pushing" or "offering", whose
parties a fact must have the right way round."""


BY_NOW = frozenset("already currently still now yet presently".split())
"""Words that put a deed asked of at the time of asking ("is the US already pressuring"):
not the deed itself."""


def _doing(said: Sequence[str]) -> int | None:
    """The "-ing" word of "is the US offering", "are they demanding", "is the US already
    pressuring": what is asked of the subject that stands between it and "is"; or the one
    after "have been" ("how long have they been negotiating"), what has gone on."""
    for i, word in enumerate(said[:-2]):
        if word in COPULAS:
            j = i + 1 + (said[i + 1] in ARTICLES)
            # In a yes-or-no question the subject may run to three words ("is the Trump
            # administration already pressuring"); a word of now may stand before the deed.
            longest = j + 4 if i == 0 else j + 2
            for k in range(j + 1, min(longest, len(said))):
                if _is_doing(said[k]) and said[k + 1 : k + 2] != ["to"]:
                    return k  # not "is Ukraine willing to withdraw": not what it does
                if said[k] not in BY_NOW and not _a_word_of_the_subject(said[k]):
                    break  # "were paramedics photographed evacuating": not the subject's deed
    for i in range(2, len(said)):  # "how long have they been negotiating": what has gone on
        if (
            said[i - 1] == "been"
            and _is_doing(said[i])
            and said[i] not in _TELLING_HOW | _URGING  # "what has Trump been saying": his words
            and {"have", "has", "had"} & set(said[max(i - 6, 0) : i])
        ):
            return i
    return None


_AUXILIARIES = frozenset("did does do will would has have had can could should must".split())
"""Auxiliaries that stand beside a subject that acts: "did Russia agree", "Russia will";
not "is", which asks what something is or where."""
_MODALS = frozenset("will would can could should might may must".split())
_HOW_AUXILIARIES = _AUXILIARIES | COPULAS | _MODALS
"""What stands after "how" in a question of manner: "how did", "how was", "how might"."""
"""After "who", words that leave the deed to the next word ("who will head")."""
_NOT_A_DEED = (
    _AUXILIARIES
    | COPULAS
    | frozenset(
        """
        else set sets make makes made get gets got give gives gave put puts take takes
        took go goes went keep keeps kept act acts acted acting serve serves served serving
        """.split()
    )
)
"""After "who", words that are no deed of their own: auxiliaries, copulas ("who is") and
light verbs ("who set the deadline": the deadline says what; "who acted as mediator": the
mediator)."""
_AFTER_A_NOUN = _AUXILIARIES | COPULAS | frozenset("of in on at from for".split())
"""Words that follow a plural noun that "what" asks several of: "what minerals are ..."."""
_ASKING_WORDS = frozenset(w for phrases in _ASKS.values() for phrase in phrases for w in phrase)
"""The words of the phrases that ask for a kind of answer ("who reported", "relayed")."""
_WH = frozenset("what when where who whom which why how".split())


_POSITION_NOUNS = frozenset(
    """
    line lines position positions stance stances condition conditions demand demands goal
    goals aim aims priority priorities proposal proposals plan plans offer counter
    """.split()
)
"""Nouns for where a party stands ("Moscow's red line", "the Kremlin's position", "Ukraine's
counter-proposal"): the party whose they are is the one the answer must be about. Not
"view" or "assessment", which a source gives ("ISW's view")."""
_ABOUT = frozenset("on about regarding concerning over towards toward for in of".split())
"""Words after a stance's noun that say what it is about ("Russia's red line on the Donbas"),
where another clause would say what someone else does with it ("... that Kyiv rejects")."""


def _stance_holder(said: Sequence[str], owned: frozenset[int]) -> int | None:
    """The position of the party whose stance a question asks ("what is Moscow's red line",
    "Russia's stance on territorial integrity"): a possessive just before a noun of
    _POSITION_NOUNS (one word of description between them at most), with nothing before it
    but question words, "is" and "the", and after the noun only what the stance is about;
    None without one ("how has Kyiv responded to Moscow's demand", "Russia's condition
    Ukraine rejects")."""
    for at in sorted(owned):
        noun = next(
            (j for j in (at + 1, at + 2) if j < len(said) and said[j] in _POSITION_NOUNS), None
        )
        if noun is None or not all(w in _WH or w in COPULAS or w in ARTICLES for w in said[:at]):
            continue
        after = said[noun + 1 :]
        if said[noun] == "counter":  # "counter-proposal", "counter-offer": one noun
            after = after[1:]
        if not after or after[0] in _ABOUT:
            return at
    return None


_LEADING_PREPOSITIONS = frozenset("by before until till in on at from since for to".split())
"""Words that may open a question before its question word: "by when", "in which city"."""


def _wishes_after_a_preposition(said: Sequence[str], auxiliary: int) -> bool:
    """Whether a question opened by a preposition and its question word ("by when", "by what
    month") asks what its subject wants ("by when does Russia want the war to end"): the
    subject is then the one who wants, as after a question word that comes first. Not other
    verbs ("by when must Russia reach an agreement": a limit set for it by another)."""
    return (
        auxiliary >= 2
        and said[0] in _LEADING_PREPOSITIONS
        and said[1] in _WH
        and not _WISHING.isdisjoint(said[auxiliary + 1 : auxiliary + 5])
    )


def _actor(said: Sequence[str]) -> int | None:
    """Where the subject stands in the main clause: after the auxiliary of a question ("did
    Russia agree", "how much of Donetsk does Russia control", "what is Russia proposing"),
    before it in a statement that starts with it ("Russia will never accept"). None without
    such a clause, or when the subject is a speaker ("what did Trump say")."""
    doing = _doing(said)
    for i, word in enumerate(said):
        # "Ukraine is pressing Russia": a statement's copula before what its subject does.
        stating = 0 < i < len(said) - 1 and word in COPULAS and _is_doing(said[i + 1])
        going = i == 0 and word in COPULAS and (_going_to(said) or _willing_to(said))
        # "are the Americans going to", "is Ukraine willing to give up the Donbas"
        if (
            word not in _AUXILIARIES
            and not stating
            and not going
            and not (word in COPULAS and doing is not None and i < doing)
        ):
            continue
        asks = said[0] in _WH or _wishes_after_a_preposition(said, i)  # "by when does"
        if asks and SPEECH & set(said[:i]):
            return None  # "who said the Donbas should be cut up": a reported clause
        if i == 0 or asks:
            at = next((j for j in range(i + 1, len(said)) if said[j] not in ARTICLES), None)
        elif all(w in ARTICLES for w in said[: i - 1]):
            at = i - 1
        else:
            return None
        if at is None or set(said[at + 1 : at + 3]) & SPEECH:
            return None
        return at
    return None


_SHARE_OF = (
    ("how", "much", "of"), ("what", "share", "of"), ("what", "percentage", "of"),
    ("what", "percent", "of"), ("what", "proportion", "of"), ("what", "part", "of"),
    ("what", "fraction", "of"), ("share", "of"), ("percentage", "of"), ("proportion", "of"),
)  # fmt: skip


def _share_of(said: Sequence[str]) -> tuple[frozenset[int], ...]:
    """The words a share is asked of: after "how much of", "what share of", the content
    words up to the next word that is not ("the country's coal": country, coal)."""
    found = []
    for phrase in _SHARE_OF:
        size = len(phrase)
        for i in range(len(said) - size + 1):
            if tuple(said[i : i + size]) == phrase:
                start = next(
                    (j for j in range(i + size, len(said)) if said[j] not in STOPWORDS), None
                )
                if start is not None:
                    end = next(
                        (j for j in range(start, len(said)) if said[j] in STOPWORDS), len(said)
                    )
                    found.append(frozenset(range(start, end)))
    return tuple(dict.fromkeys(found))
