"""Export speed on generated articles (the quality bars in docs/architecture.md).

At 100,000 words: HTML under 1 s; DOCX and EPUB no slower than pandoc, 1.4 s and 1.9 s here.

    .venv/bin/python bench/export_speed.py [--runs N] [--words 20000 100000] [--formats pdf ...]

Prints median and p95 wall time per format and size. Articles are generated with the sample
project's images, headings every ~400 words, lists, quotes, code, tables and footnotes.

PDF rows, to compare with headless Chromium on the same HTML (issue 16: at most 1.5x):

The four are timed in turn within each run (one warm-up run, then ``--runs``), so that the
load of a shared machine falls on them alike.

- ``pdf``: the export in this process with Qt already started, as in the app: Markdown to
  HTML, a new off-the-record web profile and page, loading, ``printToPdf``, the pypdf
  finishing (information, bookmarks), writing the file. The ``vs chromium`` column divides it
  by the ``chromium`` row.
- ``pdf-cli``: ``retro-editor export -f pdf -q`` as a new process (Python, Qt and its Chromium
  started each time), what a command-line user waits for.
- ``chromium``: ``chromium --headless --print-to-pdf`` (a new browser each run, its startup
  included) printing the very page the export prints (:func:`retro_editor.export.pdf.printed_page`:
  the print CSS, headings kept, details open, bookmark links; images linked to the project's
  files). Needs ``chromium`` (or ``chromium-browser``, ``google-chrome``) on the PATH; without
  one the rows are left out with a note.
- ``chr-start``: the same Chromium printing an empty page: its startup and shutdown alone.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from retro_editor.core.project import Project, open_project
from retro_editor.export.pdf import printed_page
from retro_editor.export.registry import export_formats
from retro_editor.testing import stats
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
    times = times[1:]  # the first run warms caches (imports, Pygments, Chromium)
    return statistics.median(times), stats.p95(times)


def chromium_print(chromium: str, page: Path, out: Path) -> Callable[[], object]:
    """Prints ``page`` with headless Chromium (a fresh browser per run)."""
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               "--allow-file-access-from-files", f"--print-to-pdf={out}", page.as_uri()]
    return lambda: subprocess.run(command, check=True, capture_output=True, timeout=600)


def cli_export(folder: Path, out: Path) -> Callable[[], object]:
    """The PDF export from the command line, a new process per run."""
    command = [sys.executable, "-m", "retro_editor.cli", "export", str(folder), "-f", "pdf",
               "-o", str(out), "-q", "--force"]
    return lambda: subprocess.run(command, check=True, capture_output=True, timeout=600)


def timed_in_turn(actions: dict[str, Callable[[], object]],
                  runs: int) -> dict[str, tuple[float, float]]:
    """Like :func:`timed` for each action, the actions taking turns within each run, so that
    the load of a shared machine falls on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs + 1):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - start)
    return {name: (statistics.median(found[1:]), stats.p95(found[1:]))
            for name, found in times.items()}


def pdf_rows(chromium: str | None, export: Callable[[], object], project: Project, options: dict,
             root: Path, words: int, runs: int) -> tuple[list[tuple], str]:
    """The ``pdf``, ``pdf-cli``, ``chromium`` and ``chr-start`` rows, and the page count."""
    cli_out = root / f"cli-{words}.pdf"
    actions = {"pdf": export, "pdf-cli": cli_export(project.folder, cli_out)}
    if chromium:
        page = root / f"chromium-page-{words}.html"
        page.write_text(printed_page(project, options)[0], encoding="utf-8")
        actions["chromium"] = chromium_print(chromium, page, root / "chromium.pdf")
        empty = root / "empty.html"
        empty.write_text("<!DOCTYPE html><title>-</title><p>-</p>", encoding="utf-8")
        actions["chr-start"] = chromium_print(chromium, empty, root / "empty.pdf")
    rows = [(name, words, median, p95, None)
            for name, (median, p95) in timed_in_turn(actions, runs).items()]
    return rows, f"{words:,} words: {len(PdfReader(cli_out).pages)} pages"


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
        notes: list[str] = []
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
                if name == "pdf":
                    more, note = pdf_rows(chromium, export, project, options, root, words,
                                          args.runs)
                    rows += more
                    notes.append(note)
                    continue
                median, p95 = timed(export, args.runs)
                rows.append((name, words, median, p95, TARGETS.get((name, words))))
    chromium_times = {words: median for name, words, median, _p95, _t in rows if name == "chromium"}
    print(f"{'format':<10}{'words':>9}{'median s':>10}{'p95 s':>9}{'target s':>10}"
          f"{'vs chromium':>13}")
    for name, words, median, p95, target in rows:
        shown = f"{target:.1f}" if target else "-"
        ratio = (f"{median / chromium_times[words]:.2f}x"
                 if name in ("pdf", "pdf-cli") and words in chromium_times else "-")
        print(f"{name:<10}{words:>9,}{median:>10.3f}{p95:>9.3f}{shown:>10}{ratio:>13}")
    if "pdf" in args.formats:
        print("PDF: " + "; ".join(notes))
        if not chromium:
            print("chromium: not installed, no comparison (apt-get install chromium)")

if __name__ == "__main__":
    main()
