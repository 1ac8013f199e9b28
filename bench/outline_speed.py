"""How fast the outline and the word count are on generated articles.

The GUI re-parses the outline (debounced) while the writer types, so parse_outline on a
100,000-word article must stay well under 50 ms. Run:

    .venv/bin/python bench/outline_speed.py [--runs N]

and read the table (times in milliseconds: median and p95 wall-clock over N runs, and
the median CPU time of the parsing thread).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from retro_editor.core.outline import iter_sections, parse_outline  # noqa: E402
from retro_editor.core.textstats import count_words  # noqa: E402
from retro_editor.testing.articles import generated_article  # noqa: E402
from retro_editor.testing.stats import p95  # noqa: E402


def _time(fn, text: str, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (this thread) times in ms: on a shared machine the CPU time shows
    the cost without the waits for other processes."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        fn(text)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per size")
    args = parser.parse_args(argv)
    print(f"{'size':>6} {'words':>8} {'lines':>6} {'sections':>8} {'outline med':>12} "
          f"{'outline p95':>12} {'outline cpu med':>16} {'count_words med':>16}")
    for size in (5_000, 20_000, 100_000):
        text = generated_article(size, seed=1)
        parse_outline(text)  # warm-up
        outline_ms, outline_cpu = _time(parse_outline, text, args.runs)
        count_ms, _ = _time(count_words, text, args.runs)
        sections = sum(1 for _ in iter_sections(parse_outline(text)))
        print(f"{size // 1000:>5}k {count_words(text):>8} {text.count(chr(10)) + 1:>6} "
              f"{sections:>8} {statistics.median(outline_ms):>12.2f} "
              f"{p95(outline_ms):>12.2f} {statistics.median(outline_cpu):>16.2f} "
              f"{statistics.median(count_ms):>16.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
