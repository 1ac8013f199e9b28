"""Formatting commands on a QTextCursor: bold, italic, code, strikethrough, link, heading.

Each ``*_cursor`` function edits through the cursor it is given inside one edit block (one
undo step) and leaves that cursor on the result (the wrapped text selected, or the URL
placeholder selected). The ``toggle_bold(editor)``-style wrappers apply them to an editor's
cursor, so the window's actions can call them directly; they do nothing to a read-only editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeGuard

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from retro_editor.ui.editor.read_only import can_edit

#: inline styles: the marker written, and the characters recognised when toggling off
INLINE_STYLES = {
    "bold": ("**", "*_"),
    "italic": ("*", "*_"),
    "code": ("`", "`"),
    "strike": ("~~", "~"),
}
URL_PLACEHOLDER = "https://"

_URL_RE = re.compile(r"(?:https?://)[^\s<>\"']+\Z")
_ATX_RE = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_LINK_RE = re.compile(r"(?<!!)\[([^\[\]\n]{0,1000})\]\(([^()\s]{0,2000})\)")


def is_http_url(text: str | None) -> TypeGuard[str]:
    if not text:
        return False
    return _URL_RE.match(text.strip()) is not None


def _char(doc: QTextDocument, position: int) -> str:
    if position < 0 or position >= doc.characterCount() - 1:
        return ""
    return doc.characterAt(position)


def _run_length(doc: QTextDocument, position: int, step: int, chars: str) -> tuple[int, str]:
    """Length of the run of one marker character starting at ``position``."""
    first = _char(doc, position)
    if not first or first not in chars:
        return 0, ""
    length = 0
    while length < 3 and _char(doc, position + step * length) == first:
        length += 1
    return length, first


def _has_style(run: int, marker: str) -> bool:
    if marker[0] != "*":
        return run >= len(marker)
    return run in ((1, 3) if len(marker) == 1 else (2, 3))


def _select(cursor: QTextCursor, start: int, end: int) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)


def _remove(cursor: QTextCursor, start: int, end: int) -> None:
    _select(cursor, start, end)
    cursor.removeSelectedText()


def toggle_inline_cursor(cursor: QTextCursor, style: str) -> None:
    """Wraps the selection (or the word at the cursor) in a style's markers, or unwraps it."""
    marker, chars = INLINE_STYLES[style]
    doc = cursor.document()
    cursor.beginEditBlock()
    try:
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            if not cursor.selectedText().strip() or not _is_wordlike(cursor.selectedText()):
                cursor.clearSelection()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        size = len(marker)
        # markers just outside the selection: remove them
        before, bchar = _run_length(doc, start - 1, -1, chars)
        after, achar = _run_length(doc, end, 1, chars)
        if bchar and bchar == achar and _has_style(min(before, after), marker):
            _remove(cursor, end, end + size)
            _remove(cursor, start - size, start)
            _select(cursor, start - size, end - size)
            return
        # markers inside the selection: remove them
        text = cursor.selectedText()
        inner_before, ibchar = _run_length(doc, start, 1, chars)
        inner_after, iachar = _run_length(doc, end - 1, -1, chars)
        if (ibchar and ibchar == iachar and len(text) >= 2 * size + 1
                and _has_style(min(inner_before, inner_after), marker)):
            _remove(cursor, end - size, end)
            _remove(cursor, start, start + size)
            _select(cursor, start, end - 2 * size)
            return
        # wrap, keeping surrounding whitespace outside the markers
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip()) if text.strip() else 0
        start, end = start + lead, end - trail
        if end < start:
            start = end = cursor.position()
        cursor.setPosition(end)
        cursor.insertText(marker)
        cursor.setPosition(start)
        cursor.insertText(marker)
        _select(cursor, start + size, end + size)
    finally:
        cursor.endEditBlock()


def _is_wordlike(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def insert_link_cursor(cursor: QTextCursor, clipboard_text: str | None = None) -> None:
    """Ctrl+K: wraps the selection as ``[text](url)`` with the URL selected for typing.

    An http(s) URL on the clipboard is used as the URL (then the cursor goes to the link
    text if it is empty, or after the link). A selected URL becomes the link's URL. With the
    cursor inside an existing link and nothing selected, its URL is selected for editing.
    """
    url = clipboard_text.strip() if is_http_url(clipboard_text) else ""
    if not cursor.hasSelection() and _select_existing_url(cursor):
        return
    cursor.beginEditBlock()
    try:
        text = cursor.selectedText()
        if is_http_url(text) and not url:
            url, text = text.strip(), ""
        start = cursor.selectionStart()
        target = url or URL_PLACEHOLDER
        cursor.insertText(f"[{text}]({target})")
        url_start = start + len(text) + 3
        if not url:
            _select(cursor, url_start, url_start + len(target))
        elif not text:
            cursor.setPosition(start + 1)
        else:
            cursor.setPosition(url_start + len(target) + 1)
    finally:
        cursor.endEditBlock()


def _select_existing_url(cursor: QTextCursor) -> bool:
    block = cursor.block()
    column = cursor.positionInBlock()
    text = block.text()
    if len(text) > 20_000:
        return False
    for match in _LINK_RE.finditer(text):
        if match.start() < column < match.end():
            base = block.position()
            _select(cursor, base + match.start(2), base + match.end(2))
            return True
    return False


def heading_level(line: str) -> int:
    """The ATX heading level of a line (0 when it is not an ATX heading)."""
    match = _ATX_RE.match(line)
    return len(match.group(1)) if match else 0


def set_heading_cursor(cursor: QTextCursor, level: int) -> None:
    """Sets the ATX heading level (0 = body text) of every block the cursor touches."""
    if not 0 <= level <= 6:
        raise ValueError(f"heading level must be 0..6, not {level}")
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    marker = "#" * level + " " if level else ""
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    try:
        block = first
        while block.isValid():
            match = _ATX_RE.match(block.text())
            end = match.end() if match else 0
            if block.text()[:end] != marker:
                _select(edit, block.position(), block.position() + end)
                edit.insertText(marker)
            if block == last:
                break
            block = block.next()
    finally:
        edit.endEditBlock()


def _apply(editor: QPlainTextEdit, command: Callable[..., None], *args: object) -> None:
    if not can_edit(editor):
        return
    cursor = editor.textCursor()
    command(cursor, *args)
    editor.setTextCursor(cursor)


def toggle_bold(editor: QPlainTextEdit) -> None:
    _apply(editor, toggle_inline_cursor, "bold")


def toggle_italic(editor: QPlainTextEdit) -> None:
    _apply(editor, toggle_inline_cursor, "italic")


def toggle_code(editor: QPlainTextEdit) -> None:
    _apply(editor, toggle_inline_cursor, "code")


def toggle_strikethrough(editor: QPlainTextEdit) -> None:
    _apply(editor, toggle_inline_cursor, "strike")


def insert_link(editor: QPlainTextEdit, clipboard_text: str | None = None) -> None:
    _apply(editor, insert_link_cursor, clipboard_text)


def set_heading(editor: QPlainTextEdit, level: int) -> None:
    _apply(editor, set_heading_cursor, level)
