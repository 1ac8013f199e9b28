"""Live preview latency while typing: prints a table of median and p95.

    .venv/bin/python bench/preview_latency.py [--words 5000 20000 100000] [--keys 150]
                                              [--spell en-US,de] [--line-spacing 150]

``--spell`` turns the editor's spell check on with those languages (the typed letters form a
misspelt word, so every key redraws an underline). ``--line-spacing`` sets the editor's line
spacing in percent (the preference; 100 moves no lines).

For each generated article (paragraphs under ## and ### sections) it opens the editor and the
preview side by side (offscreen), types letters at 10 keys/s at the end of a paragraph in the
middle, and measures:

* key → editor: from posting the key event to the editor receiving it;
* key → preview DOM: from posting the key to the isolated-world MutationObserver seeing the
  patched paragraph contain that key's letter (``performance.now()``, on the wall clock after
  calibrating it against this process's clock with round trips); "paint" adds the next
  ``requestAnimationFrame`` after that mutation;
* the event loop's longest pauses while typing (a 1 ms timer's gaps: p99 and max);
* open: from creating the document to the preview's first animation frame with the body in.

Timestamps are read back from the page in one batch after typing, never during it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

import PySide6.QtWebEngineWidgets  # noqa: E402,F401  (before the QApplication)
from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWebEngineCore import QWebEngineScript  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget  # noqa: E402

from retro_editor.core.manifest import ArticleMeta, Manifest  # noqa: E402
from retro_editor.core.project import Project  # noqa: E402
from retro_editor.testing.articles import PLAIN, generated_article  # noqa: E402
from retro_editor.ui.document import ProjectDocument  # noqa: E402
from retro_editor.ui.preview.view import PreviewView  # noqa: E402

MARKER = "Zqxv"
ISOLATED = QWebEngineScript.ScriptWorldId.ApplicationWorld


SPELL_LANGUAGES: list[str] = []
LINE_SPACING = [100]


def editor_and_preview(doc: ProjectDocument) -> tuple[QWidget, QPlainTextEdit, PreviewView]:
    """The window under test: the real editor (if present) beside the preview, wired together.

    When the main window exists, build it here instead and return its editor and preview.
    """
    try:
        from retro_editor.ui.editor import MarkdownEditor
        editor: QPlainTextEdit = MarkdownEditor(document=doc.text_document)
        if SPELL_LANGUAGES:
            from retro_editor.core.spelling import open_spell_checker
            setup = open_spell_checker(SPELL_LANGUAGES, None)
            print(setup.notice or f"spell check on: {', '.join(SPELL_LANGUAGES)}")
            editor.set_spell_checker(setup.checker)  # type: ignore[attr-defined]
        editor.set_line_spacing(LINE_SPACING[0])  # type: ignore[attr-defined]
    except ImportError:
        editor = QPlainTextEdit()
        editor.setDocument(doc.text_document)
    window = QWidget()
    layout = QHBoxLayout(window)
    preview = PreviewView(window)
    layout.addWidget(editor)
    layout.addWidget(preview)
    if hasattr(editor, "scrolledToLine"):
        editor.scrolledToLine.connect(preview.follow_line)
    preview.set_document(doc)
    window.resize(1400, 900)
    window.show()
    return window, editor, preview


class KeyClock(QObject):
    """Records when the editor receives each key press."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[float] = []

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            self.received.append(time.perf_counter())
        return False


class LoopClock:
    """A 1 ms timer; its gaps are the event loop's pauses."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in pairwise(self.ticks)]


def spin(app: QApplication, until: Callable[[], bool], timeout: float = 60.0) -> bool:
    end = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > end:
            return False
        app.processEvents()
        time.sleep(0.001)
    return True


def js(app: QApplication, preview: PreviewView, script: str):
    box: list = []
    preview.page().runJavaScript(f"JSON.stringify({script})", ISOLATED, box.append)
    spin(app, lambda: bool(box), 30)
    return json.loads(box[0]) if box and box[0] else None


def clock_offset(app: QApplication, preview: PreviewView) -> float:
    """page wall-clock ms minus this process's wall-clock ms (best of several round trips)."""
    best = (float("inf"), 0.0)
    for _ in range(15):
        box: list = []
        sent = time.time() * 1000
        preview.page().runJavaScript("performance.timeOrigin + performance.now()", ISOLATED,
                                     box.append)
        spin(app, lambda box=box: bool(box), 10)
        back = time.time() * 1000
        best = min(best, (back - sent, box[0] - (sent + back) / 2))
    return best[1]


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


OBSERVER = """(function (marker) {
  window.__rec = [];
  var body = document.getElementById('retro-body');
  new MutationObserver(function (mutations) {
    var t = performance.timeOrigin + performance.now(), n = -1;
    mutations.forEach(function (m) { m.addedNodes.forEach(function (a) {
      var s = a.textContent || '', i = s.indexOf(marker);
      if (i >= 0) n = Math.max(n, s.slice(i + marker.length).match(/^[a-z]*/)[0].length);
    }); });
    if (n >= 0) {
      var rec = [t, n, 0];
      window.__rec.push(rec);
      requestAnimationFrame(function () { rec[2] = performance.timeOrigin + performance.now(); });
    }
  }).observe(body, {childList: true});
  return 1;
})(%s)"""


