"""The synonym table, and reading text into the terms that facts and queries are matched on."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

from conflictfacts.models import Answers, Fact, Kind
from conflictfacts.text import (
    ARTICLES,
    NEGATIONS,
    STOPWORDS,
    WILLING,
    fold,
    one_slip_apart,
    stem,
    words,
)

SYNONYMS = Path(__file__).parent / "data" / "synonyms.toml"

FIELDS = ("subject", "statement", "source", "id", "quote")
"""The parts of a fact that are searched, from the most telling (curated) to the least."""


LATEST = "latest"
"""What "the last round" of a question of what was reads as: the most recent one."""
_LAST_OF = frozenset("round meeting session talk negotiation summit".split())
"""The gatherings "the last" may name the latest of ("the last round", "the last talks")."""
_THE_FINAL_ONE = frozenset("will would shall next upcoming coming future be is are".split())
"""Words of a question after which "the last round" may be the final one, still to come or
asked as such ("will the Miami talks be the last round", "is the next round the last")."""


def may_be_the_final(said: Sequence[str]) -> bool:
    """Whether "the last round" in a question of these words may be the final one, not the
    latest held: the question speaks of what will be or is (_THE_FINAL_ONE)."""
    return not _THE_FINAL_ONE.isdisjoint(said)


def _the_last(stems: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is "last" said of the most recent gathering in a question of
    what was ("what was settled at the last round"): the latest; not the verb ("how long will
    the war last"), "the last time", nor the final one (_THE_FINAL_ONE)."""
    return (
        stems[at] == "last"
        and 0 < at < len(stems) - 1
        and stems[at - 1] == "the"
        and stems[at + 1] in _LAST_OF
        and not may_be_the_final(stems)
    )


class Term(NamedTuple):
    """A word as it is matched (canonical, stemmed), with where it stood and how it was written."""

    word: str
    position: int
    written: str
    synonym: bool = False
    """Whether `word` came from the synonym table rather than from `written` itself."""


LONG_NAME = 2
"""Phrases of this many words or more are names long enough to be read through a slip: one
word written right finds the name ("abu dhabhi" is Abu Dhabi). One of just this many words
is read through fewer slips (Lexicon._read_as_a_slip)."""
_LONGEST_NAME = 8
"""The most words of a long name that are looked at for a word written right."""


def _slips(name: tuple[str, ...], said: Sequence[str]) -> int:
    """How many words of said are one slip from name's words (a letter left out, put in,
    changed, or two swapped), all others the same; -1 where a word differs more, or the
    name's word is short (under five letters), or said is shorter."""
    if len(said) < len(name):
        return -1
    slips = 0
    for want, got in zip(name, said, strict=False):
        if want == got:
            continue
        # a plural's stem may keep its "s" where a slipped one's loses it ("emrates")
        slipped = one_slip_apart(want, got) or one_slip_apart(
            want.removesuffix("s"), got.removesuffix("s")
        )
        if len(want) < 5 or not slipped:
            return -1
        slips += 1
    return slips


def _slipped_after_a_name(name: tuple[str, ...], said: Sequence[str]) -> bool:
    """Whether said, which begins with a name of its own ("trump", "white house", "two"),
    is read as the longer name through its slipped words, each of which
    - stands for a word of six letters or more (a plural's "s" set aside), and begins as it
      does ("administartion"; not "resident" for "president", nor "chef" for "chief");
    - is not the name's word in the other number ("us envoy" is no slip of "us envoys");
    - has no letter changed, with a plural's "s" set aside ("two sites" is no "two sides",
      "national policy" no "national police", "three aides" no "three sides")."""
    for want, got in zip(name, said, strict=False):
        if want == got:
            continue
        bare_want, bare_got = want.removesuffix("s"), got.removesuffix("s")
        if len(bare_want) < 6 or got[0] != want[0] or bare_want == bare_got:
            return False
        if (
            len(bare_want) == len(bare_got)
            and sum(a != b for a, b in zip(bare_want, bare_got, strict=True)) == 1
        ):
            return False
    return True


