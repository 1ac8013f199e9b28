"""The Links tab: going to a link, and the actions on a checked link (archived copy, final
URL, Archive Now against a local server), each one undoable; dropping a URL on Related."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from tests.web.local_server import refused_url, server  # noqa: F401

from retro_editor.core.manifest import Manifest, RelatedLink
from retro_editor.core.project import Project
from retro_editor.core.project_state import LinkRecord
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel import SidePanel
from retro_editor.ui.side_panel.related_model import RelatedModel
from retro_editor.ui.tasks import TaskRunner
from retro_editor.web.archive import save_now
from retro_editor.web.http_client import new_client

GONE = "https://old.example/gone"
MOVED = "https://old.example/moved"
FINAL = "https://new.example/here"
COPY = "https://archive.example/web/2004/https://old.example/gone"
TEXT = f"# Links\n\nIntro.\n\nSee [the story]({MOVED}) and {GONE} again.\n"


@pytest.fixture
def document(tmp_path: Path) -> ProjectDocument:
    manifest = Manifest(related=[RelatedLink(title="Gone", url=GONE, date="2004-03")])
    doc = ProjectDocument(Project(folder=tmp_path, manifest_name="t.retro", manifest=manifest,
                                  text=TEXT, saved=True))
    doc.set_link_records({
        GONE: LinkRecord("broken", "2026-12-06T15:20:00Z", 404, GONE, "404 Not Found", COPY),
        MOVED: LinkRecord("redirected", "2026-12-06T15:20:00Z", 200, FINAL,
                          f"redirected to {FINAL}")})
    return doc


@pytest.fixture
def panel(show, document):
    widget = SidePanel(document=document)
    shown = show(widget, 700, 500)
    shown.show_links()
    return shown


def select(panel, where: str):
    links = panel.links_tab
    for n in range(links.list.topLevelItemCount()):
        if links.list.topLevelItem(n).text(1) == where:
            links.select_link(n)
            return links
    raise AssertionError(f"no link at {where}")


def test_every_link_is_listed_with_its_last_check(panel):
    items = [panel.links_tab.list.topLevelItem(n) for n in range(3)]
    assert [(i.text(0), i.text(1), i.text(2)) for i in items] == [
        ("Redirected", "line 5", MOVED), ("Broken", "line 5", GONE),
        ("Broken", "related 1", GONE)]
    assert "Final URL: https://new.example/here" in items[0].toolTip(0)
    assert "Checked: 2026-12-06 15:20 UTC" in items[1].toolTip(2)
    assert panel.links_tab.summary.text() == (
        "Last check 2026-12-06 15:20 UTC: 3 link(s), 3 need attention.")


def test_activating_an_article_link_selects_it_in_the_text(qtbot, panel):
    links = select(panel, "line 5")
    with qtbot.waitSignal(links.articleLinkActivated) as signal:
        qtbot.keyClick(links.list, Qt.Key_Return)
    start, end = signal.args
    assert TEXT[start:end] == MOVED


def test_activating_a_related_link_shows_its_row(qtbot, panel):
    links = select(panel, "related 1")
    qtbot.keyClick(links.list, Qt.Key_Return)
    assert panel.currentWidget() is panel.related_tab
    assert panel.related_tab.view.selected_rows() == [0]


def test_use_the_archived_copy_in_a_row_keeps_its_url_and_can_be_undone(qtbot, panel,
                                                                        document):
    links = select(panel, "related 1")
    qtbot.mouseClick(links.archive_button, Qt.LeftButton)
    [row] = document.manifest.related
    assert (row.url, row.archive_url) == (GONE, COPY)
    assert panel.related_tab.model.index(0, RelatedModel.ARCHIVE).data() == COPY
    qtbot.mouseClick(links.undo_button, Qt.LeftButton)
    assert document.manifest.related[0].archive_url is None


def test_update_to_the_final_url_in_the_text_is_one_undoable_edit(qtbot, panel, document):
    links = select(panel, "line 5")
    assert links.current_link().url == MOVED
    qtbot.mouseClick(links.final_button, Qt.LeftButton)
    assert document.text() == TEXT.replace(MOVED, FINAL)
    document.text_document.undo()
    assert document.text() == TEXT


def test_use_the_archived_copy_in_the_text(qtbot, panel, document):
    links = panel.links_tab
    links.select_link(1)
    assert links.current_link().url == GONE
    qtbot.mouseClick(links.archive_button, Qt.LeftButton)
    assert document.text() == TEXT.replace(f" {GONE} ", f" {COPY} ")


def click_archive_now(qtbot, panel, server) -> tuple[TaskRunner, object]:
    """Archive Now on the first related link, saving through the test server's endpoint."""
    def save(url: str) -> str:
        with new_client() as client:
            return save_now(client, url, server.url_for("/save/"))

    runner = TaskRunner(panel, name="archive-test", threads=1)
    panel.links_tab.set_archive_saver(runner, save)
    links = select(panel, "related 1")
    qtbot.mouseClick(links.save_button, Qt.LeftButton)
    return runner, links


