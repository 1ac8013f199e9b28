"""Project → Sync: the project saved, synced with its remote off the GUI thread, conflicts
settled in the conflict view, and the merged files reloaded.

The remote's URL is asked the first time and remembered in the history. An unreachable remote
is a status-bar message and changes nothing. An https remote that asks for a password gets
the writer's user name and password, kept in the system keyring once they worked (never in
the project). When the writer typed during the sync, the merged
files are not reloaded over the edits: the project's files changed on disk, and the next save
asks, as for any change made by another program.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from retro_editor.core.credentials import KeyringUnavailable, store_credentials
from retro_editor.core.errors import ProjectError
from retro_editor.core.history_merge import Resolutions
from retro_editor.core.history_store import HistoryStore
from retro_editor.core.history_sync import (
    Credentials,
    CredentialsNeeded,
    SyncResult,
    remote_url,
    sync_project,
)
from retro_editor.ui.tasks import TaskRunner
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.history.recorder import HistoryRecorder
    from retro_editor.ui.project_controller import ProjectController
    from retro_editor.ui.prompts import Prompts

tr = translator("History")
SYNC_QUEUE = "sync"


class ProjectSync(QObject):
    notice = Signal(str)
    #: a sync ended (its ``SyncResult``, or None when it failed or was cancelled)
    finished = Signal(object)

    def __init__(self, controller: ProjectController, recorder: HistoryRecorder,
                 prompts: Prompts, parent: QObject | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.recorder = recorder
        self.prompts = prompts
        self._tasks = tasks or TaskRunner(self, name="sync", threads=1)
        self.running = False
        self._credentials: Credentials | None = None

    def run(self) -> bool:
        """Starts a sync of the open project; False when it did not start."""
        document = self.controller.document
        if document is None or self.controller.read_only or self.running:
            return False
        folder = document.project.folder
        url = self._remembered(folder)
        if not url:
            url = self.prompts.ask_text(tr("Sync"), tr("The git repository to sync with (a "
                                                       "folder, or an ssh:// or https:// URL):"))
            if not url or not url.strip():
                return False
            url = url.strip()
        if document.is_modified() and not self.controller.save():
            return False
        self.recorder.flush()
        self._start(folder, url, None)
        return True

    @staticmethod
    def _remembered(folder: Path) -> str | None:
        try:
            store = HistoryStore.open(folder, create=False)
        except ProjectError:
            return None
        if store is None:
            return None
        try:
            return remote_url(store)
        finally:
            store.close()

    def _start(self, folder: Path, url: str, resolutions: Resolutions | None,
               credentials: Credentials | None = None) -> None:
        self.running = True
        self._credentials = credentials
        self.notice.emit(tr("Syncing with {url}…").format(url=url))
        self._tasks.submit(sync_project, folder, url, None, resolutions, credentials,
                           on_done=lambda result: self._done(folder, url, result),
                           on_error=lambda error: self._failed(folder, url, resolutions, error),
                           queue=SYNC_QUEUE)

    def wait(self, timeout: float = 60.0) -> bool:
        return self._tasks.wait(timeout, queue=SYNC_QUEUE)

    def _done(self, folder: Path, url: str, result: SyncResult) -> None:
        self.running = False
        if result.state == "conflicts":
            chosen = self.prompts.resolve_sync_conflicts(result.conflicts)
            if chosen is None:
                self.notice.emit(tr("Sync stopped: {n} part(s) changed on both machines; "
                                    "nothing was changed.").format(n=len(result.conflicts)))
                self.finished.emit(None)
                return
            self._start(folder, url, chosen, self._credentials)
            return
        self._keep_credentials(url)
        document = self.controller.document
        if result.state in ("pulled", "merged") and document is not None \
                and document.project.folder == folder:
            if document.is_modified():
                self.notice.emit(tr("Synced. The other machine's changes are in the project's "
                                    "files; you have unsaved edits, so saving will ask first."))
                self.finished.emit(result)
                return
            self.controller.reload_or_report()
        messages = {"up-to-date": tr("Synced: nothing new on either side."),
                    "pushed": tr("Synced: this machine's versions were sent."),
                    "pulled": tr("Synced: the other machine's versions were brought in."),
                    "merged": tr("Synced: both machines' changes were merged.")}
        self.notice.emit(messages.get(result.state, result.state))
        self.finished.emit(result)

    def _keep_credentials(self, url: str) -> None:
        """Credentials the writer typed that worked go to the keyring, never the project."""
        if self._credentials is None:
            return
        try:
            store_credentials(url, *self._credentials)
        except KeyringUnavailable as exc:
            self.notice.emit(tr("The password could not be kept in the system keyring "
                                "({error}); the next sync asks again.").format(error=str(exc)))
        self._credentials = None

    def _failed(self, folder: Path, url: str, resolutions: Resolutions | None,
                error: BaseException) -> None:
        self.running = False
        if isinstance(error, CredentialsNeeded):
            credentials = self.prompts.ask_credentials(url)
            if credentials is not None:
                self._start(folder, url, resolutions, credentials)
                return
        self.notice.emit(tr("Sync failed: {error}").format(error=str(error)))
        self.finished.emit(None)
