"""What a question asks for beside its words: its forms, the speaker it names, its times."""

from __future__ import annotations

from datetime import date

import pytest

from conflictfacts.question import Form, Time, asked
from conflictfacts.text import words


@pytest.mark.parametrize(
    ("query", "forms"),
    [
        ("how much of Donetsk does Russia control", {Form.HOW_MUCH}),
        ("number of POWs in the prisoner swap", {Form.HOW_MUCH, Form.HOW_MANY}),
        ("how many gas fields are in the Donbas", {Form.HOW_MUCH, Form.HOW_MANY}),
        ("when is the deadline", {Form.WHEN}),
        ("on which day in June is the deadline", {Form.WHEN, Form.DAY}),
        ("where will the next talks be held", {Form.WHERE}),
        ("in which country are the talks", {Form.WHERE}),
        ("who said the US set a deadline", {Form.WHO_SAID}),
        ("according to whom does Russia control 70% of Donetsk", {Form.WHO_SAID}),
        ("what did Putin say about the deadline", {Form.SAID_BY}),
        ("according to ISW, how much of Luhansk is held", {Form.SAID_BY, Form.HOW_MUCH}),
        ("who hosted the Alaska summit", {Form.WHO}),
        ("which US official will chair the talks", {Form.WHICH_PERSON, Form.A_PERSON}),
        # "Which" may name the kind of one it asks for: a person, or an organisation.
        ("which organisation estimated Russian control", {Form.WHO_SAID, Form.A_BODY}),
        ("which leader said the Donbas should be cut up", {Form.WHO_SAID, Form.A_PERSON}),
        ("which body is cited on the resources", {Form.WHO_SAID, Form.A_BODY}),
        ("which people were evacuated", {Form.WHICH_PERSON}),
        # ... and not where the kind's word describes what is asked for.
        ("according to which official source does Russia hold Donetsk", {Form.WHO_SAID}),
        # The kind is the last kind's word before the verb: a head of an organisation is a
        # person; the verb ends it ("official figures" is what was estimated).
        ("which head of state said the war would end", {Form.WHO_SAID, Form.A_PERSON}),
        (
            "which organisation estimated official figures",
            {Form.WHO_SAID, Form.HOW_MUCH, Form.A_BODY},
        ),
        ("which institute hosted Putin in Alaska", {Form.WHICH, Form.A_BODY}),
        ("which side broke the truce", {Form.WHO}),
        ("what is the name of the civilian", {Form.WHAT_IS, Form.WHICH_PERSON}),
        ("which hotel or venue in Miami will host the talks", {Form.WHERE}),
        ("which news agency quoted Zelenskyy", {Form.RELAYED}),
        ("how much of Donetsk does Russia not control", {Form.HOW_MUCH, Form.NOT}),
        ("what is the Donbas", {Form.WHAT_IS}),
        ("who is Zelenskyy", {Form.WHAT_IS}),
        ("will the war end by June", {Form.FORECAST}),
        ("is the war going to end this year", {Form.FORECAST}),
        ("when will the war end", {Form.WHEN, Form.FORECAST}),  # a forecast, not a proposal
        ("which critical minerals are found in the Donbas", {Form.WHICH}),
        ("what natural resources does the Donbas have", {Form.WHICH}),
        ("what pressure will Washington put on Kyiv specifically", {Form.WHICH}),
        ("what schedule do the Americans want", set()),
        ("how fast are Russian forces advancing in Donetsk", {Form.RATE}),
        ("outcome of the Miami talks", {Form.OUTCOME}),
        # Issues are told by describing them: "which" asks for the words before the kind.
        ("which issues were left unresolved", {Form.WHICH}),
        ("Donetsk control", set()),
        ("WEF partner think tank", set()),
        # A noun after a verb is not the kind asked for: "what did both sides agree on".
        ("what did both sides agree on in Abu Dhabi", set()),
        ("what did officials say", {Form.SAID_BY}),
        ("which side is pressing Ukraine", {Form.WHO}),
        # A comparison asks for figures.
        ("is more of Luhansk or Donetsk occupied", {Form.HOW_MUCH}),
        # "how much ... will" asks what is to be, as "will ..." does.
        ("how much of Donetsk will Russia control after the deal", {Form.HOW_MUCH, Form.FORECAST}),
        ("which state is Miami in", {Form.WHERE}),
        (
            "According to which organisation does the Donbas hold half the coal?",
            {Form.WHO_SAID, Form.A_BODY},
        ),
        ("What is the name of the Kremlin's story about southeastern Ukraine?", {Form.WHAT_IS}),
        ("what is the name of the wounded civilian", {Form.WHAT_IS, Form.WHICH_PERSON}),
        ("Which president said Donbas should be cut up?", {Form.WHO_SAID, Form.A_PERSON}),
        ("which leader said the talks would be in Miami", {Form.WHO_SAID, Form.A_PERSON}),
        ("Which leader in Kyiv revealed the American timetable?", {Form.WHO_SAID, Form.A_PERSON}),
        ("Which head of state disclosed the American timetable?", {Form.WHO_SAID, Form.A_PERSON}),
        ("Which country is pressing Kyiv to withdraw from Donbas?", {Form.WHO}),
        ("which country hosted the summit", {Form.WHERE}),
        ("what kind of organisation is CIRSD", {Form.WHAT_IS}),
        ("how old is the war", {Form.DURATION}),
        # A verb of sourcing with the figures asks whose they are, as "the source of" does.
        (
            "Which research body supplied the resource statistics?",
            {Form.WHO_SAID, Form.HOW_MUCH, Form.A_BODY},
        ),
        # Instructions: a way of doing something, which no claim gives.
        ("how to cut up a chicken", {Form.HOW_TO}),
        ("How does the Abu Dhabi stock exchange work?", {Form.HOW_TO}),
        ("how do I renew a visa", {Form.HOW_TO}),
        ("What was discussed at the Alaska summit?", {Form.OUTCOME}),
        # A superlative asks whether it is the most of its kind; "latest" names which one.
        ("was the prisoner exchange the largest of the war", {Form.RECORD}),
        ("does every think tank partner with the WEF", {Form.UNIVERSAL}),
        ("were all trilateral rounds brokered by the US", {Form.UNIVERSAL}),
        ("has Russia always controlled Luhansk", {Form.UNIVERSAL}),
        # The only one of a kind, not "only" as a limit on whom.
        ("is the WEF CIRSD's only partner", {Form.ONLY}),
        ("is the US the sole mediator", {Form.ONLY}),
        ("is there only one venue", {Form.ONLY}),
        ("does the deadline apply only to Russia", set()),
        ("which city has been confirmed as the venue", {Form.CONFIRMED, Form.WHERE}),
        ("where did the latest round end", {Form.WHERE}),
        ("Is ISW the most cited think tank?", {Form.RECORD}),
        ("where did the most recent round end", {Form.WHERE}),
        # Keywords that end on "date" ask it; a date named by its kind is a thing.
        ("Druzhkivka shelling date", {Form.WHEN}),
        ("timing of the next round", {Form.WHEN}),
        ("what happens if they miss the target date", {Form.CONDITION}),  # not when
        ("casualties to date", set()),
        ("US cut-off date pressure", set()),
        # What a word means asks what it is; what someone meant by it asks for their words.
        ("what does the word oblast mean", {Form.WHAT_IS}),
        ("what does the term Donbas refer to", {Form.WHAT_IS}),
        ("what did Trump mean by cut up", {Form.SAID_BY}),
        # "where" after a kind of place says which place the words before it name.
        ("Emirati capital where the latest negotiations wrapped up", set()),
        ("where did the latest negotiations wrap up", {Form.WHERE}),
        # What will happen asks for a forecast.
        ("What will happen to the Donbas after the war?", {Form.FORECAST}),
        # A headcount, a count of: a number of things.
        ("headcount of captives swapped", {Form.HOW_MUCH, Form.HOW_MANY}),
        ("count of prisoners exchanged", {Form.HOW_MUCH, Form.HOW_MANY}),
    ],
)
def test_forms(query: str, forms: set[Form]) -> None:
    assert asked(query).forms == forms


