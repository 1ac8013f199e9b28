"""Autosave to the recovery area, and the offer to restore after a crash.

While the open project has unsaved changes, its state is written every few seconds (and when
the app loses focus) to ``recovery_root`` by ``core.recovery``, atomically, on a background
thread (a serial queue of a TaskRunner: writes and removals happen in order) so typing never
waits for the disk. A clean save, a close or a reload removes it. At start-up each snapshot
left behind is offered: restore (the project opens with the snapshot's text and metadata as
unsaved changes), compare with the files on disk, or discard. The project itself is never
written by this module.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication

from retro_editor.core.errors import ProjectError
from retro_editor.core.json_input import MAX_MANIFEST_BYTES
from retro_editor.core.lock import LOCK_NAME, is_stale, read_lock
from retro_editor.core.manifest import dump_manifest
from retro_editor.core.project import Project, open_project, text_for_comparison
from retro_editor.core.recovery import (
    Snapshot,
    discard_snapshot,
    list_snapshots,
    load_snapshot,
    write_snapshot,
)
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.safety.diff_view import Comparison
from retro_editor.ui.safety.recovery_dialog import RecoveryAnswer
from retro_editor.ui.tasks import TaskRunner
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.project_controller import ProjectController
    from retro_editor.ui.prompts import Prompts

log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 5000
#: the runner queue snapshots are written and removed in, one at a time
RECOVERY_QUEUE = "recovery"


tr = translator("Recovery")


class RecoveryManager(QObject):
    """Keeps a recovery snapshot of the controller's document while it is modified."""

    #: a snapshot could not be written (one line for the status bar)
    failed = Signal(str)
    #: a snapshot was written (tests wait for it)
    written = Signal()

    def __init__(self, controller: ProjectController, recovery_root: Path,
                 interval_ms: int = AUTOSAVE_INTERVAL_MS,
                 parent: QObject | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.recovery_root = Path(recovery_root)
        self._tasks = tasks or TaskRunner(self, name="recovery", threads=1)
        self._document: ProjectDocument | None = None
        self._dirty = False
        self._written_for: set[Path] = set()
        self._reported = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.snapshot_now)
        controller.documentChanged.connect(self._on_document)
        controller.closing.connect(self._on_closing)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    # --- following the document ------------------------------------------------------------
    def _on_document(self, document: ProjectDocument | None) -> None:
        if self._document is not None:
            for signal, slot in self._connections(self._document):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        keep = document.project.folder if document is not None else None
        for folder in list(self._written_for):
            if folder != keep:
                self._discard(folder)
        self._document = document
        self._dirty = document is not None and document.is_modified()
        if document is None:
            self.timer.stop()
            return
        for signal, slot in self._connections(document):
            signal.connect(slot)
        self.timer.start()

    def _connections(self, doc: ProjectDocument
                     ) -> tuple[tuple[SignalInstance, Callable[..., None]], ...]:
        return ((doc.text_document.contentsChanged, self._mark_dirty),
                (doc.manifestChanged, self._mark_dirty),
                (doc.modifiedChanged, self._on_modified))

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    def _on_modified(self, modified: bool) -> None:
        if modified:
            self._dirty = True
        elif self._document is not None:
            self._dirty = False
            self._discard(self._document.project.folder)

    def _on_closing(self, document: ProjectDocument) -> None:
        self._dirty = False
        self._discard(document.project.folder)

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.snapshot_now()

    # --- writing -------------------------------------------------------------------------
    def snapshot_now(self) -> None:
        """Writes the document's state if it changed since the last snapshot (off this thread)."""
        doc = self._document
        if doc is None or not self._dirty or not doc.is_modified() or self.controller.read_only:
            return
        self._dirty = False
        state = dataclasses.replace(doc.project, text=doc.text(),
                                    manifest=doc.manifest.model_copy(deep=True))
        self._written_for.add(state.folder)
        self._submit(write_snapshot, self.recovery_root, state,
                     on_done=lambda _path: self.written.emit(), on_error=self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        if not isinstance(error, ProjectError):
            log.error("recovery snapshot failed", exc_info=(type(error), error, error.__traceback__))
        self.failed.emit(tr("Unsaved changes could not be copied to the recovery folder: "
                            "{error}").format(error=error))

    def _discard(self, folder: Path) -> None:
        """Removes the folder's snapshot: ours, or one restored at start-up."""
        self._written_for.discard(folder)
        self._submit(discard_snapshot, self.recovery_root, folder)

    def _submit(self, fn: Callable[..., object], *args: object,
                on_done: Callable[[object], object] | None = None,
                on_error: Callable[[BaseException], object] | None = None) -> None:
        """Queues ``fn`` behind the earlier writes and removals (after ``shutdown``, the app is
        quitting: it runs at once)."""
        self._tasks.submit(fn, *args, on_done=on_done, on_error=on_error, queue=RECOVERY_QUEUE)

    def flush(self, timeout: float = 10.0) -> bool:
        """Waits until every queued snapshot write or removal is done; False if one is not."""
        return self._tasks.wait(timeout, queue=RECOVERY_QUEUE)

    def shutdown(self) -> None:
        self.timer.stop()
        self._tasks.shutdown()


# --- the start-up offer ----------------------------------------------------------------------

def _in_use_elsewhere(snapshot: Snapshot) -> bool:
    """The project is open in another running instance: its snapshot is that instance's."""
    info = read_lock(snapshot.project_folder / LOCK_NAME)
    return info is not None and not is_stale(info)


def _disk_project(snapshot: Snapshot) -> Project | None:
    if not (snapshot.project_folder / snapshot.manifest_name).is_file():
        return None
    try:
        return open_project(snapshot.project_folder / snapshot.manifest_name)
    except ProjectError:
        return None


def _comparisons(snapshot: Snapshot, recovered: Project) -> list[Comparison]:
    folder = snapshot.project_folder
    return [Comparison("article.md", text_for_comparison(folder / "article.md"), recovered.text),
            Comparison(snapshot.manifest_name,
                       text_for_comparison(folder / snapshot.manifest_name, MAX_MANIFEST_BYTES),
                       dump_manifest(recovered.manifest).decode("utf-8"))]


def offer_recovery(controller: ProjectController, recovery_root: Path, prompts: Prompts) -> bool:
    """Offers every snapshot left by a crash; True if one was restored (and is now open).

    Snapshots of projects another running instance holds are skipped; "Later" keeps a
    snapshot for the next start.
    """
    for snapshot in list_snapshots(Path(recovery_root)):
        if _in_use_elsewhere(snapshot):
            continue
        try:
            recovered = load_snapshot(snapshot, _disk_project(snapshot))
        except ProjectError as exc:
            log.warning("unreadable recovery snapshot %s: %s", snapshot.folder, exc)
            continue
        while True:
            answer, compare = prompts.ask_recovery(snapshot)
            if not compare:
                break
            prompts.show_diff(_comparisons(snapshot, recovered), tr("on disk"), tr("recovered"),
                              tr("Recovered changes and the files on disk"))
        if answer is RecoveryAnswer.DISCARD:
            discard_snapshot(Path(recovery_root), snapshot.project_folder)
        elif answer is RecoveryAnswer.RESTORE and controller.open_project_state(recovered):
            return True
    return False
