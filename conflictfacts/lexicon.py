"""The synonym table, and reading text into the terms that facts and queries are matched on."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from conflictfacts.text import STOPWORDS, stem, words

SYNONYMS = Path(__file__).parent / "data" / "synonyms.toml"


@dataclass(frozen=True, slots=True)
class Term:
    """A word as it is matched (canonical, stemmed), with where it stood and how it was written."""

    word: str
    position: int
    written: str
    synonym: bool = False
    """Whether `word` came from the synonym table rather than from `written` itself."""


@dataclass(frozen=True)
class Lexicon:
    """Phrases (as stemmed word tuples) and the canonical word each stands for."""

    phrases: dict[tuple[str, ...], str]
    own_words: frozenset[str]
    """Words the table spells out itself; they are never stemmed ("Donbas" is no plural)."""
    reach: dict[str, int]
    """For each word that starts a phrase, the length of the longest such phrase."""

    @classmethod
    def from_groups(cls, groups: dict[str, list[str]]) -> Lexicon:
        """Build from {canonical: [variants]}; ValueError when a variant has two meanings."""
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
        return lexicon

    def stem(self, word: str) -> str:
        """The plural-free form of a word, leaving the table's own words alone."""
        return word if word in self.own_words else stem(word)

    def terms(self, text: str, *, keep_own: bool) -> list[Term]:
        """The content terms of text, stopwords dropped and synonyms made canonical.

        keep_own keeps a phrase's own words beside its canonical word: facts keep them (so
        an exact word still matches), queries do not (so a synonym counts once).
        """
        written = words(text)
        stems = [self.stem(w) for w in written]
        reach = self.reach
        terms: list[Term] = []
        i = 0
        while i < len(stems):
            for size in range(min(reach.get(stems[i], 0), len(stems) - i), 0, -1):
                canonical = self.phrases.get(tuple(stems[i : i + size]))
                if canonical is not None:
                    break
            else:
                size, canonical = 1, None
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


@cache
def load_lexicon(path: Path = SYNONYMS) -> Lexicon:
    """The synonym table shipped with the package, read once per process."""
    with path.open("rb") as file:
        return Lexicon.from_groups(tomllib.load(file)["words"])
