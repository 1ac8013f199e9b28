"""What Edit → Paste inserts for clipboard (or dropped) HTML: Markdown converted by core."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData

from retro_editor.ui.translate import translator

tr = translator("Paste")

#: clipboard HTML up to this size is converted at once on the GUI thread, so the text is there
#: at once (at the limit: about 30 ms for a real page, under 100 ms for the worst shapes of
#: bench/html_paste.py); larger HTML goes to the paste helper process
SYNC_MAX_HTML_CHARS = 50_000

_IMAGE = re.compile(r"!\[(?:\\.|[^\]\\])*\]\([^)]*\)")
_WEB_IMAGE = re.compile(r"!\[(?:\\.|[^\]\\])*\]\(https?://", re.IGNORECASE)


def converts_later(source: QMimeData) -> bool:
    """True when the mime data's HTML is too large to convert without stalling the window but
    small enough to convert at all (larger HTML is pasted as its plain text at once)."""
    from retro_editor.core.html_to_markdown import MAX_HTML_CHARS  # see markdown_of

    return source.hasHtml() and SYNC_MAX_HTML_CHARS < len(source.html()) <= MAX_HTML_CHARS


def has_text(markdown: str | None) -> bool:
    """Whether converted Markdown holds more than images (a browser's Copy Image puts
    ``<img>`` beside the bitmap: the bitmap is imported instead)."""
    return markdown is not None and bool(_IMAGE.sub("", markdown).strip())


def markdown_of(source: QMimeData) -> str | None:
    """Markdown for the mime data's HTML, or None when it has none or it holds no text."""
    if not source.hasHtml():
        return None
    # imported at the first paste, not at start: its expressions take 30 ms to compile
    from retro_editor.core.html_to_markdown import html_to_markdown

    markdown = html_to_markdown(source.html())
    return markdown if has_text(markdown) else None


def web_images_notice(markdown: str) -> str | None:
    """The status bar's hint after a paste that links images on the web, or None."""
    count = len(_WEB_IMAGE.findall(markdown))
    if not count:
        return None
    return tr("The paste links {n} image(s) on the web: Edit → Download Web Images copies "
              "them into assets/.").format(n=count)