def _a_letter_changed(name: tuple[str, ...], said: Sequence[str]) -> bool:
    """Whether a word of said is a word of name with one letter changed ("thank" for
    "think"): the slip that turns one real word into another, which a name of two words is
    not read through ("thank tank" is no think tank; "abu dhabhi" is Abu Dhabi)."""
    return any(
        len(want) == len(got) and sum(a != b for a, b in zip(want, got, strict=True)) == 1
        for want, got in zip(name, said, strict=False)
    )


@dataclass(frozen=True)
class Lexicon:
    """Phrases (as stemmed word tuples) and the canonical word each stands for."""

    phrases: dict[tuple[str, ...], str]
    own_words: frozenset[str]
    """Words the table spells out itself; they are never stemmed ("Donbas" is no plural)."""
    reach: dict[str, int]
    """For each word that starts a phrase, the length of the longest such phrase."""
    described: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Descriptions a question may give of a canonical word ("eastern Ukraine" for the
    Donbas), read in questions only: a fact that says them means them as written."""
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Canonical words a question's word also meets, for less than a synonym: "how long
    have they been fighting" asks about the war, while "fighting" is not "war" in a fact."""
    wholes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Places the table names, each with the places that make it up: a question that names
    every part ("coal in Luhansk and Donetsk") asks about the whole (the Donbas) too."""
    _stems: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_groups(
        cls,
        groups: dict[str, list[str]],
        descriptions: dict[str, list[str]] | None = None,
        related: dict[str, list[str]] | None = None,
        wholes: dict[str, list[str]] | None = None,
    ) -> Lexicon:
        """Build from {canonical: [variants]}, {canonical: [descriptions]}, {word: [related
        canonical words]} and {whole: [its parts]}, all canonical words; ValueError when a
        variant has two meanings, or a description, a relation or a whole names no canonical
        word."""
        own = frozenset(w for c, vs in groups.items() for v in (c, *vs) for w in words(v))
        lexicon = cls({}, own, {})
        phrases = lexicon.phrases
        for canonical, variants in groups.items():
            if words(canonical) != [canonical] or canonical in STOPWORDS:
                raise ValueError(f"canonical word {canonical!r} must be one plain word")
            for variant in (canonical, *variants):
                k = tuple(lexicon.stem(w) for w in words(variant))
                if not k:
                    raise ValueError(f"variant {variant!r} of {canonical!r} has no words")
                if phrases.setdefault(k, canonical) != canonical:
                    raise ValueError(
                        f"{variant!r} stands for both {phrases[k]!r} and {canonical!r}"
                    )
                lexicon.reach[k[0]] = max(lexicon.reach.get(k[0], 0), len(k))
        for canonical, described in (descriptions or {}).items():
            if canonical not in groups:
                raise ValueError(f"{canonical!r} is described but is no canonical word")
            for description in (d for given in described for d in spelled_out(given)):
                k = tuple(lexicon.stem(w) for w in words(description))
                if not k or lexicon.described.setdefault(k, canonical) != canonical:
                    raise ValueError(f"description {description!r} is empty or has two meanings")
        for word, others in (related or {}).items():
            if words(word) != [word] or not set(others) <= groups.keys():
                raise ValueError(f"{word!r} must be one word, and {others!r} canonical words")
            lexicon.related[lexicon.stem(word)] = tuple(others)
        for whole, parts in (wholes or {}).items():
            if len(parts) < 2 or not {whole, *parts} <= groups.keys():
                raise ValueError(f"{whole!r} and its parts {parts!r} must be canonical words")
            lexicon.wholes[whole] = tuple(parts)
        return lexicon

    def to_json(self) -> dict[str, Any]:
        """The built lexicon as JSON types, to store beside the index it was used for."""
        return {
            "phrases": [[list(k), v] for k, v in self.phrases.items()],
            "own_words": sorted(self.own_words),
            "described": [[list(k), v] for k, v in self.described.items()],
            "related": {k: list(v) for k, v in self.related.items()},
            "wholes": {k: list(v) for k, v in self.wholes.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lexicon:
        """The lexicon that to_json gave, as a store keeps it."""
        phrases = {tuple(k): v for k, v in data["phrases"]}
        reach: dict[str, int] = {}
        for phrase in phrases:
            reach[phrase[0]] = max(reach.get(phrase[0], 0), len(phrase))
        described = {tuple(k): v for k, v in data.get("described", [])}
        related = {k: tuple(v) for k, v in data.get("related", {}).items()}
        wholes = {k: tuple(v) for k, v in data.get("wholes", {}).items()}
        return cls(phrases, frozenset(data["own_words"]), reach, described, related, wholes)

    @cached_property
    def _described_reach(self) -> int:
        """Words in the longest description ("the research body linked to the Davos forum
        organisers")."""
        return max(map(len, self.described), default=1)

    @cached_property
    def canonical(self) -> frozenset[str]:
        """The canonical words: the concepts the synonym table names."""
        return frozenset(self.phrases.values())

    @cached_property
    def spellings(self) -> dict[str, tuple[str, ...]]:
        """For each canonical word, the phrases that stand for it, in the table's order,
        as text ("abudhabi": "abudhabi", "abu dhabi", "uae", ...)."""
        spelled: dict[str, list[str]] = {}
        for phrase, canonical in self.phrases.items():
            spelled.setdefault(canonical, []).append(" ".join(phrase))
        return {canonical: tuple(phrases) for canonical, phrases in spelled.items()}

    def stem(self, word: str) -> str:
        """The plural-free form of a word, leaving the table's own words alone."""
        return word if word in self.own_words else stem(word)

    def terms(self, text: str, *, keep_own: bool, asked: bool = False) -> list[Term]:
        """The content terms of text, stopwords dropped and synonyms made canonical.

        keep_own keeps a phrase's own words beside its canonical word: facts keep them (so
        an exact word still matches), queries do not (so a synonym counts once). asked:
        text is a question, so the descriptions it gives are read as what they describe.
        """
        written = words(text)
        stems = [self.stem(w) for w in written]
        if asked:
            stems = [LATEST if _the_last(stems, i) else w for i, w in enumerate(stems)]
        reach = self.reach
        terms: list[Term] = []
        i = 0
        while i < len(stems):
            # "eastern Ukraine", in a question, is the Donbas; else the synonym table's phrase.
            size, canonical = (
                self._longest(self.described, stems, i, self._described_reach)
                if asked
                else (1, None)
            )
            if canonical is None:
                size, canonical = self._longest(self.phrases, stems, i, reach.get(stems[i], 0))
            if asked:
                # "Institue for the Study of War": a long name with a slip in a word or two;
                # longer than a name its first word makes ("trump administartion" is the
                # Trump administration, not Trump)
                slipped = self._slipped_name(stems, i, within=canonical is not None)
                if slipped[1] is not None and (canonical is None or slipped[0] > size):
                    size, canonical = slipped
            if size == 1 and asked and (shared := self._sharing_a_head(stems, i)):
                # "the American and Russian leaders": the American leader, then the Russian.
                terms.append(Term(shared, i, f"{written[i]} {written[i + 3]}", True))
                i += 1
                continue
            if canonical is not None:
                replaced = tuple(stems[i : i + size]) != (canonical,)
                terms.append(Term(canonical, i, " ".join(written[i : i + size]), replaced))
            if keep_own or canonical is None:
                terms += [
                    Term(stems[j], j, written[j])
                    for j in range(i, i + size)
                    if stems[j] not in STOPWORDS and stems[j] != canonical
                ]
            i += size
        return terms

    def _sharing_a_head(self, stems: list[str], at: int) -> str | None:
        """The canonical word of the word at `at` joined to the noun after the next "and"
        ("american" in "american and russian leaders" is "american leader"), where that
        noun makes a phrase of the table with each of the two; None otherwise."""
        if at + 3 >= len(stems) or stems[at + 1] != "and":
            return None
        head = stems[at + 3]
        if (stems[at + 2], head) not in self.phrases:
            return None
        return self.phrases.get((stems[at], head))

    @staticmethod
    def _longest(
        table: dict[tuple[str, ...], str],
        stems: list[str],
        at: int,
        longest: int = 5,  # words in the longest description ("the east of ukraine")
    ) -> tuple[int, str | None]:
        """The longest of table's phrases that starts at `at` (of at most `longest` words),
        and its canonical word; (1, None) when none does."""
        for size in range(min(longest, len(stems) - at), 0, -1):
            if (canonical := table.get(tuple(stems[at : at + size]))) is not None:
                return size, canonical
        return 1, None

    @cached_property
    def _long_names(self) -> dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]:
        """The synonym table's phrases of LONG_NAME words or more ("centre for international
        relations and sustainable development"), with their canonical words, by each of
        their words but stopwords, and its place: a name read through two slips has a word
        written right ("Institue for the Study of War": "study", "war")."""
        names: dict[tuple[int, str], list[tuple[tuple[str, ...], str]]] = {}
        for key, canonical in self.phrases.items():
            if len(key) >= LONG_NAME:
                for j, word in enumerate(key):
                    if word not in STOPWORDS:  # "of", "the": no word to find a name by
                        names.setdefault((j, word), []).append((key, canonical))
        return names

    @cached_property
    def _known(self) -> frozenset[str]:
        """Every word of the synonym table's phrases: a word written so is meant, no slip."""
        return frozenset(word for key in self.phrases for word in key)

    def _read_as_a_slip(self, name: tuple[str, ...], said: Sequence[str]) -> bool:
        """Whether a name of two words is read through its slipped word: not a letter
        changed, which turns one real word into another ("thank tank" is no think tank), nor
        a word meant as written, a stopword or a word of the table ("did Ukraine ever
        accept" is no "never accept", "new Russian attacks" no Novorossiya)."""
        slipped = [got for want, got in zip(name, said, strict=False) if want != got]
        return not _a_letter_changed(name, said) and not any(
            got in STOPWORDS or got in self._known for got in slipped
        )

    def _slipped_name(
        self, stems: list[str], at: int, within: bool = False
    ) -> tuple[int, str | None]:
        """A name of the synonym table starting at `at`, written with a slip (a letter left
        out, put in, changed or two swapped) in at most two of its words, each of five
        letters or more, another written right: "Institue for the Study of War",
        "Internatinal ... Develoment", "abu dhabhi"; the longest such name.
        (1, None) when there is none, or the longest names stand for more than one word.
        within: a shorter name starts at `at` ("trump" in "trump administartion"), whose
        reading the longer name must earn (_slipped_after_a_name)."""
        names = self._long_names
        found = {
            (len(key), canonical)
            for j, word in enumerate(stems[at : at + _LONGEST_NAME])
            for key, canonical in names.get((j, word), ())
            if _slips(key, stems[at : at + len(key)]) in (1, 2)
            and (len(key) > LONG_NAME or self._read_as_a_slip(key, stems[at : at + len(key)]))
            and not (within and not _slipped_after_a_name(key, stems[at : at + len(key)]))
        }
        longest = max((size for size, _ in found), default=0)
        named = {canonical for size, canonical in found if size == longest}
        if len(named) != 1:
            return 1, None
        # "rusian federation leader" is Putin, not the Russian federation its words begin with
        return longest, named.pop()

    def positions(self, text: str) -> dict[str, list[int]]:
        """Each term of a fact's text and where it stands: terms(text, keep_own=True), grouped.

        This is the hot loop of building an index, so it does the same walk as terms()
        without making a Term for every word, and remembers each word's stem.
        """
        written = words(text)
        memo = self._stems
        stems = [memo.get(w) or memo.setdefault(w, self.stem(w)) for w in written]
        found: dict[str, list[int]] = {}
        reach, phrases = self.reach, self.phrases
        i, count = 0, len(stems)
        while i < count:
            size, canonical = 1, None
            for size in range(min(reach.get(stems[i], 0), count - i), 0, -1):
                canonical = phrases.get(tuple(stems[i : i + size]))
                if canonical is not None:
                    break
            else:
                size = 1
            if canonical is not None:
                found.setdefault(canonical, []).append(i)
            for j in range(i, i + size):
                word = stems[j]
                if word not in STOPWORDS and word != canonical:
                    found.setdefault(word, []).append(j)
            i += size
        return found


