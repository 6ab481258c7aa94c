"""Measure conflictfacts against baselines taken in the same run, and print one table.

Each figure is the median of whole-process runs, taken in rounds so that every command of a
group sees the same machine load; ratios compare commands measured side by side, which is
what stays meaningful on a noisy machine.

    python bench/run.py                  # start-up, then 100k and 1M generated facts
    python bench/run.py --sizes 100000   # fewer sizes
    python bench/run.py --sizes ""       # start-up only

Generated tables go to --work (default: $TMPDIR/conflictfacts-bench), made once by
bench/generate.py and reused; each size's cache is built once before it is timed (the
build time is reported). fzf (Debian package fzf) is a baseline when it is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

PYTHON = sys.executable
CLI = shutil.which("conflictfacts", path=str(Path(PYTHON).parent)) or "conflictfacts"
QUERY = "Donetsk control"
HERE = Path(__file__).resolve().parent


def run_once(
    argv: Sequence[str], stdin: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, int]:
    """Wall time in seconds and peak memory in KB of one whole process."""
    source = open(stdin, "rb") if stdin else subprocess.DEVNULL  # noqa: SIM115
    # A real file, not /dev/null: GNU grep notices /dev/null and stops at the first match.
    with tempfile.TemporaryFile() as sink:
        try:
            start = time.perf_counter()
            child = subprocess.Popen(argv, stdin=source, stdout=sink,
                                     stderr=subprocess.DEVNULL, env=env)  # fmt: skip
            _, _, usage = os.wait4(child.pid, 0)
            return time.perf_counter() - start, usage.ru_maxrss
        finally:
            if stdin:
                source.close()  # type: ignore[union-attr]


def medians(
    commands: Mapping[str, tuple[list[str], Path | None]],
    runs: int,
    env: dict[str, str] | None = None,
) -> dict[str, tuple[float, int]]:
    """Median seconds and peak KB per command, measured in interleaved rounds."""
    for argv, stdin in commands.values():  # warm the file cache once
        run_once(argv, stdin, env)
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    peak: dict[str, int] = dict.fromkeys(commands, 0)
    for _ in range(runs):
        for name, (argv, stdin) in commands.items():
            took, memory = run_once(argv, stdin, env)
            seconds[name].append(took)
            peak[name] = max(peak[name], memory)
    return {name: (statistics.median(seconds[name]), peak[name]) for name in commands}


def peak_memory(argv: Sequence[str], env: dict[str, str]) -> int:
    """Peak resident memory (KB) of one run, measured by /usr/bin/time when there is one:
    a child's ru_maxrss also counts the memory of the parent it was forked from."""
    timer = Path("/usr/bin/time")
    if not timer.exists():
        return run_once(argv, env=env)[1]
    with tempfile.NamedTemporaryFile("r") as report:
        command = [str(timer), "-f", "%M", "-o", report.name, *argv]
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        return int(report.read().strip())


def warm_latency(folder: Path, env: dict[str, str], repeats: int = 25) -> tuple[float, float]:
    """Median and slowest seconds per query in one process, the store already open."""
    code = f"""
import statistics, time
from pathlib import Path
from conflictfacts import cache
from conflictfacts.search import Index
index = Index(cache.load(cache.table_files([Path({str(folder)!r})], builtin=False)))
queries = [{QUERY!r}, "Kherson shelling", "ceasefire talks Geneva", "Zaporizhzhia withdrawal",
           "deadline for grain exports", "how much of Luhansk does Russia control?"]
for q in queries:
    index.search(q, 5)
times = []
for _ in range({repeats}):
    for q in queries:
        start = time.perf_counter(); index.search(q, 5); times.append(time.perf_counter() - start)
print(statistics.median(times), max(times))
"""
    done = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True, env=env)
    median, slowest = done.stdout.split()
    return float(median), float(slowest)


BATCH = 1000
"""Queries in each `ask --batch` run."""


