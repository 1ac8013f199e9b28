"""The questions and messages the window puts to the writer, in one place.

Storage code never shows dialogs: it raises ``ProjectError`` and the UI turns that into
``show_error`` here. Every dialog the UI opens goes through a method of ``Prompts`` (custom
dialogs keep their own classes and are opened from here), so a test can hand the window a
double that answers without a modal box.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from retro_editor.core.assets import image_name_patterns
from retro_editor.core.backups import Backup
from retro_editor.core.errors import ProjectError
from retro_editor.core.history_merge import Conflict, Resolutions
from retro_editor.core.lock import LockedBy
from retro_editor.core.recovery import Snapshot
from retro_editor.ui.export_dialog import ExportDialog, ExportRequest
from retro_editor.ui.goals_dialog import GoalsDialog
from retro_editor.ui.safety import backup_dialogs, conflict_dialog, lock_dialogs
from retro_editor.ui.safety.conflict_dialog import ConflictChoice, OverwriteChoice
from retro_editor.ui.safety.diff_view import Comparison, show_diff
from retro_editor.ui.safety.failure_dialog import ask_save_failed
from retro_editor.ui.safety.lock_dialogs import LockAnswer
from retro_editor.ui.safety.recovery_dialog import RecoveryAnswer, ask_recovery
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.core.manifest_drafts import DraftProblem
    from retro_editor.export.base import ExportFormat
    from retro_editor.ui.preferences import PreferencesDialog

tr = translator("Prompts")


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

    def show_warning(self, title: str, message: str) -> None:
        self._box("warningBox", QMessageBox.Icon.Warning, title, message).exec()

    def confirm_delete_section(self, title: str, subsections: int) -> bool:
        """Asks before an outline section (and its subsections) is deleted; No is the default."""
        text = tr('Delete the section "{title}"?').format(title=title)
        if subsections:
            text += "\n" + (tr("Its subsection will be deleted too.") if subsections == 1 else
                           tr("Its {count} subsections will be deleted too.").format(
                               count=subsections))
        text += "\n" + tr("You can undo this in the editor.")
        box = self._box("deleteSectionBox", QMessageBox.Icon.Question, tr("Delete Section"), text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

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
            tr("Images ({patterns})").format(patterns=image_name_patterns()))
        return Path(path) if path else None

    def choose_cover_image(self, start: Path) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent, tr("Choose a Cover Image"), str(start),
            tr("Images ({patterns})").format(patterns=image_name_patterns()))
        return Path(path) if path else None

    def choose_export_destination(self, start: str, fmt: ExportFormat) -> Path | None:
        """A folder for formats that write one, else a file with the format's extension."""
        if fmt.writes_folder:
            path = QFileDialog.getExistingDirectory(self._parent, tr("Export to folder"), start)
        else:
            path, _ = QFileDialog.getSaveFileName(self._parent, tr("Export to file"), start,
                                                  f"*{fmt.extension}")
        return Path(path) if path else None

    # --- questions asked in their own dialogs --------------------------------------------
    def ask_text(self, title: str, label: str) -> str | None:
        """One line of text, or None if cancelled."""
        text, ok = QInputDialog.getText(self._parent, title, label, QLineEdit.EchoMode.Normal)
        return text if ok else None

    def show_about(self, title: str, text: str) -> None:
        QMessageBox.about(self._parent, title, text)

    def ask_locked(self, locked: LockedBy, project_name: str) -> LockAnswer:
        return lock_dialogs.ask_locked(self._parent, locked, project_name)

    def tell_read_only(self, project_name: str) -> bool:
        """Save in read-only mode; True if the writer chose Save As…."""
        return lock_dialogs.tell_read_only(self._parent, project_name)

    def ask_conflict(self, changed: list[Path],
                     comparisons: Callable[[], list[Comparison]]) -> ConflictChoice:
        return conflict_dialog.ask_conflict(self._parent, changed, comparisons)

    def ask_before_overwrite(self, changed: list[Path],
                             comparisons: Callable[[], list[Comparison]]) -> OverwriteChoice:
        return conflict_dialog.ask_before_overwrite(self._parent, changed, comparisons)

    def ask_save_failed(self, error: ProjectError | str, *, title: str | None = None,
                        offer_save_as: bool = True) -> bool:
        """Why the save failed; True if the writer chose Save As…."""
        return ask_save_failed(self._parent, error, title=title, offer_save_as=offer_save_as)

    def ask_recovery(self, snapshot: Snapshot) -> tuple[RecoveryAnswer, bool]:
        """``(answer, compare first)`` for one snapshot a crash left behind."""
        return ask_recovery(self._parent, snapshot)

    def show_diff(self, comparisons: list[Comparison], left_label: str, right_label: str,
                  title: str = "") -> None:
        show_diff(self._parent, comparisons, left_label, right_label, title)

    def resolve_sync_conflicts(self, conflicts: list[Conflict]) -> Resolutions | None:
        """What to keep of each section, detail or file changed on both machines; None if
        the sync is cancelled."""
        from retro_editor.ui.history.sync_conflicts import resolve_sync_conflicts

        return resolve_sync_conflicts(conflicts, self._parent)

    def ask_credentials(self, url: str) -> tuple[str, str] | None:
        """A user name and password for a sync remote, or None if cancelled."""
        title = tr("Sign In to {url}").format(url=url)
        user, ok = QInputDialog.getText(self._parent, title, tr("User name:"),
                                        QLineEdit.EchoMode.Normal)
        if not ok:
            return None
        password, ok = QInputDialog.getText(self._parent, title, tr("Password or access token:"),
                                            QLineEdit.EchoMode.Password)
        return (user, password) if ok else None

    def choose_backup(self, backups: list[Backup]) -> Backup | None:
        return backup_dialogs.choose_backup(backups, self._parent)

    def confirm_restore_backup(self, backup: Backup, modified: bool) -> bool:
        return backup_dialogs.confirm_restore(self._parent, backup, modified)

    def edit_goals(self, dialog: GoalsDialog) -> bool:
        """Shows the goals; True if the writer chose OK."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def edit_preferences(self, dialog: PreferencesDialog) -> None:
        """Shows Preferences until closed; its changes are stored and applied as they are made."""
        dialog.exec()

    def ask_export(self, formats: dict[str, ExportFormat], remembered: dict[str, dict[str, Any]],
                   default_destination: Callable[[ExportFormat], Path], last_format: str | None,
                   drafts: list[DraftProblem]) -> ExportRequest | None:
        """The format, destination and options of an export, or None if cancelled."""
        dialog = ExportDialog(formats, remembered, default_destination, last_format, self,
                              self._parent, drafts=drafts)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return ExportRequest(dialog.current_format(), dialog.destination_path(),
                                 dialog.options())
        finally:
            dialog.deleteLater()
