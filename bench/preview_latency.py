"""Live preview latency while typing in the whole app window: prints a table of p50 and p95.

    .venv/bin/python bench/preview_latency.py [--words 5000 20000 100000] [--keys 150]
                                              [--repeat 3] [--busy-core] [--retext PYTHON]
                                              [--line-spacing 150]

The window is built the way ``retro_editor.app`` builds it (``start_window``: main window with
outline, side panel, status bar, statistics, spell check and data safety, offscreen), on a
generated article saved as a project. Letters are typed at 10 keys/s at the end of a paragraph
in the middle (they form a misspelt word, so the spell check marks it on every key). Measured:

* key → editor: from posting the key event to the editor receiving it;
* key → DOM: from posting the key to the page's MutationObserver (isolated world) seeing the
  patched paragraph hold that key's letter (page clock, calibrated against this process's);
* key → repainted: the observer's next ``requestAnimationFrame`` sets ``document.title``;
  the view's ``titleChanged`` arrives here, and the next ``Paint`` event of the view's render
  widget (``focusProxy()``) after it is the time the writer sees the change;
* the event loop's stalls while typing (gaps of a 1 ms timer: p99 and max).

``--repeat N`` runs each size N times in turn and prints the median of each figure (the
machine may be shared). ``--busy-core`` keeps one CPU core busy in another process during the
runs. ``--retext PYTHON`` also types the same keys into ReText (run by that interpreter,
see ``bench/retext_driver.py``) and prints its figures below. ``--line-spacing`` sets the
editor's line spacing preference in percent (100 moves no lines).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
from retro_editor.app import prepare_environment  # noqa: E402

prepare_environment()  # the web engine's flags as the app sets them

import PySide6.QtWebEngineWidgets  # noqa: E402,F401  (before the QApplication)
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWebEngineCore import QWebEngineScript  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from retro_editor.app import start_window  # noqa: E402
from retro_editor.core.manifest import ArticleMeta, Manifest  # noqa: E402
from retro_editor.core.project import Project, save_project  # noqa: E402
from retro_editor.testing.articles import (  # noqa: E402
    PLAIN,
    generated_article,
    middle_paragraph_line,
)
from retro_editor.testing.stats import percentile  # noqa: E402
from retro_editor.ui import settings as setting_keys  # noqa: E402
from retro_editor.ui.settings import Settings  # noqa: E402
from slow_calls import SlowCalls  # noqa: E402

MARKER = "Zqxv"
ISOLATED = QWebEngineScript.ScriptWorldId.ApplicationWorld
FIGURES = ("editor", "dom", "repainted", "loop")


class Stamps(QObject):
    """Time-stamps one event type on the objects it is installed on."""

    def __init__(self, *types: QEvent.Type) -> None:
        super().__init__()
        self.types = types
        self.times: list[float] = []

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.types:
            self.times.append(time.perf_counter())
        return False


class LoopClock:
    """A 1 ms timer; its gaps are the event loop's stalls."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in pairwise(self.ticks)]


#: passes --line-spacing to the child processes that type
LINE_SPACING_ENV = "RETRO_BENCH_LINE_SPACING"
#: with --explain: the file the child processes append their explained stalls to
EXPLAIN_ENV = "RETRO_BENCH_EXPLAIN_FILE"

