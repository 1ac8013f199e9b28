"""What the writer is asked when the project is locked by another Retro Editor."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from retro_editor.core.lock import LockedBy
from retro_editor.ui.translate import translator

tr = translator("LockDialogs")


class LockAnswer(Enum):
    READ_ONLY = "read-only"
    CLEAR = "clear"
    CANCEL = "cancel"


def holder_text(locked: LockedBy) -> str:
    if locked.info is None:
        return tr("an unreadable lock file ({path})").format(path=locked.path)
    return locked.info.describe()


def ask_locked(parent: QWidget | None, locked: LockedBy, project_name: str) -> LockAnswer:
    """Tells who holds the lock; offers read-only (the default), clearing the lock, or cancel.

    A lock that looks alive can be cleared too (a reused process id, or a holder on a host
    that cannot be checked, would otherwise block the project for good), but never by
    default: Enter opens read-only."""
    box = QMessageBox(parent)
    box.setObjectName("projectLockedBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("The project is in use"))
    holder = holder_text(locked)
    if locked.stale:
        box.setText(tr("“{name}” is locked by {holder}, which is no longer running (it probably "
                       "quit unexpectedly).").format(name=project_name, holder=holder))
        box.setInformativeText(tr("Clear the lock to edit the project, or open it read-only."))
        clear_label = tr("&Clear Lock and Open")
    else:
        box.setText(tr("“{name}” is open in another Retro Editor: {holder}.").format(
            name=project_name, holder=holder))
        box.setInformativeText(tr("Two editors saving one project would overwrite each other's "
                                  "work. Open it read-only to read it here, or cancel. Clear "
                                  "the lock only if you are sure that editor is closed."))
        clear_label = tr("&Clear Lock Anyway and Open")
    read_only = box.addButton(tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("readOnlyButton")
    clear = box.addButton(clear_label, QMessageBox.ButtonRole.DestructiveRole)
    clear.setObjectName("clearLockButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    buttons: dict[QAbstractButton, LockAnswer] = {read_only: LockAnswer.READ_ONLY,
                                                  clear: LockAnswer.CLEAR}
    box.setDefaultButton(read_only)
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton(), LockAnswer.CANCEL)


def tell_read_only(parent: QWidget | None, project_name: str) -> bool:
    """Save in read-only mode: explains; True if the writer chose Save As…."""
    box = QMessageBox(parent)
    box.setObjectName("readOnlySaveBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Opened read-only"))
    box.setText(tr("“{name}” is open read-only because another Retro Editor holds it.").format(
        name=project_name))
    box.setInformativeText(tr("Save a copy somewhere else to keep your changes."))
    save_as = box.addButton(tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    save_as.setObjectName("saveAsButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is save_as
