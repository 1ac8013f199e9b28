"""The Markdown editor: widget, highlighting, list editing, formatting and find/replace."""

from retro_editor.ui.editor.actions import editor_actions
from retro_editor.ui.editor.editor import MarkdownEditor
from retro_editor.ui.editor.find_bar import FindReplaceBar
from retro_editor.ui.editor.highlighter import MarkdownHighlighter

__all__ = ["FindReplaceBar", "MarkdownEditor", "MarkdownHighlighter", "editor_actions"]
