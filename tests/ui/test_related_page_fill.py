"""Paste URL in the Related tab fills the row from the page, in the background, and never
overwrites a cell the writer typed into while the page was being read."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from table_editing import edit_cell
from tests.web import pages
from tests.web.local_server import refused_url, server  # noqa: F401
from werkzeug import Response

from retro_editor.core.manifest import Manifest
from retro_editor.core.project import Project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel.related_model import RelatedModel
from retro_editor.ui.side_panel.related_tab import RelatedTab
from retro_editor.ui.tasks import TaskRunner


@pytest.fixture
def document(tmp_path: Path) -> ProjectDocument:
    return ProjectDocument(Project(folder=tmp_path, manifest_name="t.retro", manifest=Manifest(),
                                   text="# T\n", saved=True))


@pytest.fixture
def tab(show, document):
    widget = RelatedTab(document=document)
    runner = TaskRunner(widget, name="web-test", threads=2)
    widget.set_page_reader(runner)
    shown = show(widget, 700, 500)
    yield shown
    runner.shutdown()


def paste(qtbot, tab: RelatedTab, url: str) -> None:
    QGuiApplication.clipboard().setText(url)
    qtbot.mouseClick(tab.paste_button, Qt.LeftButton)



def test_a_pasted_url_fills_title_source_and_date_from_the_page(qtbot, tab, document, server):
    server.expect_request("/story").respond_with_data(pages.NEWS_ARTICLE_JSON_LD,
                                                      content_type="text/html")
    url = server.url_for("/story")
    paste(qtbot, tab, url)
    [row] = document.manifest.related
    assert (row.url, row.title) == (url, "Story")  # stored at once, title guessed from the URL
    qtbot.waitUntil(lambda: document.manifest.related[0].source != "", timeout=10_000)
    [row] = document.manifest.related
    assert (row.title, row.source, row.date) == ("Sega ends Dreamcast production",
                                                 "The Daily Pixel", "2001-01-31")
    assert (row.author, row.description, row.image) == (
        "Aki Tanaka, Ben Ode", "The console's last units leave the factory.",
        server.url_for("/img/dreamcast.jpg"))
    assert tab.model.index(0, RelatedModel.AUTHOR).data() == "Aki Tanaka, Ben Ode"
    assert "filled from the page" in tab.message.text()


def test_a_cell_typed_while_the_page_is_read_keeps_the_writers_text(qtbot, tab, document,
                                                                    server):
    release = threading.Event()

    def held(_request):
        release.wait(20)
        return Response(pages.NEWS_ARTICLE_JSON_LD, content_type="text/html")

    server.expect_request("/held").respond_with_handler(held)
    paste(qtbot, tab, server.url_for("/held"))
    edit_cell(qtbot, tab, 0, RelatedModel.TITLE, "My own title")
    release.set()
    qtbot.waitUntil(lambda: document.manifest.related[0].source != "", timeout=10_000)
    [row] = document.manifest.related
    assert (row.title, row.source, row.date) == ("My own title", "The Daily Pixel",
                                                 "2001-01-31")


def test_a_row_moved_meanwhile_is_still_the_one_filled(qtbot, tab, document, server):
    release = threading.Event()

    def held(_request):
        release.wait(20)
        return Response(pages.OPEN_GRAPH, content_type="text/html")

    server.expect_request("/n64").respond_with_handler(held)
    paste(qtbot, tab, server.url_for("/n64"))
    tab.view.select_row(0)
    tab.add_row()
    tab.view.clearSelection()
    tab.model.move_rows([0], 2)
    release.set()
    qtbot.waitUntil(lambda: tab.model.row_values(1)["source"] != "", timeout=10_000)
    assert tab.model.row_values(1)["title"] == "The N64 at twenty-five"
    assert tab.model.row_values(0)["title"] == ""


def test_a_page_that_cannot_be_read_keeps_the_url_and_says_why(qtbot, tab, document,
                                                                refused_url):
    paste(qtbot, tab, refused_url)
    qtbot.waitUntil(lambda: "could not read" in tab.message.text(), timeout=10_000)
    assert "the connection was refused" in tab.message.text()
    [row] = document.manifest.related
    assert (row.url, row.title, row.source) == (refused_url, "Gone", "")
    cell = tab.model.index(0, RelatedModel.URL)  # the row itself says why, too
    assert "Page not read — the connection was refused" in cell.data(Qt.ToolTipRole)
    assert cell.data(Qt.DecorationRole) is not None