@pytest.mark.parametrize(
    ("query", "guess"),
    [
        ("where will the next round be held, Miami?", ["miami"]),
        ("where will the next round be held, Abu Dhabi?", ["abu", "dhabi"]),
        ("who hosted Putin in Alaska, Trump?", ["trump"]),
        # Not a name after the comma, nor a question that asks for a place or someone.
        ("where will the next round be held, and when?", []),
        ("Which region does Trump think should be cut up, and why?", []),
        ("where is the next round, according to Zelenskyy?", []),
        ("when is the deadline, June?", []),
        # Closing marks end it; a comma within a number leaves no guess.
        ('"where will the next round be held, Miami?!"', ["miami"]),
        ("who killed 1,000 Russians?", []),
    ],
)
def test_a_guess_after_a_comma(query: str, guess: list[str]) -> None:
    said = words(query)
    assert [said[i] for i in sorted(asked(query).guessed)] == guess


@pytest.mark.parametrize(
    ("query", "deed"),
    [
        ("who founded the CIRSD think tank", "founded"),
        ("who will head the US team", "head"),
        ("who else will attend the next round", "attend"),
        ("who else said it", None),
        ("who said the US set a deadline", None),
        ("who set the June deadline", None),
        # "act as", "serve as": the role after it is what is asked, not the verb.
        ("who acted as mediator in Abu Dhabi", None),
        ("who served as host of the summit", None),
        ("who provided the photo", None),
        ("who is Zelenskyy", None),
        ("which side founded it", None),
    ],
)
def test_deed(query: str, deed: str | None) -> None:
    found = asked(query).deed
    assert (None if found is None else words(query)[found]) == deed


