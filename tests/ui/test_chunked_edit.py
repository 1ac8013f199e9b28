"""A long paste goes into the editor over several event-loop turns, still as one undo step,
and a key pressed meanwhile lands after the whole paste."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from retro_editor.ui.editor.chunked_edit import ChunkedInsert, chunks

CTRL = Qt.KeyboardModifier.ControlModifier
TEXT = "".join(f"Line {n} of the pasted page.\n" for n in range(400))


@given(st.text(alphabet="ab\n", max_size=300), st.integers(min_value=1, max_value=40))
def test_chunks_put_back_together_are_the_text(text, size):
    pieces = chunks(text, size)
    assert "".join(pieces) == text
    assert all(pieces[:-1]) and all(len(piece) <= size for piece in pieces[:-1])


def test_chunks_end_at_line_ends_when_they_can():
    assert chunks("one\ntwo\nthree\n", 9) == ["one\ntwo\n", "three\n"]


def start_insert(editor, text: str = TEXT) -> ChunkedInsert:
    editor.setPlainText("Intro: ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    inserting = ChunkedInsert(editor, QTextCursor(editor.textCursor()), text, size=500)
    inserting.start()
    return inserting


def test_the_text_goes_in_over_several_turns_as_one_undo_step(qtbot, editor):
    inserting = start_insert(editor)
    assert editor.toPlainText() == "Intro: " + TEXT[:len(editor.toPlainText()) - 7]
    assert len(editor.toPlainText()) < len("Intro: " + TEXT)  # the rest comes later
    with qtbot.waitSignal(inserting.finished, timeout=10_000):
        pass
    assert editor.toPlainText() == "Intro: " + TEXT
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "Intro: "


def test_a_key_pressed_meanwhile_lands_after_the_whole_paste(qtbot, editor):
    inserting = start_insert(editor)
    finished = []
    inserting.finished.connect(lambda: finished.append(True))
    qtbot.keyClicks(editor, "typed")
    assert finished and editor.toPlainText() == "Intro: " + TEXT + "typed"
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "Intro: " + TEXT
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "Intro: "


def test_cancel_takes_back_what_went_in(qtbot, editor):
    inserting = start_insert(editor)
    inserting.cancel()
    assert editor.toPlainText() == "Intro: "
    qtbot.wait(50)  # no chunk comes after the cancel
    assert editor.toPlainText() == "Intro: "


def test_a_long_plain_text_paste_goes_in_over_several_turns_as_one_undo_step(qtbot, editor):
    """Ctrl+V of 5,000 words of plain text (no HTML on the clipboard): the editor no longer
    holds the window while Qt and the highlighter take the whole text at once."""
    from PySide6.QtGui import QGuiApplication

    from retro_editor.ui.editor.chunked_edit import CHUNK_CHARS

    pasted = "".join(f"Paragraph {n} of the pasted article.\n\n" for n in range(1200))
    assert len(pasted) > 2 * CHUNK_CHARS
    editor.setPlainText("Before. After.")
    cursor = editor.textCursor()
    cursor.setPosition(len("Before. "))
    editor.setTextCursor(cursor)
    QGuiApplication.clipboard().setText(pasted)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert len(editor.toPlainText()) < len("Before. After.") + len(pasted)  # more to come
    qtbot.waitUntil(lambda: editor.toPlainText() == "Before. " + pasted + "After.",
                    timeout=10_000)
    assert editor.textCursor().position() == len("Before. " + pasted)
    editor.undo()
    assert editor.toPlainText() == "Before. After."


def test_an_edit_stops_when_the_editor_shows_another_text(qtbot, editor):
    """Opening another project while a long edit goes in: the rest is not made in the text
    that is no longer shown, and the preview is told the edit is over."""
    from retro_editor.ui.text_access import long_edit_running

    inserting = start_insert(editor)
    first = editor.document()
    assert long_edit_running(first)
    finished: list[bool] = []
    inserting.finished.connect(lambda: finished.append(True))
    editor.setPlainText("Another text.")  # what opening another project comes down to
    replacement = QTextDocument(editor)
    editor.setDocument(replacement)
    qtbot.waitUntil(lambda: bool(finished))
    assert not long_edit_running(first)
    assert replacement.toPlainText() == ""
