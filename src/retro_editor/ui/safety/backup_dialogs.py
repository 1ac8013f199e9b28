"""Project → Restore Backup…: the list of backups and the confirmation before restoring."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.backups import Backup
from retro_editor.ui.translate import translator

tr = translator("Backups")


def confirm_restore(parent: QWidget | None, backup: Backup, modified: bool) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("confirmRestoreBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Restore Backup"))
    box.setText(tr("Replace the project's files with the backup of {when}?").format(
        when=backup.label))
    info = tr("The files as they are now are backed up first.")
    if modified:
        info += " " + tr("Your unsaved changes will be lost.")
    box.setInformativeText(info)
    restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.DestructiveRole)
    restore.setObjectName("confirmRestoreButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is restore


class RestoreBackupDialog(QDialog):
    """Lists the backups, newest first, with their dates and sizes."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(tr("Restore Backup"))
        self.resize(420, 360)
        self._backups = backups
        layout = QVBoxLayout(self)
        label = QLabel(tr("Choose the version to bring back:"), self)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(tr("Backups"))
        label.setBuddy(self.list)
        locale = QLocale()
        for index, backup in enumerate(backups):
            try:
                size = locale.formattedDataSize(backup.path.stat().st_size)
            except OSError:
                size = "?"
            item = QListWidgetItem(f"{backup.label}   ({size})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, index)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(tr("&Restore…"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selected(self) -> Backup | None:
        item = self.list.currentItem()
        return None if item is None else self._backups[int(item.data(Qt.ItemDataRole.UserRole))]


def choose_backup(backups: list[Backup], parent: QWidget | None = None) -> Backup | None:
    """The backup the writer picked in ``RestoreBackupDialog``, or None if cancelled."""
    dialog = RestoreBackupDialog(backups, parent)
    chosen = dialog.selected() if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return chosen