STANCES = frozenset({"accept", "refuse", "demand", "withdraw", "sign", "proposal"})
"""What a party does about a thing: a fact that does not say that it agreed (or refused,
demanded, proposed, withdrew, signed) does not answer "did Moscow agree to the deadline"; a
summit is not a signing."""

OPPOSITES = {
    pair[i]: pair[1 - i]
    for pair in (
        ("prolong", "end"),
        ("increase", "decrease"),
        ("accept", "refuse"),
        ("summer", "winter"),
        ("bilateral", "trilateral"),
        ("earlyspring", "latespring"),
        ("earlysummer", "latesummer"),
        ("earlyautumn", "lateautumn"),
        ("earlywinter", "latewinter"),
        ("spring", "autumn"),
        ("clear", "unclear"),
        ("fertile", "infertile"),
        ("last", "next"),
        ("meetdeadline", "miss"),
        ("intense", "calm"),
        ("vast", "small"),
    )
    for i in (0, 1)
}
"""Canonical words and what says the opposite: a fact that holds one and not the other
does not answer a question about the other ("will the US prolong the war": it will end it)."""

_BETWEEN = frozenset("is are was were will would has have had to not never also".split()) | WILLING
"""Words that may stand between a party and its stance: "Russia is pressing", "to withdraw",
and a word of its will or readiness: "is Russia willing to withdraw"."""


