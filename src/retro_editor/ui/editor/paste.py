"""What Edit → Paste inserts for clipboard (or dropped) HTML: Markdown converted by core."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData

from retro_editor.core.html_to_markdown import html_to_markdown

_IMAGE = re.compile(r"!\[(?:\\.|[^\]\\])*\]\([^)]*\)")


def markdown_of(source: QMimeData) -> str | None:
    """Markdown for the mime data's HTML, or None when it has none or it holds no text (a
    browser's Copy Image puts ``<img>`` beside the bitmap: the bitmap is imported instead)."""
    if not source.hasHtml():
        return None
    markdown = html_to_markdown(source.html())
    if markdown is None or not _IMAGE.sub("", markdown).strip():
        return None
    return markdown
