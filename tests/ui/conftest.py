"""Fixtures for driving the real window: private settings, sample copies, modal answers."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture
def settings(tmp_path):
    from retro_editor.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sample_copy(tmp_path: Path, sample_project_dir: Path) -> Path:
    target = tmp_path / "Neon Harbor"
    shutil.copytree(sample_project_dir, target)
    return target


@pytest.fixture
def window(qtbot, settings):
    from retro_editor.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.controller.document is not None:
        win.controller.document.text_document.setModified(False)
        win.controller.document._manifest_modified = False
    win.close()


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
