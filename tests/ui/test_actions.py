"""The window's actions: one id per action, one rule for what is enabled, menus whose items
each have their own mnemonic, and shortcuts that exist on this platform."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

from retro_editor.core.manifest import Manifest, RelatedLink
from retro_editor.core.project import Project
from retro_editor.ui.action_ids import EDITING, READING, WITHOUT_DOCUMENT, Access, ActionId, enabled_actions
from retro_editor.ui.actions import ACTIONS, EDITOR_ACTIONS, key_sequences
from retro_editor.ui.document import ProjectDocument

OUTLINE_IDS = {action for action in ActionId if action.value.startswith("outline.")}


# --- the rule ----------------------------------------------------------------------------------
def test_every_action_is_either_harmless_reading_or_editing():
    assert WITHOUT_DOCUMENT | READING | EDITING == set(ActionId)
    assert not WITHOUT_DOCUMENT & READING
    assert not (WITHOUT_DOCUMENT | READING) & EDITING


def test_more_access_never_enables_fewer_actions():
    none, read_only, writable = (enabled_actions(access) for access in
                                 (Access.NO_DOCUMENT, Access.READ_ONLY, Access.READ_WRITE))
    assert none < read_only < writable == set(ActionId)


@pytest.mark.parametrize("action_id", [
    ActionId.FILE_SAVE, ActionId.EDIT_PASTE, ActionId.EDIT_UNDO, ActionId.EDIT_REPLACE,
    ActionId.FORMAT_BOLD, ActionId.INSERT_LINK, ActionId.INSERT_SECTION, ActionId.OUTLINE_PROMOTE,
    ActionId.OUTLINE_STATUS, ActionId.PROJECT_RESTORE_BACKUP])
def test_a_read_only_project_offers_nothing_that_changes_it(action_id):
    assert action_id not in enabled_actions(Access.READ_ONLY)


def test_a_read_only_project_can_still_be_read_searched_and_saved_elsewhere():
    allowed = enabled_actions(Access.READ_ONLY)
    assert {ActionId.FILE_SAVE_AS, ActionId.FILE_EXPORT, ActionId.EDIT_COPY, ActionId.EDIT_FIND,
            ActionId.EDIT_FIND_NEXT, ActionId.OUTLINE_GO, ActionId.PROJECT_CHECK} <= allowed


# --- the window ------------------------------------------------------------------------------
def test_every_action_id_names_one_action_of_the_window(window):
    """Menus, toolbar, the editor's and the find bar's actions are all in ``window.action_map``
    under their id (the outline's own actions carry theirs as object names)."""
    assert set(window.action_map) | OUTLINE_IDS == set(ActionId)
    for action_id, action in window.action_map.items():
        assert action.objectName() == action_id
    outline_names = {a.objectName() for a in window.outline.actions()}
    outline_names.add(window.outline.status_menu.menuAction().objectName())
    assert outline_names == OUTLINE_IDS


def test_enabled_state_follows_the_rule(qtbot, window, sample_copy):
    def enabled():
        return {i for i, action in window.action_map.items() if action.isEnabled()}

    window_ids = set(window.action_map)
    assert enabled() == enabled_actions(Access.NO_DOCUMENT) & window_ids
    assert window.open_project(sample_copy)
    assert enabled() == window_ids
    window.controller.close_project()
    assert enabled() == enabled_actions(Access.NO_DOCUMENT) & window_ids


# --- mnemonics ---------------------------------------------------------------------------------
def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _menu_items(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()
            if not action.isSeparator() and action.isVisible()]


def _assert_distinct_mnemonics(title: str, texts: list[str]) -> None:
    letters = [mnemonic(text) for text in texts]
    assert None not in letters, f"{title}: no mnemonic in {texts}"
    clashes = {letter for letter in letters if letters.count(letter) > 1}
    assert not clashes, f"{title}: items share {sorted(clashes)}: {texts}"


def test_no_two_items_of_one_menu_share_a_mnemonic(window, sample_copy):
    """Repro: Edit had Redo and Find and Replace both on R, View had Outline and Zoom Out on
    O, Project had Properties and Backup Preferences on P."""
    menubar = window.menuBar()
    _assert_distinct_mnemonics("menu bar", _menu_items(menubar))
    for top in menubar.actions():
        menu = top.menu()
        _assert_distinct_mnemonics(top.text(), _menu_items(menu))
    assert window.open_project(sample_copy)
    _assert_distinct_mnemonics("outline", _menu_items(window.outline.context_menu()))


# --- shortcuts ---------------------------------------------------------------------------------
def test_every_declared_shortcut_resolves_on_this_platform(window):
    """Repro: Replace (Ctrl+H), Full Screen (F11) and Quit were standard keys only, which map
    to nothing on some Linux desktops (and Quit on this test platform)."""
    for spec in ACTIONS + EDITOR_ACTIONS:
        if spec.shortcut is not None:
            assert key_sequences(spec.shortcut), spec.id
            assert window.action_map[spec.id].shortcuts(), spec.id
    for action in window.action_map.values():
        assert not any(sequence.isEmpty() for sequence in action.shortcuts())
    for action in window.outline.actions():
        assert all(not sequence.isEmpty() for sequence in action.shortcuts())

    def keys(action_id):
        return [s.toString() for s in window.action_map[action_id].shortcuts()]

    assert "Ctrl+H" in keys(ActionId.EDIT_REPLACE)
    assert "F11" in keys(ActionId.VIEW_FULL_SCREEN)
    assert "Ctrl+Q" in keys(ActionId.FILE_QUIT)


def test_a_standard_key_without_a_binding_falls_back_to_the_explicit_key():
    unbound = QKeySequence.StandardKey.UnknownKey
    assert key_sequences(unbound) == []
    assert [k.toString() for k in key_sequences((unbound, "F11"))] == ["F11"]
    bound = key_sequences((QKeySequence.StandardKey.Bold, "Ctrl+B"))
    assert [k.toString() for k in bound].count("Ctrl+B") == 1


def test_no_key_triggers_two_window_actions(window):
    """Qt treats a key bound to two actions as ambiguous and runs neither."""
    owners: dict[str, list[str]] = {}
    for action_id, action in window.action_map.items():
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action_id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}