KEYWORD_STANCES = frozenset({"accept", "refuse", "demand"})
"""The stances whose taker keywords say by the name before them ("ukraine demands",
"kremlin refusal"); the others, actions, are said of the one who would do them only in a
sentence ("donbas withdrawal" is a withdrawal from it)."""


def stance_agents(
    text: str, lexicon: Lexicon, is_name: Callable[[str], bool], *, keywords: bool = False
) -> dict[str, str]:
    """For each stance in text, the name that takes it, where one stands just before it:
    "Russia is pressing Ukraine to withdraw" gives demand: russia, withdraw: ukraine; in
    "Ukraine says it will never accept" the refusal is taken by "it", the one who says so.

    keywords: text is keywords, not a sentence. Then only the stances a party takes towards
    a proposal (KEYWORD_STANCES: demand, accept, refuse) are read: in "moscow pull out
    demand" and "russia demand withdraw donbas" Moscow demands, and who would pull out is
    not said, a stance word between the party and its stance being passed over. In a
    sentence, a stance noun right before another ("the Russian withdrawal demand") is what
    the other is about, and the name before both takes the other. Either way a name after
    "by" and a participle ("pressed by Russia to leave") does that verb, not the stance.
    """
    said = words(text)
    terms = lexicon.terms(text, keep_own=False)
    at = {t.position: t.word for t in terms}
    found: dict[str, str] = {}
    for term in terms:
        if term.word not in STANCES:
            continue
        if keywords and term.word not in KEYWORD_STANCES:
            continue
        if not keywords and at.get(term.position + len(words(term.written))) in STANCES:
            continue  # "the Russian withdrawal demand": the withdrawal is what is demanded
        back = term.position - 1
        if not keywords and at.get(back) in STANCES:
            back -= 1  # "the Russian withdrawal demand": past the withdrawal, to Russia
        while back >= 0 and (said[back] in _BETWEEN or (keywords and _within_stance(back, at))):
            back -= 1
        if back >= 2 and said[back - 1] == "by" and said[back - 2].endswith("ed"):
            continue  # "pressed by Russia to leave": Russia presses, and leaves nothing
        if back >= 0 and back in at and is_name(at[back]):
            found.setdefault(term.word, at[back])
        elif back >= 1 and said[back] in _PRONOUNS and said[back - 1] in _SAYS:
            # "Ukraine says it will never accept": "it" is the one who says so.
            speaker = back - 2
            if speaker >= 0 and speaker in at and is_name(at[speaker]):
                found.setdefault(term.word, at[speaker])
    return found