def spin(app: QApplication, until: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Runs the event loop (blocking in it between events, as the app does) until
    ``until()`` or ``timeout`` seconds."""
    end = time.perf_counter() + timeout
    if until():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: (until() or time.perf_counter() > end) and loop.quit())
    check.start()
    loop.exec()
    check.stop()
    return until()


def busy_wait(app: QApplication, until: Callable[[], bool], timeout: float) -> None:
    """Polls the event loop without sleeping: for round trips whose time is measured."""
    end = time.perf_counter() + timeout
    while not until() and time.perf_counter() < end:
        app.processEvents()


def js(app: QApplication, page, script: str):  # noqa: ANN001
    box: list = []
    page.runJavaScript(f"JSON.stringify({script})", ISOLATED, box.append)
    busy_wait(app, lambda: bool(box), 30)
    return json.loads(box[0]) if box and box[0] else None


def clock_offset(app: QApplication, page) -> float:  # noqa: ANN001
    """Page wall-clock ms minus this process's perf_counter ms (best of several round trips)."""
    best = (float("inf"), 0.0)
    for _ in range(15):
        box: list = []
        sent = time.perf_counter() * 1000
        page.runJavaScript("performance.timeOrigin + performance.now()", ISOLATED, box.append)
        busy_wait(app, lambda box=box: bool(box), 10)
        back = time.perf_counter() * 1000
        best = min(best, (back - sent, box[0] - (sent + back) / 2))
    return best[1]


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
      window.__rec.push([t, n]);
      requestAnimationFrame(function () { document.title = 'typed ' + n; });
    }
  }).observe(body, {childList: true});
  return 1;
})(%s)"""


def save_article(folder: Path, words: int) -> Path:
    text = generated_article(words, mix=PLAIN)
    folder.mkdir(parents=True)
    (folder / "assets").mkdir()
    save_project(Project(folder=folder, manifest_name="bench.retro",
                         manifest=Manifest(article=ArticleMeta(title="A Generated Retrospective")),
                         text=text))
    return folder


def middle_paragraph_end(document) -> QTextCursor:  # noqa: ANN001
    line = middle_paragraph_line(document.blockCount(),
                                 lambda n: document.findBlockByNumber(n).text())
    cursor = QTextCursor(document.findBlockByNumber(line))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return cursor


def type_keys(app: QApplication, target, keys: int, rate: float = 10.0) -> list[float]:  # noqa: ANN001
    """Posts ``keys`` letters to ``target`` at ``rate`` keys/s; returns when each was sent."""
    sent: list[float] = []
    letters = [chr(ord("a") + i % 26) for i in range(keys)]

    def press() -> None:
        if len(sent) >= keys:
            return
        letter = letters[len(sent)]
        key = Qt.Key(ord(letter.upper()))
        sent.append(time.perf_counter())
        app.postEvent(target, QKeyEvent(QEvent.Type.KeyPress, key,
                                        Qt.KeyboardModifier.NoModifier, letter))
        app.postEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key,
                                        Qt.KeyboardModifier.NoModifier, letter))

    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(round(1000 / rate))
    typist.timeout.connect(press)
    typist.start()
    spin(app, lambda: len(sent) >= keys, keys / rate * 2 + 30)
    settle = time.perf_counter() + 2
    spin(app, lambda: time.perf_counter() > settle)
    typist.stop()
    return sent


def run(app: QApplication, words: int, keys: int, tmp: Path, index: int) -> dict[str, list[float]]:
    folder = save_article(tmp / f"a{words}-{index}", words)
    settings = Settings(QSettings(str(tmp / f"settings-{words}-{index}.ini"),
                                  QSettings.Format.IniFormat))
    settings.set(setting_keys.EDITOR_LINE_SPACING, int(os.environ.get(LINE_SPACING_ENV, "100")))
    window, _opened = start_window(settings, folder, tmp, tmp / f"data-{words}-{index}")
    window.resize(1366, 768)
    editor, preview = window.editor, window.preview
    page = preview.page()
    updates: list[str] = []
    preview.contentUpdated.connect(updates.append)
    spin(app, lambda: "full" in updates, 120)
    offset = clock_offset(app, page)

    editor.setTextCursor(middle_paragraph_end(editor.document()))
    editor.setFocus()
    editor.ensureCursorVisible()
    js(app, page, OBSERVER % json.dumps(MARKER))
    editor.insertPlainText(" " + MARKER)
    spin(app, lambda: (js(app, page, "window.__rec.length") or 0) > 0, 60)
    settle = time.perf_counter() + 0.5
    spin(app, lambda: time.perf_counter() > settle)
    js(app, page, "(window.__rec = [], 1)")

    titles: list[tuple[float, str]] = []
    page.titleChanged.connect(lambda title: titles.append((time.perf_counter(), title)))
    received = Stamps(QEvent.Type.KeyPress)
    editor.installEventFilter(received)
    painted = Stamps(QEvent.Type.Paint)
    render_widget = preview.focusProxy() or preview
    render_widget.installEventFilter(painted)
    loop = LoopClock()
    explain = os.environ.get(EXPLAIN_ENV)
    slow = SlowCalls([spin]) if explain else None
    if slow is not None:
        slow.start()
    loop.timer.start()
    sent = type_keys(app, editor, keys)
    loop.timer.stop()
    if slow is not None:
        slow.stop()
        with open(explain, "a", encoding="utf-8") as out:
            for a, b in pairwise(loop.ticks):
                if b - a > 0.020:
                    out.write(f"{words} words, {(b - a) * 1000:.1f} ms: {slow.explain(a, b)}\n")
    editor.removeEventFilter(received)
    render_widget.removeEventFilter(painted)

    records = js(app, page, "window.__rec") or []
    shown = [(at, int(title.split()[-1])) for at, title in titles if title.startswith("typed ")]
    dom, repainted = [], []
    for i, at in enumerate(sent, start=1):
        seen = next((r for r in records if r[1] >= i), None)
        if seen is None:
            continue
        dom.append(seen[0] - offset - at * 1000)
        told = next((t for t, n in shown if n >= i), None)
        paint = next((p for p in painted.times if told is not None and p >= told), None)
        if paint is not None:
            repainted.append((paint - at) * 1000)
    to_editor = [(r - s) * 1000 for s, r in zip(sent, received.times, strict=False)]
    result = {"editor": to_editor, "dom": dom, "repainted": repainted, "loop": loop.gaps_ms(),
              "missed": [keys - len(repainted)]}
    window.preview.shutdown()
    window.hide()
    window.deleteLater()
    app.processEvents()
    return result


def summary(result: dict[str, list[float]]) -> dict[str, float]:
    """The figures of one run: p50/p95 of the latencies, p99/max of the stalls."""
    out: dict[str, float] = {}
    for name in ("editor", "dom", "repainted"):
        out[f"{name} p50"] = percentile(result[name], 50)
        out[f"{name} p95"] = percentile(result[name], 95)
    out["loop p99"] = percentile(result["loop"], 99)
    out["loop max"] = max(result["loop"], default=float("nan"))
    out["missed"] = result["missed"][0]
    return out


def median_summary(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def print_table(title: str, rows: list[tuple[int, dict[str, float]]]) -> None:
    print(title)
    head = (f"{'words':>7} | {'key→editor':>13} | {'key→DOM':>13} | {'key→repainted':>13} | "
            f"{'loop stall':>13} | missed")
    print(head)
    print(f"{'':>7} | {'p50 / p95 ms':>13} | {'p50 / p95 ms':>13} | {'p50 / p95 ms':>13} | "
          f"{'p99 / max ms':>13} |")
    print("-" * len(head))
    for words, s in rows:
        def pair(a: str, b: str, s: dict[str, float] = s) -> str:
            return f"{s[a]:.1f} / {s[b]:.1f}"
        print(f"{words:>7} | {pair('editor p50', 'editor p95'):>13} | "
              f"{pair('dom p50', 'dom p95'):>13} | "
              f"{pair('repainted p50', 'repainted p95'):>13} | "
              f"{pair('loop p99', 'loop max'):>13} | {s['missed']:.0f}")


def busy_core() -> subprocess.Popen:
    """A process that keeps one core busy until it is killed."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def retext_rows(python: str, words: list[int], keys: int, repeat: int,
                tmp: Path) -> list[tuple[int, dict[str, float]]]:
    """Runs bench/retext_driver.py under ``python`` for each size; its JSON becomes rows."""
    driver = Path(__file__).with_name("retext_driver.py")
    rows = []
    for count in words:
        runs = []
        for index in range(repeat):
            path = tmp / f"retext-{count}-{index}.md"
            path.write_text(generated_article(count, mix=PLAIN), encoding="utf-8")
            done = subprocess.run([python, str(driver), str(path), str(keys)],
                                  capture_output=True, text=True, timeout=keys + 300,
                                  check=False)
            if done.returncode != 0:
                print(f"ReText driver failed at {count} words:\n{done.stderr[-2000:]}")
                return rows
            runs.append(summary(json.loads(done.stdout.strip().splitlines()[-1])))
        rows.append((count, median_summary(runs)))
    return rows


