"""Dropping links (from a browser's address bar or a page) onto the Related tab."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from retro_editor.ui.side_panel.related_model import is_web_url


def dropped_urls(mime: QMimeData) -> list[str]:
    """The http(s) URLs a drag carries (its URL list, else its text, one URL per line);
    [] when it carries anything else, so that the drop is refused rather than half taken."""
    if mime.hasUrls():
        found = [url.toString() for url in mime.urls()]
    elif mime.hasText():
        found = [line.strip() for line in mime.text().splitlines() if line.strip()]
    else:
        return []
    return found if found and all(is_web_url(url) for url in found) else []


class UrlDropFilter(QObject):
    """An event filter accepting drops of web links on the widgets it watches and handing the
    URLs to ``add``; other drags (the table's own row moves) pass through untouched."""

    def __init__(self, add: Callable[[list[str]], object], parent: QObject | None = None):
        super().__init__(parent)
        self._add = add

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
                event, (QDragEnterEvent, QDragMoveEvent)):
            if dropped_urls(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            urls = dropped_urls(event.mimeData())
            if urls:
                event.acceptProposedAction()
                self._add(urls)
                return True
        return False
