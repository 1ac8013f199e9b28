"""Edit → Paste turns a web page's or word processor's HTML into Markdown; Paste as Plain
Text (Ctrl+Shift+V) takes the text alone. Both are one undo step and never touch a
read-only document."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QTextCursor

from retro_editor.ui.action_ids import ActionId

PAGE_HTML = (
    "<meta charset='utf-8'><h2>News</h2><p>The <b>C64</b> is back, says "
    '<a href="https://c64.example/news">the site</a>.</p><ul><li>one</li><li>two</li></ul>')
PAGE_TEXT = "News\nThe C64 is back, says the site.\none\ntwo"
PAGE_MARKDOWN = ("## News\n\nThe **C64** is back, says [the site](https://c64.example/news).\n\n"
                 "- one\n- two")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def put_on_clipboard(html: str, text: str) -> None:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def start_with(editor, text: str) -> None:
    editor.setPlainText(text)
    editor.moveCursor(QTextCursor.MoveOperation.End)


def test_ctrl_v_pastes_html_as_markdown_in_one_undo_step(qtbot, editor):
    start_with(editor, "Intro\n\n")
    put_on_clipboard(PAGE_HTML, PAGE_TEXT)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "Intro\n\n" + PAGE_MARKDOWN
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "Intro\n\n"


def test_pasted_markdown_replaces_the_selection(qtbot, editor):
    start_with(editor, "old words")
    editor.selectAll()
    put_on_clipboard("<p><i>new</i> words</p>", "new words")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "*new* words"


def test_copy_inside_the_editor_pastes_back_the_same_markdown(qtbot, editor):
    start_with(editor, "Some **bold** and [a link](https://e.org)")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, CTRL)
    assert not QGuiApplication.clipboard().mimeData().hasHtml()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "Some **bold** and [a link](https://e.org)" * 2


def test_copied_image_with_its_html_is_still_imported(qtbot, editor, tmp_path):
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    imported = []

    def importer(source):
        imported.append(source)
        return "assets/pasted.png"
    editor.set_image_importer(importer)
    mime = QMimeData()
    mime.setHtml('<img src="https://e.org/a.png" alt="a">')
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert len(imported) == 1
    assert editor.toPlainText() == "![pasted](assets/pasted.png)"


def test_word_html_next_to_a_bitmap_pastes_as_markdown_not_a_picture(qtbot, editor):
    editor.set_image_importer(lambda source: "assets/never.png")
    mime = QMimeData()
    mime.setHtml("<p class=MsoNormal><span style='font-weight:bold'>Bold</span> text"
                 "<o:p></o:p></p>")
    mime.setText("Bold text")
    mime.setImageData(QImage(4, 4, QImage.Format.Format_RGB32))
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == "**Bold** text"


def test_paste_as_plain_text_shortcut_and_menu(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    before = editor.toPlainText()
    put_on_clipboard(PAGE_HTML, PAGE_TEXT)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL_SHIFT)
    assert editor.toPlainText() == before + PAGE_TEXT
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == before
    action = window.action_map[ActionId.EDIT_PASTE_PLAIN]
    edit_menu = next(a.menu() for a in window.menuBar().actions() if "Edit" in a.text())
    assert action in edit_menu.actions()
    assert edit_menu.actions().index(action) == \
        edit_menu.actions().index(window.action_map[ActionId.EDIT_PASTE]) + 1
    action.trigger()
    assert editor.toPlainText() == before + PAGE_TEXT
    window.action_map[ActionId.EDIT_PASTE].trigger()
    assert editor.toPlainText() == before + PAGE_TEXT + PAGE_MARKDOWN


def test_read_only_editor_takes_neither_paste(qtbot, editor):
    start_with(editor, "kept")
    editor.setReadOnly(True)
    put_on_clipboard(PAGE_HTML, PAGE_TEXT)
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    editor.paste_plain_text()
    assert editor.toPlainText() == "kept"
