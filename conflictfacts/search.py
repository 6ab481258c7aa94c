"""Rank facts for a query, word by word; the gate (gate.py) decides which of them answer."""

from __future__ import annotations

import bisect
import math
import re
from array import array
from collections.abc import Callable, Hashable, Iterable, Sequence, Set
from enum import StrEnum
from itertools import pairwise
from typing import NamedTuple

from conflictfacts import gate
from conflictfacts.dates import SEASONS
from conflictfacts.errors import UsageError
from conflictfacts.frames import unframed
from conflictfacts.lexicon import (
    DEADLINE,
    GATHERINGS,
    LATEST,
    OPPOSITES,
    STANCES,
    Lexicon,
    Term,
    gives_cause,
    gives_pace,
    gives_result,
    may_be_the_final,
    reason_begins,
    stance_agents,
    stance_objects,
    to_come,
)
from conflictfacts.models import (
    STALE,
    Answers,
    Explanation,
    Fact,
    Kind,
    Match,
    SourceKind,
    WordMatch,
)
from conflictfacts.names import COMMON, FREQUENT, TOPICS, NameClass
from conflictfacts.postings import FAR, Field, encode, field, statement_at, subject_at
from conflictfacts.question import (
    ACTS_OF_RECORD,
    BY_NOW,
    COPULAS,
    COUNT_WORDS,
    JUDGEMENTS,
    LOOSE_QUALIFIERS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NOTABLE,
    OFFICES,
    POSSESSED_FIGURE,
    REQUIRED,
    SPEECH,
    SUPERLATIVES,
    TIME_UNITS,
    Asked,
    Form,
    Time,
    asked,
    asks_a_meaning,
    asks_for_a_think_tank,
    asks_if_it_is_so,
    asks_of_the_whole,
    asks_parts_of,
    figures_named,
    is_a_sentence,
    unhedged,
)
from conflictfacts.store import PHRASE_WORDS, Facets, Posting, Store
from conflictfacts.text import (
    ARTICLES,
    NEGATIONS,
    NUMBER_NAMES,
    NUMBER_WORDS,
    STOPWORDS,
    key,
    one_slips,
    possessives,
    skeleton,
    stem,
    words,
)

FIELD_WEIGHTS = {
    Field.SUBJECT: 1.0, Field.STATEMENT: 1.0, Field.SOURCE: 1.0, Field.ID: 0.5, Field.QUOTE: 0.5,
    Field.CONTEXT: 0.25, Field.KEYWORD: 0.75,
}  # fmt: skip
"""How much a match counts in each part of a fact: the curated words over the document's."""

QUALITY = {
    "exact": 1.0, "date": 0.7, "spelling": 0.95, "synonym": 0.9, "inflection": 0.9,
    "prefix": 0.85, "1 typo": 0.8, "2 typos": 0.65, "related": 0.6, "derived": 0.6,
    "verb form": 0.6, "whole": 0.9,
}  # fmt: skip
"""How much a word match counts, by how close it is: the word as written beats another
spelling of it, which beats a synonym; "date" is a time the question names that the fact's
date holds, which says the fact fits that time, not that it is about what is asked: less
than a word of the time the fact holds ("by June": the deadline that names June before the
early-summer target dated June), so that a date does not carry an answer the question's
other words do not ("was fighting intense in the Donbas last autumn": not Trump's remark of
October 2025). 0.5 loses "where did the two presidents meet for their summit last summer"."""

SUFFIXES = ("s", "es", "ed", "d", "ing", "al", "ion", "ment", "ly")
"""Endings that make a query word an inflection of a table word: withdrawing -> withdraw;
and, the other way round, a table word derived from an English query word (agree ->
agreement), which counts for less than the word itself."""

_STEM_ENDINGS = ("s", "es", "ed", "d", "ing", "ion")
"""Endings a word found as written may lose to meet the other forms of its stem
("evacuation", "evacuated"): not "ment" or "al", which leave another word ("statement",
"states"; "regional", "regions"); a noun in "ment" meets its verb only (_NOUN_OF_A_VERB)."""
_ENDINGS = frozenset(_STEM_ENDINGS) | {"e", "ions", "ings"}
_NOUN_OF_A_VERB = "ment"
"""The ending of a noun made from a verb: the synonym table's ("agreement") meets that verb's
past and -ing forms (_VERB_ENDINGS: "agreed", "agreeing") as a "verb form", for as much as a
derived word (Index._verb_of): an agreement is what was agreed, and no "statement" meets
"states"."""
_VERB_ENDINGS = frozenset({"d", "ed", "ing"})
"""The endings of a verb's past and -ing forms that a noun made from it meets."""

ORDINARY_SHARE = 0.1
"""An ordinary English word that no fact holds ("soil", "outcome") weighs as much as a word
that this share of the facts hold: enough that a question mostly about something else gets
no answer, too little to sink a right one."""

MAX_QUERY = 1_000
"""Characters in a query: a question, not a document (compare documents with `extract`)."""

SCORE_PARTS = {"coverage": 0.78, "subject": 0.06, "adjacency": 0.04, "form": 0.08, "actor": 0.04}
"""What the score out of 100 is made of, for ranking the facts that pass the gate: how much
of the query the fact explains, in its subject; query words side by side; a fact of the kind
the question asks for; and the query's first name as the fact's grammatical subject ("will
Kyiv give up the Donbas": Kyiv refuses, rather than Russia demands)."""


_OWN_FIELDS = frozenset(f for f in Field if f.own)
"""The parts of a fact that are its own words: its subject, statement and who said it."""

_BORROWED = frozenset({Field.CONTEXT, Field.KEYWORD})
"""Where a word held lets a fact answer but earns it no rank: not in the fact's own text."""

ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
"""Ordinal numbers are figures: "the fourth round" is not "the second round"."""

_FINAL_RANKS = frozenset({"final", "closing"})
"""Rank words for the one that ends a series ("the final round"): not the next, nor the
second, unless it says so."""
_RANKS = ORDINALS | {"next", "last", "previous"} | _FINAL_RANKS
"""Words that say which one of a series: a fact's "next round" is not the "first round"."""
_NOT_THE_LATEST = frozenset({"next"})
"""Rank words of a fact for one that is not the latest held (LATEST): the next round is to
come. The second may be the latest."""
_NEXT_WEEK = ("next", "week")
"""A time a question may name that no date of a fact holds, only its words ("next week")."""
_NEXT_WEEK_ASKED = re.compile(r"\bnext\s+week\b(?!\s*['’]s)", re.I)
"""The words "next week" as the time a question asks of, not as a name ("next week's talks")."""
_OWN_RANKS = ORDINALS | _FINAL_RANKS | {LATEST}
"""Rank words of a query that a fact ranking the same thing otherwise does not answer."""

_LOCATIVE = frozenset("in at near around inside outside into within visit visited visiting".split())
"""Words that put a thing in a place the question names: "the talks in Kyiv"."""

_GROUND = frozenset({"soil", "territory", "ground"})
"""A place's name as ground, after "on": "held on US soil", "on Ukrainian territory"."""
_DEMONYM = re.compile(r"(?:ian|ean|an|ese|ish|i)s?$", re.I)
"""How a word for a country's people ends ("Russian", "Ukrainians", "Emirati"): after "in"
it describes what follows ("in Russian shelling"), and puts nothing in a place."""

_ONCE = re.compile(r"\b(?:once|formerly|previously|used to|former|in the past)\b", re.I)
"""A fact's words for its date that say it held only in the past: no answer to "now"."""
GRADES = frozenset(
    """
    big bigger biggest major large larger largest huge great greater small smaller minor key mass
    main important significant new latest recent clear full whole entire total real actual
    possible potential current vast serious heavy first second third next last final
    natural historic historical general overall official national international regional
    local global good much almost
    """.split()
)
"""Words that grade what follows rather than say which kind it is ("a big prisoner swap",
"the key issues"): no kind for a fact to contradict."""
_DEFINING = re.compile(
    r"\b(?:is|are|was|were)\s+(?:once\s+|\w+ly\s+)?(?:a|an|the|one|considered|called|known|"
    r"regarded)\b|\b(?:refers|means|holds|consists|comprises)\b"
)
"""The words by which a statement says what its subject is: "is a think tank", "was once
considered", "refers to"; not "is to be held" or "is pressing"."""
_DEED_REACH = 3
"""How many words after a deed and "by" its doer may stand: "talks hosted by Trump"
(_doers)."""
_ROOT_LEAST = 4
"""The fewest letters of a verb's root that find its other forms: "evacuat" finds
"evacuated" and "evacuation"; "us" of "used" finds nothing (_doers)."""
_KEYWORDS_LONGEST = 4
"""The most words of a query read as keywords about one thing (_about_nothing_held)."""
_SOMEONE_OR_SOMEWHERE = frozenset({"place", "person", "organisation"})
"""The classes of name that make keywords about the war's places and actors."""
_THE_WARS_OWN = frozenset({"war", "prisoner", "ceasefire", "fighting", "shelling"})
"""The synonym table's words for the war: a question that holds one is about the war,
whoever passes it on ("our readers want to know how long the war has lasted"). Not "talk",
which is any meeting ("how long the meeting lasted")."""
_OF_WHAT_BEFORE = frozenset({*ARTICLES, "all", "every", "each", "this", "that", "these", "those"})
"""Words that may stand between "of" and what a thing is of ("a schedule of all the
matches"): _what_it_is_of passes over them."""
_ASKERS_OWN = frozenset({"my", "your"})
"""Possessives of the one who asks, or is asked: "the next round of my quiz" is the asker's
own thing. Not "our", "his", "her", "its" or "their", which may point back to a party the
question names ("Kyiv rejects the withdrawal of its forces", "our defenders")."""
_TIME_AFTER = frozenset({"next", "last", "today", "tomorrow", "yesterday", "tonight"})
"""Words that open a time after a phrase ("a round of drills next week"): the phrase ends
before them."""
_TIME_LEADS = frozenset(
    "by until till before after in during since from next last this early late mid".split()
)
"""Words that open a time ("by summer", "next week"): a slip after one is read as a time
word (_times_mended)."""
_UNITS_NAMED = frozenset({"week", "month", "year"})
"""The calendar's units a slip is read as, after "next", "last" or "this" only."""
_CALENDAR_WORDS = frozenset({*SEASONS, *MONTHS, *_UNITS_NAMED})
"""The seasons, the months and the calendar's units, as a slip on one is read."""
_VOWELS = frozenset("aeiou")
_PHRASE_ENDS_BEFORE = STOPWORDS | _TIME_AFTER
"""Words a phrase ends before (_what_it_is_of): a stopword, or a time."""
_SWAP_REACH = 2
"""How far apart (in words) a question's word and the word beside it that the fact shares
may stand, and the fact's word from it, for the one to stand in the other's place: "round
of tanks", "round of talks" (_swapped)."""
_SWAP_LIKE = 1 / 3
"""The share of its letters a question's common word may differ in from the fact's word in
its place and be like it (_swapped): "tanks" for "talks", "poisoner" for "prisoner"; not
"citizen" for "civilian" nor "provide" for "produced", words of the same sense."""
_OWN_TEXT = frozenset({Field.SUBJECT, Field.STATEMENT})
"""Where a fact's own words are: its subject and statement, not its quote or keywords."""
_SLIPS_ON_A_KIND = 0.5
"""The share of its letters a question's rare word may differ in from a fact's measured
thing and be that thing misspelt ("cole reserves": coal; not "tar fields": gas):
_another_measured_kind."""
_KIND_WORD = re.compile(r"(?:al|ic|ous|ive|ary|ian|ese|ish|ful|less)$")
"""How a word that says which kind ends ("agricultural", "economic", "humanitarian")."""
_VERB_ENDING = re.compile(r"(?:s|ed|ing)$")
"""How a verb before a word may end ("remains intense"): no kind of it."""
_MAY_BE_A_VERB = re.compile(r"(?:[^aisu]s|ed|ing)$")
"""How a question's word before a noun may end if it is a verb ("holds", "farming"); not a
noun's "-ss", "-us", "-is" or "-as" ("grass"), which no verb's third person has but "has",
a stopword."""
_ATTRIBUTED = re.compile(
    r"\b(?:[Aa]ccording to|per)\s+(?:the\s+)?[A-Z]|" + POSSESSED_FIGURE.pattern
)
"""A question that names a source outright ("according to RAND", "per ISW", "the Carnegie
Endowment's estimate"), not "according to the schedule": a source no fact has leaves no
answer."""
_MODAL = frozenset("will would could may might likely should shall to if unless".split())
"""Words before a verb that say it is not done: "will likely put pressure", "if they fail
to meet"."""
_JUDGED_NOT = re.compile(r"^(?:un|in|il|ir|im)(?=[a-z]{4})")
"""The prefix that turns a judgement into its opposite ("fair", "unfair"; "legal",
"illegal")."""

_SEQUENCE = re.compile(r"\b(?:after|before|later|earlier|following|then)\b", re.I)
"""A statement's words that set it before or after something."""
_ADVISED = re.compile(r"\b(?:should|ought to|must|needs? to|has to|have to)\b", re.I)
"""A statement's words for what should be done: the only answer to "should ..."."""
_A_RECORD = re.compile(
    rf"\b(?:{'|'.join(sorted(SUPERLATIVES))}|most|record|first|unprecedented|never before)\b",
    re.I,
)
"""A statement's words for the most of its kind: "the largest", "a record", "the first"."""
_OF_EVERY_ONE = re.compile(
    r"\b(?:all|every|each|whole|entire|everything|everyone|collectively)\b", re.I
)
"""A statement's words for what holds of every one: "a clear schedule of all events"."""
_HEDGED = re.compile(
    r"\b(?:likely|probably|possibly|might|could|expected|reportedly|perhaps|would)\b", re.I
)
"""A statement's words for what is not settled: "likely to be held in Miami"."""
_TAKEN_TO = re.compile(
    r"\b(?:taken|moved|sent|evacuated|transferred|brought|deported|relocated|flown|driven|"
    r"carried|returned|fled|rushed|shipped|delivered|transported|hospitali[sz]ed)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:to|into)\s+(?:the\s+|a\s+)?(?:[A-Z]\w+|(?:nearby\s+)?"
    r"(?:town|city|village|region|hospital|border|capital|rear)\b)"
)
"""A statement's words for where someone or something was taken: "evacuated to Kramatorsk",
"moved the wounded to a hospital" (a verb of moving, then a place after "to" or "into");
not "refers to the Luhansk and Donetsk oblasts"."""
_NAMING = re.compile(
    r"['\u2018\u201c\"][A-Z]\w+|\b(?:called|known as|named|dubbed|termed|nicknamed|"
    r"refers?(?: \w+)? to|considered|regarded as|seen as|described as)\b"
)
"""A statement's words for the name something goes by: a name in quotes, "known as", or what
it is considered ("once considered Ukraine's industrial heartland")."""
_WHOLE = re.compile(
    r"(?<!nearly )(?<!almost )(?<!virtually )(?<!practically )\b(?:all|whole|entire|"
    r"entirely|fully|completely|wholly|totally)\b",
    re.I,
)
"""A statement's words for what is so of the whole of something: not "nearly all"."""
_A_CLAIM = re.compile(r"\b(?:narrative|propaganda|myth|alleges?|alleged|purports?)\b", re.I)
"""A statement's words for a party's claim that something is so, which says not that it is:
"Russia's 'Novorossiya' narrative holds that ..."."""
_SOLE = re.compile(r"\b(?:only|sole|solely|alone|exclusively)\b", re.I)
"""A statement's words for the only one of its kind: "the only venue", "the sole mediator"."""
_AT_ALL_TIMES = re.compile(r"\b(?:always|never|ever|at all times)\b", re.I)
"""A statement's words for what holds at all times: "Ukraine will never accept"."""
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided that|on condition)\b", re.I)
"""A statement's words for a condition: the only answer to "what if ..."."""
_MONEY_UNITS = frozenset("dollars euros pounds hryvnias roubles rubles".split())
"""The units of a sum of money, as the tables write them."""
_OBLIGING = re.compile(r"\b(?:must|has to|have to|required|obliged|obligated)\b", re.I)
"""A statement's words for what must be done."""
_PERMITTING = re.compile(
    r"\b(?:allowed|permitted|may not|forbidden|binding|bound|legal|illegal|lawful)\b", re.I
)
"""A statement's words for what may be done, or what binds in law."""
_BY_MEANS = re.compile(
    r"\b(?:by|through)\s+\w+ing\b|\b(?:via|using|by means of|with the help of)\b",
    re.I,
)
"""A statement's words for the means by which something was done: "by cutting up", "using
drones"; not a purpose, "as a way to end the war", which says what for."""
_HARMED = frozenset(
    "wounded injured hurt killed damaged destroyed harmed attacked hit struck shelled "
    "bombed".split()
)
"""What harm "how was X ..." asks the cause of ("how was the civilian wounded", "how was
Druzhkivka struck"), as the question's last word or before a place: not "how was the
wounded civilian treated", nor "struck on Monday", a day no fact without one holds."""
_HARMED_BY = re.compile(
    r"\b(?:after|in|by)\s+(?:\w+\s+)?(?:shelling|strikes?|attacks?|bombardment|bombing|"
    r"missiles?|drones?|artillery|fire)\b",
    re.I,
)
"""A statement's words for what did harm: "after Russian shelling", "in a drone attack"."""
_SINCE = re.compile(r"^(?:ever\s+)?since\b", re.I)
"""A date's own words that start a span running to now ("since 2014")."""


def _asks_of_harm(said: Sequence[str]) -> bool:
    """Whether the question asks how harm was done: a word of harm (_HARMED) as its last
    word, or before a place ("how was the civilian wounded in Druzhkivka")."""
    return any(
        w in _HARMED and (i == len(said) - 1 or said[i + 1] in _LOCATIVE)
        for i, w in enumerate(said)
    )


def _gives_a_length(fact: Fact) -> bool:
    """Whether the fact gives how long something has lasted: a figure in units of time
    ("nearly four years"), or the date it has run since ("since 2014"); not a deadline's
    "until June", nor "currently"."""
    if fact.value is not None and fact.unit in TIME_UNITS:
        return True
    return bool(_SINCE.search(fact.date_text))


_ENDED = re.compile(r"\b(?:ended|is over|was over|finished|concluded|completed)\b", re.I)
"""A statement's words for something that is over."""
_WITHIN_A_COUNTRY = frozenset(
    "city cities town towns village villages settlement settlements district districts".split()
)
"""What "which ..." asks for when the answer must be a place within a country."""
_PLACE_KINDS = _WITHIN_A_COUNTRY | frozenset(
    """
    region regions area areas province provinces oblast oblasts country countries state
    states
    """.split()
)
"""What "which ..." asks for when the place is what the question is about ("which region
holds most of the coal"): a place the fact names is the answer, wherever it stands."""
_NO_DEED = frozenset(
    "is are was were did does do has have had will would can could of in on at to".split()
)


def _roots(word: str) -> list[str]:
    """The words an inflected word may be a form of, by the regular endings of English:
    "threatening" (threaten), "putting" (put), "carried" (carry), "signs" (sign)."""
    found = []
    for suffix in ("ing", "ed", "es", "s", "d"):
        base = word.removesuffix(suffix)
        if base == word or len(base) < 3:
            continue
        found.append(base)
        if suffix in ("ing", "ed"):
            found.append(base + "e")  # "rescuing", "settled"
            if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "lsz":
                found.append(base[:-1])  # "putting", "planned"
    if word.endswith(("ied", "ies")):
        found.insert(0, word[:-3] + "y")  # "carried", "carries"
    return list(dict.fromkeys(found))


def typo_budget(length: int) -> int:
    """Edits tolerated in a word of this length: none up to 4 letters, 1 up to 8, then 2."""
    return 0 if length <= 4 else 1 if length <= 8 else 2


class Role(StrEnum):
    """What a query word is to the facts."""

    NAME = "name"
    """A place, person, organisation, measured thing or figure that facts hold: an answer
    must hold it in its own words."""
    WORD = "word"
    """Any other word that facts hold."""
    TIME = "time"
    """A year or a month: a fact's date can hold it."""
    ORDINARY = "ordinary"
    """Ordinary English that no fact holds: it weighs little and matches nothing."""
    UNKNOWN = "unknown"
    """A name or figure that no fact holds: nothing can answer the query."""


class _Statement(NamedTuple):
    """A fact's statement, as the conditions that read its words need it."""

    text: str
    written: list[str]
    """Its words (text.words)."""
    terms: list[Term]
    """Its terms, its own words kept (Lexicon.terms(keep_own=True))."""


class QueryTerm(NamedTuple):
    """A word of the query, what it is, how much it counts, and the facts' words it meets."""

    term: Term
    role: Role
    weight: float
    indexed: list[tuple[str, str, Posting]]
    """(the index's word, how it matched, its posting) for each word it meets."""


class Query(NamedTuple):
    """A query read for ranking: its terms and what it asks for."""

    text: str
    terms: list[QueryTerm]
    asked: Asked
    needs: frozenset[Form]
    speakers: frozenset[str]
    """For Form.SAID_BY: the ids of the sources the query names as speaker."""
    names: dict[str, str]
    """The places, people and organisations the query names itself, with their class:
    they do not answer a "where" or a "who"."""
    actors: frozenset[str]
    """The words of the name in the subject's place ("did Russia agree"): the fact must be
    about what that one does; empty when the question has no such subject."""
    located: dict[str, frozenset[str]]
    """Each place the query puts something in ("talks in Kyiv"), as written, with its words:
    a fact that puts it elsewhere, or only in its country ("in the United States"), is not
    about it."""
    agents: dict[str, str]
    """Who takes each stance the query names ("is Ukraine demanding": demand, ukraine)."""
    setting: frozenset[str]
    """gate.SETTING where the query names the war's two parties as a pair ("Ukraine and
    Russia", "Moscow, Kyiv"): they set the scene, and an answer need not name them."""
    qualified: tuple[tuple[int, int], ...]
    """(kind, place) indices of terms where a kind of place qualifies a place's name
    ("Donetsk city"): an answer must hold the two side by side."""
    in_a_country: bool = False
    """Whether the question asks for a place within a country ("which city", "what town"):
    a country is no answer."""
    of_measured: bool = False
    """Whether "which" asks for members of a measured thing ("which prisoners", "what
    minerals"): a place is not one."""
    objects: tuple[tuple[str, str], ...] = ()
    """(stance, name) for each stance the question takes towards a name ("who is pressing
    Moscow": demand, russia): a fact in which that one takes the stance is the other way
    round."""
    place_acts: bool = False
    """Whether the place asked for is the subject of what follows ("which region holds
    over half of the coal", "which two provinces make up the Donbas"): any place the fact
    names, and not only where it puts something, answers."""
    apart: frozenset[str] = frozenset()
    """The table's words for what the question sets apart ("apart from coal and gas"): a
    fact about them is not the answer."""
    said: tuple[str, ...] = ()
    """The question's words (text.words), read once."""
    undivided: bool = False
    """Whether the question asks the parts of a place the table gives none of ("which
    oblasts make up Luhansk"): no fact names a member of it."""
    kind_described: tuple[str, frozenset[str]] | None = None
    """The kind "which" (or "what" for several) asks members of, where they are told by
    describing them (Asked.described: "which issues remain unresolved", "what
    industries made the Donbas"), and the question's words that may narrow it ("which
    political issues"); else None."""
    keywords: bool = False
    """Whether the query is keywords ("Trump Donbas cut up Alaska summit"), not a sentence
    with a question word, a subject or a deed."""
    at_gatherings: tuple[int, ...] = ()
    """The indices among its terms of the gatherings the query places what was said or
    done at ("what did Trump say at the summit", _gatherings_at)."""
    latest: tuple[int, int] | None = None
    """Where the query names the gathering held most lately ("the last negotiations",
    _latest_named): the indices among its terms of the recency word (which weighs nothing
    where the facts tell of one such gathering, _one_held) and of the gathering's word; else
    None."""
    guessed: frozenset[str] = frozenset()
    """The names a question puts up as its answer after a comma at its end ("who hosted
    Putin in Alaska, Trump?", Asked.guessed), as the facts' words meet them (_guessed): a
    fact must hold them, as any name, and have them do what it tells."""
    guessed_places: frozenset[str] = frozenset()
    """The same names as places ("where will the next round be held, Miami?"), a city as
    itself and not the country it stands for elsewhere (_guessed): a "where" must be
    answered by the fact putting something there."""

    @property
    def unknown(self) -> tuple[str, ...]:
        """The words as written that no fact holds and that name something."""
        return tuple(t.term.written for t in self.terms if t.role is Role.UNKNOWN)

    @property
    def total(self) -> float:
        """The query's whole weight, which coverage is a share of."""
        return sum(t.weight for t in self.terms)


NO_REASON = "no fact answers it"
"""Why nothing answers, when neither the query's words nor the nearest fact say more."""


class Result(NamedTuple):
    """What a search found: the answers, best first; the facts nearest to answering when there
    are none; and the query words that no fact holds."""

    matches: list[Match]
    unknown: list[str]
    content_words: int
    nearest: tuple[Match, ...] = ()
    """When nothing answers: the facts that came nearest, each with the reasons it does not
    answer (Match.why.reasons)."""

    def refusal(self) -> str:
        """Why nothing answers, in words: the query names nothing, or names what no fact
        holds, or the nearest fact and the gate's reasons against it; "" for an answer."""
        if self.matches:
            return ""
        if not self.content_words:
            return "it names nothing to look for, only common words"
        if self.unknown:
            return "no fact mentions " + ", ".join(repr(w) for w in self.unknown)
        if self.nearest and self.nearest[0].why is not None and self.nearest[0].why.reasons:
            return f"the nearest, {self.nearest[0].fact.id}: " + "; ".join(
                self.nearest[0].why.reasons
            )
        return NO_REASON


class _Candidate:
    """One fact scored against a query, all of it from the index."""

    # A plain class: a dataclass costs half a millisecond to create at every start.
    __slots__ = ("actor", "adjacency", "best", "borrowed", "coverage", "form", "missing",
                 "off_time", "own", "row", "score", "stated", "subject", "verdict")  # fmt: skip

    def __init__(self, row: int, terms: int) -> None:
        self.row = row
        self.best: list[tuple[float, str, str, Field | None]] = [(0.0, "", "", None)] * terms
        """Per term: (credit, table word, how, field) of its best match here."""
        self.coverage = self.subject = self.adjacency = self.own = self.score = 0.0
        self.borrowed = 0.0
        """The part of coverage from words held only as Field.CONTEXT: it admits, not ranks."""
        self.stated = 0.0
        """The share of the query the fact's statement holds, which breaks a tie (rank_key)."""
        self.missing: tuple[str, ...] = ()
        self.off_time: tuple[str, ...] = ()
        self.form = self.actor = False
        self.verdict: gate.Verdict | None = None

    def alike(self, row: int) -> _Candidate:
        """The same scores for the fact at row, which `_Alike` finds alike; the
        gate's verdict, which reads more of a fact, is left to be made."""
        twin = _Candidate(row, 0)
        for name in self.__slots__:
            if name not in ("row", "verdict"):
                setattr(twin, name, getattr(self, name))
        twin.best = list(self.best)
        return twin


class _Alike:
    """One query's scores, kept by what scoring reads of a fact: its wording (its words,
    where each stands, its sources), or else the codes of the query's words in it, with its
    kinds of answer and its date. A table may hold hundreds of facts worded alike that differ
    only in date or source: each way of scoring is done once."""

    def __init__(self, index: Index, read: Query) -> None:
        self.index = index
        self.read = read
        self.rest = index._rest(read)
        self.wordings = index.wordings() if self.rest is not None else array("I")
        self.by_wording: dict[Hashable, _Candidate] = {}
        self.by_codes: dict[Hashable, _Candidate] = {}

    def score(self, row: int) -> _Candidate:
        """The fact's score: a new candidate for row, or that of a fact alike (its row is
        then another's)."""
        index, read, rest = self.index, self.read, self.rest
        if rest is None:
            return index.score(read, row)
        worded = (self.wordings[row], rest(row))
        known = self.by_wording.get(worded)
        if known is None:
            codes = index._codes(read, row)
            coded = (tuple(codes), worded[1])
            known = self.by_codes.get(coded)
            if known is None:
                known = self.by_codes[coded] = index._scored(read, row, codes)
            self.by_wording[worded] = known
        return known


