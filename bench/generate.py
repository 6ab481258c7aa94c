"""Write N synthetic facts, in the real table format, with documents to match.

Usage: python bench/generate.py N OUTDIR

OUTDIR gets sources.toml, tables of 10,000 facts each (table-0000.toml, ...) and the
documents they cite (doc-00000.txt, ...), so that `conflictfacts verify --data OUTDIR
--no-builtin` passes and `ask` can be measured at scale. The facts vary in kind, subject,
source, date, value and wording, drawn from a fixed seed: the same N gives the same files.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

PER_TABLE = 10_000
PER_DOCUMENT = 200

PLACES = [
    "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Kharkiv", "Sumy", "Chernihiv", "Odesa",
    "Mykolaiv", "Dnipropetrovsk", "Poltava", "Kyiv", "Lviv", "Vinnytsia", "Zhytomyr", "Rivne",
    "Volyn", "Ternopil", "Khmelnytskyi", "Cherkasy", "Kirovohrad", "Chernivtsi", "Zakarpattia",
    "Ivano-Frankivsk", "Crimea", "Sevastopol", "Bakhmut", "Avdiivka", "Pokrovsk", "Kramatorsk",
    "Sloviansk", "Mariupol", "Melitopol", "Berdiansk", "Kupiansk", "Izium", "Toretsk",
    "Chasiv Yar", "Vuhledar", "Huliaipole",
]  # fmt: skip
CITIES = ["Miami", "Geneva", "Istanbul", "Riyadh", "Abu Dhabi", "Doha", "Vienna", "Minsk"]
RESOURCES = ["coal", "gas", "iron ore", "lithium", "farmland", "water", "steel", "grain"]
TOPICS = ["prisoner exchange", "ceasefire", "energy strikes", "grain exports", "sanctions",
          "security guarantees", "humanitarian corridors", "nuclear safety"]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
QUALIFIERS = ["", "around", "over", "nearly", "about", "almost"]
SOURCES = [
    ("ISW", "Institute for the Study of War", "think-tank"),
    ("CIRSD", "Centre for International Relations and Sustainable Development", "think-tank"),
    ("RUSI", "Royal United Services Institute", "think-tank"),
    ("UN OCHA", "UN Office for the Coordination of Humanitarian Affairs", "government"),
    ("Ukrainian General Staff", "General Staff of the Armed Forces of Ukraine", "government"),
    ("Russian Defence Ministry", "Ministry of Defence of the Russian Federation", "government"),
    ("Zelenskyy", "Volodymyr Zelenskyy", "person"),
    ("Peskov", "Dmitry Peskov", "person"),
    ("Witkoff", "Steve Witkoff", "person"),
    ("AP", "Associated Press", "news-agency"),
    ("Reuters", "Reuters", "news-agency"),
    ("Unattributed", "The document itself, naming no source", "document"),
]  # fmt: skip
RELAYS = ["", "", "", "AP", "Reuters"]


def _fact(n: int, rng: random.Random) -> tuple[dict[str, object], str]:
    """One fact and the sentence of its document that it quotes."""
    place = rng.choice(PLACES)
    source, source_name, _ = rng.choice(SOURCES)
    year = rng.choice([2022, 2023, 2024, 2025, 2026])
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    value = rng.randrange(1, 100)
    qualifier = rng.choice(QUALIFIERS)
    hedge = f"{qualifier} " if qualifier else ""
    shape = n % 6
    when = MONTHS[month - 1]
    if shape == 0:
        quote = f"Russia controls {hedge}{value}% of the {place} oblast, according to {source_name}"
        fact = dict(kind="territory", subject=f"{place} oblast", value=value, unit="%",
                    statement=f"Russia controls {hedge}{value}% of the {place} oblast.",
                    date=f"{year}-{month:02d}-{day:02d}", date_text="currently")  # fmt: skip
    elif shape == 1:
        quote = f"{value} civilians were evacuated from {place} after shelling, {source} said"
        fact = dict(kind="event", subject=f"Shelling of {place}", value=value, unit="people",
                    statement=f"{value} civilians were evacuated from {place}.",
                    date=f"{year}-{month:02d}")  # fmt: skip
    elif shape == 2:
        city, topic = rng.choice(CITIES), rng.choice(TOPICS)
        quote = f"Talks on {topic} are planned in {city} in {when} {year}"
        fact = dict(kind="diplomacy", subject=f"Talks on {topic}",
                    statement=f"Talks on {topic} are planned in {city}.",
                    date=f"{year}-{month:02d}", date_text=f"in {when} {year}")  # fmt: skip
    elif shape == 3:
        resource = rng.choice(RESOURCES)
        quote = f"{place} accounts for {hedge}{value} per cent of the country's {resource} reserves"
        statement = f"{place} accounts for {hedge}{value}% of Ukraine's {resource}."
        fact = dict(kind="resources", subject=f"{place} {resource}", value=value, unit="%",
                    statement=statement)  # fmt: skip
    elif shape == 4:
        quote = f"Moscow demands that Kyiv withdraw its forces from {place}"
        fact = dict(kind="position", subject=f"{place} withdrawal",
                    statement=f"Russia demands that Ukraine withdraw from {place}.",
                    date=f"../{year}-{month:02d}-{day:02d}")  # fmt: skip
    else:
        topic = rng.choice(TOPICS)
        quote = f"The deadline for {topic} is the end of {when} {year}"
        fact = dict(kind="deadline", subject=f"Deadline for {topic}",
                    statement=f"The deadline for {topic} is {when} {year}.",
                    date=f"{year}-{month:02d}", date_text=f"the end of {when} {year}")  # fmt: skip
    if qualifier and "value" in fact:
        fact["qualifier"] = qualifier
    if "date" in fact:
        fact["date_basis"] = "synthetic"
    fact["source"] = source
    relay = rng.choice(RELAYS)
    if relay and relay != source:
        fact["reported_by"] = relay
    subject_words = str(fact["subject"]).lower().replace(" ", "-")
    fact["id"] = f"{subject_words}-{n}"
    return fact, quote


FIELD_ORDER = ["id", "statement", "kind", "subject", "value", "unit", "qualifier", "date",
               "date_text", "date_basis", "source", "reported_by", "document", "start", "end",
               "quote"]  # fmt: skip


def _toml(fact: dict[str, object]) -> str:
    lines = ["[[fact]]"]
    for name in FIELD_ORDER:
        if name in fact:
            value = fact[name]
            text = str(value) if isinstance(value, int) else json.dumps(value, ensure_ascii=False)
            lines.append(f"{name} = {text}")
    return "\n".join(lines) + "\n"


def generate(count: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    sources = [
        f'[[source]]\nid = "{i}"\nname = "{name}"\nkind = "{kind}"\n' for i, name, kind in SOURCES
    ]
    (folder / "sources.toml").write_text("\n".join(sources), encoding="utf-8")
    rng = random.Random(20260207)
    for first in range(0, count, PER_TABLE):
        entries = []
        for doc_start in range(first, min(first + PER_TABLE, count), PER_DOCUMENT):
            name = f"doc-{doc_start // PER_DOCUMENT:05d}.txt"
            text = " date 2026-02-07 "
            for n in range(doc_start, min(doc_start + PER_DOCUMENT, first + PER_TABLE, count)):
                fact, quote = _fact(n, rng)
                fact.update(document=name, start=len(text), end=len(text) + len(quote))
                fact["quote"] = quote
                text += quote + ". "
                entries.append(_toml(fact))
            (folder / name).write_text(text + "\n", encoding="utf-8")
        table = folder / f"table-{first // PER_TABLE:04d}.toml"
        table.write_text("\n".join(entries), encoding="utf-8")


def main() -> None:
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__)
    generate(int(sys.argv[1]), Path(sys.argv[2]))


if __name__ == "__main__":
    main()
