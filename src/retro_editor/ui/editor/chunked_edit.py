"""A long text inserted at a cursor over several event-loop turns, as one undo step.

Inserting 1.2 MB of Markdown at once holds the GUI thread about 0.6 s (Qt's insert, then the
highlighter's pass over every new block: bench/html_paste.py). In chunks of
:data:`CHUNK_CHARS`, each turn costs a few tens of milliseconds. Every chunk after the first
joins the first one's undo command, so Undo takes the whole paste back. A key, an input
method event or a drop reaching the editor meanwhile first inserts the rest at once, so the
writer's edit never lands inside the undo step (nor in the middle of the paste); after an edit
made some other way meanwhile (a new undo command that is not the paste's) the rest goes in as
a step of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

#: characters inserted per event-loop turn (cut at a line end when there is one)
CHUNK_CHARS = 16_000
_EDITING_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.InputMethod, QEvent.Type.Drop})


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` in pieces of about ``size`` characters, each ending at a line end if it can."""
    pieces = []
    start = 0
    while len(text) - start > size:
        end = text.rfind("\n", start + 1, start + size) + 1 or start + size
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


class ChunkedInsert(QObject):
    """Inserts ``text`` at ``cursor`` (replacing its selection) in ``editor``'s document."""

    #: all of the text is in
    finished = Signal()

    def __init__(self, editor: QPlainTextEdit, cursor: QTextCursor, text: str,
                 size: int = CHUNK_CHARS) -> None:
        super().__init__(editor)
        self._editor = editor
        self._cursor = cursor
        self._rest = chunks(text, size)
        self._stopped = False
        self._writing = False  # inside one of our own inserts
        self._foreign = False  # someone else added an undo command since our last insert
        cursor.document().undoCommandAdded.connect(self._on_undo_added)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    def start(self) -> None:
        self._cursor.setKeepPositionOnInsert(False)  # or each piece would go in before the last
        self._insert(self._rest.pop(0), join=False)
        if self._rest:
            self._editor.installEventFilter(self)
            self._editor.viewport().installEventFilter(self)
            self._timer.start()
        else:
            self._done()

    def cancel(self) -> None:
        """Takes back what went in (Undo of the paste's step) and stops."""
        document = self._cursor.document()
        if document is not None and not self._foreign:
            document.undo()
        self._rest.clear()
        self._stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _EDITING_EVENTS and self._rest:
            self._insert("".join(self._rest), join=self._joinable())
            self._rest.clear()
            self._done()
        return False

    def _joinable(self) -> bool:
        return not self._foreign

    def _on_undo_added(self) -> None:
        if not self._writing:
            self._foreign = True

    def _next(self) -> None:
        if not self._rest:
            return
        self._insert(self._rest.pop(0), join=self._joinable())
        if self._rest:
            self._timer.start()
        else:
            self._done()

    def _insert(self, text: str, *, join: bool) -> None:
        self._writing = True
        try:
            if join:
                self._cursor.joinPreviousEditBlock()
            else:
                self._cursor.beginEditBlock()
            self._cursor.insertText(text)
            self._cursor.endEditBlock()
        finally:
            self._writing = False
        self._foreign = False

    def _stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        document = self._cursor.document()
        if document is not None:
            document.undoCommandAdded.disconnect(self._on_undo_added)
        self._editor.removeEventFilter(self)
        self._editor.viewport().removeEventFilter(self)

    def _done(self) -> None:
        self._stop()
        if self._editor.textCursor().position() == self._cursor.position():
            self._editor.ensureCursorVisible()
        self.finished.emit()
