"""Preferences for backups: how often (N minutes) and how many are kept (K)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from retro_editor.ui import settings as keys
from retro_editor.ui.settings import Settings
from retro_editor.ui.translate import translator

tr = translator("BackupPreferences")


class BackupPreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPreferencesDialog")
        self.setWindowTitle(tr("Backup Preferences"))
        self.settings = settings
        form = QFormLayout(self)
        self.interval = QSpinBox(self)
        self.interval.setObjectName("backupInterval")
        self.interval.setRange(0, 24 * 60)
        self.interval.setSuffix(tr(" min"))
        self.interval.setSpecialValueText(tr("every save"))
        self.interval.setValue(settings.get(keys.BACKUP_INTERVAL_MINUTES))
        self.interval.setAccessibleName(tr("Minutes between backups"))
        form.addRow(tr("&Back up on save at most every:"), self.interval)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 1000)
        self.keep.setValue(settings.get(keys.BACKUP_KEEP))
        self.keep.setAccessibleName(tr("Backups kept"))
        form.addRow(tr("&Keep the newest:"), self.keep)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set(keys.BACKUP_INTERVAL_MINUTES, self.interval.value())
        self.settings.set(keys.BACKUP_KEEP, self.keep.value())
        super().accept()


def edit_backup_preferences(settings: Settings, parent: QWidget | None = None) -> bool:
    dialog = BackupPreferencesDialog(settings, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted
