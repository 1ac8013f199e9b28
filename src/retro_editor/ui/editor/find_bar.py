"""FindReplaceBar: find and replace in the editor, with regular expressions.

See :mod:`retro_editor.ui.editor.search` for the matching and replacement rules. Work per
keystroke is bounded: at most ``MATCH_CAP`` matches are collected (the count then reads
"1000+"), and edits to the document while the bar is open recount after a short pause.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from retro_editor.ui.editor import search
from retro_editor.ui.editor.chunked_edit import CHUNK_CHARS, ChunkedEdit, Piece
from retro_editor.ui.editor.highlighter import mix_colors
from retro_editor.ui.editor.read_only import can_edit
from retro_editor.ui.text_access import raw_text, selected_text

RECOUNT_DELAY_MS = 200


class FindReplaceBar(QWidget):
    """A find/replace bar bound to one QPlainTextEdit (normally the MarkdownEditor)."""

    #: the status line changed (match count, "N replaced" or an error)
    statusChanged = Signal(str)

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._replacing: ChunkedEdit | None = None  # a Replace All still going in
        self._matches: list[tuple[int, int]] = []
        self._capped = False
        self._expression: QRegularExpression | None = None
        self._stale = True
        self._anchor = 0
        self._error = ""
        self.setObjectName("findReplaceBar")
        self.setAccessibleName(self.tr("Find and replace"))
        self._build()
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self._refresh)
        self._connected_document: QTextDocument | None = None
        self._watch_document()
        self.hide()

    # --- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setAccessibleName(self.tr("Find text"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setAccessibleName(self.tr("Replacement text"))
        self.case_button = self._toggle(self.tr("Aa"), self.tr("Match case"))
        self.word_button = self._toggle(self.tr("W"), self.tr("Whole words"))
        self.regex_button = self._toggle(self.tr(".*"), self.tr("Regular expression"))
        self.previous_button = self._button(self.tr("Previous"), self.tr("Find previous"),
                                            self.find_previous)
        self.next_button = self._button(self.tr("Next"), self.tr("Find next"), self.find_next)
        self.replace_button = self._button(self.tr("Replace"), self.tr("Replace this match"),
                                           self.replace)
        self.replace_all_button = self._button(self.tr("Replace All"),
                                               self.tr("Replace every match"),
                                               self.replace_all)
        self.close_button = self._button(self.tr("Close"), self.tr("Close the find bar"),
                                         self.close_bar)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Search status"))
        self.status_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 of 0000+"))
        self.find_field.installEventFilter(self)
        self.replace_field.installEventFilter(self)
        self.find_field.textEdited.connect(self._on_find_edited)
        for button in (self.case_button, self.word_button, self.regex_button):
            button.toggled.connect(self._on_options_changed)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.find_field, 0, 0)
        row = QHBoxLayout()
        for widget in (self.case_button, self.word_button, self.regex_button,
                       self.previous_button, self.next_button, self.status_label):
            row.addWidget(widget)
        row.addWidget(self.close_button)
        layout.addLayout(row, 0, 1)
        layout.addWidget(self.replace_field, 1, 0)
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(1)
        layout.setColumnStretch(1, 0)
        layout.addLayout(replace_row, 1, 1)
        # the fields take the room the buttons leave, never less than their placeholder and
        # about 24 characters of search text
        layout.setColumnStretch(0, 1)
        for field in (self.find_field, self.replace_field):
            text_width = max(self.fontMetrics().horizontalAdvance(field.placeholderText()),
                             self.fontMetrics().averageCharWidth() * 24)
            field.setMinimumWidth(text_width + 3 * self.fontMetrics().height())
        self._replace_widgets = (self.replace_field, self.replace_button,
                                 self.replace_all_button)
        self._make_actions()

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCheckable(True)
        return button

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def _make_actions(self) -> None:
        """F3 / Shift+F3 (in the bar and the editor) and Escape (in the bar)."""
        self.find_next_action = QAction(self.tr("Find &Next"), self)
        self.find_next_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.find_next_action.triggered.connect(self.find_next)
        self.find_previous_action = QAction(self.tr("Find Pre&vious"), self)
        self.find_previous_action.setShortcut(
            QKeySequence(QKeySequence.StandardKey.FindPrevious))
        self.find_previous_action.triggered.connect(self.find_previous)
        for action in (self.find_next_action, self.find_previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self._editor.addAction(action)
        close = QAction(self.tr("Close Find Bar"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(self.close_bar)
        self.addAction(close)

    # --- opening and closing ---------------------------------------------------------------
    def open_find(self, replace: bool = False) -> None:
        """Shows the bar (with the replace row if asked and the editor is not read-only),
        seeded with the selection."""
        replace = replace and can_edit(self._editor)
        selected = selected_text(self._editor.textCursor())
        if selected and "\n" not in selected:
            self.find_field.setText(selected)
        for widget in self._replace_widgets:
            widget.setVisible(replace)
        self._anchor = self._editor.textCursor().selectionStart()
        self.show()
        self._watch_document()
        self._stale = True
        self._refresh()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        if hasattr(self._editor, "set_search_highlights"):
            self._editor.set_search_highlights([])
        self._editor.setFocus()

    # --- state -----------------------------------------------------------------------------
    def options(self) -> search.SearchOptions:
        return search.SearchOptions(self.find_field.text(), self.case_button.isChecked(),
                                    self.word_button.isChecked(),
                                    self.regex_button.isChecked())

    def match_count(self) -> int:
        self._ensure_fresh()
        return len(self._matches)

    def _watch_document(self) -> None:
        document = self._editor.document()
        if document is self._connected_document:
            return
        if self._connected_document is not None and shiboken6.isValid(self._connected_document):
            self._connected_document.contentsChanged.disconnect(self._on_document_changed)
        document.contentsChanged.connect(self._on_document_changed)
        self._connected_document = document
        self._stale = True

    def _on_document_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._recount.start()

    def _on_find_edited(self) -> None:
        self._stale = True
        self._refresh()
        if self._matches:
            self._select_from(self._anchor, forward=True)

    def _on_options_changed(self) -> None:
        self._stale = True
        self._refresh()

    def _ensure_fresh(self) -> None:
        self._watch_document()
        if self._stale:
            self._collect()

    def _collect(self) -> None:
        self._stale = False
        expression, error = search.compile_search(self.options())
        self._expression = expression
        self._set_invalid(bool(error))
        if expression is None:
            self._matches, self._capped = [], False
            self._error = error
            return
        self._error = ""
        text = raw_text(self._editor.document())
        self._matches, self._capped = search.find_matches(expression, text)

    def _refresh(self) -> None:
        self._ensure_fresh()
        if hasattr(self._editor, "set_search_highlights"):
            self._editor.set_search_highlights(self._matches if self.isVisible() else [])
        self._show_status()

    def _set_invalid(self, invalid: bool) -> None:
        if bool(self.find_field.property("invalid")) == invalid:
            return
        self.find_field.setProperty("invalid", invalid)
        palette = self.palette()
        if invalid:
            red = mix_colors(palette.color(QPalette.ColorRole.Base), QColor(Qt.GlobalColor.red),
                             0.35)
            palette.setColor(QPalette.ColorRole.Base, red)
        self.find_field.setPalette(palette)

    def _show_status(self, message: str | None = None) -> None:
        if message is None:
            message = self._error or self._count_text()
        self.status_label.setText(message)
        self.status_label.setToolTip(message)
        self.statusChanged.emit(message)

    def _count_text(self) -> str:
        if not self.find_field.text():
            return ""
        if not self._matches:
            return self.tr("No matches")
        total = str(len(self._matches)) + ("+" if self._capped else "")
        current = self._current_index()
        if current is None:
            return self.tr("{count} matches").format(count=total)
        return self.tr("{current} of {count}").format(current=current + 1, count=total)

    def _current_index(self) -> int | None:
        cursor = self._editor.textCursor()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        index = bisect.bisect_left(self._matches, span)
        if index < len(self._matches) and self._matches[index] == span:
            return index
        return None

    # --- finding ---------------------------------------------------------------------------
    def find_next(self) -> bool:
        """Selects the next match after the cursor (wrapping); False when there is none."""
        cursor = self._editor.textCursor()
        return self._select_from(cursor.selectionEnd() if cursor.hasSelection()
                                 else cursor.position(), forward=True)

    def find_previous(self) -> bool:
        return self._select_from(self._editor.textCursor().selectionStart(), forward=False)

    def _select_from(self, position: int, forward: bool) -> bool:
        self._ensure_fresh()
        if not self._matches:
            self._show_status()
            return False
        starts = [start for start, _ in self._matches]
        if forward:
            index = bisect.bisect_left(starts, position)
            if index >= len(self._matches):
                index = 0
        else:
            index = bisect.bisect_left(starts, position) - 1
            if index < 0:
                index = len(self._matches) - 1
        self._select(*self._matches[index])
        return True

    def _select(self, start: int, end: int) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        self._show_status()

    # --- replacing -------------------------------------------------------------------------
    def replace(self) -> bool:
        """Replaces the selected match (if the selection is one) and finds the next."""
        self._finish_replacing()
        if not can_edit(self._editor):
            return False
        self._ensure_fresh()
        if self._expression is None:
            return False
        cursor = self._editor.textCursor()
        text = raw_text(self._editor.document())
        match = None
        if cursor.hasSelection():
            match = search.match_at(self._expression, text, cursor.selectionStart(),
                                    cursor.selectionEnd())
        if match is None:
            return self.find_next()
        try:
            replacement = search.replacement_for(self._expression, self.options(),
                                                 self.replace_field.text(), match)
        except search.TemplateError as exc:
            self._show_status(str(exc))
            return False
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self._editor.setTextCursor(cursor)
        self._collect()
        self._refresh()
        self.find_next()
        return True

    def replace_all(self) -> int:
        """Replaces every match as one undo step; returns how many matches there were.

        Across a long stretch of text the replacing goes on over a few event-loop turns
        (:mod:`.chunked_edit`); the status line tells how many were replaced at the end.
        """
        if not can_edit(self._editor):
            return 0
        self._finish_replacing()
        self._ensure_fresh()
        if self._expression is None:
            self._show_status()
            return 0
        document = self._editor.document()
        try:
            spans = search.replace_all_spans(self._expression, self.options(),
                                             self.replace_field.text(), raw_text(document),
                                             CHUNK_CHARS)
        except search.TemplateError as exc:
            self._show_status(str(exc))
            return 0
        if not spans:
            self._replaced(0)
            return 0
        pieces = []
        for span in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            pieces.append(Piece(cursor, span.text, span.original, span.count))
        replacing = self._replacing = ChunkedEdit(self._editor, pieces)
        replacing.finished.connect(lambda: self._replaced(replacing.done_weight))
        replacing.finished.connect(replacing.deleteLater)
        replacing.start(first_now=False)  # the search took this turn's time
        return sum(span.count for span in spans)

    def _finish_replacing(self) -> None:
        """Makes the rest of a Replace All still going in, so the next replace sees its text
        (a second click on Replace All meanwhile would search a half-replaced text)."""
        if self._replacing is not None:
            self._replacing.finish()

    def _replaced(self, count: int) -> None:
        self._replacing = None
        self._collect()
        self._refresh()
        self._show_status(self.tr("{count} replaced").format(count=count))

    # --- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if watched is self.replace_field and not backwards:
                self.replace()
            elif backwards:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)
