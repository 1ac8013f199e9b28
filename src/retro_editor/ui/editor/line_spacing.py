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
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

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


def has_fitting_layout(document: QTextDocument, percent: int) -> bool:
    """Whether ``document`` has the layout :func:`fitting_layout` would give it."""
    layout = document.documentLayout()
    if percent > 100:
        return isinstance(layout, SpacedLayout)
    return type(layout) is QPlainTextDocumentLayout


def fitting_layout(document: QTextDocument, percent: int) -> QPlainTextDocumentLayout:
    """Qt's own plain-text layout at 100 %, :class:`SpacedLayout` above: its geometry
    override runs in Python for every block Qt measures (each repaint rectangle, each search
    mark added or dropped: eight times slower), so it is there only when it is used."""
    if percent <= 100:
        return QPlainTextDocumentLayout(document)
    layout = SpacedLayout(document)
    layout.set_spacing_percent(percent)
    return layout


def give_fitting_layout(editor: QPlainTextEdit, percent: int) -> None:
    """Gives the document ``editor`` shows the layout for ``percent``.

    Qt's editor connects to a layout when it is given a document, so the document is given
    again, with the cursor and the scroll position kept and the editor's signals held
    meanwhile (the text does not change).
    """
    document = editor.document()
    cursor, scroll = editor.textCursor(), editor.verticalScrollBar().value()
    placeholder = QTextDocument(editor)
    placeholder.setDocumentLayout(QPlainTextDocumentLayout(placeholder))
    held = editor.blockSignals(True)
    try:
        QPlainTextEdit.setDocument(editor, placeholder)
        document.setDocumentLayout(fitting_layout(document, percent))
        QPlainTextEdit.setDocument(editor, document)
        editor.setTextCursor(cursor)
    finally:
        editor.blockSignals(held)
    placeholder.deleteLater()
    editor.verticalScrollBar().setValue(scroll)