def test_the_replace_and_full_screen_shortcuts_work(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.replace_field.isVisible()
    window.editor.setFocus()
    QTest.keyClick(window.editor, Qt.Key.Key_F11)
    assert window.action_map[ActionId.VIEW_FULL_SCREEN].isChecked()
    QTest.keyClick(window.editor, Qt.Key.Key_F11)
    assert not window.action_map[ActionId.VIEW_FULL_SCREEN].isChecked()


# --- the Related table's row moves -------------------------------------------------------------
def test_alt_down_in_an_open_date_editor_does_not_move_the_row(qtbot, tmp_path):
    """Repro: in the Related tab, F2 on a date cell, then Alt+Down (which opens the calendar
    in a date editor): the row moved down under the open editor instead."""
    from retro_editor.ui.side_panel.related_model import RelatedModel
    from retro_editor.ui.side_panel.related_tab import RelatedTab

    links = [RelatedLink(title="First", url="https://example.org/1", date=dt.date(2024, 6, 1)),
             RelatedLink(title="Second", url="https://example.org/2")]
    document = ProjectDocument(Project(folder=tmp_path, manifest_name="t.retro",
                                       manifest=Manifest(related=links), text="# T\n",
                                       saved=True))
    tab = RelatedTab(document=document)
    qtbot.addWidget(tab)
    tab.resize(700, 400)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab, timeout=5000)
    index = tab.model.index(0, RelatedModel.DATE)
    tab.view.setFocus()
    tab.view.setCurrentIndex(index)
    QTest.keyClick(tab.view, Qt.Key.Key_F2)
    assert tab.view.state() == QAbstractItemView.State.EditingState
    focused = QApplication.focusWidget()
    assert focused is not tab.view
    QTest.keyClick(focused, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    assert [tab.model.index(row, RelatedModel.TITLE).data() for row in range(2)] == \
        ["First", "Second"]
    assert [link.title for link in document.manifest.related] == ["First", "Second"]
    # with the editor closed, Alt+Down still moves the selected row
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    tab.view.setFocus()
    tab.view.selectRow(0)
    QTest.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [link.title for link in document.manifest.related] == ["Second", "First"]


def test_outline_and_table_shortcuts_fire_only_where_the_focus_is(qtbot, window, sample_copy):
    """Repro: with the Related tab showing, Delete and Ctrl+Return in the outline did nothing,
    because the table's own Delete / Ctrl+Return shortcuts were window-wide (PySide6 dropped
    the context given to QShortcut's constructor), so Qt found them ambiguous."""
    assert window.open_project(sample_copy)
    window.side_dock.show()
    window.side_panel.setCurrentWidget(window.side_panel.related_tab)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.waitUntil(lambda: len(window.outline.sections()) > 0, timeout=5000)
    outline = window.outline
    outline.confirm_delete = lambda *_args: True
    titles_before = [s.title for s in outline.sections()[0].children]
    outline.setFocus()
    outline.setCurrentIndex(outline.model().index(0, 0, outline.model().index(0, 0)))
    QTest.keyClick(outline, Qt.Key.Key_Delete)
    assert [s.title for s in outline.sections()[0].children] == titles_before[1:]
    outline.setFocus()
    QTest.keyClick(outline, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "New section" in window.editor.toPlainText(), timeout=3000)
