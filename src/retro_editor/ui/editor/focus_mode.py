"""Focus mode: everything but the paragraph being written is dimmed.

The dimming is two extra selections (document start to the paragraph, the paragraph to the
end) whose text colour is the editor's text colour mixed into its background; only the
paragraph around the cursor is looked at, so a keystroke costs the same in any document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QTextEdit

from retro_editor.ui.editor.editor import MarkdownEditor
from retro_editor.ui.editor.highlighter import mix_colors

#: how far the dimmed text is mixed towards the background
DIM = 0.6


def _is_heading(text: str) -> bool:
    return text.lstrip(" ").startswith("#")


def paragraph_span(line_text: Callable[[int], str], count: int, line: int) -> tuple[int, int]:
    """First and last line of the paragraph holding ``line``: the run of non-blank lines
    around it; a heading line and a blank line are paragraphs of their own."""
    text = line_text(line)
    if not text.strip() or _is_heading(text):
        return line, line
    first = line
    while first > 0 and line_text(first - 1).strip() and not _is_heading(line_text(first - 1)):
        first -= 1
    last = line
    while last + 1 < count and line_text(last + 1).strip() and not _is_heading(line_text(last + 1)):
        last += 1
    return first, last


class FocusMode(QObject):
    """Dims the editor's text outside the current paragraph while enabled."""

    def __init__(self, editor: MarkdownEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._enabled = False
        self._span = (-1, -1)
        editor.cursorPositionChanged.connect(self.refresh)
        editor.textChanged.connect(self._on_text_changed)
        editor.documentReplaced.connect(self._on_text_changed)
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:  # a new theme: a new dimmed colour
            self._on_text_changed()
        return False

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._span = (-1, -1)
        self.refresh()

    def focused_lines(self) -> tuple[int, int] | None:
        """The paragraph left undimmed (first and last line), or None when off."""
        return self._span if self._enabled else None

    def _on_text_changed(self) -> None:
        self._span = (-1, -1)
        self.refresh()

    def refresh(self) -> None:
        editor = self._editor
        if not self._enabled:
            editor.set_focus_selections([])
            return
        document = editor.document()
        span = paragraph_span(lambda n: document.findBlockByNumber(n).text(),
                              document.blockCount(), editor.textCursor().blockNumber())
        if span == self._span:
            return
        self._span = span
        first = document.findBlockByNumber(span[0])
        last = document.findBlockByNumber(span[1])
        palette = editor.palette()
        dimmed = mix_colors(palette.color(QPalette.ColorRole.Text),
                            palette.color(QPalette.ColorRole.Base), DIM)
        selections = []
        for start, end in ((0, first.position()),
                           (last.position() + last.length(), document.characterCount())):
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(document)
            selection.cursor.setPosition(min(start, document.characterCount() - 1))
            selection.cursor.setPosition(end - 1, QTextCursor.MoveMode.KeepAnchor)
            selection.format.setForeground(dimmed)
            selections.append(selection)
        editor.set_focus_selections(selections)
