"""Measure `conflictfacts extract`: how much of a hand-curated gold list it proposes, and
how much of what it proposes is on that list.

    python bench/extraction.py

Gold lists: for the seed document, the shipped table's quotes; for the news texts in
tests/extraction/, the quotes in each *.gold.toml, curated by hand before extract was
written. A gold quote counts as proposed when a candidate covers at least half of it; a
candidate counts as useful when it covers at least half of some gold quote.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from conflictfacts.cache import BUILTIN_DIR

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "conflictfacts"]


@dataclass(frozen=True)
class Figures:
    name: str
    blind: bool
    gold: int
    proposed: int
    candidates: int
    useful: int

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


def measure(
    name: str, spans: list[tuple[int, int]], gold: list[tuple[int, int]], blind: bool = False
) -> Figures:
    proposed = sum(any(covers(s, g) for s in spans) for g in gold)
    useful = sum(any(covers(s, g) for g in gold) for s in spans)
    return Figures(name, blind, len(gold), proposed, len(spans), useful)


def candidate_spans(document: Path, *options: str) -> list[tuple[int, int]]:
    """The distinct quote spans `extract` proposes (one sentence may carry several facts)."""
    done = subprocess.run(
        [*CLI, "extract", str(document), "--format", "json", *options],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return sorted({(f["start"], f["end"]) for f in json.loads(done.stdout)})


def seed() -> Figures:
    shipped = BUILTIN_DIR / "facts.toml"  # the installed package's, wherever it is
    table = tomllib.loads(shipped.read_text(encoding="utf-8"))
    gold = [(f["start"], f["end"]) for f in table["fact"]]  # per fact, as the table has them
    document = ROOT / "seeds" / table["fact"][0]["document"]
    return measure("seed (the shipped table)", candidate_spans(document, "--no-builtin"), gold)


def news() -> list[Figures]:
    figures = []
    for gold_file in sorted((ROOT / "tests" / "extraction").glob("*.gold.toml")):
        entry = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        document = gold_file.with_name(gold_file.name.replace(".gold.toml", ".txt"))
        text = document.read_text(encoding="utf-8")
        gold = [(text.index(q), text.index(q) + len(q)) for q in entry["quotes"]]
        options = ["--no-builtin"] + (["--date", entry["date"]] if "date" in entry else [])
        spans = candidate_spans(document, *options)
        figures.append(measure(document.stem, spans, gold, blind=entry.get("held_out", False)))
    return figures


def _total(name: str, rows: list[Figures]) -> Figures:
    return Figures(
        name,
        all(r.blind for r in rows),
        sum(r.gold for r in rows),
        sum(r.proposed for r in rows),
        sum(r.candidates for r in rows),
        sum(r.useful for r in rows),
    )


def main() -> None:
    texts = news()
    rows = [seed(), *texts, _total("all news texts", texts)]
    print("| text | gold | proposed | recall | candidates | useful | precision |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        name = f"{r.name} (held out)" if r.blind and r.name != "all news texts" else r.name
        print(f"| {name} | {r.gold} | {r.proposed} | {r.recall:.0%} | {r.candidates} | "
              f"{r.useful} | {r.precision:.0%} |")  # fmt: skip


if __name__ == "__main__":
    main()
