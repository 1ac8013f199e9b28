"""The one check every editing helper makes before it changes the editor's text.

Qt's read-only flag only stops typing: anything that edits through a QTextCursor (Format
actions, Insert actions, list continuation, pasting images, Replace All) goes straight to the
document. Each of those asks :func:`can_edit` first, so a read-only project stays unchanged
whatever path a key, menu or drop takes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit


def can_edit(editor: QPlainTextEdit) -> bool:
    """False when the editor shows a document that must not change (read-only mode)."""
    return not editor.isReadOnly()
