"""Near-topic queries, generated: every fact, in every phrasing, about places, people,
organisations and measured things it is not about.

Each query takes a fact and puts in place of one of its names (a place, a person, an
organisation, a measured thing) another name, in one of the phrasings people use. Where the
new name is one that no table holds, no fact can answer the query; where the table holds
it but the fact does not, that fact must not be the answer.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from conflictfacts.lexicon import Lexicon
from conflictfacts.models import Fact
from conflictfacts.names import NameClass
from conflictfacts.text import STOPWORDS, words

ABSENT = {
    NameClass.PLACE: (
        "Kharkiv", "Kherson", "Zaporizhzhia", "Odesa", "Crimea", "Kursk", "Belgorod", "Sumy",
        "Mariupol", "Bakhmut", "Pokrovsk", "Avdiivka", "Mykolaiv", "Lviv", "Dnipro",
        "Chernihiv", "Kramatorsk", "Sloviansk", "Geneva", "Istanbul", "Riyadh", "Minsk",
        "Warsaw", "Berlin", "Paris", "Beijing", "Ankara", "Jeddah", "Poland", "Moldova",
        "Belarus", "Georgia", "Turkey", "China", "Kharkov", "Odessa", "Zaporozhye",
    ),
    NameClass.PERSON: (
        "Macron", "Erdogan", "Starmer", "Lavrov", "Peskov", "Witkoff", "Rubio", "Merz",
        "Orban", "Lukashenko", "Biden", "Vance", "Umerov", "Yermak", "Shoigu", "Kellogg",
        "Nikki Haley", "Jack Smith",
    ),
    NameClass.ORGANISATION: (
        "NATO", "the EU", "the UN", "the OSCE", "the IAEA", "the Red Cross", "the IMF",
        "the World Bank", "Gazprom", "Wagner", "Human Rights Watch", "Eurasia Group",
        "Open Society Foundations", "World Wildlife Fund",
    ),
    NameClass.MEASURE: (
        "oil", "uranium", "lithium", "wheat", "grain", "casualties", "refugees", "drones",
        "missiles", "electricity", "sanctions", "troops", "iron ore", "titanium", "weapons",
        "arms deliveries",
    ),
}  # fmt: skip
"""Names that the shipped table does not hold, by class; some spelt with ordinary English
words ("Human Rights Watch", "Jack Smith")."""

ORDINARY = ("the sea", "bread", "football", "the weather", "schools", "tourism", "music")
"""Ordinary things no fact is about: asked "how much of" or "what share of", still none."""

SHARE_OF = ("how much of {name} does Russia control", "what share of {name} is {topic}")

PHRASINGS = (
    "{name} {topic}",
    "{topic} {name}",
    "how much of {name} does Russia control",
    "what share of {name} is {topic}",
    "{name} control",
    "did {name} accept {topic}",
    "what did {name} say about {topic}",
    "according to {name}, {topic}",
    "when did {name} {topic}",
    "where is {topic} in {name}",
    "how many {topic} in {name}",
    "who is the source of the {name} {topic} figures",
    "which two regions together form {name}",
    "{statement}",
    "{subject}",
)
"""How people ask: the keyword form, "how much of X", "what share of X", "X control", "did X
accept", "what did X say about", "according to X", whose figures, what makes X up, and the
fact's own sentences."""


CAPITALS = ("Kyiv", "Kiev", "Moscow", "Washington")
"""Capitals that stand for their governments ("Kyiv agreed"), asked as places."""

IN_A_CAPITAL = (
    "{subject} in {name}",
    "was the {subject} held in {name}",
    "{subject} near {name}",
    "will Ukraine withdraw from {name}",
    "Russia demands a withdrawal of troops from {name}",
)
"""Phrasings that put something in a capital or take it out: the city, not its country."""


class Query(NamedTuple):
    text: str
    fact: str
    """The id of the fact it was made from."""
    swapped: str
    """The fact's word that was replaced."""
    name: str
    """What replaced it."""
    absent: bool
    """Whether no table holds the new name: then nothing may answer."""


@functools.cache  # the same fact, word and name for every phrasing
def _replace(text: str, word: str, name: str) -> str:
    """text with every word that folds to `word` replaced by name ("US-based": "Kursk-based")."""
    return re.sub(r"[^\W\d_]+", lambda m: name if words(m[0]) == [word] else m[0], text)


def _topic(fact: Fact, word: str) -> str:
    """The fact's subject without the name: what the query asks about the new name."""
    kept = [w for w in fact.subject.split() if words(w) != [word]]
    rest = " ".join(kept).strip(" ,")
    if len(words(rest)) >= 1 and any(w not in STOPWORDS for w in words(rest)):
        return rest
    content = [w for w in words(fact.statement) if w not in STOPWORDS and w != word]
    return " ".join(content[:3])


def generate(
    facts: list[Fact],
    classes: dict[str, str],
    lexicon: Lexicon,
    known_names: dict[str, str],
    speakers: dict[str, str],
    shared: dict[str, set[str]],
) -> Iterator[Query]:
    """For each fact, each name it holds and each phrasing: a query with another name.

    classes: the class of each word of the index that names something (store words).
    known_names: names the table holds, with their class, for swaps that a fact does not
    hold but others do.
    speakers: each source id with its full name, which a fact holds as its own words too.
    shared: for each fact id, the places it holds as where its gathering is, which another
    fact on the same gathering names (build.shared_places), or any word held as context.
    """
    rotation = {cls: itertools.cycle(names) for cls, names in ABSENT.items()}
    for fact in facts:
        own = f"{fact.subject} {fact.statement}"
        # What the fact holds in its own words: subject, statement, and who said it.
        said = " ".join(speakers.get(s, s) for s in (fact.source, fact.reported_by) if s)
        held = {t.word for t in lexicon.terms(f"{own} {said}", keep_own=True)}
        held |= shared.get(fact.id, set())
        for word in sorted(w for w in set(words(own)) if classes.get(lexicon.stem(w))):
            cls = NameClass(classes[lexicon.stem(word)])
            topic = _topic(fact, word)
            for phrasing in PHRASINGS:
                if ("{statement}" in phrasing and word not in words(fact.statement)) or (
                    "{subject}" in phrasing and word not in words(fact.subject)
                ):
                    continue  # the name is not there to be replaced
                for _ in range(3):
                    name = next(rotation[cls])
                    yield Query(_fill(phrasing, fact, word, name, topic), fact.id, word, name, True)
                if phrasing in SHARE_OF:
                    for thing in ORDINARY:
                        text = _fill(phrasing, fact, word, thing, topic)
                        yield Query(text, fact.id, word, thing, True)
                for name, known in known_names.items():
                    if known == cls.value and name not in held:
                        text = _fill(phrasing, fact, word, name, topic)
                        yield Query(text, fact.id, word, name, False)
        for capital in CAPITALS:
            if words(capital)[0] not in held:  # a fact about Ukraine is not about its capital
                for phrasing in IN_A_CAPITAL:
                    text = phrasing.format(subject=fact.subject, name=capital)
                    yield Query(text, fact.id, "", capital, False)


def _fill(phrasing: str, fact: Fact, word: str, name: str, topic: str) -> str:
    return phrasing.format(
        name=name,
        topic=topic,
        statement=_replace(fact.statement, word, name),
        subject=_replace(fact.subject, word, name),
    )