class Index:
    """Search over a store: each query word is matched against the store's words."""

    def __init__(self, store: Store, lexicon: Lexicon | None = None) -> None:
        """store: the compiled tables. lexicon: the synonym table queries are read with;
        by default the one the store was built with, which is the one that must be used."""
        self.store = store
        self.lexicon = lexicon or store.lexicon
        self._postings: dict[str, Posting | None] = {}
        self._variants: dict[str, str] | None = None
        self._skeletons: dict[str, list[str]] | None = None
        self._answers: array[int] | None = None
        self._facets: dict[int, Facets] = {}
        self._source_words: dict[str, frozenset[str]] | None = None
        self._holding: dict[tuple[str, ...], frozenset[int]] = {}
        self._wordings: array[int] | None = None
        self._days: dict[int, tuple[str, str]] = {}
        """Each row's first and last day, read for a time the query names (_holds_time)."""
        self._reported: dict[int, str] | None = None
        """Each row's report day (store.report_days), read when a question first needs it."""
        self._seasons: dict[tuple[Time, str], Time | None] = {}
        """The season each report day calls "last" (reported_season), worked out once."""
        self._statements: dict[int, _Statement] = {}
        """Each row's statement, read for the conditions that read its words (_statement)."""
        self._quotes: dict[int, list[str]] = {}
        """Each row's quote as words, read for the event a question sets it after."""
        self._sole_holders: dict[tuple[str, str, tuple[str, ...]], int | None] = {}
        """Each query term's one fact holding it in its own words, or None (_sole_holder)."""
        self._one_gathering: dict[str, bool] = {}
        """Each gathering word's facts, whether they tell of one gathering held (_one_held)."""
        self._region_countries: dict[str, frozenset[str]] = {}
        self._speakers_of: dict[str, frozenset[str]] | None = None
        self._countries: dict[str, set[str]] | None = None
        """Each place word of the table, with its own and its country's canonical names, read
        for a region the query names (_within)."""

    def postings(self, word: str) -> Posting | None:
        """The facts that hold word (an index word, already canonical), read once; None if none."""
        if word not in self._postings:
            self._postings[word] = self.store.postings(word)
        return self._postings[word]

    def _holders(self, term: QueryTerm) -> frozenset[int]:
        """The rows that hold any of the words the term meets, kept for the next queries
        of a batch (within HOLDING_KEPT rows in all)."""
        words = tuple(w for w, _, _ in term.indexed)
        found = self._holding.get(words)
        if found is None:
            found = frozenset().union(*(p.rows for _, _, p in term.indexed))
            if sum(map(len, self._holding.values())) + len(found) > HOLDING_KEPT:
                self._holding.clear()
            self._holding[words] = found
        return found

    def variants(self) -> dict[str, str]:
        """Single-word spellings and synonyms whose canonical word is in the store."""
        if self._variants is None:
            self._variants = {
                phrase[0]: canonical
                for phrase, canonical in self.lexicon.phrases.items()
                if len(phrase) == 1 and phrase[0] != canonical and self.postings(canonical)
            }
        return self._variants

    def expand(
        self,
        term: str,
        *,
        english: bool = False,
        literal: str = "",
        written: str = "",
        verb_forms: bool = True,
    ) -> dict[str, str]:
        """The store's words a query term matches, and how: exact, another spelling, a
        synonym, an inflection, a prefix, a typo.

        english: the term is an ordinary English word, so a longer table word is only a
        derivation of it (agree -> agreement), and no other spelling is looked for.
        literal: the word as written, when the synonym table replaced it by `term`.
        written: the word as written, when it is longer than `term` (a plural): the typo
        budget is the written word's.
        verb_forms: a noun in "ment" meets its verb's forms (_verb_of); not when a phrase that
        says more was read as the noun ("a peace agreement" is not whatever was agreed).
        """
        ways: dict[str, str] = {}
        if self.postings(term):
            ways[term] = "synonym" if literal else "exact"
        for other in self.lexicon.related.get(term, ()):
            if self.postings(other):
                ways.setdefault(other, "related")  # "fighting" for how long the war has lasted
        for other in self._within(term):
            ways.setdefault(other, "related")  # "the Gulf": Abu Dhabi, in the Emirates
        if literal and literal.isalpha() and self.postings(literal):
            ways[literal] = "exact"
        elif literal.isalpha() and len(literal) >= 4:
            # "agree", read as "accept", is also the verb of the table's "agreement".
            for word in self.store.prefixed(literal):
                if word[len(literal) :] in SUFFIXES:
                    ways.setdefault(word, "derived")
        if ways and term.isalpha():
            # "evacuation": "evacuated" too; and a synonym's word meets its own forms ("deal",
            # read as "agreement", meets "agreed")
            for word in self._same_stem(term):
                ways.setdefault(word, "inflection")
            for word in self._verb_of(term) if verb_forms else ():
                ways.setdefault(word, "verb form")
        if ways or not term.isalpha():
            return ways
        for suffix in SUFFIXES:
            base = term.removesuffix(suffix)
            for root in (base, base + "e") if suffix in ("ing", "ed") else (base,):
                if base != term and len(base) >= 4 and self.postings(root):
                    ways.setdefault(root, "inflection")
        if term.isalpha():
            for word in self._same_stem(term):
                ways.setdefault(word, "inflection")  # "evacuating": "evacuated" too
        if len(term) >= 4:
            for word in self.store.prefixed(term):
                if not english:
                    ways.setdefault(word, "prefix")
                elif word[len(term) :] in SUFFIXES:
                    ways.setdefault(word, "derived")
        if ways or english:
            return ways
        keys = [skeleton(term)]
        name = self.store.names.lookup([term]).get(term)
        if name is not None and name.cls in TOPICS:
            keys.append(name.canonical)
            if name.canonical == term:
                keys = [name.canonical]  # a name in its own right is nobody's typo
        for word in self.store.spelled(keys):
            ways.setdefault(word, "spelling")
        if not ways and not (name is not None and name.cls in TOPICS):
            for spelled in dict.fromkeys((term, written or term)):
                ways = ways or self._typos(spelled, typo_budget(len(written or term)))
        return ways

    def _same_stem(self, term: str) -> list[str]:
        """The store's other words that share term's stem, by _STEM_ENDINGS on both sides
        ("evacuation" and "evacuated", both "evacuat" and an ending)."""
        found = []
        for suffix in _STEM_ENDINGS:
            base = term.removesuffix(suffix)
            if base == term or len(base) < 5:
                continue
            found += [
                w
                for w in self.store.prefixed(base)
                if w != term and w[len(base) :] in _ENDINGS and self.postings(w)
            ]
        return found

    def _verb_of(self, term: str) -> list[str]:
        """The store's forms of the verb a noun in "ment" of the synonym table is made from
        (_NOUN_OF_A_VERB): "agreement", "agreed". Only the table's nouns, whose sense in a
        question about the war is that deed: "development" may be a region's, not what
        engineers developed."""
        base = term.removesuffix(_NOUN_OF_A_VERB)
        if base == term or len(base) < 5 or term not in self.lexicon.canonical:
            return []
        return [
            w
            for w in self.store.prefixed(base)
            if w[len(base) :] in _VERB_ENDINGS and self.postings(w)
        ]

    def _typos(self, term: str, budget: int) -> dict[str, str]:
        """The store's words within the typo budget of term; for a word of four letters,
        which has none, only two letters swapped ("juen")."""
        # Only a word found nowhere pays for the typo search (and its import).
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        ways: dict[str, str] = {}
        variants = self.variants()
        choices = self.store.vocabulary() + sorted(variants)
        if not budget:
            if len(term) == 4 and term.isalpha():
                swaps = {term[:i] + term[i + 1] + term[i] + term[i + 2 :] for i in range(3)}
                ways = {variants.get(c, c): "1 typo" for c in choices if c in swaps}
            return ways

        def keep(choice: str, how: str) -> None:
            """The choice's word, matched how, unless it is already matched better."""
            word = variants.get(choice, choice)
            if QUALITY[how] > QUALITY.get(ways.get(word, ""), 0.0):
                ways[word] = how

        for choice, distance, _ in process.extract(
            term, choices, scorer=OSA.distance, score_cutoff=budget, limit=None
        ):
            how = "1 typo" if distance == 1 else f"{int(distance)} typos"
            if not distance:  # a variant written as it is ("florida"): its word, no typo
                how = "synonym" if choice in variants else "exact"
            keep(choice, how)
        if not ways:
            # Transliterations folded first, then the budget spent: "mayami" is "maiami",
            # one letter from "miami".
            skeletons = self._skeletons_of(choices)
            for key, distance, _ in process.extract(
                skeleton(term),
                list(skeletons),
                scorer=OSA.distance,
                score_cutoff=budget,
                limit=None,
            ):
                how = "1 typo" if distance <= 1 else f"{int(distance)} typos"
                for choice in skeletons[key]:
                    keep(choice, how)
        return ways

    def _skeletons_of(self, choices: list[str]) -> dict[str, list[str]]:
        """The typo choices by their skeletons (text.skeleton), built once."""
        if self._skeletons is None:
            found: dict[str, list[str]] = {}
            for choice in choices:
                if choice.isalpha():
                    found.setdefault(skeleton(choice), []).append(choice)
            self._skeletons = found
        return self._skeletons

    def read(self, query: str) -> Query:
        """The query's terms, each with its role, weight and matches, and what it asks."""
        if len(query) > MAX_QUERY:
            raise UsageError(
                f"the query is {len(query):,} characters long; the limit is {MAX_QUERY:,}"
            )
        query = unframed(query, self._about_the_war)  # "For my article, how much ..."
        query = unhedged(query)  # "Roughly when did they meet" asks when they met
        query = self._particles_joined(query)  # "hand the region over": "hand over"
        query = self._times_mended(query)  # "by sumer": "by summer"
        query = self._respelled(query)  # "Moskow": "Moscow", as the tables spell it
        said = words(query)
        every = _holding_a_gathering(
            self._capitals_as_places(self.lexicon.terms(query, keep_own=False, asked=True), said)
        )
        question = asked(query)
        every = [_as_a_time(t, question) for t in every]
        named = self._classes(_unique(every), said)
        capitalised = _capitalised(query)
        read = [
            self._term(term, named(term), question, capitalised)
            for term in _unique(every)
            if term.position not in question.form_words  # "what month": the kind of answer
            and term.position not in question.apart  # "apart from coal": not asked about
            and not _counts_the_parties(term, said)  # "the two sides": no figure asked
            and not _a_partys_forces(
                term, every, said, named, question.actor
            )  # "Moscow's troops hold"
            and not self._a_place_holding(term, every, said, named, question.apart)
        ]
        apart = frozenset(
            w
            for term in _unique(every)
            if term.position in question.apart
            for w in self.expand(term.word, english=False, literal="", written="")
        )
        read = _forms_held_once(read)
        read = [_another_holder(_as_an_office(t, read), said) for t in read]
        read = self._wanting_done(read, said, question)
        read = [t._replace(role=_share_role(t, read, question)) for t in read]
        read = [_as_setting(_as_description(t, said)) for t in read]
        read = [_as_described_region(t, said) for t in read]
        read = _contrasted(read)
        read, qualified = _qualified_places(read, said, self._is_nation)
        read, counted = _counted_units(read, said)
        read = self._about_nothing_held(read, said)
        read = self._of_another_thing(read, said)
        qualified += counted
        weighted = _weighed([t._replace(weight=self._weight(t)) for t in read])
        weighted = self._with_phrases([self._with_keywords(t) for t in weighted], said)
        weighted = self._with_wholes(weighted, said)
        needs = question.forms & REQUIRED
        if (
            Form.WHAT_IS in question.forms
            and Form.SPELLED_OUT not in question.forms
            and (
                all(_names_something(t) for t in weighted)
                or _a_kind_defined(said)
                or _a_term_defined(said, weighted)
                or asks_a_meaning(said)
            )
        ):
            # "what is the Kremlin", "what is a think tank": a description, not any fact on it
            needs |= {Form.WHAT_IS}
        speakers = frozenset[str]()
        owner = None if question.speaker else self._whose_figures(every, said, named)
        if owner is not None:
            needs |= {Form.SAID_BY}  # "the Kremlin figures on Donetsk": the Kremlin's own
        if Form.SAID_BY in needs:
            # "what did the president of the United States say": the person the office names
            office = next((t for t in weighted if _holds_office(t, question.speaker)), None)
            speaker = (office.term.word,) if office is not None else question.speaker
            speakers, named_someone = self._speakers(
                speaker or ((owner.word,) if owner is not None else ())
            )
            named_someone = named_someone or owner is not None
            outright = _ATTRIBUTED.search(query) is not None and self._unheard_of(question.speaker)
            if not speakers and not named_someone and not outright:
                # "what does the narrative claim": no speaker named; "according to RAND"
                # names one no fact has, and so gets no answer
                needs -= {Form.SAID_BY}
        held = {
            w: p.cls
            for t in weighted
            if (t.role is Role.NAME or _describes_a_body(t, said))
            and not (needs & _ASKS_WHICH and self._describes_the_answer(t, said))
            and not self._region(t.term.word)  # "where in the Gulf": Abu Dhabi
            for w, _, p in t.indexed
            if p.cls
        }
        if Form.WHERE in needs:
            # The country a place the question names is in does not say where: "which venue
            # in Miami" is not answered by "in the United States".
            for country in self._countries_of(held):
                held.setdefault(country, NameClass.PLACE)
        actor = next(
            (t for t in weighted if _stands_at(t.term, question.actor) and _names_something(t)),
            None,
        )
        if actor is not None and _names_a_gathering(actor, weighted):
            actor = None  # "would the Miami meeting be the first ...": the meeting, not Miami
        if actor is not None and self._names_a_story(actor, said, held):
            actor = None  # "does the Novorossiya narrative hold ...": the narrative holds it
        if actor is not None and Form.SAID_BY in needs and _a_person(actor):
            actor = None  # "what did the president of Ukraine say": who speaks, not who acts
        actors = frozenset(w for w, _, _ in actor.indexed) if actor is not None else frozenset()
        if Form.FORECAST in needs and any(self._is_party(w, held) for w in actors):
            # "will Kyiv give up the Donbas": the party's stance answers, or a forecast; a
            # past event of the party's does not ("will Trump host Putin").
            needs = needs - {Form.FORECAST} | {Form.STANCE}
        # Who takes each stance, in a sentence ("is Ukraine demanding") and in keywords alike
        # ("ukraine demands from russia"): the party named just before the stance takes it.
        # A party is a person, an organisation or a country; "Donbas withdrawal" names what
        # is given up, not who gives it up.
        # Read with its slips mended ("is Ukrane pressing Rusia"), as the stance's parties are
        # looked up by their names as written.
        mended = _mended(query, weighted)
        keywords = question.actor is None and question.doing is None and not is_a_sentence(said)
        agents = stance_agents(
            mended, self.lexicon, lambda w: self._is_party(w, held), keywords=keywords
        )
        located = self._located(every, weighted, said)
        setting = gate.SETTING if _as_a_pair(gate.SETTING, weighted, said) else frozenset()
        if actors & setting:
            actors = frozenset()  # "did Moscow and Kyiv agree": both parties, not one actor
        # "the last negotiations": "last" says which negotiations, the ones held most lately
        latest = self._latest_named(weighted, said)
        unweighed = (
            latest is not None
            and not self._a_keyword_phrase(latest, weighted, said)
            and self._one_held(weighted[latest[1]])
        )
        # "talks between Kyiv and Moscow", "the meeting between the Kremlin leader and the
        # American president": "between" says no more than the two it names
        weighted = [
            t._replace(weight=0.0)
            if _introduces(t, setting, weighted)
            or _joins(t, weighted, said)
            or (unweighed and latest is not None and i == latest[0])
            else t
            for i, t in enumerate(weighted)
        ]
        return Query(
            query, weighted, question, needs, speakers, held, actors, located, agents, setting,
            qualified, _asks_within_a_country(said, question.form_words),
            Form.WHICH in needs and any(
                t.term.position > 0
                and (
                    said[t.term.position - 1] in ("which", "what")
                    or t.term.position == question.kind  # "name the prisoners"
                )
                and any(p.cls == NameClass.MEASURE for _, _, p in t.indexed)
                for t in weighted
            ),
            tuple(stance_objects(mended, self.lexicon, lambda w: self._is_party(w, held)).items())
            if question.actor is not None or question.doing is not None else (),
            _place_acts(said),
            apart,
            tuple(said),
            self._undivided(weighted, said),
            question.described if Form.WHICH in needs else None,
            keywords,
            _gatherings_at(weighted, said),
            latest,
            *_guessed(weighted, said, question.guessed, self._a_city),
        )  # fmt: skip

    def _whose_figures(
        self, every: Sequence[Term], said: Sequence[str], named: Callable[[Term], NameClass | None]
    ) -> Term | None:
        """The party named right before the figures the question asks for, with what they
        are figures of after them, as whose they are ("the Kremlin figures on Donetsk
        control", "Ukrainian government data on coal", "ISW figures for Luhansk"): a person,
        an organisation or a nation, not one of two named together ("Russia and Ukraine
        figures on the war", "Russia-Ukraine figures"). Not a place or a thing the figures
        are of ("Donetsk figures"), nor the last of several keywords ("coal Ukraine
        figures"). None without one."""
        for at in figures_named(said):
            if said[at + 1 : at + 2] not in _FIGURES_OF:
                continue  # "coal Ukraine figures": which is the topic, which the owner?
            before = at - 1 - (said[at - 1 : at] in (["government"], ["official"]))
            for term in every:
                size = len(words(term.written))
                if not term.position <= before < term.position + size:
                    continue
                cls = named(term)
                paired = said[term.position - 1 : term.position] == ["and"] or any(
                    t.position + len(words(t.written)) == term.position
                    and named(t) is NameClass.PLACE
                    for t in every
                )  # "Russia and Ukraine", "Russia-Ukraine figures": the war, not an owner
                if not paired and (
                    cls in (NameClass.PERSON, NameClass.ORGANISATION)
                    or (cls is NameClass.PLACE and self._is_nation(term.word))
                ):
                    return term
        return None

    def _a_place_holding(
        self,
        term: Term,
        every: Sequence[Term],
        said: Sequence[str],
        named: Callable[[Term], NameClass | None],
        apart: frozenset[int],
    ) -> bool:
        """Whether the word is "hold" said of a place that is no party, of a measured thing
        the question names ("what natural resources does the eastern area hold", "the
        Donbas holds coal"): the place has it, as "have" says, which asks nothing of a fact.
        Not of a party, which holds ground by force ("how much of Donetsk does Russia
        hold"), nor of forces in a place ("what do Russian forces in the Donbas hold"), nor
        of what is set apart ("what does the Donbas hold besides coal": nothing named is
        held, so it asks what the place is made of)."""
        if term.word != "control" or said[term.position] not in ("hold", "holds"):
            return False
        before = [t for t in every if t.position < term.position and named(t) is not None]
        if not before or not _FORCES.isdisjoint(said[: term.position]):
            return False
        subject = before[-1]
        held = [
            t
            for t in every
            if t.position not in apart and t is not subject and self._measured(t, named)
        ]
        return (
            bool(held)
            and named(subject) is NameClass.PLACE
            and not self._is_nation(subject.word)
            and said[subject.position - 1 : subject.position] not in (["in"], ["of"], ["from"])
        )

    def _measured(self, term: Term, named: Callable[[Term], NameClass | None]) -> bool:
        """Whether the term is a measured thing (coal, farmland), or a kind of them ("natural
        resources": coal, gas, minerals and farmland, by the synonym table's [related])."""
        return named(term) is NameClass.MEASURE or any(
            self._name_class(w) is NameClass.MEASURE
            for w in self.lexicon.related.get(term.word, ())
        )

    def _particles_joined(self, query: str) -> str:
        """The query with each phrasal verb of the synonym table for giving up ground or
        dividing it whose object, a place or a party's forces, stands between its verb and its
        particle ("hand the eastern coal-mining region over", "give the Donbas up", "carve the
        east up", "pull its soldiers out") read with the particle beside the verb, as the
        table has it: "hand over the eastern coal-mining region". Not other objects ("hand
        the prisoners over", "give its demand up", "pull the civilian out"), nor other such
        verbs ("rule it out", "cut the talks off"), whose joined phrase the table reads as
        something else."""
        tokens = list(_TOKEN.finditer(query))
        phrases = self.lexicon.phrases
        for at, verb in enumerate(tokens):
            window = tokens[at + 2 : at + 2 + _SEPARATED]
            for until, particle in enumerate(window, at + 2):
                if particle[0].lower() not in _PARTICLES:
                    continue
                between = query[verb.end() : particle.start()]
                if (
                    phrases.get((verb[0].lower(), particle[0].lower())) in _GROUND_GIVEN
                    and tuple(t[0].lower() for t in tokens[at : until + 1]) not in phrases
                    and (
                        self._ends_on_a_place(between)
                        or (verb[0].lower() in _PULLING and _OWN_FORCES.fullmatch(between))
                    )
                ):  # (not the table's own longer phrase: "pull its troops out")
                    return self._particles_joined(
                        query[: verb.end()] + " " + particle[0]
                        + between.rstrip() + query[particle.end() :]
                    )  # fmt: skip
                break  # the first particle after the verb is its own, or none is
        return query

    def _times_mended(self, query: str) -> str:
        """The query with a slip on a season, a month or a unit of the calendar, after a
        word that opens a time (_TIME_LEADS), read as that word (_time_meant): "by sumer" as
        "by summer", "next weak" as "next week", "in Agust 2025" as "in August 2025"."""
        tokens = list(_TOKEN.finditer(query))
        for at, token in enumerate(tokens[1:], 1):
            rest = query[token.end() :].lstrip()
            following = tokens[at + 1][0].lower() if at + 1 < len(tokens) else ""
            if not rest or not (rest[0].isalnum() or rest[0] in "'-"):
                following = ""  # the query or its clause ends: "next weak?", "by sumer, ..."
            meant = self._time_meant(tokens[at - 1][0].lower(), token[0], following)
            if meant:
                query = query[: token.start()] + meant + query[token.end() :]
                return self._times_mended(query)
        return query

    def _respelled(self, query: str) -> str:
        """The query with a word written as another spelling of a word that the synonym
        table reads as another ("Moskow" for Moscow, which it reads as Russia; "Kiyv" for
        Kyiv; "propossing" for "proposing", a proposal) written as the table spells it, so
        that it is read as the table's word is: a city in its government's place, or as the
        city itself (_capitals_as_places). Only a word of four letters or more that the
        tables do not know, whose other spellings (expand) are that one word, that the
        names know as nothing else (as a name, only as that word: "Moskow" is Moscow's),
        and that is written as that word is but for its transliteration (text.skeleton) or
        one letter: the names' other names for a city ("Keju", "Kiva", "Mosca") may be
        words of their own."""
        for token in _TOKEN.finditer(query):
            word = token[0].lower()
            if len(word) < 4 or not word.isalpha() or self.postings(word):
                continue
            if (word,) in self.lexicon.phrases:
                continue
            spelled = [w for w, how in self.expand(word).items() if how == "spelling"]
            if (
                len(spelled) != 1
                or self.lexicon.phrases.get((spelled[0],), spelled[0]) == spelled[0]
            ):
                continue
            name = self.store.names.lookup([word]).get(word)
            if name is not None and name.canonical != spelled[0]:
                continue
            if skeleton(word) != skeleton(spelled[0]) and _edits(word, spelled[0]) > 1:
                continue
            table = spelled[0].capitalize() if token[0][0].isupper() else spelled[0]
            return self._respelled(query[: token.start()] + table + query[token.end() :])
        return query

    def _time_meant(self, lead: str, written: str, following: str) -> str:
        """The calendar word a word after lead stands for, or "". The word is one slip from
        just one season, month or unit, and all of these hold:
        - lead opens a time, and a unit ("week", "month", "year") follows "next", "last" or
          "this" ("in werk", "by yaar" are not);
        - no fact holds the word, nor a word one slip from it ("after summet" is the summit);
        - it is neither a plural of a unit ("the last years") nor the calendar word with
          more after it ("in augusta", "in junee");
        - written with a capital, it is a month the names do not know, before a year ("in
          Agust 2025"; not "by Falk", "by Jure", "in Weel", which may be names the tables
          lack);
        - the names do not know it as a name ("in Sumter", "by Jane"), and a word they know
          as English stands for a season only, rare, spelt with a letter left out or two
          swapped, its first kept, at the end of the query or its clause ("by sumer"; not
          "by hummer", "report by pinter on talks", "in marsh areas"), or for "week" after
          "next" or "last", one vowel for another, at the end ("next weak"; not "the last
          map", "next weak and strong points").
        following: the next word, or "" where the query or its clause ends."""
        word = written.lower()
        if lead not in _TIME_LEADS or word in _CALENDAR_WORDS or self.postings(word):
            return ""
        meant = one_slips(word) & _CALENDAR_WORDS
        if len(meant) != 1 or (word.endswith("s") and word[:-1] in _CALENDAR_WORDS):
            return ""
        (time,) = meant
        if time in _UNITS_NAMED and lead not in ("next", "last", "this"):
            return ""
        if word.startswith(time) or any(self.postings(w) for w in one_slips(word) - meant):
            return ""
        name = self.store.names.lookup([word]).get(word)
        if written != word:
            year = following.isdigit() and len(following) == 4
            return time if time in MONTHS and name is None and year else ""
        if name is None:
            return time
        season = (
            time in SEASONS
            and name.cls is NameClass.ORDINARY
            and not self.store.names.frequent([word], FREQUENT)
            and not following
            and word[0] == time[0]
            and (len(word) + 1 == len(time) or sorted(word) == sorted(time))
        )
        week = (
            time == "week"
            and name.cls is NameClass.ORDINARY
            and lead in ("next", "last")
            and not following
            and len(word) == len(time)
            and all(
                a == b or (a in _VOWELS and b in _VOWELS) for a, b in zip(word, time, strict=True)
            )
        )
        return time if season or week else ""

    def _ends_on_a_place(self, text: str) -> bool:
        """Whether the last thing the words name is a place ("the Donbas", "the eastern
        coal-mining region"), not something of it ("the Donbas condition")."""
        terms = self.lexicon.terms(text, keep_own=False, asked=True)
        return (
            bool(terms)
            and self._name_class(terms[-1].word) is NameClass.PLACE
            and not self._is_nation(terms[-1].word)  # "hand Kyiv over": its government
        )

    def _undivided(self, terms: Sequence[QueryTerm], said: Sequence[str]) -> bool:
        """Whether the question asks the parts of a place (Query.undivided) that is not a
        whole of the synonym table's [wholes]; the war's parties aside."""
        if not asks_parts_of(said):
            return False
        names = self.store.names.lookup({t.term.word for t in terms if t.role is Role.NAME})
        places = {w for w, n in names.items() if n.cls is NameClass.PLACE} - gate.SETTING
        return bool(places) and not places & set(self.lexicon.wholes)

    def _name_class(self, word: str) -> NameClass | None:
        """What the names know a word as ("donbas": a place, "wef": an organisation)."""
        name = self.store.names.lookup([word]).get(word)
        return name.cls if name is not None else None

    def _capitals_as_places(self, every: list[Term], said: Sequence[str]) -> list[Term]:
        """A city that the synonym table reads as its country's government (Kyiv, Moscow,
        Washington) is the city itself where the query puts something in it or takes it out
        of it: "talks in Kyiv" are not talks anywhere in Ukraine, and "withdraw from Kyiv"
        is not "withdraw from the Donbas"; or asks whether something includes it ("is Kyiv
        part of the Donbas", "does the narrative include Kyiv"): the city, though "does the
        deadline cover Kyiv" may mean its government, which then goes unanswered; or names it
        as ground (_as_ground: "Kyiv coal reserves", "is Kyiv under Russian control")."""
        placed = [
            t
            for t in every
            if t.synonym
            and (
                _in_or_out_of(said, t.position, every)
                or _included(said, t.position)
                or _as_ground(said, t.position, lambda w: self._name_class(w) is NameClass.PLACE)
            )
            and said[t.position + 1 : t.position + 2] != ["hands"]  # "in Moscow's hands"
        ]
        if not placed:
            return every
        found = self.store.names.lookup(said[t.position] for t in placed)
        cities = {
            t.position
            for t in placed
            if (name := found.get(said[t.position])) is not None
            and name.cls is NameClass.PLACE
            and t.word in self._countries_of({name.canonical: NameClass.PLACE})
        }
        return [
            Term(self.lexicon.stem(said[t.position]), t.position, t.written)
            if t.position in cities
            else t
            for t in every
        ]

    def _classes(
        self, terms: Sequence[Term], said: Sequence[str]
    ) -> Callable[[Term], NameClass | None]:
        """What each term names, by itself, by how it was written, or as a word of a name of
        several words ("World Bank", "Red Cross": each of their words is a name)."""
        longest = min(self.store.names.longest, 4)
        spans = {
            " ".join(said[i : i + n]): range(i, i + n)
            for n in range(2, longest + 1)
            for i in range(len(said) - n + 1)
        }
        wanted = {p for t in terms for p in (t.word, t.written)} | set(spans)
        names = self.store.names.lookup(wanted)
        within = {
            at: names[phrase].cls
            for phrase, span in spans.items()
            if phrase in names and names[phrase].cls in TOPICS
            for at in span
        }

        def named(term: Term) -> NameClass | None:
            if term.position in within and not term.synonym:
                return within[term.position]
            classes = [n.cls for p in (term.word, term.written) if (n := names.get(p))]
            return next((c for c in classes if c in TOPICS), classes[0] if classes else None)

        return named

    def _term(
        self, term: Term, cls: NameClass | None, question: Asked, capitalised: _Capitalised
    ) -> QueryTerm:
        """A query word with the facts' words it meets and its role (its weight comes later,
        when every word's role is known). capitalised: the query's words written with a
        capital, but its first, which may be names."""
        literal = term.written if term.synonym and " " not in term.written else ""
        matches = self.expand(
            term.word,
            english=cls is NameClass.ORDINARY,
            literal=literal,
            written=term.written if term.written.isalpha() else "",
            verb_forms=not (term.synonym and " " in term.written),
        )
        indexed = [(w, how, p) for w, how in matches.items() if (p := self.postings(w))]
        if (
            cls is None
            and not indexed
            and term.written not in capitalised.words  # "Bout": a name no table knows
            and self._misspelt_english(term.word)
        ):
            cls = NameClass.ORDINARY  # "whn", "shoud": a slip on a stopword, not a name
        elif cls is NameClass.ORDINARY and term.word in self.lexicon.canonical:
            cls = None  # a word of the synonym table is a word of the domain, not filler
        elif cls is NameClass.ORDINARY and term.written in capitalised.acronyms:
            cls = None  # "ISIS": an acronym names a body, whatever English word it spells
        elif (
            cls is NameClass.ORDINARY
            and not indexed
            and (
                self._in_an_unknown_name(term, capitalised)
                or self._a_rare_word_as_a_name(term, capitalised)
            )
        ):
            cls = None  # "Human Rights Watch", "Hamas": a name no table knows
        elif cls is NameClass.ORDINARY and not indexed and term.word in _PLACE_DIRECTIONS:
            cls = None  # "withdraw from the north": a part of a place no fact names
        role = _role(term, cls, indexed, question)
        doing = term.position == question.doing
        if role is Role.WORD and (term.word in STANCES or doing or _controls(term)):
            role = Role.NAME
        asked_of = (
            question.predicate, question.agreed_on, question.claimed, question.demanded,
            question.contents,
        )  # fmt: skip
        counted = Form.HOW_MANY in question.forms and term.position == question.kind
        against = term.position in question.set_against and role is not Role.TIME
        if term.position in asked_of or counted or against or _describes(term, question):
            # "is the deadline legally binding": the judgement must be the fact's own; "is
            # Trump a think tank": so must what the name is said to be; "was Druzhkivka
            # captured", "was the exchange cancelled": so must what was done to it; "how
            # many people died": so must what is counted; "was it held before Trump's
            # remark": so must what it is set against.
            role = Role.NAME if indexed else Role.UNKNOWN
        elif role is Role.ORDINARY and (
            doing
            or term.position
            in (question.deed, question.kind, question.identity, question.attribute)
            or (term.position in question.had and term.written not in GRADES)
        ):
            # "what is the US offering", "who founded CIRSD", "which rivers", "is the
            # Atlantic Council a think tank": no fact says what it offers, who founded it,
            # names a river, or names the council.
            role = Role.UNKNOWN
        return QueryTerm(term, role, 0.0, indexed)

    def _about_nothing_held(self, terms: list[QueryTerm], said: Sequence[str]) -> list[QueryTerm]:
        """Keywords that name no place, person or organisation and end on an English word
        no fact holds (Role.ORDINARY) are about that thing: "intense heatwave", "shelling
        peanuts", "cut up a chicken", "security issues in software". Their last word is then
        a name no fact holds, and nothing answers; a word a fact shares with them does not
        make them its ("Fighting remains intense"). Keywords: at most _KEYWORDS_LONGEST
        words, none of the first two a word that asks."""
        if (
            not terms
            or len(said) > _KEYWORDS_LONGEST
            or is_a_sentence(said)
            or is_a_sentence(said[1:])  # "in which city", "on what day"
            or any(p.cls in _SOMEONE_OR_SOMEWHERE for t in terms for _, _, p in t.indexed)
            or any(t.role is Role.UNKNOWN for t in terms)  # "NATO membership": NATO already
        ):
            return terms
        last = max(range(len(terms)), key=lambda i: terms[i].term.position)
        head = terms[last]
        if head.role is not Role.ORDINARY or head.term.position != len(said) - 1:
            return terms
        return [*terms[:last], head._replace(role=Role.UNKNOWN), *terms[last + 1 :]]

    def _of_another_thing(self, terms: list[QueryTerm], said: Sequence[str]) -> list[QueryTerm]:
        """A common English word no fact holds, which ends its phrase after a word facts hold
        and "of", says what that thing is of: "a round of golf in Miami", "an exchange of
        students", "the Institute for the Study of Dreams", "both sides of the argument",
        "a round of golf next week"; so does a rarer one (FREQUENT, not COMMON) after the
        asker's "my" or "your": "the next round of my quiz", "of my job interview". The
        query is about that other thing: the word is a name no fact holds (Role.UNKNOWN),
        and nothing answers. Not a word that goes on to another ("of national gas
        deposits"), one after a word the query asks with ("what sorts of matters": no term),
        nor a slip ("the beginning of sumer": not common)."""
        held = [t.term for t in terms if t.indexed]
        unheld = {
            t.term.position
            for t in terms
            if t.role is Role.ORDINARY and not t.indexed and len(words(t.term.written)) == 1
        }
        of = {
            t.term.position: (t.term.written, whose)
            for t in terms
            if t.term.position in unheld and (whose := _what_it_is_of(said, t.term, held, unheld))
        }
        plain = [w for w, whose in of.values() if whose == _OF_A_THING]
        owned = [w for w, whose in of.values() if whose == _OF_THE_ASKERS]
        english = self.store.names.frequent(plain, COMMON) if plain else set()
        english |= self.store.names.frequent(owned, FREQUENT) if owned else set()
        return [
            t._replace(role=Role.UNKNOWN) if of.get(t.term.position, ("", ""))[0] in english else t
            for t in terms
        ]

    def _in_an_unknown_name(self, term: Term, capitalised: _Capitalised) -> bool:
        """Whether the word, in a run of capitals, is one no fact holds (nor a slip from one)
        and names something the table lacks: one of two or more such words ("Human Rights
        Watch", "Nikki Haley", "Kyiv School of Economics"), or one after a name the table
        holds ("Miami Heat"); not one before such a name ("Latest Donetsk ...", "Mr Trump"),
        nor "Tramp Donbass" (a slip on Trump)."""
        run = next((r for r in capitalised.runs if term.written in r), ())
        held = [self._held(w) for w in run]
        if term.written not in run or held[run.index(term.written)]:
            return False
        # "Miami Heat": a word no fact holds after a name the table holds names another
        # thing; before one ("Latest Donetsk", "Mr Trump") it only qualifies it
        return held.count(False) >= 2 or any(held[: run.index(term.written)])

    def _a_rare_word_as_a_name(self, term: Term, capitalised: _Capitalised) -> bool:
        """Whether the word is written with a capital inside a question that does not
        capitalise each word, and is rare in English ("the deadline for Hamas", "the
        Kuzbass's coal"), so that it names something, and is no slip from a table's word."""
        return (
            term.written in capitalised.words
            and term.written not in MONTH_ABBREVIATIONS  # "in Aug 2025"
            and not capitalised.titled
            and not self.store.names.frequent([term.written])
            and not self._held(term.written)
        )

    def _about_the_war(self, text: str) -> bool:
        """Whether the text names a place, person or organisation the tables hold, or the war
        itself (_THE_WARS_OWN): a question about the war, not about the asker's own affairs,
        whose frame may come off (frames.unframed)."""
        terms = self.lexicon.terms(text, keep_own=False, asked=True)
        if any(t.word in _THE_WARS_OWN for t in terms):
            return True
        named = self._classes(terms, words(text))
        return any(named(t) in _SOMEONE_OR_SOMEWHERE and self._held(t.written) for t in terms)

    def _held(self, written: str) -> bool:
        """Whether the table holds the word, read as the synonym table reads it ("Florida":
        Miami), or a slip on it; not only a word akin to it ("Economics": economic)."""
        read = self.lexicon.terms(written, keep_own=False) or []
        return any(set(self.expand(t.word).values()) - _ONLY_AKIN for t in read)

    def _misspelt_english(self, word: str) -> bool:
        """Whether a word that no fact and no name holds is one slip (a letter left out, put
        in, changed, or two swapped) from a stopword or a word of speech: "whn", "nxt",
        "shoud", "estimat". Not from any English word: a name the tables do not know
        ("Bondi", "Leavitt") is as near to one; nor one a slip from a measured thing too
        ("oill": oil)."""
        if len(word) < 3 or not word.isalpha() or word in self.lexicon.canonical:
            return False  # the synonym table's words ("ceasefire") are the domain's
        slips = one_slips(word)
        if not slips & (STOPWORDS | SPEECH):
            return False
        # "oill" is a slip from "will" and from "oil": a measured thing may be meant.
        named = self.store.names.lookup(slips).values()
        return not any(n.cls is NameClass.MEASURE for n in named)

    def _with_keywords(self, term: QueryTerm) -> QueryTerm:
        """An ordinary word that no fact's text holds, met in the facts whose table gives
        it among their [keywords] (Field.KEYWORD); its role and weight stay as they are. So
        is a word that neither the tables nor the names know ("roadmap"), which a fact's
        keywords make known; not one of the synonym table's own words ("ceasefire",
        "annexation"), which no fact holds on purpose, nor an English word the question
        requires ("which rivers", "Donetsk city")."""
        unknown = (
            term.role is Role.UNKNOWN
            and term.term.word not in self.lexicon.canonical
            and not self.store.names.lookup({term.term.word})  # not "city", "rivers" asked
        )
        if (term.role is not Role.ORDINARY and not unknown) or term.indexed:
            return term
        word, how = term.term.word, "exact"
        rows = self.store.keyword_rows(word)
        for root in () if rows else _roots(word):
            # "belonged" meets a fact whose keywords give "belong"
            rows, word, how = self.store.keyword_rows(root), root, "derived"
            if rows:
                break
        if not rows:
            return term
        codes = array("I", [encode(Field.KEYWORD, None, None)]) * len(rows)
        posting = Posting(rows, codes, "", 0)
        return term._replace(role=Role.ORDINARY, indexed=[(word, how, posting)])

    def _with_phrases(self, terms: list[QueryTerm], said: Sequence[str]) -> list[QueryTerm]:
        """Words side by side in the query, in order ("cutoff date", "lean on"), that a
        fact's [keywords] give as a phrase: its ordinary words, which no fact's text holds,
        meet that fact as a keyword, as a single keyword's word does (_with_keywords)."""
        in_order = sorted(range(len(terms)), key=lambda i: terms[i].term.position)
        phrased: dict[int, set[int]] = {}
        for n in range(2, PHRASE_WORDS + 1):
            for run in zip(*(in_order[k:] for k in range(n)), strict=False):
                spots = [terms[i].term.position for i in run]
                if any(set(said[a + 1 : b]) - STOPWORDS for a, b in pairwise(spots)):
                    continue  # other words between: not the phrase
                held = self.store.keyword_rows(" ".join(terms[i].term.word for i in run))
                for i in run if held else ():
                    phrased.setdefault(i, set()).update(held)
        met = list(terms)
        for i, extra in phrased.items():
            term = terms[i]
            if term.role is not Role.ORDINARY:
                continue
            rows = array("I", sorted(extra.union(*(p.rows for _, _, p in term.indexed))))
            codes = array("I", [encode(Field.KEYWORD, None, None)]) * len(rows)
            met[i] = term._replace(indexed=[(term.term.word, "exact", Posting(rows, codes, "", 0))])
        return met

    def _with_wholes(self, terms: list[QueryTerm], said: Sequence[str]) -> list[QueryTerm]:
        """The query's names that together make up a place the table names (the synonym
        table's [wholes]: Donetsk and Luhansk, the Donbas), each met in the facts on that
        place too, as "whole": a fact on the Donbas holds "Luhansk and Donetsk". Only when
        the parts are named together ("Luhansk and Donetsk", "the Luhansk-Donetsk area"),
        not set against each other ("does Donetsk hold more gas fields than Luhansk"), and
        only when no fact on a part holds the rest of what the query names: the table gives
        Russia's control of Donetsk and of Luhansk, each on its own."""
        # each name by the table's words it meets too: "Luhanks" is Luhansk
        at = {w: t.term.position for t in terms if t.role is Role.NAME for w in _met(t)}
        if _asked_apart(said):
            return terms  # "which of Luhansk and Donetsk has more", "each", "separately"
        found = {
            part: (whole, posting)
            for whole, parts in self.lexicon.wholes.items()
            if set(parts) <= at.keys()
            and _named_together(sorted(at[p] for p in parts), said)
            and not self._parts_hold(parts, terms)
            and (posting := self.postings(whole)) is not None
            for part in parts
        }
        met = []
        for term in terms:
            part = next((w for w in _met(term) if w in found), None)
            if term.role is Role.NAME and part is not None:
                whole, posting = found[part]
                term = term._replace(indexed=[*term.indexed, (whole, "whole", posting)])
            met.append(term)
        return met

    def _parts_hold(self, parts: Sequence[str], terms: Sequence[QueryTerm]) -> bool:
        """Whether some fact on one of the parts also holds every other word of the query
        that facts hold (but the war's two parties, which every fact is set between)."""
        others = [
            t
            for t in terms
            if t.role in (Role.NAME, Role.WORD)
            and not set(_met(t)) & set(parts)
            and t.term.word not in gate.SETTING
        ]
        rows = frozenset().union(*(p.rows for w in parts if (p := self.postings(w))))
        for term in others:
            rows &= self._holders(term)
        return bool(others) and bool(rows)

    def _located(
        self, every: Sequence[Term], terms: Sequence[QueryTerm], said: Sequence[str]
    ) -> dict[str, frozenset[str]]:
        """Each place the query puts something in ("the talks in Kyiv", "held on US soil",
        _on_ground), with its words: a fact must put it there, not only in its country
        ("talks in Washington" are not the talks "in the US" that Washington proposed)."""
        by_word = {t.term.word: t for t in terms if t.role is Role.NAME}
        located = {
            term.written: frozenset(w for w, _, p in by_word[term.word].indexed if p.cls == "place")
            for term in every
            if term.word in by_word
            and (
                (
                    _LOCATIVE & set(said[max(term.position - 3, 0) : term.position])
                    and not (term.synonym and _DEMONYM.search(term.written))  # "Russian shelling"
                )
                or _on_ground(said, term)
            )
        }
        return {k: v for k, v in located.items() if v}

    def _names_a_story(self, actor: QueryTerm, said: Sequence[str], held: dict[str, str]) -> bool:
        """Whether the actor is a place named as a story's ("the Novorossiya narrative"), not
        a party's ("Kyiv's narrative", "the Moscow story", "the Trump idea"), which still acts."""
        after = actor.term.position + 1
        return (
            after < len(said)
            and said[after] in _A_STORY
            and not any(self._is_party(w, held) for w, _, _ in actor.indexed)
        )

    def _is_party(self, word: str, held: dict[str, str]) -> bool:
        """Whether an index word the query names can take a stance: a person, an
        organisation or a country by one of its spellings ("usa": "united states"), not a
        region ("Donbas withdrawal" is a withdrawal from it) or a measured thing."""
        cls = held.get(word)
        if cls == NameClass.PLACE:
            return self._is_nation(word)
        return cls in (NameClass.PERSON, NameClass.ORGANISATION)

    def _a_city(self, written: str) -> bool:
        """Whether words a query gives, as written, name a place the names put within a
        country ("Kiev", "Washington"): not a country or a region of several ("America")."""
        name = self.store.names.lookup([written]).get(written)
        return (
            name is not None
            and name.cls is NameClass.PLACE
            and bool(self.store.names.countries([name.canonical]))
        )

    def _is_nation(self, word: str) -> bool:
        """Whether an index word is a country, by one of its spellings."""
        return bool(self.store.names.nations([word, *self.lexicon.spellings.get(word, ())]))

    def _named_as(self, word: str) -> str | None:
        """The first spelling of an index word that the names know, which decides what
        place it is: "abudhabi", which the synonym table also reads for the UAE, is first
        "abu dhabi", a city; Miami, also spelled "florida", is first Miami."""
        spelled = [word, *self.lexicon.spellings.get(word, ())]
        known = self.store.names.lookup(spelled)
        return next((p for p in spelled if p in known), None)

    def _is_state(self, word: str) -> bool:
        """Whether an index word is a country's state ("alaska"), by _named_as."""
        first = self._named_as(word)
        return first is not None and bool(self.store.names.states([first]))

    def _is_country(self, word: str) -> bool:
        """Whether an index word names no place within a country: a country ("usa",
        "ukraine") or a region the names give no country for, by _named_as."""
        first = self._named_as(word)
        return first is not None and not self.store.names.countries([first])

    def _region(self, word: str) -> frozenset[str]:
        """The countries of a region of several (names' regions), read once per word."""
        found = self._region_countries.get(word)
        if found is None:
            found = frozenset(self.store.names.regions(word))
            self._region_countries[word] = found
        return found

    def _within(self, region: str) -> list[str]:
        """The table's places within a region of several countries (names' regions: "gulf"),
        each by the canonical name of its country or of the place itself."""
        countries = self._region(region)
        if not countries:
            return []
        if self._countries is None:
            places = [
                row[0] for row in self.store.db.execute("SELECT word FROM words WHERE class = ?",
                                                         (NameClass.PLACE.value,))
            ]  # fmt: skip
            spelled = {w: (w, *self.lexicon.spellings.get(w, ())) for w in places}
            found = self.store.names.lookup({p for ps in spelled.values() for p in ps})
            canonical = {p: n.canonical for p, n in found.items()}
            country_of = self.store.names.countries(canonical.values())
            self._countries = {}
            for word, phrases in spelled.items():
                names = {canonical[p] for p in phrases if p in canonical}
                self._countries[word] = names | {country_of[n] for n in names if n in country_of}
        return sorted(w for w, held in self._countries.items() if held & countries)

    def _described_otherwise(self, read: Query, row: int) -> tuple[str, ...]:
        """The descriptions of the question ("which Russian city", "an American think tank")
        that the fact does not meet: a place it names must lie in that country, or a body
        that says it must be of it (its source, or a nation its official speaks for)."""
        said = list(read.said)
        found = []
        if read.asked.identity is not None:
            return ()  # "is ISW a Russian think tank": what it is, asked, not a filter
        for term in read.terms:
            if not _describes_a_body(term, said):
                continue
            kind = _body_described(term, said) or ""
            nations = {w for w, _, _ in term.indexed}
            facets = self._facet(row)
            if kind in _PLACE_KIND_NOUNS:  # where it puts something: "held in Miami"
                places = dict.fromkeys(facets.where, NameClass.PLACE.value)
                held = set(places) | self._countries_of(places)
            else:  # whose body: its official's nation, or where facts on it put it
                held = set()
                for who in (facets.source, facets.reported_by):
                    held |= self._speaking_for().get(who, frozenset()) | self._based(who)
            if not nations & held:
                found.append(f"{term.term.written} {kind}")
        return tuple(found)

    def _based(self, source: str) -> set[str]:
        """Where the facts about a source put it, with their countries: ISW, "a US-based
        think tank", is American."""
        if not source:
            return set()
        sql = "SELECT row FROM facts WHERE subject_key = ?"
        rows = [r for (r,) in self.store.db.execute(sql, (key(source),))]
        places = {w: NameClass.PLACE.value for r in rows for w in self._facet(r).where}
        return set(places) | self._countries_of(places)

    def _wanting_done(
        self, terms: list[QueryTerm], said: Sequence[str], asked: Asked
    ) -> list[QueryTerm]:
        """Wanting a party to do something is close to demanding it ("what does the Kremlin
        want Ukrainian forces to give up": Russia is pressing Ukraine to withdraw): "want"
        there also meets the table's "demand", as a related word. Wanting a thing ("the
        Americans want a clear schedule") meets only "want". Wanting it done by a time ("by
        what month does Washington want the fighting over") is setting a time limit, or
        proposing one: "want" there also meets "deadline" and "proposal", as related words."""
        limits = _TIME_LIMITS if _by_a_time(said, asked) else ()
        found = []
        for term, then in zip(terms, [*terms[1:], None][: len(terms)], strict=True):
            if term.term.word == "want":
                party = then is not None and _names_a_party(then)
                related = [*limits, *(["demand"] if party else [])]
                postings = [(w, p) for w in related if (p := self.postings(w)) is not None]
                term = term._replace(
                    indexed=[*term.indexed, *((w, "related", p) for w, p in postings)]
                )
            found.append(term)
        return found

    def _describes_the_answer(self, term: QueryTerm, said: Sequence[str]) -> bool:
        """Whether the term is a description the question asks which place or person it is
        ("which Florida city", "in which Emirati city", "which Russian leader"): what it
        stands for is the answer, not a name the question gives itself."""
        at = term.term.position
        if said[at - 1 : at] not in (["which"], ["what"]):
            return False
        described = tuple(self.lexicon.stem(w) for w in words(term.term.written))
        # "which Russian leader": a person's description in the synonym table is its answer
        person = len(described) > 1 and any(
            p.cls in (NameClass.PERSON, NameClass.ORGANISATION) for _, _, p in term.indexed
        )
        return described in self.lexicon.described or person

    def _countries_of(self, held: dict[str, str]) -> set[str]:
        places = [w for w, c in held.items() if c == NameClass.PLACE]
        canonical = self.store.names.lookup(places)
        countries = self.store.names.countries(n.canonical for n in canonical.values())
        return {t.word for c in countries.values() for t in self.lexicon.terms(c, keep_own=False)}

    def _weight(self, term: QueryTerm) -> float:
        """More, the fewer facts hold the term; most for a name no fact holds. A related
        word ("war" for "fighting") does not make the term's own word commoner."""
        count = self.store.count
        own = [m for m in term.indexed if m[1] != "related"] or term.indexed
        if term.role is Role.ORDINARY:
            holders = count * ORDINARY_SHARE
        elif not own:
            holders = 0 if term.role is Role.UNKNOWN else 1
        elif len(own) == 1:  # a word only context holds ("photo") counts those who do
            holders = own[0][2].held or len(own[0][2].rows)
        else:  # less those that hold one only as a shared place: at least the most held
            placed = sum(len(p.rows) - p.held for _, _, p in own)
            holders = len(self._holders(term._replace(indexed=own))) - placed
            holders = max(holders, *(p.held for _, _, p in own))
        return math.log(1 + count / (holders + 0.5))

    def _naming(self) -> dict[str, frozenset[str]]:
        """For each source, the words that name it: its id, name and aliases, read as
        queries are."""
        if self._source_words is None:
            self._source_words = {
                s.id: frozenset(
                    t.word
                    for text in (s.id, s.name, *s.aliases)
                    for t in self.lexicon.terms(text, keep_own=True)
                )
                for s in self.store.sources.values()
            }
        return self._source_words

    def _words_of(self, source: str) -> frozenset[str]:
        return self._naming().get(source, frozenset())

    def _unheard_of(self, speaker: Sequence[str]) -> bool:
        """Whether no table word and no name is among the words of a speaker ("RAND",
        "Chatham House"), as opposed to one the tables know in another role ("the US")."""
        said = [t.word for t in self.lexicon.terms(" ".join(speaker), keep_own=False)]
        named = self.store.names.lookup(said).values()
        return (
            bool(said)
            and not any(self.postings(w) for w in said)
            and not any(n.cls is not NameClass.ORDINARY for n in named)
        )

    def _speakers(self, speaker: Sequence[str]) -> tuple[frozenset[str], bool]:
        """The ids of the sources that the speaker's words name, and whether those words name
        anyone at all: a person, an organisation or a source's words ("the Russian police"
        names one, though no source is it; "what does the narrative claim" names none)."""
        sources = self._naming()
        phrase = " ".join(speaker)
        said = {t.word for t in self.lexicon.terms(phrase, keep_own=False)}
        found = self.store.names.lookup(said | {phrase})  # "the White House" is someone
        people = {NameClass.PERSON, NameClass.ORGANISATION}
        someone = {w for w in said | {phrase} if w in found and found[w].cls in people}
        if said and any(said <= words for words in sources.values()):
            # "the Associated Press": its words read through the synonym table ("ap") are all
            # one source's; the whole phrase, a name too, is no word of any source's. Not "the
            # Kiel Institute", which shares only a word with the Institute for the Study of War.
            someone.discard(phrase)
        naming = someone | (said & set().union(*sources.values()))
        spoken_for = set().union(*self._speaking_for().values())
        places = self._places_speaking(phrase, speaker)
        if places and not places & spoken_for and not said & spoken_for:
            # "according to the UAE": a country no source in the tables speaks for
            return frozenset(), True
        if not naming:
            # "what did the regional governor say": someone by office, whom no source is
            return frozenset(), bool(OFFICES & set(speaker))
        ids = frozenset(i for i, ws in self._speaking_for().items() if naming <= ws)
        # an office, or kin, that no name took in ("the foreign minister", "his wife")
        held = ((OFFICES - _SPEAKING_TOGETHER) | _KIN) & said
        if held and not any(held <= self._words_of(i) for i in ids):
            # "the Russian foreign minister", "Ukraine's prime minister": an official of that
            # nation, whom no source is; not its government, nor its president
            return frozenset(), True
        return ids, True

    def _places_speaking(self, phrase: str, speaker: Sequence[str]) -> set[str]:
        """The place a speaker's words end on, in any of its spellings: "according to the
        UAE", "what did the Emiratis say"; not "what does the Novorossiya narrative claim"."""
        terms = self.lexicon.terms(phrase, keep_own=False)
        if not terms:
            return set()
        last = speaker[-1]
        heads = {terms[-1].word, last, last.removesuffix("s"), phrase}
        heads |= set(self.lexicon.spellings.get(terms[-1].word, ()))
        found = self.store.names.lookup(heads)
        return {w for w, name in found.items() if name.cls is NameClass.PLACE}

    def _speaking_for(self) -> dict[str, frozenset[str]]:
        """For each source, the words that name it as a speaker: those of _naming and, for
        an official in the news, the nation they speak for (names.toml [nationality]): "did
        Kyiv say yes" asks what Zelenskyy says."""
        if self._speakers_of is None:
            named_by = self._naming()
            nations = self.store.names.spoken_for({w for ws in named_by.values() for w in ws})
            self._speakers_of = {}
            for source, named in named_by.items():
                speaks_for = {nations[w] for w in named if w in nations}
                nation = {t.word for n in speaks_for for t in self.lexicon.terms(n, keep_own=False)}
                self._speakers_of[source] = named | nation
        return self._speakers_of

    def search(
        self, query: str, limit: int, *, explain: bool = False, nearest: bool = True
    ) -> Result:
        """The facts that answer query, best first, and when none does, the nearest.

        query: the words as the user wrote them. limit: the most answers to return.
        explain: give each answer its Explanation (how each word met it). nearest: when
        nothing answers, also return up to three facts nearest to answering, each with
        the gate's reasons for refusing it. Whether a fact answers is gate.judge's decision;
        there is no threshold to pass here.
        """
        read = self.read(query)
        if not read.terms:
            return Result([], [], 0)
        unknown = list(read.unknown)
        best = [] if unknown else self.best(read, limit, gated=True)
        ranked = self._matches(read, best, limit, explain)
        if not ranked and not unknown:
            ranked = self._each_of_a_list(read, limit, explain)
        stale: list[Match] = []
        if any(m.fact.status in STALE for m in ranked):
            from conflictfacts import standing  # loaded only when a stale fact comes up

            ranked, stale = standing.settle(ranked, self.store)
        near = stale[:3]
        if not ranked and not near and nearest:
            candidates = self.best(read, 3, gated=False)
            facts = self.store.rows(c.row for c in candidates)
            near = [self._match(read, c, facts[c.row]) for c in candidates]
        return Result(ranked, unknown, len(read.terms), tuple(near))

    def _each_of_a_list(self, read: Query, limit: int, explain: bool) -> list[Match]:
        """A question about several places, or measured things, that no fact answers whole,
        asked once for each of them. They are a list named together ("how much of Luhansk
        and Donetsk does Russia hold", "the coal and gas figures"), or a place the synonym
        table's [wholes] makes up of parts ("how much of the Donbas does Russia hold": of
        Donetsk, and of Luhansk). Each one's best answer, in the question's order, answers
        when gate.judge_list admits them together; [] otherwise."""
        texts = self._one_by_one(read)
        if not texts:
            return []
        firsts: list[Match | None] = []
        for text in texts:
            asked = self.read(text) if text is not None else None
            found = (
                self._matches(asked, self.best(asked, limit, gated=True), limit, explain)
                if asked is not None and not asked.unknown
                else []
            )
            firsts.append(found[0] if found else None)
        answers = [m for m in firsts if m is not None]
        evidence = gate.ListEvidence(
            tuple(m.coverage if m is not None else 0.0 for m in firsts),
            len(answers) == len(firsts) and gate.given_together([m.fact for m in answers]),
        )
        return answers[:limit] if gate.judge_list(evidence).answers else []

    def _one_by_one(self, read: Query) -> list[str | None]:
        """The question asked of each member of the list it names, or of each part of the
        whole it names; [] when it names neither; None for one that cannot be written."""
        members = _a_list(read)
        if members:
            return [
                _without(read.text, [m.term.written for m in members if m is not member])
                for member in members
            ]
        wholes = [
            t for t in read.terms if t.role is Role.NAME and t.term.word in self.lexicon.wholes
        ]
        if len(wholes) != 1 or _asked_apart(read.said) or read.needs & _ASKS_OF_PARTS:
            return []  # "which provinces make up the Donbas": its parts are the answer
        if asks_of_the_whole(read.said):
            return []  # "the Donbas as a whole": its parts' figures are not the whole's
        whole = wholes[0]
        return [
            _replaced(read.text, whole.term.written, part.capitalize())
            for part in self.lexicon.wholes[whole.term.word]
        ]

    def searched(self, query: str) -> tuple[tuple[str, ...], float, float]:
        """For measuring: the ids answering query, best first (ten at most), the first one's
        coverage, and the most coverage a fact refused on coverage alone had."""
        result = self.search(query, 10)
        ranked = tuple(m.fact.id for m in result.matches)
        coverage = result.matches[0].coverage if result.matches else 0.0
        refused = max(
            (m.coverage for m in result.nearest if m.why and m.why.failed == {"coverage"}),
            default=0.0,
        )
        return ranked, coverage, refused

    def _matches(
        self, read: Query, best: Sequence[_Candidate], limit: int, explain: bool
    ) -> list[Match]:
        facts = self.store.rows(c.row for c in best)
        ranked: list[Match] = []
        shown: set[int] = set()
        for candidate in best:
            room = limit - len(ranked)
            if room <= 0:
                break
            if candidate.row in shown:
                continue
            # Figures for the same measure from other documents, dates or sources answer
            # too: the newest first, so that a change or a disagreement shows, within --limit.
            group, total = self.store.figures(candidate.row, room)
            if not group:
                group, total = [(candidate.row, facts[candidate.row])], 1
            # A group cut short fills the limit, so none of its older figures comes up later.
            for row, fact in group:
                scored = candidate if row == candidate.row else self.score(read, row)
                if scored.verdict is None:
                    scored.verdict = gate.judge(self.evidence(read, scored))
                why = _explanation(scored, read) if explain else None
                ranked.append(
                    Match(fact, round(scored.score, 1), why, len(group) - 1, total,
                          round(scored.coverage, 4))
                )  # fmt: skip
                shown.add(row)
        return ranked

    def _match(self, read: Query, candidate: _Candidate, fact: Fact) -> Match:
        """A fact that does not answer, with the gate's reasons in its explanation."""
        if candidate.verdict is None:
            candidate.verdict = gate.judge(self.evidence(read, candidate))
        why = _explanation(candidate, read)
        return Match(fact, round(candidate.score, 1), why, coverage=round(candidate.coverage, 4))

    def bound(self, read: Query, share: float, several: bool) -> float:
        """The most that a fact can score: what pruning may rely on, from the same parts as
        `score`. share: the part of the query's weight the fact holds (0 to 1). several:
        whether it holds more than one query term, so that adjacency can count."""
        return 100 * (
            (SCORE_PARTS["coverage"] + SCORE_PARTS["subject"]) * share
            + (SCORE_PARTS["adjacency"] if several else 0.0)
            + (SCORE_PARTS["form"] if read.asked.forms else 0.0)
            + SCORE_PARTS["actor"]
        )

    def score(self, read: Query, row: int) -> _Candidate:
        """One fact's score against the query, and what the gate needs of its words."""
        return self._scored(read, row, self._codes(read, row))

    def _codes(self, read: Query, row: int) -> list[int]:
        """The posting code in the fact at row of each word each query term meets, in the
        order of the terms and their words; -1 where the fact lacks the word."""
        codes = []
        for term in read.terms:
            for _, _, posting in term.indexed:
                rows = posting.rows
                at = bisect.bisect_left(rows, row)
                codes.append(posting.codes[at] if at < len(rows) and rows[at] == row else -1)
        return codes

    def _rest(self, read: Query) -> Callable[[int], Hashable] | None:
        """For each row, what `score` reads of its fact beyond its words' codes: the kinds of
        answer it gives, and whether its date holds each time the query names. None when
        scoring reads more (an ordinal looks at the words around it; "after" or "before" at
        the event the fact's quote sets it beside, _set_beside; keywords that may name a
        detail of a fact's sentence, _details)."""
        if any(t.term.word in ORDINALS for t in read.terms):
            return None
        if not {"after", "before"}.isdisjoint(read.said):
            return None
        if read.keywords and any(p.held < len(p.rows) for t in read.terms for _, _, p in t.indexed):
            return None  # a word some fact holds only from around it: a detail (_details)
        times = [t for t in read.terms if t.role is Role.TIME]
        kinds = self._kinds() if read.asked.forms else None
        if not times:
            return kinds.__getitem__ if kinds else _nothing
        return lambda row: (
            kinds[row] if kinds else 0,
            *(self._holds_time(read, t, row) for t in times),
        )

    def wordings(self) -> array[int]:
        """For each row, the number of its fact's wording (store.Store.wordings)."""
        if self._wordings is None:
            self._wordings = self.store.wordings()
        return self._wordings

    def _scored(self, read: Query, row: int, found: list[int]) -> _Candidate:
        """The fact at row scored from its codes (`_codes`)."""
        terms = read.terms
        candidate = _Candidate(row, len(terms))
        total = read.total
        codes: list[list[int]] = []
        missing = []
        setting = read.setting
        actor = next((i for i, t in enumerate(terms) if t.role is Role.NAME), -1)
        next_code = iter(found).__next__
        timed = not {"after", "before"}.isdisjoint(read.said)  # "two months after the summit"
        besides: list[bool] = []  # each term's, set beside an event the quote names (_set_beside)
        every_code = [[next_code() for _ in term.indexed] for term in terms]
        details = self._details(read, row, every_code) if read.keywords else frozenset()
        for at, term in enumerate(terms):
            best, own_credit, here = candidate.best[at], 0.0, []
            described = _describes(term.term, read.asked)
            term_codes = every_code[at]
            # Wanting done by a time meets a proposal only in a fact that sets a time limit
            # (_wanting_done): "by what week does Ukraine want talks" is not Ukraine
            # accepting a proposal to host them.
            limited = term.term.word != "want" or any(
                c >= 0 and w == DEADLINE
                for (w, _, _), c in zip(term.indexed, term_codes, strict=True)
            )  # only "want" meets the time limits (_wanting_done): no scan for other words
            for (word, how, posting), code in zip(term.indexed, term_codes, strict=True):
                if code < 0 or (how == "related" and word in _TIME_LIMITS and not limited):
                    continue
                here.append(code)
                where = field(code)
                credit = QUALITY[how] * FIELD_WEIGHTS[where]
                if credit > best[0]:
                    best = (credit, word, how, where)
                # Its own words (Field.own, without the call); who said it names a
                # speaker, not a place: a Ukrainian source does not make it about Ukraine.
                if (
                    where <= Field.STATEMENT
                    or (where is Field.SOURCE and posting.cls != NameClass.PLACE)
                    or (where is Field.QUOTE and described)
                    or where is Field.CONTEXT
                ):  # what "is X a ..." says X is may be in the fact's quote; where the
                    # gathering the fact is on takes place is its own (build.shared_places)
                    own_credit = max(own_credit, credit)
            dated = term.role is Role.TIME and self._holds_time(read, term, row)
            if dated and best[0] < 1.0:
                best = (QUALITY["date"], "", "date", None)
                own_credit = 1.0
            beside = (timed and self._set_beside(read, term, row)) or at in details
            besides.append(beside)
            anchor = beside and _after_or_before(read.said, term) is not None
            if (anchor and best[3] in (Field.QUOTE, Field.CONTEXT)) or at in details:
                # "Trump cut up Donbas after the Alaska summit": a fact its quote sets after
                # the summit holds the summit as fully as the summit's own fact does; so do
                # keywords that name the remark and the summit (_details).
                best = (QUALITY[best[2]] * FIELD_WEIGHTS[Field.STATEMENT], *best[1:])
            candidate.best[at] = best
            candidate.coverage += term.weight * best[0] / total
            if best[3] in _BORROWED:
                candidate.borrowed += term.weight * best[0] / total
            candidate.own += term.weight * own_credit / total
            if any(statement_at(c) != FAR for c in here):
                candidate.stated += term.weight / total
            if (
                best[3] is Field.SUBJECT
                and term.term.word not in setting | {gate.BOTH_SIDES}
                and not anchor  # "after the Alaska summit" sets a time; it is not the topic
            ):
                # The two parties named as a pair set the scene: in "June deadline Ukraine
                # Russia", a subject about them is no more about the deadline.
                candidate.subject += term.weight / total
            elif dated:
                # A time the fact holds for is what it is about, as its subject is: in
                # "Zelensky June deadline", the deadline of June, not pressure after June.
                candidate.subject += term.weight / total
            if (
                term.role is Role.NAME
                and not own_credit
                and term.term.word not in setting
                and not beside
            ):
                missing.append(term.term.written)
            if at == actor:
                # The name begins the statement, or is who said it (and not in the statement):
                # "Zelenskyy said the US ..." and a fact Zelenskyy is the source of are both
                # his, for "Zelensky June deadline".
                candidate.actor = any(
                    statement_at(c) <= 1 or field(c) is Field.SOURCE for c in here
                )
            codes.append(here)
        for at, term in enumerate(terms[:-1]):
            # "the final round" is not the "next" one; "the last round" of a question of
            # what was (LATEST) is not the next either, and may be the "second"
            if term.term.word in _OWN_RANKS and self._ranked_otherwise(term, codes[at + 1], row):
                missing.append(f"{term.term.written} {terms[at + 1].term.written}")
        for kind, place in read.qualified:
            held = codes[kind] and codes[place]
            if (
                held
                and not (
                    _side_by_side(codes[place], codes[kind])
                    or _side_by_side(codes[kind], codes[place])
                )
                and not besides[kind]  # "two months after": both, set beside the summit
            ):  # "the town of Druzhkivka, in the Donetsk region" is not the town of Donetsk
                missing.append(f"{terms[place].term.written} {terms[kind].term.written}")
        candidate.missing = tuple(missing)
        candidate.adjacency = _adjacency(codes)
        candidate.form = self._fits(read, row)
        candidate.score = 100 * (
            # A word held only as context (a place another fact on the gathering gives, a
            # caption's "photo") lets a fact answer; the fact that says it itself ranks first.
            SCORE_PARTS["coverage"] * (candidate.coverage - candidate.borrowed)
            + SCORE_PARTS["subject"] * candidate.subject
            + SCORE_PARTS["adjacency"] * candidate.adjacency
            + (SCORE_PARTS["form"] if candidate.form else 0.0)
            + (SCORE_PARTS["actor"] if candidate.actor else 0.0)
        )
        return candidate

    def _set_beside(self, read: Query, term: QueryTerm, row: int) -> bool:
        """Whether the name stands in the event the question sets its own after or before
        ("what did Trump say after the Alaska summit"), and the fact's quote sets the fact
        after (or before) that event too ("two months after hosting Putin for a summit in
        Alaska"): the name places the fact in time, and need not be its own. So do the
        words of the length of time before "after", when the quote gives the same length;
        a question that gives another ("a year after the summit") sets nothing beside."""
        said, at = read.said, term.term.position
        quote = self._quote_words(row)
        length_of = next(
            (i for i in (at + 1, at + 2) if i < len(said) and said[i] in ("after", "before")), None
        )
        if length_of is not None and _length_before(said, length_of) is not None:
            return _same_length(said, length_of, quote)  # "two months" of "two months after"
        relation = _after_or_before(said, term)
        if relation is None:
            return False
        if relation not in quote:
            return self._dated_from_it(term, row, quote, relation)
        asked_at = max(i for i, w in enumerate(said[:at]) if w == relation)
        if _length_before(said, asked_at) is not None and not _same_length(said, asked_at, quote):
            return False  # "a year after the Alaska summit" is not "two months after" it
        event = " ".join(quote[quote.index(relation) + 1 :][:12])  # "hosting Putin for a ..."
        meant = set(_met(term))  # "Alsaka": Alaska
        return any(t.word in meant for t in self.lexicon.terms(event, keep_own=False))

    def _details(self, read: Query, row: int, codes: Sequence[Sequence[int]]) -> frozenset[int]:
        """In keywords, the terms that the fact at row holds only in its quote, in the time
        clause that sets it after or before an event, where another fact's quote is that
        clause and holds them as its own: "Alaska summit" in the sentence of Trump's remark,
        "two months after hosting Putin for a summit in Alaska". They place the fact in time,
        as "after the Alaska summit" does in a question (_set_beside), when all of these hold:
        - the keywords ask for nothing (a date, a number, who), nor name a unit of the
          calendar without a count ("Alaska summit month Donbas cut up" asks the summit's);
        - the fact holds every other term of the keywords in its own words, but a time:
          the clause's words do not make up for one it lacks ("... partition deal", "...
          percent"), and what the clause says is not the fact's ("Istanbul agreement
          Donetsk hand over", where a swap was agreed in Istanbul a month before);
        - each such term follows another keyword (_after_a_keyword): "cut up Donbas in
          Alaska" did not happen there, and "Trump said Alaska's Donbas ..." is a sentence;
        - the keywords name what the fact is about, in its subject, and a word of its own
          that no other fact says, a name or a word of the synonym table, not plain English,
          both held by the clause's fact only from around it ("Trump Donbas cut up Alaska
          summit": the Donbas, "cut up"; not "Alaska control", "Donbas Alaska", "Putin
          Donbas war", nor "Donbas way Putin");
        - every party the keywords name acts in the fact or said it ("Russia proposal
          Donbas cut up Alaska summit": the remark is Trump's; _others_act);
        - only where or what happened is lifted (_sets_the_scene), not who took part nor a
          stance, a deed, a figure: "Putin comment Donbas cut up summit" still lacks Putin,
          and the remark was not his; nor a word written as a possessive ("Alaska's
          Donbas").
        Nor when another fact holds all the keywords in its own text, quote included: it
        says what they ask (_said_whole_elsewhere).
        A detail of another kind ("a think-tank that partners with the WEF", in the sentence
        of the Donbas's resources) is no time clause: the keywords may ask for its own fact.
        codes: each term's posting codes in the fact (`_codes`), -1 where it lacks them."""
        terms = read.terms
        held = [min((field(c) for c in cs if c >= 0), default=None) for cs in codes]
        if Field.QUOTE not in held or Field.SUBJECT not in held or Field.STATEMENT not in held:
            return frozenset()  # (the cheap test first: most facts stop here)
        owned = possessives(read.text)
        quoted = [
            i
            for i, f in enumerate(held)
            if f is Field.QUOTE
            and _after_a_keyword(read, terms[i].term.position)
            and terms[i].term.position not in owned
            and self._sets_the_scene(terms[i])
        ]
        subject = [i for i, f in enumerate(held) if f is Field.SUBJECT]
        if (
            read.needs
            or _a_unit_uncounted(read.said)
            or any(f is None and t.role is not Role.TIME for t, f in zip(terms, held, strict=True))
            or not quoted
        ):
            return frozenset()
        its_own = [
            i
            for i, f in enumerate(held)
            if f is Field.STATEMENT
            and (
                terms[i].role is Role.NAME
                or any(w in self.lexicon.canonical for w, _, _ in terms[i].indexed)
            )
            and self._sole_holder(terms[i]) == row
        ]
        if not its_own or self._others_act(read, row):
            return frozenset()
        found: set[int] = set()
        clauses: set[int] = set()
        for i in quoted:
            for _, _, posting in terms[i].indexed:
                for other, code in zip(posting.rows, posting.codes, strict=True):
                    if other == row or field(code) > Field.STATEMENT:
                        continue

                    def around(these: list[int], other: int = other) -> bool:
                        return any(self._held_at(terms[j], other) is Field.CONTEXT for j in these)

                    if around(subject) and around(its_own) and self._time_clause_of(row, other):
                        found.add(i)
                        clauses.add(other)
        if found and self._said_whole_elsewhere(read, {row} | clauses):
            return frozenset()
        if any(
            f is not None and f > Field.STATEMENT and t.role is not Role.TIME
            for i, (t, f) in enumerate(zip(terms, held, strict=True))
            if i not in found
        ):
            return frozenset()  # "Istanbul agreement ...": "agreed" is the clause's own claim
        return frozenset(found)

    def _others_act(self, read: Query, row: int) -> bool:
        """Whether the keywords name a party (a person, an organisation, a country) that
        does nothing in the fact and is not who said it: "Russia proposal Donbas cut up
        Alaska summit" names Russia, and the remark is Trump's."""
        facets = self._facet(row)
        acting = (facets.actors - facets.owners) | self._words_of(facets.source)
        held = {w: p.cls for t in read.terms for w, _, p in t.indexed}
        return any(
            self._is_party(w, held) and w not in acting
            for t in read.terms
            if t.role is Role.NAME
            for w, _, _ in t.indexed
        )

    def _said_whole_elsewhere(self, read: Query, besides: set[int]) -> bool:
        """Whether a fact other than those besides holds every term of the query but times
        in its own text, quote included: "Kherson riverbank split Istanbul talks" is a
        plan floated at those talks, where one fact says so, and not a remark made a month
        after them."""
        holding: set[int] | None = None
        for term in sorted(
            (t for t in read.terms if t.role is not Role.TIME),
            key=lambda t: sum(len(p.rows) for _, _, p in t.indexed),
        ):
            rows = {
                r
                for _, _, posting in term.indexed
                for r, code in zip(posting.rows, posting.codes, strict=True)
                if field(code) <= Field.QUOTE and (holding is None or r in holding)
            }
            holding = rows
            if not holding - besides:
                return False
        return bool(holding and holding - besides)

    def _latest_named(
        self, terms: Sequence[QueryTerm], said: Sequence[str]
    ) -> tuple[int, int] | None:
        """The indices among terms of the recency word and the gathering's word, where the
        question names the gathering held most lately (_latest_gathering); None where not,
        or where the gathering's word, or a word between them, is one no fact holds ("the
        last peace conference", "the last secret talks": a gathering the tables may lack)."""
        found = _latest_gathering(said)
        if found is None:
            return None
        recency, gathering = found
        at = next((i for i, t in enumerate(terms) if t.term.position == recency), None)
        held = next(
            (i for i, t in enumerate(terms) if gathering in _positions(t)),
            None,
        )
        if at is None or held is None:
            return None
        named = [t for t in terms if recency < t.term.position <= gathering]
        if any(t.role not in (Role.WORD, Role.NAME) for t in named):
            return None
        return at, held

    def _a_keyword_phrase(
        self, latest: tuple[int, int], terms: Sequence[QueryTerm], said: Sequence[str]
    ) -> bool:
        """Whether the tables' keywords give the recency word with the gathering's word, as
        written or as the synonym table reads them ("previous round"; "the last session" is
        "latest round"), or after "most" ("most recent", kept without the stopword): the
        fact they give it to is named by it, as keywords name facts, and the recency word
        keeps its weight."""
        recency, gathering = (terms[i].term for i in latest)
        noun = words(gathering.written)[-1].removesuffix("s")
        phrases = {
            f"{first} {second}"
            for first in (said[recency.position], recency.word)
            for second in (noun, gathering.word)
        }
        if said[recency.position - 1 : recency.position] == ["most"]:
            phrases.add(said[recency.position])
        return any(len(self.store.keyword_rows(phrase)) > 0 for phrase in phrases)

    def _one_held(self, gathering: QueryTerm) -> bool:
        """Whether the facts whose own words hold the gathering's word, and whose statements
        tell of no gathering still to come, all tell of one gathering: the same day or
        period, in the same place or none. Then "the last round" can only be that one, and
        the recency word need not weigh; with rounds in Geneva and Vienna, or on two days,
        which of them was last is not read from the facts' dates (a fact is dated by its
        claim), and the word keeps its weight. Talks and rounds are one kind of gathering
        (_TALKS: "the second round closed in Vienna" is talks held after those in Geneva);
        a summit another. Read once for each word."""
        word = gathering.term.word
        if word not in self._one_gathering:
            kind = _TALKS if word in _TALKS else {w for w, _, _ in gathering.indexed}
            holding = _in_own_words(p for w in kind if (p := self.postings(w)) is not None)
            seen: tuple[str, str, frozenset[str]] | None = None
            one = True
            for row in sorted(holding):
                facets = self._facet(row)
                told = (facets.first, facets.last, facets.where)
                if told == seen or self._of_a_gathering_to_come(row):
                    continue
                if seen is not None:
                    one = False
                    break
                seen = told
            self._one_gathering[word] = one
        return self._one_gathering[word]

    def _one_of_several(self, read: Query, candidate: _Candidate) -> bool:
        """Whether the fact tells, in its own words, of one of several gatherings held that
        the query's gathering word names (_one_held), while the query asks for the latest
        ("the last round", Query.latest): the facts' dates do not say which was last, so
        none of them answers, unless its own words or keywords hold the recency word ("the
        latest round closed in Vienna")."""
        assert read.latest is not None
        recency, gathering = read.latest
        return (
            candidate.best[gathering][3] in _OWN_FIELDS
            and not self._one_held(read.terms[gathering])
            and not candidate.best[recency][0]
        )

    def _of_a_gathering_to_come(self, row: int) -> bool:
        """Whether the fact's statement tells of a gathering still to come ("the next round
        ... is likely to be held in Miami", "would be the first trilateral discussion"): a
        gathering's word in a statement of what is still to happen."""
        statement = self._statement(row)
        return to_come(statement.text) and any(_a_gathering(w) for w in statement.written)

    def _sets_the_scene(self, term: QueryTerm) -> bool:
        """Whether a term of a time clause may place another fact in time: a place that is
        no country ("Alaska") or a word for what happened ("summit", "hosting"); not who
        took part, or anyone who can take a stance ("Putin", "Ukraine", "the Kremlin"),
        nor a stance or a deed of record ("rejected", "vetoed"), a measured thing or a
        figure, which are the clause's own claim."""
        word = term.term.word
        if term.role is Role.NAME:
            classes = {p.cls for _, _, p in term.indexed}
            return classes == {NameClass.PLACE} and not self._is_nation(word)
        met = {w for w, _, _ in term.indexed} | {word}
        return (
            term.role is Role.WORD
            and not met & (STANCES | ACTS_OF_RECORD)
            and not any(w.startswith("agree") for w in met)  # "agreement": a stance too
            and not any(p.cls == NameClass.MEASURE for _, _, p in term.indexed)
        )

    def _sole_holder(self, term: QueryTerm) -> int | None:
        """The row of the only fact whose own words (subject or statement) hold the term,
        or None: "cut up" is Trump's remark's alone; "war", "control" are many's. Read once
        for each term."""
        key = (term.term.word, term.term.written, tuple(w for w, _, _ in term.indexed))
        if key not in self._sole_holders:
            holders: set[int] = set()
            for _, _, posting in term.indexed:
                for other, code in zip(posting.rows, posting.codes, strict=True):
                    if field(code) <= Field.STATEMENT:
                        holders.add(other)
                        if len(holders) > 1:
                            break
                if len(holders) > 1:
                    break
            if len(self._sole_holders) > HOLDING_KEPT:
                self._sole_holders.clear()  # a long batch keeps what it reads within bounds
            self._sole_holders[key] = next(iter(holders)) if len(holders) == 1 else None
        return self._sole_holders[key]

    def _held_at(self, term: QueryTerm, row: int) -> Field | None:
        """The most telling part of the fact at row that holds the term; None if none does."""
        fields = [field(c) for w, _, _ in term.indexed if (c := self._code(w, row)) is not None]
        return min(fields, default=None)

    def _time_clause_of(self, outer: int, inner: int) -> bool:
        """Whether the quote of the fact at inner is a part of the fact at outer's quote, in
        the same document and not the whole of it, that sets it after or before an event:
        "after" or "before" opens it ("two months after hosting ...")."""
        facts = self.store.rows([outer, inner])
        a, b = facts[outer], facts[inner]
        return (
            a.document == b.document
            and a.start <= b.start
            and b.end <= a.end
            and (a.start, a.end) != (b.start, b.end)
            and not {"after", "before"}.isdisjoint(self._quote_words(inner)[:_CLAUSE_LEAD])
        )

    def _dated_from_it(
        self, term: QueryTerm, row: int, quote: Sequence[str], relation: str
    ) -> bool:
        """Whether the question sets its event before (or after) the one the term stands in
        ("how long before his partition remark did Trump meet Putin"), and the fact is the
        time clause of that event's sentence, the other way round ("two months after hosting
        Putin for a summit in Alaska", in the sentence of the remark), holding the term among
        the words of the sentence around it (Field.CONTEXT)."""
        other = "before" if relation == "after" else "after"
        if other not in quote[:_CLAUSE_LEAD]:
            return False  # not a quote that is only the time clause
        for word in _met(term):
            code = self._code(word, row)
            if code is not None and field(code) is Field.CONTEXT:
                return True
        return False

    def _ranked_otherwise(self, ordinal: QueryTerm, noun: Sequence[int], row: int) -> bool:
        """Whether the fact's statement puts another rank word ("next", "second") just before
        the word that the query's ordinal qualifies ("the first round")."""
        where = {statement_at(c) for c in noun} - {FAR}
        others = _NOT_THE_LATEST if ordinal.term.word == LATEST else _RANKS - {ordinal.term.word}
        for word in others:
            posting = self.postings(word)
            if posting is not None and _holds(posting.rows, row):
                at = statement_at(posting.codes[bisect.bisect_left(posting.rows, row)])
                if at != FAR and any(p - at in (1, 2) for p in where):
                    return True
        return False

    def evidence(self, read: Query, candidate: _Candidate) -> gate.Evidence:
        """What the gate decides on for a scored fact."""
        gives = self._gives(read, candidate.row) if read.needs else frozenset[Form]()
        if all(best[3] is Field.SUBJECT for best in candidate.best) and (
            Form.WHAT_IS not in read.needs or self._defines(read.terms, candidate.row)
        ):
            gives |= {Form.WHAT_IS}  # a fact whose subject is what was asked is about it
        elif Form.WHAT_IS in read.needs and self._titles(read, candidate.row):
            gives |= {Form.WHAT_IS}  # "who is the Ukrainian president": "President Zelenskyy"
        off_time = _phrased(
            read,
            (
                t
                for t, best in zip(read.terms, candidate.best, strict=True)
                if t.role is Role.TIME
                and not (best[0] and not self._after(read, t))
                and not (self._after(read, t) and self._holds_time(read, t, candidate.row))
            ),
        )
        if read.asked.now and self._held_once(candidate.row):
            off_time += (read.asked.now,)  # "what is the Donbas considered today": once
        coming = _coming_gathering(read.terms) or _coming_meeting(read.said)
        if coming and not to_come(self._statement(candidate.row).text):
            off_time += (coming,)  # "which city will host the next round": not the last one
        if read.latest is not None and (
            self._of_a_gathering_to_come(candidate.row) or self._one_of_several(read, candidate)
        ):
            off_time += (_latest_words(read),)  # "the last round": not the next, nor any of two
        at_gatherings = [read.terms[i] for i in read.at_gatherings]
        if at_gatherings and not to_come(read.text) and self._of_a_gathering_to_come(candidate.row):
            # "what did Zelenskyy say at the talks": his word on the next round was not said at
            # one, nor was anything of a round still to come
            off_time += tuple(f"at the {t.term.written}" for t in at_gatherings)
        later = _one_after(read.said)
        if later and " after " not in f" {self._statement(candidate.row).text.lower()} ":
            off_time += (later,)  # "where will the round after next be held": not the next
        if _NEXT_WEEK_ASKED.search(read.text) and not self._says_next_week(candidate.row):
            off_time += ("next week",)  # "do the Americans want everything done by next week"
        missing = self._told_beside(read, candidate.row, candidate.missing)
        if read.located and (where := self._facet(candidate.row).where):
            # "talks in Kyiv" is not answered by talks "in the United States"; "talks in
            # Miami ... held in the US" are, where the document puts that gathering in Miami
            # (Field.CONTEXT) and the question puts it where the fact does too.
            placed = any(v & where for v in read.located.values())
            missing += tuple(
                f"in {k}"
                for k, v in read.located.items()
                if not v & where
                and not (
                    placed
                    and any(
                        (code := self._code(w, candidate.row)) is not None
                        and field(code) is Field.CONTEXT
                        and self._a_venue(w)
                        for w in v
                    )
                )
            )
        missing += tuple(
            f"at the {t.term.written}"
            for t in at_gatherings
            if self._held_at(t, candidate.row) not in _OWN_FIELDS
        )  # "what did Trump say at the summit": his remark is two months after it
        if at_gatherings:
            # "did Trump propose cutting up the Donbas at the summit": the summit's fact holds
            # the remark only from the sentence around its quote, not as done at the summit
            missing += tuple(
                t.term.written
                for t, best in zip(read.terms, candidate.best, strict=True)
                if best[3] is Field.CONTEXT and t.weight and t not in at_gatherings
            )
        missing += self._described_otherwise(read, candidate.row)
        missing += _quality_lacked(read, candidate, self._is_nation)
        missing += _aspect_lacked(read, candidate)
        missing += _scope_lacked(read, candidate)
        missing += self._anothers_words(read, candidate)
        if Form.WHY in read.needs:
            missing += self._in_its_reason(read, candidate.row)
        if Form.SAID_BY in read.asked.forms and (
            whose := _words_talked_about(read.text, read.said)
        ) & self._words_of(self._facet(candidate.row).source):
            # "what did the US say about Zelenskyy's description of the deadline": not
            # Zelenskyy's own words, which are what the question asks another's view of
            missing += (f"what others said of {' '.join(sorted(whose))}'s words",)
        if asks_for_a_think_tank(read.said) and not self._names_a_think_tank(candidate.row):
            missing += ("a think tank",)  # "which think tank ...": not Trump's remark
        if read.agents:
            # "is Ukraine demanding ...": Russia's condition is not Ukraine's demand.
            facets = self._facet(candidate.row)
            taken = facets.agents
            missing += tuple(
                f"{who} {stance}"
                for stance, who in read.agents.items()
                if (
                    taken.get(stance, who) != who
                    and not self._voiced(candidate.row, {who}, {taken[stance]})
                )
                or self._taken_by_none(stance, who, facets, candidate.row)
            )
        asked = {t.term.word for t in read.terms}
        opposed = tuple(
            f"{t.term.written} (it says {OPPOSITES[t.term.word]!r})"
            for t in read.terms
            if self._says_the_opposite(t.term.word, candidate.row)
            # "intense rather than calm": the contrast, not what is asked (_contrasted)
            and not (t.role is Role.ORDINARY and OPPOSITES[t.term.word] in asked)
        ) + tuple(f"{w} (it says it was refused)" for w in self._refused(read, candidate.row))
        other = ""
        if read.actors:
            facets = self._facet(candidate.row)
            actors = facets.actors - facets.owners  # "Ukraine's Donbas": Ukraine does nothing
            other = (
                ", ".join(sorted(actors))
                if actors
                and not actors & read.actors
                and not self._voiced(candidate.row, read.actors, actors)
                and not (_MEETING & set(read.said) and read.actors <= facets.names.keys())
                else ""
            )
        needs = read.needs
        if self._only_to_come(read, candidate.row):
            needs |= {Form.DONE}  # "did the US pressure Ukraine": it "will likely" do so
            gives -= {Form.DONE}
        if asks_if_it_is_so(read.said) and _A_CLAIM.search(self._statement(candidate.row).text):
            needs |= {Form.SO}  # "is southeastern Ukraine historically Russian": a narrative
        return gate.Evidence(
            candidate.coverage,
            read.unknown,
            missing,
            needs,
            gives,
            off_time,
            other,
            opposed,
            self._not_as_asked(read, candidate),
            candidate.borrowed,
            self._swapped(read, candidate),
        )

    def _taken_by_none(self, stance: str, who: str, facets: Facets, row: int) -> bool:
        """Whether the fact's statement names the stance the question gives to who, but
        nobody as taking it, and who does nothing in it ("is Ukraine proposing to end the
        war": Trump said the Donbas should be cut up "as a way to end the war", which Ukraine
        does not propose; Ukraine is only the owner of the Donbas)."""
        if (
            stance in facets.agents
            or who in facets.actors - facets.owners
            or who in facets.agents.values()  # "Ukraine says it will never accept"
            or (who in gate.SETTING and self._code(gate.BOTH_SIDES, row) is not None)
        ):
            return False  # "did Russia and Ukraine agree": "both sides agreed"
        code = self._code(stance, row)
        return code is not None and field(code) is Field.STATEMENT

    def _in_its_reason(self, read: Query, row: int) -> tuple[str, ...]:
        """The words of a why-question that the fact's statement holds only in the reason it
        gives for its claim, where the question holds no word of the claim but names ("why
        has fighting stopped in the Donbas": Trump's cut-up is "a way to end the war"): the
        fact does not say why what its reason names is so."""
        statement = self._statement(row)
        begins = reason_begins(statement.text)
        if begins is None:
            return ()
        reason = len(words(statement.text[:begins]))
        at = {t.term.position: self._stated_at(t, row) for t in read.terms if t.role is Role.WORD}
        if any(where < reason for where in at.values()):
            return ()  # "why did Trump say the Donbas should be cut up to end the war"
        return tuple(
            f"{t.term.written} (only in its reason for another thing)"
            for t in read.terms
            if t.term.position in at and reason <= at[t.term.position] < FAR
        )

    def _voiced(self, row: int, asked: Set[str], doers: Set[str]) -> bool:
        """Whether the person the question makes the doer is who the fact's words are, and
        the doer the fact gives is the nation that person speaks for: "did Zelensky accept
        the US offer" is answered by "Ukraine accepted, Zelenskyy said". Not another
        official of that nation, nor a person who only reported it."""
        source = self._facet(row).source
        speaks_for = self._speaking_for().get(source, frozenset()) - self._words_of(source)
        return bool(asked & self._words_of(source)) and bool(doers & speaks_for)

    def _names_a_think_tank(self, row: int) -> bool:
        """Whether the fact's source or relayer is a think tank, or its own words name one
        ("CIRSD is a think tank that partners with the WEF")."""
        facets = self._facet(row)
        sources = self.store.sources
        tanks = {i for i, s in sources.items() if s.kind is SourceKind.THINK_TANK}
        if {facets.source, facets.reported_by} & tanks:
            return True
        named = self._naming()
        return any(named.get(t, frozenset()) & facets.names.keys() for t in tanks)

    def _told_beside(self, read: Query, row: int, missing: tuple[str, ...]) -> tuple[str, ...]:
        """What the fact lacks, less what a fact quoting the same words from the same source
        holds, when the question asks only who said it: "who is the source for the Donbas
        coal and gas figures" is CIRSD, whose one sentence gives both. The names must be
        asked together ("coal and gas"); the fact must still give the question a name of its
        own that none of those facts holds (the coal); and the question must put no figure
        or amount ("nearly all of"), which one fact alone may hold."""
        if Form.WHO_SAID not in read.needs or not missing:
            return missing
        if any(any(c.isdigit() for c in w) or w in _AMOUNTS for w in read.said):
            return missing  # "which think tank said Russia holds 70% of Luhansk": a claim
        me = self.store.rows([row])[row]
        said = (me.document, me.start, me.end, me.source)
        lacking = [t for t in read.terms if t.term.written in missing]
        said_words = read.said
        if not all(
            "and" in said_words[max(t.term.position - 2, 0) : t.term.position + 3] for t in lacking
        ):
            return missing  # named together: "the coal and gas figures"
        helping: set[int] = set()
        for term in lacking:
            holders = _own_holders(term) - {row}
            if len(holders) > _FEW_BESIDE:
                return missing
            beside = {
                r
                for r, f in self.store.rows(holders).items()
                if (f.document, f.start, f.end, f.source) == said
            }
            if not beside:
                return missing
            helping |= beside
        own_names = [
            holders
            for t in read.terms
            if t.role is Role.NAME and t not in lacking and row in (holders := _own_holders(t))
        ]
        if not any(not holders & helping for holders in own_names):
            return missing  # "the energy Donbas reserves figures": no name of the coal's own
        return ()

    def _anothers_words(self, read: Query, candidate: _Candidate) -> tuple[str, ...]:
        """The question's words the fact holds only in its quote, where another fact that
        quotes the same words states them: they describe that fact's thing, not this one's.
        "Is Donbas gas essential to renewable energy": the quote's "essential to renewable
        energy technologies" is the critical minerals' (their fact says so), not the gas
        fields'. A word of the quote that no fact states is context any of them may use."""
        if Form.WHO_SAID in read.needs:
            return ()  # "which think tank supplied the figures on Donbas resources": all of it
        row = candidate.row
        borrowed = [
            term
            for at, term in enumerate(read.terms)
            if candidate.best[at][3] is Field.QUOTE
            and term.role is not Role.NAME
            and not {term.term.word, term.term.written} & _OF_ANY_THING
        ]
        if not borrowed:
            return ()
        me = self.store.rows([row])[row]
        quoted = (me.document, me.start, me.end)
        lacking = []
        for term in borrowed:
            holders = _own_holders(term) - {row}
            if holders and any(
                (f.document, f.start, f.end) == quoted for f in self.store.rows(holders).values()
            ):
                lacking.append(f"{term.term.written} (another fact's words)")
        return tuple(lacking)

    def _swapped(self, read: Query, candidate: _Candidate) -> tuple[str, ...]:
        """The question's common English words that stand where the fact has a word like
        them, as "Will the US host the next round of tanks": the fact's "round of talks".
        Such a word is another word, not a slip (a rarer one is: "the next round of talsk"),
        so the fact is about something else. Stand where: the question's word is not the
        fact's, and is next to one that is (a word or two apart), and the fact has, as far
        from that word on the same side, a word of its own the question lacks. Like: the
        same first letter and at most a third of the letters differing (_SWAP_LIKE), and not
        another form of it ("used": "uses") or of the table's word for it ("hold": "host",
        which the table reads as "held"). A word within a name ("sets": the United
        "States") is the name's."""
        row, terms, best = candidate.row, read.terms, candidate.best
        asked = {b[1] for b in best if b[0] > 0} | {t.term.word for t in terms} | set(read.said)
        subject = self.lexicon.terms(self.store.rows([row])[row].subject, keep_own=True)
        stem = self.lexicon.stem

        def alike(word: str, other: str) -> bool:
            return _looks_like(word, other, _SWAP_LIKE) and not (
                stem(word).startswith(stem(other)) or stem(other).startswith(stem(word))
            )

        found: list[tuple[str, str]] = []
        for at, term in enumerate(terms):
            written = term.term.written.lower()
            if (
                best[at][0] > 0
                or term.role not in (Role.WORD, Role.ORDINARY)
                or written in _OF_ANY_THING  # "Donetsk control amount": "around 70%"
                or not self.store.names.frequent([written], COMMON)
            ):
                continue
            for beside in (at - 1, at + 1):
                if not 0 <= beside < len(terms) or best[beside][3] not in _OWN_TEXT:
                    continue
                apart = term.term.position - terms[beside].term.position
                if best[beside][0] > 0 and 0 < abs(apart) <= _SWAP_REACH:
                    for own in (subject, self._statement(row).terms):
                        found += _in_its_place(own, best[beside][1], apart, asked, written, alike)
        return tuple(dict.fromkeys(f"{w!r} (it says {f!r})" for w, f in found))

    def _not_as_asked(self, read: Query, candidate: _Candidate) -> tuple[str, ...]:
        """What the question names that the fact holds, but not in the part the question
        gives it:
        - the name "is X a ..." asks what it is, held only as who said the fact ("is ISW a
          Russian think tank": ISW is the source of the Donetsk figure) or not as what the
          fact says something is ("is the WEF a think tank": CIRSD is one, and partners
          with the WEF);
        - the judgement a yes-or-no question asks for, held only as another word of its
          stem ("is the occupation justified": a narrative used "to justify" it);
        - what the question sets apart, as the fact's subject ("apart from coal and gas,
          what other resources": the coal figure);
        - the name a stance is taken towards, which the fact says takes it ("who is
          pressing Moscow to withdraw": Russia's condition)."""
        row = candidate.row
        found = [
            f"{t.term.written!r} only as who said it, not as what it is about"
            if best[3] is None or best[3] > Field.STATEMENT
            else f"{t.term.written!r}, but does not say what it is"
            for t, best in zip(read.terms, candidate.best, strict=True)
            if t.term.position == read.asked.identity
            and t.role is Role.NAME
            and (
                best[3] is None
                or best[3] > Field.STATEMENT
                or (self._of_a_kind(read) and not self._defines([t], row))
            )
        ]
        if read.asked.predicate is not None:
            judgement = read.said[read.asked.predicate]
            if judgement in JUDGEMENTS and not self._judges(judgement, row):
                found.append(f"{judgement!r} not as its own judgement")
        # A word of the question met only in the quote the fact shares: what that quote
        # says of someone set apart is no answer ("excluding the WEF, who partners with
        # CIRSD": the coal figure's quote names CIRSD's partner, the WEF); a measured thing
        # it lists beside the fact's own ("besides coal and gas") is another matter.
        quoted = any(best[3] is Field.QUOTE for best in candidate.best)
        found += [
            f"{w!r}, which the question sets apart, as what it is about"
            for w in sorted(read.apart)
            if (code := self._code(w, row)) is not None
            # "which country besides Ukraine", "who besides CIRSD"; held as context too:
            # "who besides Ukraine accepted": the next round, which Ukraine accepted
            and (
                field(code).own
                or field(code) is Field.CONTEXT
                or (
                    quoted
                    and field(code) is Field.QUOTE
                    and self._name_class(w) in (NameClass.PERSON, NameClass.ORGANISATION)
                )
            )
        ]
        found += self._qualified_otherwise(read, candidate)
        found += self._whose_otherwise(read, candidate.row)
        found += self._anchor_held(read, candidate)
        found += self._roles_swapped(read, candidate.row)
        found += self._done_to_another(read, candidate.row)
        if read.objects:
            taken = self._facet(row).agents
            found += [
                f"{who!r} as who takes the stance ({s}), not as who it is taken towards"
                for s, who in read.objects
                if taken.get(s) == who
            ]
        return tuple(found)

    def _restates(self, read: Query, row: int) -> bool:
        """Whether the fact's own words hold every word of the question that facts hold:
        then it restates what "why" takes as given ("why is the ISW based in the US": "ISW
        is a US-based think tank"), and explains nothing."""
        content = [t for t in read.terms if t.role in (Role.NAME, Role.WORD) and t.indexed]
        return bool(content) and all(
            any(
                (code := self._code(w, row)) is not None and field(code).own
                for w, _, _ in t.indexed
            )
            for t in content
        )

    def _anchor_held(self, read: Query, candidate: _Candidate) -> list[str]:
        """The event the question sets what it asks about before or after, held as the
        fact's own: "what was agreed before the Abu Dhabi talks" is not told by what was
        agreed at them, nor "who did Trump host after his cut-up remark" by the remark. A
        name of the event that the fact lacks ("which round came before the Miami round")
        leaves it free; so does a quote that sets the fact beside the event ("two months
        after hosting Putin for a summit in Alaska"); and so does any name of the event that
        the fact does not hold as its own, or, where the event has no name, any of its words
        ("his cut-up comment")."""
        held = [
            (t, best)
            for t, best in zip(read.terms, candidate.best, strict=True)
            if t.term.position in read.asked.anchored and t.role in (Role.NAME, Role.WORD)
        ]
        lead = _leading_run([t for t, _ in held])  # "the evacuation" of "... in Druzhkivka"
        if any(t.role is Role.NAME for t, _ in held):  # "the round after Abu Dhabi produce"
            held = [(t, best) for t, best in held if t.role is Role.NAME]
        own = [t for t, best in held if best[3] is not None and best[3].own]
        if not own or len(own) < len(held):
            return []
        if all(self._set_beside(read, t, candidate.row) for t in lead):
            return []  # "two months after hosting Putin for a summit in Alaska"
        if self._told_beside_it(read, lead, candidate.row):
            return []  # "evacuated a wounded civilian after Russian shelling": told so
        event = " ".join(t.term.written for t in own)
        return [f"{event!r} as its own event, not as the one the question sets its own beside"]

    def _doers(self, read: Query, row: int, facets: Facets, known: Set[str]) -> Set[str]:
        """Who in the fact does what the question asks who did, leaving out the names the
        question gives or that say who said it (known). Where the question names a deed
        (Asked.deed) and the statement holds it, the names (or "both sides") before it
        ("Russia shelled the town", "Washington's proposal to host the talks", "both sides
        agreed on a major prisoner exchange"), or just after it and "by". Not one after it,
        the actor of another deed ("paramedics evacuated a civilian after Russian
        shelling": Russia shelled, and did not evacuate), which "which brigade evacuated
        the civilian" asks too (_which_did). Else the fact's actors: where the question
        names no deed, or the statement tells it in other words ("who suggested carving up
        the Donbas": Trump said it should be), or the question asks whom it was done to
        ("who is being pressed by Russia")."""
        actors = facets.actors - known
        at = read.asked.deed
        if at is None and (at := _which_did(read.said)) is not None:
            named = {t.term.position for t in read.terms if t.term.word in read.names}
            at = None if at in named else at  # "which side will Russia pressure": no deed
        deed = {t.term.word for t in read.terms if t.term.position == at}
        statement = self._statement(row)
        root = _verb_root(read.said[at]) if at is not None else ""  # "evacuated": "evacuat"
        done = [
            t.position
            for t in statement.terms
            if t.word in deed or (len(root) >= _ROOT_LEAST and t.written.startswith(root))
        ]
        if not done or (at is not None and read.said[at + 1 : at + 2] == ("by",)):
            return actors  # told in other words, or asked in the passive: "who is pressed by"
        written = statement.written
        return {
            t.word
            for t in statement.terms
            if t.word in (actors | facets.names.keys() | {gate.BOTH_SIDES}) - known
            and any(
                t.position < d
                or (0 < t.position - d <= _DEED_REACH and "by" in written[d : t.position])
                for d in done
            )
        }

    def _done_by_people(self, read: Query, row: int) -> bool:
        """Whether the fact's doer is people named by what they are, at its opening, whom
        the question does not name, doing the deed the question asks who did: the verb just
        after them is the question's deed (Asked.deed). "Military paramedics evacuated ..."
        answers "who evacuated the wounded civilian", as a person or body would; not "which
        unit shelled Druzhkivka", nor "who attacked the medics who evacuated a civilian"."""
        at = read.asked.deed
        deed = [t.term.word for t in read.terms if t.term.position == at]
        if not deed or (read.said[0] == "which" and read.said[1] not in _WHICH_PEOPLE):
            return False  # "which brigade evacuated the civilian": paramedics are none
        asked = {t.term.word for t in read.terms}
        terms = self._statement(row).terms
        return any(
            t.position <= _SUBJECT_WORDS
            and t.written in _PEOPLE
            and t.word not in asked
            and any(d.position == t.position + 1 and d.word == deed[0] for d in terms)
            for t in terms
        )

    def _done_to_another(self, read: Query, row: int) -> list[str]:
        """What a passive yes-or-no question makes whom its deed was done to ("was
        Druzhkivka evacuated", "were the residents evacuated"), when the fact says the deed
        was done to something else, named right after its verb ("evacuated a wounded
        civilian ... in Druzhkivka"): the town was not evacuated. A deed the fact names with
        no such object ("after Russian shelling in the town of Druzhkivka") still answers
        "was Druzhkivka shelled"."""
        said, at = read.said, read.asked.claimed
        if at is None or said[0] not in _PASSIVE_OPENINGS or not said[at].endswith("ed"):
            return []
        root = said[at][:-2].rstrip("e")
        subject = [
            t for t in read.terms if 0 < t.term.position < at and t.role in (Role.NAME, Role.WORD)
        ]
        statement = self._statement(row)
        written = statement.written
        verb = next(
            (i for i, w in enumerate(written) if len(root) >= 4 and w.startswith(root)), None
        )
        if not subject or verb is None or f"-{written[verb]}" in statement.text.lower():
            return []  # "US-brokered talks": a word of the talks, not a deed done to them
        done_to: list[str] = []
        for w in written[verb + 1 : verb + 5]:
            if w in _PREPOSITIONS or (not done_to and w in ("after", "as", "and", "but")):
                break
            if w not in ARTICLES:
                done_to.append(w)
        if not done_to or any(
            t.term.written.rstrip("s") in " ".join(done_to) or t.term.word in done_to
            for t in subject
        ):
            return []
        return [
            f"{t.term.written!r} not as what it was done to (it was done to: {' '.join(done_to)})"
            for t in subject[:1]
        ]

    def _roles_swapped(self, read: Query, row: int) -> list[str]:
        """Whom a "who" question asks a deed was done to, as the fact's doer ("who hosted
        Trump": Trump hosted Putin); or who the question says did it, not as the doer ("who
        was hosted by Putin": Trump was the host). A name is read by the fact's doers; any
        word by where the fact's statement puts it: at its opening, just before the deed, the
        doer ("who evacuated the paramedics": the paramedics evacuated a civilian); after the
        deed, or further on where the statement does not name the deed in the question's
        words, whom it was done to ("whom did the civilian rescue")."""
        facets = self._facet(row)
        doers = facets.actors - facets.owners
        asked = read.asked
        deed = next((t for t in read.terms if t.term.position == asked.done_what), None)
        statement = self._statement(row)
        deed_at = self._stated_at(deed, row) if deed is not None else FAR
        if deed is not None and deed_at == FAR:  # "rescue": "evacuated", its form or synonym
            root = _verb_root(deed.term.written.lower())
            spelled = {_verb_root(w) for w, _, _ in deed.indexed} | {root}
            deed_at = next(
                (
                    i
                    for i, w in enumerate(statement.written)
                    if any(_alike(_verb_root(w), r) for r in spelled)
                ),
                FAR,
            )
        passive = _PASSIVE.search(statement.text) is not None
        # "evacuated", "is pressing": a verb, whose doer stands before it; not a noun
        # ("a prisoner exchange", "after Russian shelling"), before which stands what it is of
        verb = deed_at < len(statement.written) and (
            statement.written[deed_at].endswith("ed")
            or statement.written[deed_at - 1 : deed_at] in (["is"], ["are"], ["was"], ["were"])
        )
        found = []
        # "who hosted Trump": a fact that does not say who hosted anyone tells nobody
        if (
            deed is not None
            and deed.role is not Role.ORDINARY
            and deed_at == FAR
            and all(self._code(w, row) is None for w, _, _ in deed.indexed)
            and not self._says_the_deed(deed.term.written, row)
        ):
            found.append(f"{deed.term.written!r} nowhere, the deed it asks who did")
        for t in read.terms:
            if t.term.position not in (asked.done_to, asked.done_by) or not t.indexed:
                continue
            meant = set(_met(t))
            at = self._stated_at(t, row)
            placed = FAR not in (at, deed_at) and not passive and verb
            if t.term.position == asked.done_to and (
                (t.role is Role.NAME and meant & doers)
                or (placed and at < deed_at <= at + 2 and at <= _SUBJECT_WORDS)
            ):
                found.append(f"{t.term.written!r} as who does the deed, not as whom it is done to")
            elif t.term.position == asked.done_by and (
                (t.role is Role.NAME and meant & facets.names.keys() and not meant & doers)
                or (placed and at > deed_at)
                or (deed_at == FAR and at != FAR and at > _SUBJECT_WORDS and not passive)
            ):
                found.append(f"{t.term.written!r}, but not as who does the deed")
        return found

    def _told_beside_it(self, read: Query, event: Sequence[QueryTerm], row: int) -> bool:
        """Whether the fact's own words set it beside the event the way the question does:
        "what followed the Russian shelling" is told by "evacuated ... after Russian
        shelling", whose event follows "after" within a few words."""
        start = min(read.asked.anchored)
        asked = {_RELATED_AS.get(w) for w in read.said[max(start - 3, 0) : start]} - {None}
        said = [*self._statement(row).written, *self._quote_words(row)]
        meant = [set(_met(t)) for t in event]
        for at, word in enumerate(said):
            if _RELATED_AS.get(word) not in asked or word in _ONLY_IN_A_QUESTION:
                continue
            window = " ".join(said[at + 1 : at + 9])
            held = {t.word for t in self.lexicon.terms(window, keep_own=True)}
            if all(m & held for m in meant):
                return True
        return False

    def _a_venue(self, word: str) -> bool:
        """Whether some fact puts something in the place ("likely to be held in Miami"), not
        only names it ("Washington's proposal")."""
        posting = self.postings(word)
        return posting is not None and any(word in self._facet(r).where for r in posting.rows)

    def _says_the_deed(self, written: str, row: int) -> bool:
        """Whether the fact's statement or quote holds the deed in another form of the verb
        ("pressed", "pressured": "is pressing")."""
        root = _verb_root(written.lower())
        said = [*self._statement(row).written, *self._quote_words(row)]
        return any(_alike(_verb_root(w), root) for w in said)

    def _stated_at(self, term: QueryTerm, row: int) -> int:
        """The first position in the fact's statement of a word the term meets; FAR when the
        statement holds none."""
        codes = [self._code(w, row) for w, _, _ in term.indexed]
        return min((statement_at(c) for c in codes if c is not None), default=FAR)

    @staticmethod
    def _of_a_kind(read: Query) -> bool:
        """Whether "is X a ..." asks which kind X is ("is the WEF a think tank"), which only a
        statement of what X is says; "is Miami the likely venue" asks of one role, which a
        fact that puts the talks in Miami says."""
        at = read.asked.description
        return at is not None and read.said[at - 1 : at] in (("a",), ("an",))

    def _qualified_otherwise(self, read: Query, candidate: _Candidate) -> list[str]:
        """The question's word for a kind, before a word the fact holds ("agricultural
        heartland", "territorial exchange", "grass fields"), where the fact does not hold that
        word and has another before it ("industrial heartland", "prisoner exchange", "gas
        fields"); a grade ("major", "key") or a party ("Ukraine's gas fields") before it in
        the fact is passed over. A word of kind ends as one does ("-al", "-ic"); any other
        word is one only against a measured thing (_another_measured_kind)."""
        said = list(read.said)
        found = []
        pairs = zip(read.terms, candidate.best, read.terms[1:], strict=False)
        for at, (m, best, h) in enumerate(pairs):
            size = len(words(m.term.written))
            if (
                (best[0] and best[3] is not None and best[3].own)  # the fact's own word
                or (read.latest is not None and at == read.latest[0])  # "the previous round"
                or m.role not in (Role.ORDINARY, Role.WORD)
                or said[m.term.position] in GRADES
                or h.term.position != m.term.position + size
                or not h.indexed
            ):
                continue
            kinds = self._another_measured_kind(read, m, bool(best[0]), h, candidate.row)
            if not kinds and _KIND_WORD.search(said[m.term.position]):
                before = [
                    b
                    for b in self._words_before(h, candidate.row)
                    if b not in GRADES and not self._names_a_party(b)
                ]  # "Ukraine's gas fields", "Russian lands": whose, not which kind
                if all(b not in STOPWORDS and not _VERB_ENDING.search(b) for b in before):
                    kinds = before
            if kinds:
                found.append(
                    f"{h.term.written!r} as {kinds[0]!r} {h.term.written}, "
                    f"not {m.term.written} {h.term.written}"
                )
        return found

    def _named_in_it(self, read: Query, row: int, naming: re.Match[str]) -> bool:
        """Whether what a question asks the name of is what the statement names: a name the
        question gives stands in the statement before its words for a name ("The Donbas
        was once considered Ukraine's industrial heartland" tells what the Donbas was known
        as, not what Ukraine was), or after "refers to" up to an "of" ("The Donbas refers
        collectively to the Luhansk and Donetsk oblasts of Ukraine": what Luhansk and
        Donetsk together are called, not Ukraine). A question that gives no name asks of
        any. What something was once known as ("formerly", "in the past") is told only by a
        statement that says so ("was once considered"; not "refers to")."""
        asked = {w for t in read.terms if t.role is Role.NAME for w, _, _ in t.indexed}
        statement = self._statement(row)
        if _ONCE.search(read.text) and not _ONCE.search(statement.text):
            return False
        before = len(words(statement.text[: naming.start()]))
        bearers = range(before)
        if naming[0].startswith("refer"):
            after = statement.written[before:]
            bearers = range(before + after.index("of") if "of" in after else len(after) + before)
        return not asked or any(t.word in asked and t.position in bearers for t in statement.terms)

    def _whose_otherwise(self, read: Query, row: int) -> list[str]:
        """A party the question puts right before a thing ("did Russian paramedics
        evacuate a civilian"), where the fact's statement names that party too, but puts
        another word before the thing ("Military paramedics evacuated a wounded civilian
        after Russian shelling"): the fact does not say the thing is that party's. Not
        where the fact puts a party, a stopword or a figure before the thing ("Ukraine's gas
        fields", "a deadline"), nor a word it puts after the party ("a US-based think
        tank")."""
        found = []
        statement = self._statement(row)
        for party, thing in zip(read.terms, read.terms[1:], strict=False):
            if (
                thing.term.position != party.term.position + len(words(party.term.written))
                or not thing.indexed
                or not _names_a_party(party)
                or not _an_adjective_of(party.term)  # "Russian", not "Donbas share"
            ):
                continue
            named = {w for w, _, _ in party.indexed}
            # the thing the fact puts the party's adjective on ("Russian shelling"); not a
            # people doing something ("The Americans want a clear schedule")
            after = [
                statement.written[t.position + 1]
                for t in statement.terms
                if t.word in named
                and _an_adjective_of(t)
                and t.position + 1 < len(statement.written)
            ]
            if not after:
                continue
            before = self._words_before(thing, row)
            if before and not any(
                b in STOPWORDS or not b.isalpha() or b in after or self._names_a_party(b)
                for b in before
            ):
                found.append(
                    f"{thing.term.written!r} as {before[0]} {thing.term.written}, and "
                    f"{party.term.written!r} of another thing"
                )
        return found

    def _another_measured_kind(
        self, read: Query, kind: QueryTerm, held: bool, noun: QueryTerm, row: int
    ) -> list[str]:
        """The measured things the fact names as the kind of a noun ("gas fields", "coal
        reserves", "deposits of critical minerals"), where the question puts another word
        before that noun ("grass fields", "offshore reserves"); [] where it does not. held:
        whether the fact holds the question's word. Each of these holds:
        - the fact's measured thing stands alone before the noun, after a stopword, a grade
          or a party ("Ukraine's gas fields"; not "renewable energy technologies"), or after
          it and "of";
        - the question holds none of them ("known reserves of coal"), and the fact does not
          hold the question's word, even in its quote ("paramedics evacuate civilian");
        - the question's word is no possessive ("the region's resources"), no tail of a
          compound whose head is a grade ("large-scale"; "rare-earth deposits" is a kind),
          and no word that may be a verb ("holds", "farming");
        - it is no rarer word a slip from the fact's ("cole", "col": coal; the same first
          letter, and at most half its letters differ); common English ("grass") is meant
          as written."""
        written = kind.term.written
        last = kind.term.position + len(words(written)) - 1
        if (
            held  # the fact's own word, wherever it holds it
            or last in possessives(read.text)
            or _after_a_hyphen(written, read.text)
            or _MAY_BE_A_VERB.search(written)
        ):
            return []
        kinds = self._measured_kinds(noun, row)
        asked = {t.term.word for t in read.terms} | set(read.said)
        if not kinds or asked & set(kinds):
            return []
        slip = any(_looks_like(written, k, _SLIPS_ON_A_KIND) for k in kinds)
        return kinds if not slip or self.store.names.frequent([written], COMMON) else []

    def _measured_kinds(self, noun: QueryTerm, row: int) -> list[str]:
        """The measured things the fact's statement names as the noun's kind: alone just
        before it ("Ukraine's gas fields"), or within two words after it and "of" ("deposits
        of critical minerals")."""
        matched = {w for w, _, _ in noun.indexed}
        statement = self._statement(row)
        written = statement.written
        spots = [t.position for t in statement.terms if t.word in matched]
        near = []
        for at in spots:
            if at >= 1 and (at < 2 or self._sets_no_kind(written[at - 2])):
                near.append(written[at - 1])
            if written[at + 1 : at + 2] == ["of"]:
                near += written[at + 2 : at + 4]
        known = self.store.names.lookup(near)
        return [w for w in near if w in known and known[w].cls is NameClass.MEASURE]

    def _sets_no_kind(self, word: str) -> bool:
        """Whether a fact's word before a measured thing leaves it the whole of the kind:
        a stopword, a grade, a figure or a party ("the", "major", "Ukraine's")."""
        return word in STOPWORDS or word in GRADES or word.isdigit() or self._names_a_party(word)

    def _names_a_party(self, word: str) -> bool:
        """Whether a fact's word is a place, person or organisation, or its adjective."""
        spelled = [word, *(t.word for t in self.lexicon.terms(word, keep_own=False))]
        known = self.store.names.lookup(spelled).values()
        return any(n.cls in _PARTIES for n in known) or _DEMONYM.search(word) is not None

    def _words_before(self, term: QueryTerm, row: int) -> list[str]:
        """The word just before each place the fact's statement holds the term."""
        matched = {w for w, _, _ in term.indexed}
        statement = self._statement(row)
        written = statement.written
        found = []
        for t in statement.terms:
            phrase = words(t.written)
            if t.word not in matched:
                continue
            if len(phrase) > 1 and self.lexicon.stem(phrase[-1]) == t.word:
                # "critical minerals", one term for minerals: "critical" is before it
                found.append(phrase[-2])
            elif t.position > 0:
                found.append(written[t.position - 1])
        return found

    def _only_to_come(self, read: Query, row: int) -> bool:
        """Whether "did X <verb>" (or "is X already <verb>ing") is put to
        a fact that says X will, would or may <verb>: the verb after the asked one's name,
        found in the statement just after a modal."""
        actor = read.asked.actor
        said = list(read.said)
        if actor is None or not (
            said[:1] == ["did"]
            or said[:2] in (["what", "did"], ["which", "did"])
            or _asks_a_deed_now(said)
        ):
            return False
        if Form.SAID_BY in read.asked.forms:
            return False  # "what did the president of Ukraine say about ...": a saying, not a deed
        verb = next(
            (
                t
                for t in read.terms
                if t.term.position > actor
                and not _names_something(t)
                and t.term.word not in BY_NOW  # "is the US already pressuring"
            ),
            None,
        )
        # "will never accept" is a refusal, which answers "did Kyiv accept"; "uses it to
        # justify" is a purpose, which answers "is Moscow justifying"
        modal = _MODAL - {"to"} if _asks_a_deed_now(said) else _MODAL
        return verb is not None and any(
            modal & b and not NEGATIONS & b for b in self._before(verb, row)
        )

    def _refused(self, read: Query, row: int) -> tuple[str, ...]:
        """The stances a question asks what was taken ("what did they agree on") that the
        fact says were refused ("will never accept"): it answers "did they agree", not
        what they agreed on."""
        said = list(read.said)
        if said[:1] not in (["what"], ["which"]) or NEGATIONS & set(said):
            return ()
        return tuple(
            t.term.written
            for t in read.terms
            if t.term.word == "accept"
            and (before := self._before(t, row))
            and all(NEGATIONS & b for b in before)
        )

    def _before(self, term: QueryTerm, row: int) -> list[set[str]]:
        """For each place the fact's statement holds the term, the three words before it."""
        matched = {w for w, _, _ in term.indexed}
        if not matched:
            return []
        statement = self._statement(row)
        return [
            set(statement.written[max(0, t.position - 3) : t.position])
            for t in statement.terms
            if t.word in matched
        ]

    def _around(self, read: Query, row: int, where: frozenset[str]) -> frozenset[str]:
        """Of the places where, those the fact names after the place "where is X" asks about
        ("Druzhkivka, in the Donetsk region": Donetsk for Druzhkivka, not Druzhkivka for
        Donetsk); all of them when the fact does not name X in its statement, and none when
        X is a capital the fact names only as its government ("where is Kyiv")."""
        statement = self._statement(row)
        named = [t for t in read.terms if t.term.position == read.asked.placed]
        if any(
            t.term.synonym
            and self._is_nation(t.term.word)
            and t.term.written not in " ".join(statement.written)
            for t in named
        ):
            return frozenset()
        asked = {w for t in named for w, _, _ in t.indexed}
        at: dict[str, list[int]] = {}
        for term in statement.terms:
            at.setdefault(term.word, []).append(term.position)
        first = min((p for w in asked for p in at.get(w, ())), default=None)
        if first is None:
            return where
        return frozenset(w for w in where if any(p > first for p in at.get(w, ())))

    def _titles(self, read: Query, row: int) -> bool:
        """Whether the question asks who one person is (_who_one_is), and the fact's quote
        names that person with an office just before the name ("Ukrainian President
        Volodymyr Zelenskyy said"): it says who the Ukrainian president is, and who
        Zelenskyy is."""
        person = _who_one_is(read)
        if not person:
            return False
        quote = self._quote_words(row)
        named = [
            t.position
            for t in self.lexicon.terms(" ".join(quote), keep_own=False)
            if t.word == person
        ]
        return any(set(quote[max(at - 3, 0) : at]) & OFFICES for at in named)

    def _defines(self, terms: Sequence[QueryTerm], row: int) -> bool:
        """Whether the fact's statement says what the asked thing is: it stands before the
        statement's first "is", "refers to", "holds" ("The Donbas refers collectively to",
        "CIRSD is a think tank"), not merely somewhere in it ("talks concluded in Abu
        Dhabi" does not say what Abu Dhabi is)."""
        statement = self.store.rows([row])[row].statement
        verb = _DEFINING.search(statement)
        if verb is None:
            return False
        head = {t.word for t in self.lexicon.terms(statement[: verb.start()], keep_own=True)}
        return any(w in head for t in terms for w, _, _ in t.indexed)

    def _says_next_week(self, row: int) -> bool:
        """Whether the fact's own words (statement or quote) say "next week": the only way a
        fact holds that time, which the question counts from the report, not from today."""
        return _NEXT_WEEK in pairwise(self._statement(row).written) or _NEXT_WEEK in pairwise(
            self._quote_words(row)
        )

    def _quote_words(self, row: int) -> list[str]:
        """The words of the fact's quote at row, read once."""
        if row not in self._quotes:
            self._quotes[row] = words(self.store.rows([row])[row].quote)
        return self._quotes[row]

    def _statement(self, row: int) -> _Statement:
        """The fact's statement at row, its words and its terms, read once."""
        if row not in self._statements:
            text = self.store.rows([row])[row].statement
            terms = self.lexicon.terms(text, keep_own=True)
            self._statements[row] = _Statement(text, words(text), terms)
        return self._statements[row]

    def _counted_by_rank(self, read: Query, row: int, answers: Answers) -> bool:
        """Whether the fact counts what "how many" asks by the rank of the last one held:
        "how many rounds of talks have been held" is answered by "the second round ...
        concluded". Not by a rank still to come ("would mark the first trilateral
        discussion in the US"), nor for a question about what will be, nor for the ones
        held in a place: the rank counts all of them."""
        kind = read.asked.kind
        if kind is None or Form.FORECAST in read.asked.forms or self._in_a_place(read):
            return False  # "how many rounds were held in the Gulf": not every round
        if not answers & Answers.DONE or answers & Answers.FORECAST:
            return False
        counted = next((t for t in read.terms if t.term.position == kind), None)
        if counted is None:
            return False
        statement = self._statement(row)
        ranked = {t.position + 1 for t in statement.terms if t.word in ORDINALS}
        return any(t.word == counted.term.word and t.position in ranked for t in statement.terms)

    @staticmethod
    def _in_a_place(read: Query) -> bool:
        """Whether the question puts what it asks about in a place ("held in Abu Dhabi",
        "in the Gulf"): a name just after a word that locates."""
        said = read.said
        return any(
            t.role is Role.NAME
            and _LOCATIVE & set(said[max(t.term.position - 3, 0) : t.term.position])
            for t in read.terms
        )

    def _held_once(self, row: int) -> bool:
        """Whether the fact says it held only in the past ("once considered", "formerly")."""
        return bool(_ONCE.search(self.store.rows([row])[row].date_text))

    def _judges(self, judgement: str, row: int) -> bool:
        """Whether the fact makes the judgement in its own words, or its opposite ("fair",
        "unfair"): "is the occupation justified" is not answered by a narrative used "to
        justify" it."""
        fact = self.store.rows([row])[row]
        said = set(words(f"{fact.statement} {fact.quote}"))
        bare = _JUDGED_NOT.sub("", judgement)
        return any(w == judgement or _JUDGED_NOT.sub("", w) == bare for w in said)

    def _code(self, word: str, row: int) -> int | None:
        """The postings code of word in the fact at row; None when the fact lacks it."""
        posting = self.postings(word)
        if posting is None:
            return None
        at = bisect.bisect_left(posting.rows, row)
        return posting.codes[at] if at < len(posting.rows) and posting.rows[at] == row else None

    def _says_the_opposite(self, word: str, row: int) -> bool:
        """Whether the fact says the opposite of word (lexicon.OPPOSITES) and not word
        itself. A fact that says both, as "will never accept" holds "accept" within a
        refusal, is left to answer: "did Kyiv accept?" is answered by its refusal."""
        other = OPPOSITES.get(word)
        if other is None or self._code(other, row) is None:
            return False
        return self._code(word, row) is None

    def _dated_text(self, row: int) -> str:
        """The fact's date words and statement, where a time of day would be given."""
        fact = self.store.rows([row])[row]
        return f"{fact.date_text} {fact.statement}"

    def _facet(self, row: int) -> Facets:
        if row not in self._facets:
            self._facets[row] = self.store.facets(row)
        return self._facets[row]

    def _kinds(self) -> array[int]:
        """For each row, the kinds of question its fact answers (store.Store.answers)."""
        if self._answers is None:
            self._answers = self.store.answers()
        return self._answers

    def _answers_of(self, row: int) -> Answers:
        return Answers(self._kinds()[row])

    def _gives(self, read: Query, row: int) -> frozenset[Form]:
        """The forms of question the fact at row can answer."""
        facets = self._facet(row)
        gives = set()
        answers = self._answers_of(row)
        if answers & Answers.HOW_MUCH:
            gives.add(Form.HOW_MUCH)
        if answers & Answers.COUNT or (
            Form.HOW_MANY in read.needs and self._counted_by_rank(read, row, answers)
        ):
            gives.add(Form.HOW_MANY)
            gives.add(Form.HOW_MUCH)
        if answers & Answers.INTERVAL:
            gives.add(Form.INTERVAL)
        if answers & Answers.NEGATED:
            gives.add(Form.NOT)
        if answers & Answers.WHEN:  # the source's own words for a date, not an "as of"
            gives.add(Form.WHEN)
        if (facets.actors - facets.owners - facets.where) & read.actors:
            gives.add(Form.ROLE)  # the subject does something here, not only hosts it
        # Who said it is not who did it: "Zelenskyy said the US set a deadline" does not
        # answer "which official set the deadline" with Zelenskyy.
        speaking = set().union(*(self._words_of(s) for s in (facets.source, facets.reported_by)))
        # A name the question puts up as its answer ("..., Miami?") is not one it gives.
        given = read.names.keys() - read.guessed
        others = {w: c for w, c in facets.names.items() if w not in given}
        actors = {w: c for w, c in others.items() if w not in speaking}
        # "Miami talks city": a town the keywords name answers which town, as no other does
        where = facets.where - (given if read.asked.town is None else set())
        if read.asked.placed is not None:
            where = self._around(read, row, where)
        if read.place_acts:  # "which region holds over half of the coal": the Donbas does
            where |= {w for w, c in others.items() if c == NameClass.PLACE} - gate.SETTING
        if Form.WHERE_TO in read.needs and _TAKEN_TO.search(self._statement(row).text):
            gives.add(Form.WHERE_TO)  # "evacuated to Kramatorsk": where to, read once
            where |= {w for w, c in others.items() if c == NameClass.PLACE}
        if read.in_a_country:  # "which city": the United States is no answer, nor Alaska
            where = frozenset(w for w in where if not self._is_country(w) and not self._is_state(w))
        if read.guessed:
            where &= read.guessed_places  # "..., Miami?": the place put up must be the fact's
        if where:
            gives.add(Form.WHERE)
        someone = {NameClass.PERSON, NameClass.ORGANISATION} & set(actors.values())
        # The one put up ("who set the June deadline, Russia?") must be the one who does
        # what the fact tells: the US set it; Russia was given it.
        confirmed = not read.guessed or not read.guessed.isdisjoint(
            facets.actors | set(facets.agents.values())
        )
        # A place answers "who" as a party that does something ("which side": Russia is
        # pressing), not as where it happened ("which unit shelled Druzhkivka").
        if confirmed and (
            someone
            or self._doers(read, row, facets, given | speaking)
            or self._done_by_people(read, row)
        ):
            gives.add(Form.WHO)
        if confirmed and someone:
            gives.add(Form.WHICH_PERSON)
        if answers & Answers.WHEN and facets.first == facets.last:
            gives.add(Form.DAY)
        if Form.CLOCK in read.needs and _CLOCK_TIME.search(self._dated_text(row)):
            gives.add(Form.CLOCK)  # "at 16:56", "at noon": a time of day
        speakers = {s for s in (facets.source, facets.reported_by) if s}
        named = self.store.sources
        if any(s in named and named[s].kind is not SourceKind.DOCUMENT for s in speakers):
            gives.add(Form.WHO_SAID)
        said_by = speakers & read.speakers
        if facets.source in said_by and SPEECH & set(read.said) and self._credit(row):
            said_by -= {facets.source}  # "what did the police say": not a photo they provided
        if said_by:
            gives.add(Form.SAID_BY)
        if read.needs & _ONE_OF_A_KIND:
            # Who did it may be who said it ("which organisation called for cutting up the
            # Donbas" is asked of Trump, whose remark names him); a nation acts through its
            # government, an organisation ("which body will pressure both sides": the Trump
            # administration); the war's two parties set every fact's scene, and do not.
            doing = {
                NameClass.ORGANISATION
                if c == NameClass.PLACE and self._is_nation(w)
                else NameClass(c)
                for w, c in others.items()
                if w not in gate.SETTING
            }
            reporting = Form.RELAYED in read.needs or not _REPORTING.isdisjoint(read.said)
            voices = [facets.source, facets.reported_by] if reporting else [facets.source]
            gives |= _one_of_a_kind_given(
                read.needs, [named[s].kind for s in voices if s in named], doing
            )
        if facets.reported_by:
            gives.add(Form.RELAYED)
        if answers & Answers.DONE:
            gives.add(Form.DONE)
        if any(s in named and named[s].kind is SourceKind.PERSON for s in speakers):
            gives.add(Form.PHOTOGRAPHER)  # a person credited, who may have taken it
        if answers & Answers.FORECAST:
            gives.add(Form.FORECAST)
        if read.needs & _READ_THE_FACT:
            gives |= self._read_gives(read, row, facets, actors, answers)
        return frozenset(gives)

    def _read_gives(
        self, read: Query, row: int, facets: Facets, actors: dict[str, str], answers: Answers
    ) -> set[Form]:
        """The forms a fact gives that its own words decide (_READ_THE_FACT), the fact read
        once for them all."""
        fact = self.store.rows([row])[row]
        gives = set()
        if (
            answers & Answers.FORECAST
            or set(facets.agents.values()) & read.actors
            or (facets.actors & read.actors and to_come(fact.statement))
        ):
            gives.add(Form.STANCE)  # a forecast, the party's stance, or what it is to do
        if not to_come(fact.statement) and (gives_result(fact.statement) or fact.value is not None):
            gives.add(Form.OUTCOME)  # what came of it, not only that it took place
        if fact.value is not None and gives_pace(fact.statement, fact.unit):
            gives.add(Form.RATE)
        if fact.value is not None and not fact.qualifier:
            gives.add(Form.EXACT)  # "over 50 per cent" is no exact figure
        if fact.value is not None:  # "more than 70%": settled by 70% or "over 70%" alone
            gives |= _settles(fact.qualifier)
        if fact.kind is Kind.STATEMENT and fact.date:
            gives.add(Form.SAID_WHEN)
        cause = gives_cause(fact.statement, read.said)
        if cause:
            gives.add(Form.CAUSE)
        if cause or (answers & Answers.WHAT_IS and not self._restates(read, row)):
            gives.add(Form.WHY)  # a reason, or context that explains
        elif NOTABLE & set(read.said) and _DISTINCTION.search(fact.statement):
            gives.add(Form.WHY)  # "why is the Miami meeting notable": the first in the US
        if _ENDED.search(fact.statement):
            gives.add(Form.ENDED)
        if _gives_a_length(fact):
            gives.add(Form.DURATION)
        if fact.kind is Kind.DEADLINE or _OBLIGING.search(fact.statement):
            gives.add(Form.OBLIGED)  # a deadline set for a party is what it must meet
        if _PERMITTING.search(fact.statement):
            gives.add(Form.PERMITTED)
        if fact.value is not None and fact.unit in _MONEY_UNITS:
            gives.add(Form.PRICE)
        if _A_RECORD.search(f"{fact.subject} {fact.statement}"):
            gives.add(Form.RECORD)
        if not _HEDGED.search(fact.statement):
            gives.add(Form.CONFIRMED)  # "confirmed as the venue": not "likely to be held"
        if _NEARBY.search(fact.statement):
            gives.add(Form.NEAR)  # "40 km from", "bordering": how far, or what is next to it
        if (naming := _NAMING.search(fact.statement)) and self._named_in_it(read, row, naming):
            gives.add(Form.NAMED)  # "the 'Novorossiya' narrative", "refers to"
        if any(
            _spells_out(fact.statement, t.term.written)
            or (fact.subject.casefold() == t.term.word and _spells_out(fact.quote, t.term.written))
            for t in read.terms
            if t.role is Role.NAME
        ):
            # "the Institute for the Study of War (ISW)", in its statement, or in the quote of
            # a fact about the letters; not in a quote shared by a fact on coal
            gives.add(Form.SPELLED_OUT)
        if _WHOLE.search(fact.statement) or (fact.value == 100 and not fact.qualifier):
            gives.add(Form.WHOLLY)  # "controls all of": not "around 70%", nor "nearly all"
        universal = _AT_ALL_TIMES if "always" in read.said else _OF_EVERY_ONE
        if universal.search(fact.statement):
            gives.add(Form.UNIVERSAL)  # "has Russia always": not "nearly all of Luhansk"
        if _SOLE.search(fact.statement):
            gives.add(Form.ONLY)
        if _ADVISED.search(fact.statement):
            gives.add(Form.ADVICE)
        if _CONDITIONAL.search(fact.statement):
            gives.add(Form.CONDITION)
        if _SEQUENCE.search(fact.statement):
            gives.add(Form.SEQUENCE)
        if Form.MANNER in read.needs and (
            _BY_MEANS.search(fact.statement)
            or (_HARMED_BY.search(fact.statement) and _asks_of_harm(read.said))
        ):
            gives.add(Form.MANNER)  # "how was the civilian wounded": after shelling
        if Form.WHICH in read.needs and self._names_which(read, row, fact, actors, answers):
            gives.add(Form.WHICH)
        return gives

    def _names_which(
        self, read: Query, row: int, fact: Fact, named: dict[str, str], answers: Answers
    ) -> bool:
        """Whether the fact says which ones of a kind. It does when it
        - names a place, person or organisation that the question does not, other than the
          war's parties and who said it (not a place when the kind is a measured thing:
          Abu Dhabi does not say "which prisoners");
        - names a measured thing in its subject, what it is about ("farmland" for "what
          natural resources", not the "energy" that minerals are for);
        - gives a figure, unless towns or cities are asked for (a date says when, not which);
        - or ranks it: an ordinal before a word of the question ("the second round").
        It does not when the question asks the parts of a place the table gives none of."""
        subject = fact.subject
        if read.undivided:
            return False  # "which oblasts make up Luhansk": the table names no parts of it
        if read.kind_described is not None:
            described = _describes_members(read.kind_described, fact.statement)
            if described is not None:
                return described
        if read.in_a_country:  # "which towns": "the Donetsk region" names none
            named = {w: c for w, c in named.items() if w not in self._regions(fact)}
        kinds = {c for w, c in named.items() if w not in gate.SETTING}
        members = kinds - ({NameClass.PLACE} if read.of_measured else set())
        if (answers & Answers.HOW_MUCH and not read.in_a_country) or members:
            return True  # a figure is no town: "which towns" is not answered by "70%"
        asked = {t.term.word for t in read.terms} | {w for t in read.terms for w, _, _ in t.indexed}
        said = {self.lexicon.stem(w) for w in words(subject)} - asked
        measured = self.store.names.lookup(said)
        if any(n.cls is NameClass.MEASURE for n in measured.values()):
            return True
        ranked = {
            statement_at(code) + 1
            for w in ORDINALS - asked
            if (code := self._code(w, row)) is not None and statement_at(code) != FAR
        }
        return any(
            (code := self._code(w, row)) is not None and statement_at(code) in ranked
            for t in read.terms
            for w, _, _ in t.indexed
        )

    def _credit(self, row: int) -> bool:
        """Whether the fact's source is named only in a credit that closes its quote ("...
        Donetsk region. (Ukrainian Police Press Service via AP)"): it provided a picture,
        and said nothing."""
        fact = self.store.rows([row])[row]
        credit = _CLOSING_CREDIT.search(fact.quote)
        return credit is not None and bool(
            re.search(rf"\b{re.escape(fact.source)}\b", credit[1], re.I)
        )

    def _regions(self, fact: Fact) -> set[str]:
        """The places a fact's statement names as regions ("the Donetsk region", "Luhansk
        oblast"): no answer to "which town" or "which city"."""
        terms = self.lexicon.terms(fact.statement, keep_own=False)
        return {
            t.word
            for t, after in pairwise(terms)
            if after.word == "oblast" and after.position == t.position + 1
        }

    def _fits(self, read: Query, row: int) -> bool:
        """Whether the fact is the kind the question asks for: a definition for "what is",
        a value for "how much", a date for "when"."""
        forms = read.asked.forms
        if not forms:
            return False
        answers = self._answers_of(row)
        return bool(
            (Form.WHAT_IS in forms and answers & Answers.WHAT_IS)
            or (Form.HOW_MUCH in forms and answers & Answers.HOW_MUCH)
            or (Form.INTERVAL in forms and answers & Answers.INTERVAL)
            or (Form.WHEN in forms and answers & Answers.WHEN)
            or (Form.WHERE in forms and answers & Answers.WHERE)
        )

    def _after(self, read: Query, term: QueryTerm) -> bool:
        """Whether the term names a time after or before which the question asks ("after
        June", "before the war"), a year's end ("by the end of 2026"), or a time counted from
        today ("next summer"): the word itself in a fact does not meet it, only a date past
        it, before it, in that December or in those months."""
        time = read.asked.time_words.get(term.term.word)
        return time is not None and (
            time.after or time.before or time.closing or time.event or time.counted or time.reported
        )

    def _holds_time(self, read: Query, term: QueryTerm, row: int) -> bool:
        """Whether the fact's date covers the time the term names."""
        if row not in self._days:
            self._days.update(self.store.days([row]))
        first, last = self._days[row]
        time = read.asked.time_words[term.term.word]
        if time.reported:
            if self._reported is None:
                self._reported = self.store.report_days()
            day = self._reported.get(row, "")
            if (time, day) not in self._seasons:
                self._seasons[time, day] = reported_season(time, day)
            reported = self._seasons[time, day]
            if reported is None:
                return False  # no day of its report: "last autumn" is no time of its own
            time = reported
        if time.day is not None and ".." in self.store.rows([row])[row].date:
            return False  # "on 7 February 2026": "on or before" that day is not on it
        first, last = first or last, last or first
        if time.until is not None and not self._answers_of(row) & Answers.WHEN:
            return False  # a season is met by a date the fact gives, not the day it holds as of
        return bool(first) and _overlaps(time, first, last)

    def best(self, read: Query, limit: int, *, gated: bool) -> list[_Candidate]:
        """The `limit` facts of highest score among those the gate admits; with gated
        False, among all facts that hold a query word (the nearest, for refusals).

        Facts are taken in groups by which query terms they hold, the group that could score
        most first; a group that cannot beat the current top `limit` is never read, so a
        common word does not mean scoring a fifth of the table. The answer is the one that
        scoring every fact would give (tests/test_search.py checks it).
        """
        terms = read.terms
        total = read.total
        grouped = [i for i, t in enumerate(terms) if t.indexed and t.role is not Role.TIME]
        if not grouped:
            grouped = [i for i, t in enumerate(terms) if t.indexed]
        # A time the query names counts for any fact whose date holds it: every group may
        # have its weight.
        loose = sum(
            t.weight for i, t in enumerate(terms) if t.role is Role.TIME and i not in grouped
        )
        # `about` admits no fact without these, in any field, nor one without the gathering
        # the question places what was said or done at (Query.at_gatherings).
        names = {i for i in grouped if terms[i].role is Role.NAME} - {
            i for i in grouped if terms[i].term.word in read.setting
        }
        placed = {
            i: _in_own_words(p for _, _, p in terms[i].indexed)
            for i in grouped
            if gated and i in read.at_gatherings
        }  # the rows that hold the gathering in their own words: the others are refused
        names |= placed.keys()
        count = len(grouped)

        def share(group: int) -> float:
            held = sum(terms[grouped[i]].weight for i in range(count) if group >> i & 1)
            return (held + loose) / total if total else 0.0

        def admitted(group: int) -> bool:
            held = {grouped[i] for i in range(count) if group >> i & 1}
            return not gated or (names <= held and share(group) >= gate.THRESHOLD)

        if count <= _MOST_GROUPED:
            groups = [g for g in range(1, 1 << count) if admitted(g)]
        else:  # too many terms to take each combination apart: one group per term
            groups = [1 << i for i in range(count)]
        groups.sort(key=share, reverse=True)
        top: list[_Candidate] = []
        seen: set[int] = set()
        alike = _Alike(self, read)
        timed = any(t.role is Role.TIME for t in terms)
        for group in groups:
            held = [grouped[i] for i in range(count) if group >> i & 1]
            # A lone-term group (many terms) stands for every fact holding that term.
            most = self.bound(read, share(group) if count <= _MOST_GROUPED else 1.0, count > 1)
            if len(top) >= limit and most < top[-1].score:
                continue  # this group's best could not even tie the last of the top
            holding = sorted(
                (placed[i] if i in placed else self._holders(terms[i]) for i in held), key=len
            )
            rows = sorted(holding[0].intersection(*holding[1:]) - seen)
            for at, row in enumerate(rows):
                if timed and at % _DAYS_READ == 0:  # the days of the rows ahead, at once
                    if len(self._days) > HOLDING_KEPT:
                        self._days.clear()  # a long batch keeps what it reads within bounds
                    ahead = rows[at : at + _DAYS_READ]
                    self._days.update(self.store.days(r for r in ahead if r not in self._days))
                if len(top) >= limit and _cannot_displace(top[-1], most, row):
                    break  # later rows of this group can at best tie, and lose on order
                seen.add(row)
                candidate = alike.score(row)
                if candidate.row != row:  # scored as a fact alike: read no more of it
                    if len(top) >= limit and _ranks_after(candidate, row, top[-1]):
                        continue
                    candidate = candidate.alike(row)
                if len(top) >= limit and rank_key(candidate) >= rank_key(top[-1]):
                    continue
                if gated:
                    candidate.verdict = gate.judge(self.evidence(read, candidate))
                    if not candidate.verdict.answers:
                        continue
                bisect.insort(top, candidate, key=rank_key)
                del top[limit:]
        return top