def stance_objects(text: str, lexicon: Lexicon, is_name: Callable[[str], bool]) -> dict[str, str]:
    """For each stance in a question, the name it is taken towards, where one stands just
    after it: "who is pressing Moscow to withdraw" presses Moscow, so a fact in which Moscow
    presses is the other way round."""
    terms = lexicon.terms(text, keep_own=False)
    said = words(text)
    found: dict[str, str] = {}
    for term, after in pairwise(terms):
        size = len(words(term.written))
        gap = said[term.position + size : after.position]
        if term.word in STANCES and all(w in ARTICLES for w in gap) and is_name(after.word):
            found.setdefault(term.word, after.word)
    return found


_PRONOUNS = frozenset("it they he she".split())
_SAYS = frozenset("says said say insists insisted warns warned".split())
"""Verbs after which a pronoun is the speaker: "Ukraine says it will never accept"."""


def _within_stance(position: int, at: dict[int, str]) -> bool:
    """Whether the word at position is part of a stance (its first word is in `at`, the
    rest of a phrase such as "pull out" is not)."""
    start = max((p for p in at if p <= position), default=-1)
    return start >= 0 and at[start] in STANCES


DEADLINE = "deadline"
"""The word a fact that sets a time limit holds, as context if not in its own words (build):
"want to do everything by June" is about the June deadline, and wanting a thing done by a
time meets it (search)."""

