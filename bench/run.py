"""Measure conflictfacts start-up against the floor of its own dependencies, in one run.

Each figure is the median of whole-process runs, taken in rounds so that every command
sees the same machine load; the ratios compare commands measured side by side, which
is what stays meaningful on a noisy machine. Usage: python bench/run.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PYTHON = sys.executable
CLI = shutil.which("conflictfacts", path=str(Path(PYTHON).parent)) or "conflictfacts"

COMMANDS: dict[str, list[str]] = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "import typer, rapidfuzz": [PYTHON, "-c", "import typer, rapidfuzz"],
    "import typer, rich, rapidfuzz": [PYTHON, "-c", "import typer, rich, rapidfuzz"],
    # `import rich` loads little; drawing a table needs rich.console and rich.table.
    "... + rich.console, rich.table": [PYTHON, "-c", "import typer, rapidfuzz, rich.table"],
    "ask, terminal table": [CLI, "ask", "Donetsk control", "--format", "table"],
    "ask --format json": [CLI, "ask", "Donetsk control", "--format", "json"],
    "ask, piped rows": [CLI, "ask", "Donetsk control"],
    "list --json": [CLI, "list", "--json"],
    "verify": [CLI, "verify"],
}

# (command, baseline, target ratio or None)
RATIOS = [
    ("ask, terminal table", "import typer, rich, rapidfuzz", 1.2),
    ("ask, terminal table", "... + rich.console, rich.table", None),
    ("ask --format json", "import typer, rapidfuzz", 1.1),
    ("ask, piped rows", "import typer, rapidfuzz", 1.1),
    ("ask, terminal table", "python -c pass", None),
    ("list --json", "import typer, rapidfuzz", None),
    ("verify", "import typer, rapidfuzz", None),
]


def measure(runs: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for argv in COMMANDS.values():  # warm the file cache once
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    for _ in range(runs):
        for name, argv in COMMANDS.items():
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="runs per command (default 21)")
    runs = parser.parse_args().runs
    medians = measure(runs)
    print(f"median of {runs} runs each, {sys.version.split()[0]}, {CLI}\n")
    print(f"{'command':34} {'median':>9}")
    for name, seconds in medians.items():
        print(f"{name:34} {seconds * 1000:7.1f} ms")
    print(f"\n{'ratio':62} {'measured':>8} {'target':>7}")
    for name, base, target in RATIOS:
        ratio = medians[name] / medians[base]
        verdict = (
            "" if target is None else f"<= {target:.1f}" + (" ok" if ratio <= target else " MISSED")
        )
        print(f"{name + ' / ' + base:62} {ratio:7.2f}x  {verdict}")


if __name__ == "__main__":
    main()
