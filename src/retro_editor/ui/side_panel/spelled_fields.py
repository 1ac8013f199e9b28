"""Spell-checked prose fields (the Article tab's title, subtitle and summary): misspelt words
get the editor's wavy underline and its context menu (suggestions, "Add to Project
Dictionary", "Ignore"), through one shared :class:`SpellMarks`.

A field is checked whole on each edit: a title or a summary is a few dozen words, and the
checker remembers every verdict, so this costs next to nothing.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, QPointF, QRectF, QSignalBlocker
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from retro_editor.core.prose import Span
from retro_editor.ui.editor.spell_marks import UNDERLINE_COLOR, SpellMarks, text_edit_menu
from retro_editor.ui.text_access import Utf16Positions, python_index, utf16_length

#: the wavy line's half height and the length of one wave, in pixels
_WAVE_AMPLITUDE = 1.5
_WAVE_LENGTH = 4.0


def wave_path(left: float, right: float, y: float) -> QPainterPath:
    """A zigzag from ``left`` to ``right`` around height ``y`` (the spell-check underline)."""
    path = QPainterPath(QPointF(left, y + _WAVE_AMPLITUDE))
    x, up = left, True
    while x < right:
        x = min(x + _WAVE_LENGTH / 2, right)
        path.lineTo(x, y - _WAVE_AMPLITUDE if up else y + _WAVE_AMPLITUDE)
        up = not up
    return path


class SpelledLineEdit(QLineEdit):
    """A line edit that underlines its misspelt words (its paint event draws the wave)."""

    def __init__(self, marks: SpellMarks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks = marks
        self._spans: list[Span] = []
        self.textChanged.connect(self.recheck)

    def misspelt(self) -> list[Span]:
        """The misspelt words of the text (string indices), as last checked."""
        return list(self._spans)

    def recheck(self) -> None:
        spans = self._marks.misspelt_in_line(self.text())
        if spans != self._spans:
            self._spans = spans
            self.update()

    def x_at(self, index: int) -> float:
        """Where character ``index`` of the text starts, in widget coordinates: measured from
        the cursor, whose rectangle Qt gives with the horizontal scroll applied (the scroll
        as of the last paint: exact in :meth:`paintEvent`, after the base class painted)."""
        text = self.displayText()
        metrics = QFontMetricsF(self.font())
        cursor = python_index(text, self.cursorPosition())
        cursor_x = self.cursorRect().center().x()
        return cursor_x + metrics.horizontalAdvance(text[:index]) \
            - metrics.horizontalAdvance(text[:cursor])

    def underline_y(self) -> float:
        """The height of the wavy line: just under the text's baseline."""
        metrics = QFontMetricsF(self.font())
        baseline = self.cursorRect().top() + metrics.ascent()
        return min(baseline + metrics.underlinePos() + _WAVE_AMPLITUDE, self.height() - 3.0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._spans or self.echoMode() is not QLineEdit.EchoMode.Normal:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margins = self.textMargins()
        painter.setClipRect(QRectF(self.contentsRect().adjusted(
            margins.left(), 0, -margins.right(), 0)))
        pen = QPen(UNDERLINE_COLOR)
        pen.setWidthF(1.0)
        painter.setPen(pen)
        y = self.underline_y()
        for start, end in self._spans:
            painter.drawPath(wave_path(self.x_at(start), self.x_at(end), y))
        painter.end()

    def context_menu_at(self, point: QPoint) -> QMenu:
        """The standard menu, with the spelling actions first when ``point`` is on a misspelt
        word."""
        menu = self.createStandardContextMenu()
        text = self.text()
        index = python_index(text, self.cursorPositionAt(point))
        for start, end in self._spans:
            if start <= index <= end:
                self._marks.add_word_actions(menu, text[start:end],
                                             partial(self._replace, start, end), self.isReadOnly())
                break
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _replace(self, start: int, end: int, replacement: str) -> None:
        """Puts ``replacement`` in place of text[start:end], as typing would (undoable, and
        ``textEdited`` tells the form)."""
        text = self.text()
        self.setSelection(utf16_length(text[:start]), utf16_length(text[start:end]))
        self.insert(replacement)


class _SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, marks: SpellMarks, document: QTextDocument) -> None:
        super().__init__(document)
        self._marks = marks

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._marks.mark(self, self.currentBlock(), Utf16Positions(text))


class SpelledPlainTextEdit(QPlainTextEdit):
    """A plain-text edit that underlines its misspelt words (a highlighter over its
    document) and offers the editor's spelling context menu."""

    def __init__(self, marks: SpellMarks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks = marks
        self.highlighter = _SpellHighlighter(marks, self.document())

    def recheck(self) -> None:
        """Marks the text again; new formats are not an edit, so no ``textChanged``."""
        with QSignalBlocker(self):
            self.highlighter.rehighlight()

    def context_menu_at(self, point: QPoint) -> QMenu:
        return text_edit_menu(self, self._marks, point)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
