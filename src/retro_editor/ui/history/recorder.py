"""Records a version in the project's history after every save and when a project closes.

Recording runs on a serial queue of a TaskRunner (the save does not wait for it; the next
save waits for the one before, so a version never mixes the files of two saves). Once enough
objects are loose, the history is packed on a queue of its own (``history_compact``). A failure is
a status-bar notice and never blocks saving: the history is a copy, the project is the
original. Nothing is recorded for a project open read-only (another Retro Editor has it).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from retro_editor.core.errors import ProjectError
from retro_editor.core.history_compact import compact_history
from retro_editor.core.history_message import Version, VersionKind
from retro_editor.core.history_store import HistoryStore
from retro_editor.ui.tasks import TaskRunner
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument
    from retro_editor.ui.project_controller import ProjectController

_log = logging.getLogger(__name__)
HISTORY_QUEUE = "history"
COMPACT_QUEUE = "history-compact"
tr = translator("History")


class HistoryRecorder(QObject):
    #: a one-line message for the status bar
    notice = Signal(str)
    #: a version was recorded (the core ``Version``)
    recorded = Signal(object)

    def __init__(self, controller: ProjectController, parent: QObject | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self._tasks = tasks or TaskRunner(self, name="history", threads=1)
        self._stores: dict[Path, HistoryStore] = {}
        controller.saved.connect(self._after_save)
        controller.closing.connect(self._on_closing)
        controller.before_save.append(self.flush)

    def _after_save(self) -> None:
        doc = self.controller.document
        if doc is None or self.controller.read_only:
            return
        self.record(doc, VersionKind.AUTOSAVE if self.controller.unattended else VersionKind.SAVE)

    def _on_closing(self, document: ProjectDocument) -> None:
        if self.controller.read_only or not document.project.manifest_path.is_file():
            return
        self.record(document, VersionKind.CLOSE)
        self.flush()
        store = self._stores.pop(document.project.folder, None)
        if store is not None:
            store.close()

    def record(self, document: ProjectDocument, kind: VersionKind) -> None:
        """Queues recording the project's files as they are on disk now."""
        analysis = document.analysis.current()
        words = analysis.words if analysis.text == document.project.text else None
        self._tasks.submit(self._record, document.project.folder, kind, words,
                           on_done=self._done, on_error=self._failed, queue=HISTORY_QUEUE)

    def store_for(self, folder: Path) -> HistoryStore:
        """The project's history store (created on first use); only used on the queue."""
        store = self._stores.get(folder)
        if store is None:
            store = HistoryStore.open(folder)
            assert store is not None
            self._stores[folder] = store
        return store

    def _record(self, folder: Path, kind: VersionKind, words: int | None) -> Version | None:
        return self.store_for(folder).record(kind, words=words)

    def _done(self, version: Version | None) -> None:
        if version is None:
            return
        self.recorded.emit(version)
        document = self.controller.document
        if document is not None and not self._tasks.pending(COMPACT_QUEUE):
            # its own queue: a save waits for the version before it, never for the packing
            self._tasks.submit(compact_history, document.project.folder,
                               on_error=self._compact_failed, queue=COMPACT_QUEUE)

    @staticmethod
    def _compact_failed(error: BaseException) -> None:
        _log.warning("packing the history failed: %s", error)

    def _failed(self, error: BaseException) -> None:
        reason = str(error)
        if not isinstance(error, ProjectError):
            _log.error("recording a version failed", exc_info=(type(error), error,
                                                               error.__traceback__))
            reason = f"{type(error).__name__}: {error}"
        self.notice.emit(tr("The version was not recorded in the history: {error}")
                         .format(error=reason))

    def flush(self, timeout: float = 60.0) -> bool:
        """Waits until every queued version is recorded; False if one is still going on."""
        return self._tasks.wait(timeout, queue=HISTORY_QUEUE)

    def shutdown(self) -> None:
        self._tasks.shutdown()
        for store in self._stores.values():
            store.close()
        self._stores.clear()
