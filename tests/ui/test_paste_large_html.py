"""A large HTML paste converts in the paste helper process: the window stays usable, what the
writer types meanwhile is kept, the Markdown lands where the paste was made as one undo step,
and Cancel leaves the document as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolButton
from test_paste_html import CTRL, put_on_clipboard, start_with

from retro_editor.core.html_to_markdown import html_to_markdown
from retro_editor.ui.editor.paste import SYNC_MAX_HTML_CHARS
from retro_editor.ui.editor.paste_conversion import PasteConversion
from retro_editor.ui.preview.render_process import RenderProcess

_PIECE = ("<h2>Chapter</h2><p>The <b>Commodore 64</b> sold for <i>$595</i>, says "
          '<a href="https://c64.example/news">the site</a>.</p><ul><li>SID</li><li>VIC-II</li></ul>')
#: about 1.5 MB: a second or more to convert, far longer than the test's typing takes
BIG_HTML = "<meta charset='utf-8'>" + _PIECE * (1_500_000 // len(_PIECE))
BIG_TEXT = "the page's plain text"
BIG_MARKDOWN = html_to_markdown(BIG_HTML)


@pytest.fixture
def big_paste(qtbot, editor):
    """The editor with the big page on the clipboard; the helper stopped at the end."""
    assert len(BIG_HTML) > SYNC_MAX_HTML_CHARS and BIG_MARKDOWN
    put_on_clipboard(BIG_HTML, BIG_TEXT)
    yield editor
    editor.paste_conversion.shutdown()


def wait_converted(qtbot, editor) -> None:
    qtbot.waitUntil(lambda: not editor.paste_conversion.busy(), timeout=60_000)


def test_big_html_lands_at_the_cursor_as_markdown_in_one_undo_step(qtbot, big_paste):
    editor = big_paste
    start_with(editor, "Intro\n\n")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.paste_conversion.busy()
    assert editor.toPlainText() == "Intro\n\n"  # the GUI thread did not convert it
    wait_converted(qtbot, editor)
    assert editor.toPlainText() == "Intro\n\n" + BIG_MARKDOWN
    assert BIG_MARKDOWN.startswith("## Chapter\n\nThe **Commodore 64** sold for *$595*")
    assert editor.textCursor().position() == len(editor.toPlainText())
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "Intro\n\n"


def test_typing_during_the_conversion_is_kept_around_the_paste(qtbot, big_paste):
    editor = big_paste
    editor.setPlainText("Before  after")
    cursor = editor.textCursor()
    cursor.setPosition(len("Before "))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    qtbot.keyClicks(editor, "typed on")  # at the paste's place: it was typed after the paste
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor, "New start. ")
    assert editor.paste_conversion.busy()
    wait_converted(qtbot, editor)
    assert editor.toPlainText() == "New start. Before " + BIG_MARKDOWN + "typed on after"
    assert editor.textCursor().position() == len("New start. ")  # the writer's cursor stayed
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "New start. Before typed on after"


def test_the_pasted_markdown_replaces_the_selection_made_at_the_paste(qtbot, big_paste):
    editor = big_paste
    start_with(editor, "keep REPLACE keep")
    cursor = editor.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    wait_converted(qtbot, editor)
    assert editor.toPlainText() == "keep " + BIG_MARKDOWN + " keep"


def test_two_big_pastes_land_in_order(qtbot, big_paste):
    editor = big_paste
    start_with(editor, "")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    qtbot.keyClicks(editor, "|")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    wait_converted(qtbot, editor)
    assert editor.toPlainText() == BIG_MARKDOWN + "|" + BIG_MARKDOWN


def test_cancel_in_the_status_bar_leaves_the_document_unchanged(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    before = editor.toPlainText()
    put_on_clipboard(BIG_HTML, BIG_TEXT)
    try:
        progress = window.status.findChild(QToolButton, "cancelPaste").parentWidget()
        assert progress.isHidden()
        qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
        assert progress.isVisible()
        qtbot.mouseClick(progress.findChild(QToolButton, "cancelPaste"),
                         Qt.MouseButton.LeftButton)
        assert progress.isHidden()
        assert not editor.paste_conversion.busy()
        assert "cancelled" in window.statusBar().currentMessage()
        assert editor.toPlainText() == before
        qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)  # the next paste starts a fresh helper
        wait_converted(qtbot, editor)
        assert editor.toPlainText() == before + BIG_MARKDOWN
    finally:
        editor.paste_conversion.shutdown()


def test_a_helper_that_cannot_start_pastes_the_plain_text_and_says_so(qtbot, big_paste):
    editor = big_paste
    broken = RenderProcess(command=("/nonexistent/retro-paste-helper", []))
    editor.paste_conversion = PasteConversion(editor, broken)
    notices: list[str] = []
    editor.paste_conversion.notice.connect(notices.append)
    start_with(editor, "Intro: ")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    wait_converted(qtbot, editor)
    assert editor.toPlainText() == "Intro: " + BIG_TEXT
    assert notices and "plain text" in notices[0]



def test_opening_another_project_drops_the_paste_in_progress(qtbot, window, sample_copy,
                                                            tmp_path):
    import shutil

    other = tmp_path / "Other"
    shutil.copytree(sample_copy, other)
    (other / "article.md").write_text("# Other\n\nAnother article.\n", encoding="utf-8")
    assert window.open_project(sample_copy)
    put_on_clipboard(BIG_HTML, BIG_TEXT)
    try:
        window.editor.setFocus()
        qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
        assert window.editor.paste_conversion.busy()
        assert window.open_project(other)
        assert not window.editor.paste_conversion.busy()
        assert window.editor.toPlainText() == "# Other\n\nAnother article.\n"
        assert "cancelled" in window.statusBar().currentMessage()
    finally:
        window.editor.paste_conversion.shutdown()
