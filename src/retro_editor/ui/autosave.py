"""Autosave to the project itself: a few seconds after the writer stops, when the window loses
focus, and before the project closes, so nobody has to remember Ctrl+S.

It saves through ``ProjectController.save_unattended`` (the one save path, drafts included)
and never asks anything. It waits, silently, while the project is read-only, while the
project has no folder on disk yet (an imported file waits for Save As: autosave never creates
a folder) and while the files on disk were changed by another program (the file watcher asks
the writer; autosave resumes once the choice is made), and while a sync runs
(:meth:`Autosave.pause_while`). A failed write is retried, less and
less often, and stays shown in the status bar until a save succeeds. Recovery snapshots
(``safety.recovery_manager``) still cover what happens between two saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from retro_editor.core.errors import ProjectError
from retro_editor.ui import settings as keys
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.project_controller import ProjectController
from retro_editor.ui.settings import Settings
from retro_editor.ui.translate import translator

tr = translator("Autosave")

#: the waits before each retry after a failed write (the last one repeats)
RETRY_MS = (10_000, 30_000, 60_000, 120_000, 300_000)


class Autosave(QObject):
    """Saves the controller's document in place; ``window``'s deactivation triggers a save."""

    #: a one-line message for the status bar
    notice = Signal(str)
    #: why autosave is failing, or "" once a save worked again (the status bar keeps it shown)
    problemChanged = Signal(str)
    #: autosave wrote the project
    saved = Signal()

    def __init__(self, controller: ProjectController, settings: Settings,
                 window: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else controller)
        self._controller = controller
        self._settings = settings
        self._document: ProjectDocument | None = None
        self._failures = 0
        self._saving = False
        self._pauses: list[Callable[[], bool]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.save_now)
        controller.documentChanged.connect(self._on_document)
        controller.before_close.append(self.save_now)
        controller.saved.connect(lambda: self._set_failures(0))
        window.installEventFilter(self)

    def delay_ms(self) -> int:
        """The pause after the last edit before saving; 0: autosave is off."""
        return self._settings.get(keys.AUTOSAVE_SECONDS) * 1000

    def failing(self) -> bool:
        return self._failures > 0

    # --- following the document -------------------------------------------------------------
    def _on_document(self, document: ProjectDocument | None) -> None:
        old = self._document
        if old is not None:
            for signal in (old.text_document.contentsChanged, old.manifestChanged):
                try:
                    signal.disconnect(self._edited)
                except (RuntimeError, TypeError):
                    pass
        self._document = document
        self.timer.stop()
        self._set_failures(0)
        if document is not None:
            document.text_document.contentsChanged.connect(self._edited)
            document.manifestChanged.connect(self._edited)

    def opened_with_changes(self) -> None:
        """The document opened with unsaved text (typed before the project was opened):
        saved after the usual pause, as if just typed."""
        self._edited()

    def _edited(self, *_args: object) -> None:
        """Each edit restarts the wait, unless a failed write waits for its retry."""
        if self.failing():
            return
        delay = self.delay_ms()
        if delay > 0:
            self.timer.start(delay)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.WindowDeactivate:
            self.save_now()
        return False

    # --- saving --------------------------------------------------------------------------------
    def pause_while(self, busy: Callable[[], bool]) -> None:
        """Autosave waits while ``busy()`` holds (a sync running) and tries again a pause later."""
        self._pauses.append(busy)

    def save_now(self) -> None:
        """Saves the open project if it has unsaved changes and autosave is on."""
        document = self._controller.document
        if (self._saving or document is None or not document.is_modified()
                or self.delay_ms() == 0):
            return
        if any(busy() for busy in self._pauses):
            self.timer.start(self.delay_ms())
            return
        self.timer.stop()
        was_failing = self.failing()
        self._saving = True
        try:
            self._controller.save_unattended()
        except ProjectError as exc:
            self._failed(exc)
            return
        finally:
            self._saving = False
        if document is self._controller.document and not document.is_modified():
            if was_failing:
                self.notice.emit(tr("Autosave works again: the project is saved."))
            self.saved.emit()

    def _failed(self, error: ProjectError) -> None:
        self._set_failures(self._failures + 1, str(error))
        self.notice.emit(tr("Autosave failed: {error}").format(error=error))
        self.timer.start(RETRY_MS[min(self._failures, len(RETRY_MS)) - 1])

    def _set_failures(self, count: int, reason: str = "") -> None:
        was = self._failures
        self._failures = count
        if count or was:
            self.problemChanged.emit(reason if count else "")
