"""Whether a fact answers a question: a short list of named conditions, apart from the
arithmetic that ranks the facts that pass it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from conflictfacts.models import Fact
from conflictfacts.question import Form

THRESHOLD = 0.56
"""The least share of a question's weight a fact must explain. `conflictfacts evaluate`
prints how near to it the right answers and the questions without one came."""


SETTING = frozenset({"ukraine", "russia"})
"""The war's two parties, by their canonical words (Kyiv and Kiev are "ukraine", Moscow and
the Kremlin "russia"). Every fact is set between them, whether its words say so or not, so
a question that names both ("Miami talks Ukraine Russia") asks no more of a fact for that:
they still count for coverage, and who does what is for the actor condition and the
stances to decide. A question that names one ("Russia's schedule") is about that one."""


BOTH_SIDES = "side"
"""The synonym table's word for the two parties together ("both sides", "the two warring
countries"): a fact that names Ukraine and Russia together holds it too (build), and, like
the pair, it sets the scene rather than what a fact's subject is about."""


class Evidence(NamedTuple):
    """What is known of one fact against one question, all that the gate decides on."""

    coverage: float
    """Weighted share of the question the fact explains."""
    unknown: tuple[str, ...]
    """Names in the question (places, people, organisations, measured things, figures)
    that no fact holds at all."""
    missing: tuple[str, ...]
    """Names in the question that other facts hold but this one does not, in its own
    words (subject, statement or source; a quote shared with other facts does not count),
    but the SETTING's when the question names both of its parties."""
    needs: frozenset[Form]
    """What the form of the question requires of an answer."""
    gives: frozenset[Form]
    """What the fact gives: a value, a date, a place, a named source, the named speaker."""
    off_time: tuple[str, ...]
    """Times the question names that the fact neither holds for nor mentions."""
    other_actor: str = ""
    """Who the fact's statement says does it, where the question asks what another does
    ("did Russia propose ...": the Americans propose); "" when they agree."""
    opposed: tuple[str, ...] = ()
    """Words of the question whose opposite the fact says instead ("prolong": it says
    "end"), as "prolong (it says 'end')"."""
    misplaced: tuple[str, ...] = ()
    """Names of the question the fact holds, but not in the part the question gives them
    ("is ISW a Russian think tank": ISW only as who said it), each as said in a reason."""
    borrowed: float = 0.0
    """The part of coverage met only outside the fact's own text: its keywords, or the
    words of a photo's context."""
    swapped: tuple[str, ...] = ()
    """Common words of the question that stand where the fact has a word like them ("the
    next round of tanks": it says "talks"), each as "'tanks' (it says 'talks')"."""


class Condition(NamedTuple):
    """One requirement of an answer: its name, what it asks, and the test."""

    name: str
    rule: str
    holds: Callable[[Evidence], bool]


CONDITIONS = (
    Condition("known", "every name in the question is in the tables", lambda e: not e.unknown),
    Condition("about", "the fact holds every name in the question", lambda e: not e.missing),
    Condition("form", "the fact gives what the question asks for", lambda e: e.needs <= e.gives),
    Condition("time", "the fact holds for the time the question names", lambda e: not e.off_time),
    Condition(
        "actor", "the fact is about what the question's subject does", lambda e: not e.other_actor
    ),
    Condition(
        "opposite", "the fact does not say the opposite of what is asked", lambda e: not e.opposed
    ),
    Condition(
        "roles",
        "the fact holds what the question names in the part the question gives it",
        lambda e: not e.misplaced,
    ),
    Condition(
        "word for word",
        "no word of the question stands where the fact has another like it",
        lambda e: not e.swapped,
    ),
    Condition(
        "own words",
        "the fact's own text holds some of the question, not only its keywords",
        lambda e: e.coverage - e.borrowed > 0,
    ),
    Condition(
        "coverage",
        f"the fact explains at least {THRESHOLD:.0%} of the question",
        lambda e: e.coverage >= THRESHOLD,
    ),
)
"""What an answer must meet, all of it: the gate."""

_LACKS = {
    Form.HOW_MUCH: "gives no number or share",
    Form.HOW_MANY: "gives no count of things",
    Form.INTERVAL: "gives no length of time between it and another event",
    Form.WHAT_IS: "does not say what that is",
    Form.NOT: "says nothing is not so, and the question asks what is not",
    Form.WHEN: "gives no date",
    Form.WHERE: "names no place that the question does not",
    Form.WHO_SAID: "is in the document's own voice, naming no source",
    Form.WHO: "names nobody that the question does not",
    Form.WHICH_PERSON: "names no person or organisation that the question does not",
    Form.RELAYED: "names nobody who relayed it",
    Form.A_PERSON: "gives no person where the question asks for one",
    Form.A_BODY: "gives no organisation where the question asks for one",
    Form.DAY: "gives no single day",
    Form.CLOCK: "gives no time of day, only a date",
    Form.SAID_BY: "is not what the source the question names asserts or relays",
    Form.DONE: "says it was agreed, planned or proposed, not that it was done or is so",
    Form.RATE: "gives no pace, a figure per day, week, month or year",
    Form.EXACT: "gives no exact number (none, or a hedged one), and the question asks for one",
    Form.ABOVE: "gives a figure that does not settle the lower bound asked (a hedged one)",
    Form.BELOW: "gives a figure that does not settle the upper bound asked (a hedged one)",
    Form.WHY: "says what happened, not why",
    Form.SAID_WHEN: "is dated by what was said, not by when it was said",
    Form.PUBLISHED: "is a claim in the document, not its date (see `conflictfacts show ID`)",
    Form.OUTCOME: "says it is still to happen, or only that it took place, not what came of it",
    Form.PHOTOGRAPHER: "credits no person with the picture, only who provided it",
    Form.ENDED: "does not say it is over",
    Form.SEQUENCE: "does not say what came before or after it",
    Form.WHICH: "names no member of the kind asked for, nor a figure",
    Form.STANCE: "says neither what that party is to do nor where it stands",
    Form.ADVICE: "does not say what should be done, only what is done or wanted",
    Form.DURATION: "gives no length of time, nor the date it has run since",
    Form.OBLIGED: "does not say it must be done",
    Form.PERMITTED: "does not say it may be done, or that it binds in law",
    Form.PRICE: "gives no sum of money",
    Form.FORECAST: "does not say what is expected to happen, only what someone wants or will do",
    Form.CAUSE: "gives no cause or purpose",
    Form.CONDITION: "states no condition, and the question asks what would follow on one",
    Form.HOW_TO: "holds a claim about the war, not a way of doing something",
    Form.MANNER: "says that it was done, or what is so, not by what means",
    Form.RECORD: "does not say it is the most of its kind",
    Form.UNIVERSAL: "does not say it holds of every one, or always",
    Form.ONLY: "does not say it is the only one",
    Form.SO: "reports a party's narrative or claim, not that it is so",
    Form.CONFIRMED: "says it is likely or expected, not that it is settled",
    Form.NEAR: "gives no distance, and does not say what lies next to it",
    Form.WHERE_TO: "names no place anything was taken to, only where it happened",
    Form.NAMED: "gives no name it goes by, in quotes or as what it is called",
    Form.SPELLED_OUT: "does not spell out the name the letters stand for",
    Form.WHOLLY: "does not say it is so of all of it (only of a share, or nearly all)",
    Form.ROLE: "does not say what the question's subject did: it names it as where, or not at all",
}


