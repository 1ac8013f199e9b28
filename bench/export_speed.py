"""Export speed on generated articles (the quality bars in docs/architecture.md).

At 100,000 words: HTML under 1 s; DOCX and EPUB no slower than pandoc, 1.4 s and 1.9 s here.

    .venv/bin/python bench/export_speed.py [--runs N] [--words 20000 100000] [--formats pdf ...]

Prints median and p95 wall time per format and size. Articles are generated with the sample
project's images, headings every ~400 words, lists, quotes, code, tables and footnotes.

PDF is printed by Qt WebEngine (offscreen when there is no display). When a ``chromium``
(or ``chromium-browser``, ``google-chrome``) is on the PATH, a "chromium" row prints the same
page (the PDF export's HTML, images linked to the project's files) with headless Chromium,
started afresh for each run as a command-line user would, for comparison; without one the
row is left out with a note.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from retro_editor.core.project import Project, open_project
from retro_editor.export.assets import embeddable_file, is_local
from retro_editor.export.html import page_html, social_tags
from retro_editor.export.registry import export_formats
from retro_editor.testing.articles import generated_article

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "Neon Harbor Retrospective"
FORMATS = ["html", "pdf", "docx", "epub", "markdown", "hugo", "jekyll"]
CHROMIUMS = ("chromium", "chromium-browser", "google-chrome")
TARGETS = {("html", 100_000): 1.0, ("docx", 100_000): 1.4, ("epub", 100_000): 1.9}


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and p95 seconds of ``runs`` runs after one warm-up run."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    times = sorted(times[1:])  # the first run warms caches (imports, Pygments, Chromium)
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def chromium_print(chromium: str, project: Project, options: dict,
                   folder: Path) -> Callable[[], object]:
    """Prints the PDF export's page with headless Chromium (a fresh browser per run)."""
    css = (f"<style>@page {{ size: {options['page_size']}; "
           f"margin: {options['margin_mm']}mm; }}</style>")
    html = page_html(project, options,
                     lambda url: embeddable_file(project, url).as_uri() if is_local(url) else url,
                     social_tags(project.manifest) + "\n" + css)
    page = folder / "chromium-page.html"
    page.write_text(html, encoding="utf-8")
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               "--allow-file-access-from-files", f"--print-to-pdf={folder / 'chromium.pdf'}",
               page.as_uri()]
    return lambda: subprocess.run(command, check=True, capture_output=True, timeout=600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--words", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--formats", nargs="+", default=FORMATS, choices=FORMATS)
    args = parser.parse_args()
    formats = export_formats()
    chromium = next((found for name in CHROMIUMS if (found := shutil.which(name))), None)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows = []
        for words in args.words:
            folder = root / f"p{words}"
            shutil.copytree(SAMPLE, folder)
            (folder / "article.md").write_text(generated_article(words, seed=1), encoding="utf-8")
            project = open_project(folder)
            for name in args.formats:
                fmt = formats[name]
                options = fmt.resolve_options({})
                destination = root / f"out-{name}-{words}{fmt.extension}"

                def export(fmt=fmt, project=project, destination=destination,
                           options=options) -> None:
                    for _step in fmt.run(project, destination, options):
                        pass
                median, p95 = timed(export, args.runs)
                rows.append((name, words, median, p95, TARGETS.get((name, words))))
                if name == "pdf" and chromium:
                    median, p95 = timed(chromium_print(chromium, project, options, root),
                                        args.runs)
                    rows.append(("chromium", words, median, p95, None))
    print(f"{'format':<10}{'words':>9}{'median s':>10}{'p95 s':>9}{'target s':>10}")
    for name, words, median, p95, target in rows:
        shown = f"{target:.1f}" if target else "-"
        print(f"{name:<10}{words:>9,}{median:>10.3f}{p95:>9.3f}{shown:>10}")
    if "pdf" in args.formats:
        print("chromium: headless Chromium printing the PDF export's page, a new browser per run"
              if chromium else "chromium: not installed, no comparison (apt-get install chromium)")


if __name__ == "__main__":
    main()
