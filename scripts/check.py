"""Run every check the project promises: lint, format, types, tests, and the shipped citations.

Usage: python scripts/check.py, from the repository, with the project installed ('.[dev]').
"""

from __future__ import annotations

import subprocess
import sys

CHECKS = [
    ("lint", ["ruff", "check", "conflictfacts", "tests", "bench", "scripts"]),
    ("format", ["ruff", "format", "--check", "conflictfacts", "tests", "bench", "scripts"]),
    ("types", ["mypy"]),
    # Spread over the machine's cores: the fuzz tests alone take a minute on one.
    ("tests", ["pytest", "-q", "-n", "auto", "--dist", "worksteal"]),
    ("citations", ["conflictfacts", "verify"]),
]


def main() -> int:
    failed = []
    for name, command in CHECKS:
        print(f"== {name}: {' '.join(command)}", flush=True)
        if subprocess.run([sys.executable, "-m", *command], check=False).returncode != 0:
            failed.append(name)
    print("== all checks passed" if not failed else f"== FAILED: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