_DISTINCTION = re.compile(
    r"\b(?:first|largest|biggest|record|only|highest|unprecedented|heaviest)\b", re.I
)
"""A statement's words for what sets something apart: "the first trilateral discussion"."""


_OF_ANY_THING = frozenset(
    """
    percent per cent percentage share proportion part portion fraction amount number figure
    figures total resource resources
    """.split()
)
"""Words of a quote that ask how much of a thing, or name things in general ("what share",
"fuel resources"): no one fact's, though another fact quoting the same words states them."""
_AMOUNTS = frozenset(
    "all most half nearly almost over under majority entire whole entirely fully partly "
    "percent per cent share quarter third fifth none".split()
)
"""Words that put a figure to a claim ("nearly all of Luhansk"): a claim one fact alone may
make (Index._told_beside)."""


def _positions(term: QueryTerm) -> range:
    """The positions in the query's words that a term stands at: one for a word, more for
    a phrase ("abu dhabi")."""
    return range(term.term.position, term.term.position + len(words(term.term.written)))


def _in_own_words(postings: Iterable[Posting]) -> frozenset[int]:
    """The rows whose own words (subject, statement, who said it: _OWN_FIELDS) hold a word
    of these postings."""
    return frozenset(
        row
        for posting in postings
        for row, code in zip(posting.rows, posting.codes, strict=True)
        if field(code) in _OWN_FIELDS
    )