GATHERINGS = frozenset({"talk", "round", "summit"})
"""The synonym table's words for a meeting of parties ("meeting", "negotiations" and
"session" are among their synonyms): an event that takes place somewhere, which a place
can name ("the Miami talks")."""

NOW = frozenset({"currently", "now", "today", "at present", "presently", "so far", "still"})
"""Words for a date that say only "as of the report": no answer to "when did it happen"."""


def answers(fact: Fact) -> Answers:
    """The kinds of question a fact can answer, by its fields."""
    found = Answers(0)
    if fact.value is not None or fact.qualifier:
        found |= Answers.HOW_MUCH
    if fact.value is not None and fact.unit != "%":
        found |= Answers.COUNT
    if fact.date and fact.date_text and fold(fact.date_text) not in NOW:
        found |= Answers.WHEN  # not "once", with no date to give
    if "location" in fold(fact.subject):
        found |= Answers.WHERE
    if fact.kind is Kind.CONTEXT:
        found |= Answers.WHAT_IS
    if NEGATIONS & set(words(fact.statement)):
        found |= Answers.NEGATED
    if not _PROMISED.search(fact.statement) or _DONE_WORDS.search(fact.statement):
        found |= Answers.DONE
    if forecasts(fact.statement):
        found |= Answers.FORECAST
    if _INTERVAL.search(fold(f"{fact.statement} {fact.quote}")):
        found |= Answers.INTERVAL
    return found


_INTERVAL = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|"
    r"several)[ -](?:hours?|days?|weeks?|months?|years?|decades?) (?:after|before|earlier|later)\b"
)
"""A length of time between the fact and another event: "two months after hosting"."""


def gives_pace(statement: str, unit: str) -> bool:
    """Whether a fact gives a pace: a unit or a statement per day, week, month or year."""
    return _PACE.search(f"{unit} {statement}") is not None


