"""Rendering speed: prints median and p95 (ms) for whole articles, one paragraph, the
sanitiser alone and the page template.

    .venv/bin/python bench/render_speed.py [--runs N]

Articles are generated (sections, paragraphs with emphasis and links, lists, quotes, code
fences, tables). Highlighting results are cached by the renderer, so after the warm-up run the
full renders measure Markdown + sanitising, as the preview's repeated renders see them.
"""

from __future__ import annotations

import argparse
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
from retro_editor.testing.articles import generated_article  # noqa: E402


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
    texts = {n: generated_article(n, seed=1) for n in (5_000, 20_000, 100_000)}
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