@pytest.mark.parametrize(
    ("query", "speaker"),
    [
        ("what did Putin say about the June deadline", ("putin",)),
        ("according to the Institute for the Study of War, Donetsk", ("institute",)),
        ("Zelensky says the Americans want it by June", ("zelensky",)),
        ("What condition does Kyiv say it will never accept?", ("kyiv",)),
        ("who said the Donbas should be cut up", ()),
        ("which think tank that partners with the WEF assessed the resources", ()),
        ("how much of Donetsk does Russia control per ISW", ("isw",)),
        ("Luhansk control, per an American research group", ("american", "research", "group")),
        ("how many drones per day", ()),
        ("over 50 per cent of the coal", ()),
        # A word of speech that is a noun after "this", "of" or "the" names nobody.
        ("How long has the conflict lasted as of this report?", ()),
        ("where did the American and Russian heads of state meet", ()),
        ("what does the ISW report say", ("isw",)),
        # A headline names its speaker after the comma that ends what was said.
        ("Miami likely host of next Ukraine-Russia talks, says Zelenskyy", ("zelenskyy",)),
        ("Russia holds 70% of Donetsk, says the Institute for the Study of War", ("institute",)),
        ("Talks to resume in Miami: says Zelensky.", ("zelensky",)),
        ("when does the US want the war to end by, Zelenskii said", ("zelenskii",)),
        # "said to": what is said of the subject; "says which": asked. Nobody is named.
        ("Russia, said to be pressing Ukraine to leave the Donbas?", ()),
        ("Russia controls 70% of Donetsk, says which think tank?", ()),
    ],
)
def test_speaker(query: str, speaker: tuple[str, ...]) -> None:
    assert asked(query).speaker == speaker


