"""The live preview: the article page as exported, patched block by block as the writer types.

Use :func:`create_preview`, which falls back to a placeholder when QtWebEngine is missing.
"""

from retro_editor.ui.preview.factory import create_preview

__all__ = ["create_preview"]