def _own_holders(term: QueryTerm) -> set[int]:
    """The rows that hold the term in their own subject or statement."""
    return {
        r
        for _, _, posting in term.indexed
        for r, code in zip(posting.rows, posting.codes, strict=True)
        if field(code) <= Field.STATEMENT
    }


def _controls(term: Term) -> bool:
    """Whether a query word says who controls (or annexed) a place, and says only that
    ("does Russia control Druzhkivka", "was it captured", "in Russian hands"): a fact must
    say so too, not merely name the place."""
    return term.word in ("control", "annex") and term.written not in _CONTROL_LOOSELY


_NEARBY = re.compile(
    r"\b(?:\d[\d,.]*\s*(?:km|kilomet\w*|miles?)|border(?:s|ing|ed)?|adjacent|next to|"
    r"near(?:by|est)?|neighbou?r\w*|close to)\b",
    re.I,
)
"""Words by which a statement gives a distance, or what lies next to a place."""

_FEW_BESIDE = 64
"""Up to this many facts holding a word the fact lacks are read to find one quoting the
same words (Index._told_beside); a word more facts hold is no detail of one sentence."""

_READ_THE_FACT = frozenset(
    {Form.STANCE, Form.OUTCOME, Form.RATE, Form.WHICH, Form.EXACT, Form.WHY, Form.SAID_WHEN,
     Form.ENDED, Form.SEQUENCE, Form.ADVICE, Form.ABOVE, Form.BELOW, Form.RECORD, Form.UNIVERSAL,
     Form.ONLY,
     Form.CONFIRMED, Form.NEAR, Form.WHOLLY, Form.NAMED, Form.SPELLED_OUT,
     Form.CONDITION, Form.CAUSE, Form.DURATION, Form.OBLIGED, Form.PERMITTED, Form.PRICE,
     Form.MANNER}
)  # fmt: skip
"""Forms whose gate reads the fact's statement or subject, not only its stored flags."""

