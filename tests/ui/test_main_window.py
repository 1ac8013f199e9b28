"""The whole window, driven as a writer would: open, type, navigate, save, close."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget

from retro_editor.core.project import open_project
from retro_editor.ui.prompts import CloseAnswer, Prompts
from retro_editor.ui.settings import LAST_PROJECT, RECENT_PROJECTS


def type_at_end(qtbot, window, text):
    """Types like a writer; new lines as Return key presses (keyClicks cannot send them)."""
    editor = window.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    for n, line in enumerate(text.split("\n")):
        if n:
            QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        if line.isascii():
            qtbot.keyClicks(editor, line)
        elif line:
            commit_text(editor, line)


def commit_text(widget, text):
    """Non-ASCII text arrives the way an input method commits it (QTest's key events only
    carry Latin-1 keys)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_opening_shows_the_project_everywhere(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    assert window.windowTitle().startswith("Neon Harbor at 25")
    assert window.editor.toPlainText().startswith("# Neon Harbor at 25")
    qtbot.waitUntil(lambda: len(window.outline.sections()) > 0, timeout=5000)
    titles = [s.title for s in window.outline.sections()[0].children]
    assert "The Making of Neon Harbor" in titles
    qtbot.waitUntil(lambda: "words" in window.status.words_text(), timeout=3000)
    assert window.settings.get(LAST_PROJECT) == str(sample_copy)
    assert window.settings.get(RECENT_PROJECTS)[0] == str(sample_copy)


def test_typing_a_heading_changes_the_outline_and_marks_modified(qtbot, window, sample_copy):
    window.open_project(sample_copy)
    qtbot.waitUntil(lambda: len(window.outline.sections()) > 0, timeout=5000)
    type_at_end(qtbot, window, "\n## A Brand New Coda\n\nSome closing words.")
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: "A Brand New Coda" in
                    [s.title for s in window.outline.sections()[0].children], timeout=5000)
    qtbot.waitUntil(lambda: window.status.findChild(QLabel, "savedState").text()
                    == "Unsaved changes", timeout=3000)


