"""MarkdownEditor: typing, formatting commands, signals, width, zoom, paste and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QPlainTextDocumentLayout

from retro_editor.ui.editor import formatting


def shared_document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(text)
    return document


def select(editor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def undo(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


# --- basics -------------------------------------------------------------------------------


def test_typing_and_accessible_name(qtbot, editor):
    qtbot.keyClicks(editor, "Hello, world")
    assert editor.toPlainText() == "Hello, world"
    assert editor.accessibleName()


def test_set_document_shows_shared_document_and_rehighlights(qtbot, editor):
    document = shared_document("# Shared\n")
    editor.setDocument(document)
    assert editor.document() is document
    assert editor.highlighter().document() is document
    qtbot.waitUntil(lambda: any(r.format.fontWeight() >= 700
                                for r in document.firstBlock().layout().formats()))
    other = shared_document("## Other")
    editor.setDocument(other)
    assert editor.highlighter().document() is other


def test_default_font_is_12pt(editor):
    assert editor.font().pointSizeF() == pytest.approx(12.0)


def test_text_column_is_centred_when_wide(qtbot, editor):
    editor.resize(2000, 500)
    margins = editor.viewportMargins()
    assert margins.left() > 100 and margins.left() == margins.right()
    column = editor.viewport().width()
    assert column == pytest.approx(editor.column_width(), abs=2)
    editor.resize(300, 500)
    assert editor.viewportMargins().left() == 0


def test_zoom_in_out_reset(qtbot, editor):
    editor.resize(2000, 500)
    wide = editor.viewportMargins().left()
    with qtbot.waitSignal(editor.zoomChanged) as blocker:
        editor.zoom_in()
    assert blocker.args[0] > 100
    assert editor.font().pointSizeF() > 12
    assert editor.viewportMargins().left() < wide  # the column grew with the font
    editor.zoom_out()
    editor.zoom_out()
    assert editor.zoom_percent() < 100
    editor.zoom_reset()
    assert editor.zoom_percent() == 100
    assert editor.font().pointSizeF() == pytest.approx(12.0)


def test_cursor_line_changed_only_on_change(qtbot, editor):
    editor.setPlainText("one\ntwo\nthree")
    seen = []
    editor.cursorLineChanged.connect(seen.append)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    seen.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert seen == [1, 2]


def test_go_to_line_scrolls_to_top_and_signals(qtbot, editor):
    editor.setPlainText("\n".join(f"line {n}" for n in range(500)))
    lines = []
    editor.scrolledToLine.connect(lines.append)
    editor.go_to_line(200)
    assert editor.textCursor().blockNumber() == 200
    assert editor.first_visible_line() == 200
    assert lines and lines[-1] == 200
    editor.go_to_line(10_000)
    assert editor.textCursor().blockNumber() == 499


# --- formatting commands ------------------------------------------------------------------


@pytest.mark.parametrize(("command", "expected"), [
    (formatting.toggle_bold, "a **word** b"),
    (formatting.toggle_italic, "a *word* b"),
    (formatting.toggle_code, "a `word` b"),
    (formatting.toggle_strikethrough, "a ~~word~~ b"),
])
def test_inline_toggle_on_off_and_undo(qtbot, editor, command, expected):
    editor.setPlainText("a word b")
    select(editor, 2, 6)
    command(editor)
    assert editor.toPlainText() == expected
    assert editor.textCursor().selectedText() == "word"
    command(editor)
    assert editor.toPlainText() == "a word b"
    undo(qtbot, editor)
    assert editor.toPlainText() == expected
    undo(qtbot, editor)
    assert editor.toPlainText() == "a word b"


def formatted(editor, text: str, start: int, end: int, command) -> str:
    """The text after ``command`` runs on the selection ``start``..``end`` of ``text``."""
    editor.setPlainText(text)
    select(editor, start, end)
    command(editor)
    return editor.toPlainText()


def test_bold_on_word_under_cursor_and_empty_pair(qtbot, editor):
    assert formatted(editor, "alpha beta", 8, 8, formatting.toggle_bold) == "alpha **beta**"
    editor.setPlainText("x ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    formatting.toggle_bold(editor)
    qtbot.keyClicks(editor, "y")
    assert editor.toPlainText() == "x **y**"


def test_italic_and_bold_combine(qtbot, editor):
    assert formatted(editor, "**word**", 2, 6, formatting.toggle_italic) == "***word***"
    formatting.toggle_bold(editor)
    assert editor.toPlainText() == "*word*"


def test_selection_including_markers_unwraps(editor):
    editor.setPlainText("x **bold** y")
    select(editor, 2, 10)
    formatting.toggle_bold(editor)
    assert editor.toPlainText() == "x bold y"


def test_ctrl_b_and_ctrl_i_shortcuts(qtbot, editor):
    editor.setPlainText("word")
    select(editor, 0, 4)
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "**word**"
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "***word***"
    names = {action.objectName() for action in editor.formatting_actions()}
    assert {"format.bold", "insert.link", "format.heading_2"} <= names


def test_link_selects_url_placeholder(qtbot, editor):
    editor.setPlainText("see the site")
    select(editor, 8, 12)
    formatting.insert_link(editor, clipboard_text="not a url")
    assert editor.toPlainText() == "see the [site](https://)"
    assert editor.textCursor().selectedText() == "https://"
    qtbot.keyClicks(editor, "https://example.org")
    assert editor.toPlainText() == "see the [site](https://example.org)"
    undo(qtbot, editor)
    undo(qtbot, editor)
    assert editor.toPlainText() == "see the site"


def test_link_uses_clipboard_url_with_ctrl_k(qtbot, editor):
    QGuiApplication.clipboard().setText("https://example.com/a")
    editor.setPlainText("site")
    select(editor, 0, 4)
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "[site](https://example.com/a)"
    assert editor.textCursor().position() == len(editor.toPlainText())


def test_link_on_selected_url_puts_cursor_in_text(qtbot, editor):
    editor.setPlainText("https://example.com")
    select(editor, 0, 19)
    formatting.insert_link(editor)
    assert editor.toPlainText() == "[](https://example.com)"
    qtbot.keyClicks(editor, "Example")
    assert editor.toPlainText() == "[Example](https://example.com)"


def test_link_inside_existing_link_selects_its_url(editor):
    editor.setPlainText("[text](https://old)")
    select(editor, 2, 2)
    formatting.insert_link(editor)
    assert editor.textCursor().selectedText() == "https://old"
    assert editor.toPlainText() == "[text](https://old)"


def test_heading_levels_replace_marker_and_undo(qtbot, editor):
    editor.setPlainText("Title\nbody")
    select(editor, 2, 2)
    formatting.set_heading(editor, 2)
    assert editor.toPlainText() == "## Title\nbody"
    formatting.set_heading(editor, 4)
    assert editor.toPlainText() == "#### Title\nbody"
    formatting.set_heading(editor, 0)
    assert editor.toPlainText() == "Title\nbody"
    undo(qtbot, editor)
    assert editor.toPlainText() == "#### Title\nbody"
    qtbot.keyClick(editor, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "# Title\nbody"
    with pytest.raises(ValueError):
        formatting.set_heading(editor, 7)


# --- paste and drop -----------------------------------------------------------------------


def make_importer(folder: Path, calls: list):
    def importer(source):
        calls.append(source)
        assets = folder / "assets"
        assets.mkdir(exist_ok=True)
        if isinstance(source, QImage):
            target = assets / f"pasted-{len(calls)}.png"
            assert source.save(str(target))
        else:
            target = assets / source.name
            target.write_bytes(source.read_bytes())
        return f"assets/{target.name}"
    return importer


def red_image() -> QImage:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    return image


def test_paste_image_from_clipboard_inserts_link(qtbot, editor, tmp_path):
    calls = []
    editor.set_image_importer(make_importer(tmp_path, calls))
    editor.setPlainText("before ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QGuiApplication.clipboard().setImage(red_image())
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "before ![pasted-1](assets/pasted-1.png)"
    assert (tmp_path / "assets" / "pasted-1.png").is_file()
    undo(qtbot, editor)
    assert editor.toPlainText() == "before "


def test_dropped_image_file_is_imported_at_drop_position(qtbot, editor, tmp_path):
    source = tmp_path / "my photo.png"
    assert red_image().save(str(source))
    project = tmp_path / "project"
    project.mkdir()
    editor.set_image_importer(make_importer(project, []))
    editor.setPlainText("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    point = editor.cursorRect(QTextCursor(editor.document())).center()
    assert editor.canInsertFromMimeData(mime)
    position = QPointF(point)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(editor.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(editor.viewport(), QDragMoveEvent(point, *args))
    QApplication.sendEvent(editor.viewport(), QDropEvent(position, *args))
    assert editor.toPlainText() == "![my photo](<assets/my photo.png>)x"
    assert (project / "assets" / "my photo.png").is_file()


def test_import_failure_emits_signal_and_inserts_nothing(qtbot, editor):
    def failing(source):
        raise OSError("disk full")
    editor.set_image_importer(failing)
    mime = QMimeData()
    mime.setImageData(red_image())
    with qtbot.waitSignal(editor.imageImportFailed) as blocker:
        editor.insertFromMimeData(mime)
    assert blocker.args == ["disk full"]
    assert editor.toPlainText() == ""


def test_without_importer_images_are_ignored_and_html_pastes_as_markdown(qtbot, editor):
    mime = QMimeData()
    mime.setImageData(red_image())
    assert not editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == ""
    rich = QMimeData()
    rich.setHtml("<b>bold</b> text")
    rich.setText("bold text")
    editor.insertFromMimeData(rich)
    assert editor.toPlainText() == "**bold** text"
    assert not editor.document().firstBlock().charFormat().fontWeight() > 400


def _drop(editor, mime) -> bool:
    point = editor.cursorRect(QTextCursor(editor.document())).center()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(editor.viewport(), enter)
    if enter.isAccepted():
        QApplication.sendEvent(editor.viewport(), QDragMoveEvent(point, *args))
        QApplication.sendEvent(editor.viewport(), QDropEvent(QPointF(point), *args))
    return enter.isAccepted()


def test_dropped_tif_is_refused_by_the_editor_with_the_core_message(qtbot, editor, tmp_path):
    """Repro (issue 10 #12): a dropped .tif was accepted by the editor (its own list of
    image types), handed to the importer and then refused by core's import."""
    from retro_editor.core.assets import IMAGE_SUFFIXES

    source = tmp_path / "scan.tif"
    assert red_image().save(str(source), "TIFF") or source.write_bytes(b"II*\x00")
    calls: list = []
    editor.set_image_importer(make_importer(tmp_path / "project", calls))
    editor.setPlainText("x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    with qtbot.waitSignal(editor.imageImportFailed) as blocker:
        assert _drop(editor, mime)
    assert calls == []
    assert editor.toPlainText() == "x"
    message = blocker.args[0]
    assert "scan.tif" in message and all(s in message for s in IMAGE_SUFFIXES)


def test_editor_accepts_exactly_the_core_image_types(tmp_path):
    from retro_editor.core.assets import IMAGE_SUFFIXES
    from retro_editor.ui.editor import image_drop

    for suffix in sorted(IMAGE_SUFFIXES | {".tif", ".tiff", ".heic"}):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / f"a{suffix}"))])
        assert bool(image_drop.image_files(mime)) == (suffix in IMAGE_SUFFIXES), suffix
