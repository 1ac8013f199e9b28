"""The questions and messages the window puts to the writer, in one place.

Storage code never shows dialogs: it raises ``ProjectError`` and the UI turns that into
``show_error`` here. Tests answer the real dialogs by clicking their buttons.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from retro_editor.core.assets import image_name_patterns


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class CloseAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def ask_save_changes(self, project_name: str) -> CloseAnswer:
        box = self._box("saveChangesBox", QMessageBox.Icon.Warning, tr("Unsaved changes"),
                        tr("Save the changes to “{name}” before closing?").format(name=project_name))
        box.setInformativeText(tr("If you don't save, your changes since the last save are lost."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: CloseAnswer.SAVE,
            QMessageBox.StandardButton.Discard: CloseAnswer.DISCARD,
        }.get(QMessageBox.StandardButton(answer), CloseAnswer.CANCEL)

    def confirm_replace_export_files(self, paths: list[str]) -> bool:
        """The export would replace files it did not write, or that were changed since."""
        text = tr("{n} files at the destination were not written by an earlier export, or "
                  "were changed since. Replace them?").format(n=len(paths))
        box = self._box("replaceExportBox", QMessageBox.Icon.Warning,
                        tr("Replace changed files?"), text)
        box.setDetailedText("\n".join(paths))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, message: str, details: str = "") -> None:
        box = self._box("errorBox", QMessageBox.Icon.Critical, title, message)
        if details:
            box.setInformativeText(details)
        box.exec()

    def show_info(self, title: str, message: str, details: str = "") -> None:
        box = self._box("infoBox", QMessageBox.Icon.Information, title, message)
        if details:
            box.setDetailedText(details)
        box.exec()

    def _box(self, name: str, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(self._parent)
        box.setObjectName(name)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        return box

    def choose_project_to_open(self, start: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, tr("Open Project"), str(start),
            tr("Retro Editor projects (*.retro);;Markdown files (*.md *.markdown);;All files (*)"))
        return Path(path) if path else None

    def choose_new_project_folder(self, start: Path, title: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(start), "", "",
            QFileDialog.Option.ShowDirsOnly)
        return Path(path) if path else None

    def choose_image(self, start: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, tr("Insert Image"), str(start),
            tr("Images (%1)").replace("%1", image_name_patterns()))
        return Path(path) if path else None
