"""Reopen where you left off: the editor's scroll position, the outline's collapsed sections
and the side panel's tab, per project.

The open document's ``view`` follows the widgets as the writer changes them; the controller
writes it to the project's state file with the cursor position (``core.project_state``) on
save and close, and reads it back on open, when :meth:`ViewMemory.restore` shows it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from retro_editor.core.project_state import ViewState
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.editor.view_position import scroll_block_to_top

if TYPE_CHECKING:
    from retro_editor.ui.window_parts import PaneParts


class ViewMemory(QObject):
    def __init__(self, parts: PaneParts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.w = parts
        self._document: ProjectDocument | None = None
        self.w.editor.verticalScrollBar().valueChanged.connect(self._remember)
        self.w.outline.expanded.connect(self._remember)
        self.w.outline.collapsed.connect(self._remember)
        self.w.side_panel.currentChanged.connect(self._remember)

    def restore(self, document: ProjectDocument | None, *, scroll: bool = True) -> None:
        """Shows ``document`` as it was left (call once its panes show it); the cursor is
        restored before, by the wiring. Without ``scroll`` the editor keeps its scroll (it
        showed the text before the project was opened)."""
        self._document = None
        if document is None:
            return
        view = document.view
        self.w.outline.collapse_sections(view.collapsed)
        self.w.side_panel.setCurrentIndex(0)  # a tab not remembered: the first
        self.w.side_panel.show_tab(view.side_tab)
        if scroll and view.top_line > 0:
            scroll_block_to_top(self.w.editor, view.top_line)
        self._document = document
        self._remember()

    def _remember(self, *_args: object) -> None:
        document = self._document
        if document is None or document is not self.w.controller.document:
            return
        document.view = ViewState(top_line=self.w.editor.first_visible_line(),
                                  collapsed=self.w.outline.collapsed_sections(),
                                  side_tab=self.w.side_panel.current_tab_name())
