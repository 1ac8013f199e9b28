"""Export speed on generated articles (the quality bars in docs/architecture.md).

At 100,000 words: HTML under 1 s; DOCX and EPUB no slower than pandoc, 1.4 s and 1.9 s here.

    .venv/bin/python bench/export_speed.py [--runs N] [--words 20000 100000]

Prints median and p95 wall time per format and size. Articles are generated with the sample
project's images, headings every ~400 words, lists, quotes, code, tables and footnotes.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from retro_editor.core.project import open_project
from retro_editor.export.registry import export_formats
from retro_editor.testing.articles import generated_article

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "Neon Harbor Retrospective"
FORMATS = ["html", "docx", "epub", "markdown", "hugo", "jekyll"]
TARGETS = {("html", 100_000): 1.0, ("docx", 100_000): 1.4, ("epub", 100_000): 1.9}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--words", type=int, nargs="+", default=[20_000, 100_000])
    args = parser.parse_args()
    formats = export_formats()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows = []
        for words in args.words:
            folder = root / f"p{words}"
            shutil.copytree(SAMPLE, folder)
            (folder / "article.md").write_text(generated_article(words, seed=1), encoding="utf-8")
            project = open_project(folder)
            for name in FORMATS:
                fmt = formats[name]
                options = fmt.resolve_options({})
                destination = root / f"out-{name}-{words}{fmt.extension}"
                times = []
                for _ in range(args.runs + 1):
                    start = time.perf_counter()
                    for _step in fmt.run(project, destination, options):
                        pass
                    times.append(time.perf_counter() - start)
                times = sorted(times[1:])  # the first run warms caches (imports, Pygments)
                p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
                rows.append((name, words, statistics.median(times), p95,
                             TARGETS.get((name, words))))
    print(f"{'format':<10}{'words':>9}{'median s':>10}{'p95 s':>9}{'target s':>10}")
    for name, words, median, p95, target in rows:
        shown = f"{target:.1f}" if target else "-"
        print(f"{name:<10}{words:>9,}{median:>10.3f}{p95:>9.3f}{shown:>10}")


if __name__ == "__main__":
    main()