def test_clicking_an_outline_node_moves_the_cursor(qtbot, window, sample_copy):
    window.open_project(sample_copy)
    qtbot.waitUntil(lambda: len(window.outline.sections()) > 0, timeout=5000)
    window.outline.expandAll()
    model = window.outline.model()
    root = model.index(0, 0)
    target = None
    for row in range(model.rowCount(root)):
        index = model.index(row, 0, root)
        if index.data() == "The Impact on Late-Night Television":
            target = index
    assert target is not None
    rect = window.outline.visualRect(target)
    QTest.mouseClick(window.outline.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.waitUntil(lambda: window.editor.textCursor().block().text().startswith("## The Impact"),
                    timeout=3000)


def test_editing_a_side_panel_field_marks_modified_and_saves(qtbot, window, sample_copy):
    window.open_project(sample_copy)
    subtitle = next(e for e in window.side_panel.findChildren(QLineEdit)
                    if e.accessibleName().lower().startswith("subtitle"))
    subtitle.setFocus()
    subtitle.selectAll()
    qtbot.keyClicks(subtitle, "A new subtitle & more")
    QTest.keyClick(subtitle, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.document.manifest.article.subtitle
                    == "A new subtitle & more", timeout=3000)
    assert window.isWindowModified()
    window.action_map["file.save"].trigger()
    assert not window.isWindowModified()
    manifest = json.loads(next(sample_copy.glob("*.retro")).read_text("utf-8"))
    assert manifest["article"]["subtitle"] == "A new subtitle & more"


def test_save_then_reopen_loses_nothing(qtbot, window, sample_copy):
    window.open_project(sample_copy)
    type_at_end(qtbot, window, "\nÜnïcödé ending — with an emoji 🎬.")
    expected = window.editor.toPlainText()
    QTest.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert open_project(sample_copy).text == expected


def test_close_prompt_cancel_keeps_the_window(qtbot, window, prompts, sample_copy):
    window.open_project(sample_copy)
    type_at_end(qtbot, window, "unsaved words")
    prompts.answers["ask_save_changes"] = CloseAnswer.CANCEL
    assert not window.close()
    assert prompts.asked == [("ask_save_changes", (window.controller.display_name(),))]
    assert window.isVisible()
    assert window.controller.document is not None


def test_close_prompt_discard_leaves_the_file(qtbot, window, prompts, sample_copy):
    before = (sample_copy / "article.md").read_bytes()
    window.open_project(sample_copy)
    type_at_end(qtbot, window, "unsaved words")
    prompts.answers["ask_save_changes"] = CloseAnswer.DISCARD
    assert window.close()
    assert prompts.names() == ["ask_save_changes"]
    assert (sample_copy / "article.md").read_bytes() == before


def test_close_prompt_save_writes_the_file(qtbot, window, prompts, sample_copy):
    window.open_project(sample_copy)
    type_at_end(qtbot, window, "saved on close")
    prompts.answers["ask_save_changes"] = CloseAnswer.SAVE
    assert window.close()
    assert prompts.names() == ["ask_save_changes"]
    assert open_project(sample_copy).text.endswith("saved on close")


@pytest.mark.parametrize(("button", "answer"), [
    (QMessageBox.StandardButton.Save, CloseAnswer.SAVE),
    (QMessageBox.StandardButton.Discard, CloseAnswer.DISCARD),
    (QMessageBox.StandardButton.Cancel, CloseAnswer.CANCEL),
])
def test_close_prompt_real_dialog(qtbot, modal, button, answer):
    """The one real close prompt: it names the project and its buttons map to the answers."""
    parent = QWidget()
    qtbot.addWidget(parent)
    modal.answer(button)
    assert Prompts(parent).ask_save_changes("Neon Harbor") is answer
    assert "Save the changes to “Neon Harbor” before closing?" in modal.seen[0]


def test_broken_project_shows_an_error_and_the_app_keeps_running(qtbot, window, prompts,
                                                                  sample_copy):
    manifest = next(sample_copy.glob("*.retro"))
    manifest.write_text('{"format": "retro-editor/1", "article": {"title": 5}', "utf-8")
    assert not window.open_project(sample_copy)
    assert prompts.names() == ["show_error"]
    assert manifest.name in prompts.args_of("show_error")[1]
    assert window.isVisible()
    assert window.controller.document is None
    assert not window.action_map["file.save"].isEnabled()


def test_window_state_is_restored(qtbot, settings, dispose):
    from retro_editor.ui.main_window import MainWindow

    first = MainWindow(settings)
    first.show()
    first.action_map["view.outline"].setChecked(False)
    first.resize(760, 540)  # the offscreen screen is 800 x 600
    qtbot.waitUntil(lambda: first.width() == 760)
    dispose(first)
    second = MainWindow(settings)
    second.show()
    try:
        assert second.outline_dock.isHidden()
        assert not second.action_map["view.outline"].isChecked()
        assert (second.width(), second.height()) == (760, 540)
    finally:
        dispose(second)


def test_find_bar_opens_from_the_menu_shortcut(qtbot, window, sample_copy):
    window.open_project(sample_copy)
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()


def test_bold_shortcut_reaches_the_editor(qtbot, window, sample_copy):
    window.open_project(sample_copy)
    type_at_end(qtbot, window, "\nword")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    QTest.keyClick(window.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText().endswith("**word**")


def test_no_break_spaces_survive_saving(qtbot, window, sample_copy):
    window.open_project(sample_copy)
    type_at_end(qtbot, window, "\n")
    commit_text(window.editor, "10\u00a0km and 5\u202fpm")
    window.action_map["file.save"].trigger()
    assert open_project(sample_copy).text.endswith("\n10\u00a0km and 5\u202fpm")


def test_closing_the_window_stops_the_preview_helper_process(qtbot, settings, sample_copy,
                                                               dispose):
    from retro_editor.ui.main_window import MainWindow

    win = MainWindow(settings)
    win.show()
    win.open_project(sample_copy)
    win.preview._process.start()
    worker = win.preview._process._process
    qtbot.waitUntil(lambda: worker.state() == QProcess.ProcessState.Running, timeout=10000)
    pid = worker.processId()
    win.close()
    with pytest.raises(ProcessLookupError):
        for _ in range(50):
            os.kill(pid, 0)
            qtbot.wait(20)
    dispose(win)


def test_first_window_fits_a_small_screen():
    """At 1366×768 the first window was 1400×860: its status bar sat below the screen."""
    from PySide6.QtCore import QRect, QSize

    from retro_editor.ui.main_window import default_window_size

    class Screen:
        def __init__(self, width, height):
            self._rect = QRect(0, 0, width, height)

        def availableGeometry(self):  # noqa: N802 - QScreen's name
            return self._rect

    small = default_window_size(Screen(1366, 740))
    assert small.width() <= 1366 and small.height() <= 740
    assert default_window_size(Screen(1920, 1050)) == QSize(1760, 966)


@pytest.mark.parametrize(("screen", "tabbed"), [((1366, 740), True), ((1920, 1050), False)])
def test_first_run_layout_leaves_the_editor_sixty_characters_a_line(
        screen, tabbed, settings, prompts, sample_copy, dispose):
    """A 1366 px laptop: the outline and the side panel share a tabbed dock; a large screen
    gives each its own; either way the editor keeps at least 60 characters a line."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from retro_editor.ui.main_window import MainWindow, default_window_size

    class Screen:
        def availableGeometry(self):  # noqa: N802 - QScreen's name
            return QRect(0, 0, *screen)

    size = default_window_size(Screen())
    win = MainWindow(settings, prompts)
    win.resize(size)
    win.first_run_layout()
    win.show()
    assert win.open_project(sample_copy)
    QApplication.processEvents()
    try:
        assert (win.side_dock in win.tabifiedDockWidgets(win.outline_dock)) is tabbed
        assert not win.outline_dock.isHidden() and not win.side_dock.isHidden()
        chars = win.editor.viewport().width() / win.editor.fontMetrics().averageCharWidth()
        assert chars >= 60, (size, chars)
    finally:
        dispose(win)


def test_a_long_section_title_in_the_status_bar_does_not_widen_the_window(qtbot, window):
    """The status bar shows the current section's title shortened to the room it has (the
    whole title in its tooltip); a long title used to raise the window's minimum width, so
    the window grew and repainted whole as the writer moved between sections."""
    from PySide6.QtWidgets import QLabel

    window.resize(900, 600)
    qtbot.wait(20)
    width = window.width()
    title = "The Long Night on Pier Nine, When the Rain Would Not Stop and the Crew " * 3
    window.status.show_section(title)
    qtbot.wait(50)
    assert window.width() == width
    label = window.status.findChild(QLabel, "currentSection")
    assert window.status.section_text() == title and label.toolTip() == title
    assert label.text().endswith("…") and len(label.text()) < len(title)
    window.status.show_section("Intro")
    qtbot.wait(20)
    assert label.text() == "Intro"
