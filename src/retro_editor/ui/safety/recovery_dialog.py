"""The start-up question about unsaved changes a crash left behind."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from retro_editor.core.recovery import Snapshot
from retro_editor.ui.translate import translator

tr = translator("Recovery")


class RecoveryAnswer(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


def ask_recovery(parent: QWidget | None, snapshot: Snapshot) -> tuple[RecoveryAnswer, bool]:
    """``(answer, compare first)`` for one snapshot."""
    box = QMessageBox(parent)
    box.setObjectName("recoveryBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Recover unsaved changes"))
    title = snapshot.title or snapshot.project_folder.name
    box.setText(tr("Retro Editor did not close normally. Unsaved changes to “{title}” from "
                   "{when} were kept.").format(title=title, when=snapshot.label))
    where = (tr("The project is in {folder}.") if snapshot.project_saved
             else tr("The project was never saved; it was to be saved in {folder}."))
    box.setInformativeText(where.format(folder=snapshot.project_folder) + " " + tr(
        "Restore them as unsaved changes (nothing is written until you save), compare them "
        "with the files on disk, or discard them."))
    restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreButton")
    compare = box.addButton(tr("&Compare…"), QMessageBox.ButtonRole.ActionRole)
    compare.setObjectName("compareButton")
    discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardButton")
    later = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("laterButton")
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is compare:
        return RecoveryAnswer.LATER, True
    answers: dict[QAbstractButton, RecoveryAnswer] = {restore: RecoveryAnswer.RESTORE,
                                                       discard: RecoveryAnswer.DISCARD}
    return answers.get(clicked, RecoveryAnswer.LATER), False
