"""Connects the panes to the open project and to each other.

Panes never know about one another: the editor's cursor and scroll drive the outline, the
preview, the side panel's Section tab and the status bar through this object.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QTimer
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from retro_editor.core.assets import add_asset, import_image_file
from retro_editor.core.spelling import SpellCheckSetup, spelling_languages
from retro_editor.ui.action_ids import Access
from retro_editor.ui.actions import apply_enabled
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.editor.view_position import place_cursor
from retro_editor.ui.goals import Progress, status_text
from retro_editor.ui.paste_progress import PasteProgress
from retro_editor.ui.spell_loading import SpellCheckerLoader
from retro_editor.ui.translate import translator
from retro_editor.ui.view_memory import ViewMemory

if TYPE_CHECKING:
    from retro_editor.ui.window_parts import PaneParts


NOTICE_MS = 15_000


tr = translator("PaneWiring")


class PaneWiring(QObject):
    """``parts`` is what it connects (``window_parts.PaneParts``); it keeps them as ``w``."""

    def __init__(self, parts: PaneParts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.w = parts
        self.document: ProjectDocument | None = None
        self._empty = QTextDocument(self)
        self._empty.setDocumentLayout(QPlainTextDocumentLayout(self._empty))
        self._cursor_line = 0
        w = parts
        w.editor.cursorLineChanged.connect(self._on_cursor_line)
        w.editor.scrolledToLine.connect(self._on_scrolled)
        w.editor.imageImportFailed.connect(self._on_image_failed)
        w.status.insertPermanentWidget(0, PasteProgress(w.editor.paste_conversion, w.status))
        w.editor.paste_conversion.notice.connect(
            lambda text: w.statusBar().showMessage(text, NOTICE_MS))
        w.editor.set_image_importer(self.import_image)
        w.outline.sectionActivated.connect(self.go_to_line)
        w.side_panel.search_tab.lineRequested.connect(self.go_to_line)
        w.side_panel.links_tab.articleLinkActivated.connect(self.select_text)
        w.side_panel.set_asset_importer(self.import_image_file)
        w.controller.before_save.append(w.side_panel.flush)
        w.controller.notice.connect(lambda text: w.statusBar().showMessage(text, NOTICE_MS))
        w.editor.cursorPositionChanged.connect(self._remember_cursor)
        for marks in (w.editor.spell_marks, w.side_panel.spell_marks):
            marks.notice.connect(lambda text: w.statusBar().showMessage(text, NOTICE_MS))
        w.editor.spell_marks.wordAccepted.connect(w.side_panel.recheck_spelling)
        w.side_panel.spell_marks.wordAccepted.connect(w.editor.recheck_word)
        w.autosave.notice.connect(lambda text: w.statusBar().showMessage(text, NOTICE_MS))
        w.autosave.problemChanged.connect(w.status.show_autosave_problem)
        w.goal_tracker.changed.connect(self._show_progress)
        w.goal_tracker.notice.connect(lambda text: w.statusBar().showMessage(text, NOTICE_MS))
        self._spelling: tuple[list[str], bool] | None = None
        self.view_memory = ViewMemory(parts, self)
        self._spell_loader = SpellCheckerLoader(self)
        #: the preview gets a new document on the next event-loop turn (its page, renderer
        #: and the first render cost ~0.1 s the writer need not wait for to start typing)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(lambda: self.w.preview.set_document(self.document))

    def preview_replaced(self) -> None:
        """The window put its live preview in: it shows the open document."""
        if self.document is not None:
            self._preview_timer.start()

    # --- the open project ----------------------------------------------------------------------
    def set_document(self, document: ProjectDocument | None) -> None:
        remembered = document.cursor_position if document is not None else 0
        self.document = document
        w = self.w
        access = Access.of(document is not None, w.controller.read_only)
        self.apply_access(access)
        if document is None:
            self._preview_timer.stop()
            w.editor.setDocument(self._empty)
            w.outline.set_document(None)
            w.preview.set_document(None)
            w.side_panel.set_document(None)
            w.status.set_analysis(None)
            self.view_memory.restore(None)
            self._spelling = None
            w.editor.set_spell_checker(None)
            w.side_panel.set_spell_checker(None)
            return
        self._spelling = None
        self._update_spelling(document, access is Access.READ_WRITE)
        #: the editor shows the text already when the project adopted the first stage's text
        #: document (``first_text``): the writer's cursor and scroll then stay as they are
        shown = w.editor.document() is document.text_document
        if not shown:
            w.editor.setDocument(document.text_document)
        document.manifestChanged.connect(
            lambda _part: self._update_spelling(document, access is Access.READ_WRITE))
        w.outline.set_document(document, read_only=access is Access.READ_ONLY)
        self._preview_timer.start()  # once the editor has painted the text: it is typed in first
        w.side_panel.set_document(document)
        w.status.set_analysis(document.analysis)
        document.analysis.changed.connect(lambda _analysis: self._on_cursor_line(self._cursor_line))
        w.status.show_saved(document.is_modified())
        w.status.show_drafts(len(document.drafts()))
        document.manifestChanged.connect(lambda _part: w.status.show_drafts(len(document.drafts())))
        document.modifiedChanged.connect(w.status.show_saved)
        document.modifiedChanged.connect(lambda _modified: w.update_title())
        document.manifestChanged.connect(lambda _part: w.update_title())
        self._cursor_line = 0
        document.cursor_position = (w.editor.textCursor().position() if shown
                                    else place_cursor(w.editor, remembered))
        self.view_memory.restore(document, scroll=not shown)
        w.editor.setFocus()

    def _show_progress(self, progress: Progress | None) -> None:
        self.w.goal_bar.show_progress(progress)
        self.w.status.show_progress(status_text(progress) if progress is not None else "")

    def _update_spelling(self, document: ProjectDocument, writable: bool) -> None:
        """Opens the spell check for the project's languages (again when they changed), on a
        worker thread; what is missing (Enchant, a dictionary) is a one-line notice in the
        status bar."""
        if document is not self.document:
            return
        manifest = document.manifest
        languages = spelling_languages(manifest.spelling.languages, manifest.article.language)
        if self._spelling == (languages, writable):
            return
        wanted = self._spelling = (languages, writable)
        self._spell_loader.load(languages, document.project.folder,
                                lambda setup: self._spelling_ready(document, wanted, setup))

    def _spelling_ready(self, document: ProjectDocument, wanted: tuple[list[str], bool],
                        setup: SpellCheckSetup) -> None:
        """The checker built off the GUI thread, for the document still open as asked."""
        if document is not self.document or self._spelling != wanted:
            return
        self.w.editor.set_spell_checker(setup.checker, can_add=wanted[1])
        self.w.side_panel.set_spell_checker(setup.checker, can_add=wanted[1])
        notice = setup.describe(lambda text: QCoreApplication.translate("SpellCheck", text))
        if notice:
            self.w.statusBar().showMessage(notice, NOTICE_MS)


    def _remember_cursor(self) -> None:
        if self.document is not None:
            self.document.cursor_position = self.w.editor.textCursor().position()

    def apply_access(self, access: Access) -> None:
        """The one place the window is switched between no project, a writable project and a
        read-only one: the actions follow ``enabled_actions``; the editor takes no edits and
        the side panel is off when read-only (the outline is told in ``set_document``)."""
        w = self.w
        apply_enabled(w.action_map, access)
        has_doc = access is not Access.NO_DOCUMENT
        w.editor.setEnabled(has_doc)
        w.editor.setReadOnly(access is Access.READ_ONLY)
        w.outline.setEnabled(has_doc)
        w.side_panel.setEnabled(access is Access.READ_WRITE)

    # --- following the cursor ------------------------------------------------------------------
    def _on_cursor_line(self, line: int) -> None:
        self._cursor_line = line
        if self.document is None:
            return
        self.w.outline.highlight_line(line)
        if not self.w.preview.isHidden():
            self.w.preview.show_line(line)
        section = self.document.analysis.current().section_at(line)
        if section is None:
            self.w.side_panel.show_section(None, "", 0)
            self.w.status.show_section("")
        else:
            self.w.side_panel.show_section(section.anchor, section.title, section.words,
                                           section.level)
            self.w.status.show_section(section.title)

    def _on_scrolled(self, line: int) -> None:
        if self.document is not None and not self.w.preview.isHidden():
            editor = self.w.editor
            self.w.preview.follow_line(
                line, editor.cursor_line() if editor.cursor_in_view() else None)

    def go_to_line(self, line: int) -> None:
        self.w.editor.go_to_line(line)
        self.w.editor.setFocus()
        if not self.w.preview.isHidden():
            self.w.preview.follow_line(line, line)

    def select_text(self, start: int, end: int) -> None:
        """Selects the text between two positions in the editor (a link of the Links tab)."""
        cursor = QTextCursor(self.w.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.w.editor.setTextCursor(cursor)
        self.w.editor.centerCursor()
        self.w.editor.setFocus()

    # --- images --------------------------------------------------------------------------------
    def _assets_dir(self) -> Path:
        assert self.document is not None
        return self.document.project.assets_dir

    def import_image_file(self, source: Path | str) -> str:
        return import_image_file(self._assets_dir(), Path(source))

    def import_image(self, source: Path | QImage) -> str:
        """Copies a dropped file or a pasted image into assets/; returns the link target."""
        if isinstance(source, QImage):
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if not source.save(buffer, b"PNG"):
                raise ValueError(tr("The pasted image could not be converted to PNG."))
            return add_asset(self._assets_dir(), "pasted-image.png", bytes(data.data()))
        return self.import_image_file(source)

    def _on_image_failed(self, message: str) -> None:
        self.w.prompts.show_error(tr("The image was not added"), message)

