"""Shared helpers for the data-safety tests (no tests here): a small window that carries the
real controller and SafetyServices, its questions answered by a ``RecordingPrompts`` (the
``window`` fixture) or, for the few ``..._real_dialog`` tests, by clicking real modal boxes
(``real_window`` and ``answering``), and real mounts."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from prompts_double import RecordingPrompts
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QWidget,
)

from retro_editor.testing import mounts
from retro_editor.ui.action_ids import Access
from retro_editor.ui.actions import apply_enabled, create_actions
from retro_editor.ui.project_controller import ProjectController
from retro_editor.ui.prompts import Prompts
from retro_editor.ui.safety import SafetyServices
from retro_editor.ui.settings import Settings

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "Neon Harbor Retrospective"


class SafetyWindow(QMainWindow):
    """What SafetyServices needs of the main window (``window_parts.SafetyParts``), without the
    preview and other panes."""

    def __init__(self, settings: Settings, data: Path, autosave_ms: int = 100000,
                 prompts: Prompts | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.prompts = prompts or Prompts(self)
        self.editor = QPlainTextEdit(self)
        self.setCentralWidget(self.editor)
        self.side_panel = QWidget(self)
        self.action_map = create_actions(self)
        self.controller = ProjectController(self.prompts, settings, self)
        self.controller.documentChanged.connect(self._show)
        self.safety = SafetyServices(self, data / "recovery", data / "backups",
                                     autosave_ms=autosave_ms)

    def show_status_message(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _show(self, document) -> None:
        """What the main window's wiring does on a document change (see PaneWiring).

        A closed document is deleted at the next event-loop turn (opening runs one): the
        editor must let go of it first, as the real window's wiring does."""
        if document is not None:
            self.editor.setDocument(document.text_document)
        else:
            empty = QTextDocument(self.editor)
            empty.setDocumentLayout(QPlainTextDocumentLayout(empty))
            self.editor.setDocument(empty)
        access = Access.of(document is not None, self.controller.read_only)
        apply_enabled(self.action_map, access)
        self.editor.setReadOnly(access is Access.READ_ONLY)
        self.side_panel.setEnabled(access is Access.READ_WRITE)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def prompts() -> RecordingPrompts:
    """The window's questions: set ``prompts.answers[name]`` before the question comes."""
    return RecordingPrompts()


@pytest.fixture
def window(qtbot, settings, tmp_path, prompts):
    win = SafetyWindow(settings, tmp_path / "data", prompts=prompts)
    yield from _shown(qtbot, win)


@pytest.fixture
def real_window(qtbot, settings, tmp_path):
    """With the real ``Prompts``: its questions are real modal boxes (see ``answering``)."""
    yield from _shown(qtbot, SafetyWindow(settings, tmp_path / "data"))


def _shown(qtbot, win: SafetyWindow):
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.controller.document is not None:
        win.controller.document.text_document.setModified(False)
        win.controller.document.mark_saved()
        win.controller.close_project()
    win.safety.shutdown()


@pytest.fixture
def project_dir(tmp_path) -> Path:
    folder = tmp_path / "Neon Harbor"
    shutil.copytree(SAMPLE, folder)
    return folder


class Answers:
    """Answers the modal dialogs that will appear, in order, by clicking named buttons.

    Each step is ``(dialog objectName, button objectName or callable(dialog))``. The text of
    each answered dialog is kept in ``seen`` (``text\\ninformativeText``) to check the message.
    """

    def __init__(self, steps, interval_ms: int = 20) -> None:
        self.steps = list(steps)
        self.seen: list[tuple[str, str]] = []
        self.unexpected: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            return
        if not self.steps:
            self.unexpected.append(box.objectName())
            box.reject() if isinstance(box, QDialog) else box.close()
            return
        name, answer = self.steps[0]
        if box.objectName() != name:
            return
        self.steps.pop(0)
        text = ""
        if isinstance(box, QMessageBox):
            text = f"{box.text()}\n{box.informativeText()}"
        self.seen.append((name, text))
        if callable(answer):
            answer(box)
            return
        button = box.findChild(QAbstractButton, answer)
        if button is None:
            self.unexpected.append(f"{name} without {answer}")
            box.reject() if isinstance(box, QDialog) else box.close()
            return
        button.click()

    def done(self) -> bool:
        return not self.steps

    def stop(self) -> None:
        self._timer.stop()


@contextlib.contextmanager
def answering(qtbot, *steps, timeout: int = 10000):
    answers = Answers(steps)
    try:
        yield answers
        qtbot.waitUntil(answers.done, timeout=timeout)
    finally:
        answers.stop()
    assert not answers.unexpected, f"unexpected dialogs: {answers.unexpected}"


mounted_tmpfs = mounts.mounted_tmpfs
remount_read_only = mounts.read_only_bind
fill_disk = mounts.fill_disk
