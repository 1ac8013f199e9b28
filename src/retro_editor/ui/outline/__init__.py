"""The outline pane: the article's sections as a tree, kept in step with the text.

``OutlineView`` is the widget the window embeds (``set_document``, ``highlight_line``,
``sectionActivated``, ``outlineChanged``); ``model``, ``operations`` and ``text_apply`` are
its parts. The sections come from the document's analysis (``retro_editor.ui.analysis``).
"""

from retro_editor.ui.outline.model import OutlineModel
from retro_editor.ui.outline.view import OutlineView

__all__ = ["OutlineModel", "OutlineView"]
