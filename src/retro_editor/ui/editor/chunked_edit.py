"""A long edit made over several event-loop turns, as one undo step: a paste
(:class:`ChunkedInsert`) or a Replace All (:class:`ChunkedEdit` of the spans it changes).

Inserting 1.2 MB of Markdown at once holds the GUI thread about 0.6 s (Qt's insert, then the
highlighter's pass over every new block: bench/html_paste.py); replacing 2,000 hits across a
100,000-word article in one edit holds it 60 ms (bench/burst.py). In pieces of about
:data:`CHUNK_CHARS`, each turn costs a few milliseconds to a few tens. Every piece after the
first joins the first one's undo command, so Undo takes the whole edit back. A key, an input
method event or a drop reaching the editor meanwhile first makes the rest of the edit at once,
so the writer's edit never lands inside the undo step (nor in the middle of the paste); after
an edit made some other way meanwhile (a new undo command that is not ours) the rest goes in
as a step of its own, and a span whose text that edit changed is left as it now is.
Meanwhile the document says so (``text_access.long_edit_running``): the preview waits for
the end instead of rendering each piece on the GUI thread.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from retro_editor.ui.text_access import LONG_EDIT_PROPERTY, PARAGRAPH_SEPARATOR

#: characters inserted or spanned per event-loop turn (a paste is cut at a line end): Qt's
#: edit, its layout and the highlighting of the lines in view cost 10-15 ms per 8,000 at
#: 100,000 words (bench/burst.py --explain)
CHUNK_CHARS = 8_000
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


@dataclass
class Piece:
    """``text`` put in place of ``cursor``'s selection, if that selection still reads
    ``expected`` (``None``: whatever it is)."""

    cursor: QTextCursor
    text: str
    expected: str | None = None
    #: what the piece stands for to the caller (Replace All: the hits it replaces)
    weight: int = 1


class ChunkedEdit(QObject):
    """Makes ``pieces`` in ``editor``'s document, one per event-loop turn, as one undo step."""

    #: every piece is made (or was left alone because its text changed meanwhile)
    finished = Signal()

    def __init__(self, editor: QPlainTextEdit, pieces: list[Piece]) -> None:
        super().__init__(editor)
        self._editor = editor
        self._rest: deque[Piece] = deque(pieces)
        self._last_cursor = pieces[-1].cursor
        self._document = pieces[0].cursor.document()
        self._stopped = False
        self._writing = False  # inside one of our own edits
        self._foreign = False  # someone else added an undo command since our last edit
        self._started = False  # the first piece's undo command exists
        #: the weight of the pieces made so far
        self.done_weight = 0
        self._document.undoCommandAdded.connect(self._on_undo_added)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    def start(self, *, first_now: bool = True) -> None:
        """Makes the first piece now (unless ``first_now`` is False: then it waits for the
        next turn too) and the others one per turn."""
        if first_now or len(self._rest) == 1:
            self._make([self._rest.popleft()])
        if self._rest:
            self._document.setProperty(LONG_EDIT_PROPERTY, True)
            self._editor.installEventFilter(self)
            self._editor.viewport().installEventFilter(self)
            self._timer.start()
        else:
            self._done()

    def cancel(self) -> None:
        """Takes back what went in (Undo of the edit's step) and stops."""
        if self._started and not self._foreign and not self._stopped:
            self._document.undo()
        self._rest.clear()
        self._stop()

    def finish(self) -> None:
        """Makes the rest of the edit now, as the same undo step (before an edit of the
        writer's, which must come after it)."""
        if self._rest:
            pieces = list(self._rest)
            self._rest.clear()
            self._make(pieces)
            self._done()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _EDITING_EVENTS:
            self.finish()
        return False

    def _on_undo_added(self) -> None:
        if not self._writing:
            self._foreign = True

    def _next(self) -> None:
        if not self._rest:
            return
        if self._editor.document() is not self._document:  # another text is shown now
            self._rest.clear()
            self._done()
            return
        self._make([self._rest.popleft()])
        if self._rest:
            self._timer.start()
        else:
            self._done()

    def _make(self, pieces: list[Piece]) -> None:
        """Makes ``pieces`` in one edit block, joined to our earlier ones if nothing else
        came between."""
        anchor = pieces[0].cursor
        self._writing = True
        try:
            if self._started and not self._foreign:
                anchor.joinPreviousEditBlock()
            else:
                anchor.beginEditBlock()
            for piece in pieces:
                if piece.expected is not None and piece.cursor.selectedText().replace(
                        PARAGRAPH_SEPARATOR, "\n") != piece.expected:
                    continue
                piece.cursor.insertText(piece.text)
                self.done_weight += piece.weight
            anchor.endEditBlock()
        finally:
            self._writing = False
        self._started = True
        self._foreign = False

    def _stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        self._document.setProperty(LONG_EDIT_PROPERTY, False)
        self._document.undoCommandAdded.disconnect(self._on_undo_added)
        self._editor.removeEventFilter(self)
        self._editor.viewport().removeEventFilter(self)

    def _done(self) -> None:
        self._stop()
        if self._editor.textCursor().position() == self._last_cursor.position():
            self._editor.ensureCursorVisible()
        self.finished.emit()


class ChunkedInsert(ChunkedEdit):
    """Inserts ``text`` at ``cursor`` (replacing its selection), piece after piece."""

    def __init__(self, editor: QPlainTextEdit, cursor: QTextCursor, text: str,
                 size: int = CHUNK_CHARS) -> None:
        cursor.setKeepPositionOnInsert(False)  # or each piece would go in before the last
        super().__init__(editor, [Piece(cursor, piece) for piece in chunks(text, size)])