_PACE = re.compile(
    r"\b(?:per|each|every) (?:day|week|month|year|night|hour)\b"
    r"|\d[\d,.]*(?:\s+[\w-]+){0,3}\s+a (?:day|week|month|year|night|hour)\b(?!\s+ago)"
    r"|\b(?:daily|weekly|monthly|yearly|annually|nightly)\b",
    re.I,
)
"""Words by which a figure is a pace."""


def forecasts(statement: str) -> bool:
    """Whether a statement says what is expected to happen: not what someone wants,
    proposes or demands, nor what a named party will do ("The Americans will do everything
    to end the war" is their promise, not a forecast that the war will end)."""
    if _WISHED.search(statement) or not _EXPECTED.search(statement):
        return False
    stripped = _PARTY_WILL.sub("", statement)
    return _EXPECTED.search(stripped) is not None


_PARTY_WILL = re.compile(r"\b(?:The\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+(?:will|would)\b")
"""A named party's "will" or "would": what it undertakes, not what is expected."""


def gives_reason(statement: str) -> bool:
    """Whether a statement says why: a cause or purpose ("as a way to end the war",
    "thereby justifying", "essential to renewable energy technologies")."""
    return _REASON.search(statement) is not None


def reason_begins(statement: str) -> int | None:
    """Where a statement's clause of cause or purpose begins ("... cut up, as a way to end the
    war"), as an offset into it; None when it has none."""
    found = _REASON_CLAUSE.search(statement)
    return found.start() if found is not None else None


_REASON_CLAUSE = re.compile(
    r"\b(?:because|as a way to|in order to|so as to|so that|due to|owing to|aim\w* to|"
    r"meant to|intended to|in exchange)\b",
    re.I,
)
"""The words that open a statement's clause of cause or purpose."""
_REASON = re.compile(
    rf"{_REASON_CLAUSE.pattern}|\b(?:justif\w*|thereby|essential|reason\w*)\b", re.I
)
"""A statement's words for a cause or a purpose: a clause, or a word that says why."""


def gives_cause(statement: str, asked: Sequence[str]) -> bool:
    """Whether a statement gives the cause of what a question (its words, asked) asks about:
    a reason or purpose (gives_reason), or an attack that what it tells came "after" ("a
    wounded civilian after Russian shelling"), unless the question asks about the attack
    itself ("what caused the shelling", "why did Russia shell Druzhkivka"; not "... wounded
    after the shelling")."""
    attacked = any(
        _ATTACK.match(w) and "after" not in asked[max(0, i - 3) : i] for i, w in enumerate(asked)
    )
    return gives_reason(statement) or (
        _AFTER_AN_ATTACK.search(statement) is not None and not attacked
    )


_ATTACK = re.compile(r"(?:shell|strike|struck|attack|bomb)", re.I)
"""The beginnings of words for an attack ("shelling", "strikes", "bombardment")."""
_AFTER_AN_ATTACK = re.compile(rf"\bafter (?:\w+ )?{_ATTACK.pattern}\w*", re.I)
"""An attack that what a statement tells came after ("after Russian shelling"): its cause."""


def gives_result(statement: str) -> bool:
    """Whether a statement says what came of something: an agreement, a refusal, no
    breakthrough ("both sides agreed on a major prisoner exchange"), not only that it took
    place ("the second round concluded in Abu Dhabi")."""
    return _RESULT.search(statement) is not None


_RESULT = re.compile(
    r"\b(?:agree\w*|accept\w*|reject\w*|refus\w*|produc\w*|breakthrough|deal|sign\w*|"
    r"result\w*|fail\w*|collaps\w*|unresolved|progress|yield\w*|killed|wounded|destroyed)\b",
    re.I,
)
"""A statement's words for what came of an event."""


def to_come(statement: str) -> bool:
    """Whether a statement says something is still to happen ("is likely to be held")."""
    return _EXPECTED.search(statement) is not None


_TO_HAPPEN = r"will|would|likely|expected|due to|is to be|are to be|plans?|planned|next|upcoming"
"""Words by which a statement says what is to happen (a regular-expression alternation)."""

