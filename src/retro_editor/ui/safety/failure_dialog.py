"""The message shown when a save fails: the file, the reason, and a way out (Save As…)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from retro_editor.core.errors import ProjectError
from retro_editor.ui.translate import translator

tr = translator("SaveFailed")


def ask_save_failed(parent: QWidget | None, error: ProjectError | str, *,
                    title: str | None = None, offer_save_as: bool = True) -> bool:
    """Shows why the save failed; True if the writer chose Save As…."""
    box = QMessageBox(parent)
    box.setObjectName("saveFailedBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title or tr("The project was not saved"))
    box.setText(str(error))
    box.setInformativeText(tr("Your changes are still here, unsaved. Fix the problem and save "
                              "again, or save a copy of the project somewhere else."))
    save_as = None
    if offer_save_as:
        save_as = box.addButton(tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
        save_as.setObjectName("saveAsButton")
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setObjectName("closeButton")
    box.setDefaultButton(save_as or close)
    box.setEscapeButton(close)
    box.exec()
    return save_as is not None and box.clickedButton() is save_as
