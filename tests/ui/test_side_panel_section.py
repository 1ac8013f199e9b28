"""The side panel's Section tab: state of the section under the cursor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from retro_editor.core.manifest import Manifest, SectionState
from retro_editor.core.project import Project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel import SidePanel
from retro_editor.ui.side_panel.section_tab import SectionTab


@pytest.fixture
def document(tmp_path: Path) -> ProjectDocument:
    manifest = Manifest(sections={"the-impact": SectionState(status="revised", note="Check quotes",
                                                             target=1500)})
    project = Project(folder=tmp_path, manifest_name="test.retro", manifest=manifest,
                      text="# T\n\n## The Making\n\n## The Impact\n", saved=True)
    return ProjectDocument(project)


@pytest.fixture
def tab(show, document) -> SectionTab:
    return show(SectionTab(document=document), 380, 500)


def focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def test_no_section_shows_a_hint(tab):
    assert tab.placeholder.isVisible()
    assert not tab.editors.isVisible()
    assert tab.heading.text() == "No section"


def test_shows_the_stored_state_and_progress(tab):
    tab.show_section("the-impact", "The Impact", 1240, level=2)
    assert tab.heading.text() == "The Impact"
    assert tab.level.text() == "Level 2 heading"
    assert tab.status.currentData() == "revised"
    assert tab.note.toPlainText() == "Check quotes"
    assert tab.target.value() == 1500
    assert tab.progress_label.text() == "1,240 / 1,500 words"
    assert tab.progress.isVisible()
    assert tab.progress.value() == 1240
    assert tab.editors.isVisible()
    assert not tab.placeholder.isVisible()


def test_a_section_without_state_shows_defaults_and_writes_nothing(tab, document):
    tab.show_section("the-making", "The Making", 90)
    assert tab.status.currentData() == "draft"
    assert tab.note.toPlainText() == ""
    assert tab.target.text() == "None"
    assert tab.progress_label.text() == "90 words"
    assert not tab.progress.isVisible()
    tab.flush()
    assert "the-making" not in document.manifest.sections
    assert not document.is_modified()


def test_status_is_written_when_chosen(qtbot, tab, document):
    tab.show_section("the-making", "The Making", 90)
    focus(qtbot, tab.status)
    with qtbot.waitSignal(document.manifestChanged) as signal:
        qtbot.keyClick(tab.status, Qt.Key_Down)
    assert signal.args == ["sections"]
    assert document.manifest.sections["the-making"] == SectionState(status="revised")


def test_note_and_target_are_written(qtbot, tab, document):
    tab.show_section("the-making", "The Making", 1240)
    focus(qtbot, tab.note)
    qtbot.keyClicks(tab.note, "Needs the ferry anecdote.")
    qtbot.waitUntil(lambda: "the-making" in document.manifest.sections, timeout=3000)
    assert document.manifest.sections["the-making"].note == "Needs the ferry anecdote."

    focus(qtbot, tab.target)
    tab.target.lineEdit().selectAll()
    qtbot.keyClicks(tab.target, "1500")
    qtbot.keyClick(tab.target, Qt.Key_Return)
    assert document.manifest.sections["the-making"].target == 1500
    assert tab.progress_label.text() == "1,240 / 1,500 words"


def test_zero_target_means_none(qtbot, tab, document):
    tab.show_section("the-impact", "The Impact", 10)
    tab.target.setValue(0)
    tab.flush()
    assert document.manifest.sections["the-impact"].target is None


def test_moving_to_another_section_saves_the_note_being_typed(qtbot, tab, document):
    tab.show_section("the-making", "The Making", 90)
    focus(qtbot, tab.note)
    qtbot.keyClicks(tab.note, "half a thought")
    tab.show_section("the-impact", "The Impact", 1240)
    assert document.manifest.sections["the-making"].note == "half a thought"
    assert tab.note.toPlainText() == "Check quotes"
    assert document.manifest.sections["the-impact"].note == "Check quotes"


def test_same_section_updates_words_without_touching_the_note(qtbot, tab):
    tab.show_section("the-impact", "The Impact", 1240)
    focus(qtbot, tab.note)
    tab.note.moveCursor(tab.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.note, " and dates")
    tab.show_section("the-impact", "The Impact (revised)", 1300)
    assert tab.note.toPlainText() == "Check quotes and dates"
    assert tab.heading.text() == "The Impact (revised)"
    assert tab.progress_label.text() == "1,300 / 1,500 words"


def test_outside_changes_refresh_the_shown_section(tab, document):
    tab.show_section("the-impact", "The Impact", 100)
    document.set_section_state("the-impact", SectionState(status="final", target=2000))
    assert tab.status.currentData() == "final"
    assert tab.note.toPlainText() == ""
    assert tab.target.value() == 2000


def test_keyboard_order_and_names(qtbot, tab):
    tab.show_section("the-impact", "The Impact", 100)
    for widget in (tab.status, tab.note, tab.target):
        assert widget.accessibleName()
    focus(qtbot, tab.status)
    qtbot.keyClick(tab.status, Qt.Key_Tab)
    assert tab.note.hasFocus()
    qtbot.keyClick(tab.note, Qt.Key_Tab)  # Tab leaves the note instead of typing a tab
    assert tab.target.hasFocus() or tab.target.lineEdit().hasFocus()


def test_panel_forwards_show_section(qtbot, document):
    panel = SidePanel(document=document)
    qtbot.addWidget(panel)
    panel.show_section("the-impact", "The Impact", 5)
    assert panel.section_tab.anchor == "the-impact"
    panel.section_tab.note.setPlainText("From the panel")
    panel.flush()
    assert document.manifest.sections["the-impact"].note == "From the panel"
    panel.show_section(None, "", 0)
    assert panel.section_tab.placeholder.isVisibleTo(panel.section_tab)


def test_note_keeps_no_break_spaces(qtbot, tab, document):
    """Repro (issue 12 #3): the note was read with toPlainText() (no-break spaces lost)."""
    tab.show_section("the-making", "The Making", 1240)
    focus(qtbot, tab.note)
    tab.note.setPlainText("Vérifier\u00a0: la date")
    qtbot.waitUntil(lambda: "the-making" in document.manifest.sections, timeout=3000)
    assert document.manifest.sections["the-making"].note == "Vérifier\u00a0: la date"
