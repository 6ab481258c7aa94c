"""The framing a question comes wrapped in (conflictfacts.frames): each frame's own examples,
and, through the index and the command line, the shipped evaluation's questions with frames
put around them."""

from __future__ import annotations

import json

import pytest

from conflictfacts.evaluate import EVALUATION, read_cases
from conflictfacts.frames import FRAMES, MIN_LEFT, unframed
from conflictfacts.search import Index
from tests.helpers import Run, answered

LEADS = (
    "For my article, ",
    "Quick question for our podcast: ",
    "My editor asks: ",
    "Our readers want to know ",
    "Can you tell me ",
    "I need to confirm: ",
)
TAILS = (", for my report", "? asking for a friend", "? my students want to know")


def about_anything(text: str) -> bool:
    """Every question is taken to be about the war (the frames alone are tested)."""
    return True


@pytest.mark.parametrize(
    ("query", "question"),
    [example for frame in FRAMES for example in frame.examples],
)
def test_each_frame_s_examples(query: str, question: str) -> None:
    assert unframed(query, about_anything) == question


def test_every_frame_has_examples_and_a_name_of_its_own() -> None:
    assert all(frame.examples for frame in FRAMES)
    assert len({(frame.name, frame.lead) for frame in FRAMES}) == len(FRAMES)


def test_only_a_lead_puts_a_question_back_in_question_order() -> None:
    # A tail is taken off what is already a question: its words stay in their order.
    tailed = "when the talks will be held? I need the source"
    assert unframed(tailed, about_anything) == "when the talks will be held?"
    assert unframed("My editor asks when the talks will be held", about_anything) == (
        "when will the talks be held"
    )


def test_a_frame_stays_where_too_little_would_be_left() -> None:
    # "For my article, Donbas coal?": taking the lead off would leave fewer than MIN_LEFT
    # words.
    assert MIN_LEFT == 3
    assert (
        unframed("For my article, Donbas coal?", about_anything) == "For my article, Donbas coal?"
    )
    assert (
        unframed("For my article, Donbas coal reserves?", about_anything) == "Donbas coal reserves?"
    )
    assert unframed("our readers want to know", about_anything) == "our readers want to know"
    # A possessive that belongs to the question is no frame: "our forces" are Ukraine's.
    kept = "Will Ukraine accept the withdrawal of our forces from the Donbas?"
    assert unframed(kept, about_anything) == kept


def _first(index: Index, query: str) -> str:
    """The id of the fact that answers query first, "" for none."""
    return next(iter(answered(index, query)), "")


def test_a_framed_question_gets_the_answer_of_the_question(index: Index) -> None:
    # Every question and keyword query of the shipped evaluation (of MIN_LEFT words or more,
    # about the war: naming its places, people, organisations or the war itself) that gets
    # its fact first, behind every lead and before every tail: the same answer.
    cases = [
        c
        for c in read_cases(EVALUATION)
        if c.expect and c.group in ("question", "keyword", "synonym")
        and len(c.text.split()) >= MIN_LEFT and index._about_the_war(c.text)
        and _first(index, c.text) == c.expect
    ]  # fmt: skip
    framed = {
        f"{lead}{case.text[:1].lower()}{case.text[1:].rstrip('?')}": case.expect
        for case in cases
        for lead in LEADS
    } | {f"{case.text.rstrip('?')}{tail}": case.expect for case in cases for tail in TAILS}
    lost = [query for query, fact in framed.items() if _first(index, query) != fact]
    assert len(framed) >= 400 and lost == [], (len(lost), lost[:10])


def test_a_frame_never_makes_a_query_answered(index: Index) -> None:
    # The shipped evaluation's queries that get no answer still get none, framed.
    cases = [c for c in read_cases(EVALUATION) if not c.expect]
    framed = [f"{lead}{c.text}" for c in cases for lead in LEADS] + [
        f"{c.text}{tail}" for c in cases for tail in TAILS
    ]
    told = [query for query in framed if _first(index, query)]
    assert len(framed) >= 300 and told == [], told[:10]


