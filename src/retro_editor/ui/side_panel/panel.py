"""The side panel: the Article, Facts, Related, Section, Links and Search tabs over one
ProjectDocument."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QTabWidget, QWidget

from retro_editor.core.spelling import SpellChecker
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.editor.spell_marks import SpellMarks
from retro_editor.ui.prompts import Prompts
from retro_editor.ui.side_panel.article_tab import ArticleTab
from retro_editor.ui.side_panel.facts_tab import FactsTab
from retro_editor.ui.side_panel.links_tab import LinksTab
from retro_editor.ui.side_panel.related_tab import RelatedTab
from retro_editor.ui.side_panel.search_tab import SearchSocialTab
from retro_editor.ui.side_panel.section_tab import SectionTab
from retro_editor.ui.tasks import TaskRunner


class SidePanel(QTabWidget):
    """The five tabs. The window gives it the document, the asset importer and the URL opener,
    forwards the section under the cursor, and asks :meth:`flush` / :meth:`problems` on save."""

    #: every problem that keeps something typed out of the manifest, prefixed by its tab
    #: ("Related: row 3 URL must be an http or https URL"); [] when there are none
    problemsChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None, document: ProjectDocument | None = None,
                 prompts: Prompts | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Side panel"))
        self.setDocumentMode(True)
        self.article_tab = ArticleTab(parent=self, prompts=prompts)
        self.facts_tab = FactsTab(parent=self)
        self.related_tab = RelatedTab(parent=self)
        self.section_tab = SectionTab(parent=self)
        self.links_tab = LinksTab(parent=self)
        self.search_tab = SearchSocialTab(parent=self)
        self._names = {self.article_tab: self.tr("Article"), self.facts_tab: self.tr("Facts"),
                       self.related_tab: self.tr("Related"), self.section_tab: self.tr("Section"),
                       self.links_tab: self.tr("Links"), self.search_tab: self.tr("Search")}
        for key, widget in zip(("article", "facts", "related", "section", "links", "search"),
                               self._tabs(),
                               strict=True):
            widget.setObjectName(f"{key}Tab")
        for tab, name in self._names.items():
            self.addTab(tab, name)
            self.setTabToolTip(self.indexOf(tab), name.replace("&&", "&"))
        self.search_tab.fieldRequested.connect(self.show_field)
        self._problems: list[str] = []
        for tab in (self.article_tab, self.facts_tab, self.related_tab):
            tab.problemsChanged.connect(self._on_problems_changed)
        self.links_tab.relatedRowActivated.connect(self.show_related_row)
        self.set_document(document)

    # --- what the window calls -----------------------------------------------------------
    def set_document(self, document: ProjectDocument | None) -> None:
        """Shows a new project's document (pending edits go to the previous one first)."""
        for tab in self._tabs():
            tab.set_document(document)
        self._on_problems_changed()

    @property
    def spell_marks(self) -> SpellMarks:
        """The spell check of the prose fields: its ``wordAccepted`` and ``notice`` signals."""
        return self.article_tab.spell_marks

    def set_spell_checker(self, checker: SpellChecker | None, can_add: bool = True) -> None:
        """Checks the prose fields (title, subtitle, summary) with ``checker`` (None: no marks);
        ``can_add``: words may be added to the project dictionary."""
        self.article_tab.set_spell_checker(checker, can_add)

    def recheck_spelling(self, _word: str = "") -> None:
        """Checks the prose fields again (a word was accepted in the editor)."""
        self.article_tab.recheck_spelling()

    def set_asset_importer(self, importer: Callable[[str], str] | None) -> None:
        """``importer(path) -> "assets/NAME"`` copies a chosen cover image into the project."""
        self.article_tab.set_asset_importer(importer)

    def set_url_opener(self, opener: Callable[[QUrl], object]) -> None:
        """Replaces ``QDesktopServices.openUrl`` for the Related tab's "Open in Browser"."""
        self.related_tab.set_url_opener(opener)

    def set_page_reader(self, tasks: TaskRunner | None) -> None:
        """The runner on which the Related tab reads a pasted URL's page and the Links tab
        asks the web archive to keep a copy (None: they do not)."""
        self.related_tab.set_page_reader(tasks)
        self.links_tab.set_archive_saver(tasks)

    def show_related_row(self, row: int) -> None:
        self.setCurrentWidget(self.related_tab)
        self.related_tab.select_row(row)

    def show_links(self) -> None:
        """Shows the Links tab (the last link check's report)."""
        self.setCurrentWidget(self.links_tab)

    def set_task_runner(self, tasks: TaskRunner | None) -> None:
        """The runner on which the Search & Social tab checks the article text."""
        self.search_tab.set_task_runner(tasks)

    def show_field(self, field: str) -> None:
        """Shows the Article tab with ``field`` (``article.summary``) focused, if it has one."""
        self.setCurrentWidget(self.article_tab)
        self.article_tab.focus_field(field.removeprefix("article."))

    def show_section(self, anchor: str | None, title: str, words: int, level: int = 0) -> None:
        """The section under the editor's cursor (from ``core.outline``); None: no section."""
        self.section_tab.show_section(anchor, title, words, level)

    def current_tab_name(self) -> str:
        """The shown tab's name ("article", "facts", "related", "section")."""
        return self.currentWidget().objectName().removesuffix("Tab")

    def show_tab(self, name: str) -> None:
        """Shows the tab ``name`` (as :meth:`current_tab_name` gives it); another name: none."""
        tab = self.findChild(QWidget, f"{name}Tab") if name else None
        if tab is not None and self.indexOf(tab) >= 0:
            self.setCurrentWidget(tab)

    def flush(self) -> None:
        """Applies whatever is being typed in any tab to the document (call before saving)."""
        for tab in self._tabs():
            tab.flush()

    def has_problems(self) -> bool:
        return bool(self._problems)

    def problems(self) -> list[str]:
        """What would not be saved because it is invalid (the window warns on save)."""
        return list(self._problems)

    # --- internals -----------------------------------------------------------------------
    def _tabs(self) -> tuple[ArticleTab, FactsTab, RelatedTab, SectionTab, LinksTab,
                             SearchSocialTab]:
        return (self.article_tab, self.facts_tab, self.related_tab, self.section_tab,
                self.links_tab, self.search_tab)

    def _on_problems_changed(self, *_args: object) -> None:
        problems: list[str] = []
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for tab in (self.article_tab, self.facts_tab, self.related_tab):
            found = tab.problems()
            name = self._names[tab]
            index = self.indexOf(tab)
            self.setTabIcon(index, warning if found else QIcon())
            self.setTabToolTip(index, "\n".join([name, *found]))
            problems.extend(self.tr("{tab}: {problem}").format(tab=name, problem=text) for text in found)
        if problems != self._problems:
            self._problems = problems
            self.problemsChanged.emit(list(problems))
