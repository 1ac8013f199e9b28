"""Data safety in the window: recovery snapshots, external changes, backups, the read-only notice.

``SafetyServices(parts, recovery_root, backups_root)`` attaches everything to the parts of a
window named by ``window_parts.SafetyParts`` (the main window is one). Paths are passed in
(app.py uses the user's data folder), never global.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.safety.backup_manager import BackupManager
from retro_editor.ui.safety.file_watcher import ProjectWatcher, ViewKeeper
from retro_editor.ui.safety.recovery_manager import AUTOSAVE_INTERVAL_MS, RecoveryManager, offer_recovery

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument
    from retro_editor.ui.window_parts import SafetyParts

__all__ = ["SafetyServices"]

STATUS_MESSAGE_MS = 10_000


class SafetyServices(QObject):
    def __init__(self, parts: SafetyParts, recovery_root: Path, backups_root: Path,
                 autosave_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else parts.controller)
        self._parts = parts
        controller = parts.controller
        self.controller = controller
        self.prompts = parts.prompts
        interval_ms = AUTOSAVE_INTERVAL_MS if autosave_ms is None else autosave_ms
        self.recovery = RecoveryManager(controller, Path(recovery_root), interval_ms, parent=self)
        self.watcher = ProjectWatcher(controller, parts.prompts, parent=self)
        self.view_keeper = ViewKeeper(controller, parts.editor, parent=self)
        self.backups = BackupManager(controller, parts.settings, Path(backups_root),
                                     parts.prompts, parent=self)
        for signal in (self.recovery.failed, self.watcher.notice, self.backups.notice):
            signal.connect(self.show_message)
        controller.documentChanged.connect(self.announce_access)
        actions = parts.action_map
        actions[ActionId.PROJECT_RESTORE_BACKUP].triggered.connect(
            lambda _checked=False: self.backups.run_restore())
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.announce_access(controller.document)

    def show_message(self, text: str) -> None:
        self._parts.show_status_message(text, STATUS_MESSAGE_MS)

    def announce_access(self, document: ProjectDocument | None) -> None:
        """Says so when a project opens read-only. What is enabled is decided by the window
        (``action_ids.enabled_actions``), not here."""
        if document is not None and self.controller.read_only:
            self.show_message(self.tr("Opened read-only: another Retro Editor has this project "
                                      "open. Use Save As to keep changes."))

    def offer_recovery(self) -> bool:
        """At start-up: offers what a crash left behind; True if a project was restored."""
        return offer_recovery(self.controller, self.recovery.recovery_root, self.prompts)

    def shutdown(self) -> None:
        """Waits for queued snapshot and backup writes (the app is quitting)."""
        self.recovery.shutdown()
        self.backups.shutdown()
