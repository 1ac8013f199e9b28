"""List and quote editing: the pure text rules, then the real widget with keys and undo."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from retro_editor.ui.editor import list_editing as le

# --- pure rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("- one", "\n- "),
    ("* one", "\n* "),
    ("+ one", "\n+ "),
    ("1. one", "\n2. "),
    ("9) nine", "\n10) "),
    ("07. seven", "\n08. "),
    ("- [ ] task", "\n- [ ] "),
    ("- [x] done", "\n- [ ] "),
    ("   - nested", "\n   - "),
    ("> quoted", "\n> "),
    ("> - quoted item", "\n> - "),
    ("> 3. quoted number", "\n> 4. "),
])
def test_enter_continues(line, expected):
    edit = le.on_enter(line, len(line))
    assert edit == le.LineEdit(len(line), len(line), expected)


@pytest.mark.parametrize(("line", "expected"), [
    ("- ", "\n"), ("-", "\n"), ("1. ", "\n"), ("- [ ] ", "\n"), ("  * ", "\n"),
    ("> ", "\n"), ("> - ", ">\n> "), ("> > ", ">\n> "),
])
def test_enter_on_empty_item_ends_it(line, expected):
    """Ending leaves a blank (or bare ``>``) line, so what follows starts a new block."""
    assert le.apply_edits(line, [le.on_enter(line, len(line))]) == expected


@pytest.mark.parametrize("line", ["plain text", "", "---", "* * *", "**bold** start",
                                  "# heading"])
def test_enter_elsewhere_is_plain(line):
    assert le.on_enter(line, len(line)) is None


def test_enter_inside_the_marker_is_plain():
    assert le.on_enter("- item", 0) is None


def test_enter_keeps_the_indent_of_indented_text():
    assert le.on_enter("    more", 8) == le.LineEdit(8, 8, "\n    ")


def test_indent_nests_under_previous_sibling_and_renumbers():
    lines = ["1. one", "2. two", "3. three"]
    edits = le.indent_item(lines, 2)
    assert le.apply_edits(lines[2], edits) == "   1. three"


def test_indent_bullet_uses_sibling_content_column():
    lines = ["- one", "- two"]
    assert le.apply_edits(lines[1], le.indent_item(lines, 1)) == "  - two"


def test_outdent_moves_to_parent_level_and_renumbers():
    lines = ["1. one", "   1. sub", "   2. sub two"]
    assert le.apply_edits(lines[2], le.outdent_item(lines, 2)) == "2. sub two"


def test_outdent_at_top_level_does_nothing_and_plain_lines_are_not_items():
    assert le.outdent_item(["- top"], 0) == []
    assert le.indent_item(["text"], 0) is None


@given(st.text(alphabet="-*+>[]x 1.)\tab#", max_size=20), st.integers(0, 25))
def test_enter_rules_never_fail(line, column):
    edit = le.on_enter(line, min(column, len(line)))
    if edit is not None:
        assert 0 <= edit.start <= edit.end <= len(line)


@given(st.sampled_from(["- ", "* ", "1. ", "10) ", "- [ ] "]), st.text("ab ", max_size=8))
def test_indent_then_outdent_round_trips(marker, body):
    lines = [marker + "first", marker + body]
    indented = le.apply_edits(lines[1], le.indent_item(lines, 1))
    back = le.apply_edits(indented, le.outdent_item([lines[0], indented], 1))
    assert back == lines[1] or marker[0].isdigit()  # ordered items are renumbered


# --- the widget ---------------------------------------------------------------------------




def type_lines(qtbot, editor, text):
    editor.setPlainText(text)
    editor.moveCursor(QTextCursor.MoveOperation.End)


@pytest.mark.parametrize(("start", "typed", "expected"), [
    ("- one", "two", "- one\n- two"),
    ("* one", "two", "* one\n* two"),
    ("+ one", "two", "+ one\n+ two"),
    ("1. one", "two", "1. one\n2. two"),
    ("1) one", "two", "1) one\n2) two"),
    ("- [x] one", "two", "- [x] one\n- [ ] two"),
    ("  - nested", "two", "  - nested\n  - two"),
    ("> quote", "more", "> quote\n> more"),
])
def test_enter_continues_in_widget(qtbot, editor, start, typed, expected):
    type_lines(qtbot, editor, start)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, typed)
    assert editor.toPlainText() == expected


def _rendered(text: str) -> str:
    from retro_editor.render.markdown import MarkdownRenderer

    renderer = MarkdownRenderer()
    try:
        return renderer.render(text)
    finally:
        renderer.close()


def test_enter_twice_ends_list(qtbot, editor):
    """Repro (issue 10 #6): "- one", Enter, Enter, "after" gave "- one\nafter", and
    "after" rendered inside the last item (a lazy continuation line)."""
    type_lines(qtbot, editor, "")
    qtbot.keyClicks(editor, "- one")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "after")
    assert editor.toPlainText() == "- one\n\nafter"
    html = _rendered(editor.toPlainText())
    assert "<p" in html.split("</ul>", 1)[1] and "after" in html.split("</ul>", 1)[1]


@pytest.mark.parametrize(("start", "typed", "text", "after", "inside"), [
    # Repro: "> quote", Enter, Enter, "x" gave "> quote\nx": x rendered inside the quote
    ("> quote", "x", "> quote\n\nx", "</blockquote>", None),
    # Repro: "> - a", Enter, Enter, "b" gave "> - a\n> b": b rendered inside the item
    ("> - a", "b", "> - a\n>\n> b", "</ul>", "</blockquote>"),
])
def test_enter_twice_in_a_quote_ends_the_innermost_block(qtbot, editor, start, typed, text,
                                                          after, inside):
    """What follows lands after the block it ended (and still inside the quote around it)."""
    type_lines(qtbot, editor, start)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, typed)
    assert editor.toPlainText() == text
    rest = _rendered(text).split(after, 1)[1]
    assert typed in (rest.split(inside, 1)[0] if inside else rest)


def test_shift_enter_is_a_plain_new_line(qtbot, editor):
    type_lines(qtbot, editor, "- one")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "- one\n"
    assert editor.document().blockCount() == 2


def test_enter_splits_item_text_at_cursor(qtbot, editor):
    type_lines(qtbot, editor, "1. onetwo")
    editor.moveCursor(QTextCursor.MoveOperation.Left)
    editor.moveCursor(QTextCursor.MoveOperation.Left)
    editor.moveCursor(QTextCursor.MoveOperation.Left)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "1. one\n2. two"


@pytest.mark.parametrize(("before", "key", "after"), [
    ("- one", Qt.Key.Key_Return, "- one\n- "),        # continuing a list
    ("- one\n- ", Qt.Key.Key_Return, "- one\n\n"),   # ending it
    ("- one\n- two", Qt.Key.Key_Tab, "- one\n  - two"),  # indenting an item
])
def test_list_keys_are_one_undo_step(qtbot, editor, before, key, after):
    type_lines(qtbot, editor, before)
    qtbot.keyClick(editor, key)
    assert editor.toPlainText() == after
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == before


def test_tab_and_shift_tab_on_items(qtbot, editor):
    type_lines(qtbot, editor, "1. one\n2. two")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "1. one\n   1. two"
    assert editor.textCursor().positionInBlock() == len("   1. two")
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "1. one\n2. two"


def test_tab_on_selected_items_indents_each(qtbot, editor):
    type_lines(qtbot, editor, "- a\n- b\n- c")
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(1).position())
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "- a\n  - b\n  - c"


def test_tab_elsewhere_inserts_spaces(qtbot, editor):
    type_lines(qtbot, editor, "ab")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "c")
    assert editor.toPlainText() == "ab  c"


def test_enter_after_emoji_in_item(qtbot, editor):
    type_lines(qtbot, editor, "- 🎬 film")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "next")
    assert editor.toPlainText() == "- 🎬 film\n- next"