def run_in_child(words: int, keys: int) -> dict[str, float]:
    """One run in a fresh process (a second main window in one process is not what the app
    does, and its web profile would still be winding down)."""
    done = subprocess.run([sys.executable, __file__, "--one", str(words), "--keys", str(keys)],
                          capture_output=True, text=True, timeout=keys + 600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"run at {words} words failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[5_000, 20_000, 100_000])
    parser.add_argument("--keys", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (medians shown)")
    parser.add_argument("--busy-core", action="store_true",
                        help="keep one CPU core busy in another process meanwhile")
    parser.add_argument("--retext", metavar="PYTHON",
                        help="an interpreter with ReText installed: compare with it")
    parser.add_argument("--line-spacing", type=int, default=100,
                        help="the editor's line spacing in percent")
    parser.add_argument("--explain", action="store_true",
                        help="list what the GUI thread did in each stall over 20 ms (the "
                             "profiling this takes slows the run: its figures are not the "
                             "bench's)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child's single run
    args = parser.parse_args()
    os.environ.setdefault(LINE_SPACING_ENV, str(args.line_spacing))  # children inherit it
    if args.explain and not args.one:
        explained = Path(tempfile.mkdtemp(prefix="retro-bench-")) / "stalls.txt"
        explained.touch()
        os.environ[EXPLAIN_ENV] = str(explained)
    if args.one:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        with tempfile.TemporaryDirectory(prefix="retro-bench-", ignore_cleanup_errors=True) as name:
            print(json.dumps(summary(run(app, args.one, args.keys, Path(name), 0))), flush=True)
        os._exit(0)  # the web engine's teardown at exit may crash; the figures are out
    burner = busy_core() if args.busy_core else None
    try:
        runs: dict[int, list[dict[str, float]]] = {w: [] for w in args.words}
        for _index in range(args.repeat):
            for words in args.words:
                runs[words].append(run_in_child(words, args.keys))
        rows = [(w, median_summary(r)) for w, r in runs.items()]
        extra = " (one core busy)" if burner else ""
        print_table(f"Retro Editor, whole window, {args.keys} keys at 10/s, "
                    f"median of {args.repeat} run(s){extra}", rows)
        if args.retext:
            print()
            with tempfile.TemporaryDirectory(prefix="retro-bench-", ignore_cleanup_errors=True) as name:
                print_table(f"ReText (same keys, same articles){extra}",
                            retext_rows(args.retext, args.words, args.keys, args.repeat,
                                        Path(name)))
    finally:
        if burner is not None:
            burner.kill()
            burner.wait()
    print("targets: key→editor p95 < 3; key→repainted p95 ≤ 40 (20k), ≤ 50 (100k); "
          "loop stall p99 < 10, max < 30")
    if args.explain:
        print(Path(os.environ[EXPLAIN_ENV]).read_text(encoding="utf-8"), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