@pytest.mark.parametrize(
    ("query", "times"),
    [
        ("Donetsk control in 2023", {"2023": Time(2023, None)}),
        ("the June deadline", {"june": Time(None, 6)}),
        ("talks in June 2026", {"june": Time(2026, 6), "2026": Time(2026, 6)}),
        ("what may happen in May", {"may": Time(None, 5)}),
        ("a march on Kyiv", {}),
        (
            "Donetsk control a year ago",
            {"ago": Time(2025, 11, counted=True), "year": Time(2025, 11, counted=True)},
        ),
        ("Donetsk control last year", {"year": Time(2025, None, counted=True)}),
        ("what does the US want by summer", {"summer": Time(None, 6, until=8)}),
        ("by winter", {"winter": Time(None, 12, until=2)}),
        ("this winter", {}),
        ("prices fall", {}),  # a verb, not a season
        (
            "how much of Donetsk did Russia control before the war",
            {"war": Time(2022, 2, before=True)},
        ),
        ("before the full-scale invasion", {"invasion": Time(2022, 2, before=True)}),
        ("how long has the war lasted", {}),
        (
            "talks on 20 February 2026",
            {
                "20": Time(2026, 2, day=20),
                "february": Time(2026, 2, day=20),
                "2026": Time(2026, 2, day=20),
            },
        ),
        (
            "talks on February 20th",
            {"20": Time(None, 2, day=20), "february": Time(None, 2, day=20)},
        ),
        ("20 per cent in February", {"february": Time(None, 2)}),
        # A day of the year by its name, in any year: Christmas is 25 December.
        (
            "a deal by Christmas",
            {"christmas": Time(None, 12, day=25), "christma": Time(None, 12, day=25)},
        ),
        ("before New Year", {"new": Time(None, 1, day=1)}),
        ("the New York Times", {}),
        # A season after "in (the)" or "during" is a time of any year; winter runs over one.
        ("hosted in the winter", {"winter": Time(None, 12, until=2)}),
        ("met during summer", {"summer": Time(None, 6, until=8)}),
        # "Next" puts a season or a decade after today (30 November 2026); a winter is its
        # January and February.
        ("what is expected next spring", {"spring": Time(2027, 3, until=5, counted=True)}),
        ("what is planned next winter", {"winter": Time(2027, 1, until=2, counted=True)}),
        ("what is planned next decade", {"decade": Time(2029, 12, after=True)}),
        ("what is planned next season", {"season": Time(2026, 11, after=True)}),
        # "Last" puts a season before the report each fact comes from, not before today;
        # winter runs over a year's end, left unread; a year named with it is that year's.
        ("what did Trump say last autumn", {"autumn": Time(None, 9, until=11, reported=True)}),
        ("after last summer", {"summer": Time(None, 6, until=8, after=True, reported=True)}),
        # The verb "last" is no time: only the one before a season says which.
        (
            "will the deadline last until June, as agreed last autumn",
            {"june": Time(None, 6), "autumn": Time(None, 9, until=11, reported=True)},
        ),
        ("what happened last winter", {}),
        ("the last summer of the war", {}),  # its final summer
        (
            "which summit did Trump host before last fall",
            {"fall": Time(None, 9, until=11, before=True, reported=True)},
        ),
        (
            "what did Trump say last autumn 2024",
            {"autumn": Time(2024, 9, until=11), "2024": Time(2024, 9, until=11)},
        ),
    ],
)
def test_times(query: str, times: dict[str, Time]) -> None:
    assert asked(query, today=date(2026, 11, 30)).time_words == times


@pytest.mark.parametrize(
    ("query", "actor"),
    [
        ("did Russia agree to withdraw", "russia"),
        ("how much of Donetsk does Russia control", "russia"),
        ("what deadline did the US give Ukraine", "usa"),
        ("Russia will never accept", "russia"),
        ("what is Russia proposing", "russia"),
        ("what did Trump say about the Donbas", None),  # a speaker, not an actor
        ("Donetsk control", None),
        ("where is the Donbas", None),
        ("who said the Donbas should be cut up", None),
        # a question word after a preposition leads as a first one does, for what one wants
        ("by when does Russia want the war to end", "russia"),
        ("by what month does the Kremlin want a deal", "kremlin"),
        ("by when must Russia reach an agreement", None),  # a limit another sets for it
        ("in which year did Putin go to Alaska", None),
        # Will or readiness to do something: the one who would do it.
        ("is Ukraine willing to give up the Donbas", "ukraine"),
        ("is Kyiv ready to withdraw from the Donbas", "kyiv"),
        ("are the Americans prepared to pressure both sides", "americans"),
        ("is the Donbas ready to be given up", None),  # what would be done to it
        ("is the war likely to end by June", None),
    ],
)
def test_actor(query: str, actor: str | None) -> None:
    from conflictfacts.text import words

    at = asked(query).actor
    assert (words(query)[at] if at is not None else None) == actor


