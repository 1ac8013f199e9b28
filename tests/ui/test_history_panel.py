"""The History panel: versions listed, compared side by side, restored into the open document
as one undo step (the rest of the text byte-identical), and Project → Name This Version."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from retro_editor.core.history_compare import FieldChange, SectionChange, SectionStatus
from retro_editor.core.history_store import HISTORY_NAME
from retro_editor.ui.action_ids import ActionId

MAKING = "## The Making of Neon Harbor"


@pytest.fixture
def opened(window, sample_copy):
    assert window.controller.open_path(sample_copy)
    return window


def save_text(window, text: str) -> None:
    window.controller.document.text_document.setPlainText(text)
    assert window.controller.save()
    window.history_recorder.flush()


def show_panel(window, qtbot):
    window.action_map[ActionId.VIEW_HISTORY].trigger()
    panel = window.history_panel
    qtbot.waitUntil(lambda: panel.isVisible())
    return panel


def choose(panel, qtbot, *rows: int) -> None:
    panel.select_versions(*rows)
    assert panel.wait_for_compare()
    qtbot.waitUntil(lambda: panel.restore_whole.isEnabled())


def change_items(panel) -> list[str]:
    return [panel.compare.changes.item(i).text() for i in range(panel.compare.changes.count())]


def select_change(panel, predicate) -> None:
    for row in range(panel.compare.changes.count()):
        value = panel.compare.changes.item(row).data(256)
        if predicate(value):
            panel.compare.changes.setCurrentRow(row)
            return
    raise AssertionError("no such change listed")


def test_versions_listed_with_name_words_and_change(opened, qtbot):
    original = opened.controller.document.text()
    save_text(opened, original + "\nOne more paragraph of five.\n")
    opened.prompts.answers["ask_text"] = "Sent to editor"
    opened.action_map[ActionId.PROJECT_NAME_VERSION].trigger()
    panel = show_panel(opened, qtbot)
    rows = [[panel.versions.topLevelItem(i).text(c) for c in range(5)]
            for i in range(panel.versions.topLevelItemCount())]
    assert rows[0][:2] == ["Now", "the open text"]
    assert len(rows) == 2, "the name went to the version the save recorded"
    assert rows[1][1] == "Sent to editor" and rows[1][3].startswith("+")
    tags = subprocess.run(["git", "--git-dir", str(opened.controller.document.project.folder
                                                   / HISTORY_NAME), "tag", "-l"],
                          check=True, capture_output=True, text=True).stdout.split()
    assert tags == ["sent-to-editor"]


def test_restore_one_section_is_one_undo_step_rest_byte_identical(opened, qtbot):
    document = opened.controller.document
    original = document.text()
    save_text(opened, original)
    edited = original.replace(MAKING, MAKING + "\n\nA paragraph written later.", 1)
    edited = edited.replace("In the autumn of 1999", "In the wet autumn of 1999", 1)
    save_text(opened, edited)
    panel = show_panel(opened, qtbot)
    choose(panel, qtbot, 2)  # the first version against the open text
    assert any("The Making of Neon Harbor" in text for text in change_items(panel))
    select_change(panel, lambda c: isinstance(c, SectionChange)
                  and c.anchor == "the-making-of-neon-harbor")
    assert "A paragraph written later." in panel.compare.new_view.toPlainText()
    assert "A paragraph written later." not in panel.compare.old_view.toPlainText()
    qtbot.mouseClick(panel.restore_change, Qt.MouseButton.LeftButton)
    restored = document.text()
    assert restored == edited.replace("\n\nA paragraph written later.", "", 1)
    assert "In the wet autumn of 1999" in restored, "the other section keeps its edit"
    assert document.is_modified(), "restored into the document, not written to disk"
    assert opened.controller.document.project.article_path.read_text(encoding="utf-8") == edited
    document.text_document.undo()
    assert document.text() == edited, "one undo takes the whole restore back"


def test_restore_whole_article_and_a_detail(opened, qtbot):
    document = opened.controller.document
    original = document.text()
    title = document.manifest.article.title
    save_text(opened, original)
    document.set_article(document.manifest.article.model_copy(update={"title": "Changed title"}))
    save_text(opened, "# Short now\n")
    panel = show_panel(opened, qtbot)
    choose(panel, qtbot, 1, 2)  # two versions: the older one is restored from
    assert any("Detail article.title" in text for text in change_items(panel))
    select_change(panel, lambda c: isinstance(c, FieldChange) and c.field == "article.title")
    assert panel.restore_change.text() == "Restore This Detail"
    assert panel.restore_current_change()
    assert document.manifest.article.title == title
    assert panel.restore_whole_article()
    assert document.text() == original
    document.text_document.undo()
    assert document.text() == "# Short now\n"


def test_an_added_section_restored_from_the_older_side_is_removed(opened, qtbot):
    document = opened.controller.document
    original = document.text()
    save_text(opened, original)
    document.text_document.setPlainText(original + "\n## Brand New\n\nFresh.\n")
    panel = show_panel(opened, qtbot)
    choose(panel, qtbot, 1)
    select_change(panel, lambda c: isinstance(c, SectionChange)
                  and c.status is SectionStatus.ADDED)
    assert panel.restore_current_change()
    assert document.text() == original + "\n"


def test_read_only_or_no_project_restores_nothing(window, qtbot):
    panel = show_panel(window, qtbot)
    assert panel.versions.topLevelItemCount() == 0
    assert not panel.restore_whole.isEnabled() and not panel.restore_change.isEnabled()
