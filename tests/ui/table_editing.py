"""Editing a cell of a side-panel table the way a writer does: F2 on the cell, type, Return."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget


def open_editor(qtbot, tab, row: int, column: int) -> QWidget:
    """F2 on the cell; the cell's editor widget."""
    index = tab.model.index(row, column)
    tab.view.setFocus()
    tab.view.setCurrentIndex(index)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = tab.view.indexWidget(index)
    assert editor is not None
    return editor


def press_return(qtbot, tab, editor: QWidget) -> None:
    """Return commits and closes the editor (queued by the delegate, so wait for it)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState,
                    timeout=2000)


def edit_cell(qtbot, tab, row: int, column: int, text: str) -> None:
    """Replaces the cell's text with ``text`` through its editor."""
    editor = open_editor(qtbot, tab, row, column)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    press_return(qtbot, tab, editor)
