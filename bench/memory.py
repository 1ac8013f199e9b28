"""Resident memory of the whole app with a long article open, and after typing: prints a table.

    .venv/bin/python bench/memory.py [--words 100000] [--minutes 1] [--keys-per-second 10]
                                     [--only app,bare]

Two subjects, each in a fresh process of its own (started by this script):

* **app**: the real main window (outline, side panel, status bar, preview, spell check) with a
  project of ``--words`` generated words opened through the window;
* **bare**: a plain ``QPlainTextEdit`` beside a ``QWebEngineView`` showing the same article
  rendered once to HTML: what any editor with a web preview pays for holding the text.

For each: PSS (proportional set size: shared pages split between the processes sharing them)
summed over the process and all its descendants (the web engine's zygote, renderer and GPU
processes) from ``/proc/PID/smaps_rollup``, after opening (once the preview has shown the
article and two seconds passed) and after ``--minutes`` of typing words at
``--keys-per-second`` into a paragraph in the middle. Then the undo history is cleared
(``QTextDocument.clearUndoRedoStacks`` and ``malloc_trim``) and measured again: the difference
is what Qt's undo history held, reported per key (Qt keeps it without limit; see
docs/architecture.md). ``--minutes 10`` gives the figure the docs quote.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
from retro_editor.app import prepare_environment  # noqa: E402

prepare_environment()  # the web engine's flags as the app sets them

WORDS = "harbour neon rain lantern ferry video director light night pier camera song".split()


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def process_pss_mb(pid: int) -> dict[str, float]:
    """PSS in MB of ``pid`` and each process below it, by ``PID name`` (the web engine's
    processes named by their ``--type``)."""
    found: dict[str, float] = {}
    for member in descendants(pid):
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
            command = Path(f"/proc/{member}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        kind = next((a.decode().split("=", 1)[1] for a in command if a.startswith(b"--type=")),
                    Path(command[0].decode()).name)
        if b"render.worker" in b" ".join(command) or b"helper" in b" ".join(command[1:3]):
            kind = "helper " + command[-1].decode()[-30:]
        pss = sum(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
        found[f"{member} {kind}"] = pss / 1024
    return found


def tree_pss_mb(pid: int) -> float:
    return sum(process_pss_mb(pid).values())


def release_freed_memory() -> None:
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


# --- the measured process ------------------------------------------------------------------
def child(subject: str, words: int, minutes: float, rate: float, work: Path) -> dict[str, float]:
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QEventLoop, QSettings, QTimer, QUrl
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget

    from retro_editor.core.project import new_project, save_project
    from retro_editor.testing.articles import generated_article

    app = QApplication.instance() or QApplication([])
    text = generated_article(words)

    def spin(seconds: float, until=lambda: False) -> None:
        deadline = time.monotonic() + seconds
        loop = QEventLoop()
        while time.monotonic() < deadline and not until():
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    if subject == "app":
        from retro_editor.ui.main_window import MainWindow
        from retro_editor.ui.safety import SafetyServices
        from retro_editor.ui.settings import Settings

        project = new_project(work / "project", "Memory")
        project.text = text
        save_project(project)
        window = MainWindow(Settings(QSettings(str(work / "settings.ini"),
                                               QSettings.Format.IniFormat)))
        window.safety = SafetyServices(window, work / "recovery", work / "backups")
        window.show()
        shown: list[str] = []
        window.preview.contentUpdated.connect(shown.append)
        window.open_project(project.folder)
        spin(120, lambda: "full" in shown)
        editor: QPlainTextEdit = window.editor
    else:
        from retro_editor.render.markdown import MarkdownRenderer

        page = work / "page.html"
        page.write_text(f"<!doctype html><meta charset=utf-8><body>"
                        f"{MarkdownRenderer().render(text)}</body>", encoding="utf-8")
        window = QWidget()
        layout = QHBoxLayout(window)
        editor = QPlainTextEdit()
        view = PySide6.QtWebEngineWidgets.QWebEngineView()
        layout.addWidget(editor)
        layout.addWidget(view)
        window.resize(1400, 860)
        window.show()
        loaded: list[bool] = []
        view.loadFinished.connect(loaded.append)
        view.load(QUrl.fromLocalFile(str(page)))
        editor.setPlainText(text)
        spin(120, lambda: bool(loaded))
    spin(2.0)
    figures = {"open": tree_pss_mb(os.getpid())}

    document = editor.document()
    cursor = QTextCursor(document.findBlockByNumber(document.blockCount() // 2))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.setFocus()
    keys = [" "] + list(" ".join(WORDS * 4))
    typed = [0]

    def press() -> None:
        QTest.keyClick(editor, keys[typed[0] % len(keys)])
        typed[0] += 1

    timer = QTimer()
    timer.timeout.connect(press)
    timer.start(int(1000 / rate))
    spin(minutes * 60)
    timer.stop()
    spin(2.0)
    release_freed_memory()
    figures["typed"] = tree_pss_mb(os.getpid())
    largest = sorted(process_pss_mb(os.getpid()).items(), key=lambda item: -item[1])[:3]
    figures["largest"] = ", ".join(f"{name} {mb:.0f}" for name, mb in largest)  # type: ignore[assignment]
    figures["keys"] = typed[0]
    figures["undo steps"] = document.availableUndoSteps()
    document.clearUndoRedoStacks()
    spin(0.5)
    release_freed_memory()
    figures["undo cleared"] = tree_pss_mb(os.getpid())
    if subject == "app":
        from retro_editor.ui.prompts import CloseAnswer

        window.prompts.ask_save_changes = lambda _name: CloseAnswer.DISCARD  # type: ignore[method-assign]
    window.close()
    app.processEvents()
    return figures


# --- the table -----------------------------------------------------------------------------
def measure(subject: str, args: argparse.Namespace) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="memory-") as tmp:
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/.config",
                   XDG_DATA_HOME=f"{tmp}/.local/share", XDG_CACHE_HOME=f"{tmp}/.cache")
        output = subprocess.run(
            [sys.executable, __file__, "--child", subject, "--words", str(args.words),
             "--minutes", str(args.minutes), "--keys-per-second", str(args.keys_per_second),
             "--work", tmp], env=env, capture_output=True, text=True, check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--keys-per-second", type=float, default=10.0)
    parser.add_argument("--only", default="app,bare", help="which subjects: app, bare")
    parser.add_argument("--child", choices=("app", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.words, args.minutes, args.keys_per_second,
                               args.work)))
        return 0
    print(f"{args.words:,} words; typing {args.minutes:g} min at {args.keys_per_second:g} "
          "keys/s; PSS of the process tree in MB")
    print(f"{'':>6} {'opened':>8} {'typed':>8} {'keys':>6} {'undo steps':>10} "
          f"{'undo cleared':>12} {'undo/key':>9}")
    for subject in args.only.split(","):
        f = measure(subject, args)
        per_key = (f["typed"] - f["undo cleared"]) * 1024 * 1024 / max(1, f["keys"])
        print(f"{subject:>6} {f['open']:8.0f} {f['typed']:8.0f} {f['keys']:6.0f} "
              f"{f['undo steps']:10.0f} {f['undo cleared']:12.0f} {per_key:7.0f} B")
        print(f"{'':>6} largest after typing (MB): {f['largest']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
