"""Focus mode, typewriter scrolling and distraction-free full screen in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from retro_editor.ui import settings as keys
from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.editor.focus_mode import paragraph_span

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TEXT = ("# Title\n\nFirst paragraph, line one\nline two of it.\n\n"
        "Second paragraph.\n\n## Next\nThird paragraph\n")


def active(qtbot, win) -> None:
    """The window in front with room for whole lines (the offscreen screen is small)."""
    win.resize(1600, 900)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    win.editor.setFocus()


def dimmed_lines(editor) -> set[int]:
    """The lines whose text the editor draws in a colour other than its text colour."""
    text_color = editor.palette().color(QPalette.ColorRole.Text)
    lines = set()
    for selection in editor.extraSelections():
        if not selection.format.hasProperty(selection.format.Property.ForegroundBrush):
            continue
        if selection.format.foreground().color() == text_color:
            continue
        doc = editor.document()
        first = doc.findBlock(selection.cursor.selectionStart()).blockNumber()
        last = doc.findBlock(selection.cursor.selectionEnd()).blockNumber()
        lines.update(range(first, last + 1))
    return lines


def test_paragraph_span_is_the_run_of_lines_between_blanks_and_headings():
    lines = TEXT.split("\n")
    span = lambda n: paragraph_span(lines.__getitem__, len(lines), n)  # noqa: E731
    assert span(2) == span(3) == (2, 3)
    assert span(0) == (0, 0) and span(4) == (4, 4)
    assert span(7) == (7, 7) and span(8) == (8, 8)


def with_text(window, project, text: str) -> None:
    assert window.open_project(project)
    window.controller.document.text_document.setPlainText(text)


def test_focus_mode_dims_all_but_the_current_paragraph(qtbot, window, settings, sample_copy):
    with_text(window, sample_copy, TEXT)
    active(qtbot, window)
    window.editor.go_to_line(3)
    assert dimmed_lines(window.editor) == set()
    QTest.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    assert window.action_map[ActionId.VIEW_FOCUS_MODE].isChecked()
    count = window.editor.document().blockCount()
    assert dimmed_lines(window.editor) == set(range(count)) - {2, 3}
    for _ in range(2):
        QTest.keyClick(window.editor, Qt.Key.Key_Down)
    assert dimmed_lines(window.editor) == set(range(count)) - {5}
    QTest.keyClicks(window.editor, "more")
    assert dimmed_lines(window.editor) == set(range(count)) - {5}
    assert settings.get(keys.FOCUS_MODE)
    QTest.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    assert dimmed_lines(window.editor) == set() and not settings.get(keys.FOCUS_MODE)


def test_typewriter_scrolling_keeps_the_cursor_line_at_one_height(qtbot, window, sample_copy):
    with_text(window, sample_copy, "\n".join(f"line {n}" for n in range(300)))
    active(qtbot, window)
    window.editor.go_to_line(0)
    heights_without = set()
    for _ in range(40):
        QTest.keyClick(window.editor, Qt.Key.Key_Down)
        heights_without.add(window.editor.cursorRect().center().y())
    assert len(heights_without) > 5  # the line walks down the editor
    QTest.keyClick(window.editor, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.action_map[ActionId.VIEW_TYPEWRITER].isChecked()
    line = window.editor.fontMetrics().lineSpacing()
    middle = window.editor.viewport().height() / 2
    heights = []
    for key in [Qt.Key.Key_Down] * 30 + [Qt.Key.Key_PageDown] * 3 + [Qt.Key.Key_Up] * 10:
        QTest.keyClick(window.editor, key)
        heights.append(window.editor.cursorRect().center().y())
    QTest.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    heights.append(window.editor.cursorRect().center().y())  # the last line too
    window.editor.go_to_line(120)  # the outline's jump, or a search hit
    heights.append(window.editor.cursorRect().center().y())
    assert all(abs(h - middle) <= line for h in heights), (middle, heights)


@pytest.fixture
def laid_out(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    window.showNormal()
    window.setGeometry(QRect(40, 50, 1100, 700))
    window.side_dock.hide()  # a layout of the writer's, to be kept
    qtbot.waitUntil(lambda: window.outline_dock.isVisible())
    active(qtbot, window)
    return window


def bars_shown(win) -> dict[str, bool]:
    return {"menu": win.menuBar().isVisible(),
            "toolbar": win.findChild(QToolBar, "mainToolBar").isVisible(),
            "status": win.statusBar().isVisible(), "outline": win.outline_dock.isVisible(),
            "side": win.side_dock.isVisible()}


def test_distraction_free_hides_the_chrome_and_esc_restores_it_exactly(qtbot, laid_out):
    win = laid_out
    before = (bars_shown(win), win.geometry(), bytes(win.saveState().data()))
    QTest.keyClick(win.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: win.isFullScreen())
    assert not any(bars_shown(win).values())
    assert win.editor.isVisible()
    QTest.keyClick(win.editor, Qt.Key.Key_F, CTRL_SHIFT)  # shortcuts work without the menus
    assert win.action_map[ActionId.VIEW_FOCUS_MODE].isChecked()
    QTest.keyClick(win.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.isFullScreen())
    assert not win.action_map[ActionId.VIEW_FULL_SCREEN].isChecked()
    qtbot.waitUntil(lambda: win.geometry() == before[1])
    assert (bars_shown(win), win.geometry(), bytes(win.saveState().data())) == before


def test_closing_in_distraction_free_remembers_the_normal_layout(qtbot, laid_out, settings,
                                                                dispose):
    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.prompts import CloseAnswer

    win = laid_out
    QTest.keyClick(win.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: win.isFullScreen())
    win.prompts.ask_save_changes = lambda _name: CloseAnswer.DISCARD
    assert win.close()
    again = MainWindow(settings)
    again.show()
    try:
        assert again.open_project(settings.recent_projects()[0])
        assert again.menuBar().isVisible() and again.statusBar().isVisible()
        assert again.outline_dock.isVisible() and not again.side_dock.isVisible()
        assert not again.isFullScreen()
    finally:
        dispose(again)


def test_leaving_distraction_free_by_f11_brings_back_a_maximized_window(qtbot, laid_out):
    win = laid_out
    win.showMaximized()
    qtbot.waitUntil(lambda: win.isMaximized())
    QTest.keyClick(win.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: win.isFullScreen())
    QTest.keyClick(win.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: win.isMaximized() and not win.isFullScreen())
    assert win.menuBar().isVisible() and win.outline_dock.isVisible()


def test_esc_closes_the_find_bar_first(qtbot, laid_out):
    win = laid_out
    QTest.keyClick(win.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: win.isFullScreen())
    win.find_bar.open_find()
    QTest.keyClick(win.find_bar.focusWidget() or win.find_bar, Qt.Key.Key_Escape)
    assert not win.find_bar.isVisible() and win.isFullScreen()
    win.editor.setFocus()
    QTest.keyClick(win.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.isFullScreen())


@pytest.mark.parametrize("staged", [False, True])
def test_focus_mode_and_typewriter_scrolling_left_on_are_on_at_the_next_start(
        qtbot, settings, prompts, dispose, staged):
    from retro_editor.ui.main_window import MainWindow

    settings.set(keys.FOCUS_MODE, True)
    settings.set(keys.TYPEWRITER_SCROLLING, True)
    window = MainWindow(settings, prompts, defer_preview=staged, staged=staged)
    try:
        assert window.action_map[ActionId.VIEW_FOCUS_MODE].isChecked()
        assert window.focus_mode.is_enabled()
        assert window.typewriter.is_enabled() and window.editor.centerOnScroll()
        window.complete()
        assert window.focus_mode.is_enabled() and window.typewriter.is_enabled()
        assert settings.get(keys.FOCUS_MODE) and settings.get(keys.TYPEWRITER_SCROLLING)
    finally:
        dispose(window)
