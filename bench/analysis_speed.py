"""How fast the document's analysis is: from scratch, and after a one-character edit.

While the writer types, the GUI re-analyses the text (debounced, in a worker thread) with
``analyse(text, previous)``, which reuses the word counts of the sections that did not
change. Run:

    .venv/bin/python bench/analysis_speed.py [--runs N]

and read the table (milliseconds, wall-clock median and p95 over N runs): a full analysis,
and an incremental one after typing one character in the middle of the article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from retro_editor.core.analysis import TextAnalysis, analyse  # noqa: E402
from retro_editor.testing.articles import generated_article  # noqa: E402
from retro_editor.testing.stats import p95  # noqa: E402


def _edited(text: str, n: int) -> str:
    """The text with one letter typed into the middle (a different place each run)."""
    at = text.index(" ", len(text) // 2 + 97 * n)
    return text[:at] + "x" + text[at:]


def _measure(text: str, runs: int) -> tuple[list[float], list[float]]:
    base = analyse(text)
    full, incremental = [], []
    for n in range(runs):
        edited = _edited(text, n)
        start = time.perf_counter()
        analyse(edited)
        full.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        result: TextAnalysis = analyse(edited, base)
        incremental.append((time.perf_counter() - start) * 1000)
        assert result.words == base.words or result.words == base.words + 1
    return full, incremental


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per size")
    args = parser.parse_args(argv)
    print(f"{'size':>6} {'words':>8} {'sections':>8} {'full med':>9} {'full p95':>9} "
          f"{'incr med':>9} {'incr p95':>9}")
    for size in (20_000, 100_000):
        text = generated_article(size, seed=1)
        analyse(text)  # warm-up
        full, incremental = _measure(text, args.runs)
        sections = sum(1 for _ in analyse(text).iter_sections())
        print(f"{size // 1000:>5}k {analyse(text).words:>8} {sections:>8} "
              f"{statistics.median(full):>9.2f} {p95(full):>9.2f} "
              f"{statistics.median(incremental):>9.2f} {p95(incremental):>9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