@pytest.mark.parametrize(
    ("query", "doing"),
    [
        ("what is the US offering Russia", "offering"),
        ("is Ukraine demanding that Russia withdraw", "demanding"),
        ("is Ukraine willing to withdraw", None),
        ("is fighting still intense", None),
    ],
)
def test_doing(query: str, doing: str | None) -> None:
    from conflictfacts.text import words

    at = asked(query).doing
    assert (words(query)[at] if at is not None else None) == doing


@pytest.mark.parametrize(
    ("query", "forms"),
    [
        ("Which Russian unit shelled Druzhkivka?", {Form.WHO}),
        ("which brigade holds the town", {Form.WHO, Form.DONE}),  # and what is so, not proposed
        # After "what", a unit or the forces are what the question is about, not its answer.
        ("what have Russian forces captured in Donetsk", set()),
        ("what did the unit do in Druzhkivka", set()),
        ("which hospital was the civilian taken to", {Form.WHERE}),
        ("what base level of troops is allowed", set()),
    ],
)
def test_which_unit_and_which_kind_of_place(query: str, forms: set[Form]) -> None:
    assert asked(query).forms == forms


def test_a_time_after_after_is_marked() -> None:
    assert asked("what will the US do after June 2026").time_words == {
        "june": Time(2026, 6, after=True), "2026": Time(2026, 6, after=True)
    }  # fmt: skip
    assert asked("by June").time_words == {"june": Time(None, 6)}


@pytest.mark.parametrize(
    ("query", "field", "word"),
    [
        ("is ISW a Russian think tank", "identity", "isw"),
        ("is the CIRSD an American body", "identity", "cirsd"),
        ("is it true a big exchange was agreed", "identity", None),
        ("is fighting in the Donbas intense", "identity", None),
        ("where is Donetsk", "placed", "donetsk"),
        ("where is the Donbas located", "placed", "donbas"),
        ("which state is Miami in", "placed", "miami"),
        ("where will the talks be held", "placed", "talks"),  # a place given after them
        ("where will the prisoner exchange take place", "placed", "exchange"),
        ("which country will host the prisoner swap", "placed", "prisoner"),
        ("where did Zelenskyy say it", "placed", None),
        # what a share is asked of, past a word of now: "still" is no judgement
        ("what percentage of the Donbas is occupied", "predicate", "occupied"),
        ("what proportion of Donetsk is currently occupied", "predicate", "occupied"),
        ("what is the Donbas considered today", "now", "today"),
        ("is fighting still intense", "now", "still"),
        ("what was the Donbas considered", "now", None),
    ],
)
def test_what_a_yes_or_no_or_where_question_is_about(
    query: str, field: str, word: str | None
) -> None:
    found = getattr(asked(query), field)
    if field == "now":
        assert (found or None) == word
    else:
        assert (None if found is None else words(query)[found]) == word


@pytest.mark.parametrize(
    ("query", "forms", "speaker"),
    [
        (
            "Which organisation is the source of the figures on Donbas resources?",
            {Form.WHO_SAID, Form.HOW_MUCH, Form.A_BODY},  # whose figures: a fact with a figure
            (),
        ),
        ("How long has the war been going on, according to the article?", {Form.DURATION}, ()),
        ("which news agency quoted Zelenskyy", {Form.RELAYED}, ()),
    ],
)
def test_the_source_asked_for_and_the_article_that_is_none(
    query: str, forms: set[Form], speaker: tuple[str, ...]
) -> None:
    assert asked(query).forms == forms
    assert asked(query).speaker == speaker


