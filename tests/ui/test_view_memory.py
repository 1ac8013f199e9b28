"""Reopen where you left off: scroll, collapsed outline sections and the side panel's tab come
back with the cursor, per project, from the project's state file."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from retro_editor.core.project_state import read_state


def collapse_first_parent(qtbot, outline) -> str:
    """Collapses the first section that has subsections by clicking its arrow key; its anchor."""
    model = outline.outline_model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.rowCount(index):
            outline.setFocus()
            outline.setCurrentIndex(index)
            qtbot.keyClick(outline, Qt.Key_Left)
            assert not outline.isExpanded(index)
            return model.data(index, model.AnchorRole)
    raise AssertionError("the sample has no section with subsections")


def test_the_view_comes_back_on_reopen(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    qtbot.waitUntil(lambda: len(window.outline.sections()) > 0, timeout=5000)
    anchor = collapse_first_parent(qtbot, window.outline)
    qtbot.mouseClick(window.side_panel.tabBar(), Qt.LeftButton,
                     pos=window.side_panel.tabBar().tabRect(2).center())
    assert window.side_panel.current_tab_name() == "related"
    window.editor.go_to_line(50)  # scrolls line 50 to the top
    top = window.editor.first_visible_line()
    assert top > 20
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Down)
    cursor.movePosition(QTextCursor.MoveOperation.Right)
    window.editor.setTextCursor(cursor)
    position = cursor.position()
    assert window.editor.first_visible_line() == top
    assert window.controller.close_project()

    state = read_state(sample_copy)
    assert state.view.collapsed == (anchor,)
    assert state.view.side_tab == "related" and state.view.top_line == top
    assert state.cursor_position == position

    assert window.open_project(sample_copy)
    qtbot.waitUntil(lambda: len(window.outline.sections()) > 0, timeout=5000)
    index = window.outline.outline_model().index_for_anchor(anchor)
    assert not window.outline.isExpanded(index)
    assert window.side_panel.current_tab_name() == "related"
    assert window.editor.first_visible_line() == top
    assert window.editor.textCursor().position() == position


def test_each_project_keeps_its_own_view(qtbot, window, sample_copy, tmp_path):
    other = tmp_path / "Other"
    shutil.copytree(sample_copy, other)
    assert window.open_project(sample_copy)
    window.side_panel.show_tab("facts")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    assert window.open_project(other)
    assert window.side_panel.current_tab_name() == "article"  # never opened: the first tab
    assert window.editor.textCursor().position() == 0
    assert window.open_project(sample_copy)
    assert window.side_panel.current_tab_name() == "facts"
    assert window.editor.textCursor().atEnd()
