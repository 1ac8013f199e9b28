"""Rendering speed: prints median and p95 (ms) for whole articles, one paragraph, the
sanitiser alone and the page template.

    .venv/bin/python bench/render_speed.py [--runs N]

Articles are generated (sections, paragraphs with emphasis and links, lists, quotes, code
fences, tables). Highlighting results are cached by the renderer, so after the warm-up run the
full renders measure Markdown + sanitising, as the preview's repeated renders see them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from retro_editor.core.manifest import ArticleMeta, Fact, Manifest, RelatedLink  # noqa: E402
from retro_editor.render.markdown import MarkdownRenderer  # noqa: E402
from retro_editor.render.page import render_page  # noqa: E402
from retro_editor.render.sanitize import Sanitizer  # noqa: E402

WORDS = ("harbour neon rain lantern ferry video director light night pier camera song band "
         "chorus crane signal dawn amber water television record single album frame").split()


def article(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    count = section = 0
    while count < words:
        if count // 1500 >= section:
            section += 1
            parts.append(f"## Section {section}\n")
        kind = rng.random()
        if kind < 0.8:
            sentence = [rng.choice(WORDS) for _ in range(rng.randint(60, 110))]
            sentence[3] = f"*{sentence[3]}*"
            sentence[9] = f"[{sentence[9]}](https://example.org/{section})"
            parts.append(" ".join(sentence).capitalize() + ".\n")
            count += len(sentence)
        elif kind < 0.9:
            parts.append("\n".join(f"- {' '.join(rng.choice(WORDS) for _ in range(8))}"
                                   for _ in range(4)) + "\n")
            count += 32
        elif kind < 0.96:
            parts.append("> " + " ".join(rng.choice(WORDS) for _ in range(40)) + "\n")
            count += 40
        elif kind < 0.98:
            parts.append(f"```python\ndef f{count}(x):\n    return x * {count}\n```\n")
            count += 6
        else:
            parts.append("| a | b |\n|---|--:|\n"
                         + "".join(f"| {rng.choice(WORDS)} | {i} |\n" for i in range(5)))
            count += 10
    return "\n".join(parts)


def measure(function: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Wall-clock median and p95, and the median CPU time of this process (ms): on a busy
    machine the CPU time shows the renderer's own cost."""
    function()  # warm-up (imports, worker start, highlight cache)
    samples, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples), p95, statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    renderer = MarkdownRenderer()
    sanitizer = Sanitizer()
    manifest = Manifest(
        article=ArticleMeta(title="Benchmark", author="Bench", summary="s", cover="assets/c.png"),
        facts=[Fact(label=f"Label {i}", value="value") for i in range(8)],
        related=[RelatedLink(title=f"Link {i}", url=f"https://e.org/{i}", views=i * 1000)
                 for i in range(10)])
    texts = {n: article(n) for n in (5_000, 20_000, 100_000)}
    body_100k = renderer.render(texts[100_000])
    raw_100k = renderer.md.render(texts[100_000])
    paragraph = texts[20_000].split("\n\n")[5]
    rows = [(f"render {n // 1000}k words", lambda t=t: renderer.render(t)) for n, t in texts.items()]
    rows += [
        ("render one paragraph", lambda: renderer.render(paragraph, line_offset=500)),
        ("sanitise 100k-word HTML", lambda: sanitizer.clean(raw_100k)),
        ("page around 100k words", lambda: render_page(manifest, body_100k)),
        ("page, export mode, 100k", lambda: render_page(manifest, body_100k, mode="export",
                                                        asset_url=lambda u: "x/" + u)),
    ]
    print(f"{'case':32} {'median ms':>10} {'p95 ms':>10} {'cpu ms':>10}")
    print("-" * 65)
    for name, function in rows:
        runs = args.runs if "100k" not in name else max(5, args.runs // 3)
        if "paragraph" in name:
            runs = args.runs * 20
        median, p95, cpu = measure(function, runs)
        print(f"{name:32} {median:10.2f} {p95:10.2f} {cpu:10.2f}")
    renderer.close()


if __name__ == "__main__":
    main()