def shipped_queries(work: Path) -> Path:
    """BATCH questions as people type them, for the shipped table: the evaluation sets'."""
    import tomllib

    from conflictfacts.cache import BUILTIN_DIR

    texts: list[str] = []
    for path in sorted(BUILTIN_DIR.parent.glob("evaluation*.toml")):
        texts += [q["text"] for q in tomllib.loads(path.read_text("utf-8"))["query"]]
    assert len(texts) >= BATCH, "fewer evaluation queries than a batch"
    out = work / f"shipped-{BATCH}.queries.txt"
    work.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(t + "\n" for t in texts[:BATCH]), encoding="utf-8")
    return out


def claim_queries(statements: Path, work: Path, label: str) -> Path:
    """BATCH claims to check at scale: distinct statements of the generated table, evenly
    spaced (each different, so that no answer is found twice)."""
    lines = list(dict.fromkeys(statements.read_text(encoding="utf-8").splitlines()))
    assert len(lines) >= BATCH, "fewer distinct statements than a batch"
    step = max(1, len(lines) // BATCH)
    out = work / f"{label}-{BATCH}-distinct.queries.txt"
    out.write_text("".join(line + "\n" for line in lines[::step][:BATCH]), encoding="utf-8")
    return out


def prepare(size: int, work: Path) -> tuple[Path, Path, dict[str, str], float]:
    """The generated folder, its statements as text, the environment that points at its own
    cache, and the seconds a first `ask` took to check the tables and build that cache."""
    folder = work / str(size)
    if not (folder / "sources.toml").exists():
        subprocess.run([PYTHON, str(HERE / "generate.py"), str(size), str(folder)], check=True)
        # A store is saved only from files last changed 3 s before its build (cache.py):
        # date the new files a minute back, so that the build below is saved and reused.
        then = time.time() - 60
        for path in folder.iterdir():
            os.utime(path, (then, then))
    cache = work / f"cache-{size}"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "CONFLICTFACTS_CACHE_DIR": str(cache)}
    data = ["--data", str(folder), "--no-builtin"]
    build, _ = run_once([CLI, "ask", QUERY, *data], env=env)
    statements = work / f"{size}.statements.txt"
    if not statements.exists():
        with statements.open("w", encoding="utf-8") as out:
            listing = subprocess.Popen(
                [CLI, "list", *data], stdout=subprocess.PIPE, text=True, env=env
            )
            assert listing.stdout is not None
            for row in listing.stdout:
                out.write(row.split("\t")[3] + "\n")
            listing.wait()
    return folder, statements, env, build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per start-up figure")
    parser.add_argument("--scale-runs", type=int, default=5, help="runs per figure at scale")
    parser.add_argument("--sizes", default="100000,1000000", help="fact counts, comma-separated")
    default_work = Path(tempfile.gettempdir()) / "conflictfacts-bench"
    parser.add_argument("--work", type=Path, default=default_work)
    options = parser.parse_args()
    rows: list[tuple[str, str, str, str]] = []  # what, measured, against, target

    floor = {
        "python -c pass": ([PYTHON, "-c", "pass"], None),
        "import typer, rapidfuzz": ([PYTHON, "-c", "import typer, rapidfuzz"], None),
        "import typer, rich, rapidfuzz": ([PYTHON, "-c", "import typer, rich, rapidfuzz"], None),
        "import typer, rapidfuzz, rich.table": (
            [PYTHON, "-c", "import typer, rapidfuzz, rich.table"], None,
        ),
        "ask (table)": ([CLI, "ask", QUERY, "--format", "table"], None),
        "ask --format json": ([CLI, "ask", QUERY, "--format", "json"], None),
        "ask --batch": ([CLI, "ask", "--batch", str(shipped_queries(options.work)), "--json"],
                        None),
    }  # fmt: skip
    found = medians(floor, options.runs)

    # The batch's budget: two cold starts, and a millisecond for each query.
    budget = 2 * found["ask --format json"][0] + BATCH / 1000

    def ms(name: str) -> str:
        return f"{found[name][0] * 1000:.1f} ms"

    def ratio(name: str, base: str) -> str:
        return f"{found[name][0] / found[base][0]:.2f}x {base}"

    rows += [
        ("`python -c pass`", ms("python -c pass"), "", ""),
        ("`import typer, rapidfuzz`", ms("import typer, rapidfuzz"), "", ""),
        ("`import typer, rich, rapidfuzz`", ms("import typer, rich, rapidfuzz"), "", ""),
        ("`import typer, rapidfuzz, rich.table`", ms("import typer, rapidfuzz, rich.table"), "",
         ""),
        (f"cold `ask {QUERY!r}`, shipped table, terminal table", ms("ask (table)"),
         ratio("ask (table)", "import typer, rich, rapidfuzz"), "<= 1.2x"),
        ("", "", ratio("ask (table)", "import typer, rapidfuzz, rich.table"), ""),
        ("", "", ratio("ask (table)", "python -c pass"), ""),
        (f"cold `ask {QUERY!r} --format json`", ms("ask --format json"),
         ratio("ask --format json", "import typer, rapidfuzz"), "<= 1.1x"),
        (f"`ask --batch --json`, {BATCH:,} evaluation queries, shipped table",
         ms("ask --batch"), ratio("ask --batch", "ask --format json"), ""),
        ("", "", f"{found['ask --batch'][0] / budget:.2f}x the budget, 2 cold `ask` + "
         f"{BATCH:,} ms ({budget * 1000:.0f} ms)", "<= 1.0x"),
    ]  # fmt: skip

    fzf = shutil.which("fzf")
    for size in [int(s) for s in options.sizes.split(",") if s.strip()]:
        label = f"{size // 1000}k" if size < 1_000_000 else f"{size // 1_000_000}M"
        folder, statements, env, build = prepare(size, options.work)
        data = ["--data", str(folder), "--no-builtin"]
        scale: dict[str, tuple[list[str], Path | None]] = {
            "ask": ([CLI, "ask", QUERY, *data, "--format", "json"], None),
            "grep": (["grep", "-i", "-F", "donetsk", str(statements)], None),
        }
        if fzf:
            scale["fzf"] = ([fzf, "--filter", QUERY], statements)
        if size <= 100_000:
            scale["verify"] = ([CLI, "verify", *data], None)
            claims = claim_queries(statements, options.work, label)
            scale["batch"] = ([CLI, "ask", "--batch", str(claims), "--json", *data], None)
        timed = medians(scale, options.scale_runs, env)
        found.update({f"{k} {label}": v for k, v in timed.items()})
        rows.append((f"first run at {label} facts (check and build the cache)",
                     f"{build:.1f} s", "", ""))  # fmt: skip
        against = f"ask {label}"
        rows.append((f"cold `ask` at {label} facts, `--format json`", ms(against),
                     ratio(against, f"fzf {label}") if fzf else "fzf not installed",
                     "<= 1.0x fzf" if size <= 100_000 else "<= 1 s"))  # fmt: skip
        rows.append(("", "", ratio(against, f"grep {label}"), ""))
        if fzf:
            rows.append((f"`fzf --filter` over the {label} statements", ms(f"fzf {label}"), "", ""))
        rows.append((f"`grep -i` over the {label} statements", ms(f"grep {label}"), "", ""))
        warm, slowest = warm_latency(folder, env)
        target = "<= 5 ms" if size <= 100_000 else "<= 30 ms"
        rows.append((f"warm query at {label} facts, one process (median of 6 queries)",
                     f"{warm * 1000:.2f} ms", f"slowest {slowest * 1000:.1f} ms",
                     target))  # fmt: skip
        if size <= 100_000:
            rows.append((f"`verify` at {label} facts", ms(f"verify {label}"), "", ""))
            rows.append((f"`ask --batch --json`, {BATCH:,} of the {label} statements as claims",
                         ms(f"batch {label}"), ratio(f"batch {label}", f"ask {label}"),
                         "<= 2 s"))  # fmt: skip
        peak = peak_memory([CLI, "ask", QUERY, *data, "--format", "json"], env) / 1024
        rows.append((f"peak memory of cold `ask` at {label}", f"{peak:.0f} MB", "",
                     "<= 1 GB" if size >= 1_000_000 else ""))  # fmt: skip

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; medians of "
          f"{options.runs} runs (start-up) and {options.scale_runs} (at scale)\n")  # fmt: skip
    print("| what | measured | as a ratio | target |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
