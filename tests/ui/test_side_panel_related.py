"""The side panel's Related tab: the validated related-news table, and the panel's problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from table_editing import edit_cell, open_editor, press_return

from retro_editor.core.manifest import Manifest, RelatedLink
from retro_editor.core.project import Project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel import SidePanel
from retro_editor.ui.side_panel.date_field import PartialDateEdit
from retro_editor.ui.side_panel.related_model import RelatedModel, is_web_url, title_from_url
from retro_editor.ui.side_panel.related_tab import RelatedTab

LINKS = [
    RelatedLink(title="Glasshouse Summer at 20", url="https://example.org/news/glasshouse",
                source="Elena Marsh", date=dt.date(2024, 6, 1), views=48210),
    RelatedLink(title="The Lost Tapes", url="https://example.org/news/lost-tapes",
                source="Tomás Reyes"),
    RelatedLink(title="Saltwater Radio", url="https://example.org/news/saltwater", views=0),
]
TITLE, URL, SOURCE, DATE, VIEWS, NOTE = range(6)


def make_document(folder: Path) -> ProjectDocument:
    project = Project(folder=folder, manifest_name="test.retro",
                      manifest=Manifest(related=list(LINKS)), text="# T\n", saved=True)
    return ProjectDocument(project)


@pytest.fixture
def document(tmp_path: Path) -> ProjectDocument:
    return make_document(tmp_path)


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def tab(show, document, opened) -> RelatedTab:
    widget = RelatedTab(document=document)
    widget.set_url_opener(opened.append)
    return show(widget, 700, 500)


def titles(document: ProjectDocument) -> list[str]:
    return [link.title for link in document.manifest.related]





def test_shows_the_links_with_formatted_views(tab):
    model = tab.model
    assert [model.headerData(c, Qt.Horizontal) for c in range(6)] == [
        "Title", "URL", "Source", "Date", "Views", "Note"]
    assert model.index(0, VIEWS).data() == "48,210"
    assert model.index(2, VIEWS).data() == "0"
    assert model.index(1, VIEWS).data() == ""
    assert model.index(0, DATE).data(Qt.EditRole) == "2024-06-01"
    assert model.index(0, DATE).data() == "2024-06-01"


def test_add_a_row_and_fill_it_in(qtbot, tab, document):
    tab.view.select_row(2)
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    row = 3
    editor = tab.view.indexWidget(tab.model.index(row, TITLE))
    assert isinstance(editor, QLineEdit)  # the title opens for typing
    qtbot.keyClicks(editor, "Paper Moons")
    press_return(qtbot, tab, editor)
    assert titles(document) == [*(link.title for link in LINKS), "Paper Moons"]  # kept
    assert document.manifest.related[3].drafts == {"url": ""}
    assert tab.problems() == [
        "row 4 URL must not be empty, unless the row is a print source with its publication as source"]
    edit_cell(qtbot, tab, row, URL, "https://example.org/paper-moons")
    edit_cell(qtbot, tab, row, SOURCE, "Jonah Feld")
    edit_cell(qtbot, tab, row, NOTE, "Interview")
    assert document.manifest.related[3] == RelatedLink(
        title="Paper Moons", url="https://example.org/paper-moons", source="Jonah Feld",
        note="Interview")
    assert not tab.has_problems()


@pytest.mark.parametrize("typed, stored, shown", [
    ("3200000000", 3_200_000_000, "3,200,000,000"),  # more than a 32-bit int: big videos
    ("12k", 12_000, "12,000"),
    ("1.2M", 1_200_000, "1,200,000"),
    ("1,234", 1234, "1,234"),
])
def test_views_editor_understands_numbers_and_suffixes(qtbot, tab, document, typed, stored,
                                                        shown):
    edit_cell(qtbot, tab, 1, VIEWS, typed)
    assert document.manifest.related[1].views == stored
    assert tab.model.index(1, VIEWS).data() == shown
    editor = open_editor(qtbot, tab, 1, VIEWS)
    assert editor.text() == str(stored)


def test_date_editor_takes_partial_dates_and_has_a_calendar(qtbot, tab, document):
    editor = open_editor(qtbot, tab, 1, DATE)
    assert isinstance(editor, PartialDateEdit)
    assert editor.text() == ""
    editor.open_calendar()
    assert editor.popup().calendar.selectedDate() == QDate.currentDate()
    editor.popup().calendar.clicked.emit(QDate(2023, 3, 14))
    assert document.manifest.related[1].date == "2023-03-14"
    press_return(qtbot, tab, editor)
    edit_cell(qtbot, tab, 1, DATE, "2023-03")
    assert document.manifest.related[1].date == "2023-03"
    editor = open_editor(qtbot, tab, 1, DATE)
    editor.open_calendar()
    assert editor.popup().calendar.selectedDate() == QDate(2023, 3, 1)
    editor.popup().hide()
    press_return(qtbot, tab, editor)
    edit_cell(qtbot, tab, 1, DATE, "")
    assert document.manifest.related[1].date is None


def test_invalid_cells_are_marked_explained_and_kept(qtbot, tab, document):
    with qtbot.waitSignal(tab.problemsChanged) as signal:
        edit_cell(qtbot, tab, 2, URL, "example.org/saltwater")
    assert signal.args == [["row 3 URL must be an http or https URL"]]
    index = tab.model.index(2, URL)
    assert index.data() == "example.org/saltwater"  # kept as typed
    assert index.data(Qt.BackgroundRole) is not None
    assert not index.data(Qt.DecorationRole).isNull()
    assert index.data(Qt.ToolTipRole) == "must be an http or https URL"
    assert titles(document) == [link.title for link in LINKS]  # the row is kept, URL a draft
    assert document.manifest.related[2].drafts == {"url": "example.org/saltwater"}
    assert tab.model.rowCount() == 3

    edit_cell(qtbot, tab, 0, TITLE, "")
    tab.model.setData(tab.model.index(1, VIEWS), "-5")
    tab.model.setData(tab.model.index(1, DATE), "31/02/2024")
    assert tab.summary.isVisible()
    assert tab.summary.text() == (
        "4 problems: row 1 Title must not be empty, "
        "row 2 Date must be a date like 1999, 1999-03 or 1999-03-14, "
        "row 2 Views must be 0 or more, row 3 URL must be an http or https URL")
    assert [link.drafts for link in document.manifest.related] == [
        {"title": ""}, {"date": "31/02/2024", "views": "-5"}, {"url": "example.org/saltwater"}]
    assert tab.model.rowCount() == 3
    assert tab.model.index(1, DATE).data() == "31/02/2024"

    edit_cell(qtbot, tab, 0, TITLE, "Glasshouse")
    tab.model.setData(tab.model.index(1, VIEWS), "1,234")  # grouped digits are understood
    tab.model.setData(tab.model.index(1, DATE), "2024-02-29")
    edit_cell(qtbot, tab, 2, URL, "https://example.org/saltwater")
    assert not tab.has_problems()
    assert not tab.summary.isVisible()
    assert titles(document) == ["Glasshouse", "The Lost Tapes", "Saltwater Radio"]
    assert document.manifest.related[1].views == 1234
    assert document.manifest.related[1].date == "2024-02-29"
    assert all(not link.drafts for link in document.manifest.related)


def test_views_that_are_not_numbers_are_explained(tab):
    tab.model.setData(tab.model.index(0, VIEWS), "lots")
    assert tab.problems() == [
        "row 1 Views must be a whole number of 0 or more, like 1843, 12k or 1.2M"]
    assert tab.model.index(0, VIEWS).data() == "lots"


def test_delete_selected_rows(qtbot, tab, document):
    tab.view.select_row(0)
    tab.view.selectionModel().select(tab.model.index(2, 0),
                                     QItemSelectionModel.Select | QItemSelectionModel.Rows)
    qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert titles(document) == ["The Lost Tapes"]
    tab.view.setFocus()
    tab.view.select_row(0)
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert document.manifest.related == []
    assert not tab.delete_button.isEnabled()


def test_reorder_by_drag_and_by_keyboard(qtbot, tab, document):
    model = tab.model
    mime = model.mimeData([model.index(2, c) for c in range(6)])
    assert model.dropMimeData(mime, Qt.MoveAction, 0, 0, QModelIndex()) is False
    assert titles(document) == ["Saltwater Radio", "Glasshouse Summer at 20", "The Lost Tapes"]
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus, timeout=2000)
    tab.view.select_row(0)
    qtbot.keyClick(tab.view, Qt.Key_Down, Qt.AltModifier)
    assert titles(document) == ["Glasshouse Summer at 20", "Saltwater Radio", "The Lost Tapes"]
    qtbot.mouseClick(tab.down_button, Qt.LeftButton)
    assert titles(document) == ["Glasshouse Summer at 20", "The Lost Tapes", "Saltwater Radio"]


def test_invalid_rows_move_with_their_problems(qtbot, tab, document):
    tab.model.setData(tab.model.index(0, URL), "nope")
    tab.view.select_row(0)
    qtbot.mouseClick(tab.down_button, Qt.LeftButton)
    assert tab.problems() == ["row 2 URL must be an http or https URL"]
    assert titles(document) == ["The Lost Tapes", "Glasshouse Summer at 20", "Saltwater Radio"]
    assert document.manifest.related[1].drafts == {"url": "nope"}


def test_paste_url_with_ctrl_v_adds_a_row_with_a_guessed_title(qtbot, tab, document):
    QGuiApplication.clipboard().setText("https://news.example/2021/05/hero-video-turns-20.html")
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus, timeout=2000)
    tab.view.select_row(0)
    qtbot.keyClick(tab.view, Qt.Key_V, Qt.ControlModifier)
    assert tab.model.rowCount() == 4
    assert document.manifest.related[1] == RelatedLink(
        title="Hero video turns 20", url="https://news.example/2021/05/hero-video-turns-20.html")
    assert tab.view.selected_rows() == [1]
    assert tab.message.isVisible()


def test_paste_url_button_and_several_lines(qtbot, tab, document):
    QGuiApplication.clipboard().setText("https://a.example/one\nhttps://b.example/two-things\n")
    tab.view.select_row(0)
    qtbot.mouseClick(tab.paste_button, Qt.LeftButton)
    assert titles(document)[:4] == ["Glasshouse Summer at 20", "One", "Two things",
                                    "The Lost Tapes"]


def test_pasting_something_else_explains_and_adds_nothing(qtbot, tab, document):
    QGuiApplication.clipboard().setText("just some words")
    qtbot.mouseClick(tab.paste_button, Qt.LeftButton)
    assert tab.model.rowCount() == 3
    assert "no http or https URL" in tab.message.text()
    assert tab.message.isVisible()
    QGuiApplication.clipboard().setText("ftp://files.example/x")
    qtbot.mouseClick(tab.paste_button, Qt.LeftButton)
    assert tab.model.rowCount() == 3


def test_open_in_browser_uses_the_opener_and_only_web_urls(qtbot, tab, opened):
    tab.view.select_row(1)
    qtbot.mouseClick(tab.open_button, Qt.LeftButton)
    assert opened == [QUrl("https://example.org/news/lost-tapes")]
    tab.model.setData(tab.model.index(0, URL), "javascript:alert(1)")
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus, timeout=2000)
    tab.view.select_row(0)
    qtbot.keyClick(tab.view, Qt.Key_Return, Qt.ControlModifier)
    assert len(opened) == 1
    assert "row 1" in tab.message.text()


def test_outside_change_reloads_but_own_edits_do_not(qtbot, tab, document):
    tab.model.setData(tab.model.index(2, URL), "bad")  # a problem row stays after own pushes
    edit_cell(qtbot, tab, 0, NOTE, "Read again")
    assert tab.model.rowCount() == 3
    document.set_related([LINKS[1]])
    assert tab.model.rowCount() == 1


def test_url_helpers():
    assert is_web_url(" https://example.org/x ")
    assert not is_web_url("https://")
    assert not is_web_url("mailto:a@example.org")
    assert not is_web_url("https://example.org/a b")
    assert title_from_url("https://www.example.com/") == "example.com"
    assert title_from_url("https://example.com/reviews/neon_harbor/123") == "Neon harbor"
    assert title_from_url("https://example.com/caf%C3%A9-culture") == "Café culture"


def test_keyboard_only_use(qtbot, tab):
    assert not tab.view.tabKeyNavigation()
    for widget in (tab.view, tab.add_button, tab.paste_button, tab.delete_button, tab.up_button,
                   tab.down_button, tab.open_button):
        assert widget.accessibleName()
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus, timeout=2000)
    qtbot.keyClick(tab.view, Qt.Key_Tab)
    assert tab.add_button.hasFocus()


def test_panel_gathers_problems_for_the_window(qtbot, tmp_path):
    document = make_document(tmp_path)
    panel = SidePanel(document=document)
    qtbot.addWidget(panel)
    assert not panel.has_problems()
    with qtbot.waitSignal(panel.problemsChanged) as signal:
        panel.related_tab.model.setData(panel.related_tab.model.index(1, URL), "nope")
    assert signal.args == [["Related: row 2 URL must be an http or https URL"]]
    assert panel.has_problems()
    assert not panel.tabIcon(panel.indexOf(panel.related_tab)).isNull()
    panel.related_tab.model.setData(panel.related_tab.model.index(1, URL), "https://ok.example")
    assert panel.problems() == []
    assert panel.tabIcon(panel.indexOf(panel.related_tab)).isNull()


def test_model_alone_keeps_blank_rows_out_of_the_manifest(qtbot):
    model = RelatedModel()
    model.insert_row(0)
    assert model.problems() == []
    assert model.items() == []


def test_a_title_that_looks_like_html_is_shown_as_text_in_its_tooltip(qtbot, tab):
    edit_cell(qtbot, tab, 0, TITLE, "<b>Bold</b> & <img src=x>")
    tip = tab.model.index(0, TITLE).data(Qt.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=x&gt;" in tip and "<b>" not in tip
