"""Typing into side-panel widgets as a writer does: key presses, table cell editors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QApplication, QLineEdit


def type_text(qtbot, widget, text: str) -> None:
    """Key presses for printable ASCII; other characters arrive as an input method commits
    them (QTest's key events only carry ASCII and part of Latin-1)."""
    run = ""
    for char in text:
        if " " <= char <= "~":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
    if run:
        qtbot.keyClicks(widget, run)


def replace_line(qtbot, line: QLineEdit, text: str) -> None:
    """Selects a field's text, types over it (Delete first, so "" clears it), presses Return."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key_Delete)
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key_Return)


def open_cell_editor(qtbot, view, row: int, column: int):
    """Opens the cell's editor with F2, as the keyboard does."""
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None
    return editor


def type_in_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Types ``text`` over a cell through the editor its delegate gives, then Return."""
    editor = open_cell_editor(qtbot, view, row, column)
    line = editor.lineEdit() if isinstance(editor, QAbstractSpinBox) else editor
    line.selectAll()
    qtbot.keyClick(line, Qt.Key_Delete)
    type_text(qtbot, line, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.EditingState, timeout=2000)
