"""Help → Keyboard Shortcuts and docs/shortcuts.md, both generated from the action registry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from retro_editor.ui.action_ids import Access, ActionId, enabled_actions
from retro_editor.ui.shortcut_reference import (
    DIALOG_NAME,
    ShortcutReferenceDialog,
    markdown,
    on_keyboard,
    plain_text,
    standalone_reference,
    window_reference,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "shortcuts.md"
Native = QKeySequence.SequenceFormat.NativeText


def open_reference(window, qtbot) -> ShortcutReferenceDialog:
    window.action_map[ActionId.HELP_SHORTCUTS].trigger()
    dialog = window.findChild(ShortcutReferenceDialog, DIALOG_NAME)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_every_action_with_a_shortcut_is_listed_with_its_keys(window, qtbot):
    dialog = open_reference(window, qtbot)
    rows = {(command, keys) for _menu, command, keys in dialog.rows()}
    actions = [*window.action_map.values(), *window.outline.actions()]
    with_keys = [a for a in actions if any(on_keyboard(k) for k in a.shortcuts())]
    assert len(with_keys) > 40
    for action in with_keys:
        keys = ", ".join(k.toString(Native) for k in action.shortcuts() if on_keyboard(k))
        assert (plain_text(action.text()), keys) in rows, action.objectName()
    assert ("Save As…", "Ctrl+Shift+S") in rows
    assert ("Promote", "Alt+Left, Ctrl+Shift+Left") in rows


def test_rows_are_grouped_by_menu_in_menu_order(window, qtbot):
    dialog = open_reference(window, qtbot)
    menus = list(dict.fromkeys(menu for menu, _c, _k in dialog.rows()))
    assert menus == ["File", "Edit", "View", "Insert", "Format", "Project", "Help", "Outline"]
    assert ("Format", "Heading 2", "Ctrl+2") in dialog.rows()


def test_it_is_in_the_help_menu_and_available_without_a_project(window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.action_map[ActionId.HELP_SHORTCUTS] in help_menu.actions()
    assert ActionId.HELP_SHORTCUTS in enabled_actions(Access.NO_DOCUMENT)
    assert window.action_map[ActionId.HELP_SHORTCUTS].isEnabled()


def test_opening_it_twice_shows_the_same_dialog(window, qtbot):
    first = open_reference(window, qtbot)
    first.close()
    assert open_reference(window, qtbot) is first


def test_typing_in_the_filter_keeps_the_matching_commands(window, qtbot):
    dialog = open_reference(window, qtbot)
    qtbot.keyClicks(dialog.filter, "heading")
    assert {command for _m, command, _k in dialog.rows()} == {f"Heading {n}" for n in range(1, 7)}
    qtbot.keyClicks(dialog.filter, "x")
    assert dialog.rows() == []
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "f3")
    assert {command for _m, command, _k in dialog.rows()} == {"Find Next", "Find Previous"}


def test_escape_closes_it(window, qtbot):
    dialog = open_reference(window, qtbot)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_reference_built_without_a_window_is_the_windows(window):
    """docs/shortcuts.md is generated without a window: it must say what the window does."""
    assert standalone_reference() == window_reference(window)


def test_committed_shortcuts_doc_is_current(qapp):
    expected = markdown(standalone_reference(QKeySequence.SequenceFormat.PortableText))
    assert DOC.read_text(encoding="utf-8") == expected, (
        "docs/shortcuts.md is stale: run python -m retro_editor.ui.shortcut_reference "
        "--markdown docs/shortcuts.md")


def test_mnemonics_are_removed_and_escaped_ampersands_kept():
    assert plain_text("Save &As…") == "Save As…"
    assert plain_text("Tom && Jerry") == "Tom & Jerry"
    assert plain_text("&&Fish &Chips") == "&Fish Chips"


def test_multimedia_keys_are_not_listed():
    assert not on_keyboard(QKeySequence(Qt.Key.Key_Save))
    assert on_keyboard(QKeySequence("Ctrl+S"))
