"""MarkdownEditor: the plain-text editor showing ProjectDocument.text_document."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import overload

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from retro_editor.core.spelling import SpellChecker
from retro_editor.ui.editor import image_drop, list_editing, paste
from retro_editor.ui.editor.actions import editor_actions
from retro_editor.ui.editor.chunked_edit import CHUNK_CHARS, ChunkedInsert
from retro_editor.ui.editor.highlighter import MarkdownHighlighter, mix_colors
from retro_editor.ui.editor.line_spacing import (
    SpacedLayout,
    fitting_layout,
    give_fitting_layout,
    has_fitting_layout,
)
from retro_editor.ui.editor.paste_conversion import PasteConversion
from retro_editor.ui.editor.read_only import can_edit
from retro_editor.ui.editor.spell_marks import SpellMarks, text_edit_menu
from retro_editor.ui.text_access import python_index, selected_text, utf16_length

#: the readable text column, in average character widths
COLUMN_CHARS = 80
#: Qt's default document margin, in pixels
DEFAULT_TEXT_MARGIN = 4
DEFAULT_POINT_SIZE = 12.0
ZOOM_STEP = 1.0
MIN_POINT_SIZE, MAX_POINT_SIZE = 6.0, 48.0
TAB_WIDTH = 4
#: blocks above and below the visible ones that are highlighted with them
LAZY_MARGIN = 30

#: comfortable writing fonts, best first; the first installed one is used
WRITING_FONTS = ("Charter", "Iowan Old Style", "Literata", "Source Serif 4",
                 "Source Serif Pro", "Georgia", "Noto Serif", "DejaVu Serif")


class _DocumentLines(Sequence[str]):
    """The document's blocks as a read-only sequence of line strings."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document

    def __len__(self) -> int:
        return self._document.blockCount()

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):  # Sequence protocol; list editing only reads ints
            return [self[number] for number in range(*index.indices(len(self)))]
        return self._document.findBlockByNumber(index).text()


