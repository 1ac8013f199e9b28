"""Fixtures for driving the real window: private settings, sample copies, and its questions
answered by a ``RecordingPrompts`` (``prompts``); ``modal`` clicks real modal boxes, for the
few ``..._real_dialog`` tests only."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from prompts_double import RecordingPrompts
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def settings(tmp_path):
    """Private settings, with autosave off so that a test's unsaved edits stay unsaved
    (tests/ui/test_autosave.py turns it on)."""
    from retro_editor.ui import settings as keys
    from retro_editor.ui.settings import Settings

    made = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    made.set(keys.AUTOSAVE_SECONDS, 0)
    return made


@pytest.fixture
def sample_copy(tmp_path: Path, sample_project_dir: Path) -> Path:
    target = tmp_path / "Neon Harbor"
    shutil.copytree(sample_project_dir, target)
    return target


@pytest.fixture
def prompts() -> RecordingPrompts:
    """The window's questions: set ``prompts.answers[name]`` before the question comes."""
    return RecordingPrompts()


@pytest.fixture
def window(qtbot, settings, prompts):
    """The real main window, asking ``prompts``; at the end unsaved changes are discarded
    without a prompt."""
    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.prompts import CloseAnswer

    win = MainWindow(settings, prompts=prompts)
    win.show()
    yield win
    win.prompts.ask_save_changes = lambda _name: CloseAnswer.DISCARD
    _dispose(win)


@pytest.fixture
def dispose():
    return _dispose


def _dispose(widget) -> None:
    """Closes and really deletes a window now: a web page left for the interpreter's exit to
    destroy after its profile crashes the process."""
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class ModalAnswerer:
    """Answers the next modal dialogs by clicking a button, recording their texts."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def answer(self, button: QMessageBox.StandardButton | Callable, times: int = 1) -> None:
        def click() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(20, click)
                return
            if isinstance(box, QMessageBox):
                self.seen.append(box.text() + "\n" + box.informativeText())
                if callable(button) and not isinstance(button, QMessageBox.StandardButton):
                    button(box)
                else:
                    box.button(button).click()
            else:
                self.seen.append(box.windowTitle())
                button(box)
            if times > 1:
                self.answer(button, times - 1)

        QTimer.singleShot(0, click)


@pytest.fixture
def modal():
    return ModalAnswerer()


@pytest.fixture
def editor(qtbot):
    """A shown, focused Markdown editor of its own (no project)."""
    from retro_editor.ui.editor.editor import MarkdownEditor

    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    widget.setFocus()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def show(qtbot):
    """``show(widget, width, height)``: the widget shown in a window of that size, active and
    exposed, deleted after the test."""
    def show_widget(widget, width: int = 600, height: int = 500):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        widget.activateWindow()
        qtbot.waitExposed(widget)
        return widget

    return show_widget


@pytest.fixture(autouse=True)
def _empty_clipboard_after_the_test():
    """A test's clipboard contents go while the application lives: image data left there until
    the process ended crashed it after the last test (exit 139 although every test passed)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
