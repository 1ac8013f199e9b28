"""FindReplaceBar: find next/previous with options, regex errors, replace and replace all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from retro_editor.ui.editor import search
from retro_editor.ui.editor.editor import MarkdownEditor
from retro_editor.ui.editor.find_bar import FindReplaceBar

TEXT = "Neon harbor. The Harbor lights; neon signs.\nharbored boats at the harbor"


@pytest.fixture
def setup(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    editor = MarkdownEditor(window)
    bar = FindReplaceBar(editor, window)
    layout.addWidget(editor)
    layout.addWidget(bar)
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    editor.setPlainText(TEXT)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    yield editor, bar
    window.close()


def open_with(qtbot, bar, text, replace=False):
    bar.open_find(replace=replace)
    bar.find_field.clear()
    qtbot.keyClicks(bar.find_field, text)


def selected(editor):
    cursor = editor.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def test_typing_finds_first_match_and_counts(qtbot, setup):
    editor, bar = setup
    open_with(qtbot, bar, "harbor")
    assert selected(editor) == (5, "harbor")
    assert bar.match_count() == 4
    assert bar.status_label.text() == "1 of 4"
    assert bar.find_field.accessibleName()


def test_enter_and_shift_enter_and_f3_navigate(qtbot, setup):
    editor, bar = setup
    open_with(qtbot, bar, "harbor")
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return)
    assert selected(editor) == (17, "Harbor")
    assert bar.status_label.text() == "2 of 4"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert selected(editor)[0] == 5
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert selected(editor)[1] == "harbor" and selected(editor)[0] > 44  # wrapped to the end
    qtbot.keyClick(bar.find_field, Qt.Key.Key_F3)
    assert selected(editor)[0] == 5  # wrapped to the start


def test_case_sensitive_and_whole_word(qtbot, setup):
    editor, bar = setup
    open_with(qtbot, bar, "Harbor")
    bar.case_button.setChecked(True)
    assert bar.match_count() == 1
    bar.case_button.setChecked(False)
    bar.word_button.setChecked(True)
    assert bar.match_count() == 3  # not "harbored"


def test_regex_search_and_invalid_regex_message(qtbot, setup):
    editor, bar = setup
    bar.regex_button.setChecked(True)
    open_with(qtbot, bar, r"neon\s+\w+")
    assert bar.match_count() == 2
    assert not bar.find_field.property("invalid")
    bar.find_field.clear()
    qtbot.keyClicks(bar.find_field, "(unclosed")
    assert bar.find_field.property("invalid")
    assert "Invalid regular expression" in bar.status_label.text()
    assert bar.match_count() == 0
    bar.find_next()
    bar.replace_all()
    assert editor.toPlainText() == TEXT


def test_replace_one_then_next(qtbot, setup):
    editor, bar = setup
    open_with(qtbot, bar, "neon", replace=True)
    bar.replace_field.setText("NEON")
    assert bar.replace()
    assert editor.toPlainText().startswith("NEON harbor.")
    assert selected(editor)[1] == "neon"  # moved on to the next match
    qtbot.keyClick(bar.replace_field, Qt.Key.Key_Return)
    assert editor.toPlainText().count("NEON") == 2


def test_replace_all_is_one_undo_step(qtbot, setup):
    editor, bar = setup
    open_with(qtbot, bar, "harbor", replace=True)
    bar.word_button.setChecked(True)
    bar.replace_field.setText("port")
    assert bar.replace_all() == 3
    assert bar.status_label.text() == "3 replaced"
    assert editor.toPlainText() == TEXT.replace("harbor.", "port.").replace(
        "Harbor", "port").replace("the harbor", "the port")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == TEXT


def test_regex_replace_with_group_references(qtbot, setup):
    editor, bar = setup
    bar.regex_button.setChecked(True)
    bar.case_button.setChecked(True)
    open_with(qtbot, bar, r"(?P<word>[Nn]eon) (\w+)", replace=True)
    bar.replace_field.setText(r"\2-\g<word>\g<1>")
    assert bar.replace_all() == 2
    assert editor.toPlainText().startswith("harbor-NeonNeon. The Harbor lights; signs-neonneon.")


def test_bad_template_reports_and_changes_nothing(qtbot, setup):
    editor, bar = setup
    bar.regex_button.setChecked(True)
    open_with(qtbot, bar, "neon", replace=True)
    bar.replace_field.setText(r"\3")
    assert bar.replace_all() == 0
    assert "group" in bar.status_label.text()
    assert editor.toPlainText() == TEXT


def test_escape_hides_bar_and_focuses_editor(qtbot, setup):
    editor, bar = setup
    open_with(qtbot, bar, "neon")
    bar.window().activateWindow()
    bar.find_field.setFocus()
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert editor.hasFocus() or QWidget.focusWidget(editor) is None


def test_no_matches_and_recount_after_edit(qtbot, setup):
    editor, bar = setup
    open_with(qtbot, bar, "zzz")
    assert bar.status_label.text() == "No matches"
    editor.appendPlainText("zzz")
    qtbot.waitUntil(lambda: bar.match_count() == 1)


def test_emoji_before_match_keeps_positions(qtbot, setup):
    editor, bar = setup
    editor.setPlainText("🎬 film and film")
    open_with(qtbot, bar, "film", replace=True)
    bar.replace_field.setText("movie")
    assert bar.replace_all() == 2
    assert editor.toPlainText() == "🎬 movie and movie"


def test_match_count_is_capped_on_huge_documents(qtbot, setup):
    editor, bar = setup
    editor.setPlainText("word " * 100_000)
    open_with(qtbot, bar, "word")
    assert bar.match_count() == search.MATCH_CAP
    assert "+" in bar.status_label.text()


def test_template_expansion_rules():
    expression, _ = search.compile_search(search.SearchOptions(r"(a)(?P<b>b)", regex=True))
    match = expression.match("ab")
    assert search.expand_template(r"\2\1\g<b>\n\\", match) == "bab\n\\"
    with pytest.raises(search.TemplateError):
        search.expand_template(r"\g<nope>", match)


def test_find_works_after_the_searched_document_was_replaced_and_deleted(qtbot, setup):
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QPlainTextDocumentLayout

    editor, bar = setup
    open_with(qtbot, bar, "harbor")
    fresh = QTextDocument()
    fresh.setDocumentLayout(QPlainTextDocumentLayout(fresh))
    fresh.setPlainText("another harbor text")
    editor.setDocument(fresh)  # the editor deletes its own previous document
    QApplication.sendPostedEvents(None, 0)
    open_with(qtbot, bar, "harbor")
    assert bar.match_count() == 1
    assert selected(editor) == (8, "harbor")


def test_replace_all_keeps_no_break_spaces_between_matches(qtbot, setup):
    """Repro (issue 12 #3): Replace All copied the text between the first and the last match
    from toPlainText(), so every no-break space in that span became a plain space."""
    from retro_editor.ui.text_access import raw_text

    editor, bar = setup
    editor.setPlainText("chat\u00a0: un chat\u00a0; deux chat\u00a0!")
    open_with(qtbot, bar, "chat", replace=True)
    bar.replace_field.setText("chien")
    assert bar.replace_all() == 3
    assert raw_text(editor.document()) == "chien\u00a0: un chien\u00a0; deux chien\u00a0!"


def test_matches_are_marked_where_the_writer_looks(qtbot, setup):
    """Qt lays out every block an extra selection touches: marking 1,000 matches of a long
    text made each cursor move cost tens of milliseconds. The matches in and around the view
    are marked, the others when scrolled to."""
    editor, bar = setup
    editor.setPlainText("\n\n".join(f"Paragraph {i} of the harbour." for i in range(900)))
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    open_with(qtbot, bar, "harbour")

    def marked() -> list[int]:
        return [s.cursor.selectionStart() for s in editor.extraSelections()
                if s.cursor.hasSelection()]

    first = marked()
    assert 0 < len(first) < 200
    top = editor.cursorForPosition(editor.viewport().rect().topLeft()).position()
    bottom = editor.cursorForPosition(editor.viewport().rect().bottomRight()).position()
    text = editor.toPlainText()
    visible = [i for i in range(top, bottom) if text.startswith("harbour", i)]
    assert visible and set(visible) <= set(first)
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    last = text.rindex("harbour")
    qtbot.waitUntil(lambda: last in marked())


LONG = "".join(f"Paragraph {n}: the harbor at night, «harbor» lights.\n\n" for n in range(2000))


def test_replace_all_across_a_long_article_goes_in_over_turns_as_one_undo_step(qtbot, setup):
    """2,000+ hits over 100k characters: replaced span by span over several event-loop
    turns (never one edit holding the window), yet one Undo takes them all back; the count
    appears when the last span is in."""
    from retro_editor.ui.editor.chunked_edit import CHUNK_CHARS

    editor, bar = setup
    assert len(LONG) > 4 * CHUNK_CHARS
    editor.setPlainText(LONG)
    open_with(qtbot, bar, "harbor", replace=True)
    bar.replace_field.setText("port")
    left: list[int] = []  # hits left after each edit of the document

    def count_left(*_change: int) -> None:
        left.append(editor.toPlainText().count("harbor"))

    editor.document().contentsChange.connect(count_left)
    assert bar.replace_all() == 4000
    assert editor.toPlainText() == LONG  # the search took this turn; the spans come later
    qtbot.waitUntil(lambda: bar.status_label.text() == "4000 replaced", timeout=10_000)
    editor.document().contentsChange.disconnect(count_left)
    assert len(left) > 4 and left == sorted(left, reverse=True) and left[-1] == 0
    assert editor.toPlainText() == LONG.replace("harbor", "port")
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == LONG


def test_a_key_pressed_during_a_long_replace_all_lands_after_it(qtbot, setup):
    editor, bar = setup
    editor.setPlainText(LONG)
    open_with(qtbot, bar, "harbor", replace=True)
    bar.replace_field.setText("port")
    bar.replace_all()
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "typed")
    assert editor.toPlainText() == LONG.replace("harbor", "port") + "typed"
    assert bar.status_label.text() == "4000 replaced"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == LONG


def test_a_span_changed_by_another_edit_meanwhile_is_left_as_it_now_is(qtbot, setup):
    """An edit made some other way while the replacing goes on (an outline operation, a
    reload) is kept: the spans it touched are skipped, and the count says what was done."""
    editor, bar = setup
    editor.setPlainText(LONG)
    open_with(qtbot, bar, "harbor", replace=True)
    bar.replace_field.setText("port")
    bar.replace_all()
    cursor = QTextCursor(editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.insertText("Added meanwhile. ")
    qtbot.waitUntil(lambda: bar.status_label.text().endswith("replaced"), timeout=10_000)
    text = editor.toPlainText()
    assert "Added meanwhile. Paragraph 1999: the harbor at night, «harbor» lights." in text
    done = int(bar.status_label.text().split()[0])
    assert 0 < done < 4000
    assert text.count("harbor") == 4000 - done


def test_replace_all_spans_cover_every_match_in_order():
    """The spans put back together, with the text between them, are the whole replaced
    text, whatever the characters (UTF-16 positions with emoji) and the span size."""
    from PySide6.QtCore import QRegularExpression

    text = "🎬 ab é ab\n" * 50 + "ab"
    expression = QRegularExpression("ab")
    options = search.SearchOptions("ab")
    for size in (1, 7, 40, 10_000):
        spans = search.replace_all_spans(expression, options, "XYZ", text, size)
        encoded = text.encode("utf-16-le")
        rebuilt, at = [], 0
        for span in spans:
            rebuilt.append(encoded[2 * at: 2 * span.start].decode("utf-16-le"))
            assert encoded[2 * span.start: 2 * span.end].decode("utf-16-le") == span.original
            rebuilt.append(span.text)
            at = span.end
        rebuilt.append(encoded[2 * at:].decode("utf-16-le"))
        assert "".join(rebuilt) == text.replace("ab", "XYZ")
        assert sum(span.count for span in spans) == 101
        assert size >= 10_000 or len(spans) > 1


def test_a_replace_all_made_while_another_goes_in_sees_its_whole_result(qtbot, setup):
    """Replace All, then at once another Replace All of what the first one wrote: the first
    is finished before the second searches, so no hit of the second is missed."""
    editor, bar = setup
    editor.setPlainText(LONG)
    open_with(qtbot, bar, "harbor", replace=True)
    bar.replace_field.setText("port")
    assert bar.replace_all() == 4000
    open_with(qtbot, bar, "port", replace=True)
    bar.replace_field.setText("dock")
    assert bar.replace_all() == 4000
    qtbot.waitUntil(lambda: bar.status_label.text() == "4000 replaced", timeout=10_000)
    qtbot.waitUntil(lambda: "port" not in editor.toPlainText(), timeout=10_000)
    assert editor.toPlainText() == LONG.replace("harbor", "dock")
