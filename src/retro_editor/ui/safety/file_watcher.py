"""Notices changes another program makes to the open project's files.

``article.md``, the manifest and the folder are watched. Programs that save by writing a new
file and renaming it over the old one end the watch on the old file, so every event re-adds
the paths that exist again. Events are coalesced, then the files' hashes are compared with
what this program last read or wrote (``Project.disk_state``): our own saves therefore never
count as changes. A change with no local edits is reloaded (cursor and scroll kept); with
local edits the writer chooses (keep mine / take theirs / see both).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import DiskState, changed_on_disk, read_disk_state
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.safety.conflict_dialog import ConflictChoice, compare_with_disk
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.project_controller import ProjectController
    from retro_editor.ui.prompts import Prompts

DEBOUNCE_MS = 200


tr = translator("FileWatcher")


class ProjectWatcher(QObject):
    #: a one-line message for the status bar
    notice = Signal(str)
    #: a check finished (tests wait for it)
    checked = Signal()

    def __init__(self, controller: ProjectController, prompts: Prompts, debounce_ms: int = DEBOUNCE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.prompts = prompts
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._schedule)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.check_now)
        self._handled: DiskState | None = None
        self._asking = False
        controller.documentChanged.connect(self._on_document)
        controller.saved.connect(self._rewatch)
        controller.reloaded.connect(self._rewatch)

    @property
    def document(self) -> ProjectDocument | None:
        return self.controller.document

    def watched_paths(self) -> list[str]:
        return self._watcher.files() + self._watcher.directories()

    # --- watching --------------------------------------------------------------------------
    def _on_document(self, _document: ProjectDocument | None) -> None:
        self._handled = None
        old = self.watched_paths()
        if old:
            self._watcher.removePaths(old)
        self._rewatch()

    def _rewatch(self) -> None:
        doc = self.document
        if doc is None:
            return
        project = doc.project
        wanted = [str(p) for p in (project.folder, project.article_path, project.manifest_path)]
        current = set(self.watched_paths())
        stale = [p for p in current if p not in wanted]
        if stale:
            self._watcher.removePaths(stale)
        missing = [p for p in wanted if p not in current and os.path.exists(p)]
        if missing:
            self._watcher.addPaths(missing)

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    # --- reacting --------------------------------------------------------------------------
    def check_now(self) -> None:
        """Compares the files on disk with what was last read or written, and reacts."""
        doc = self.document
        if doc is None:
            return
        self._rewatch()
        if self._asking:
            self._timer.start()  # look again once the open question is answered
            return
        project = doc.project
        now = read_disk_state(project)
        changed = changed_on_disk(project, now)
        if not changed or now == self._handled:
            self.checked.emit()
            return
        self._handled = now
        names = ", ".join(p.name for p in changed)
        if not all(p.exists() for p in changed):
            doc.text_document.setModified(True)
            self.notice.emit(tr("{names} was deleted or moved by another program. Your text is "
                                "still open: save to write it again.").format(names=names))
        elif not doc.is_modified():
            self._reload(names)
        else:
            self._ask(doc, changed, now, names)
        self.checked.emit()

    def _reload(self, names: str) -> None:
        try:
            self.controller.reload_from_disk()
        except ProjectError as exc:
            self.notice.emit(tr("{names} changed on disk but cannot be read ({error}); your "
                                "version is kept.").format(names=names, error=exc.reason))
            return
        self.notice.emit(tr("{names} changed on disk and was reloaded.").format(names=names))

    def _ask(self, doc: ProjectDocument, changed: list[Path], now: DiskState, names: str) -> None:
        self._asking = True
        try:
            choice = self.prompts.ask_conflict(changed, lambda: compare_with_disk(doc, changed))
        finally:
            self._asking = False
        if doc is not self.document:
            return
        if choice is ConflictChoice.TAKE_THEIRS:
            self._reload(names)
        elif read_disk_state(doc.project) == now:
            # mine: the next save replaces this version of theirs without asking again
            doc.project.disk_state = now
            self.notice.emit(tr("Kept your version; saving will replace {names} on disk.").format(
                names=names))


class ViewKeeper(QObject):
    """Keeps the editor's cursor and scroll position (by block number) across a reload."""

    def __init__(self, controller: ProjectController, editor: QPlainTextEdit,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.editor = editor
        self._saved: tuple[int, int, int, int] | None = None
        controller.aboutToReload.connect(self.remember)
        controller.reloaded.connect(self.restore)

    def remember(self) -> None:
        cursor = self.editor.textCursor()
        self._saved = (cursor.blockNumber(), cursor.positionInBlock(),
                       self.editor.verticalScrollBar().value(),
                       self.editor.horizontalScrollBar().value())

    def restore(self) -> None:
        if self._saved is None:
            return
        block_number, column, vertical, horizontal = self._saved
        self._saved = None
        document = self.editor.document()
        block = document.findBlockByNumber(min(block_number, document.blockCount() - 1))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor,
                            min(column, max(block.length() - 1, 0)))
        self.editor.setTextCursor(cursor)
        self.editor.verticalScrollBar().setValue(vertical)
        self.editor.horizontalScrollBar().setValue(horizontal)
