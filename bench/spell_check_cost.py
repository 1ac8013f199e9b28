"""What the spell check costs per block (the editor checks one block per keystroke).

Run:

    .venv/bin/python bench/spell_check_cost.py [--words N] [--languages en-US,de]

and read the table: microseconds per block (median, p95, max) over every block of a
generated article, with an empty verdict cache (the first pass, as at opening) and with a
warm one (typing: the words around the cursor were already checked), plus the whole first
pass in milliseconds (what the background pass spreads over its slices).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from retro_editor.core.spelling import open_spell_checker  # noqa: E402
from retro_editor.testing.articles import generated_article  # noqa: E402


def _pass(check, lines: list[str]) -> list[float]:
    times = []
    for line in lines:
        start = time.perf_counter()
        check(line)
        times.append((time.perf_counter() - start) * 1e6)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--languages", default="en-US,de")
    args = parser.parse_args()
    setup = open_spell_checker(args.languages.split(","), None)
    if setup.notice:
        print(setup.notice)
    lines = [line for line in generated_article(args.words).splitlines() if line.strip()]
    checker = setup.checker
    cold = _pass(checker.misspelt_in_line, lines)
    warm = _pass(checker.misspelt_in_line, lines)
    print(f"{args.words} words, {len(lines)} non-blank blocks, languages {args.languages}")
    print(f"{'pass':<6} {'median us':>10} {'p95 us':>10} {'max us':>10} {'total ms':>10}")
    for name, times in (("cold", cold), ("warm", warm)):
        ordered = sorted(times)
        p95 = ordered[int(len(ordered) * 0.95)]
        print(f"{name:<6} {statistics.median(times):>10.1f} {p95:>10.1f} {ordered[-1]:>10.1f}"
              f" {sum(times) / 1000:>10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
