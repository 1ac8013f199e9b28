"""The outline pane: the article's sections as a tree, kept in step with the text.

``OutlineView`` is the widget the window embeds (``set_document``, ``highlight_line``,
``sectionActivated``, ``outlineChanged``); ``model``, ``updater``, ``operations`` and
``text_apply`` are its parts.
"""

from retro_editor.ui.outline.model import OutlineModel
from retro_editor.ui.outline.view import OutlineView

__all__ = ["OutlineModel", "OutlineView"]
