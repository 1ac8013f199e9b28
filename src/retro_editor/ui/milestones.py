"""Start-up and open milestones for the benchmarks (opt-in, off unless the variable is set).

With ``RETRO_EDITOR_TIMING_FILE=PATH`` in the environment, the app appends one line per moment
a writer would notice, ``<unix time in seconds> <milestone>``:

* ``window-shown`` — the main window painted for the first time (the editor, or the start
  screen when no project is open);
* ``editable`` — the editor painted with a project's text in it (the next key is typed; in a
  staged start, ``ui/first_text``, before the project is fully opened, which then adopts it);
* ``preview-shown`` — the preview page reported its body replaced with the whole article.

``bench/open_speed.py`` reads the file; without the variable nothing is recorded or written.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPlainTextEdit, QWidget

TIMING_FILE = "RETRO_EDITOR_TIMING_FILE"


def record(milestone: str) -> None:
    """Appends ``milestone`` with the wall-clock time, if the timing file is asked for."""
    path = os.environ.get(TIMING_FILE)
    if not path:
        return
    try:
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{time.time():.6f} {milestone}\n")
    except OSError:
        pass  # a benchmark's file: never worth disturbing the writer


class MilestoneWatch(QObject):
    """Records ``window-shown`` and ``editable`` from the editor's paints, ``preview-shown``
    from the preview's ``contentUpdated("full")``; each document's milestones once."""

    def __init__(self, editor: QPlainTextEdit, preview: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._shown = False
        self._waiting_editable = False
        self._waiting_preview = False
        self._editable_text: object = None
        if not os.environ.get(TIMING_FILE):
            return
        editor.viewport().installEventFilter(self)
        self.watch_preview(preview)

    def watch_preview(self, preview: QWidget) -> None:
        """The preview whose first full render is ``preview-shown`` (one put in late)."""
        updated = getattr(preview, "contentUpdated", None)
        if updated is not None and os.environ.get(TIMING_FILE):
            updated.connect(self._on_preview_updated)

    def watch_first_paint(self, widget: QWidget) -> None:
        """Another widget whose first paint shows the window (the start screen, shown over
        the editor while no project is open)."""
        if os.environ.get(TIMING_FILE):
            widget.installEventFilter(self)

    def document_changed(self, document: object) -> None:
        """A project's text was put in the editor: its next paint makes it editable (unless
        it was already, shown before the project was opened: ``first_text``)."""
        if document is not None:
            self._waiting_preview = True
            text = getattr(document, "text_document", document)
            self._waiting_editable = text is not self._editable_text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            if not self._shown:
                self._shown = True
                record("window-shown")
            if (self._waiting_editable and watched is self._editor.viewport()
                    and self._editor.isEnabled()):
                self._waiting_editable = False
                self._editable_text = self._editor.document()
                record("editable")
        return False

    def _on_preview_updated(self, kind: str) -> None:
        if kind == "full" and self._waiting_preview:
            self._waiting_preview = False
            record("preview-shown")
