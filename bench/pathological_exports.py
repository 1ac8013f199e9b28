"""Time and peak memory of exports on pathological inputs: a 2 MB table, a table at the cell
limit, a 300 MB image, an image at the size limit, 1 MB of raw HTML.

    .venv/bin/python bench/pathological_exports.py [--runs N] [--image-mb 300] [--pdf]
                                                   [--cases table-2mb image-big ...]

Each export runs in its own process (so its peak resident memory is its own, read with
``os.wait4``) under a 300 s hang guard. Prints one row per case and format: whether it was
exported or refused (the limits in ``retro_editor.export.limits``), input size, everything
written (copied images included), median wall time (p95 too with 5 runs or more) and median
peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "Neon Harbor Retrospective"
FORMATS = ["html", "html-copy", "docx", "epub", "markdown", "hugo", "jekyll"]
HANG_GUARD_S = 300

CHILD = r"""
import json, sys
from pathlib import Path
from retro_editor.core.errors import ProjectError
from retro_editor.core.project import open_project
from retro_editor.export.registry import export_formats
folder, name, destination, options = sys.argv[1], sys.argv[2], Path(sys.argv[3]), json.loads(sys.argv[4])
fmt = export_formats()[name]
try:
    for _ in fmt.run(open_project(folder), destination, fmt.resolve_options(options), force=True):
        pass
    size = sum(p.stat().st_size for p in destination.parent.rglob("*") if p.is_file())
    print(json.dumps({"outcome": "exported", "bytes": size}))
except ProjectError as exc:
    print(json.dumps({"outcome": "refused", "bytes": 0, "why": str(exc)[-70:]}))
"""


def table_text(cells: int) -> str:
    rows = cells // 3 - 1  # and the header row
    return ("# Table\n\n| a | b | c |\n|---|---|---|\n" + "| 1 | 2 | 3 |\n" * rows)


def table_of_bytes(size: int) -> str:
    row = "| 1 | 2 | 3 |\n"
    return "# Table\n\n| a | b | c |\n|---|---|---|\n" + row * (size // len(row))


def raw_html_text(size: int) -> str:
    chunk = ('<div class="x" onclick="e()"><span>t</span><script>a()</script>'
             '<img src="https://e.org/i.png" onerror="x()"></div>\n\n')
    return "# Raw HTML\n\n" + chunk * (size // len(chunk))


def make_case(root: Path, case: str, image_mb: int) -> tuple[Path, int]:
    """A project folder for ``case`` and the size of its pathological input in bytes."""
    folder = root / case
    shutil.copytree(SAMPLE, folder)
    article = folder / "article.md"
    if case == "table-2mb":
        text = table_of_bytes(2 * 1024 * 1024)
    elif case == "table-at-limit":
        text = table_text(20_000)
    elif case in ("image-big", "image-at-limit"):
        mb = image_mb if case == "image-big" else 50
        image = folder / "assets" / "big.png"
        with open(SAMPLE / "assets" / "storyboard.png", "rb") as src, open(image, "wb") as dst:
            dst.write(src.read())
            dst.truncate(mb * 1024 * 1024)  # a PNG header, then zeros (sparse on disk)
        text = "# Image\n\n![big](assets/big.png)\n"
        article.write_text(text, "utf-8")
        return folder, image.stat().st_size
    elif case == "raw-html-1mb":
        text = raw_html_text(1024 * 1024)
    else:
        raise SystemExit(f"unknown case {case}")
    article.write_text(text, "utf-8")
    return folder, len(text.encode("utf-8"))


def run_once(folder: Path, fmt: str, out: Path) -> dict:
    name, options = ("html", {"images": "copy"}) if fmt == "html-copy" else (fmt, {})
    ext = {"hugo": "", "jekyll": "", "markdown": ".md", "pdf": ".pdf"}.get(name, f".{name}")
    destination = out / f"{fmt}{ext}" if ext else out / fmt
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), name, str(destination),
                              json.dumps(options)], stdout=subprocess.PIPE, text=True)
    deadline = start + HANG_GUARD_S
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            os.wait4(child.pid, 0)
            return {"outcome": "hang", "bytes": 0, "seconds": HANG_GUARD_S, "peak_mb": 0}
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    output = child.stdout.read() if child.stdout else ""
    try:
        result = json.loads(output.strip().splitlines()[-1])
    except (ValueError, IndexError):
        result = {"outcome": f"crash ({os.waitstatus_to_exitcode(status)})", "bytes": 0}
    result.update(seconds=elapsed, peak_mb=usage.ru_maxrss / 1024)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--image-mb", type=int, default=300)
    parser.add_argument("--pdf", action="store_true", help="include the PDF export")
    parser.add_argument("--cases", nargs="+", default=["table-2mb", "table-at-limit",
                                                       "image-big", "image-at-limit",
                                                       "raw-html-1mb"])
    args = parser.parse_args()
    formats = FORMATS + (["pdf"] if args.pdf else [])
    header = (f"{'case':15} {'format':10} {'outcome':9} {'input':>9} {'output':>9} "
              f"{'median s':>9} {'p95 s':>7} {'peak MB':>8}")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for case in args.cases:
            folder, size = make_case(root, case, args.image_mb)
            for fmt in formats:
                results = []
                for number in range(args.runs):
                    out = root / f"out-{case}-{fmt}-{number}"
                    out.mkdir()
                    results.append(run_once(folder, fmt, out))
                    shutil.rmtree(out, ignore_errors=True)
                times = sorted(r["seconds"] for r in results)
                p95 = (f"{times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]:7.2f}"
                       if len(times) >= 5 else f"{'-':>7}")
                print(f"{case:15} {fmt:10} {results[-1]['outcome']:9} {size / 2**20:8.1f}M "
                      f"{results[-1]['bytes'] / 2**20:8.1f}M {statistics.median(times):9.2f} "
                      f"{p95} {statistics.median(r['peak_mb'] for r in results):8.0f}",
                      flush=True)
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