def test_yesterday_and_tomorrow_are_times_counted_from_today() -> None:
    """Each is a day, which only a fact's date meets; so is "today" in a past question,
    while in a present one it asks what is so now."""
    times = asked("was the civilian evacuated yesterday", today=date(2026, 12, 1)).time_words
    assert times == {"yesterday": Time(2026, 11, day=30, counted=True)}
    assert asked("talks tomorrow", today=date(2026, 11, 30)).time_words == {
        "tomorrow": Time(2026, 12, day=1, counted=True)
    }
    assert asked("what did Trump say today", today=date(2026, 12, 2)).time_words == {
        "today": Time(2026, 12, day=2, counted=True)
    }
    assert asked("who controls Luhansk today", today=date(2026, 12, 2)).time_words == {}
    assert asked("what did Trump say this month", today=date(2026, 12, 2)).time_words == {
        "month": Time(2026, 12, counted=True)
    }


@pytest.mark.parametrize(
    "query",
    [
        "Which think tank is cited for the figures on Russian territorial control?",
        "Which American research body tracks how much ground Moscow holds?",
    ],
)
def test_which_body_is_cited_or_tracks_asks_who_said_it(query: str) -> None:
    assert Form.WHO_SAID in asked(query).forms


@pytest.mark.parametrize(
    ("query", "forms", "answer_words"),
    [
        ("source of donbas coal figures", {Form.WHO_SAID, Form.HOW_MUCH}, {"source", "figures"}),
        ("is the 70% Donetsk figure from ISW", {Form.HOW_MUCH}, {"figure"}),
        ("which think tank provided the figures", {Form.WHO_SAID, Form.HOW_MUCH},
         {"think", "tank", "provided", "figures"}),
        ("Trump's Donbas remark", set(), {"remark"}),
        ("which two provinces together form the Donbas", set(), {"together", "form"}),
        ("what are Luhansk and Donetsk collectively called", set(), {"collectively", "called"}),
        ("by what point do the Americans want the war over", {Form.WHEN}, {"point"}),
        ("how many rounds of talks so far", set(), {"far"}),
    ],
)  # fmt: skip
def test_words_that_name_the_answer(query: str, forms: set[Form], answer_words: set[str]) -> None:
    # "the source of the coal figures" asks who gave a figure, and "which provinces form
    # the Donbas" what it is made of: those words are not what the question is about.
    read = asked(query)
    assert forms <= read.forms
    said = words(query)
    assert {said[i] for i in read.form_words} >= answer_words


@pytest.mark.parametrize(
    "query",
    [
        "what energy sources does the Donbas hold",
        "was a new brigade formed in Donetsk",
        "what has Russia called the Donbas",
        "what has Ukraine formed to negotiate",
    ],
)
def test_words_that_only_look_like_naming_the_answer(query: str) -> None:
    # "energy sources" are what the Donbas holds, and "formed", with no "which" or "what",
    # is what was done: both are what the question is about.
    read = asked(query)
    assert Form.WHO_SAID not in read.forms
    assert {words(query)[i] for i in read.form_words} & {"sources", "formed", "called"} == set()


def test_what_a_yes_or_no_question_sets_its_event_against() -> None:
    said = "was the summit held before trump's remark"
    against = asked(said).set_against
    assert {words(said)[i] for i in against} == {"trump", "remark"}
    assert asked("did they agree before summer begins").set_against == frozenset()
    assert asked("what happened before the remark").set_against == frozenset()


@pytest.mark.parametrize(
    ("query", "event"),
    [
        ("what was agreed before the Abu Dhabi talks", {"abu", "dhabi", "talks"}),
        ("who did Trump host in the wake of his cut-up comment", {"his", "cut", "up", "comment"}),
        ("what did the sides agree in the run-up to the talks", {"talks"}),
        ("which round follows the second round", {"second", "round"}),
        ("what happened before the US proposal to end the war", {"usa", "proposal", "end", "war"}),
        ("after the summit what did Trump say", {"summit"}),
        # a time, not an event; what "when" or "how long" counts from; a yes-or-no question
        ("what did the US want before June", set()),
        ("what happened before the war", set()),
        ("what happened before the full-scale invasion", set()),
        ("who will host the round after next", set()),
        ("what happens after the deadline", set()),
        ("how long since the Alaska summit", set()),
        ("when did they meet after the summit", set()),
        ("was the summit held before the remark", set()),
        # what an event left behind it; "the following session" is the next one
        ("which issues remain unresolved after the talks", set()),
        ("how did Kyiv answer the offer to host the following session", set()),
    ],
)
def test_the_event_a_question_sets_what_it_asks_beside(query: str, event: set[str]) -> None:
    said = words(query)
    assert {said[i] for i in asked(query).anchored} - {"the", "to"} == event


