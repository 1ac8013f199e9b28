"""Reading Qt text documents and converting positions: the one place the UI does either.

Two traps live here so that the editor, the outline operations, find/replace and the preview
do not each fall into them:

* ``QTextDocument.toPlainText()`` is not the text the writer typed: it turns no-break spaces
  (U+00A0, French typography) into plain spaces. :func:`raw_text` gives the text exactly, with
  Qt's block separators (U+2029) turned back into ``\\n``; its positions are the document's.
* Qt counts positions in UTF-16 code units, Python in code points: a character outside the
  Basic Multilingual Plane (most emoji) is two positions in Qt and one index in Python.
  :func:`utf16_length`, :func:`python_index` and :class:`Utf16Positions` convert.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

#: how Qt separates blocks in raw text and in a cursor's selected text
PARAGRAPH_SEPARATOR = "\u2029"
#: set on a document while one long edit goes into it over several event-loop turns
#: (``editor.chunked_edit``): what the text says meanwhile is about to change again
LONG_EDIT_PROPERTY = "retroLongEditRunning"
_NON_BMP = re.compile("[\U00010000-\U0010FFFF]")


def long_edit_running(document: QTextDocument) -> bool:
    """Whether a long edit is going into ``document`` (see :data:`LONG_EDIT_PROPERTY`)."""
    return bool(document.property(LONG_EDIT_PROPERTY))


def raw_text(document: QTextDocument) -> str:
    """The document's text exactly as typed (no-break spaces kept), lines joined by ``\\n``.

    Index ``i`` of the result is document position ``i`` whenever the text before it has no
    character outside the BMP; otherwise convert with :func:`utf16_length`.
    """
    return document.toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


def widget_text(widget: QPlainTextEdit | QTextEdit) -> str:
    """The exact text of a plain-text field (a summary or a note), as :func:`raw_text`."""
    return raw_text(widget.document())


def selected_text(cursor: QTextCursor) -> str:
    """The cursor's selection exactly as typed, lines joined by ``\\n``."""
    return cursor.selectedText().replace(PARAGRAPH_SEPARATOR, "\n")


def utf16_length(text: str) -> int:
    """How many Qt positions ``text`` takes (characters beyond the BMP count twice)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def python_index(text: str, utf16: int) -> int:
    """The index in ``text`` of Qt position ``utf16`` (a position inside a surrogate pair
    rounds down to the character's start)."""
    if text.isascii():
        return utf16
    return len(text.encode("utf-16-le")[: 2 * utf16].decode("utf-16-le", errors="ignore"))


def utf16_slice(text: str, start: int, end: int) -> str:
    """``text`` between Qt positions ``start`` and ``end``."""
    return Utf16Slices(text)(start, end)


class Utf16Slices:
    """Pieces of one string between Qt positions: :func:`utf16_slice` for many slices of the
    same text, which it encodes once instead of once per slice."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._encoded = None if text.isascii() else text.encode("utf-16-le")

    def __call__(self, start: int, end: int) -> str:
        if self._encoded is None:
            return self._text[start:end]
        return self._encoded[2 * start: 2 * end].decode("utf-16-le")


class Utf16Positions:
    """Maps every index of one string to its Qt position; cheap for text without emoji.

    Made once per line by the highlighter, which converts many indices of the same line.
    """

    def __init__(self, text: str) -> None:
        self._offsets: list[int] | None = None
        if not text.isascii() and _NON_BMP.search(text):
            offsets, position = [], 0
            for char in text:
                offsets.append(position)
                position += 2 if ord(char) > 0xFFFF else 1
            offsets.append(position)
            self._offsets = offsets

    def __call__(self, index: int) -> int:
        return index if self._offsets is None else self._offsets[index]
