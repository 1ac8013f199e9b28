"""The table model of the Related tab: related-news links, validated cell by cell."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QObject, Qt

from retro_editor.core.project_state import LinkRecord
from retro_editor.ui.link_status import (
    plain_tooltip,
    record_tooltip,
    status_colour,
    status_icon,
)
from retro_editor.ui.side_panel.table_rows import Index, RowTableModel
from retro_editor.ui.side_panel.text import format_count

_PAGE_SUFFIX = re.compile(r"\.(html?|php|aspx?|jsp|cgi)$", re.IGNORECASE)
_WORD_BREAKS = re.compile(r"[-_+]+")
_NUMERIC_ID = re.compile(r"^\d+$")


def is_web_url(text: str) -> bool:
    """True for one absolute http or https URL with a host (and no spaces)."""
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return False
    parts = urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def title_from_url(url: str) -> str:
    """A starting title from a URL's last meaningful path segment, else its host.

    ``https://news.example/2021/05/hero-video-turns-20.html`` → ``"Hero video turns 20"``.
    """
    parts = urlsplit(url.strip())
    segments = [s for s in parts.path.split("/") if s]
    while segments and (_NUMERIC_ID.match(segments[-1]) or segments[-1].lower() in ("index.html",
                                                                                   "index.php")):
        segments.pop()
    if segments:
        words = _WORD_BREAKS.sub(" ", _PAGE_SUFFIX.sub("", unquote(segments[-1]))).strip()
        if words:
            return words[:1].upper() + words[1:]
    host = (parts.hostname or "").removeprefix("www.")
    return host


class RelatedModel(RowTableModel):
    """Rows of title, URL, source, date, views and note, as the writer typed them."""

    COLUMNS = ("title", "url", "source", "date", "views", "note", "author", "description",
               "image", "archive_url", "issue", "page")
    KIND = "related"
    (TITLE, URL, SOURCE, DATE, VIEWS, NOTE, AUTHOR, DESCRIPTION, IMAGE, ARCHIVE, ISSUE,
     PAGE) = range(12)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: Mapping[str, LinkRecord] = {}

    def column_label(self, column: int) -> str:
        return (self.tr("Title"), self.tr("URL"), self.tr("Source"), self.tr("Date"),
                self.tr("Views"), self.tr("Note"), self.tr("Author"), self.tr("Description"),
                self.tr("Image"), self.tr("Archived copy"), self.tr("Issue"),
                self.tr("Page"))[column]

    def display(self, key: str, text: str, draft: bool) -> str:
        if key == "views" and not draft and text.isdigit():
            return format_count(int(text))
        return text

    def set_link_records(self, records: Mapping[str, LinkRecord]) -> None:
        """The last check of each URL, shown on the URL cells (icon, colour, tooltip)."""
        self._records = records
        if self._rows:
            self.dataChanged.emit(self.index(0, self.URL), self.index(len(self._rows) - 1, self.URL))

    def link_record(self, row: int) -> LinkRecord | None:
        return self._records.get(self._rows[row]["url"])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.VIEWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        record = self.link_record(index.row()) if index.column() == self.URL \
            and not self.row_errors(index.row()).get("url") else None
        if record is not None and role == Qt.ItemDataRole.DecorationRole:
            return status_icon(record.status)
        if record is not None and role == Qt.ItemDataRole.ForegroundRole:
            return status_colour(record.status)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            text = (f"{self._rows[index.row()]['url']}\n{record_tooltip(record)}"
                    if record is not None else super().data(index, role))
            # cells hold page titles and descriptions: never shown as HTML
            return plain_tooltip(text) if text and role == Qt.ItemDataRole.ToolTipRole else text
        return super().data(index, role)

    def url_at(self, row: int) -> str:
        return self._rows[row]["url"]

    def row_key(self, row: int) -> object:
        """An identity for the row that survives moves and other rows' edits (see ``row_of``)."""
        return self._rows[row]

    def row_of(self, key: object) -> int | None:
        """The row's current position, or None once it was deleted or the table reloaded."""
        return next((n for n, row in enumerate(self._rows) if row is key), None)

    def add_url(self, at: int, url: str) -> int:
        """Adds a row for ``url`` with a title guessed from it; returns the row."""
        url = url.strip()
        return self.insert_row(at, {"url": url, "title": title_from_url(url)})