class Verdict(NamedTuple):
    """Whether a fact answers; the conditions it fails, and why, in words."""

    answers: bool
    failed: tuple[str, ...]
    reasons: tuple[str, ...]


def judge(evidence: Evidence) -> Verdict:
    """The gate: a fact answers when it meets every condition."""
    failed = [c for c in CONDITIONS if not c.holds(evidence)]
    return Verdict(
        not failed, tuple(c.name for c in failed), tuple(_reason(c, evidence) for c in failed)
    )


def _quoted(words: tuple[str, ...]) -> str:
    return ", ".join(repr(w) for w in words)


def _reason(condition: Condition, evidence: Evidence) -> str:
    if condition.name == "known":
        return f"no fact mentions {_quoted(evidence.unknown)}"
    if condition.name == "about":
        return f"it does not mention {_quoted(evidence.missing)}"
    if condition.name == "form":
        lacking = sorted(evidence.needs - evidence.gives)
        if Form.HOW_MANY in lacking and Form.HOW_MUCH in lacking:
            lacking.remove(Form.HOW_MUCH)  # "no count" says it: not "no number" beside it
        return "it " + " and ".join(_LACKS[f] for f in lacking)
    if condition.name == "time":
        return f"it does not hold for {_quoted(evidence.off_time)}"
    if condition.name == "actor":
        return f"it is about what {evidence.other_actor!r} does"
    if condition.name == "roles":
        return "it holds " + "; ".join(evidence.misplaced)
    if condition.name == "word for word":
        return "it has another word in the place of " + ", ".join(evidence.swapped)
    if condition.name == "own words":
        return "its own text holds no word of the question, only its keywords do"
    if condition.name == "opposite":
        return f"it says the opposite: {', '.join(evidence.opposed)}"
    return f"it explains only {evidence.coverage:.0%} of the question (needs {THRESHOLD:.0%})"


ONE_BY_ONE = 0.65
"""The least share of a question asked of one member of a list that the member's answer must
explain: more than THRESHOLD, since the user did not ask it in those words."""


class ListEvidence(NamedTuple):
    """What is known of a list's members (places or measured things named together, or the
    parts of a whole) when the question is asked of each of them on its own."""

    coverage: tuple[float, ...]
    """The share of its question that each member's best answer explains; 0.0 for a member
    that got no answer."""
    together: bool
    """Whether every member got an answer, and those answers are given together
    (given_together)."""


class ListCondition(NamedTuple):
    """One requirement of the answers to a list asked of one by one."""

    name: str
    rule: str
    holds: Callable[[ListEvidence], bool]


LIST_CONDITIONS = (
    ListCondition(
        "each answered",
        "every member of the list gets an answer through the gate",
        lambda e: all(c > 0 for c in e.coverage),
    ),
    ListCondition(
        "each explained",
        f"each answer explains at least {ONE_BY_ONE:.0%} of the question asked of it",
        lambda e: min(e.coverage) >= ONE_BY_ONE,
    ),
    ListCondition(
        "given together",
        "the answers are one measure's figures, given together in one passage",
        lambda e: e.together,
    ),
)
"""What the answers to a list asked of one by one must meet, all of it, to answer together."""


def judge_list(evidence: ListEvidence) -> Verdict:
    """Whether the members' answers answer the list together."""
    failed = [c for c in LIST_CONDITIONS if not c.holds(evidence)]
    return Verdict(not failed, tuple(c.name for c in failed), tuple(c.rule for c in failed))


def given_together(facts: Sequence[Fact]) -> bool:
    """Whether facts are one measure's figures for the members of a list: each a fact of
    its own, all of one kind, from one source, citing one passage of one document ("Russia
    controls nearly all of Luhansk and around 70% of Donetsk")."""
    if not facts:
        return False
    first = facts[0]
    return (
        len({f.id for f in facts}) == len(facts)
        and all(f.kind == first.kind and f.source == first.source for f in facts)
        and all(f.document == first.document for f in facts)
        and max(f.start for f in facts) < min(f.end for f in facts)
    )