_EXPECTED = re.compile(rf"\b(?:{_TO_HAPPEN})\b", re.I)
"""A statement's words for what is to happen."""

_WISHED = re.compile(
    r"\b(?:propos\w*|wants?|wanted|demand\w*|pressing|insist\w*|accept\w*|agree\w*|urg\w+)\b",
    re.I,
)
"""Words by which a statement says what someone wants to happen, which is no forecast."""


_PROMISED = re.compile(
    rf"\b(?:agreed|agree|agrees|accepted|accepts|propos\w+|wants?|deadline|as a way to|"
    rf"in order to|aim(?:s|ed)? (?:to|at)|{_TO_HAPPEN})\b",
    re.I,
)
"""Words by which a statement says something is to be done (agreed, accepted, proposed,
planned, the next one), not that it was."""

_DONE_WORDS = re.compile(
    r"\b(?:completed|carried out|took place|happened|was held|were held|returned|released|"
    r"exchanged|killed|wounded|hosted|met)\b",
    re.I,
)
"""Words by which a statement says something was done."""


def spelled_out(description: str) -> list[str]:
    """A description with its alternatives spelled out: "{the |}eastern {region|area}" is
    "the eastern region", "the eastern area", "eastern region" and "eastern area"."""
    parts = re.split(r"\{([^{}]*)\}", description)
    spelled = [""]
    for i, part in enumerate(parts):
        options = part.split("|") if i % 2 else [part]
        spelled = [done + option for done in spelled for option in options]
    return spelled


OFFICE_NAMES = (
    "{} leader", "{} president", "{} head of state", "{} chief", "leader of {}", "leader of the {}",
    "leader in {}", "president of {}", "president of the {}", "head of state of {}",
    "head of state of the {}",
)  # fmt: skip
"""The ways a question names the holder of a country's highest office by the country ("Kyiv's
leader", "the leader in Kyiv", "Russia's head of state"): each with each of its spellings."""


def with_offices(
    words: dict[str, list[str]], offices: dict[str, list[str]]
) -> dict[str, list[str]]:
    """The words table with, for each person who holds a country's highest office, the names
    of that office by each spelling of the country (offices: {person: [spellings]}), where no
    other canonical word has the phrase already."""
    taken = {v for c, vs in words.items() for v in (c, *vs)}
    grown = {c: list(vs) for c, vs in words.items()}
    for person, spellings in offices.items():
        named = [form.format(s) for s in spellings for form in OFFICE_NAMES]
        grown[person] += [n for n in dict.fromkeys(named) if n not in taken]
    return grown


@cache
def load_lexicon(path: Path = SYNONYMS) -> Lexicon:
    """The synonym table shipped with the package, read once per process."""
    import tomllib  # a cached store carries its lexicon: only builds read the file

    with path.open("rb") as file:
        table = tomllib.load(file)
    return Lexicon.from_groups(
        with_offices(table["words"], table.get("offices", {})),
        table.get("descriptions", {}),
        table.get("related", {}),
        table.get("wholes", {}),
    )


def measure(fact: Fact, lexicon: Lexicon) -> str:
    """What a fact measures, to find other documents' or sources' figures for it: its kind,
    the canonical words of its subject ("Donetsk region" is "Donetsk oblast") and its unit.
    "" for a fact with no quantity: two positions on one subject are not one measure."""
    if fact.value is None and not fact.qualifier:
        return ""
    return _measured(fact, lexicon)


def _measured(fact: Fact, lexicon: Lexicon) -> str:
    words = sorted({term.word for term in lexicon.terms(fact.subject, keep_own=False)})
    return f"{fact.kind.value}:{' '.join(words)}:{fact.unit}"


def same_measure(one: Fact, other: Fact, lexicon: Lexicon) -> bool:
    """Whether two facts measure the same thing: the same kind, canonical subject words and
    unit, as `measure` has it; for facts without a quantity (a date, a position), the same
    kind and subject words."""
    return _measured(one, lexicon) == _measured(other, lexicon)
