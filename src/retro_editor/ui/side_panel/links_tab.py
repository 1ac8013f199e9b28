"""The Links tab: every link of the project with its last check (Project → Check Links), and
what to do about the ones that need attention.

Activating a link goes to it: the text position in the editor, or the row of the Related tab.
"Use Archived Copy" and "Update to Final URL" are one edit each: in the article, an edit of
the text (Edit → Undo takes it back); in a related row, a change the tab's Undo button takes
back. "Archive Now" asks the web archive to keep a copy of a live page, in the background.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, NamedTuple

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.manifest import RelatedLink
from retro_editor.core.project_state import LinkRecord
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.link_status import (
    NEEDS_ATTENTION,
    checked_at_text,
    plain_tooltip,
    record_tooltip,
    status_colour,
    status_icon,
    status_label,
)
from retro_editor.ui.side_panel.validation import ERROR_COLOR
from retro_editor.ui.tasks import TaskRunner
from retro_editor.ui.text_access import utf16_length

#: ``save(url)`` → the archived copy's URL; runs off the GUI thread, raises with the reason
ArchiveSaver = Callable[[str], str]


class ProjectLink(NamedTuple):
    """One link of the project: ``kind`` is "article" (``place`` = its line), "related"
    (``place`` = the row) or "canonical"."""

    kind: str
    place: int
    url: str


def project_link_list(text: str, related: list[RelatedLink], canonical: str | None
                      ) -> list[ProjectLink]:
    from retro_editor.web.article_links import article_links

    found = [ProjectLink("article", line, url) for url, line in article_links(text)]
    found += [ProjectLink("related", row, link.url) for row, link in enumerate(related)
              if link.url]
    if canonical:
        found.append(ProjectLink("canonical", 0, canonical))
    return found


class LinksTab(QWidget):
    """The report list of the last link check, with its actions."""

    #: the article link between these two text positions (Qt's, UTF-16) was activated
    articleLinkActivated = Signal(int, int)
    #: the related row with this index was activated
    relatedRowActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: ProjectDocument | None = None
        self._links: list[ProjectLink] = []
        self._undo: list[RelatedLink] | None = None
        self._tasks: TaskRunner | None = None
        self._save: ArchiveSaver = _save_now
        self.setAccessibleName(self.tr("Links"))

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Last link check"))
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Status"), self.tr("Where"), self.tr("URL")])
        self.list.setColumnWidth(0, 120)
        self.list.setColumnWidth(1, 90)
        self.list.setAccessibleName(self.tr("Links of the project"))
        self.list.setAccessibleDescription(self.tr(
            "Every link of the article, the related news and the canonical URL, with its last "
            "check. Return goes to the link."))
        self.list.itemActivated.connect(lambda *_: self.go_to_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.go_button = self._button(self.tr("&Go to Link"), self.go_to_selected,
                                      self.tr("Show the link in the editor or the Related tab"))
        self.archive_button = self._button(
            self.tr("Use &Archived Copy"), self.use_archived_copy,
            self.tr("Use the web archive's copy of the page (a related row keeps its URL too)"))
        self.final_button = self._button(self.tr("Update to &Final URL"), self.use_final_url,
                                         self.tr("Replace the link by the address it redirects to"))
        self.save_button = self._button(self.tr("Archive &Now"), self.archive_now,
                                        self.tr("Ask the web archive to keep a copy of the page now"))
        self.undo_button = self._button(self.tr("&Undo"), self.undo,
                                        self.tr("Take back the last change to a related row"))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # URLs and servers' reasons
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for button in (self.go_button, self.archive_button, self.final_button):
            row1.addWidget(button)
        for button in (self.save_button, self.undo_button):
            row2.addWidget(button)
        row1.addStretch(1)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.set_document(None)

    # --- public --------------------------------------------------------------------------
    def set_document(self, document: ProjectDocument | None) -> None:
        if self._document is not None:
            self._document.linkRecordsChanged.disconnect(self._refresh_if_shown)
            self._document.manifestChanged.disconnect(self._on_manifest_changed)
        self._document = document
        self._undo = None
        self.setEnabled(document is not None)
        if document is not None:
            document.linkRecordsChanged.connect(self._refresh_if_shown)
            document.manifestChanged.connect(self._on_manifest_changed)
        self._show_message("")
        if self.isVisible():
            self.refresh()
        else:  # listed when shown: reading a long article's links takes a while (0.3 s
            self.list.clear()  # at 100,000 words), which opening it must not wait for
            self._links = []

    def set_archive_saver(self, tasks: TaskRunner | None, save: ArchiveSaver | None = None) -> None:
        """The runner "Archive Now" runs on (None: the button is off); ``save`` replaces the
        web archive request (tests)."""
        self._tasks = tasks
        self._save = save or _save_now
        self._update_buttons()

    def flush(self) -> None:
        """Nothing is typed here (the side panel asks every tab before a save)."""

    def refresh(self) -> None:
        """Lists the project's links as they are now, each with its last check."""
        doc = self._document
        current = self.current_link()
        self.list.clear()
        self._links = (project_link_list(doc.text(), doc.manifest.related,
                                         doc.manifest.article.canonical_url)
                       if doc is not None else [])
        records = doc.link_records if doc is not None else {}
        attention = 0
        for link in self._links:
            record = records.get(link.url)
            item = QTreeWidgetItem([status_label(record.status) if record else self.tr("Not checked"),
                                    self._where(link), link.url])
            if record is not None:
                item.setIcon(0, status_icon(record.status))
                colour = status_colour(record.status)
                if colour is not None:
                    item.setForeground(0, colour)
                tip = f"{link.url}\n{record_tooltip(record)}"
                attention += record.status in NEEDS_ATTENTION
            else:
                tip = link.url
            for column in range(3):
                item.setToolTip(column, plain_tooltip(tip))
            self.list.addTopLevelItem(item)
            if link == current or (current is None and self.list.currentItem() is None
                                   and record is not None
                                   and record.status in NEEDS_ATTENTION):
                self.list.setCurrentItem(item)  # the same link again, or the first problem
        checked = [records[link.url].checked_at for link in self._links if link.url in records]
        if not self._links:
            self.summary.setText(self.tr("The project has no links."))
        elif not checked:
            self.summary.setText(self.tr("Not checked yet: Project → Check Links."))
        else:
            self.summary.setText(self.tr(
                "Last check {when}: {count} link(s), {attention} need attention.").format(
                when=checked_at_text(max(checked)), count=len(self._links), attention=attention))
        self._update_buttons()

    def current_link(self) -> ProjectLink | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self._links[row] if 0 <= row < len(self._links) else None

    def select_link(self, row: int) -> None:
        item = self.list.topLevelItem(row)
        if item is not None:
            self.list.setCurrentItem(item)

    def go_to_selected(self) -> None:
        link = self.current_link()
        if link is None or self._document is None:
            return
        if link.kind == "related":
            self.relatedRowActivated.emit(link.place)
        elif link.kind == "article":
            offset = self._offset(link)
            if offset is None:
                self._show_message(self.tr("The link is no longer in the text."), error=True)
                return
            start = utf16_length(self._document.text()[:offset])
            self.articleLinkActivated.emit(start, start + utf16_length(link.url))

    def use_archived_copy(self) -> None:
        link, record = self._current_with_record()
        if link is not None and record is not None and record.archive_url:
            self._apply(link, record.archive_url, archive=True)

    def use_final_url(self) -> None:
        link, record = self._current_with_record()
        if link is not None and record is not None and record.final_url:
            self._apply(link, record.final_url, archive=False)

    def archive_now(self) -> None:
        link = self.current_link()
        if link is None or self._tasks is None:
            return
        self._show_message(self.tr("Asking the web archive to keep {url} …").format(url=link.url))
        self._tasks.submit(self._save, link.url,
                           on_done=lambda copy: self._archived(link, str(copy)),
                           on_error=lambda error: self._show_message(
                               self.tr("The web archive did not keep {url}: {reason}").format(
                                   url=link.url, reason=str(error)), error=True))

    def undo(self) -> None:
        if self._document is not None and self._undo is not None:
            self._document.set_related(self._undo)
            self._undo = None
            self._show_message(self.tr("The related row is back as it was."))
        self._update_buttons()

    # --- internals -----------------------------------------------------------------------
    def _where(self, link: ProjectLink) -> str:
        if link.kind == "article":
            return self.tr("line {line}").format(line=link.place)
        if link.kind == "related":
            return self.tr("related {row}").format(row=link.place + 1)
        return self.tr("canonical")

    def _offset(self, link: ProjectLink) -> int | None:
        from retro_editor.web.article_links import link_offset

        assert self._document is not None
        return link_offset(self._document.text(), link.url, link.place)

    def _current_with_record(self) -> tuple[ProjectLink | None, LinkRecord | None]:
        link = self.current_link()
        if link is None or self._document is None:
            return None, None
        return link, self._document.link_records.get(link.url)

    def _apply(self, link: ProjectLink, new_url: str, archive: bool) -> None:
        """One edit: the link's URL in the text, or the related row (its ``archive_url`` for
        an archived copy, keeping the original URL; its URL for a final one)."""
        doc = self._document
        assert doc is not None
        if link.kind == "related":
            related = list(doc.manifest.related)
            field = "archive_url" if archive else "url"
            try:
                changed = RelatedLink.model_validate(
                    {**related[link.place].model_dump(), field: new_url})
            except ValidationError:
                self._show_message(self.tr(
                    "Not changed: {url} is not a URL a row can hold.").format(url=new_url),
                    error=True)
                return
            self._undo = list(related)
            related[link.place] = changed
            doc.set_related(related)
            self._show_message(self.tr(
                "Related row {row} changed (Undo takes it back).").format(row=link.place + 1))
        elif link.kind == "article":
            offset = self._offset(link)
            if offset is None:
                self._show_message(self.tr("The link is no longer in the text."), error=True)
                return
            text = doc.text()
            start = utf16_length(text[:offset])
            cursor = QTextCursor(doc.text_document)
            cursor.setPosition(start)
            cursor.setPosition(start + utf16_length(link.url), QTextCursor.MoveMode.KeepAnchor)
            cursor.beginEditBlock()
            cursor.insertText(new_url)
            cursor.endEditBlock()
            self._show_message(self.tr(
                "Line {line}: the link now points to {url} (Edit → Undo takes it back).").format(
                line=link.place, url=new_url))
        else:
            article = doc.manifest.article.model_copy(update={"canonical_url": new_url})
            doc.set_article(article)
        self.refresh()

    def _archived(self, link: ProjectLink, copy: str) -> None:
        """A related row takes the new copy as its ``archive_url`` (one edit, Undo takes it
        back); the copy is remembered with the link's last check."""
        if self._document is None or link not in self._links:
            return
        old = self._document.link_records.get(link.url)
        if old is not None:
            self._document.set_link_records({link.url: dataclasses.replace(old, archive_url=copy)})
        if link.kind == "related":
            self._apply(link, copy, archive=True)
        self._show_message(self.tr("The web archive keeps a copy: {url}").format(url=copy))

    def _on_manifest_changed(self, part: str) -> None:
        if part in ("related", "article"):
            self._refresh_if_shown()

    def _refresh_if_shown(self) -> None:
        """Lists the links again now if the tab is seen, else when it is shown (reading the
        article's links is not free, and the Related table changes at every cell)."""
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.refresh()  # the text may have changed while the tab was hidden
        super().showEvent(event)

    def _button(self, text: str, slot: Callable[[], Any], tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")
        self.message.setVisible(bool(text))

    def _update_buttons(self) -> None:
        link, record = self._current_with_record()
        self.go_button.setEnabled(link is not None and link.kind != "canonical")
        self.archive_button.setEnabled(bool(record and record.archive_url))
        moved = record.final_url if record is not None else None
        self.final_button.setEnabled(link is not None and bool(moved) and moved != link.url)
        self.save_button.setEnabled(link is not None and self._tasks is not None)
        self.undo_button.setEnabled(self._undo is not None)


def _save_now(url: str) -> str:
    from retro_editor.web.archive import save_now  # httpx is loaded on first use only
    from retro_editor.web.http_client import new_client

    with new_client() as client:
        return save_now(client, url)