def run(app: QApplication, words: int, keys: int, folder: Path) -> dict[str, list[float]]:
    text = generated_article(words, mix=PLAIN)
    project = Project(folder=folder, manifest_name="bench.retro",
                      manifest=Manifest(article=ArticleMeta(title="A Generated Retrospective")),
                      text=text)
    opened_at = time.time() * 1000
    doc = ProjectDocument(project)
    window, editor, preview = editor_and_preview(doc)
    updates: list[str] = []
    preview.contentUpdated.connect(updates.append)
    spin(app, lambda: "full" in updates, 120)
    js(app, preview, "(requestAnimationFrame(function(){window.__painted="
                     "performance.timeOrigin+performance.now();}), 1)")
    spin(app, lambda: js(app, preview, "window.__painted || 0") > 0, 30)
    offset = clock_offset(app, preview)
    open_ms = js(app, preview, "window.__painted") - offset - opened_at

    # the paragraph in the middle; put the marker at its end and wait for it in the preview
    document = doc.text_document
    line = document.blockCount() // 2
    while not document.findBlockByNumber(line).text().strip():
        line += 1
    block = document.findBlockByNumber(line)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.setFocus()
    editor.ensureCursorVisible()
    js(app, preview, OBSERVER % json.dumps(MARKER))
    editor.insertPlainText(" " + MARKER)
    spin(app, lambda: (js(app, preview, "window.__rec.length") or 0) > 0, 60)
    app.processEvents()
    time.sleep(0.3)
    js(app, preview, "(window.__rec = [], 1)")

    key_clock = KeyClock()
    editor.installEventFilter(key_clock)
    loop = LoopClock()
    sent_perf: list[float] = []
    sent_wall: list[float] = []
    letters = [chr(ord("a") + i % 26) for i in range(keys)]

    def press() -> None:
        if len(sent_perf) >= keys:
            return
        letter = letters[len(sent_perf)]
        key = Qt.Key(ord(letter.upper()))
        sent_wall.append(time.time() * 1000)
        sent_perf.append(time.perf_counter())
        app.postEvent(editor, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier,
                                        letter))
        app.postEvent(editor, QKeyEvent(QEvent.Type.KeyRelease, key,
                                        Qt.KeyboardModifier.NoModifier, letter))

    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(100)
    typist.timeout.connect(press)
    loop.timer.start()
    typist.start()
    spin(app, lambda: len(sent_perf) >= keys, keys * 0.2 + 30)
    deadline = time.perf_counter() + 3
    spin(app, lambda: time.perf_counter() > deadline)
    typist.stop()
    loop.timer.stop()
    editor.removeEventFilter(key_clock)

    records = js(app, preview, "window.__rec") or []
    dom, paint = [], []
    for i, (wall, _perf) in enumerate(zip(sent_wall, sent_perf, strict=True), start=1):
        seen = next((r for r in records if r[1] >= i), None)
        if seen is None:
            continue
        dom.append(seen[0] - offset - wall)
        if seen[2]:
            paint.append(seen[2] - offset - wall)
    to_editor = [(r - s) * 1000 for s, r in zip(sent_perf, key_clock.received, strict=False)]
    result = {"open": [open_ms], "editor": to_editor, "dom": dom, "paint": paint,
              "loop": loop.gaps_ms(), "missed": [keys - len(dom)]}
    preview.shutdown()
    window.close()
    window.deleteLater()
    doc.deleteLater()
    app.processEvents()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[5_000, 20_000, 100_000])
    parser.add_argument("--keys", type=int, default=150)
    parser.add_argument("--spell", default="", help="spell-check languages, e.g. en-US,de")
    parser.add_argument("--line-spacing", type=int, default=100,
                        help="the editor's line spacing in percent")
    args = parser.parse_args()
    LINE_SPACING[0] = args.line_spacing
    SPELL_LANGUAGES[:] = [tag for tag in args.spell.split(",") if tag]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows = []
    with tempfile.TemporaryDirectory(prefix="retro-bench-") as tmp:
        for words in args.words:
            folder = Path(tmp) / f"a{words}"
            (folder / "assets").mkdir(parents=True)
            rows.append((words, run(app, words, args.keys, folder)))
    head = (f"{'words':>7} | {'key→editor ms':>15} | {'key→preview DOM ms':>18} | "
            f"{'key→preview paint ms':>20} | {'loop gap ms':>13} | {'open ms':>7} | missed")
    print(head)
    print(f"{'':>7} | {'p50 / p95':>15} | {'p50 / p95':>18} | {'p50 / p95':>20} | "
          f"{'p99 / max':>13} |")
    print("-" * len(head))
    for words, r in rows:
        def pair(values: list[float], a: float, b: float) -> str:
            if not values:
                return "n/a"
            top = max(values) if b == 100 else percentile(values, b)
            return f"{percentile(values, a):.1f} / {top:.1f}"
        print(f"{words:>7} | {pair(r['editor'], 50, 95):>15} | {pair(r['dom'], 50, 95):>18} | "
              f"{pair(r['paint'], 50, 95):>20} | {pair(r['loop'], 99, 100):>13} | "
              f"{r['open'][0]:>7.0f} | {r['missed'][0]}")
    print("targets: key→editor p95 < 3; preview p95 < 40 (20k) and < 50 (100k); "
          "loop p99 < 10, max < 30")
    return 0


if __name__ == "__main__":
    sys.exit(main())
