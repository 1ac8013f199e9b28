"""Typewriter scrolling: the line being written stays at the middle of the editor.

Qt's ``centerOnScroll`` lets the editor scroll past the last line, so the end of the article
can sit in the middle too; after each cursor move without a selection (a drag-selection
would make the text run away under the mouse) the cursor is centred again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from retro_editor.ui.editor.editor import MarkdownEditor


class TypewriterScrolling(QObject):
    def __init__(self, editor: MarkdownEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._enabled = False
        editor.cursorPositionChanged.connect(self._follow)

    def is_enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._editor.setCenterOnScroll(enabled)
        self._follow()

    def _follow(self) -> None:
        if self._enabled and not self._editor.textCursor().hasSelection():
            self._editor.centerCursor()
