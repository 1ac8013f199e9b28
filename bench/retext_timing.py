"""Runs ReText on a file and records when the writer would see it, for ``open_speed.py``.

    /path/to/retext-venv/bin/python bench/retext_timing.py FILE.md

Run by ReText's own Python (ReText and PyQt6-WebEngine installed), never the app's. It turns on
ReText's live preview with the WebEngine view (in the settings under ``XDG_CONFIG_HOME``) and
appends to ``RETRO_EDITOR_TIMING_FILE`` the same milestones as Retro Editor:
``window-shown`` (the first paint of a window), ``editable`` (the first paint of a text editor
holding the file's text) and ``preview-shown`` (the web view loaded a page whose text holds
the file's first heading).
"""

from __future__ import annotations

import os
import runpy
import sys
import time
from pathlib import Path

from PyQt6 import QtWidgets
from PyQt6.QtCore import QEvent, QObject
from PyQt6.QtWebEngineWidgets import QWebEngineView


def record(milestone: str) -> None:
    with open(os.environ["RETRO_EDITOR_TIMING_FILE"], "a", encoding="utf-8") as out:
        out.write(f"{time.time():.6f} {milestone}\n")


def configure(config_home: Path) -> None:
    folder = config_home / "ReText project"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ReText.conf").write_text(
        "[General]\nuseWebEngine=true\ndefaultPreviewState=live-preview\n", encoding="utf-8")


class Watch(QObject):
    def __init__(self, heading: str) -> None:
        super().__init__()
        self.heading = heading
        self.seen: set[str] = set()
        self.views: set[int] = set()

    def once(self, milestone: str) -> None:
        if milestone not in self.seen:
            self.seen.add(milestone)
            record(milestone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Paint:
            self.once("window-shown")
            editor = QObject.parent(watched)  # unbound: ReText widgets shadow parent
            if isinstance(editor, (QtWidgets.QPlainTextEdit, QtWidgets.QTextEdit)) \
                    and self.heading in editor.toPlainText()[:2000]:
                self.once("editable")
        elif kind == QEvent.Type.Show and isinstance(watched, QWebEngineView) \
                and id(watched) not in self.views:
            self.views.add(id(watched))
            view = watched
            view.loadFinished.connect(lambda ok: ok and view.page().toPlainText(self.check_page))
        return False

    def check_page(self, text: str) -> None:
        if self.heading in text:
            self.once("preview-shown")


def main() -> None:
    path = Path(sys.argv[1])
    heading = next((line.lstrip("# ").strip() for line in path.read_text(encoding="utf-8")
                    .splitlines() if line.startswith("#")), "")
    configure(Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")))
    watch = Watch(heading)
    base = QtWidgets.QApplication

    class TimedApplication(base):  # type: ignore[misc, valid-type]
        def __init__(self, argv: list[str]) -> None:
            super().__init__(argv)
            self.installEventFilter(watch)

    QtWidgets.QApplication = TimedApplication  # type: ignore[misc]
    sys.argv = ["retext", str(path)]
    runpy.run_module("ReText", run_name="__main__")


if __name__ == "__main__":
    main()
