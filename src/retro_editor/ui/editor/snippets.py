"""Insert → Footnote and Insert → Table: small Markdown structures typed for the writer."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from retro_editor.ui.editor.read_only import can_edit
from retro_editor.ui.text_access import raw_text

_FOOTNOTE_LABEL = re.compile(r"\[\^(\d+)\]")

TABLE = "| Column | Column |\n| ------ | ------ |\n| Cell   | Cell   |\n"


def next_footnote_number(text: str) -> int:
    numbers = [int(n) for n in _FOOTNOTE_LABEL.findall(text)]
    return max(numbers, default=0) + 1


def insert_footnote(editor: QPlainTextEdit) -> None:
    """Puts ``[^n]`` at the cursor and ``[^n]: `` at the end, where the cursor goes to type
    the note. One undo step."""
    if not can_edit(editor):
        return
    document = editor.document()
    number = next_footnote_number(raw_text(document))
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.clearSelection()
    cursor.insertText(f"[^{number}]")
    cursor.movePosition(QTextCursor.MoveOperation.End)
    text = raw_text(document)
    gap = "" if text.endswith("\n\n") else ("\n" if text.endswith("\n") else "\n\n")
    cursor.insertText(f"{gap}[^{number}]: ")
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


def insert_table(editor: QPlainTextEdit) -> None:
    """A two-column table on its own lines after the current block, first header selected."""
    if not can_edit(editor):
        return
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    prefix = "\n\n" if cursor.block().text().strip() else ("\n" if cursor.block().position() else "")
    cursor.insertText(prefix)
    start = cursor.position()
    cursor.insertText(TABLE)
    cursor.endEditBlock()
    cursor.setPosition(start + 2)
    cursor.setPosition(start + 8, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
