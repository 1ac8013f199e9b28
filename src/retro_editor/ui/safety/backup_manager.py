"""Rolling zip backups of the open project: on save (at most one every N minutes) and on
close, keeping the newest K; and Project → Restore Backup….

Zipping runs on a background thread (a serial queue of a TaskRunner), so the save that
triggers it does not wait for it (the next save waits for it to finish, so a zip never mixes
the files of two saves); a failed backup is reported in the status bar and never blocks saving.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from retro_editor.core.backups import (
    backups_folder,
    list_backups,
    make_backup,
    newest_backup_age,
    prune_backups,
    restore_backup,
)
from retro_editor.core.errors import ProjectError
from retro_editor.ui import settings as keys
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.settings import Settings
from retro_editor.ui.tasks import TaskRunner
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.project_controller import ProjectController
    from retro_editor.ui.prompts import Prompts

_log = logging.getLogger(__name__)
#: the runner queue backups are made in, one at a time
BACKUP_QUEUE = "backups"


#: the least time between two backups made by autosaves
AUTOSAVE_BACKUP_SECONDS = 10 * 60.0

tr = translator("Backups")


class BackupManager(QObject):
    #: a one-line message for the status bar
    notice = Signal(str)
    #: a backup zip was written (its path)
    made = Signal(object)

    def __init__(self, controller: ProjectController, settings: Settings, backups_root: Path,
                 prompts: Prompts,
                 parent: QObject | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.settings = settings
        self.backups_root = Path(backups_root)
        self.prompts = prompts
        self._tasks = tasks or TaskRunner(self, name="backups", threads=1)
        self._made_at: dict[Path, float] = {}
        self._unbacked: set[Path] = set()
        controller.saved.connect(self._after_save)
        controller.closing.connect(self._on_closing)
        # a zip being written must see one save's files, not a mix of two saves
        controller.before_save.append(self.flush)

    # --- policy ----------------------------------------------------------------------------
    def folder_for(self, project_folder: Path) -> Path:
        return backups_folder(self.backups_root, project_folder)

    def interval_seconds(self) -> float:
        return max(0, self.settings.get(keys.BACKUP_INTERVAL_MINUTES)) * 60.0

    def keep(self) -> int:
        return max(1, self.settings.get(keys.BACKUP_KEEP))

    def _due(self, folder: Path, interval: float) -> bool:
        last = self._made_at.get(folder)
        if last is None:
            age = newest_backup_age(self.folder_for(folder))
            last = None if age is None else time.time() - age
        return last is None or time.time() - last >= interval

    def _after_save(self) -> None:
        """Backs up when due. An autosave comes every few seconds: it makes a backup at most
        every ``AUTOSAVE_BACKUP_SECONDS``, so that "every save" cannot rotate the kept
        backups away within minutes."""
        doc = self.controller.document
        if doc is None or self.controller.read_only:
            return
        folder = doc.project.folder
        interval = self.interval_seconds()
        if self.controller.unattended:
            interval = max(interval, AUTOSAVE_BACKUP_SECONDS)
        if self._due(folder, interval):
            self.backup(folder)
        else:
            self._unbacked.add(folder)

    def _on_closing(self, document: ProjectDocument) -> None:
        project = document.project
        if self.controller.read_only or not project.manifest_path.is_file():
            return
        if project.folder in self._unbacked or newest_backup_age(
                self.folder_for(project.folder)) is None:
            self.backup(project.folder)

    # --- making ----------------------------------------------------------------------------
    def backup(self, project_folder: Path) -> None:
        """Queues a backup of the project's files as they are on disk now."""
        self._unbacked.discard(project_folder)
        self._made_at[project_folder] = time.time()
        self._tasks.submit(make_backup, project_folder, self.folder_for(project_folder),
                           self.keep(), on_done=self.made.emit, on_error=self._failed,
                           queue=BACKUP_QUEUE)

    def _failed(self, error: BaseException) -> None:
        reason = str(error)
        if not isinstance(error, ProjectError):
            _log.error("backup failed", exc_info=(type(error), error, error.__traceback__))
            reason = f"{type(error).__name__}: {error}"
        self.notice.emit(tr("The backup failed: {error}").format(error=reason))

    def flush(self, timeout: float = 60.0) -> bool:
        """Waits until every queued backup is written; False if one is still going on."""
        return self._tasks.wait(timeout, queue=BACKUP_QUEUE)

    def shutdown(self) -> None:
        self._tasks.shutdown()

    # --- restoring -------------------------------------------------------------------------
    def run_restore(self) -> bool:
        """Project → Restore Backup…: pick a backup, confirm, restore it, reload. True if done."""
        doc = self.controller.document
        if doc is None:
            return False
        if self.controller.read_only:
            self.prompts.show_info(tr("Restore Backup"), tr("The project is open read-only."))
            return False
        self.flush()
        target = self.folder_for(doc.project.folder)
        backups = list_backups(target)
        if not backups:
            self.prompts.show_info(tr("Restore Backup"),
                                   tr("There are no backups of this project yet."),
                                   tr("Backups are made when the project is saved and closed. "
                                      "Every save is also a version in View → History, where "
                                      "one section can be compared and brought back."))
            return False
        chosen = self.prompts.choose_backup(backups)
        if chosen is None or not self.prompts.confirm_restore_backup(chosen, doc.is_modified()):
            return False
        folder = doc.project.folder
        try:
            make_backup(folder, target, keep=len(backups) + 1)
            restore_backup(chosen.path, folder)
        except ProjectError as exc:
            self.prompts.show_error(tr("The backup was not restored"), str(exc),
                                    tr("The files as they were before are in the newest backup."))
            return False
        finally:
            prune_backups(target, self.keep())
        self._made_at[folder] = time.time()
        if not self.controller.reload_or_report():
            return False
        self.notice.emit(tr("Restored the backup of {when}.").format(when=chosen.label))
        return True