@pytest.mark.parametrize(
    ("query", "described"),
    [
        (
            "Is combat still heavy in the eastern region Moscow wants Kyiv to give up?",
            "moscow wants kyiv to give up",
        ),
        (
            "Is Ukraine willing to leave the land that Russia wants it to cede",
            "that russia wants it to cede",
        ),
        ("Is Ukraine willing to pull out of the eastern region Moscow wants?", "moscow wants"),
        ("Is combat heavy in the eastern area Moscow is demanding?", "moscow is demanding"),
    ],
)
def test_ground_described_by_what_a_party_wants_of_it_is_no_topic(
    query: str, described: str
) -> None:
    # The clause says which ground is meant, as "the Donbas" would: its words are not asked.
    said = words(query)
    assert " ".join(said[i] for i in sorted(asked(query).form_words)) == described


@pytest.mark.parametrize(
    "query",
    [
        "land Russia wants Ukraine to hand over",  # the want is what is asked
        "What does Moscow want Kyiv to give up?",
        "Does Russia want the region Kyiv holds?",  # no giving up: what is wanted is asked
    ],
)
def test_a_want_that_is_asked_stays_a_topic(query: str) -> None:
    said = words(query)
    assert {said[i] for i in asked(query).form_words} & {"want", "wants", "give", "hand"} == set()


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("In which month did Trump and Putin meet in Alaska?", Form.WHEN),
        ("In what year did the war begin?", Form.WHEN),
        ("In which city were the talks held?", Form.WHERE),
    ],
)
def test_in_which_asks_for_a_time_or_a_place_by_its_noun(query: str, form: Form) -> None:
    forms = asked(query).forms
    assert form in forms and ({Form.WHEN, Form.WHERE} - {form}).isdisjoint(forms)


@pytest.mark.parametrize(
    ("query", "asks_who"),
    [
        ("In which town did shelling wound a civilian who was evacuated by medics?", False),
        ("What did the medics who carried the civilian do?", False),
        ("Who shelled Druzhkivka?", True),
        ("Which town was hit, and who evacuated the civilian?", True),
    ],
)
def test_a_relative_who_asks_for_nobody(query: str, asks_who: bool) -> None:
    assert (Form.WHO in asked(query).forms) is asks_who


def test_the_end_of_a_year_is_its_december() -> None:
    today = date(2026, 2, 7)
    assert asked("a deadline by the end of 2026", today).time_words["2026"] == Time(
        2026, 12, closing=True
    )
    assert asked("the deadline at the end of the year", today).time_words["year"] == Time(
        2026, 12, closing=True
    )


def test_a_head_of_state_asked_for_is_the_kind_of_answer_not_a_topic() -> None:
    # "which head of state said": a person is asked, as by "which leader"; "state" is no place.
    said = asked("Which head of state disclosed the American timetable?")
    assert {1, 2, 3} <= said.form_words


def test_what_thing_was_used_asks_which() -> None:
    # "what X did they use" asks which X, as "which X" would; "what X do they want" asks
    # what a fact says of X.
    for used in (
        "What artillery did Russia use to shell Druzhkivka?",
        "what drone does Russia use",
        "What equipment will the paramedics use?",
    ):
        assert Form.WHICH in asked(used).forms, used
    for wanted in ("What schedule do the Americans want?", "what use is the deadline"):
        assert Form.WHICH not in asked(wanted).forms, wanted


def test_last_before_a_season_is_counted_once() -> None:
    # "last" says which autumn; the season's word is the time asked for, weighed once.
    question = asked("what did Trump say last autumn about the last round")
    said = words("what did Trump say last autumn about the last round")
    assert [said[i] for i in sorted(question.form_words)] == ["last"]
    assert sorted(question.form_words) == [said.index("last")]