def test_archive_now_asks_the_save_endpoint_and_keeps_the_copy(qtbot, panel, document, server):
    server.expect_request(f"/save/{GONE}").respond_with_data(
        "", headers={"Content-Location": f"/web/20261206/{GONE}"})
    runner, links = click_archive_now(qtbot, panel, server)
    copy = server.url_for(f"/web/20261206/{GONE}")
    qtbot.waitUntil(lambda: document.manifest.related[0].archive_url == copy, timeout=10_000)
    assert document.link_records[GONE].archive_url == copy
    assert "keeps a copy" in links.message.text()
    runner.shutdown()


def test_archive_now_says_why_it_failed(qtbot, panel, server):
    server.expect_request(f"/save/{GONE}").respond_with_data("", status=503)
    runner, links = click_archive_now(qtbot, panel, server)
    qtbot.waitUntil(lambda: "did not keep" in links.message.text(), timeout=10_000)
    assert "503" in links.message.text()
    runner.shutdown()


def drop(widget, mime: QMimeData) -> bool:
    """A drag entering ``widget`` and dropped on it (Qt delivers a drop to the widget that
    accepted the drag's entry); True if the drop was taken."""
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_a_url_dropped_on_the_related_table_adds_a_row(qtbot, panel, document):
    panel.setCurrentWidget(panel.related_tab)
    mime = QMimeData()
    mime.setUrls([QUrl("https://news.example/2001/dreamcast-ends.html")])
    assert drop(panel.related_tab.view.viewport(), mime)
    assert [r.url for r in document.manifest.related] == [
        GONE, "https://news.example/2001/dreamcast-ends.html"]
    assert document.manifest.related[1].title == "Dreamcast ends"


def test_a_drop_that_is_not_a_web_link_is_refused(qtbot, panel, document):
    panel.setCurrentWidget(panel.related_tab)
    mime = QMimeData()
    mime.setText("just words")
    assert not drop(panel.related_tab.view.viewport(), mime)
    assert len(document.manifest.related) == 1


def test_a_hidden_links_tab_reads_the_article_when_it_is_shown(show, document, monkeypatch):
    """Opening a project does not wait for its links (a full Markdown parse: 0.3 s at
    100,000 words) unless the Links tab is the one shown."""
    import retro_editor.web.article_links as article_links

    reads: list[str] = []
    real = article_links.article_links
    monkeypatch.setattr(article_links, "article_links",
                        lambda text: reads.append(text) or real(text))
    widget = show(SidePanel(document=document), 700, 500)
    assert reads == [] and widget.links_tab.list.topLevelItemCount() == 0
    widget.show_links()
    assert len(reads) == 1
    assert widget.links_tab.list.topLevelItemCount() == 3
