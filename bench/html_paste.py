"""How long Edit → Paste's HTML → Markdown conversion takes, and how long it stalls the window.

    .venv/bin/python bench/html_paste.py [--runs N]

The first table gives, per input shape at the size cap (``MAX_HTML_CHARS``) and at the
largest size converted on the GUI thread (``SYNC_MAX_HTML_CHARS``), the input size, the
Markdown size and the wall-clock median and p95 over N runs, in seconds.

The second gives the event loop's longest stall (a 2 ms timer's largest gap, over the N runs:
median and worst) while a 2 MB web page converts: on the GUI thread, on a pool thread
(:class:`~retro_editor.ui.tasks.TaskRunner`: pure Python holds the GIL), in the paste
helper process, and as the editor does it for a real clipboard paste (helper process, then
the 1.2 MB of Markdown inserted in ``CHUNK_CHARS`` pieces, one per event-loop turn: at once
it would stall ~0.6 s, Qt's insertion plus the highlighter's pass over every new block).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMimeData, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from retro_editor.core.html_to_markdown import MAX_HTML_CHARS, html_to_markdown  # noqa: E402
from retro_editor.testing.stats import p95  # noqa: E402
from retro_editor.ui.editor.editor import MarkdownEditor  # noqa: E402
from retro_editor.ui.editor.paste import SYNC_MAX_HTML_CHARS  # noqa: E402
from retro_editor.ui.editor.paste_conversion import helper_process  # noqa: E402
from retro_editor.ui.tasks import TaskRunner  # noqa: E402

_PAGE = ('<h2>History</h2><p style="color: rgb(32, 33, 36);">The <b>Commodore 64</b> was '
         'released in <a href="https://en.wikipedia.org/wiki/1982">1982</a> at <i>$595</i>.</p>'
         '<ul><li>SID sound chip<ul><li>3 voices</li></ul></li><li>VIC-II</li></ul>'
         '<table><tr><th>Model</th><th>Price</th></tr><tr><td>C64</td><td>$595</td></tr></table>')
_WORD = ("<p class=MsoNormal><span style='font-weight:bold'>Bold</span> words and "
         "<span style='font-style:italic'>slanted</span> ones.<o:p></o:p></p>")


def _fill(piece: str, prefix: str = "", size: int = MAX_HTML_CHARS) -> str:
    return prefix + piece * ((size - len(prefix)) // len(piece))


SHAPES = {
    "web page": (_PAGE, ""),
    "Word paragraphs": (_WORD, ""),
    "<b> nested 500k deep": ("<b>", ""),
    "<br> x many": ("x<br>", ""),
    "<li> unclosed": ("<li>a", "<ul>"),
    "<td> unclosed": ("<td>a", "<table><tr>"),
}

Start = Callable[[Callable[..., None]], None]


def conversion_table(runs: int) -> None:
    print(f"{'shape':24} {'HTML MB':>8} {'MD MB':>7} {'median s':>9} {'p95 s':>7}")
    for size in (MAX_HTML_CHARS, SYNC_MAX_HTML_CHARS):
        for name, (piece, prefix) in SHAPES.items():
            html = _fill(piece, prefix, size)
            times = []
            markdown = ""
            for _ in range(runs):
                start = time.perf_counter()
                markdown = html_to_markdown(html) or ""
                times.append(time.perf_counter() - start)
            print(f"{name:24} {len(html) / 1e6:8.2f} {len(markdown) / 1e6:7.2f} "
                  f"{statistics.median(times):9.3f} {p95(times):7.3f}")


def _longest_stall(app: QApplication, start: Start,
                   prepare: Callable[[], object] = lambda: None) -> tuple[float, float]:
    """(seconds until done, the event loop's longest gap in ms) while ``start``'s work runs
    (``prepare`` runs first, unmeasured)."""
    prepare()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]
    done = [False]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    began = time.perf_counter()
    start(lambda *_: done.__setitem__(0, True))
    while not done[0]:
        app.processEvents()
        time.sleep(0.0005)
    tick()  # the gap until the work ended counts too (the last slot may be the longest)
    took = time.perf_counter() - began
    timer.stop()
    return took, max(gaps, default=took) * 1000


def stall_table(app: QApplication, runs: int) -> None:
    html = _fill(*SHAPES["web page"])
    runner = TaskRunner(name="bench")
    process = helper_process()
    process.start()
    editor = MarkdownEditor()
    editor.resize(900, 700)
    editor.show()
    wanted: list[Callable[..., None]] = []
    process.finished.connect(lambda *args: wanted[-1](*args))
    editor.paste_conversion.busyChanged.connect(lambda busy: busy or wanted[-1]())

    def in_process(done: Callable[..., None]) -> None:
        wanted.append(done)
        process.request(html)

    def empty_editor() -> None:
        editor.setPlainText("")  # clearing 1.2 MB of text is not the paste's cost

    def paste(done: Callable[..., None]) -> None:
        mime = QMimeData()
        mime.setHtml(html)
        mime.setText("text")
        QGuiApplication.clipboard().setMimeData(mime)
        wanted.append(done)
        editor.paste()

    def sync(done: Callable[..., None]) -> None:
        html_to_markdown(html)
        done()

    ways: dict[str, Start] = {
        "GUI thread": sync,
        "pool thread (TaskRunner)": lambda done: runner.submit(html_to_markdown, html,
                                                               on_done=done),
        "paste helper process": in_process,
        "editor paste (helper+insert)": paste,
    }
    in_process(lambda *_: None)  # the helper's start-up is not the conversion's
    while process.busy():
        app.processEvents()
    print(f"\nevent-loop stall while {len(html) / 1e6:.1f} MB of HTML converts ({runs} runs)")
    print(f"{'where':30} {'median s':>9} {'stall max ms':>13} {'worst ms':>9}")
    for name, start in ways.items():
        results = [_longest_stall(app, start, empty_editor) for _ in range(runs)]
        print(f"{name:30} {statistics.median(r[0] for r in results):9.2f} "
              f"{statistics.median(r[1] for r in results):13.1f} "
              f"{max(r[1] for r in results):9.1f}")
    process.shutdown()
    editor.paste_conversion.shutdown()
    runner.shutdown()
    editor.close()
    for made in (editor, process, runner):
        made.deleteLater()
    app.sendPostedEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    app = QApplication.instance() or QApplication([])
    conversion_table(runs)
    stall_table(app, runs)


if __name__ == "__main__":
    main()
