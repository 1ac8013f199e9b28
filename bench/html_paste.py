"""How long Edit → Paste's HTML → Markdown conversion takes (it runs on the GUI thread).

    .venv/bin/python bench/html_paste.py [--runs N]

prints, per input shape at the size cap (``MAX_HTML_CHARS``), the input size, the Markdown
size and the wall-clock median and p95 over N runs, in seconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from retro_editor.core.html_to_markdown import MAX_HTML_CHARS, html_to_markdown  # noqa: E402
from retro_editor.testing.stats import p95  # noqa: E402

_PAGE = ('<h2>History</h2><p style="color: rgb(32, 33, 36);">The <b>Commodore 64</b> was '
         'released in <a href="https://en.wikipedia.org/wiki/1982">1982</a> at <i>$595</i>.</p>'
         '<ul><li>SID sound chip<ul><li>3 voices</li></ul></li><li>VIC-II</li></ul>'
         '<table><tr><th>Model</th><th>Price</th></tr><tr><td>C64</td><td>$595</td></tr></table>')
_WORD = ("<p class=MsoNormal><span style='font-weight:bold'>Bold</span> words and "
         "<span style='font-style:italic'>slanted</span> ones.<o:p></o:p></p>")


def _fill(piece: str, prefix: str = "") -> str:
    return prefix + piece * ((MAX_HTML_CHARS - len(prefix)) // len(piece))


SHAPES = {
    "web page": _fill(_PAGE),
    "Word paragraphs": _fill(_WORD),
    "<b> nested 500k deep": _fill("<b>"),
    "<br> x many": _fill("x<br>"),
    "<li> unclosed": _fill("<li>a", "<ul>"),
    "<td> unclosed": _fill("<td>a", "<table><tr>"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    print(f"{'shape':24} {'HTML MB':>8} {'MD MB':>7} {'median s':>9} {'p95 s':>7}")
    for name, html in SHAPES.items():
        times = []
        markdown = ""
        for _ in range(runs):
            start = time.perf_counter()
            markdown = html_to_markdown(html) or ""
            times.append(time.perf_counter() - start)
        print(f"{name:24} {len(html) / 1e6:8.2f} {len(markdown) / 1e6:7.2f} "
              f"{statistics.median(times):9.2f} {p95(times):7.2f}")


if __name__ == "__main__":
    main()
