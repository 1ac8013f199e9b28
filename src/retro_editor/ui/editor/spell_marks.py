"""Spell-check marks in the editor: a wavy underline on misspelt words, and the context menu.

The highlighter calls :meth:`SpellMarks.mark` at the end of each ordinary Markdown block it
formats (never inside fenced code, front matter or comments). The highlighter formats only
the block an edit touched, the visible blocks at once and the rest in background slices, so
the spell check follows the same rule: a keystroke checks one block, and the checker
remembers every verdict, so an unchanged word costs a dictionary lookup once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from retro_editor.core.errors import ProjectError
from retro_editor.core.prose import Span, is_indented_code
from retro_editor.core.spelling import SpellChecker
from retro_editor.ui.text_access import Utf16Positions, python_index
from retro_editor.ui.translate import translator

tr = translator("SpellMarks")

#: the colour of the wavy line (the same in light and dark themes: red reads on both)
UNDERLINE_COLOR = QColor(220, 40, 40)


class SpellMarks(QObject):
    """The checker the editor uses (None: no spell check) and how its verdicts are shown."""

    #: the set of accepted words changed; ``word`` must be checked again where it appears
    wordAccepted = Signal(str)
    #: a one-line message for the status bar (e.g. the dictionary file could not be written)
    notice = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker: SpellChecker | None = None
        self.can_add = True
        self._underline = QTextCharFormat()
        self._underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._underline.setUnderlineColor(UNDERLINE_COLOR)

    @property
    def underline(self) -> QTextCharFormat:
        return QTextCharFormat(self._underline)

    def misspelt_in_line(self, text: str) -> list[Span]:
        """The misspelt words of one line of prose (string indices); none without a checker."""
        if self.checker is None or not self.checker.active:
            return []
        return self.checker.misspelt_in_line(text)

    def misspelt_in_block(self, block: QTextBlock) -> list[Span]:
        """The misspelt words of one ordinary block (string indices into its text)."""
        text = block.text()
        previous = block.previous()
        if is_indented_code(text, previous.text() if previous.isValid() else None):
            return []
        return self.misspelt_in_line(text)

    def mark(self, highlighter: QSyntaxHighlighter, block: QTextBlock, pos: Utf16Positions) -> None:
        """Underlines the misspelt words of the block being highlighted, over its formats."""
        for start, end in self.misspelt_in_block(block):
            first, last = pos(start), pos(end)
            unit = first
            while unit < last:  # keep each character's own format (code, emphasis…)
                fmt = highlighter.format(unit)
                run = unit + 1
                while run < last and highlighter.format(run) == fmt:
                    run += 1
                merged = QTextCharFormat(fmt)
                merged.merge(self._underline)
                highlighter.setFormat(unit, run - unit, merged)
                unit = run

    # --- the context menu ------------------------------------------------------------------
    def word_at(self, cursor: QTextCursor) -> tuple[QTextBlock, Span] | None:
        """The misspelt word under ``cursor`` (its block and span), or None."""
        block = cursor.block()
        index = python_index(block.text(), cursor.positionInBlock())
        for start, end in self.misspelt_in_block(block):
            if start <= index <= end:
                return block, (start, end)
        return None

    def add_actions(self, menu: QMenu, cursor: QTextCursor, read_only: bool) -> bool:
        """Puts suggestions, "Add to Project Dictionary" and "Ignore" at the top of ``menu``
        when ``cursor`` is on a misspelt word; returns whether it did."""
        found = self.word_at(cursor)
        if found is None or self.checker is None:
            return False
        block, (start, end) = found
        self.add_word_actions(menu, block.text()[start:end], _replacer(block, start, end),
                              read_only)
        return True

    def add_word_actions(self, menu: QMenu, word: str, replace: Callable[[str], None],
                         read_only: bool) -> None:
        """Puts the suggestions for the misspelt ``word`` (``replace(suggestion)`` puts one in
        its place), "Add to Project Dictionary" and "Ignore" at the top of ``menu``."""
        if self.checker is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        suggestions = self.checker.suggestions(word)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setEnabled(not read_only)
            action.triggered.connect(lambda _checked=False, s=suggestion: replace(s))
            actions.append(action)
        if not suggestions:
            none = QAction(tr("(No Suggestions)"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(tr("Add to Project Dictionary"), menu)
        add.setEnabled(self.can_add and not read_only)
        add.triggered.connect(lambda: self.add_to_dictionary(word))
        ignore = QAction(tr("Ignore"), menu)
        ignore.triggered.connect(lambda: self.ignore(word))
        separator = QAction(menu)
        separator.setSeparator(True)
        menu.insertActions(first, [*actions, add, ignore, separator])  # type: ignore[arg-type]

    def add_to_dictionary(self, word: str) -> None:
        if self.checker is None:
            return
        try:
            self.checker.add_to_project(word)
        except ProjectError as exc:
            self.notice.emit(tr("Not added to the project dictionary: {reason}").format(reason=exc))
            return
        self.wordAccepted.emit(word)

    def ignore(self, word: str) -> None:
        if self.checker is not None:
            self.checker.ignore(word)
            self.wordAccepted.emit(word)


def text_edit_menu(edit: QPlainTextEdit, marks: SpellMarks, point: QPoint) -> QMenu:
    """The context menu of a plain-text edit at ``point`` (viewport coordinates): the
    standard one, with the spelling actions first when a misspelt word is there."""
    menu = edit.createStandardContextMenu(point)
    marks.add_actions(menu, edit.cursorForPosition(point), edit.isReadOnly())
    return menu


def _replacer(block: QTextBlock, start: int, end: int) -> Callable[[str], None]:
    def replace(replacement: str) -> None:
        pos = Utf16Positions(block.text())
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + pos(start))
        cursor.setPosition(block.position() + pos(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)

    return replace
