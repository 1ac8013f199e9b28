"""Applying a new full text to a QTextDocument as one undo step that touches only what changed.

The outline's operations (move, promote, rename …) are pure functions from text to text in
``core.outline``. Replacing the whole document with their result would wipe the undo history's
precision, reset every cursor to the start and re-lay out hundreds of pages. Instead the common
prefix and suffix of the old and new text are kept and only the middle span is replaced, inside
one edit block, so a single Ctrl+Z in the editor gives the old text back exactly. Cursors outside
the span (the editor's included) are carried by Qt; a cursor inside it lands on the span's end.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QTextCursor, QTextDocument

from retro_editor.ui.text_access import raw_text, utf16_length


class TextChange(NamedTuple):
    """Where the document changed, in document positions (UTF-16 code units)."""

    position: int
    removed: int
    added: int


def _common_prefix_length(a: str, b: str) -> int:
    """Length of the longest common prefix: a binary search over C-speed slice compares."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[low:mid] == b[low:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix_length(a: str, b: str, limit: int) -> int:
    """Length of the longest common suffix that does not reach into the first ``limit`` chars."""
    low, high = 0, min(len(a), len(b)) - limit
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid:len(a) - low] == b[len(b) - mid:len(b) - low]:
            low = mid
        else:
            high = mid - 1
    return low


def diff_span(old: str, new: str) -> tuple[int, int, int]:
    """``(start, old_end, new_end)`` in code points: ``old[start:old_end]`` becomes
    ``new[start:new_end]`` and everything around it is shared."""
    start = _common_prefix_length(old, new)
    tail = _common_suffix_length(old, new, start)
    return start, len(old) - tail, len(new) - tail


def apply_text(document: QTextDocument, new_text: str) -> TextChange | None:
    """Makes ``document``'s text (:func:`raw_text`) equal ``new_text`` with one undoable edit.

    Returns where the edit happened, or ``None`` when the text was already equal (then
    nothing is done and no undo step is added).
    """
    old_text = raw_text(document)
    if old_text == new_text:
        return None
    start, old_end, new_end = diff_span(old_text, new_text)
    position = utf16_length(old_text[:start])
    removed = utf16_length(old_text[start:old_end])
    inserted = new_text[start:new_end]
    cursor = QTextCursor(document)
    # before the edit block begins: Qt puts the editor's cursor back here on undo
    cursor.setPosition(position)
    cursor.beginEditBlock()
    cursor.setPosition(position + removed, QTextCursor.MoveMode.KeepAnchor)
    if inserted:
        cursor.insertText(inserted)
    else:
        cursor.removeSelectedText()
    cursor.endEditBlock()
    return TextChange(position, removed, utf16_length(inserted))