_DIRECTIONS = frozenset(
    """
    north south east west northern southern eastern western central northeastern northwestern
    southeastern southwestern northeast northwest southeast southwest
    """.split()
)
"""Where a part of a place lies ("northern Ukraine", "the western region")."""
_PLACE_DIRECTIONS = _DIRECTIONS - {"east", "eastern", "west", "western"}
"""Directions that, by themselves, name a part of a place ("withdraw from the north"): one no
fact holds is a place no fact names. Not east, which the synonym table reads as the Donbas
("pull out east"), nor west, which is also the Western countries ("the deadline set by the
West")."""
PLACE_KINDS = (
    frozenset("city town village settlement oblast region province district municipality".split())
    | _DIRECTIONS
)
"""Kinds and parts of place, as written ("territory", which the synonym table also reads as
oblast, is not one: "US territory" is the United States)."""


_INCLUDING = frozenset(
    "include includes included including contain contains contained cover covers covered "
    "encompass encompasses encompassed".split()
)
"""Verbs whose object is a place as such: "does the Donbas include Kyiv" asks of the city."""
_PART_OF = ("part", "of")
"""After a capital, what makes it the place ("is Kyiv part of the Donbas")."""


def _phrases_after(said: Sequence[str], at: int) -> tuple[tuple[str, ...], ...]:
    """The two words after the word at `at`, and the two after an article there."""
    after = said[at + 1 :]
    return (tuple(after[:2]), tuple(after[1:3]) if after[:1] and after[0] in ARTICLES else ())


