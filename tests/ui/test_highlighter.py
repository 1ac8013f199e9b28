"""MarkdownHighlighter: formats per construct, multi-line state, palette colours, bounds."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from retro_editor.ui.editor.highlighter import INLINE_LIMIT, MarkdownHighlighter


@pytest.fixture
def highlight(qtbot):
    """Builds a document with a highlighter and returns it, fully highlighted."""
    made = []

    def build(text: str, palette: QPalette | None = None) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(QFont("DejaVu Sans", 12))
        document.setPlainText(text)
        highlighter = MarkdownHighlighter(document, palette)
        highlighter.setDocument(document)
        highlighter.rehighlight()
        made.append((document, highlighter))
        return document

    return build


def formats(document: QTextDocument, line: int):
    """(start, length, format) of the highlighting on one line."""
    layout = document.findBlockByNumber(line).layout()
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in layout.formats()]


def format_at(document: QTextDocument, line: int, column: int):
    for start, length, fmt in formats(document, line):
        if start <= column < start + length:
            return fmt
    return None


def is_bold(fmt) -> bool:
    return fmt is not None and fmt.fontWeight() >= QFont.Weight.Bold


def is_mono(fmt) -> bool:
    return fmt is not None and fmt.fontFixedPitch()


def test_atx_headings_are_bold_and_larger(highlight):
    doc = highlight("# One\n### Three\nbody")
    one, three = format_at(doc, 0, 3), format_at(doc, 1, 6)
    assert is_bold(one) and is_bold(three)
    assert one.fontPointSize() > three.fontPointSize() > 12
    assert formats(doc, 2) == []


def test_setext_headings(highlight, qtbot):
    doc = highlight("Title\n=====\n\nSub\n---\n\n---\n")
    assert is_bold(format_at(doc, 0, 1))
    assert format_at(doc, 0, 1).fontPointSize() > format_at(doc, 3, 1).fontPointSize()
    assert is_bold(format_at(doc, 3, 1))
    assert not is_bold(format_at(doc, 6, 1))  # a thematic break after a blank line


def test_typing_an_underline_turns_the_line_above_into_a_heading(highlight, qtbot):
    doc = highlight("Title\n")
    assert not is_bold(format_at(doc, 0, 1))
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("===")
    qtbot.waitUntil(lambda: is_bold(format_at(doc, 0, 1)))
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.removeSelectedText()
    qtbot.waitUntil(lambda: not is_bold(format_at(doc, 0, 1)))


def test_emphasis_strong_strike_and_code(highlight):
    doc = highlight("a *em* b **strong** c ~~gone~~ d `co*de*`")
    text = doc.firstBlock().text()
    assert format_at(doc, 0, text.index("em")).fontItalic()
    assert is_bold(format_at(doc, 0, text.index("strong")))
    assert format_at(doc, 0, text.index("gone")).fontStrikeOut()
    code = format_at(doc, 0, text.index("co*de"))
    assert is_mono(code) and not code.fontItalic()
    assert format_at(doc, 0, 0) is None


def test_fenced_code_is_not_markdown(highlight):
    doc = highlight("```python\n# not a heading\n*not em*\n```\n# heading")
    for line in (1, 2):
        fmt = format_at(doc, line, 2)
        assert is_mono(fmt) and not is_bold(fmt) and not fmt.fontItalic()
    assert is_mono(format_at(doc, 0, 0)) and is_mono(format_at(doc, 3, 0))
    assert is_bold(format_at(doc, 4, 3))


def test_tilde_fence_needs_matching_close(highlight):
    doc = highlight("~~~~\n```\nstill code\n~~~~\n**bold**")
    assert is_mono(format_at(doc, 2, 0))
    assert is_bold(format_at(doc, 4, 3))


def test_links_and_images_colour_text_and_url_differently(highlight):
    doc = highlight("see [the text](https://example.org) and ![alt](assets/a.png)")
    line = doc.firstBlock().text()
    text = format_at(doc, 0, line.index("the text"))
    url = format_at(doc, 0, line.index("https"))
    alt = format_at(doc, 0, line.index("alt"))
    image_url = format_at(doc, 0, line.index("assets"))
    assert text.foreground().color() != url.foreground().color()
    assert alt.fontItalic() and image_url.foreground().color() == url.foreground().color()


def test_autolinks_and_bare_urls(highlight):
    doc = highlight("<https://a.example/x> and https://b.example/y")
    line = doc.firstBlock().text()
    assert format_at(doc, 0, 3) is not None
    assert format_at(doc, 0, line.index("b.example")) is not None


def test_quotes_lists_comments_and_front_matter(highlight):
    doc = highlight("---\ntitle: x\n---\n> quoted\n- item\n1. first\n<!-- a\nnote -->\nafter")
    assert is_mono(format_at(doc, 1, 0))  # front matter
    assert format_at(doc, 3, 3).fontItalic()  # quote text
    assert is_bold(format_at(doc, 4, 0)) and format_at(doc, 4, 3) is None
    assert is_bold(format_at(doc, 5, 0))
    assert format_at(doc, 6, 0).fontItalic() and format_at(doc, 7, 0).fontItalic()
    assert formats(doc, 8) == []


def test_colours_follow_a_dark_palette(highlight):
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    dark.setColor(QPalette.ColorRole.Link, QColor("#2060c0"))
    doc = highlight("# Heading\n[text](u)", dark)
    assert format_at(doc, 0, 3).foreground().color().lightness() > 150
    assert format_at(doc, 1, 1).foreground().color().lightness() > 120


def test_emoji_do_not_shift_formats(highlight):
    doc = highlight("🎬 **bold**")
    # "🎬" is two UTF-16 units; "bold" starts at position 5 in the block
    assert is_bold(format_at(doc, 0, 5))
    assert format_at(doc, 0, 1) is None


def test_megabyte_line_finishes_quickly(highlight):
    line = ("**a `b [c](d *e " * 70_000)[:1_000_000]
    started = time.perf_counter()
    doc = highlight(line + "\n# after")
    assert time.perf_counter() - started < 5
    assert len(doc.firstBlock().text()) > INLINE_LIMIT
    assert is_bold(format_at(doc, 1, 3))


def test_pathological_inline_text_is_bounded(highlight):
    line = ("**x " * 5000)[:INLINE_LIMIT]
    started = time.perf_counter()
    highlight(line)
    assert time.perf_counter() - started < 2


def test_editor_highlights_visible_blocks_first_then_the_rest(qtbot):
    from retro_editor.ui.editor.editor import MarkdownEditor
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(800, 400)
    editor.show()
    text = "\n".join(f"**line {n}**" for n in range(3000))
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(text)
    editor.setDocument(document)
    qtbot.waitUntil(lambda: is_bold(format_at(document, 0, 3)))
    highlighter = editor.highlighter()
    assert highlighter.is_pending()
    editor.go_to_line(2000)
    assert is_bold(format_at(document, 2001, 3))  # scrolled into view: done at once
    qtbot.waitUntil(lambda: not highlighter.is_pending(), timeout=20_000)
    assert is_bold(format_at(document, 1000, 3)) and is_bold(format_at(document, 2999, 3))


def test_an_edit_outside_the_view_leaves_the_lines_after_it_formatted(qtbot):
    """A Replace All's span far below the view: the edited lines are formatted at once and
    Qt's pass stops after them, instead of unformatting every later line for the background
    pass to format again (2,600 lines per span at 100k words)."""
    from retro_editor.ui.editor.editor import MarkdownEditor
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(800, 400)
    editor.show()
    editor.setPlainText("\n".join(f"**line {n}**" for n in range(3000)))
    highlighter = editor.highlighter()
    qtbot.waitUntil(lambda: not highlighter.is_pending(), timeout=20_000)
    cursor = QTextCursor(editor.document().findBlockByNumber(1500))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("**edited line**")
    document = editor.document()
    assert is_bold(format_at(document, 1500, 3))
    assert is_bold(format_at(document, 1501, 3)) and is_bold(format_at(document, 2999, 3))
