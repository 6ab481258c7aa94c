"""Run the adversarial runs' queries again on this checkout's `ask`, and say what changed.

    python bench/adversarial.py [--list]

Each tests/adversarial/run-N.jsonl holds one run: the queries a helper wrote after reading
only the seed and the fact tables (misleading ones, which no fact answers, and fair ones),
what `ask` gave each on the code of the day (`given`, "" for no answer), and the helper's
verdict on it: right, refused, wrong, or correct_refusal. The verdicts judge the answers
given then; an answer that has changed since is not judged, so it is counted apart, to read:
--list prints those queries.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = ROOT / "tests" / "adversarial"
CLI = [sys.executable, "-m", "conflictfacts", "ask", "--json", "--limit", "1", "--batch"]


def first_answers(queries: list[str]) -> list[str]:
    """The id `ask` answers each query with first, "" where it gives none."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as lines:
        lines.write("".join(q.replace("\n", " ") + "\n" for q in queries))
        lines.flush()
        done = subprocess.run([*CLI, lines.name], capture_output=True, text=True, cwd=ROOT)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    if len(records) != len(queries):
        raise SystemExit(f"ask --batch gave {len(records)} records for {len(queries)} queries")
    return [r["answers"][0]["id"] if r["answers"] else "" for r in records]


def outcome(verdict: str, given: str, now: str) -> str:
    """What became of a judged query: the same answer keeps its verdict; another is new."""
    if now == given:
        return {"wrong": "wrong, still given", "right": "right, still given"}.get(verdict, "same")
    if verdict == "wrong":
        return "wrong, now refused" if not now else "wrong, now another fact (unjudged)"
    if verdict == "right":
        return "right, lost" if not now else "right, now another fact (unjudged)"
    return "refused, now answered (unjudged)"


def main() -> None:
    listing = "--list" in sys.argv[1:]
    for path in sorted(RUNS.glob("run-*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        now = first_answers([r["query"] for r in rows])
        outcomes = [outcome(r["verdict"], r["given"], n) for r, n in zip(rows, now, strict=True)]
        judged = Counter(r["verdict"] for r in rows)
        print(f"{path.name}: {len(rows)} queries; judged then: " + ", ".join(
            f"{v} {n}" for v, n in sorted(judged.items())
        ))  # fmt: skip
        for what, count in sorted(Counter(o for o in outcomes if o != "same").items()):
            print(f"  {what}: {count}")
        if listing:
            for r, n, o in zip(rows, now, outcomes, strict=True):
                if o not in ("same", "wrong, still given", "right, still given"):
                    print(
                        f"    {o}: {r['query']!r} -> {n or 'no answer'} (was {r['given'] or '-'})"
                    )


if __name__ == "__main__":
    main()
