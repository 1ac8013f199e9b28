"""OutlineView with a real ProjectDocument: live updates, navigation, and the text operations."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDropEvent, QFont, QTextCursor
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit

from retro_editor.core.manifest import Manifest, SectionState
from retro_editor.core.outline import parse_outline
from retro_editor.core.project import Project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.outline import OutlineModel, OutlineView

ARTICLE = """# Neon Harbor

Intro words here.

## The Making

Making body one two three.

### Director

Director body.

### Nights

Nights body.

## The Impact

Impact body.

## Legacy

Legacy body.
"""


@pytest.fixture
def doc(tmp_path: Path) -> ProjectDocument:
    project = Project(folder=tmp_path, manifest_name="test.retro", manifest=Manifest(),
                      text=ARTICLE)
    return ProjectDocument(project)


@pytest.fixture
def view(qtbot, doc: ProjectDocument) -> OutlineView:
    widget = OutlineView(document=doc)
    qtbot.addWidget(widget)
    widget.resize(420, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def outline(view: OutlineView) -> list[tuple[int, str]]:
    return [(section.level, section.title) for section in view.outline_model().sections()]


def index_of(view: OutlineView, anchor: str, column: int = 0) -> QModelIndex:
    index = view.outline_model().index_for_anchor(anchor, column)
    assert index.isValid(), anchor
    return index


def select(view: OutlineView, anchor: str) -> None:
    view.setCurrentIndex(index_of(view, anchor))


def type_text(doc: ProjectDocument, at: int, text: str, *, one_key_at_a_time: bool) -> None:
    cursor = QTextCursor(doc.text_document)
    cursor.setPosition(at)
    if one_key_at_a_time:
        for ch in text:
            cursor.insertText(ch)
    else:
        cursor.insertText(text)


def test_shows_sections_words_and_status(view: OutlineView, doc: ProjectDocument) -> None:
    assert outline(view) == [(1, "Neon Harbor"), (2, "The Making"), (3, "Director"),
                             (3, "Nights"), (2, "The Impact"), (2, "Legacy")]
    model = view.outline_model()
    assert model.columnCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Section", "Words", "Status"]
    making = index_of(view, "the-making")
    assert making.data() == "The Making"
    words = making.siblingAtColumn(OutlineModel.WordsColumn).data()
    assert int(words) == model.section(making).words > 0
    status = making.siblingAtColumn(OutlineModel.StatusColumn)
    assert status.data() == "Draft"
    doc.set_section_state("the-making", SectionState(status="final"))
    assert status.data() == "Final"
    assert "Final" in status.data(Qt.ItemDataRole.AccessibleTextRole)
    assert view.accessibleName() == "Outline"
    assert view.isExpanded(making) and view.isExpanded(index_of(view, "neon-harbor"))


def test_word_counts_include_subsections(view: OutlineView) -> None:
    model = view.outline_model()
    director = int(index_of(view, "director", OutlineModel.WordsColumn).data())
    nights = int(index_of(view, "nights", OutlineModel.WordsColumn).data())
    making = int(index_of(view, "the-making", OutlineModel.WordsColumn).data())
    assert director > 0 and nights > 0 and making > director + nights
    assert model.section(index_of(view, "the-making")).words == making


def test_typing_a_heading_updates_the_outline(qtbot, view: OutlineView,
                                              doc: ProjectDocument) -> None:
    type_text(doc, len(ARTICLE), "\n## Aftermath\n", one_key_at_a_time=True)
    updater = doc.analysis.updater()
    assert updater.is_pending() and updater.interval() <= 500
    assert (2, "Aftermath") not in outline(view)
    qtbot.waitUntil(lambda: (2, "Aftermath") in outline(view), timeout=3000)
    assert outline(view)[-1] == (2, "Aftermath")


def test_a_big_change_updates_sooner(qtbot, view: OutlineView, doc: ProjectDocument) -> None:
    type_text(doc, len(ARTICLE), "\n## Pasted\n\n" + "lots of pasted words " * 10,
              one_key_at_a_time=False)
    assert doc.analysis.updater().interval() == doc.analysis.updater().SHORT_DELAY_MS
    qtbot.waitUntil(lambda: (2, "Pasted") in outline(view), timeout=2000)


def test_expansion_and_selection_survive_updates(qtbot, view: OutlineView,
                                                 doc: ProjectDocument) -> None:
    view.collapse(index_of(view, "the-making"))
    select(view, "the-impact")
    view.setFocus()
    kept = view.outline_model().index_for_anchor("legacy")
    words_before = int(index_of(view, "the-impact", OutlineModel.WordsColumn).data())
    type_text(doc, ARTICLE.index("Impact body") + 6, " more words", one_key_at_a_time=True)
    type_text(doc, len(doc.text()), "\n## Epilogue\n\n### Coda\n", one_key_at_a_time=False)
    qtbot.waitUntil(lambda: (3, "Coda") in outline(view), timeout=3000)
    assert not view.isExpanded(index_of(view, "the-making"))
    assert view.currentIndex() == index_of(view, "the-impact")
    assert view.selectionModel().isSelected(index_of(view, "the-impact"))
    assert view.isExpanded(index_of(view, "epilogue"))
    assert kept.isValid() and kept.data() == "Legacy"
    words = int(index_of(view, "the-impact", OutlineModel.WordsColumn).data())
    assert words == words_before + 2


def test_clicking_a_node_activates_its_line(qtbot, view: OutlineView) -> None:
    rect = view.visualRect(index_of(view, "nights"))
    with qtbot.waitSignal(view.sectionActivated, timeout=1000) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
    assert blocker.args == [ARTICLE.split("\n").index("### Nights")]


def test_enter_activates_the_current_node(qtbot, view: OutlineView) -> None:
    select(view, "legacy")
    view.setFocus()
    with qtbot.waitSignal(view.sectionActivated, timeout=1000) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [ARTICLE.split("\n").index("## Legacy")]


def test_highlight_line_marks_the_section_under_the_cursor(qtbot, view: OutlineView) -> None:
    view.clearFocus()
    line = ARTICLE.split("\n").index("Nights body.")
    with qtbot.assertNotEmitted(view.sectionActivated):
        view.highlight_line(line)
    model = view.outline_model()
    assert model.highlighted_anchor() == "nights"
    font = index_of(view, "nights").data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert index_of(view, "legacy").data(Qt.ItemDataRole.FontRole) is None
    assert view.currentIndex() == index_of(view, "nights")
    view.highlight_line(0)
    assert model.highlighted_anchor() == "neon-harbor"
    assert index_of(view, "nights").data(Qt.ItemDataRole.FontRole) is None


def test_highlight_inside_a_collapsed_section_keeps_it_collapsed(view: OutlineView) -> None:
    making = index_of(view, "the-making")
    view.collapse(making)
    view.clearFocus()
    view.highlight_line(ARTICLE.split("\n").index("Director body."))
    assert not view.isExpanded(making)
    assert view.outline_model().highlighted_anchor() == "director"
    assert view.currentIndex() == making


def test_highlight_does_not_move_the_selection_while_the_outline_has_focus(
        qtbot, view: OutlineView) -> None:
    select(view, "legacy")
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=1000)
    view.highlight_line(ARTICLE.split("\n").index("Director body."))
    assert view.outline_model().highlighted_anchor() == "director"
    assert view.currentIndex() == index_of(view, "legacy")


def drag_data(view: OutlineView, anchor: str) -> QMimeData:
    data = view.outline_model().mimeData([index_of(view, anchor)])
    assert data is not None
    return data


def test_drop_between_nodes_moves_the_section_and_one_undo_restores(
        qtbot, view: OutlineView, doc: ProjectDocument) -> None:
    model = view.outline_model()
    root = index_of(view, "neon-harbor")
    data = drag_data(view, "legacy")
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, root)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, root)
    assert outline(view) == [(1, "Neon Harbor"), (2, "Legacy"), (2, "The Making"),
                             (3, "Director"), (3, "Nights"), (2, "The Impact")]
    assert "Legacy body." in doc.text()
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setDocument(doc.text_document)
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.text() == ARTICLE


def test_drop_onto_a_node_makes_a_subsection(view: OutlineView, doc: ProjectDocument) -> None:
    model = view.outline_model()
    model.dropMimeData(drag_data(view, "legacy"), Qt.DropAction.MoveAction, -1, -1,
                       index_of(view, "the-impact"))
    assert outline(view)[-2:] == [(2, "The Impact"), (3, "Legacy")]
    assert "### Legacy" in doc.text()
    doc.text_document.undo()
    assert doc.text() == ARTICLE


def test_cannot_drop_a_section_into_itself(view: OutlineView, doc: ProjectDocument) -> None:
    model = view.outline_model()
    data = drag_data(view, "the-making")
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1,
                                     index_of(view, "director"))
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0,
                                  index_of(view, "the-making"))
    assert doc.text() == ARTICLE


def test_a_real_drop_event_above_a_row_moves_before_it(view: OutlineView,
                                                       doc: ProjectDocument) -> None:
    rect = view.visualRect(index_of(view, "the-making"))
    data = drag_data(view, "the-impact")
    event = QDropEvent(QPoint(rect.center().x(), rect.top() + 1).toPointF(),
                       Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert outline(view) == [(1, "Neon Harbor"), (2, "The Impact"), (2, "The Making"),
                             (3, "Director"), (3, "Nights"), (2, "Legacy")]
    assert view.currentIndex() == index_of(view, "the-impact")
    doc.text_document.undo()
    assert doc.text() == ARTICLE


@pytest.mark.parametrize(("anchor", "action", "expected"), [
    ("nights", "promote_action", [(1, "Neon Harbor"), (2, "The Making"), (3, "Director"),
                                  (2, "Nights"), (2, "The Impact"), (2, "Legacy")]),
    ("the-impact", "demote_action", [(1, "Neon Harbor"), (2, "The Making"), (3, "Director"),
                                     (3, "Nights"), (3, "The Impact"), (2, "Legacy")]),
    ("nights", "move_up_action", [(1, "Neon Harbor"), (2, "The Making"), (3, "Nights"),
                                  (3, "Director"), (2, "The Impact"), (2, "Legacy")]),
    ("the-making", "move_down_action", [(1, "Neon Harbor"), (2, "The Impact"),
                                        (2, "The Making"), (3, "Director"), (3, "Nights"),
                                        (2, "Legacy")]),
])
def test_outline_actions_edit_the_text_as_one_undo_step(
        view: OutlineView, doc: ProjectDocument, anchor: str, action: str,
        expected: list[tuple[int, str]]) -> None:
    select(view, anchor)
    getattr(view, action).trigger()
    assert outline(view) == expected
    assert view.currentIndex() == index_of(view, anchor)
    doc.text_document.undo()
    assert doc.text() == ARTICLE


def test_a_refused_edit_is_reported_and_changes_nothing(view: OutlineView,
                                                        doc: ProjectDocument) -> None:
    problems: list[str] = []
    view.report_problem = problems.append
    cursor = QTextCursor(doc.text_document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n##### Deep\n\n###### Deeper\n")
    view.refresh()
    before = doc.text()
    select(view, "deep")
    assert view.demote_action.isEnabled()
    view.demote_action.trigger()
    assert len(problems) == 1 and "Deeper" in problems[0]
    assert doc.text() == before


def test_move_actions_are_disabled_at_the_ends(view: OutlineView) -> None:
    select(view, "director")
    assert not view.move_up_action.isEnabled() and view.move_down_action.isEnabled()
    select(view, "legacy")
    assert view.move_up_action.isEnabled() and not view.move_down_action.isEnabled()
    select(view, "neon-harbor")
    assert not view.promote_action.isEnabled()


def test_shortcuts_work_when_the_outline_has_focus(qtbot, view: OutlineView) -> None:
    select(view, "nights")
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=1000)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert outline(view)[2:4] == [(3, "Nights"), (3, "Director")]


def test_rename_through_the_model_carries_the_state(view: OutlineView,
                                                    doc: ProjectDocument) -> None:
    doc.set_section_state("the-impact", SectionState(status="final", note="check dates"))
    assert view.outline_model().setData(index_of(view, "the-impact"), "The Reach")
    assert "## The Reach\n" in doc.text() and "## The Impact" not in doc.text()
    assert doc.manifest.sections["the-reach"].status == "final"
    assert doc.manifest.sections["the-reach"].note == "check dates"
    assert "the-impact" not in doc.manifest.sections
    assert index_of(view, "the-reach", OutlineModel.StatusColumn).data() == "Final"
    doc.text_document.undo()
    assert doc.text() == ARTICLE


def test_rename_in_place_with_the_item_editor(qtbot, view: OutlineView,
                                              doc: ProjectDocument) -> None:
    select(view, "legacy")
    view.setFocus()
    view.rename_action.trigger()
    assert view.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Legacy"
    editor.selectAll()
    QTest.keyClicks(editor, "Afterlife")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "## Afterlife\n" in doc.text(), timeout=1000)
    assert view.currentIndex() == index_of(view, "afterlife")


def test_empty_title_is_refused(view: OutlineView, doc: ProjectDocument) -> None:
    assert not view.outline_model().setData(index_of(view, "legacy"), "   ")
    assert doc.text() == ARTICLE


def test_add_section_after_starts_editing_it(qtbot, view: OutlineView,
                                             doc: ProjectDocument) -> None:
    select(view, "the-making")
    view.add_after_action.trigger()
    assert outline(view)[4] == (2, "New section")
    assert view.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "Interlude")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (2, "Interlude") in outline(view), timeout=1000)
    assert outline(view)[4] == (2, "Interlude")
    text = doc.text()
    assert text.index("Nights body.") < text.index("## Interlude") < text.index("## The Impact")


def test_add_section_under_the_title_heading_adds_a_level_two_section(
        view: OutlineView, doc: ProjectDocument) -> None:
    """Repro (issue 10 #7): with the cursor in the intro under ``# Title``, Insert Section
    added another H1 (at the end of the text)."""
    select(view, "neon-harbor")
    view.add_after_action.trigger()
    assert outline(view)[:3] == [(1, "Neon Harbor"), (2, "New section"), (2, "The Making")]
    text = doc.text()
    assert text.index("Intro words here.") < text.index("## New section\n") < \
        text.index("## The Making")
    assert text.count("\n# ") == 0
    view.closePersistentEditor(view.currentIndex())
    doc.text_document.undo()
    assert doc.text() == ARTICLE


def test_add_section_under_an_h1_without_subsections(qtbot, tmp_path) -> None:
    project = Project(folder=tmp_path, manifest_name="t.retro", manifest=Manifest(),
                      text="# Title\n\nIntro.\n")
    document = ProjectDocument(project)
    widget = OutlineView(document=document)
    qtbot.addWidget(widget)
    widget.show()
    select(widget, "title")
    widget.add_after_action.trigger()
    assert outline(widget) == [(1, "Title"), (2, "New section")]


def test_add_subsection(view: OutlineView, doc: ProjectDocument) -> None:
    select(view, "the-impact")
    view.add_child_action.trigger()
    assert outline(view)[5] == (3, "New section")
    assert view.currentIndex() == index_of(view, "new-section")
    view.closePersistentEditor(view.currentIndex())
    doc.text_document.undo()
    assert doc.text() == ARTICLE


def test_delete_asks_and_can_be_declined(view: OutlineView, doc: ProjectDocument) -> None:
    asked: list[tuple[str, int]] = []
    view.confirm_delete = lambda title, count: asked.append((title, count)) or False
    select(view, "the-making")
    view.delete_action.trigger()
    assert asked == [("The Making", 2)]
    assert doc.text() == ARTICLE


def test_delete_confirmed_removes_the_section_with_subsections(
        view: OutlineView, doc: ProjectDocument) -> None:
    view.confirm_delete = lambda title, count: True
    select(view, "the-making")
    view.delete_action.trigger()
    assert outline(view) == [(1, "Neon Harbor"), (2, "The Impact"), (2, "Legacy")]
    assert view.currentIndex() == index_of(view, "the-impact")
    assert "Director body." not in doc.text()
    doc.text_document.undo()
    assert doc.text() == ARTICLE


def test_status_menu_sets_the_state(view: OutlineView, doc: ProjectDocument) -> None:
    select(view, "legacy")
    view.status_actions["revised"].trigger()
    assert doc.manifest.sections["legacy"].status == "revised"
    assert index_of(view, "legacy", OutlineModel.StatusColumn).data() == "Revised"
    assert view.status_actions["revised"].isChecked()
    assert doc.text() == ARTICLE


def test_context_menu_offers_the_actions(view: OutlineView) -> None:
    select(view, "nights")
    menu = view.context_menu()
    texts = [action.text().replace("&", "") for action in menu.actions() if action.text()]
    for expected in ("Go to Section", "Promote", "Demote", "Move Up", "Move Down", "Rename",
                     "Add Section After", "Add Subsection", "Status", "Delete Section…"):
        assert expected in texts


def test_heading_retitled_in_the_editor_keeps_its_state(qtbot, view: OutlineView,
                                                       doc: ProjectDocument) -> None:
    doc.set_section_state("legacy", SectionState(status="revised"))
    cursor = QTextCursor(doc.text_document)
    cursor.setPosition(ARTICLE.index("## Legacy") + len("## Legacy"))
    cursor.insertText(" Lives On")
    view.refresh()
    assert (2, "Legacy Lives On") in outline(view)
    assert doc.manifest.sections["legacy-lives-on"].status == "revised"
    assert "legacy" not in doc.manifest.sections


def test_text_replaced_rebuilds_at_once(view: OutlineView, doc: ProjectDocument,
                                        tmp_path: Path) -> None:
    doc.replace_project(Project(folder=tmp_path, manifest_name="test.retro",
                                manifest=Manifest(), text="# Other\n\n## Only\n"))
    assert outline(view) == [(1, "Other"), (2, "Only")]


def test_no_document_shows_nothing(qtbot) -> None:
    widget = OutlineView()
    qtbot.addWidget(widget)
    assert widget.outline_model().rowCount() == 0
    assert not widget.add_after_action.isEnabled()
    widget.highlight_line(3)
    widget.add_section_after_current()


_HEADINGS = st.lists(st.tuples(st.integers(1, 4), st.sampled_from(["A", "B", "C", "Intro"])),
                     max_size=12)


def heading_text(headings: list[tuple[int, str]]) -> str:
    return "".join(f"{'#' * level} {title}\n\nwords {i}\n\n"
                   for i, (level, title) in enumerate(headings))


def model_tree(model: OutlineModel, parent: QModelIndex = QModelIndex()) -> list:
    return [(model.index(row, 0, parent).data(OutlineModel.AnchorRole),
             model.index(row, 0, parent).data(), model_tree(model, model.index(row, 0, parent)))
            for row in range(model.rowCount(parent))]


def section_tree(sections: list) -> list:
    return [(s.anchor, s.title, section_tree(s.children)) for s in sections]


@settings(max_examples=60, deadline=None)
@given(steps=st.lists(_HEADINGS, min_size=1, max_size=5))
def test_in_place_updates_always_match_a_fresh_parse(qapp, steps: list) -> None:
    model = OutlineModel()
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for headings in steps:
        sections = parse_outline(heading_text(headings))
        model.set_sections(sections)
        assert model_tree(model) == section_tree(sections)
    del tester


def test_model_passes_the_qt_model_tester(qtmodeltester, view: OutlineView) -> None:
    qtmodeltester.check(view.outline_model())


def test_a_stale_background_analysis_is_discarded(qtbot, view: OutlineView,
                                                  doc: ProjectDocument) -> None:
    type_text(doc, len(ARTICLE), "\n## Stale\n", one_key_at_a_time=False)
    doc.analysis.update_in_background()
    cursor = QTextCursor(doc.text_document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n## Fresh\n")
    view.refresh()
    assert outline(view)[-2:] == [(2, "Stale"), (2, "Fresh")]
    doc.analysis.wait_for_background(2)
    qtbot.wait(50)
    assert outline(view)[-2:] == [(2, "Stale"), (2, "Fresh")]


def test_updater_caps_the_total_delay(qtbot, view: OutlineView, doc: ProjectDocument) -> None:
    updater = doc.analysis.updater()
    type_text(doc, 0, "x", one_key_at_a_time=True)
    assert updater.interval() == updater.LONG_DELAY_MS
    updater._pending_since -= (updater.MAX_DELAY_MS - 100) / 1000
    type_text(doc, 0, "y", one_key_at_a_time=True)
    assert updater.interval() <= 100


def test_the_outline_asks_and_tells_through_the_prompts(qtbot, doc: ProjectDocument) -> None:
    """The delete question and a refusal go through the window's Prompts (no QMessageBox of
    the outline's own), so tests and embedders answer them in one place."""
    from prompts_double import RecordingPrompts

    prompts = RecordingPrompts(confirm_delete_section=False)
    widget = OutlineView(document=doc, prompts=prompts)
    qtbot.addWidget(widget)
    select(widget, "the-making")
    widget.delete_action.trigger()
    assert prompts.asked == [("confirm_delete_section", ("The Making", 2))]
    assert doc.text() == ARTICLE
    cursor = QTextCursor(doc.text_document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n##### Deep\n\n###### Deeper\n")
    widget.refresh()
    select(widget, "deep")
    widget.demote_action.trigger()  # "Deeper" would have to go past level 6
    assert prompts.names()[-1] == "show_warning"
    assert "The outline was not changed" in prompts.args_of("show_warning")[1]
