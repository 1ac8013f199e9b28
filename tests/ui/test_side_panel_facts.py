"""The side panel's Facts tab: add, remove, reorder (buttons, Alt+arrows, drag), edit in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from table_editing import edit_cell, press_return

from retro_editor.core.manifest import Fact, Manifest
from retro_editor.core.project import Project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel.facts_tab import FactsTab

FACTS = [Fact(label="Released", value="1999"), Fact(label="Director", value="Mara Okafor"),
         Fact(label="Length", value="4:38")]


@pytest.fixture
def document(tmp_path: Path) -> ProjectDocument:
    project = Project(folder=tmp_path, manifest_name="test.retro",
                      manifest=Manifest(facts=list(FACTS)), text="# T\n", saved=True)
    return ProjectDocument(project)


@pytest.fixture
def tab(show, document) -> FactsTab:
    return show(FactsTab(document=document), 420, 500)


def labels(document: ProjectDocument) -> list[str]:
    return [fact.label for fact in document.manifest.facts]




def test_shows_the_manifest_facts_in_order(tab):
    assert tab.model.rowCount() == 3
    assert tab.model.headerData(0, Qt.Horizontal) == "Label"
    assert tab.model.index(1, 1).data() == "Mara Okafor"


def test_edit_in_place(qtbot, tab, document):
    with qtbot.waitSignal(document.manifestChanged) as signal:
        edit_cell(qtbot, tab, 1, 1, "Pavel Lindqvist")
    assert signal.args == ["facts"]
    assert document.manifest.facts[1] == Fact(label="Director", value="Pavel Lindqvist")


def test_add_opens_the_label_for_typing_and_the_fact_reaches_the_manifest(qtbot, tab, document):
    tab.view.select_row(0)
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    assert tab.model.rowCount() == 4
    editor = tab.view.indexWidget(tab.model.index(1, 0))
    assert isinstance(editor, QLineEdit)
    assert not tab.has_problems()  # a blank new row is not a problem yet
    qtbot.keyClicks(editor, "Starring")
    press_return(qtbot, tab, editor)
    edit_cell(qtbot, tab, 1, 1, "The Paper Lanterns")
    assert document.manifest.facts[1] == Fact(label="Starring", value="The Paper Lanterns")
    assert labels(document) == ["Released", "Starring", "Director", "Length"]


def test_empty_label_is_marked_invalid_and_kept(qtbot, tab, document):
    with qtbot.waitSignal(tab.problemsChanged) as signal:
        edit_cell(qtbot, tab, 2, 0, "")
    assert signal.args == [["row 3 Label must not be empty"]]
    index = tab.model.index(2, 0)
    assert index.data(Qt.BackgroundRole) is not None
    assert index.data(Qt.ToolTipRole) == "must not be empty"
    assert tab.model.rowCount() == 3
    assert tab.model.index(2, 1).data() == "4:38"  # nothing typed is lost
    assert labels(document) == ["Released", "Director", ""]
    assert document.manifest.facts[2].drafts == {"label": ""}
    assert document.manifest.facts[2].value == "4:38"
    assert tab.summary.isVisible()
    assert tab.summary.text() == "1 problem: row 3 Label must not be empty"
    edit_cell(qtbot, tab, 2, 0, "Running time")
    assert labels(document) == ["Released", "Director", "Running time"]
    assert not tab.has_problems()
    assert not tab.summary.isVisible()


def test_remove_selected_with_the_button_and_the_delete_key(qtbot, tab, document):
    tab.view.select_row(1)
    qtbot.mouseClick(tab.remove_button, Qt.LeftButton)
    assert labels(document) == ["Released", "Length"]
    tab.view.setFocus()
    tab.view.select_row(0)
    qtbot.keyClick(tab.view, Qt.Key_Delete)
    assert labels(document) == ["Length"]


def test_move_with_buttons(qtbot, tab, document):
    tab.view.select_row(2)
    assert not tab.down_button.isEnabled()
    qtbot.mouseClick(tab.up_button, Qt.LeftButton)
    assert labels(document) == ["Released", "Length", "Director"]
    assert tab.view.selected_rows() == [1]  # the selection follows the row
    qtbot.mouseClick(tab.up_button, Qt.LeftButton)
    assert labels(document) == ["Length", "Released", "Director"]
    assert not tab.up_button.isEnabled()
    qtbot.mouseClick(tab.down_button, Qt.LeftButton)
    assert labels(document) == ["Released", "Length", "Director"]


def test_move_with_alt_arrows(qtbot, tab, document):
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus, timeout=2000)
    tab.view.select_row(0)
    qtbot.keyClick(tab.view, Qt.Key_Down, Qt.AltModifier)
    assert labels(document) == ["Director", "Released", "Length"]
    qtbot.keyClick(tab.view, Qt.Key_Down, Qt.AltModifier)
    assert labels(document) == ["Director", "Length", "Released"]
    qtbot.keyClick(tab.view, Qt.Key_Up, Qt.AltModifier)
    assert labels(document) == ["Director", "Released", "Length"]


def test_drag_to_reorder(tab, document):
    model = tab.model
    mime = model.mimeData([model.index(0, 0), model.index(0, 1)])
    assert model.canDropMimeData(mime, Qt.MoveAction, 3, 0, QModelIndex())
    handled = model.dropMimeData(mime, Qt.MoveAction, 3, 0, QModelIndex())
    assert handled is False  # moved in place: the view must not remove the source rows
    assert labels(document) == ["Director", "Length", "Released"]
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.MoveAction, -1, -1, model.index(0, 1))  # dropped on a row
    assert labels(document) == ["Released", "Director", "Length"]


def test_drops_from_elsewhere_are_refused(tab):
    other = FactsTab()
    mime = other.model.mimeData([])
    assert not tab.model.canDropMimeData(mime, Qt.MoveAction, 0, 0, QModelIndex())
    other.deleteLater()


def test_outside_change_reloads_the_table(qtbot, tab, document):
    document.set_facts([Fact(label="Album", value="Lantern Weather")])
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 0).data() == "Album"


def test_accessible_names_and_keyboard_order(qtbot, tab):
    assert tab.view.accessibleName()
    for button in (tab.add_button, tab.remove_button, tab.up_button, tab.down_button):
        assert button.accessibleName()
    assert not tab.view.tabKeyNavigation()  # Tab leaves the table for the buttons
    tab.view.setFocus()
    qtbot.waitUntil(tab.view.hasFocus, timeout=2000)
    qtbot.keyClick(tab.view, Qt.Key_Tab)
    assert tab.add_button.hasFocus()


def test_pending_cell_edit_is_flushed(qtbot, tab, document):
    index = tab.model.index(0, 1)
    tab.view.setFocus()
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.indexWidget(index)
    editor.setText("2001")
    tab.flush()
    assert document.manifest.facts[0].value == "2001"
    assert QApplication.instance() is not None
