"""Putting the editor back where the writer left it: the cursor and the first visible line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def place_cursor(editor: QPlainTextEdit, position: int) -> int:
    """Puts the cursor at character ``position`` (centred in view), else at the top;
    returns where it is."""
    document = editor.document()
    cursor = QTextCursor(document)
    cursor.setPosition(max(0, min(position, document.characterCount() - 1)))
    editor.setTextCursor(cursor)
    if position > 0 or editor.centerOnScroll():  # typewriter scrolling centres the top too
        editor.centerCursor()
    else:
        editor.verticalScrollBar().setValue(0)
    return editor.textCursor().position()


def scroll_block_to_top(editor: QPlainTextEdit, number: int) -> None:
    """Scrolls block ``number`` to the top. Scrolling highlights the blocks it shows, which
    may lay them out anew and move the scroll bar: so it is set again until it stays."""
    document = editor.document()
    block = document.findBlockByNumber(min(number, document.blockCount() - 1))
    bar = editor.verticalScrollBar()
    for _attempt in range(3):
        wanted = min(block.firstLineNumber(), bar.maximum())
        if bar.value() == wanted:
            break
        bar.setValue(wanted)


class ViewAnchor(QObject):
    """Keeps the editor's first visible block where it is while the window around it is
    still being laid out and built (each resize rewraps the text and would move the view),
    until the writer types, clicks, scrolls, or :meth:`release`."""

    _WRITER_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.InputMethod, QEvent.Type.MouseButtonPress,
                      QEvent.Type.Wheel)

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._top: int | None = editor.firstVisibleBlock().blockNumber()
        self._watched = (editor, editor.viewport(), editor.verticalScrollBar())
        for widget in self._watched:
            widget.installEventFilter(self)
        editor.verticalScrollBar().rangeChanged.connect(self._hold)

    def _hold(self, *_range: int) -> None:
        if self._top is not None:
            scroll_block_to_top(self._editor, self._top)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in self._WRITER_EVENTS:
            self.release()
        return False

    def release(self) -> None:
        if self._top is None:
            return
        self._top = None
        self._editor.verticalScrollBar().rangeChanged.disconnect(self._hold)
        for widget in self._watched:
            widget.removeEventFilter(self)
