"""Export speed on generated articles (the quality bars in docs/architecture.md).

At 100,000 words: HTML under 1 s; DOCX and EPUB no slower than pandoc, 1.4 s and 1.9 s here.

    .venv/bin/python bench/export_speed.py [--runs N] [--words 20000 100000] [--pdf]

Prints median and p95 wall time per format and size. Articles are generated with the sample
project's images, headings every ~400 words, lists, quotes, code, tables and footnotes.
With ``--pdf`` it also times the PDF export and, when a ``chromium`` is installed, headless
Chromium printing the same page (the PDF export's bar: at most 1.5 times Chromium's time).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
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
    parser.add_argument("--pdf", action="store_true", help="also time the PDF export and Chromium")
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
            if args.pdf:
                rows += pdf_rows(project, root, words, args.runs)
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
                rows.append((name, words, *_median_p95(times), TARGETS.get((name, words))))
    print(f"{'format':<10}{'words':>9}{'median s':>10}{'p95 s':>9}{'target s':>10}")
    for name, words, median, p95, target in rows:
        shown = f"{target:.1f}" if target else "-"
        print(f"{name:<10}{words:>9,}{median:>10.3f}{p95:>9.3f}{shown:>10}")


def _median_p95(times: list[float]) -> tuple[float, float]:
    times = sorted(times[1:])  # the first run warms caches (imports, Pygments, Chromium)
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def pdf_rows(project, root: Path, words: int, runs: int) -> list[tuple]:
    """The PDF export, and headless Chromium printing the page the export prints (same
    HTML, same images); Chromium's median times 1.5 is the export's target."""
    from retro_editor.export.assets import embeddable_file, is_local
    from retro_editor.export.html import page_html, social_tags
    from retro_editor.export.pdf import ensure_application
    from retro_editor.export.print_page import prepare_page, print_css

    ensure_application()
    fmt = export_formats()["pdf"]
    options = fmt.resolve_options({})
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    page, _ = prepare_page(page_html(
        project, options, lambda url: embeddable_file(project, url).as_uri() if is_local(url) else url,
        social_tags(project.manifest) + print_css(project.manifest.article.title, "A4", 18)))
    page_file = root / f"page-{words}.html"
    page_file.write_text(page, encoding="utf-8")
    export_times, chromium_times = [], []
    for _ in range(runs + 1):
        start = time.perf_counter()
        for _step in fmt.run(project, root / f"out-pdf-{words}.pdf", options):
            pass
        export_times.append(time.perf_counter() - start)
        if chromium:
            start = time.perf_counter()
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            "--no-pdf-header-footer", f"--print-to-pdf={root / 'chromium.pdf'}",
                            page_file.as_uri()], capture_output=True, check=True)
            chromium_times.append(time.perf_counter() - start)
    rows: list[tuple] = []
    chromium_median = _median_p95(chromium_times) if chromium else None
    target = 1.5 * chromium_median[0] if chromium_median else None
    rows.append(("pdf", words, *_median_p95(export_times), target))
    if chromium_median:
        rows.append(("chromium", words, *chromium_median, None))
    return rows


if __name__ == "__main__":
    main()
