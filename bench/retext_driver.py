"""Types into ReText's live preview the way bench/preview_latency.py types into Retro Editor.

    /path/to/retext-venv/bin/python bench/retext_driver.py ARTICLE.md KEYS

Run by ``preview_latency.py --retext PYTHON`` under an interpreter that has ReText and
PyQt6-WebEngine installed (not this project's: ReText uses PyQt6, this project PySide6).
Opens ARTICLE.md in ReText's window with the WebEngine live preview (its settings in a
throw-away config folder), types KEYS letters at 10 keys/s at the end of a paragraph in the
middle, and prints one JSON line: per key, ms to the editor, to the preview page holding the
letter (ReText reloads the whole page: its ``loadFinished``) and to the next paint of the
view's render widget after that; and the event loop's gaps.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from itertools import pairwise

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="retext-config-")
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="retext-cache-")

from PyQt6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PyQt6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PyQt6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PyQt6.QtWidgets import QApplication  # noqa: E402

MARKER = "Zqxv"


class Stamps(QObject):
    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.times: list[float] = []

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == self.kind:
            self.times.append(time.perf_counter())
        return False


def spin(app: QApplication, until, timeout: float = 120.0) -> bool:  # noqa: ANN001
    end = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > end:
            return False
        app.processEvents()
        time.sleep(0.001)
    return True


def main() -> int:
    path, keys = sys.argv[1], int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    from ReText import globalSettings
    from ReText.window import ReTextWindow

    globalSettings.useWebEngine = True
    globalSettings.defaultPreviewState = "live-preview"
    globalSettings.openFilesInExistingWindow = False
    window = ReTextWindow()
    window.resize(1366, 768)
    window.show()
    window.openFileWrapper(path)
    tab = window.currentTab
    editor, preview = tab.editBox, tab.previewBox
    if not isinstance(preview, QWebEngineView):
        print("ReText did not use its WebEngine preview", file=sys.stderr)
        return 1
    page = preview.page()
    loads: list[tuple[float, int]] = []

    def loaded(_ok: bool) -> None:
        at = time.perf_counter()

        def got(n: object) -> None:
            loads.append((at, int(n) if isinstance(n, (int, float)) else -1))

        page.runJavaScript(
            "(function(){var s=document.body?document.body.textContent:'',"
            f"i=s.indexOf('{MARKER}');"
            f"return i<0?-1:s.slice(i+{len(MARKER)}).match(/^[a-z]*/)[0].length;}})()", got)

    page.loadFinished.connect(loaded)
    spin(app, lambda: bool(loads))
    document = editor.document()
    line = document.blockCount() // 2
    while not document.findBlockByNumber(line).text().strip():
        line += 1
    cursor = QTextCursor(document.findBlockByNumber(line))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.setFocus()
    editor.insertPlainText(" " + MARKER)
    spin(app, lambda: any(n >= 0 for _t, n in loads))
    settle = time.perf_counter() + 1
    spin(app, lambda: time.perf_counter() > settle)
    loads.clear()

    received = Stamps(QEvent.Type.KeyPress)
    editor.installEventFilter(received)
    painted = Stamps(QEvent.Type.Paint)
    widget = preview.focusProxy() or preview
    widget.installEventFilter(painted)
    ticks: list[float] = []
    loop = QTimer()
    loop.setTimerType(Qt.TimerType.PreciseTimer)
    loop.setInterval(1)
    loop.timeout.connect(lambda: ticks.append(time.perf_counter()))
    sent: list[float] = []

    def press() -> None:
        if len(sent) >= keys:
            return
        letter = chr(ord("a") + len(sent) % 26)
        key = Qt.Key(ord(letter.upper()))
        sent.append(time.perf_counter())
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.postEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, letter))

    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(100)
    typist.timeout.connect(press)
    loop.start()
    typist.start()
    spin(app, lambda: len(sent) >= keys, keys / 5 + 60)
    spin(app, lambda: any(n >= keys for _t, n in loads), 10)
    typist.stop()
    loop.stop()
    dom, repainted = [], []
    for i, at in enumerate(sent, start=1):
        seen = next((t for t, n in loads if n >= i), None)
        if seen is None:
            continue
        dom.append((seen - at) * 1000)
        paint = next((p for p in painted.times if p >= seen), None)
        if paint is not None:
            repainted.append((paint - at) * 1000)
    print(json.dumps({
        "editor": [(r - s) * 1000 for s, r in zip(sent, received.times, strict=False)],
        "dom": dom, "repainted": repainted,
        "loop": [(b - a) * 1000 for a, b in pairwise(ticks)],
        "missed": [keys - len(repainted)]}))
    os._exit(0)  # ReText's converter process and web profile need no orderly teardown


if __name__ == "__main__":
    sys.exit(main())
