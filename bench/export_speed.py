"""Export speed on generated articles (PRODUCT.md §6: 100,000 words: HTML under 1 s; DOCX and
EPUB no slower than pandoc, 1.4 s and 1.9 s here).

    .venv/bin/python bench/export_speed.py [--runs N] [--words 20000 100000]

Prints median and p95 wall time per format and size. Articles are generated with the sample
project's images, headings every ~400 words, lists, quotes, code, tables and footnotes.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from retro_editor.core.project import open_project
from retro_editor.export.registry import export_formats

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "Neon Harbor Retrospective"
FORMATS = ["html", "docx", "epub", "markdown", "hugo", "jekyll"]
WORDS = ("harbour neon rain light ferry video camera crane lantern night pier signal chorus "
         "director band single chart broadcast frame water reflection season memory").split()
TARGETS = {("html", 100_000): 1.0, ("docx", 100_000): 1.4, ("epub", 100_000): 1.9}


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def article(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out = ["# A Generated Retrospective", ""]
    count, section, note = 0, 0, 0
    while count < words:
        if count // 400 >= section:
            section += 1
            level = "##" if section % 4 == 1 else "###"
            out += [f"{level} Section {section}", ""]
        kind = section % 7
        para = " ".join(sentence(rng, rng.randint(8, 20)) for _ in range(4))
        if kind == 2 and count % 3 == 0:
            out += [f"- {sentence(rng, 8)}", f"- {sentence(rng, 10)}", f"  - {sentence(rng, 6)}", ""]
        elif kind == 3 and count % 5 == 0:
            out += [f"> {para}", ""]
        elif kind == 4 and count % 7 == 0:
            out += ["| Year | Chart | Note |", "|---|--:|---|",
                    *(f"| {1999 + i} | {i + 1} | {sentence(rng, 4)} |" for i in range(4)), ""]
        elif kind == 5 and count % 11 == 0:
            out += ["```", *(sentence(rng, 6) for _ in range(4)), "```", ""]
        elif kind == 6 and count % 13 == 0:
            out += ["![Storyboard](assets/storyboard.png)", ""]
        note += 1
        out += [f"**{WORDS[note % len(WORDS)]}** *{para}* [link](https://example.org/{note})"
                + (f"[^n{note}]" if note % 25 == 0 else ""), ""]
        count += len(para.split()) + 2
    out += [f"[^n{i}]: {sentence(rng, 10)}" for i in range(25, note + 1, 25)]
    return "\n".join(out) + "\n"


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
            (folder / "article.md").write_text(article(words), encoding="utf-8")
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