def writing_font(kind: str = "comfortable", point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """The default font for ``kind``: "comfortable" (a reading face) or "monospace"."""
    if kind == "monospace":
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    else:
        installed = set(QFontDatabase.families())
        family = next((name for name in WRITING_FONTS if name in installed), "")
        font = QFont(family) if family else QFont()
        font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


class MarkdownEditor(QPlainTextEdit):
    """The Markdown editor: highlighting, list editing, readable width, zoom, images."""

    #: block number of the cursor, emitted only when it changes
    cursorLineChanged = Signal(int)
    #: first visible block number, emitted when scrolling changes it
    scrolledToLine = Signal(int)
    #: zoom in percent of the base font size
    zoomChanged = Signal(int)
    #: an image could not be imported; the argument is the importer's message
    imageImportFailed = Signal(str)
    #: another QTextDocument is shown (``setDocument``)
    documentReplaced = Signal()

    def __init__(self, parent: QWidget | None = None,
                 document: QTextDocument | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownEditor")
        self.setAccessibleName(self.tr("Markdown editor"))
        self.setAccessibleDescription(self.tr("The article text in Markdown"))
        self._base_font = writing_font()
        self._zoom_points = 0.0
        self._last_line = -1
        self._last_top = -1
        self._image_importer: image_drop.ImageImporter | None = None
        self._highlight_line = True
        self._line_selection: list[QTextEdit.ExtraSelection] = []
        self._search_selection: list[QTextEdit.ExtraSelection] = []
        self._focus_selection: list[QTextEdit.ExtraSelection] = []
        self._column_chars = COLUMN_CHARS
        self._line_spacing = 100
        self._text_margin = DEFAULT_TEXT_MARGIN
        self._highlighter = MarkdownHighlighter(self, self.palette())
        self.spell_marks = SpellMarks(self)
        self.spell_marks.wordAccepted.connect(self._highlighter.recheck_word)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._apply_font()
        self.setDocument(document if document is not None else QTextDocument(self))
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._actions = editor_actions(self)
        self.addActions(self._actions)
        #: pastes whose HTML is too large to convert on the GUI thread
        self.paste_conversion = PasteConversion(self)
        self.documentReplaced.connect(self.paste_conversion.cancel)

    # --- document --------------------------------------------------------------------------
    def setDocument(self, document: QTextDocument) -> None:  # noqa: N802 (Qt API)
        """Shows ``document`` (e.g. ProjectDocument.text_document), re-attaching highlighting."""
        if not has_fitting_layout(document, self._line_spacing):
            document.setDocumentLayout(fitting_layout(document, self._line_spacing))
        layout = document.documentLayout()
        if isinstance(layout, SpacedLayout):  # shown before, maybe at another spacing
            layout.set_spacing_percent(self._line_spacing)
        document.setDocumentMargin(self._text_margin)
        self._search_selection = []  # their cursors belong to the old document,
        self._line_selection = []  # which Qt may delete in setDocument
        self._focus_selection = []
        self.setExtraSelections([])
        super().setDocument(document)
        self._attach(document)
        self.documentReplaced.emit()

    def _attach(self, document: QTextDocument) -> None:
        document.setDefaultFont(self.font())
        self._update_lazy_window()
        self._highlighter.setDocument(document)
        self._last_line = -1
        self._last_top = -1
        self._on_cursor_moved()

    def highlighter(self) -> MarkdownHighlighter:
        return self._highlighter

    def formatting_actions(self) -> list[QAction]:
        """The Format actions (bold, italic, code, strikethrough, link, headings)."""
        return list(self._actions)

    # --- fonts, width, zoom ----------------------------------------------------------------
    def set_base_font(self, font: QFont) -> None:
        """The writer's font at 100 % zoom (the settings dialog's choice)."""
        self._base_font = QFont(font)
        self._apply_font()

    def set_font_choice(self, kind: str, point_size: float = DEFAULT_POINT_SIZE) -> None:
        """"comfortable" or "monospace" default fonts."""
        self.set_base_font(writing_font(kind, point_size))

    def zoom_percent(self) -> int:
        base = self._base_font.pointSizeF()
        return round(100 * (base + self._zoom_points) / base) if base > 0 else 100

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom_points + ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom_points - ZOOM_STEP)

    def zoom_reset(self) -> None:
        self._set_zoom(0.0)

    def set_zoom_percent(self, percent: int) -> None:
        """Restores a zoom saved as ``zoom_percent()``."""
        self._set_zoom(self._base_font.pointSizeF() * (percent - 100) / 100)

    def _set_zoom(self, points: float) -> None:
        base = self._base_font.pointSizeF()
        if base <= 0:
            return
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, base + points))
        if size - base == self._zoom_points:
            return
        self._zoom_points = size - base
        self._apply_font()
        self.zoomChanged.emit(self.zoom_percent())

    def _apply_font(self) -> None:
        font = QFont(self._base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() + self._zoom_points)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * TAB_WIDTH)
        self._highlighter.refresh_headings()
        self._update_margins()

    def set_line_width(self, chars: int) -> None:
        """The readable column's width in average characters (the settings dialog's choice)."""
        self._column_chars = chars
        self._update_margins()

    def set_line_spacing(self, percent: int) -> None:
        """Line height in percent of the font's (the settings dialog's choice)."""
        self._line_spacing = percent
        layout = self.document().documentLayout()
        if not has_fitting_layout(self.document(), percent):
            give_fitting_layout(self, percent)
            self._refresh_extra_selections()
        elif isinstance(layout, SpacedLayout):
            layout.set_spacing_percent(percent)
        self.viewport().update()

    def line_spacing(self) -> int:
        return self._line_spacing

    def set_text_margin(self, pixels: int) -> None:
        """Space between the text and its column's edges (the settings dialog's choice)."""
        self._text_margin = pixels
        self.document().setDocumentMargin(pixels)
        self._update_margins()

    def line_width(self) -> int:
        return self._column_chars

    def column_width(self) -> int:
        """Pixel width of the readable text column."""
        margin = 2 * self.document().documentMargin()
        return int(self.fontMetrics().averageCharWidth() * self._column_chars + margin)

    def _update_margins(self) -> None:
        available = self.contentsRect().width()
        scrollbar = self.verticalScrollBar()
        if scrollbar.isVisible():
            available -= scrollbar.width()
        side = max(0, (available - self.column_width()) // 2)
        margins = self.viewportMargins()
        if margins.left() != side or margins.right() != side:
            self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._update_margins()
        self._highlighter.highlight_now(*self._update_lazy_window())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_margins()
        elif event.type() == QEvent.Type.PaletteChange:
            self._highlighter.set_palette(self.palette())
            self._refresh_extra_selections()

    # --- spell check -----------------------------------------------------------------------
    def set_spell_checker(self, checker: SpellChecker | None, *, can_add: bool = True,
                          recheck: bool = True) -> None:
        """Checks the text with ``checker`` from now on (None: no marks); ``can_add`` says
        whether words may be added to the project dictionary (not in a read-only project).
        ``recheck=False`` leaves the shown text as it is: for a checker set just before
        ``setDocument``, which highlights the new document anyway."""
        self.spell_marks.checker = checker
        self.spell_marks.can_add = can_add
        self._highlighter.spell_marks = self.spell_marks if checker is not None else None
        if not recheck:
            return
        self._highlighter.rehighlight_lazily()
        self._highlighter.highlight_now(*self._update_lazy_window())

    def recheck_word(self, word: str) -> None:
        """Checks again the lines holding ``word`` (accepted elsewhere, e.g. in a side panel
        field)."""
        self._highlighter.recheck_word(word)

    def context_menu_at(self, point: QPoint) -> QMenu:
        """The context menu for ``point`` (viewport coordinates): the standard one, with
        spelling suggestions first when a misspelt word is there."""
        return text_edit_menu(self, self.spell_marks, point)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # --- lines and scrolling ---------------------------------------------------------------
    def cursor_line(self) -> int:
        return self.textCursor().blockNumber()

    def first_visible_line(self) -> int:
        return self.firstVisibleBlock().blockNumber()

    def cursor_in_view(self) -> bool:
        """True if the text cursor is inside the visible part of the text."""
        return self.viewport().rect().intersects(self.cursorRect())

    def go_to_line(self, line: int) -> None:
        """Moves the cursor to the start of ``line`` and scrolls it to the top (to the middle
        with typewriter scrolling, which centres on scroll)."""
        doc = self.document()
        block = doc.findBlockByNumber(max(0, min(line, doc.blockCount() - 1)))
        self.setTextCursor(QTextCursor(block))
        if self.centerOnScroll():
            self.centerCursor()
            return
        scrollbar = self.verticalScrollBar()
        scrollbar.setValue(min(scrollbar.maximum(), block.firstLineNumber()))
        self.ensureCursorVisible()

    def _on_cursor_moved(self) -> None:
        line = self.textCursor().blockNumber()
        if line != self._last_line:
            self._last_line = line
            self.cursorLineChanged.emit(line)
        self._refresh_extra_selections()

    def _visible_window(self, margin: int = LAZY_MARGIN) -> tuple[int, int]:
        """The visible blocks with a margin of ``margin`` blocks on each side."""
        first = self.first_visible_line()
        lines = self.viewport().height() // max(1, self.fontMetrics().lineSpacing())
        return max(0, first - margin), first + lines + margin

    def _update_lazy_window(self) -> tuple[int, int]:
        """Tells the highlighter which blocks are (about to be) visible: those go first."""
        window = self._visible_window()
        self._highlighter.set_lazy_window(*window)
        return window

    def _on_scrolled(self) -> None:
        self._update_lazy_window()  # the margin around the view is formatted in the background
        self._highlighter.highlight_now(*self._visible_window(margin=1))
        if self._search_selection:
            self._refresh_extra_selections()  # the matches scrolled into view
        top = self.first_visible_line()
        if top != self._last_top:
            self._last_top = top
            self.scrolledToLine.emit(top)

    # --- extra selections ------------------------------------------------------------------
    def set_highlight_current_line(self, enabled: bool) -> None:
        self._highlight_line = enabled
        self._refresh_extra_selections()

    def set_search_highlights(self, ranges: Sequence[tuple[int, int]]) -> None:
        """Marks search matches (document positions) in the text; [] clears them."""
        color = mix_colors(self.palette().color(QPalette.ColorRole.Base),
                     self.palette().color(QPalette.ColorRole.Highlight), 0.35)
        selections = []
        for start, end in ranges:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(color)
            selections.append(selection)
        self._search_selection = selections
        self._refresh_extra_selections()

    def set_focus_selections(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Focus mode's dimming (``focus_mode``), drawn under the search matches."""
        self._focus_selection = selections
        self.setExtraSelections(self._focus_selection + self._line_selection
                                + self._visible_search_selection())

    def _visible_search_selection(self) -> list[QTextEdit.ExtraSelection]:
        """The search matches in and around the visible text: Qt lays out every block an
        extra selection touches, so 2,000 matches over a long article cost 30 ms or more
        per cursor move, and each one dropped costs Qt a repaint rectangle when the marks
        change; the others are given when scrolled to (no margin is needed)."""
        if not self._search_selection:
            return []
        doc = self.document()
        first, last = self._visible_window(margin=1)
        low = doc.findBlockByNumber(first).position()
        last_block = doc.findBlockByNumber(min(last, doc.blockCount() - 1))
        high = last_block.position() + last_block.length()
        marks = self._search_selection  # in text order, which edits keep

        def start(selection: QTextEdit.ExtraSelection) -> int:
            return selection.cursor.selectionStart()

        return marks[bisect_left(marks, low, key=start):bisect_right(marks, high, key=start)]

    def _refresh_extra_selections(self) -> None:
        line = []
        if self._highlight_line:
            palette = self.palette()
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(mix_colors(
                palette.color(QPalette.ColorRole.Base),
                palette.color(QPalette.ColorRole.Highlight), 0.08)))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = self.textCursor()
            selection.cursor.clearSelection()
            line.append(selection)
        self._line_selection = line
        self.setExtraSelections(self._focus_selection + line + self._visible_search_selection())

    # --- keys: lists, quotes, indentation --------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not can_edit(self):  # Qt's own handling lets a read-only editor move and copy
            super().keyPressEvent(event)
            return
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers == Qt.KeyboardModifier.NoModifier and self._continue_block():
                return
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
                self.ensureCursorVisible()
                return
        elif key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
            self._indent(forward=True)
            return
        elif key == Qt.Key.Key_Backtab:
            self._indent(forward=False)
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt override)
        if can_edit(self):
            super().inputMethodEvent(event)
        else:
            event.ignore()

    def undo(self) -> None:
        if can_edit(self):
            super().undo()

    def redo(self) -> None:
        if can_edit(self):
            super().redo()

    def _continue_block(self) -> bool:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        text = cursor.block().text()
        edit = list_editing.on_enter(text, python_index(text, cursor.positionInBlock()))
        if edit is None:
            return False
        base = cursor.block().position()
        cursor.beginEditBlock()
        cursor.setPosition(base + utf16_length(text[: edit.start]))
        cursor.setPosition(base + utf16_length(text[: edit.end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _indent(self, forward: bool) -> None:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        if (cursor.hasSelection() and last != first
                and cursor.selectionEnd() == last.position()):
            last = last.previous()
        lines = _DocumentLines(doc)
        prefix = list_editing.parse_prefix(first.text())
        if first == last and (prefix is None or not prefix.is_list):
            if forward:
                column = cursor.positionInBlock() if not cursor.hasSelection() else \
                    cursor.selectionStart() - first.position()
                cursor.insertText(" " * (TAB_WIDTH - column % TAB_WIDTH))
                self.setTextCursor(cursor)
            return
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        block = first
        while block.isValid():
            text = block.text()
            changer = list_editing.indent_item if forward else list_editing.outdent_item
            edits = changer(lines, block.blockNumber())
            if edits is None:
                edits = (list_editing.indent_plain(text, TAB_WIDTH) if forward
                         else list_editing.outdent_plain(text, TAB_WIDTH))
            for change in edits:
                edit.setPosition(block.position() + change.start)
                edit.setPosition(block.position() + change.end, QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(change.text)
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()

    # --- images and paste ------------------------------------------------------------------
    def set_image_importer(self, importer: image_drop.ImageImporter | None) -> None:
        """``importer(source: Path | QImage) -> "assets/NAME"``; raises with a message."""
        self._image_importer = importer

    def insert_image_file(self, path: image_drop.ImageSource) -> None:
        """Insert → Image: imports the file and links it at the cursor (one undo step)."""
        if self._image_importer is None or not can_edit(self):
            return
        for message in image_drop.insert_images(self.textCursor(), [path], self._image_importer):
            self.imageImportFailed.emit(message)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        if not can_edit(self):
            return False
        if self._image_importer is not None and image_drop.has_images(source):
            return True
        return super().canInsertFromMimeData(source)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt override)
        """Copy gives the Markdown source as plain text only: Qt's default HTML of it would
        come back from Paste escaped as converted HTML."""
        data = QMimeData()
        data.setText(selected_text(self.textCursor()))
        return data

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        """Paste and drop: image files and bitmaps are imported and linked, HTML (a web page,
        Word, LibreOffice) comes in as Markdown, anything else as plain text; nothing at all
        when the editor is read-only (Qt's paste() does not check)."""
        if not can_edit(self):
            return
        if paste.converts_later(source) and not image_drop.image_files(source):
            self.paste_conversion.convert(source.html(), source.text(), self.textCursor())
            return
        markdown = paste.markdown_of(source)
        prefer_html = markdown is not None and not image_drop.image_files(source)
        if self._image_importer is not None and not prefer_html:
            refused = image_drop.refused_images(source)
            for message in refused:
                self.imageImportFailed.emit(message)
            sources = image_drop.image_sources(source)
            if refused and not sources:
                return
            if sources:
                cursor = self.textCursor()
                for message in image_drop.insert_images(cursor, sources, self._image_importer):
                    self.imageImportFailed.emit(message)
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return
        if markdown is not None:
            self._insert_pasted(markdown)
            self.paste_conversion.tell_web_images(markdown)
            return
        if source.hasText():
            self._insert_pasted(source.text())
            return
        if not image_drop.has_images(source):
            super().insertFromMimeData(source)

    def paste_plain_text(self) -> None:
        """Edit → Paste as Plain Text: the clipboard's text, never its HTML or images."""
        clipboard = QGuiApplication.clipboard()
        data = clipboard.mimeData() if clipboard is not None else None
        if can_edit(self) and data is not None and data.hasText():
            self._insert_pasted(data.text())

    def _insert_pasted(self, text: str) -> None:
        """One undo step; a long text goes in over a few event-loop turns (see
        ``chunked_edit``), so a 5,000-word paste does not hold the window for 60 ms."""
        cursor = self.textCursor()
        if len(text) > CHUNK_CHARS:
            inserting = ChunkedInsert(self, cursor, text)
            inserting.finished.connect(inserting.deleteLater)
            inserting.start()
            return
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