def test_ask_reads_the_question_inside_its_frame(run: Run) -> None:
    # Through the command line: the lead and the tail are not held against the answer.
    bare = run("ask", "--json", "how long has the war lasted")
    framed = run("ask", "--json", "our readers want to know how long the war has lasted")
    tailed = run("ask", "--json", "which oblasts make up the Donbas, for my class presentation")
    assert bare.exit_code == framed.exit_code == tailed.exit_code == 0
    first = json.loads(framed.stdout)[0]["id"]
    assert first == json.loads(bare.stdout)[0]["id"] == "war-nearly-four-years"
    assert json.loads(tailed.stdout)[0]["id"] == "donbas-definition"


# A review's cases (584 queries, before the frames were closed lists): a frame whose words
# were all that made a question the asker's own affair, or named its subject, or was itself
# the question, or was no frame at all. Each gets no answer, or the fact it asks about.
KEPT = {
    "For my golf club: when is the next round?": "",
    "Where is the next round? asking for my bowling team": "",
    "When is the deadline? asking for my landlord": "",
    "Is there a deadline in June? my landlord wants a number": "",
    "Our band wants to know where the next gig will be held": "",
    "My son asks how long the war with his sister has lasted": "",
    "Our readers wonder whether our newspaper will survive the June deadline": "",
    "My editor wants to know whether I accepted the job offer": "",
    "When is the deadline? I need to pay my rent": "",
    "For my Minecraft server, how much coal reserves do I have?": "",
    "For my Luhansk article, how much is occupied?": "luhansk-control-isw",
    "How much of the oblast does Russia control? I'm writing about Luhansk": "luhansk-control-isw",
    "Russia controls 70% of Donetsk; I need to know how much of Luhansk": "",
    "The US deadline is June. My editor asks what happens if it is missed": (
        "us-pressure-if-deadline-missed"
    ),
    "Is Russia asking for our withdrawal from the Donbas?": "russia-demands-donbas-withdrawal",
    "Russia keeps asking for our Donbas": "russia-demands-donbas-withdrawal",
    "When did Trump say Ukraine should give up part of the Donbas? my students ask": (
        "trump-donbas-cut-up"
    ),
}


def test_a_frame_stays_where_the_question_is_not_about_the_war(index: Index) -> None:
    # A second review's cases: a question that names nothing of the war may be about the
    # asker's work ("For my essay, when is the deadline?"): its frame stays, and it gets no
    # answer, as it did before frames came off.
    for query in (
        "For my essay, when is the deadline?",
        "For our podcast, who is the host?",
        "My students ask how long the class has lasted",
        "I need to know how long the meeting lasted",
        "My editor asks whether the story will run next week",
        "what's the timeline? for my project",
        "I'd like to know when summer starts",
    ):
        assert unframed(query, index._about_the_war) == query
        assert _first(index, query) == "", query


def test_a_frame_that_is_more_than_a_frame_stays(index: Index) -> None:
    changed = {query: _first(index, query) for query, fact in KEPT.items()}
    assert {q: f for q, f in changed.items() if f != KEPT[q]} == {}


def test_a_sentence_about_the_asker_is_no_frame(index: Index) -> None:
    # A review's cases: the sentence before the question named what it asks about, or which
    # war, or what it does not mean; taken off, "it", "the oblast" and "the war" would get
    # the table's Donetsk, Druzhkivka and war. It stays, and the question is read whole.
    kept = {
        "I live in Kharkiv. How much of it does Russia occupy?": "",
        "I'm from Luhansk. How much of the oblast does Russia control?": "luhansk-control-isw",
        "My town is Kramatorsk. Was it shelled?": "",
        "I'm studying the Korean war. How long did the war last?": "",
        "My piece is about Gaza. Is the fighting still intense?": "",
        "I don't mean coal. What share of Ukraine's reserves is in the Donbas?": "",
    }
    assert {q: _first(index, q) for q in kept} == kept
    # Greetings, who the asker is and what they write are frames ("Hi! ...", "As a
    # teacher, ...", "For a class, ..."); so are nested frames.
    assert _first(index, "Hi! Who hosted Putin in Alaska?") == "trump-putin-alaska-summit"
    assert _first(index, "As a teacher, which oblasts make up the Donbas?") == "donbas-definition"
    assert _first(index, "For a class, which oblasts make up the Donbas?") == "donbas-definition"
    nested = "Hello, for our podcast, my producer asks how much of Donetsk Russia controls"
    assert _first(index, nested) == "donetsk-control-isw"