def _included(said: Sequence[str], at: int) -> bool:
    """Whether the question asks whether the name at `at` is included: "does the Donbas
    include Kyiv", "is Kyiv part of the Donbas"."""
    return (at > 0 and said[at - 1] in _INCLUDING) or _PART_OF in _phrases_after(said, at)


_CLOSING_CREDIT = re.compile(r"\(([^()]*\b(?:via|photo|Photo|PHOTO)\b[^()]*)\)\s*$")
"""A picture's credit in brackets that closes a quote: "(Ukrainian Police Press Service via
AP)", "(AP Photo/...)"; not a name's letters, "(ISW)"."""


_GROUND_NOUNS = frozenset(
    "region oblast province heartland coal gas reserves fields deposits minerals".split()
)
"""Nouns after a capital that make it ground ("Kyiv region", "Kyiv coal reserves"), not its
government; not "territory" or "land", which its government demands ("Moscow territory
demand")."""
_GROUND_PREDICATES = (
    _GROUND_NOUNS
    | _DIRECTIONS
    | frozenset("land lands territory part historically once located occupied controlled held "
                "hands rich".split())
)  # fmt: skip
"""What may follow a capital that a question opens with "is" or "was", within three words,
to ask of the ground: "was Kyiv once the industrial heartland", "is Moscow historically
Ukrainian land", "is Kyiv in Russian hands", "is Kyiv rich in coal" (not "is Kyiv ready to
cede land"); "in" right after it before a place ("is Kyiv in eastern Ukraine", not "is Kyiv
in favour"); "under" before a hold on ground (_HELD_UNDER: "is Kyiv under Russian control",
not "under US pressure")."""
_HELD_UNDER = frozenset("control occupation rule siege attack".split())
_TAKING = frozenset(
    "control controls controlled hold holds held occupy occupies occupied capture captures "
    "captured seize seizes seized take takes took taken".split()
)
"""Verbs whose object is ground: "does Russia control Kyiv", "has Russia captured Kyiv"."""


def _as_ground(said: Sequence[str], at: int, is_place: Callable[[str], bool]) -> bool:
    """Whether the question names the capital at `at` as ground: before a noun of ground or
    resources ("Kyiv coal reserves", "Kyiv region"), as what is held or taken ("does Russia
    control Kyiv"), or as what a question opening with "is" or "was" asks of by a place's
    predicate (_GROUND_PREDICATES)."""
    after = said[at + 1 : at + 2]
    if after and after[0] in _GROUND_NOUNS:
        return True
    if at > 0 and said[at - 1] in _TAKING:
        return True
    if not (said[:1] in (["is"], ["was"]) and at == 1 + (said[1:2] == ["the"]) and after):
        return False
    if after[0] == "in":
        place = said[at + 2 + (said[at + 2 : at + 3] == ["the"]) :][:1]
        if place and (place[0] in _DIRECTIONS or is_place(place[0])):
            return True
    if after[0] == "under":
        return bool(_HELD_UNDER & set(said[at + 2 : at + 5]))
    return bool(_GROUND_PREDICATES & set(said[at + 1 : at + 4]))


def _in_or_out_of(said: Sequence[str], at: int, every: Sequence[Term]) -> bool:
    """Whether the query puts something in the place at `at` ("talks in Kyiv") or takes it
    out ("withdraw its troops from Kyiv"): a "from" after withdrawing, not any "from"
    ("pressure from Washington" is its government's), nor one after a stance that comes
    after the withdrawal ("what concession is Moscow demanding from Kyiv": of Kyiv's
    government)."""
    if _LOCATIVE & set(said[max(at - 2, 0) : at]):
        return True
    withdrawing = any(
        t.word == "withdraw"
        and at - 6 <= t.position < at
        and not any(u.word in STANCES and t.position < u.position < at for u in every)
        for t in every
    )
    return at > 0 and said[at - 1] == "from" and withdrawing


