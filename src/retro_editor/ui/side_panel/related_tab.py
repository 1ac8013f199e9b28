"""The Related tab: the curated related-news links, edited as a validated table."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from retro_editor.core.manifest import RelatedLink
from retro_editor.core.project_state import LinkRecord, utc_stamp
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel.related_delegates import DateDelegate, ViewsDelegate
from retro_editor.ui.side_panel.related_model import RelatedModel, is_web_url
from retro_editor.ui.side_panel.table_rows import ManifestRowsSync, RowTableView, widget_shortcut
from retro_editor.ui.side_panel.url_drop import UrlDropFilter
from retro_editor.ui.side_panel.validation import ERROR_COLOR
from retro_editor.ui.tasks import TaskRunner

UrlOpener = Callable[[QUrl], object]
#: ``read(url)`` → a ``retro_editor.web.fetch_page.PageFetch``; runs off the GUI thread
PageReader = Callable[[str], Any]
#: the cells a page's metadata fills, with the metadata field each takes
_FILLED = ((RelatedModel.TITLE, "title"), (RelatedModel.SOURCE, "source"),
           (RelatedModel.DATE, "date"), (RelatedModel.AUTHOR, "author"),
           (RelatedModel.DESCRIPTION, "description"), (RelatedModel.IMAGE, "image"))
_MAX_OPEN_AT_ONCE = 10
_COLUMN_WIDTHS = (160, 150, 100, 90, 90, 120, 110, 160, 120, 160, 80)


class RelatedTab(ManifestRowsSync, QWidget):
    """Edits ``manifest.related``. Rows with problems stay in the table, marked; only the
    valid rows reach the manifest, and :attr:`problemsChanged` tells the window."""

    MANIFEST_PART = "related"

    #: the messages of the rows with problems ("row 3 URL must be …"); [] when none
    problemsChanged = Signal(list)
    model: RelatedModel

    def __init__(self, parent: QWidget | None = None, document: ProjectDocument | None = None):
        super().__init__(parent)
        self._document: ProjectDocument | None = None
        self._pushed: list[RelatedLink] = []
        self._problems: list[str] = []
        self._open_url: UrlOpener = QDesktopServices.openUrl
        self._page_tasks: TaskRunner | None = None
        self._read_page: PageReader = _read_page
        self.setAccessibleName(self.tr("Related"))

        self.model = RelatedModel(self)
        self.view = RowTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(RelatedModel.DATE, DateDelegate(self.view))
        self.view.setItemDelegateForColumn(RelatedModel.VIEWS, ViewsDelegate(self.view))
        for column, width in enumerate(_COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        self.view.setAccessibleName(self.tr("Related news"))
        self.view.setAccessibleDescription(
            self.tr("Related links: title, URL, source, date, views and note. Ctrl+V adds a "
                    "copied URL, Ctrl+Return opens the selected link, Alt+Up and Alt+Down move "
                    "rows, Delete removes them."))

        self.add_button = self._button(self.tr("&Add"), self.tr("Add an empty row"))
        self.paste_button = self._button(self.tr("Pa&ste URL"),
                                         self.tr("Add a row for the URL on the clipboard (Ctrl+V)"))
        self.delete_button = self._button(self.tr("&Delete"),
                                          self.tr("Delete the selected rows (Delete)"))
        self.up_button = self._button(self.tr("Move &Up"),
                                      self.tr("Move the selected rows up (Alt+Up)"))
        self.down_button = self._button(self.tr("Move Do&wn"),
                                        self.tr("Move the selected rows down (Alt+Down)"))
        self.open_button = self._button(self.tr("Open in &Browser"),
                                        self.tr("Open the selected link in the web browser "
                                                "(Ctrl+Return)"))
        self.add_button.clicked.connect(self.add_row)
        self.paste_button.clicked.connect(self.paste_url)
        self.delete_button.clicked.connect(self.view.remove_selected)
        self.up_button.clicked.connect(self.view.move_selected_up)
        self.down_button.clicked.connect(self.view.move_selected_down)
        self.open_button.clicked.connect(self.open_selected)
        widget_shortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.view, self.paste_url)
        widget_shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self.view, self.open_selected)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # URLs and servers' reasons
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {ERROR_COLOR};")
        self.summary.setAccessibleName(self.tr("Problems in the related links"))
        self.summary.hide()

        row1 = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.delete_button):
            row1.addWidget(button)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.open_button):
            row2.addWidget(button)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(row1)
        layout.addLayout(row2)
        order = (self.view, self.add_button, self.paste_button, self.delete_button,
                 self.up_button, self.down_button, self.open_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self._url_drop = UrlDropFilter(self.add_urls, self)
        self.setAcceptDrops(True)
        self.installEventFilter(self._url_drop)
        self.view.viewport().installEventFilter(self._url_drop)

        self.model.rowsEdited.connect(self._push)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.layoutChanged, self.view.selectionModel().selectionChanged,
                       self.view.selectionModel().currentChanged):
            signal.connect(self._update_buttons)
        if document is not None:
            self.set_document(document)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------
    def set_document(self, document: ProjectDocument | None) -> None:
        self._show_message("")
        if self._document is not None:
            self._document.linkRecordsChanged.disconnect(self._show_link_records)
        super().set_document(document)
        if document is not None:
            document.linkRecordsChanged.connect(self._show_link_records)
        self._show_link_records()

    def select_row(self, row: int) -> None:
        """Selects and shows a row (the Links tab's "go to link")."""
        self.view.select_row(row, RelatedModel.URL)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_url_opener(self, opener: UrlOpener) -> None:
        """Replaces ``QDesktopServices.openUrl`` (called with a ``QUrl``), e.g. in tests."""
        self._open_url = opener

    def set_page_reader(self, tasks: TaskRunner | None,
                        read: PageReader | None = None) -> None:
        """With a runner, a pasted URL's row is filled from the page's own metadata in the
        background (``read`` replaces the web fetch, e.g. in tests); without one, it is not."""
        self._page_tasks = tasks
        self._read_page = read or _read_page

    def add_row(self) -> None:
        row = self.model.insert_row(self._insert_position())
        self._show_message("")
        self.view.select_row(row)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(self.model.index(row, RelatedModel.TITLE))

    def paste_url(self) -> None:
        """Adds a row per http(s) URL on the clipboard (one per line), title guessed."""
        text = QGuiApplication.clipboard().text()
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines or not all(is_web_url(line) for line in lines):
            self._show_message(self.tr("The clipboard holds no http or https URL to add. Copy a "
                                       "link (such as https://example.com/news) and paste "
                                       "again."), error=True)
            return
        self.add_urls(lines)

    def add_urls(self, lines: list[str]) -> None:
        """Adds a row per URL after the selection, each filled from its page (see
        :meth:`set_page_reader`), and selects the first."""
        at = self._insert_position()
        rows = [self.model.add_url(at + n, url) for n, url in enumerate(lines)]
        self.view.select_row(rows[0], RelatedModel.TITLE)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if len(rows) == 1:
            self._show_message(self.tr("Added a link; check its title."))
        else:
            self._show_message(self.tr("Added {count} links; check their titles.").format(count=len(rows)))
        for row, url in zip(rows, lines, strict=True):
            self._fill_from_page(row, url)

    def open_selected(self) -> None:
        """Opens the selected rows' links in the browser (http and https only)."""
        rows = self.view.selected_rows()[:_MAX_OPEN_AT_ONCE]
        refused = []
        for row in rows:
            url = self.model.url_at(row)
            if is_web_url(url):
                self._open_url(QUrl(url.strip()))
            else:
                refused.append(str(row + 1))
        if refused:
            self._show_message(self.tr("Not opened: row {rows} has no http or https URL.").format(
                rows=", ".join(refused)), error=True)
        else:
            self._show_message("")

    # --- internals -----------------------------------------------------------------------
    def _fill_from_page(self, row: int, url: str) -> None:
        """Reads the page in the background; the cells the writer has not changed since the
        paste take the page's title, source and date when it answers."""
        if self._page_tasks is None:
            return
        key = self.model.row_key(row)
        before = self.model.row_values(row)
        self._show_message(self.tr("Reading {url} …").format(url=url))
        self._page_tasks.submit(
            self._read_page, url,
            on_done=lambda result: self._page_read(key, before, url, result),
            on_error=lambda error: self._page_read(key, before, url, None, str(error)))

    def _page_read(self, key: object, before: dict[str, str], url: str, result: Any,
                   error: str = "") -> None:
        row = self.model.row_of(key)
        if row is None:
            return  # deleted, or another project shown, while the page was read
        metadata = getattr(result, "metadata", None)
        if metadata is None:
            reason = error or getattr(result, "error", "") or self.tr("no answer")
            if self._document is not None:
                self._document.set_link_records({url: LinkRecord(
                    "unreadable", utc_stamp(), reason=reason,
                    final_url=getattr(result, "final_url", None))})
            self._show_message(self.tr("Row {row}: could not read {url} ({reason}). The URL is kept; "
                                       "fill in the other cells by hand.").format(
                row=row + 1, url=url, reason=reason), error=True)
            return
        now = self.model.row_values(row)
        filled = 0
        for column, name in _FILLED:
            value = getattr(metadata, name, "")
            if value and now.get(name, "") == before.get(name, ""):
                filled += self.model.setData(self.model.index(row, column), value)
        self._show_message(self.tr("Row {row}: filled from the page; check it.").format(row=row + 1)
                           if filled else "")

    def _show_link_records(self) -> None:
        self.model.set_link_records(self._document.link_records if self._document else {})

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _insert_position(self) -> int:
        rows = self.view.selected_rows()
        return rows[-1] + 1 if rows else self.model.rowCount()

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message.setVisible(bool(text))

    def _update_buttons(self, *_args: object) -> None:
        rows = self.view.selected_rows()
        count = self.model.rowCount()
        self.delete_button.setEnabled(bool(rows))
        self.open_button.setEnabled(bool(rows))
        self.up_button.setEnabled(bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(bool(rows) and rows[-1] < count - 1)


def _read_page(url: str) -> Any:
    from retro_editor.web.fetch_page import fetch_page  # httpx is loaded on first use only

    return fetch_page(url)
