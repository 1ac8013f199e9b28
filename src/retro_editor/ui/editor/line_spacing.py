"""Line spacing for a ``QPlainTextEdit``, whose layout ignores ``QTextBlockFormat``'s line height.

``SpacedLayout`` is the plain-text layout with one addition: when a block's geometry is asked
for (before every paint, cursor rectangle and hit test), the lines Qt laid out one under the
other are moved apart, each in a slot of ``spacing`` × its height with the text in the
middle (CSS's half-leading), so the gap between paragraphs matches the gap between lines.
The moved lines are Qt's own, so painting, the caret and mouse clicks follow them. At 100 %
nothing is moved.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

_TOLERANCE = 0.01


class SpacedLayout(QPlainTextDocumentLayout):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._factor = 1.0

    def spacing_percent(self) -> int:
        return round(self._factor * 100)

    def set_spacing_percent(self, percent: int) -> None:
        """Changes the spacing and lays the whole document out again."""
        factor = max(100, percent) / 100
        if factor == self._factor:
            return
        self._factor = factor
        document = self.document()
        document.markContentsDirty(0, document.characterCount())

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802 (Qt override)
        rect = super().blockBoundingRect(block)
        if self._factor != 1.0 and self._space_lines(block):
            rect = super().blockBoundingRect(block)
        return rect

    def _space_lines(self, block: QTextBlock) -> bool:
        """Moves the block's lines into their slots; False when they are there already."""
        layout = block.layout()
        count = layout.lineCount()
        if not count:
            return False
        first = layout.lineAt(0)
        top = first.height() * (self._factor - 1) / 2
        last = layout.lineAt(count - 1)
        expected_last = top + (count - 1) * first.height() * self._factor
        if abs(first.y() - top) < _TOLERANCE and abs(last.y() - expected_last) < _TOLERANCE:
            return False
        y = top
        for index in range(count):
            line = layout.lineAt(index)
            line.setPosition(QPointF(line.x(), y))
            y += line.height() * self._factor
        return True
