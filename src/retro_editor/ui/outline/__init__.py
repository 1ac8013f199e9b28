"""The outline pane: the article's sections as a tree, kept in step with the text."""

from retro_editor.ui.outline.model import OutlineModel
from retro_editor.ui.outline.view import OutlineView

__all__ = ["OutlineModel", "OutlineView"]
