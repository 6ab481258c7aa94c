"""Measure `conflictfacts extract`: how much of a hand-curated gold list it proposes, how
much of what it proposes is on that list, and whether the fields it fills in are right.

    python bench/extraction.py

Gold lists: for the seed document, the shipped table's quotes; for the texts in
tests/extraction/ (written for this project, in its own words, carrying real facts), the
claims in each *.gold.toml, written by hand before extract first ran on the text. Each claim
has its exact quote, the value it carries (if any), the date it holds for (a day, a month, an
interval "A/B", or "" where the text is vague) and the names the text gives its source ("" for
the document's own voice). A gold claim counts as found when a candidate covers at least half
of its quote; a candidate counts as useful when it covers at least half of some gold quote.
A claim's date and source are judged on the candidates that propose it: those that carry
its value within its quote, when it has one and some do; else those that cover it.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conflictfacts.cache import BUILTIN_DIR

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "conflictfacts"]
TEXTS = ROOT / "tests" / "extraction"
OWN_VOICE = "Unattributed"  # the source id extract gives a claim the document makes itself


@dataclass(frozen=True)
class Claim:
    """One gold claim: its span in the text, and the fields a reviewer would accept."""

    start: int
    end: int
    value: float | None = None
    date: str | None = None  # None: the gold list does not say (the seed's table)
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    value: float | None
    date: str
    source: tuple[str, ...]  # its source's id and name


@dataclass(frozen=True)
class Figures:
    name: str
    blind: bool
    gold: int
    proposed: int
    candidates: int  # distinct quote spans
    useful: int
    proposals: int = 0  # every candidate printed, one span may carry several
    repeats: int = 0  # candidates whose span an earlier candidate already has
    valued: int = 0  # gold claims with a value
    value_any: int = 0  # ... whose value some candidate covering it, or overlapping it, carries
    value_covering: int = 0  # ... whose value some covering candidate carries (the old measure)
    value_first: int = 0  # ... whose value the first covering candidate carries
    dated: int = 0  # found claims whose gold list gives a date (or says there is none)
    date_right: int = 0  # ... where some covering candidate has that date
    date_wrong: int = 0  # ... where some covering candidate has a date that contradicts it
    wrong_everywhere: int = 0  # candidates whose date contradicts every claim they cover
    sourced: int = 0  # found claims whose gold list names the source
    source_right: int = 0  # ... where some covering candidate has that source

    @property
    def recall(self) -> float:
        return self.proposed / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.useful / self.candidates if self.candidates else 0.0


def covers(span: tuple[int, int], gold: tuple[int, int]) -> bool:
    """Whether span covers at least half of gold."""
    overlap = min(span[1], gold[1]) - max(span[0], gold[0])
    return overlap * 2 >= gold[1] - gold[0]


def _name(text: str) -> str:
    text = text.strip().replace("\u2019", "'").casefold()
    text = text.removeprefix("the ")
    return text.removesuffix("'s")


def same_source(candidate: tuple[str, ...], gold: tuple[str, ...]) -> bool:
    """Whether the candidate's source (its id or name) is one the gold claim names; a
    person's full name is also the name with a title before it ("Volodymyr Zelensky" is
    "President Volodymyr Zelensky")."""
    names = {_name(g) if g else _name(OWN_VOICE) for g in gold}
    return any(
        _name(c) in names or (" " in _name(c) and any(n.endswith(" " + _name(c)) for n in names))
        for c in candidate
    )


def period(date: str) -> tuple[str, str]:
    """The first and last day a date stands for: "2025" is 2025-01-01 to 2025-12-31,
    "2025-01/2025-11" is 2025-01-01 to 2025-11-30; an open start ("../D") is "" to D."""
    first, _, last = date.partition("/")
    last = last or first

    def start(part: str) -> str:
        return (
            ""
            if part == ".."
            else (part + "-01-01")[:10]
            if len(part) == 4
            else (part + "-01" if len(part) == 7 else part)
        )

    def end(part: str) -> str:
        if len(part) == 4:
            return part + "-12-31"
        if len(part) == 7:
            year, month = int(part[:4]), int(part[5:])
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return str(following - dt.timedelta(days=1))
        return part

    return start(first), end(last)


def same_date(date: str, gold: str) -> bool:
    """Whether a candidate's date is the claim's, as periods: "2025" is
    "2025-01-01/2025-12-31"."""
    return date == gold or (bool(date) and bool(gold) and period(date) == period(gold))


def contradicts(date: str, gold: str) -> bool:
    """Whether a candidate's date is wrong for the claim: set, not the gold date, not a
    coarser period holding it ("2025-07" for "2025-07-09"), and not an open bound ("../D",
    it had happened by D) that the gold date lies within."""
    if not date or same_date(date, gold):
        return False
    if date.startswith("../"):
        bound = date[3:]
        end = gold.rsplit("/", 1)[-1]
        return bool(gold) and end[: len(bound)] > bound
    if not gold:
        return True
    (first, last), (gold_first, gold_last) = period(date), period(gold)
    return not (first <= gold_first and gold_last <= last)


def measure(name: str, found: list[Candidate], gold: list[Claim], blind: bool = False) -> Figures:
    spans = sorted({(c.start, c.end) for c in found})
    golds = [(g.start, g.end) for g in gold]
    proposed = sum(any(covers(s, g) for s in spans) for g in golds)
    useful = sum(any(covers(s, g) for g in golds) for s in spans)
    seen: set[tuple[int, int]] = set()
    repeats = 0
    for c in found:
        repeats += (c.start, c.end) in seen
        seen.add((c.start, c.end))
    counts = dict.fromkeys(
        ["valued", "value_any", "value_covering", "value_first", "dated", "date_right",
         "date_wrong", "sourced", "source_right"], 0)  # fmt: skip
    for claim in gold:
        covering = [c for c in found if covers((c.start, c.end), (claim.start, claim.end))]
        # Of a claim with a value, the candidates that carry it propose it: another figure's
        # candidate that covers the same sentence ("2,088 (2024); 1,974 (2023)") proposes
        # another claim, and its date and source are that claim's.
        carrying = [
            c
            for c in found
            if claim.value is not None
            and c.value == claim.value
            and c.start < claim.end
            and claim.start < c.end  # within the claim's quote: "... and 447 in September."
        ]
        if claim.value is not None:
            counts["valued"] += 1
            # A figure's own clause, within a quote the gold list gives several figures
            # ("588 in June, 507 in May"), carries its value though it covers less than half
            # of that quote: as for dates and sources, the candidates overlapping it count.
            held = any(c.value == claim.value for c in covering)
            counts["value_covering"] += held
            counts["value_any"] += held or bool(carrying)
            counts["value_first"] += bool(covering) and covering[0].value == claim.value
        if not covering:
            continue
        proposing = carrying or covering
        if claim.date is not None:
            counts["dated"] += 1
            counts["date_right"] += any(same_date(c.date, claim.date) for c in proposing)
            counts["date_wrong"] += any(contradicts(c.date, claim.date) for c in proposing)
        if claim.sources:
            counts["sourced"] += 1
            counts["source_right"] += any(same_source(c.source, claim.sources) for c in proposing)
    wrong_everywhere = 0
    for c in found:
        dates = [
            g.date
            for g in gold
            if g.date is not None and covers((c.start, c.end), (g.start, g.end))
        ]
        wrong_everywhere += bool(dates) and all(contradicts(c.date, d) for d in dates)
    return Figures(
        name, blind, len(gold), proposed, len(spans), useful, len(found), repeats,
        wrong_everywhere=wrong_everywhere, **counts,
    )  # fmt: skip


def candidates(document: Path, *options: str) -> list[Candidate]:
    """What `extract` proposes for the document, in its order, with each source's id and name."""
    done = subprocess.run(
        [*CLI, "extract", str(document), "--format", "toml", *options],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    table = tomllib.loads(done.stdout)
    names = {s["id"]: s["name"] for s in table.get("source", [])}
    return [
        Candidate(
            f["start"],
            f["end"],
            f.get("value"),
            f.get("date", ""),
            (f["source"], names.get(f["source"], f["source"])),
        )
        for f in table.get("fact", [])
    ]


def extracted(document: Path, given_date: str | None = None) -> list[Candidate]:
    """What `extract --no-builtin` proposes for the document, read in this process: the
    same candidates as `candidates`, without a Python start-up for each text (the tests
    read every text)."""
    from conflictfacts.extract import extract
    from conflictfacts.verify import read_document

    found = extract(
        read_document(document), document.name, document.with_suffix(".toml"), given_date=given_date
    )
    names = {s.id: s.name for s in found.sources}
    return [
        Candidate(f.start, f.end, f.value, f.date, (f.source, names.get(f.source, f.source)))
        for f in found.facts
    ]


def seed() -> Figures:
    shipped = BUILTIN_DIR / "facts.toml"  # the installed package's, wherever it is
    table = tomllib.loads(shipped.read_text(encoding="utf-8"))
    gold = [Claim(f["start"], f["end"]) for f in table["fact"]]  # per fact, as the table has them
    document = ROOT / "seeds" / table["fact"][0]["document"]
    return measure("seed (the shipped table)", candidates(document, "--no-builtin"), gold)


def gold_claims(gold_file: Path) -> tuple[dict[str, Any], Path, list[Claim]]:
    """A gold list's header, its document, and its claims located in the document's text."""
    entry = tomllib.loads(gold_file.read_text(encoding="utf-8"))
    document = gold_file.with_name(gold_file.name.replace(".gold.toml", ".txt"))
    text = document.read_text(encoding="utf-8")
    claims = []
    for c in entry["claim"]:
        start = text.index(c["quote"])
        claims.append(
            Claim(start, start + len(c["quote"]), c.get("value"), c["date"], tuple(c["source"]))
        )
    return entry, document, claims


def news(in_process: bool = False) -> tuple[list[Figures], dict[str, list[Figures]]]:
    """Each text's figures, and the held-out texts by the day they were written (their
    gold list's `written`), so that each batch's first run can be read on its own.
    in_process: extract in this process (`extracted`), not through the command line."""
    figures: list[Figures] = []
    batches: dict[str, list[Figures]] = {}
    for gold_file in sorted(TEXTS.glob("*.gold.toml")):
        entry, document, claims = gold_claims(gold_file)
        options = ["--no-builtin"] + (["--date", entry["date"]] if "date" in entry else [])
        found = (
            extracted(document, entry.get("date")) if in_process else candidates(document, *options)
        )
        figures.append(measure(document.stem, found, claims, blind=entry.get("held_out", False)))
        if "written" in entry:
            batches.setdefault(str(entry["written"]), []).append(figures[-1])
    return figures, batches


def total(name: str, rows: Iterable[Figures]) -> Figures:
    rows = list(rows)
    sums = {
        field: sum(getattr(r, field) for r in rows)
        for field in Figures.__dataclass_fields__
        if field not in ("name", "blind")
    }
    return Figures(name, all(r.blind for r in rows), **sums)


MEASURES = [  # a label, and the two counts of Figures whose ratio it is
    ("claims found", "proposed", "gold"),
    ("candidate spans that cover a claim", "useful", "candidates"),
    ("candidates that repeat another's span", "repeats", "proposals"),
    ("claims with a value that some candidate carries", "value_any", "valued"),
    ("... that a candidate covering half its quote carries", "value_covering", "valued"),
    ("... that the first candidate covering it carries", "value_first", "valued"),
    ("found claims with the right date", "date_right", "dated"),
    ("found claims with a wrong date", "date_wrong", "dated"),
    ("candidates with a date wrong for every claim they cover", "wrong_everywhere", "proposals"),
    ("found claims with the right source", "source_right", "sourced"),
]


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%} ({part}/{whole})" if whole else "-"


def main() -> None:
    texts, batches = news()
    everything = total("all texts here", texts)
    rows = [seed(), *texts, everything]
    print("| text | gold | proposed | recall | candidates | useful | precision |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        name = f"{r.name} (held out)" if r.blind and r is not everything else r.name
        print(f"| {name} | {r.gold} | {r.proposed} | {r.recall:.0%} | {r.candidates} | "
              f"{r.useful} | {r.precision:.0%} |")  # fmt: skip
    held = [r for r in texts if r.blind]
    fields = [everything] + ([total("held out", held)] if held else [])
    fields += [total(f"written {day}", rows) for day, rows in sorted(batches.items())]
    print()
    print("| measure (texts here) | " + " | ".join(f.name for f in fields) + " |")
    print("|---|" + "---|" * len(fields))
    for label, part, whole in MEASURES:
        cells = [_share(getattr(f, part), getattr(f, whole)) for f in fields]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
