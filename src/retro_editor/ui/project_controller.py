"""Opening, saving, copying and closing the project, with the writer's questions and errors.

The window owns one controller. It asks ``core`` for every file operation and turns each
``ProjectError`` into a dialog that names the file and the reason; nothing is lost on failure
(the document stays marked modified).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project, new_project, open_project, save_project
from retro_editor.core.project_copy import copy_project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.prompts import CloseAnswer, Prompts
from retro_editor.ui.settings import Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("ProjectController", text)


class ProjectController(QObject):
    #: a new ProjectDocument is open (or None after closing)
    documentChanged = Signal(object)
    #: a project was saved (status bar, recovery and backups listen)
    saved = Signal()

    def __init__(self, prompts: Prompts, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self._settings = settings
        self.document: ProjectDocument | None = None
        self.before_save = []  # callables run before saving (e.g. side panel commits edits)
        self.problem_sources = []  # callables listing input that a save would leave out

    # --- opening -------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Opens a project folder, .retro or .md file; False if cancelled or it failed."""
        if not self.close_project():
            return False
        try:
            project = open_project(Path(path))
        except ProjectError as exc:
            self._prompts.show_error(tr("Cannot open the project"), str(exc))
            return False
        except OSError as exc:
            self._prompts.show_error(tr("Cannot open the project"),
                                     f"{exc.filename or path}: {exc.strerror or exc}")
            return False
        self._take(project)
        if project.saved:
            self._settings.add_recent_project(str(project.folder))
        return True

    def create_project(self, folder: Path, title: str) -> bool:
        if not self.close_project():
            return False
        try:
            project = new_project(Path(folder), title)
        except ProjectError as exc:
            self._prompts.show_error(tr("Cannot create the project"), str(exc))
            return False
        self._take(project)
        self._settings.add_recent_project(str(project.folder))
        return True

    # --- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        if self.document is None:
            return False
        if not self._prepare_save():
            return False
        project = self.document.sync_text_to_project()
        try:
            save_project(project)
        except ProjectError as exc:
            self._prompts.show_error(
                tr("The project was not saved"), str(exc),
                tr("Your changes are still here, unsaved. Fix the problem and save again, "
                   "or use File → Save As to save a copy somewhere else."))
            return False
        self.document.mark_saved()
        self._settings.add_recent_project(str(project.folder))
        self.saved.emit()
        return True

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
            self._prompts.show_error(tr("The project was not saved"), str(exc))
            return False
        self._take(copied)
        self._settings.add_recent_project(str(copied.folder))
        self.saved.emit()
        return True

    # --- closing -------------------------------------------------------------------------
    def close_project(self) -> bool:
        """Closes the open project, asking first if it has unsaved changes. False = cancelled."""
        if self.document is None:
            return True
        if self.document.is_modified():
            answer = self._prompts.ask_save_changes(self.display_name())
            if answer is CloseAnswer.CANCEL:
                return False
            if answer is CloseAnswer.SAVE and not self.save():
                return False
        old = self.document
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
        """Commits pending edits; if some input is invalid, the writer decides whether to save."""
        for hook in self.before_save:
            hook()
        problems = [p for source in self.problem_sources for p in source()]
        return not problems or self._prompts.confirm_save_with_problems(problems)

    def _take(self, project: Project) -> None:
        old = self.document
        self.document = ProjectDocument(project, self)
        self.documentChanged.emit(self.document)
        if old is not None:
            old.deleteLater()
