"""The open project as the widgets see it: the text as a QTextDocument plus the manifest.

Every widget talks to this object, never to the others and never to the disk: the editor
shows ``text_document``; the side panel edits the manifest through the ``set_*`` methods;
the outline, preview and status bar listen to the signals and read the one analysis of the
text, ``analysis`` (sections, word counts), that the document keeps up to date. Saving goes
through ``core``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from retro_editor.core.analysis import TextAnalysis
from retro_editor.core.manifest import (
    ArticleGoals,
    ArticleMeta,
    Fact,
    Manifest,
    RelatedLink,
    SectionState,
)
from retro_editor.core.manifest_drafts import DraftProblem, draft_problems
from retro_editor.core.project import Project
from retro_editor.core.project_state import LinkRecord, ProjectState, ViewState
from retro_editor.core.publishing_settings import PublishingSettings
from retro_editor.ui.analysis import DocumentAnalysis
from retro_editor.ui.text_access import raw_text


class ProjectDocument(QObject):
    """Holds one open project; emits what changed so each view refreshes only that."""

    #: a part of the manifest changed: "article", "facts", "related", "sections", "export",
    #: "publishing" or "goals"
    manifestChanged = Signal(str)
    #: the unsaved-changes state flipped
    modifiedChanged = Signal(bool)
    #: the text was replaced wholesale (reload); views should rebuild, not patch
    textReplaced = Signal()
    #: the last link check's results changed (``link_records``)
    linkRecordsChanged = Signal()

    def __init__(self, project: Project, parent: QObject | None = None,
                 analysis: TextAnalysis | None = None,
                 text_document: QTextDocument | None = None) -> None:
        """``analysis``: the text's analysis if it is already made (see DocumentAnalysis).
        ``text_document``: the document holding the text already, adopted as it is (the
        editor showed it before the project was opened, see ``ui.first_text``): what was
        typed in it stays, unsaved, with its undo history."""
        super().__init__(parent)
        self._project = project
        #: where the editor's cursor is (a character offset), remembered in the project state
        self.cursor_position = 0
        #: the last check of each URL (Project → Check Links), kept in the project state
        self.link_records: dict[str, LinkRecord] = {}
        #: the window's view of the project (scroll, outline, side-panel tab), remembered too
        self.view = ViewState()
        #: words written per day (ISO date, net words) and per session, remembered too
        self.words_per_day: tuple[tuple[str, int], ...] = ()
        self.sessions: tuple[tuple[str, int], ...] = ()
        self._manifest_modified = not project.saved
        if text_document is None:
            text_document = QTextDocument(self)
            text_document.setDocumentLayout(QPlainTextDocumentLayout(text_document))
            text_document.setPlainText(project.text)
            text_document.setModified(False)
        else:
            text_document.setParent(self)
        self.text_document = text_document
        self.text_document.modificationChanged.connect(self._on_text_modification_changed)
        #: the text's sections, word counts and statistics, for every view
        self.analysis = DocumentAnalysis(self, initial=analysis)

    # --- reading -------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self._project

    @property
    def manifest(self) -> Manifest:
        return self._project.manifest

    def text(self) -> str:
        """The text exactly as typed (see :func:`retro_editor.ui.text_access.raw_text`)."""
        return raw_text(self.text_document)

    def is_modified(self) -> bool:
        return self._manifest_modified or self.text_document.isModified()

    def drafts(self) -> list[DraftProblem]:
        """The fields saved as drafts (typed values that are not valid yet), with reasons."""
        return draft_problems(self.manifest)

    def remembered_state(self) -> ProjectState:
        """What the project's state file keeps of this document."""
        return ProjectState(cursor_position=self.cursor_position, view=self.view,
                            words_per_day=self.words_per_day, sessions=self.sessions,
                            links=dict(self.link_records))

    def take_remembered_state(self, state: ProjectState) -> None:
        self.cursor_position = state.cursor_position
        self.view = state.view
        self.words_per_day = state.words_per_day
        self.sessions = state.sessions
        self.link_records = dict(state.links)

    # --- editing the manifest ------------------------------------------------------------
    def set_article(self, article: ArticleMeta) -> None:
        if article != self.manifest.article:
            self.manifest.article = article
            self._manifest_edited("article")

    def set_facts(self, facts: list[Fact]) -> None:
        if facts != self.manifest.facts:
            self.manifest.facts = list(facts)
            self._manifest_edited("facts")

    def set_related(self, related: list[RelatedLink]) -> None:
        if related != self.manifest.related:
            self.manifest.related = list(related)
            self._manifest_edited("related")

    def set_section_state(self, anchor: str, state: SectionState) -> None:
        if self.manifest.sections.get(anchor) != state:
            self.manifest.sections[anchor] = state
            self._manifest_edited("sections")

    def set_section_states(self, states: dict[str, SectionState]) -> None:
        if states != self.manifest.sections:
            self.manifest.sections = dict(states)
            self._manifest_edited("sections")

    def set_publishing(self, publishing: PublishingSettings) -> None:
        if publishing != self.manifest.publishing:
            self.manifest.publishing = publishing
            self._manifest_edited("publishing")

    def set_goals(self, goals: ArticleGoals) -> None:
        if goals != self.manifest.goals:
            self.manifest.goals = goals
            self._manifest_edited("goals")

    def set_theme(self, theme: str) -> None:
        if theme != self.manifest.export.theme:
            self.manifest.export.theme = theme
            self._manifest_edited("export")

    def set_spelling_languages(self, languages: list[str]) -> None:
        """The project's spell-check languages (empty: the article's language)."""
        if languages != self.manifest.spelling.languages:
            self.manifest.spelling = self.manifest.spelling.model_copy(
                update={"languages": list(languages)})
            self._manifest_edited("spelling")

    def remember_export_targets(self, targets: dict[str, dict[str, Any]]) -> None:
        """The last export choices, kept in the manifest *without* marking the project
        modified: they are the app's memory, not the writer's work, so an export never makes
        a saved project look unsaved. They are written with the next save (a project closed
        without one keeps the choices it had on disk)."""
        self.manifest.export.targets = dict(targets)

    def set_link_records(self, records: Mapping[str, LinkRecord], *,
                         replace: bool = False) -> None:
        """Adds (or with ``replace``, sets) link results; machine state, not an edit."""
        merged = dict(records) if replace else {**self.link_records, **records}
        if merged != self.link_records:
            self.link_records = merged
            self.linkRecordsChanged.emit()

    # --- saving and reloading ------------------------------------------------------------
    def sync_text_to_project(self) -> Project:
        """Copies the editor's text into the project, ready for ``core`` to save it."""
        self._project.text = self.text()
        return self._project

    def mark_saved(self) -> None:
        was = self.is_modified()
        self._project.saved = True
        self._manifest_modified = False
        self.text_document.setModified(False)
        if was:
            self.modifiedChanged.emit(False)

    def replace_project(self, project: Project) -> None:
        """Takes a project reloaded from disk (or restored) in place of the current one."""
        self._project = project
        self.text_document.setPlainText(project.text)
        self.text_document.setModified(False)
        self._manifest_modified = not project.saved
        self.textReplaced.emit()
        for part in ("article", "facts", "related", "sections", "export", "publishing",
                     "goals"):
            self.manifestChanged.emit(part)
        self.modifiedChanged.emit(self.is_modified())

    # --- internals -----------------------------------------------------------------------
    def _manifest_edited(self, part: str) -> None:
        was = self.is_modified()
        self._manifest_modified = True
        self.manifestChanged.emit(part)
        if not was:
            self.modifiedChanged.emit(True)

    def _on_text_modification_changed(self, modified: bool) -> None:
        if not self._manifest_modified:
            self.modifiedChanged.emit(modified)
