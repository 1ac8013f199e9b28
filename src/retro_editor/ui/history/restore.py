"""Restores from the history applied to the open document, never behind the editor.

A section or the whole article comes back as one edit of the editor's ``QTextDocument``
(one undo step, the rest of the text untouched); a detail comes back through the document's
manifest setters, as if typed in the side panel. Nothing is written to disk: the writer saves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from retro_editor.core.history_restore import Replacement
from retro_editor.core.manifest import Manifest
from retro_editor.ui.text_access import Utf16Positions

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument

#: the manifest parts a detail can be restored into, with the document's setter for each
RESTORABLE_PARTS = ("article", "facts", "related", "sections")


def apply_replacement(document: ProjectDocument, edit: Replacement) -> bool:
    """Replaces ``edit``'s span of the open text as one undoable edit; False if unchanged."""
    current = document.text()
    if current[edit.start:edit.end] == edit.text:
        return False
    position = Utf16Positions(current)
    cursor = QTextCursor(document.text_document)
    cursor.beginEditBlock()
    cursor.setPosition(position(edit.start))
    cursor.setPosition(position(edit.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(edit.text)
    cursor.endEditBlock()
    return True


def detail_part(path: str) -> str | None:
    """The manifest part a detail's path belongs to, if it can be restored here."""
    part = path.split(".", 1)[0].split("[", 1)[0]
    return part if part in RESTORABLE_PARTS else None


def apply_manifest_part(document: ProjectDocument, restored: Manifest, part: str) -> None:
    """Gives the open document the restored manifest's ``part``."""
    if part == "article":
        document.set_article(restored.article)
    elif part == "facts":
        document.set_facts(restored.facts)
    elif part == "related":
        document.set_related(restored.related)
    elif part == "sections":
        document.set_section_states(restored.sections)
