"""Opening, saving, copying and closing the project, with the writer's questions and errors.

The window owns one controller. It asks ``core`` for every file operation and turns each
``ProjectError`` into a dialog that names the file and the reason; nothing is lost on failure
(the document stays marked modified). Opening takes the project's lock (a second instance may
open read-only); before a save, the files on disk are compared with what was last read or
written, so another program's change is never overwritten without asking. Invalid side-panel
values need no question: they are saved as drafts. The editor's cursor position is kept in
the project's state file (``core.project_state``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from retro_editor.core.analysis import TextAnalysis, analyse
from retro_editor.core.errors import ProjectError
from retro_editor.core.lock import LockedBy, ProjectLock, acquire_lock, clear_lock, read_lock
from retro_editor.core.manifest import FORMAT_VERSION
from retro_editor.core.project import (
    DiskState,
    Project,
    changed_on_disk,
    new_project,
    open_project,
    save_project,
)
from retro_editor.core.project_copy import copy_project
from retro_editor.core.project_state import read_state, write_state
from retro_editor.core.storage import describe_os_error
from retro_editor.render.themes import DEFAULT_THEME, available_themes
from retro_editor.ui import settings as keys
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.jobs import Job, JobCancelled
from retro_editor.ui.prompts import CloseAnswer, Prompts
from retro_editor.ui.safety.conflict_dialog import OverwriteChoice, compare_with_disk
from retro_editor.ui.safety.lock_dialogs import LockAnswer
from retro_editor.ui.settings import Settings
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.first_text import FirstText

tr = translator("ProjectController")


class ProjectController(QObject):
    #: a new ProjectDocument is open (or None after closing)
    documentChanged = Signal(object)
    #: a project was saved (status bar, recovery and backups listen)
    saved = Signal()
    #: the document is about to close, the writer's save/discard answer given (backups, recovery)
    closing = Signal(object)
    #: the open document's project is about to be / was replaced by the files on disk
    aboutToReload = Signal()
    reloaded = Signal()
    #: a one-line notice for the status bar (e.g. the project's format was upgraded)
    notice = Signal(str)

    def __init__(self, prompts: Prompts, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._settings = settings
        self.document: ProjectDocument | None = None
        #: True when another instance holds the project: it can be read, not saved in place
        self.read_only = False
        self._lock: ProjectLock | None = None
        self._reading = False  # a project's files are being read off the GUI thread
        #: a project just read and its text's analysis, made on the reading thread
        self._analysed: tuple[Project, TextAnalysis] | None = None
        #: callables run before saving (e.g. the side panel commits the field being edited)
        self.before_save: list[Callable[[], object]] = []
        #: callables run before closing asks about unsaved changes (autosave saves first)
        self.before_close: list[Callable[[], object]] = []
        #: True while an unattended save (autosave) writes, for those who hear ``saved``
        self.unattended = False

    # --- opening -------------------------------------------------------------------------
    def open_path(self, path: Path, first: FirstText | None = None) -> bool:
        """Opens a project folder, .retro or .md file; False if cancelled or it failed.

        The files are read first: if they cannot be, the open project stays open. An import
        that kept something it could not use lists it all in one message once it is open.
        ``first``: the project's text, shown before the app could open it (``first_text``);
        its document, with what the writer typed in it, becomes the project's text when
        the text read now is still the one shown then, or when the writer typed in it. In
        that last case a change on disk in between is a change on disk since the text was
        read (the caller has the file watcher look at once; a save asks about it too)."""
        project = self._read(path)
        if project is None:
            return False
        adopted = None
        if first is not None and project.folder == first.folder and (
                project.text == first.text or first.document.isModified()):
            adopted = first.document
            if project.text != first.text:  # typed over the article as read then
                read = project.disk_state
                project.disk_state = DiskState(first.digest, read.manifest if read else None)
        saved_on_close = self.document is not None and self.document.is_modified()
        if not self.close_project():
            return False
        if saved_on_close:  # closing may have saved the very files just read: read them again
            project = self._read(path)
        if project is None or not self._open(project, adopted):
            return False
        if project.saved:
            self._settings.add_recent_project(str(project.folder))
        self._tell(project.open_notes)
        if project.import_problems:
            self._prompts.show_info(
                tr("Imported with problems"),
                tr("The file was imported. What did not fit is kept as it was written; "
                   "fix it before publishing:") + "\n\n" + "\n".join(str(p) for p in project.import_problems))
        return True

    def _read(self, path: Path) -> Project | None:
        """The project at ``path``, read off the GUI thread; None (the error shown as one
        dialog) if it cannot be read, or if the writer cancelled."""
        try:
            return self._read_off_thread(Path(path))
        except ProjectError as exc:
            self._prompts.show_error(tr("Cannot open the project"), str(exc))
        except OSError as exc:
            self._prompts.show_error(tr("Cannot open the project"),
                                     f"{exc.filename or path}: {describe_os_error(exc)}")
        return None

    def _read_off_thread(self, path: Path) -> Project | None:
        """``open_project`` on a worker thread, so a large or slow file cannot freeze the
        window: a local event loop keeps it painting (with a Cancel dialog if it lasts) until
        the files are read. Errors are raised here; None if the writer cancelled, or if
        another open is still reading (a second request from that event loop)."""
        if self._reading:
            return None
        read: list[Project] = []

        def steps():
            read.append(open_project(path))
            self._analysed = (read[0], analyse(read[0].text))  # not on the GUI thread
            yield 1, 1

        parent = self.parent()
        job = Job(tr("Opening {name}…").format(name=path.name), steps,
                  parent if isinstance(parent, QWidget) else None)
        loop = QEventLoop()
        job.done.connect(lambda _error: loop.quit())
        self._reading = True
        try:
            job.start()
            if not job.finished:
                loop.exec()
        finally:
            self._reading = False
        job.deleteLater()
        if isinstance(job.error, JobCancelled):
            return None
        if job.error is not None:
            raise job.error
        return read[0]

    def open_project_state(self, project: Project) -> bool:
        """Opens a project built in memory (a recovered snapshot) as unsaved changes."""
        return self.close_project() and self._open(project)

    def create_project(self, folder: Path, title: str) -> bool:
        if not self.close_project():
            return False
        try:
            project = new_project(Path(folder), title, self._new_project_theme())
        except ProjectError as exc:
            self._prompts.show_error(tr("Cannot create the project"), str(exc))
            return False
        if not self._open(project):
            return False
        self._settings.add_recent_project(str(project.folder))
        return True

    def _new_project_theme(self) -> str:
        """The preferred page theme, if it is still installed."""
        theme = self._settings.get(keys.PAGE_THEME)
        return theme if theme in available_themes() else DEFAULT_THEME

    def _open(self, project: Project, text_document: QTextDocument | None = None) -> bool:
        access = self._lock_for(project)
        if access is None:
            return False
        self._take(project, *access, text_document=text_document)
        return True

    def _lock_for(self, project: Project) -> tuple[ProjectLock | None, bool] | None:
        """``(lock, read_only)``, or None if the writer cancelled."""
        if not project.folder.is_dir():
            return None, False  # an imported file: locked when first saved
        while True:
            try:
                result = acquire_lock(project.folder)
            except ProjectError:
                return None, False  # e.g. a read-only folder: saving will say why it fails
            if isinstance(result, ProjectLock):
                return result, False
            name = project.manifest.article.title or project.folder.name
            answer = self._prompts.ask_locked(result, name)
            if answer is LockAnswer.READ_ONLY:
                return None, True
            if answer is not LockAnswer.CLEAR:
                return None
            if not self._clear(result):
                return None

    def _clear(self, locked: LockedBy) -> bool:
        try:
            clear_lock(locked)
        except ProjectError as exc:
            self._prompts.show_error(tr("Cannot clear the lock"), str(exc))
            return False
        return True

    # --- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        if self.document is None:
            return False
        document = self.document
        if self.read_only:
            return self._prompts.tell_read_only(self.display_name()) and self.save_as()
        if not self._prepare_save():
            return False
        project = document.sync_text_to_project()
        changed = changed_on_disk(project)
        if changed:
            choice = self._prompts.ask_before_overwrite(
                changed, lambda: compare_with_disk(document, changed))
            if choice is OverwriteChoice.RELOAD:
                self.reload_or_report()
                return False
            if choice is OverwriteChoice.SAVE_AS:
                return self.save_as()
            if choice is not OverwriteChoice.OVERWRITE:
                return False
        try:
            self._write(document, project)
        except ProjectError as exc:
            return self._prompts.ask_save_failed(exc) and self.save_as()
        return True

    def save_unattended(self) -> str | None:
        """Saves in place without asking anything (autosave). Returns None when saved or
        when there was nothing to save, else why it waits: a read-only project, a project
        whose folder or manifest is not on disk (an import waits for Save As; a folder is
        never created), files changed by another program (the watcher asks). A failed write
        raises ``ProjectError``. Drafts are saved as drafts, as on a Save."""
        document = self.document
        if document is None or not document.is_modified():
            return None
        if self.read_only:
            return tr("the project is read-only")
        if not document.project.manifest_path.is_file():
            return tr("the project is not saved in a folder yet")
        self._prepare_save()
        project = document.sync_text_to_project()
        if changed_on_disk(project):
            return tr("the files were changed by another program")
        self.unattended = True
        try:
            self._write(document, project)
        finally:
            self.unattended = False
        return None

    def _write(self, document: ProjectDocument, project: Project) -> None:
        """Writes the project and marks it saved; ``ProjectError`` if it could not be."""
        upgrading = project.format_version_on_disk < FORMAT_VERSION
        notes = save_project(project)
        self._ensure_lock(project)
        document.mark_saved()
        self._remember_state(document)
        self._settings.add_recent_project(str(project.folder))
        self.saved.emit()
        if upgrading:
            notes.insert(0, tr("Project upgraded to format {n} on save; older versions of "
                               "Retro Editor cannot open it now").format(n=FORMAT_VERSION))
        self._tell(notes)

    def _tell(self, notes: list[str]) -> None:
        """What core had to say about an open or a save (an interrupted save finished, an
        owner or group not kept), as one status bar notice."""
        if notes:
            self.notice.emit("; ".join(notes))

    def save_as(self, destination: Path | None = None) -> bool:
        if self.document is None:
            return False
        if destination is None:
            destination = self._prompts.choose_new_project_folder(
                self.document.project.folder.parent, tr("Save Project As"))
            if destination is None:
                return False
        if not self._prepare_save():
            return False
        project = self.document.sync_text_to_project()
        try:
            copied = copy_project(project, destination)
        except ProjectError as exc:
            return self._prompts.ask_save_failed(exc) and self.save_as()
        lock = acquire_lock(copied.folder)
        self._take(copied, lock if isinstance(lock, ProjectLock) else None, False)
        self._settings.add_recent_project(str(copied.folder))
        self.saved.emit()
        return True

    def _ensure_lock(self, project: Project) -> None:
        """After a save that created the folder (an import, a moved folder), lock it."""
        if self._lock is not None and read_lock(self._lock.path) == self._lock.info:
            return
        try:
            result = acquire_lock(project.folder)
        except ProjectError:
            return
        if isinstance(result, ProjectLock):
            self._lock = result

    # --- reloading -----------------------------------------------------------------------
    def reload_from_disk(self) -> None:
        """Replaces the open document's contents with the files on disk (ProjectError if
        they cannot be read: the document is then left as it was)."""
        if self.document is None:
            return
        project = open_project(self.document.project.manifest_path)
        self.aboutToReload.emit()
        self.document.replace_project(project)
        self.reloaded.emit()
        self._tell(project.open_notes)

    def reload_or_report(self) -> bool:
        try:
            self.reload_from_disk()
        except ProjectError as exc:
            self._prompts.show_error(tr("Cannot reload the project"), str(exc),
                                     tr("Your version is still open."))
            return False
        return True

    # --- closing -------------------------------------------------------------------------
    def close_project(self) -> bool:
        """Closes the open project, asking first if it has unsaved changes. False = cancelled."""
        if self.document is None:
            return True
        for hook in self.before_close:
            hook()
        if self.document.is_modified():
            answer = self._prompts.ask_save_changes(self.display_name())
            if answer is CloseAnswer.CANCEL:
                return False
            if answer is CloseAnswer.SAVE and not self.save():
                return False
        old = self.document
        self.closing.emit(old)
        self._remember_state(old)
        self._release_lock()
        self.read_only = False
        self.document = None
        self.documentChanged.emit(None)
        old.deleteLater()
        return True

    def display_name(self) -> str:
        if self.document is None:
            return ""
        meta = self.document.manifest.article
        return meta.title or self.document.project.folder.name

    def _prepare_save(self) -> bool:
        """Commits pending edits (invalid values become drafts, so nothing needs asking)."""
        for hook in self.before_save:
            hook()
        return True

    def remember_state(self) -> None:
        """Writes the open project's state file now (after a link check, say)."""
        if self.document is not None:
            self._remember_state(self.document)

    def _remember_state(self, document: ProjectDocument) -> None:
        """Writes the project's state file (cursor, view, words per day, link results); failures
        only lose the state."""
        folder = document.project.folder
        if self.read_only or not folder.is_dir():
            return
        try:
            write_state(folder, document.remembered_state())
        except ProjectError:
            pass

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _take(self, project: Project, lock: ProjectLock | None = None,
              read_only: bool = False, text_document: QTextDocument | None = None) -> None:
        if self._lock is not None and self._lock is not lock:
            self._release_lock()
        self._lock = lock
        self.read_only = read_only
        old = self.document
        analysed, self._analysed = self._analysed, None
        self.document = ProjectDocument(
            project, self, analysed[1] if analysed is not None and analysed[0] is project else None,
            text_document)
        if project.folder.is_dir():
            self.document.take_remembered_state(read_state(project.folder))
        self.documentChanged.emit(self.document)
        if old is not None:
            old.deleteLater()