_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b(?:a\.m\.|p\.m\.|noon|midnight|o'clock)", re.I)
"""A time of day in a fact's date words or statement: "at 16:56", "at noon"."""


_ONLY_AKIN = frozenset({"inflection", "derived", "verb form", "related", "prefix"})
"""Ways a word meets the table's words that do not make it the table's word ("Economics":
"economic"), unlike the word itself, its synonym or a slip on it ("Tramp": Trump)."""


class _Capitalised(NamedTuple):
    """What a query's capitals say of its words, folded as words() folds them."""

    words: frozenset[str]
    """Those written with a capital, but its first: what may be names."""
    acronyms: frozenset[str]
    """Those written in capitals alone, that name a body ("ISIS")."""
    runs: tuple[tuple[str, ...], ...]
    """The words of each run of words written with a capital side by side, in a query that
    does not capitalise each word: maybe a name of several words ("Human Rights Watch",
    "Nikki Haley"), whatever English words spell it."""
    titled: bool
    """Whether the query capitalises each of its longer words, as a title does ("Donbas Coal
    Reserves Share"): then a capital says nothing of a word."""


_STRESSED = frozenset(
    "full only must ever very true real fake sure huge big any new old bad good all now yes "
    "not most more less still just even".split()
)
"""Short words written in capitals for stress ("the FULL Donbas", "is it TRUE"), not names."""


def _capitalised(query: str) -> _Capitalised:
    """The query's words written with a capital (_Capitalised). Its acronyms are words of two
    to four letters written all in capitals ("ISIS", "NATO") in a query that is not, but for
    words written so for stress (_STRESSED)."""
    said = query.split()
    capital = frozenset(w for token in said[1:] if token[:1].isupper() for w in words(token))
    shouting = not any(c.islower() for c in query)
    acronyms = frozenset(
        w
        for token in said
        if not shouting
        and (bare := token.strip(".,;:!?\"'()")).isalpha()
        and bare.isupper()
        and 2 <= len(bare) <= 4  # "ISIS", "NATO" name bodies; "TOTAL", "REALLY" are stressed
        and bare.lower() not in _STRESSED
        for w in words(bare)
    )
    return _Capitalised(capital, acronyms, _capitalised_runs(said), _titled(said))


_NAME_JOINS = frozenset({"of", "for", "the", "and", "on"})
"""Small words inside a name of several words: "School of Economics", "Institute for the
Study of War"."""


def _titled(said: Sequence[str]) -> bool:
    """Whether the query capitalises each of its longer words, as a title does ("Donbas Coal
    Reserves Share", "Latest Figures from ISW")."""
    bare = [token.strip(".,;:!?\"'()") for token in said]
    long = [b for b in bare if len(b) >= 4 and b.isalpha() and b.lower() not in STOPWORDS]
    return all(b[:1].isupper() for b in long)


def _capitalised_runs(said: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """The words of each of the query's runs of two or more words written with a capital,
    small words between them aside (_Capitalised.runs); none in a query that capitalises
    each of its longer words (_titled)."""
    if _titled(said):
        return ()  # written in capitals word by word, as a title is
    bare = [token.strip(".,;:!?\"'()") for token in said]
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for at, b in enumerate([*bare, ""]):
        label = at < len(said) and said[at].endswith(":")  # "Check: Russia is ...": a label
        if b[:1].isupper() and not b.isupper() and b.isalpha() and not label:  # not "REALLY"
            run.append(b)
        elif b.lower() in _NAME_JOINS and run and at > 1:
            continue  # "School of Economics": "of" inside the name, not "Name the Florida"
        else:
            if len(run) >= 2:
                runs.append(tuple(w for r in run for w in words(r)))
            run = []
    return tuple(runs)


_EACH_APART = frozenset(
    "each separately respectively individually apiece versus vs compare compared comparison".split()
)
"""Words by which places named together are asked of one by one, or set against each
other: then they are not the whole they make up."""
_COMPARATIVES = frozenset("more less fewer most least bigger larger smaller higher lower".split())


def _leading_run(terms: Sequence[QueryTerm]) -> list[QueryTerm]:
    """The first words of an event, those in a row from its first ("the Russian shelling"
    of "the Russian shelling in Druzhkivka", "the evacuation" of "the evacuation in
    Druzhkivka"): what names the event, not where or in what it was."""
    ordered = sorted(terms, key=lambda t: t.term.position)
    run = ordered[:1]
    for term in ordered[1:]:
        if term.term.position != run[-1].term.position + 1:
            break
        run.append(term)
    return run


def _asked_apart(said: Sequence[str]) -> bool:
    """Whether the question asks of places one by one, or which of them has more ("which of
    Luhansk and Donetsk has more coal"), rather than of them together ("more than half of
    the coal lies in Luhansk and Donetsk")."""
    return bool(_EACH_APART & set(said)) or ("which" in said and bool(_COMPARATIVES & set(said)))


def _mended(query: str, terms: Sequence[QueryTerm]) -> str:
    """The query with each word matched only as a slip on a word of the table written as
    that word ("is Ukrane pressing Rusia": "is ukraine pressing russia")."""
    fixes = {
        t.term.written.lower(): t.indexed[0][0]
        for t in terms
        if t.indexed
        and all(how == "spelling" or how.endswith(("typo", "typos")) for _, how, _ in t.indexed)
        and " " not in t.term.written
    }
    if not fixes:
        return query
    return re.sub(r"[\w’'-]+", lambda m: fixes.get(m[0].lower(), m[0]), query)


_JOINING = frozenset({"and", "oblast", "oblasts", "region", "regions", "province", "provinces"})
"""Words that may stand between places named together: "Donetsk and Luhansk", "the
Donetsk region and Luhansk"."""


def _named_together(positions: Sequence[int], said: Sequence[str]) -> bool:
    """Whether the words at positions (in order) are named together: nothing but _JOINING
    words between each and the next."""
    return all(set(said[a + 1 : b]) <= _JOINING for a, b in pairwise(positions))


def _qualified_places(
    terms: list[QueryTerm], said: Sequence[str], nation: Callable[[str], bool]
) -> tuple[list[QueryTerm], tuple[tuple[int, int], ...]]:
    """A kind of place beside a place's name ("Donetsk city", "the city of Luhansk") is part
    of the name: a fact about the Donetsk oblast does not answer for the city. The kind must
    then be in the answer's own words, as a name is, and beside that name; a kind no fact
    holds names a place the tables lack. Returns the terms, and (kind, place) term indices.
    A kind the synonym table reads as another thing, after a country ("a Ukraine-Russia
    settlement": an agreement), is that thing; nation tells a country's index word."""
    places = {
        t.term.position: i for i, t in enumerate(terms) if t.role is Role.NAME and _is_place(t)
    }
    pairs = []
    for i, term in enumerate(terms):
        if term.term.written.lower() not in PLACE_KINDS:
            continue
        at = term.term.position
        after_of = places.get(at + 2) if said[at + 1 : at + 2] == ["of"] else None
        # "a Donetsk town" is one of the towns in Donetsk, not the town of that name.
        before = places.get(at - 1) if said[at - 2 : at - 1] not in (["a"], ["an"]) else None
        place = next((p for p in (before, places.get(at + 1), after_of) if p is not None), None)
        if place is not None and _another_thing(term, terms[place], nation):
            continue
        if place is not None:
            terms[i] = term._replace(role=Role.NAME if term.indexed else Role.UNKNOWN)
            pairs.append((i, place))
    return terms, tuple(pairs)


def _another_thing(kind: QueryTerm, place: QueryTerm, nation: Callable[[str], bool]) -> bool:
    """Whether a kind of place word, beside a country, is read as the other thing the synonym
    table gives it: "settlement" as an agreement in "a Ukraine Russia settlement"."""
    return kind.term.word != key(kind.term.written) and nation(place.term.word)


UNITS_COUNTED = frozenset(
    """
    year years month months week weeks day days hour hours night nights round rounds decade
    decades century centuries minute minutes
    """.split()
)
"""Units a figure counts in: "four months" is not "four years", so the unit is part of the
figure, as a kind of place is part of a place's name."""


def _counted_units(
    terms: list[QueryTerm], said: Sequence[str]
) -> tuple[list[QueryTerm], tuple[tuple[int, int], ...]]:
    """A unit right after a number ("four months", "50 days") is part of the figure: the
    answer must hold the number and the unit side by side, and a unit no fact holds after
    a number gives a figure the tables lack. Returns the terms, and (unit, number) term
    indices, as `_qualified_places` does for kinds of place."""
    numbers = {
        t.term.position: i
        for i, t in enumerate(terms)
        if t.term.written.isdigit() or t.term.written.lower() in NUMBER_NAMES
    }
    pairs = []
    for i, term in enumerate(terms):
        number = numbers.get(term.term.position - 1)
        if number is not None and said[term.term.position] in UNITS_COUNTED:
            terms[i] = term._replace(role=Role.NAME if term.indexed else Role.UNKNOWN)
            pairs.append((i, number))
    return terms, tuple(pairs)


def _place_acts(said: Sequence[str]) -> bool:
    """Whether "which" or "what" asks for a place that does what follows: "which region
    holds", "what two provinces make up"; not "which city is Miami in", "which region did
    Russia shell" (where), or "which city of ..."."""
    for i, word in enumerate(said[:-2]):
        if word not in ("which", "what"):
            continue
        at = i + 1 + (said[i + 1] in COUNT_WORDS)
        if at + 1 < len(said) and said[at] not in _PLACE_KINDS:
            at += 1  # "which US state hosted": a word that says which
        if at + 1 < len(said) and said[at] in _PLACE_KINDS and said[at + 1] not in _NO_DEED:
            return True
        # "which region was once Ukraine's industrial heartland": what the place was, not
        # "which state is Miami in", which ends where it asks
        if (
            at + 1 < len(said)
            and said[at] in _PLACE_KINDS
            and said[at + 1] in ("is", "was", "are", "were")
            and said[-1] not in _NO_DEED | {"located", "situated"}
        ):
            return True
    return False


def _asks_within_a_country(said: Sequence[str], form_words: frozenset[int]) -> bool:
    """Whether the question asks for a place within a country: "which city", "what town",
    "which other towns"."""
    if any(said[i] in _WITHIN_A_COUNTRY for i in form_words):
        return True
    return any(
        word in ("which", "what") and _WITHIN_A_COUNTRY & set(said[i + 1 : i + 3])
        for i, word in enumerate(said)
    )


_SPEAKING_TOGETHER = frozenset(
    "official officials leader leaders people person negotiator negotiators diplomat "
    "diplomats".split()
)
"""Words for those who speak for a nation together ("Ukrainian officials"), whose words its
government's and its leader's are; not one official by office ("the foreign minister")."""

_KIN = frozenset("wife husband spouse son daughter brother sister mother father".split())
"""Who someone is to a person the question names ("Zelenskyy's wife"): another person, whom
the named one's facts do not speak for."""
_NOT_NOW = frozenset("former ex previous late next future".split())
"""Words before an office that name another holder of it than the one in the tables ("the
former US president")."""

_MEETING = frozenset("meet meets met negotiate negotiates negotiated".split())
"""Deeds both parties do together: "did Putin meet Trump in Alaska" is answered by "Trump
hosted Putin", whose doer is the other one, when the fact names the one asked about."""

_ASKS_WHICH = frozenset({Form.WHERE, Form.WHICH, Form.WHICH_PERSON, Form.WHO})
"""Forms that a description after "which" asks for ("which Florida city", "which Russian
leader")."""


_ASKS_OF_PARTS = frozenset({Form.WHERE, Form.WHICH, Form.WHAT_IS})
"""Forms by which a question about a whole asks what its parts are, or where: the parts are
then the answer, and not what to ask of one by one."""


_LISTED = (NameClass.PLACE, NameClass.MEASURE)
"""What a list the question names may hold, to be asked of one by one: places and measured
things. People are not (what "Trump and Putin agreed" says is not what each one did)."""


def _a_list(read: Query) -> list[QueryTerm]:
    """The terms of the one list the question names, when it names exactly one: two or more
    places, or measured things, of one class, named together ("Luhansk and Donetsk",
    "Donetsk, Luhansk", "coal and gas"), not the war's two parties, and not set against each
    other ("which of them has more"). [] otherwise."""
    if _asked_apart(read.said):
        return []
    found: list[list[QueryTerm]] = []
    for cls in _LISTED:
        members = [
            t
            for t in read.terms
            if t.role is Role.NAME
            and t.term.word not in gate.SETTING
            and t.indexed
            and all(posting.cls == cls for _, _, posting in t.indexed)
        ]
        if len(members) >= 2 and _named_together([t.term.position for t in members], read.said):
            found.append(members)
    return found[0] if len(found) == 1 else []


def _without(text: str, names: Sequence[str]) -> str | None:
    """text with each of names taken out, with a word joining it to the list ("and", "or",
    a comma); None when one of them is not found as written."""
    join = r"(?:,|&|\band\b|\bor\b)"
    for name in names:
        spelled = _as_written(name)
        joined = rf"\b{spelled}\b\s*{join}?|\s*{join}\s*\b{spelled}\b"
        text, found = re.subn(joined, " ", text, count=1, flags=re.IGNORECASE)
        if not found:
            return None
    return " ".join(text.split())


def _replaced(text: str, name: str, by: str) -> str | None:
    """text with name, as written, put in by's place; None when it is not found."""
    text, found = re.subn(rf"\b{_as_written(name)}\b", by, text, count=1, flags=re.IGNORECASE)
    return text if found else None


def _as_written(name: str) -> str:
    """A pattern for name as a query may write it: its words apart or hyphenated."""
    return r"[\s-]+".join(re.escape(w) for w in name.split())


def _is_place(term: QueryTerm) -> bool:
    return any(posting.cls == NameClass.PLACE for _, _, posting in term.indexed)


_HOLD = frozenset("hold holds holding held".split())


_CONTROL_LOOSELY = _HOLD | frozenset("take taken took taking".split())
"""Words the synonym table reads as control that say other things too: the Donbas "holds"
coal, a city "holds" talks. ("held by Russia" says control, and is not among them.)"""


def _holding_a_gathering(terms: list[Term]) -> list[Term]:
    """ "Hold", which the synonym table reads as control of ground ("how much of Donetsk does
    Russia hold"), is hosting before a gathering ("where did they hold their summit")."""
    after = [t.word for t in terms[1:]] + [""] * bool(terms)
    return [
        t._replace(word="held")
        if t.word == "control" and t.written in _HOLD and then in GATHERINGS
        else t
        for t, then in zip(terms, after, strict=True)
    ]


_PARTIES = frozenset({NameClass.PLACE, NameClass.PERSON, NameClass.ORGANISATION})
"""The kinds of name that may be a party to something, or its subject."""


def _an_adjective_of(term: Term) -> bool:
    """Whether the word is a party's adjective, one word that is not its name ("Russian",
    "Ukrainian", "American"; not "Americans", "Abu Dhabi" or "Russia")."""
    written = term.written.lower()
    return (
        " " not in written
        and not written.endswith("s")
        and written != term.word
        and _DEMONYM.search(written) is not None
    )


_FIGURES_OF = (["on"], ["of"], ["for"], ["about"], ["from"])
"""Words after a figure noun that say what the figures are of ("the Kremlin figures on
Donetsk"): the party before them is then whose they are (Index._whose_figures)."""

_TIME_LIMITS = (DEADLINE, "proposal")
"""The table's words for a time limit set, or put forward: what wanting a thing done by a
time is (Index._wanting_done)."""

_BY_A_TIME = frozenset({"by", "before"})  # "until when ... keep fighting": how long
_TIME_ASKED = frozenset("when month season year week point date time".split())


def _by_a_time(said: Sequence[str], asked: Asked) -> bool:
    """Whether the question wants a thing done by a time it names or asks for ("by when",
    "by which season", "over by June", "before summer")."""
    return not _BY_A_TIME.isdisjoint(said) and bool(
        asked.time_words or Form.WHEN in asked.forms or not _TIME_ASKED.isdisjoint(said)
    )


_TOKEN = re.compile(r"[\w'-]+")
_PARTICLES = frozenset("up over out down back off".split())
"""The particles of phrasal verbs that may stand after their object: "give the Donbas up"."""
_GROUND_GIVEN = frozenset({"withdraw", "partition"})
"""The synonym table's words for the phrasal verbs `Index._particles_joined` joins: giving
up ground ("hand over", "give up", "pull out") and dividing it ("carve up", "split up")."""
_SEPARATED = 4
"""The most words between a phrasal verb and its particle: "hand the eastern coal region over"."""


def _met(term: QueryTerm) -> list[str]:
    """The term's own word, then the table's words it meets ("luhanks": luhansk)."""
    return [term.term.word, *(w for w, _, _ in term.indexed if w != term.term.word)]


def _names_a_party(term: QueryTerm) -> bool:
    """Whether the term names a place, person or organisation (a party to something)."""
    return any(p.cls in _PARTIES for _, _, p in term.indexed)


def _coming_gathering(terms: Sequence[QueryTerm]) -> str:
    """The gathering the query says is still to come ("the next round", "the upcoming
    talks"), as written; "" when it names none. Only a fact that says something is still to
    happen is about it: "the second round concluded in Abu Dhabi" is not."""
    for at, term in enumerate(terms):
        if term.term.word != "next":
            continue
        # "the next round", or with names between: "the upcoming Alaska summit", "the next
        # Trump-Putin summit"
        for then in terms[at + 1 : at + 4]:
            near = then.term.position - term.term.position <= 3
            if then.term.word in GATHERINGS and near:
                return f"{term.term.written} {then.term.written}"
            if not _names_a_party(then):
                break
    return ""


def _describes_members(kind: tuple[str, frozenset[str]], statement: str) -> bool | None:
    """Whether a statement describes members of a kind (Query.kind_described) by words of
    its own before the kind ("key political and security issues" describes two for "which
    issues"): not when the question narrows the kind by one of those words ("which political
    issues": the fact names no political issue) or by one the fact lacks; a word of the
    question the fact holds elsewhere ("what unresolved issues": "issues unresolved") does
    not narrow it. None when the statement does not name the kind and the question does not
    narrow it: its names may still say which ("which issue will Ukraine never accept": the
    Donbas)."""
    word, narrowing = kind
    said = words(statement)
    wanted = stem(word)
    named = [at for at, w in enumerate(said) if stem(w) == wanted]
    if not named:
        return False if narrowing else None
    before = {w for at in named for w in said[max(at - 4, 0) : at]}
    before -= STOPWORDS | LOOSE_QUALIFIERS | {"and", "or"}
    if narrowing & before or narrowing - set(said):
        return False
    return bool(before)


_GATHERING_WORDS = GATHERINGS | {"negotiation", "meeting", "session", "conference", "discussion"}
"""Words for a gathering as a question writes them, singular ("the negotiations after
Miami")."""


def _one_after(said: Sequence[str]) -> str:
    """What the question places after another gathering or time still to come, as written:
    "the round after next", "the week after next", or a gathering after another in a question
    of what is to be ("who will host the talks after Miami"); "" when it places none. Only a
    fact that tells what comes after ("after next", "after the Miami round") is about it:
    one about the next round is not."""
    for at in range(1, len(said) - 1):
        if said[at] != "after":
            continue
        if said[at + 1] == "next":
            return "after next"  # "the round after next"; "after next week" is later too
        if _a_gathering(said[at - 1]) and to_come(" ".join(said)):
            return f"{said[at - 1]} after {said[at + 1]}"
    return ""


_TALKS = frozenset({"talk", "round"})
"""The table's words for rounds of talks, one kind of gathering, whatever each fact calls them
(the synonym table makes "negotiations", "meeting" and "session" of them)."""

_RECENT = frozenset("last latest previous recent prior".split())
"""Words that name a gathering as the one held most lately ("the last round")."""

_BEFORE_RECENT = frozenset("the their its this that our his her most".split())
"""What stands before a recency word that names a gathering ("the last round", "their most
recent meeting"); not "second to last", "at last", "which came last"."""

_COUNTS_OR_TIMES = (
    frozenset(
        "year years week weeks month months day days weekend weekends time times night nights "
        "morning evening couple few several monday tuesday wednesday thursday friday saturday "
        "sunday".split()
    )
    | frozenset(MONTHS)
    | frozenset(SEASONS)
)
"""Words that make a recency word one of time or a count, not of the gathering after them
("last year's summit", "last Friday's talks", "the last couple of rounds")."""


def _latest_gathering(said: Sequence[str]) -> tuple[int, int] | None:
    """The positions of a recency word and of the gathering it names as held most lately
    ("the last negotiations", "the most recent round of talks", "their previous meeting");
    None when the question names none. A recency word does so when
    - it opens the question or follows an article, a possessive or "most";
    - a gathering's word follows it within five words;
    - no stopword but "of", and no count, number or time, stands between ("last year's
      summit", "the last two rounds", "last Friday's talks");
    - the question is of what was: nothing in it is still to come ("where will the last
      round be held"), and "last" is not asked as the final one ("is this the last
      round")."""
    if to_come(" ".join(said)):
        return None
    for at, word in enumerate(said):
        if word not in _RECENT or (at and said[at - 1] not in _BEFORE_RECENT):
            continue
        if word == "last" and may_be_the_final(said):
            continue
        for then in range(at + 1, min(at + 6, len(said))):
            if _a_gathering(said[then]):
                return at, then
            between = said[then]
            if (
                between in _COUNTS_OR_TIMES
                or between.isdigit()
                or between in NUMBER_WORDS
                or (between in STOPWORDS and between != "of")
            ):
                break
    return None


def _latest_words(read: Query) -> str:
    """The words the query names the latest gathering by, as written ("last round")."""
    assert read.latest is not None
    first, last = (read.terms[i].term for i in read.latest)
    return " ".join(read.said[first.position : last.position + len(words(last.written))])


def _a_gathering(word: str) -> bool:
    """Whether the word names a gathering ("talks", "negotiations", "summit")."""
    return word.removesuffix("s") in _GATHERING_WORDS


_AT_A_GATHERING = frozenset({"at", "during"})

_BEFORE_A_GATHERING = frozenset("the their its this that a an of most".split())
"""Common words that may stand between "at" and the gathering it places something at ("at
the most recent round of talks"), besides names and qualifiers."""


def _gatherings_at(terms: Sequence[QueryTerm], said: Sequence[str]) -> tuple[int, ...]:
    """The indices among terms of the gatherings the question places what was said or done
    at or during ("what did Trump say at the summit", "what did Russia demand during the
    last round of talks"): the gathering's word after "at" or "during" within six words,
    with nothing between but names, qualifiers and common words (_BEFORE_A_GATHERING)."""
    found = []
    for at, term in enumerate(terms):
        if not _a_gathering(said[_positions(term)[-1]]):
            continue
        for before in range(term.term.position - 1, max(term.term.position - 7, -1), -1):
            if said[before] in _AT_A_GATHERING:
                found.append(at)
                break
            if said[before] in STOPWORDS and said[before] not in _BEFORE_A_GATHERING:
                break
    return tuple(found)


_MEETING_VERBS = frozenset("meet gather convene sit talk negotiate".split())


def _coming_meeting(said: Sequence[str]) -> str:
    """A meeting the question asks about as still to come ("where will Putin and Trump meet
    next", "when will they meet"), as "will <verb>"; "" when it asks of none. A fact that
    says the Alaska summit was held does not say where they will meet."""
    if len(said) < 3 or said[0] not in ("where", "when") or said[1] != "will":
        return ""
    verb = next((w for w in said[2:] if w in _MEETING_VERBS), "")
    return f"will {verb}" if verb else ""


_A_STORY = frozenset(
    "narrative narratives idea ideas concept story myth ideology doctrine theory".split()
)
"""Words after a place's name that make it the name of a story, which is what a question
then says holds ("does the Novorossiya narrative treat ... as Russian"): not who acts."""


def _names_a_gathering(term: QueryTerm, terms: Sequence[QueryTerm]) -> bool:
    """Whether term is a place the query puts a gathering in, by the word after it ("the
    Miami meeting"): where it is, not who acts."""
    after = term.term.position + 1
    return _is_place(term) and any(
        t.term.position == after and t.term.word in GATHERINGS for t in terms
    )


_PAIRING = frozenset("and or vs versus".split())
"""What may stand between the two names of a pair: "Russia and Ukraine" (punctuation is no
word: "Kyiv, Moscow" stand side by side)."""


def _as_a_pair(pair: frozenset[str], terms: Sequence[QueryTerm], said: Sequence[str]) -> bool:
    """Whether the query names the two of pair side by side, as one party to something:
    "talks between Ukraine and Russia", "Moscow and Kyiv agreed". Apart, each is a party of
    its own: "Russia's share of Ukraine's gas" is about Russia."""
    at = {t.term.word: t.term.position for t in terms if t.role is Role.NAME}
    if not pair <= at.keys():
        return False
    first, last = sorted(at[word] for word in pair)
    return all(word in _PAIRING for word in said[first + 1 : last])


def _joins(term: QueryTerm, terms: Sequence[QueryTerm], said: Sequence[str]) -> bool:
    """Whether the term is "between" just before two names joined by "and" ("between the
    Kremlin leader and the American president"): it says no more than they do."""
    if term.term.word != "between":
        return False
    after = term.term.position + 1
    named = [t for t in terms if _names_something(t) and t.term.position >= after]
    if len(named) < 2:
        return False
    first, second = sorted(named, key=lambda t: t.term.position)[:2]
    first_end = first.term.position + len(words(first.term.written))
    return (
        set(said[after : first.term.position]) <= ARTICLES
        and said[first_end : second.term.position][:1] == ["and"]
        and set(said[first_end + 1 : second.term.position]) <= ARTICLES
    )


def _introduces(term: QueryTerm, pair: frozenset[str], terms: Sequence[QueryTerm]) -> bool:
    """Whether the term is "between" just before the pair that sets the scene ("talks
    between Kyiv and Moscow"): it says no more than the pair does, and weighs nothing."""
    after = term.term.position + 1
    return term.term.word == "between" and any(
        t.term.position == after and t.term.word in pair for t in terms
    )


def _after_a_hyphen(written: str, text: str) -> bool:
    """Whether the question writes the word as the tail of a compound whose head is a grade
    ("large-scale", "full-scale"): the two are one grade, no kind."""
    found = re.search(rf"\b(\w+)-{re.escape(written)}\b", text, re.I)
    return found is not None and found[1].lower() in GRADES


_WHO_IS_TAIL = re.compile(
    r"(?:(?:quoted|mentioned|named|cited|featured)\s*)?"
    r"(?:(?:in|according to)\s+(?:the|this)\s+(?:article|report|piece|story|text|document))?"
)
"""What may follow the person in "who is X" that asks only who X is: "quoted in the
article", "according to the report"."""


def _who_one_is(read: Query) -> str:
    """The person "who is X" (or "who was X") asks who one is, or "": all of these hold
    - the question opens with "who is" or "who was", and asks no office of something
      ("who is the president of CIRSD" asks its holder);
    - its one term is a person, by name or by what the synonym table reads as that one
      ("Zelenskyy", "the Ukrainian president", "Ukraine's leader"), met as written or
      through the table, not through a slip ("Zelenskaya", "Putina" are others);
    - nothing but an article stands before it, and after it nothing or "quoted in the
      article" and the like: not "other than Putin", "the Russian Zelenskyy", "in Russia",
      "with Russia", "quoted by", "going to be", "Trump's" (words that ask nothing more,
      _NOW_WORDS, aside)."""
    said = read.said
    if said[:1] != ("who",) or said[1:2] not in (("is",), ("was",)) or read.asked.predicate:
        return ""
    if len(read.terms) != 1:
        return ""
    (term,) = read.terms
    people = {w for w, how, p in term.indexed if p.cls == NameClass.PERSON and how in _AS_WRITTEN}
    if term.role is not Role.NAME or len(people) != 1:
        return ""
    start = term.term.position
    end = start + len(words(term.term.written))
    if any(w not in ARTICLES | _NOW_WORDS for w in said[2:start]) or end - 1 in possessives(
        read.text
    ):
        return ""  # (a possessive: "who is Trump's ..." asks of someone else)
    tail = " ".join(w for w in said[end:] if w not in _NOW_WORDS)
    return next(iter(people)) if _WHO_IS_TAIL.fullmatch(tail) else ""


_NOW_WORDS = frozenset("this now again currently today exactly please".split())
"""Words "who is X" may hold that ask nothing more: "who is the Ukrainian president now"."""


_AS_WRITTEN = frozenset({"exact", "spelling", "synonym"})
"""How a word may meet a name to be that name, not another's through a slip."""


_CALENDAR_UNITS = TIME_UNITS | _UNITS_NAMED | {"day", "hour"}
"""Units of the calendar, one or more: "Alaska summit month" names one without a count."""
_COUNTED_BY = frozenset({*NUMBER_WORDS, "a", "few", "several"})


def _a_unit_uncounted(said: Sequence[str]) -> bool:
    """Whether the words name a unit of the calendar with no count before it: "Alaska summit
    month" asks which month, "two months" is a length."""
    return any(
        word in _CALENDAR_UNITS
        and not (at and (said[at - 1].isdigit() or said[at - 1] in _COUNTED_BY))
        for at, word in enumerate(said)
    )


def _after_a_keyword(read: Query, position: int) -> bool:
    """Whether the word at position opens the query or follows another of its terms, over
    an article ("cut up the Alaska summit") or a verb's particle ("cutt up Alsaka"): not a
    word that puts it somewhere ("in Alaska", "about the summit") or makes it a part of a
    sentence ("said Alaska's region")."""
    spans = {at for t in read.terms for at in _positions(t)}
    before = [at for at in range(position) if read.said[at] not in ARTICLES][-2:]
    if before and read.said[before[-1]] in _PARTICLES and len(before) == 2:
        before = before[:1]  # "cutt up": the particle of a verb that is a term
    return not before or before[-1] in spans


def _weighed(terms: list[QueryTerm]) -> list[QueryTerm]:
    """Ordinary words together weigh as the square root of their number: three of them
    ("does it contain the minerals needed for green energy") do not outweigh a question."""
    ordinary = sum(1 for t in terms if t.role is Role.ORDINARY)
    if ordinary < 2:
        return terms
    return [
        t._replace(weight=t.weight / math.sqrt(ordinary)) if t.role is Role.ORDINARY else t
        for t in terms
    ]


def _as_description(term: QueryTerm, said: Sequence[str]) -> QueryTerm:
    """A country's adjective before a kind of body or place ("an American research group",
    "which Alaskan city") says which one is meant, not who the fact is about: a word that
    counts, not a name an answer must hold (it still names no answer to "where")."""
    return term._replace(role=Role.WORD) if _describes_a_body(term, said) else term


_THE_COUNTRY = frozenset({"the country", "the nation"})
"""Descriptions of a party to the war ("the contested east of the country"): they count,
but, as the party's own name set beside the other party's, an answer need not hold them."""


_COMPASS = _DIRECTIONS | {"coastal", "border", "frontier"}
"""Words that describe a region by where it lies ("the western region", "the northern border
region"); the synonym table's [descriptions] read the ones the table holds ("the eastern
region" is the Donbas)."""
_REGION_WORDS = frozenset(
    "region regions oblast oblasts province provinces territory area areas part parts steppe "
    "belt zone".split()
)


def _as_described_region(term: QueryTerm, said: Sequence[str]) -> QueryTerm:
    """A region described by where it lies, with no name the table knows ("what share of
    the coal lies in the western region"): the description is what the question is about,
    so a fact must hold it as said; no fact holds "western", so none answers."""
    if term.term.word not in _COMPASS or term.role is Role.NAME:
        return term
    at = term.term.position
    if not _REGION_WORDS & set(said[at + 1 : at + 3]):
        return term
    return term._replace(role=Role.NAME if term.indexed else Role.UNKNOWN)


def _as_setting(term: QueryTerm) -> QueryTerm:
    return term._replace(role=Role.WORD) if term.term.written in _THE_COUNTRY else term


_MANNER = frozenset("well badly fast hard soon again yet now today recently already".split())
"""Words that end a question for a yes or a no by saying how or when (not what was done)."""
_YES_OR_NO_OPENINGS = frozenset(
    "is are was were did does do has have had will would can could".split()
)
"""The words a question put for a yes or a no opens with: what it ends on is what it asks."""


_TALKED_OF = frozenset(
    "description remark remarks statement statements comment comments words claim claims "
    "account warning".split()
)
"""What someone said, as a question asks another's view of it ("Zelenskyy's description")."""


def _words_talked_about(text: str, said: Sequence[str]) -> frozenset[str]:
    """Whose words a question asks another speaker's view of: the possessive after "about",
    "on" or "of" and before a word for what was said ("about Zelenskyy's description")."""
    marked = possessives(text)
    return frozenset(
        said[i]
        for i in marked
        if 0 < i < len(said) - 1
        and said[i - 1] in ("about", "on", "of")
        and said[i + 1] in _TALKED_OF
    )


def _quality_lacked(
    read: Query, candidate: _Candidate, nation: Callable[[str], bool]
) -> tuple[str, ...]:
    """The quality a question put for a yes or a no asks its subject to have, or what it
    asks was done, when the fact does not hold it ("is the fighting in the Donbas light",
    "was the exchange small", "did the wounded civilian survive": the fact says "intense",
    "major", and nothing of his fate): it is what the question asks, so the fact says
    nothing of it. The question's last word, and only one no fact holds (a word some fact
    holds may end a phrase instead: "on American soil", "before summer starts")."""
    said = read.said
    if len(said) < 3 or said[0] not in _YES_OR_NO_OPENINGS:
        return ()
    last, before = said[-1], said[-2]
    if said[0] not in COPULAS and (last.endswith("ly") or last in _MANNER):
        return ()  # "did Ukraine accept the offer quickly", "did the talks go well": how
    if (
        last.endswith("s")  # "before summer starts", "in Moscow's hands": a noun or a verb
        or before == "the"  # "on the cards"; not "is the fighting a stalemate"
        or before.endswith("'s")
        or (_DEMONYM.search(before) and before not in ARTICLES)  # "on American soil"
        or (said[-3] in ("on", "in", "at") and nation(before))  # "on US soil"
    ):
        return ()
    asked = "it to be" if said[0] in COPULAS else "was done"
    return tuple(
        f"{t.term.written} (what the question asks {asked})"
        for t, best in zip(read.terms, candidate.best, strict=True)
        if t.term.position == len(said) - 1 and t.role is Role.ORDINARY and not best[0]
    )


def _aspect_lacked(read: Query, candidate: _Candidate) -> tuple[str, ...]:
    """A flow or trade of a measured thing ("gas supply", "coal mining", "gas exports") that
    the fact does not hold: another measure than its own ("gas fields", "coal reserves")."""
    measures = {
        t.term.position
        for t in read.terms
        if any(p.cls == NameClass.MEASURE for _, _, p in t.indexed)
    }
    return tuple(
        f"{read.said[t.term.position - 1]} {t.term.written}"
        for t, best in zip(read.terms, candidate.best, strict=True)
        if t.term.word in _ASPECTS and t.term.position - 1 in measures and not best[0]
    )


def _scope_lacked(read: Query, candidate: _Candidate) -> tuple[str, ...]:
    """A scope wider than any country's that the fact does not hold ("what percent of
    global coal reserves", "the world's gas fields"): a share of Ukraine's is not a share
    of the world's. Held in the fact's own words, not only in a quote it shares ("the
    World Economic Forum"); and not that name in the question."""
    said = read.said
    return tuple(
        f"{t.term.written} (a wider scope than the fact's)"
        for t, best in zip(read.terms, candidate.best, strict=True)
        if t.term.word in _WIDER_SCOPES
        and not (best[0] and best[3] is not None and best[3].own)  # not a quote's WEF
        and said[t.term.position + 1 : t.term.position + 2] != ("economic",)
    )


_WIDER_SCOPES = frozenset("global world worldwide planet planetary".split())
"""Words for a scope wider than any country's (_scope_lacked)."""


_ASPECTS = frozenset(
    """
    supply supplies production output mining exports export imports import consumption
    demand price prices revenue revenues sales deliveries transit storage use usage
    """.split()
)
"""What is done with a measured thing, after its name ("gas supply"): a measure of its own."""


def _settles(qualifier: str) -> set[Form]:
    """The bounds a fact's figure settles, by its hedge: an exact figure either; "over 20%"
    a lower bound of 20; "nearly four years" an upper bound of four; "around 70%" neither."""
    hedge = qualifier.lower()
    if not hedge:
        return {Form.ABOVE, Form.BELOW}
    if hedge in _UPWARD:
        return {Form.ABOVE}
    return {Form.BELOW} if hedge in _DOWNWARD else set()


_UPWARD = frozenset({"over", "more than", "above", "at least", "upwards of", "in excess of"})
_DOWNWARD = frozenset({"nearly", "almost", "under", "less than", "below", "just under", "up to"})


def _describes_a_body(term: QueryTerm, said: Sequence[str]) -> bool:
    return _body_described(term, said) is not None


def _body_described(term: QueryTerm, said: Sequence[str]) -> str | None:
    """The kind of body or place a country's adjective describes ("Alaskan city", "a US
    state", "the American war-tracking think tank": up to two words between), or None."""
    at, written = term.term.position, term.term.written
    adjective = term.term.synonym and _DEMONYM.search(written) is not None  # "American"
    if not (
        term.role in (Role.NAME, Role.WORD)
        and (adjective or written in _COUNTRY_SHORT)
        and " " not in written
    ):
        return None
    for word in said[at + 1 : at + 4]:
        if word in _KINDS_OF_BODY:
            return word
        if word in _NOT_A_MODIFIER:
            return None  # "American and Russian officials": two nations' bodies
    return None


_NOT_A_MODIFIER = frozenset("and or of in to for with on at by from".split())
"""Words that end a description before its kind: "American and Russian officials" names
two bodies' nations; "US talks with Russian officials" does not describe the talks."""


_KINDS_OF_BODY = frozenset(
    """
    research institute institution think body group organisation organization agency
    outlet newspaper media city town capital official officials envoy envoys forum state
    """.split()
)
_PLACE_KIND_NOUNS = frozenset("city town capital state".split())
"""The kinds of place in _KINDS_OF_BODY: a country's adjective before one says the country
it lies in ("which Russian city"); before the others, whose body it is."""
_COUNTRY_SHORT = frozenset({"us", "usa", "uk"})
"""A country's short name, which may say which one as its adjective does ("a US state")."""
"""Kinds of body or place that a country's adjective may say which of ("an American
research body", "the Emirati capital")."""


def _counts_the_parties(term: Term, said: Sequence[str]) -> bool:
    """Whether a number only counts who is meant ("the two sides", "the two warring
    countries", "all three parties", "the two provinces"): it asks for no figure. Not a
    figure after "the" ("the 70% figure"): a count of who is meant is a small one."""
    at = term.position
    return (
        term.word.isdigit()
        and int(term.word) <= _FEW
        and at > 0
        and said[at - 1] in _DETERMINERS
        and said[at + 1 : at + 2] not in (["percent"], ["per"])
    )


_DETERMINERS = frozenset("the both all".split())
_FEW = 12
"""The most a number after "the" may count of who or what is meant ("the two sides")."""


_ONE_OFFICE = frozenset(
    "president minister king queen emir sheikh prince chancellor premier governor mayor "
    "ambassador envoy spokesman spokeswoman spokesperson pope monarch ruler".split()
)
"""Offices one person holds ("the president of the UAE", "Poland's prime minister"): unless
a name stands beside it, or the table's offices name whom it means (`[offices]`), it is
someone the fact must name itself."""


def _a_kind_defined(said: Sequence[str]) -> bool:
    """Whether the question asks what a kind of thing is ("what is a think tank", "what's an
    oblast"): a fact that says what one of them is ("CIRSD is a think tank") does not say."""
    # "what's a": words() reads it as "what a"
    return said[:3] in (["what", "is", "a"], ["what", "is", "an"]) or said[:2] in (
        ["what", "a"],
        ["what", "an"],
    )


_PASSIVE_OPENINGS = frozenset("was were is are has have had".split())
"""The words a passive yes-or-no question opens on: "was Druzhkivka evacuated"."""
_PREPOSITIONS = frozenset("of in on for to by with from about at into over after before".split())


def _a_term_defined(said: Sequence[str], terms: Sequence[QueryTerm]) -> bool:
    """Whether the question asks only what a common term is ("what is shelling", "what are
    renewable energy technologies"): a few words after "what is" or "what are", with no
    article, no place, person or organisation, and nothing said of them. A fact that uses
    the term ("after Russian shelling") does not say what it is; "what is the Donbas" asks
    of a name."""
    asked = said[2:] if said[:2] in (["what", "is"], ["what", "are"]) else None
    if said[:1] == ["whats"]:
        asked = said[1:]  # "whats shelling", typed without its apostrophe
    return (
        asked is not None
        and 1 <= len(asked) <= 3
        and asked[0] not in ARTICLES
        and not _PREPOSITIONS & set(asked)
        and not _NOT_A_TERM & set(asked)
        and not any(len(w) > 4 and w.endswith("ed") for w in asked)
        and not any(_names_something(t) for t in terms)
    )


_NOT_A_TERM = frozenset(
    "still left being next now currently already happening expected exactly meant".split()
)
"""Words after "what is" that make it ask what is so, not what a term means: "what is still
unresolved", "what is happening next week"."""


def _as_a_time(term: Term, question: Asked) -> Term:
    """The word as the time the question names by it, where the synonym table reads it as
    something else: "the fall of 2025" is autumn, not a decrease."""
    if term.synonym and term.written in question.time_words:
        return term._replace(word=term.written, synonym=False)
    return term


def _another_holder(term: QueryTerm, said: Sequence[str]) -> QueryTerm:
    """A person the question names by an office with "former" (or "next", "late") before it
    ("did the former US president host Putin"): not the holder the tables know, but someone
    no fact names."""
    at = term.term.position
    if not (_a_person(term) and len(words(term.term.written)) > 1 and at > 0):
        return term
    return term._replace(role=Role.UNKNOWN) if said[at - 1] in _NOT_NOW else term


def _as_an_office(term: QueryTerm, terms: Sequence[QueryTerm]) -> QueryTerm:
    """An office held by one person the question names by it ("did the president of the UAE
    broker the talks"): a name the answer must hold, not an ordinary word; not a title before
    a person's name ("President Zelenskyy said"), which names that person."""
    if term.term.written.lower() not in _ONE_OFFICE or term.role not in (Role.ORDINARY, Role.WORD):
        return term  # "the two presidents": those the fact names, not one office
    after = term.term.position + 1
    if any(_a_person(t) and t.term.position in (after, after + 1) for t in terms):
        return term  # "President Volodymyr Zelenskyy"
    return term._replace(role=Role.NAME if term.indexed else Role.UNKNOWN)


def _forms_held_once(terms: list[QueryTerm]) -> list[QueryTerm]:
    """The terms without the forms of a synonym's word, or of a noun's verb, when another
    word of the query meets one of them as well: in "did both sides agree on a settlement",
    "agree" meets the fact's "agreed", so "settlement", read as "agreement", meets neither
    "agreed" nor "agreeing" and does not explain the question twice; in "a deal to swap
    captives" nothing else does, and the deal is what was agreed."""
    meeting: dict[str, set[int]] = {}
    for at, t in enumerate(terms):
        for word, _, _ in t.indexed:
            meeting.setdefault(word, set()).add(at)

    def another_form(term: QueryTerm, how: str) -> bool:
        return how == "verb form" or (term.term.synonym and how == "inflection")

    def shared(at: int, term: QueryTerm) -> bool:
        return any(another_form(term, how) and meeting[w] != {at} for w, how, _ in term.indexed)

    return [
        t._replace(indexed=[m for m in t.indexed if not another_form(t, m[1])])
        if shared(at, t)
        else t
        for at, t in enumerate(terms)
    ]


def _holds_office(term: QueryTerm, speaker: Sequence[str]) -> bool:
    """Whether the term is a person named by words that hold the speaker's first word:
    "the president of the United States" (whose "states" reads as a verb of speech), Trump."""
    written = words(term.term.written)
    return bool(speaker) and _a_person(term) and len(written) > 1 and speaker[0] in written


def _a_person(term: QueryTerm) -> bool:
    """Whether the term names a person: "the president of Ukraine" is Zelenskyy."""
    return any(p.cls == NameClass.PERSON for _, _, p in term.indexed)


def _stands_at(term: Term, at: int | None) -> bool:
    """Whether the term's words take in the word at `at`: a phrase read as one term ("the
    eastern industrial region", the Donbas) stands where each of its words does."""
    return at is not None and term.position <= at < term.position + len(words(term.written))


def _a_partys_forces(
    term: Term,
    every: Sequence[Term],
    said: Sequence[str],
    named: Callable[[Term], NameClass | None],
    actor: int | None,
) -> bool:
    """Whether the word is a party's armed forces doing what the table's facts tell of a
    party, holding land or leaving it ("what share of Donetsk do Moscow's troops hold",
    "Ukrainian troops to pull out"), or made to leave a place ("will Kyiv withdraw its troops
    from the Donbas", "pulling its forces out of the Donbas"): the party acting, which its own
    word asks for. Not when the question counts them ("how many Russian troops hold"), nor
    where the forces are what is asked about ("Russian troops in the town", "did Ukraine lose
    its troops", "will Kyiv hand its soldiers over"): a fact must speak of them."""
    at = term.position
    party = next((t.word for t in every if t.position == at - 1 and t.word in gate.SETTING), None)
    acts = any(t.position == at + 1 and t.word in _WHAT_FORCES_DO for t in every) or (
        said[at + 1 : at + 2] in (["to"], ["out"])
    )
    return (
        term.word in _FORCES
        and (
            (acts and party is not None)
            or _withdrawn_from_a_place(term, every, said, named, party, actor)
        )
        and not " ".join(said[max(0, at - 3) : at - 1]).endswith(_COUNTING)
    )


def _withdrawn_from_a_place(
    term: Term,
    every: Sequence[Term],
    said: Sequence[str],
    named: Callable[[Term], NameClass | None],
    party: str | None,
    actor: int | None,
) -> bool:
    """Whether the forces at term are the question's party's own, taken out of a place that
    is not the party's own name, as each of these says: "withdraw its troops from the
    Donbas", "will Ukraine withdraw Ukrainian soldiers from Luhansk", "pull out its forces of
    the Donbas" (joined by _particles_joined from "pull its forces out of"). Not another
    party's forces ("will Kyiv withdraw Russian troops"), nor out of a capital that stands
    for the party ("pull its soldiers out of Kyiv"). party: the party word right before the
    forces, if any (_a_partys_forces reads it); actor: where the question's subject stands."""
    at = term.position
    doer = next((t.word for t in every if t.position == actor), None)
    owned = said[at - 1 : at] in (["its"], ["their"]) or (party is not None and party == doer)
    taken_out = any(  # the verb right before the owner: withdrawing, not losing them
        _TAKING_OUT.fullmatch(t.written) and t.position + len(words(t.written)) == at - 1
        for t in every
    )
    after = at + 2 + (said[at + 2 : at + 3] == ["the"])  # "from the Donbas", "of Luhansk"
    from_a_place = said[at + 1 : at + 2] in (["from"], ["of"]) and any(
        _stands_at(t, after) and named(t) is NameClass.PLACE and t.word not in gate.SETTING
        for t in every
    )
    return owned and taken_out and from_a_place


_FORCES = frozenset("troop troops soldier soldiers force forces".split())
_TAKING_OUT = re.compile(r"withdr[ae]w\w*|pull\w*\s+(?:out|back)", re.IGNORECASE)
"""The verbs, as written, that take a party's forces out of a place (not "lose", "abandon",
"hand over", which the synonym table's withdrawing also holds)."""
_OWN_FORCES = re.compile(rf"\s+(?:its|their)\s+(?:{'|'.join(sorted(_FORCES))})\s+", re.IGNORECASE)
"""A party's own forces as the object between "pull" and its particle: "pull its soldiers
out". Not a party's forces by its name ("pull Ukrainian troops out"), whose "out" after
them _a_partys_forces reads as the party acting."""
_PULLING = frozenset("pull pulls pulled pulling".split())
"""The one verb whose particle is joined around forces: "pull its soldiers out"."""
_WHAT_FORCES_DO = frozenset({"control", "withdraw"})
"""The canonical words of what a party's forces do in a fact: hold land, or leave it."""
_COUNTING = ("many", "number of")
"""Words before a party's forces that count them ("how many Russian troops")."""


def _describes(term: Term, question: Asked) -> bool:
    """Whether the word is part of what "is X a ..." says X is ("is ISW a Russian think
    tank": Russian, think tank)."""
    return question.description is not None and term.position >= question.description


def _asks_a_deed_now(said: Sequence[str]) -> bool:
    """Whether a yes-or-no question asks of a deed being done now: "is the US already
    pressuring Russia" (a verb in -ing after "is" or "are"), not "is fighting still
    intense", whose -ing word is its subject."""
    return said[:1] in (["is"], ["are"]) and any(w.endswith("ing") and len(w) > 5 for w in said[2:])


def _names_something(term: QueryTerm) -> bool:
    """Whether a query word is a place, person or organisation the facts hold."""
    return term.role is Role.NAME and _names_a_party(term)


def _share_role(term: QueryTerm, terms: Sequence[QueryTerm], question: Asked) -> Role:
    """What "how much of X" makes of X's words: what the question is about. A word of X that
    facts hold is a name an answer must hold; if facts hold none of X, nothing answers."""
    for group in question.of:
        if term.term.position in group:
            held = any(t.indexed for t in terms if t.term.position in group)
            if term.indexed and term.role is Role.WORD:
                return Role.NAME
            if not held and term.role is Role.ORDINARY:
                return Role.UNKNOWN  # "how much of the sea": no fact is about the sea
    return term.role


SHARES_IN_WORDS = frozenset({"nearlyall"})
"""Shares in words (synonyms.toml): figures, which an answer must give in its own words."""


def _role(term: Term, cls: NameClass | None, indexed: Sequence[tuple[str, str, Posting]],
          question: Asked) -> Role:  # fmt: skip
    """What a query word is: a name a fact must hold, a time, another word, or unknown."""
    if term.word in question.time_words:
        return Role.TIME
    figure = term.word.isdigit() or term.word in ORDINALS or term.word in SHARES_IN_WORDS
    if indexed:
        topical = cls in TOPICS or any(p.cls for _, _, p in indexed) or figure
        return Role.NAME if topical else Role.WORD
    if cls is NameClass.ORDINARY and not figure:
        return Role.ORDINARY
    return Role.UNKNOWN


def _phrased(read: Query, terms: Iterable[QueryTerm]) -> tuple[str, ...]:
    """The time terms' words, those next to each other as one phrase ("august 2025", not
    "august", "2025"), a season counted back from the report with its "last" ("last spring")."""
    phrases: list[tuple[int, str]] = []
    for t in terms:
        time = read.asked.time_words.get(t.term.word)
        written = f"last {t.term.written}" if time and time.reported else t.term.written
        if phrases and t.term.position == phrases[-1][0] + 1:
            phrases[-1] = (t.term.position, f"{phrases[-1][1]} {written}")
        else:
            phrases.append((t.term.position, written))
    return tuple(written for _, written in phrases)


def reported_season(time: Time, published: str) -> Time | None:
    """The season a report published that day (YYYY-MM-DD, or YYYY-MM) calls "last": the
    last one whose months were over before the report's month ("last autumn" in February
    2026 is autumn 2025, in October 2025 autumn 2024); None for a report with no month."""
    if len(published) < len("2026-02") or time.month is None:
        return None
    year, month = int(published[:4]), int(published[5:7])
    over = (time.until or time.month) < month
    return time._replace(year=year if over else year - 1, reported=False)


def _overlaps(time: Time, first: str, last: str) -> bool:
    """Whether the days first..last (ISO dates) meet the year, month, or month of any year;
    for a time named after "after", whether they run past it."""
    if time.before:
        return first < f"{time.year:04d}-{time.month or 1:02d}-01"
    if time.day is not None and time.month is not None and not time.after:
        # "on 20 February 2026": a fact of that very day, in the year named or its own; one
        # dated October 2025, or next week, does not say it was on the 15th
        year = time.year if time.year is not None else int(first[:4])
        return first == last == f"{year:04d}-{time.month:02d}-{time.day:02d}"
    if time.after:
        if time.year is not None:
            return last > f"{time.year:04d}-{time.until or time.month or 12:02d}-31"
        return last[:4] > first[:4] or int(last[5:7]) > (time.month or 12)
    if time.year is not None:
        start = f"{time.year:04d}-{time.month or 1:02d}-01"
        end = f"{time.year:04d}-{time.until or time.month or 12:02d}-31"
        return first <= end and last >= start
    year, last_year = int(first[:4]), int(last[:4])
    if last_year - year >= 1 and (last_year - year > 1 or int(last[5:7]) >= int(first[5:7])):
        return True  # a year or more: every month is in it
    months = {int(first[5:7])} | {int(last[5:7])}
    if year == last_year:
        months |= set(range(int(first[5:7]), int(last[5:7]) + 1))
    else:
        months |= set(range(int(first[5:7]), 13)) | set(range(1, int(last[5:7]) + 1))
    if time.until is None:
        return time.month in months
    opening = time.month or 1
    if time.until >= opening:
        asked = set(range(opening, time.until + 1))
    else:  # winter: December to February
        asked = set(range(opening, 13)) | set(range(1, time.until + 1))
    return bool(months & asked)


HOLDING_KEPT = 1_000_000
"""The most rows an index keeps in its sets of the facts holding a word (about 50 MB at
most), for the next queries of a batch to intersect without reading them again."""

_DAYS_READ = 256
"""Rows whose days `best` reads in one statement, for a query that names a time."""

_MOST_GROUPED = 10
"""Up to this many query terms, facts are grouped by which terms they hold (2**10 groups)."""


def rank_key(candidate: _Candidate) -> tuple[float, float, float, int]:
    """The order of results: higher score first; on a tie, more of the query in the fact's
    own words (not a quote shared with other facts), then in its statement (the claim
    itself, over a subject that facts share); then the tables' order."""
    return _key_at(candidate, candidate.row)


def _key_at(scored: _Candidate, row: int) -> tuple[float, float, float, int]:
    """rank_key of a fact at `row` that scores as `scored` does."""
    return (-round(scored.score, 9), -round(scored.own, 9), -round(scored.stated, 9), row)


def _nothing(row: int) -> None:
    return None


def _ranks_after(known: _Candidate, row: int, last: _Candidate) -> bool:
    """Whether a fact at row that scores as known does would rank after last."""
    return _key_at(known, row) >= rank_key(last)


def _cannot_displace(last: _Candidate, most: float, row: int) -> bool:
    """Whether a fact at `row` scoring at most `most` cannot displace `last`."""
    if last.score > most + 1e-9:
        return True
    return (
        abs(last.score - most) <= 1e-9 and last.own >= 1.0 and last.stated >= 1.0
        and last.row < row
    )  # fmt: skip


_LENGTH_COUNTS = {"a": 1, "an": 1} | {w: n for w, n in NUMBER_WORDS.items() if 0 < n <= 12}
"""The counts a length of time before "after" may give in words: "a year", "two months"."""
_LENGTH_UNITS = frozenset("hour day week month year".split())


def _length_before(said: Sequence[str], at: int) -> tuple[int, str] | None:
    """The length of time said right before the word at `at` ("two months" before "after"),
    as (count, unit), or None when none is."""
    if at < 2:
        return None
    count, unit = said[at - 2], said[at - 1].removesuffix("s")
    if unit not in _LENGTH_UNITS:
        return None
    if count.isdigit():
        return int(count), unit
    return (_LENGTH_COUNTS[count], unit) if count in _LENGTH_COUNTS else None


_CLAUSE_LEAD = 4
"""The most words before "after" or "before" in a quote that is only a time clause: "two
months after hosting ...", "a day before"."""


def _same_length(said: Sequence[str], at: int, quote: Sequence[str]) -> bool:
    """Whether the quote sets itself after (or before) something by the same length of time
    as the question does before its word at `at` ("after" or "before")."""
    relation = said[at]
    return relation in quote and _length_before(said, at) == _length_before(
        quote, quote.index(relation)
    )


_SUBJECT_WORDS = 2
"""The last position in a statement at which its doer may stand ("Military paramedics
evacuated ...", "The United States has given ..."): a word further on is not who does it."""
_PEOPLE = frozenset(
    """
    paramedic paramedics medic medics rescuer rescuers firefighter firefighters police
    officer officers official officials negotiator negotiators diplomat diplomats envoy envoys
    mediator mediators soldier soldiers troops volunteer volunteers doctor doctors
    """.split()
)
"""Words that name people by what they are or do: a fact's doer so named answers "who"
(_done_by_people)."""
_WILL = frozenset("will would shall should can could may might must".split())
"""Words before a verb's plain form: "which country will host"."""
_WHICH_PEOPLE = frozenset("people persons group groups workers staff service services".split())
"""What "which ..." asks for when people named by what they do answer it ("which people
evacuated the civilian"); not a kind they are not ("which brigade", "which country")."""
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+\w+ed\s+by\b", re.I)
"""A statement in the passive ("was hosted by Trump"): its doer stands after the deed."""
_RELATED_AS = {
    **dict.fromkeys("after following followed follows since wake".split(), "after"),
    **dict.fromkeys("before preceding preceded precedes prior ahead run".split(), "before"),
}
"""Words that set one event after or before another, each with which it is ("in the run-up
to" is read by "run", "in the wake of" by "wake")."""
_ONLY_IN_A_QUESTION = frozenset({"wake", "run"})
"""Words of _RELATED_AS that say so only in a question's phrase, not alone in a fact."""


def _alike(one: str, other: str) -> bool:
    """Whether two verb roots are one, or one begins the other in five letters or more
    ("press", "pressur": pressing and pressured)."""
    short, long = sorted((one, other), key=len)
    return short == long or (len(short) >= 5 and long.startswith(short))


def _contrasted(terms: list[QueryTerm]) -> list[QueryTerm]:
    """A word no fact holds, set against its opposite ("intense rather than calm", "intense
    while other fronts are quiet"), is the contrast, not what is asked: ordinary English."""
    asked = {t.term.word for t in terms}
    return [
        t._replace(role=Role.ORDINARY)
        if t.role is Role.UNKNOWN and OPPOSITES.get(t.term.word) in asked
        else t
        for t in terms
    ]


def _verb_root(word: str) -> str:
    """A verb's form without its ending, to tell its forms alike: "pressed", "pressing" and
    "press" are "press"; "evacuate", "evacuated" are "evacuat"."""
    for ending in ("ing", "ed", "es", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4 and not word.endswith("ss"):
            return word[: -len(ending)]
    return word


def _after_or_before(said: Sequence[str], term: QueryTerm) -> str | None:
    """The word ("after" or "before") by which the question sets its own event after or
    before the one the term stands in ("cut up after the Alaska summit with Putin"), or None
    when it stands before both."""
    lead = said[: term.term.position]
    return next((w for w in reversed(lead) if w in ("after", "before")), None)


def _side_by_side(before: Sequence[int], after: Sequence[int]) -> bool:
    """Whether a word of `after` stands one or two words after a word of `before`, in the
    subject or the statement (the curated text; positions come from posting codes)."""
    for position in (subject_at, statement_at):
        starts = {position(c) for c in before} - {FAR}
        if any(position(c) - p in (1, 2) for c in after for p in starts):
            return True
    return False


def _spells_out(text: str, letters: str) -> bool:
    """Whether text gives the name that letters abbreviate, with the letters after it in
    brackets, each word of the name beginning with the letters in turn ("Institute for the
    Study of War (ISW)": small words such as "for" and "the" are passed over)."""
    if not letters.isalpha() or len(letters) < 2:
        return False
    for found in re.finditer(rf"\(({re.escape(letters)})\)", text, re.I):
        capitals = [w[0] for w in text[: found.start()].split() if w[:1].isupper()]
        if "".join(capitals[-len(letters) :]).casefold() == letters.casefold():
            return True
    return False


def _edits(one: str, other: str) -> int:
    """The letters put in, left out, changed or swapped with the next one that make one into
    other (rapidfuzz's OSA distance, whose import costs a start-up more than this does for
    a few short words)."""
    before: list[int] = []
    row = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        here = [i] + [0] * len(other)
        for j, b in enumerate(other, 1):
            here[j] = min(row[j] + 1, here[j - 1] + 1, row[j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                here[j] = min(here[j], before[j - 2] + 1)
        before, row = row, here
    return row[-1]


def _looks_like(word: str, other: str, share: float) -> bool:
    """Whether two words begin alike and differ in at most share of their letters (the
    longer's): "tanks" and "talks", "cole" and "coal"."""
    return word[:1] == other[:1] and _edits(word, other) <= share * max(len(word), len(other))


_OF_A_THING = "a thing"
_OF_THE_ASKERS = "the asker's"
"""Whose thing a word is said to be "of" (_what_it_is_of): any, or the asker's own."""


def _what_it_is_of(said: Sequence[str], term: Term, held: Sequence[Term], unheld: Set[int]) -> str:
    """What the word (a single word no fact holds, at one of the positions unheld) is of, if
    it ends its phrase (the query's last word, or a stopword or a time after it: "a round of
    golf next week") and stands after "of" (and articles, _OF_WHAT_BEFORE) that follows a
    word facts hold (one of the held terms' words): "" if not; _OF_THE_ASKERS if the asker's
    possessive (_ASKERS_OWN) stands before it, and maybe words no fact holds that qualify it,
    at the positions unheld ("of my job interview"); else _OF_A_THING."""
    at = term.position
    after = said[at + 1] if at + 1 < len(said) else ""
    if after and after not in _PHRASE_ENDS_BEFORE:
        return ""
    before = at - 1
    while before > 0 and before in unheld:
        before -= 1
    owned = before > 0 and said[before] in _ASKERS_OWN
    before = before - 1 if owned else at - 1
    while before > 0 and said[before] in _OF_WHAT_BEFORE:
        before -= 1
    if before > 0 and said[before] == "of" and any(_stands_at(h, before - 1) for h in held):
        return _OF_THE_ASKERS if owned else _OF_A_THING
    return ""


def _on_ground(said: Sequence[str], term: Term) -> bool:
    """Whether the query names a place as ground after "on": "held on US soil", "on
    Ukrainian territory" (the term's last word, or the word after it)."""
    own = words(term.written)
    after = said[term.position + len(own) : term.position + len(own) + 1]
    on = said[term.position - 1 : term.position] if term.position else ()
    return list(on) == ["on"] and bool(_GROUND & {*own[-1:], *after})


def _which_did(said: Sequence[str]) -> int | None:
    """The deed "which" asks who of a kind did: the verb in the past after the kind ("which
    brigade evacuated the civilian") and a noun of its ("which unit's medics evacuated"), or
    after a word such as "will" ("which country will host"); None for any other question."""
    if not said or said[0] != "which":
        return None
    if len(said) > 3 and said[2] in _WILL:
        return 3  # "which country will host the prisoner swap": host
    return next((i for i in (2, 3) if i < len(said) and said[i].endswith("ed")), None)


def _in_its_place(
    own: Sequence[Term],
    neighbour: str,
    apart: int,
    asked: Set[str],
    written: str,
    alike: Callable[[str, str], bool],
) -> list[tuple[str, str]]:
    """(written, the fact's word) where the fact's text (own terms) has, next to the
    neighbour the question shares and on the side the question's word stands (apart: its
    distance from the neighbour in the question), a word the question lacks that is like the
    question's word (_swapped): the nearest word within _SWAP_REACH of the neighbour."""
    side = 1 if apart > 0 else -1
    by_place: dict[int, list[Term]] = {}
    for t in own:
        by_place.setdefault(t.position, []).append(t)
    found = []
    for place, here in by_place.items():
        if neighbour not in {t.word for t in here}:
            continue
        there = next(
            (place + side * d for d in range(1, _SWAP_REACH + 1) if place + side * d in by_place),
            None,
        )
        if there is None or any(
            t.position < there < t.position + len(words(t.written)) for t in own
        ):
            continue  # nothing there, or a word of a name: "United States"
        tables = [t.word for t in by_place[there] if t.synonym]  # "host" is "held"
        found += [
            (written, t.written)
            for t in by_place[there]
            if not t.synonym
            and t.word not in asked
            and t.written.lower() not in asked
            and alike(written, t.written.lower())
            and not any(alike(written, w) for w in tables)
        ]
    return found


def _adjacency(codes: Sequence[Sequence[int]]) -> float:
    """Share of neighbouring query terms (by their posting codes) found side by side."""
    if len(codes) < 2:
        return 0.0
    return sum(map(_side_by_side, codes, codes[1:])) / (len(codes) - 1)


def _holds(rows: Sequence[int], row: int) -> bool:
    at = bisect.bisect_left(rows, row)
    return at < len(rows) and rows[at] == row


def _guessed(
    terms: Sequence[QueryTerm], said: Sequence[str], at: Set[int], a_city: Callable[[str], bool]
) -> tuple[frozenset[str], frozenset[str]]:
    """The names a question puts up as its answer (at: Asked.guessed, their positions), as
    the facts' words meet them, and as places, when all of these hold:

    - every word put up, articles aside, is a name's ("..., Miami?"; not "..., hosted
      Putin?", a clause set off by commas);
    - no other word of the question names it ("where will the Miami talks be held,
      Maimi?" gives Miami itself).

    As a place, a name is read by its own spelling where the facts have it, a slip mended
    ("Maimi": miami), and by what the synonym table makes of it only where they do not and
    it is no city (a_city): "the UAE" is Abu Dhabi's country, while "Washington" and "Kiev"
    are cities, not the US or Ukraine they stand for as parties ("who proposed hosting the
    talks, Washington?"), so the fact that puts ISW in the US does not confirm "where is ISW
    based, Washington?". Both empty otherwise."""
    put_up = [t for t in terms if t.role is Role.NAME and t.term.position in at]
    covered = {p for t in put_up for p in _positions(t)}
    if not at or any(p not in covered and said[p] not in ARTICLES for p in at):
        return frozenset(), frozenset()
    named = {
        w
        for t in terms
        if t.role is Role.NAME and t.term.position not in at
        for w, _, _ in t.indexed
    }
    parties = {w for t in put_up for w, _, _ in t.indexed}
    places: set[str] = set()
    for term in put_up:
        own = [w for w, how, _ in term.indexed if how not in _NOT_ITS_OWN]
        if own or not a_city(term.term.written):
            places.update(own or (w for w, _, _ in term.indexed))
    return frozenset(parties - named), frozenset(places - named)


_NOT_ITS_OWN = frozenset({"synonym", "related"})
"""How a word meets another that is not its own spelling: by the synonym table, or as a
related word."""


_ONE_OF_A_KIND = frozenset({Form.A_PERSON, Form.A_BODY})
_REPORTING = frozenset(
    "report reports reported quote quotes quoted relay relays relayed carry carries carried "
    "publish publishes published".split()
)
"""Verbs by which a question asks who reported something ("which organisation reported that
..."): who relayed it is one who reported it, not one who said it."""


def _one_of_a_kind_given(
    needs: Set[Form], speaking: Sequence[SourceKind], doing: Set[NameClass]
) -> set[Form]:
    """The kinds (Form.A_PERSON, Form.A_BODY) of the one a fact gives as asked for.

    - Asked who said it: its speakers (speaking: its source, and who relayed it where the
      question asks who reported it).
    - Asked who did it: the people and organisations it names (doing: the name classes of
      those the question does not name, a nation's as an organisation's, the war's two
      parties left out).
    - Asked who did it of a fact that names neither ("the Donbas has fertile farmland",
      asked "which official thinks so"): its speakers.
    """
    named = {NameClass.PERSON, NameClass.ORGANISATION} & doing
    if Form.WHO_SAID in needs or not named:
        person = SourceKind.PERSON in speaking
        body = any(k not in (SourceKind.PERSON, SourceKind.DOCUMENT) for k in speaking)
    else:
        person = NameClass.PERSON in named
        body = NameClass.ORGANISATION in named
    return {f for f, given in ((Form.A_PERSON, person), (Form.A_BODY, body)) if given}


def _explanation(candidate: _Candidate, read: Query) -> Explanation:
    """How each query term met the candidate, the parts of its score, and the gate's word."""
    words = []
    for term, (credit, word, how, where) in zip(read.terms, candidate.best, strict=True):
        words.append(
            WordMatch(
                term.term.written, term.term.word, term.term.synonym, word, how,
                where.name.lower() if where is not None else ("date" if how else ""),
                term.weight, credit, term.role.value,
            )
        )  # fmt: skip
    forms = sorted(f.value for f in read.asked.forms) if candidate.form else []
    verdict = candidate.verdict
    return Explanation(
        tuple(words), candidate.coverage, candidate.subject, candidate.adjacency,
        ", ".join(forms), verdict.reasons if verdict is not None else (),
        frozenset(verdict.failed) if verdict is not None else frozenset(),
    )  # fmt: skip


def _unique(terms: Iterable[Term]) -> list[Term]:
    """Terms with repeats dropped: "talks ... round" asks about talks once."""
    first: dict[str, Term] = {}
    for term in terms:
        first.setdefault(term.word, term)
    return list(first.values())
