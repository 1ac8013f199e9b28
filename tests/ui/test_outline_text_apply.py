"""apply_text: one undo step, only the changed span touched, exact round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

from retro_editor.ui.outline.text_apply import TextChange, apply_text, diff_span


def make_document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(text)
    return document


def test_diff_span_finds_the_middle() -> None:
    assert diff_span("abcXYdef", "abcZdef") == (3, 5, 4)
    assert diff_span("same", "same") == (4, 4, 4)
    assert diff_span("", "new") == (0, 0, 3)
    assert diff_span("aaa", "aa") == (2, 3, 2)


def test_replaces_only_the_changed_span(qapp) -> None:
    document = make_document("# Title\n\nintro\n\n## One\n\nbody\n")
    touched: list[tuple[int, int, int]] = []
    document.contentsChange.connect(lambda *args: touched.append(args))
    change = apply_text(document, "# Title\n\nintro\n\n## Uno\n\nbody\n")
    assert document.toPlainText() == "# Title\n\nintro\n\n## Uno\n\nbody\n"
    assert change == TextChange(position=19, removed=3, added=3)
    assert touched and all(pos >= 19 and pos + max(rem, add) <= 22 for pos, rem, add in touched)


def test_one_undo_restores_exactly(qapp) -> None:
    old = "## A\n\na text\n\n## B\n\nb text\n"
    document = make_document(old)
    apply_text(document, "## B\n\nb text\n\n## A\n\na text\n")
    assert document.isUndoAvailable()
    document.undo()
    assert document.toPlainText() == old
    assert not document.isUndoAvailable()
    document.redo()
    assert document.toPlainText() == "## B\n\nb text\n\n## A\n\na text\n"


def test_equal_text_adds_no_undo_step(qapp) -> None:
    document = make_document("unchanged\n")
    assert apply_text(document, "unchanged\n") is None
    assert not document.isUndoAvailable()


def test_does_not_merge_with_typing_before_it(qapp) -> None:
    document = make_document("## Heading\n")
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    for ch in "\nmore":
        cursor.insertText(ch)
    typed = document.toPlainText()
    apply_text(document, typed + " words")
    document.undo()
    assert document.toPlainText() == typed


def test_positions_count_utf16_units(qapp) -> None:
    old = "🎬 intro\n## Ünïcødé 🎵\nbody\n"
    new = "🎬 intro\n## Ünïcødé 🎶\nbody 🎹\n"
    document = make_document(old)
    apply_text(document, new)
    assert document.toPlainText() == new
    document.undo()
    assert document.toPlainText() == old


def test_editor_cursor_outside_the_span_stays_on_its_text(qapp) -> None:
    document = make_document("## A\n\nalpha\n\n## B\n\nbeta\n")
    editor = QPlainTextEdit()
    editor.setDocument(document)
    cursor = editor.textCursor()
    cursor.setPosition(document.toPlainText().index("beta") + 2)
    editor.setTextCursor(cursor)
    apply_text(document, "## Alpha\n\nalpha\n\n## B\n\nbeta\n")
    text = document.toPlainText()
    assert editor.textCursor().position() == text.index("beta") + 2


def test_editor_cursor_before_the_span_does_not_move(qapp) -> None:
    document = make_document("## A\n\nalpha\n\n## B\n\nbeta\n")
    editor = QPlainTextEdit()
    editor.setDocument(document)
    cursor = editor.textCursor()
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    apply_text(document, "## A\n\nalpha\n\n## Bee\n\nbeta and more\n")
    assert editor.textCursor().position() == 3


def test_empty_document_both_ways(qapp) -> None:
    document = make_document("")
    apply_text(document, "## New section\n")
    assert document.toPlainText() == "## New section\n"
    apply_text(document, "")
    assert document.toPlainText() == ""
    document.undo()
    assert document.toPlainText() == "## New section\n"


_ALPHABET = st.sampled_from(list("ab #\n-*_`") + ["é", "Ж", "🎵", "\t", "字"])
_TEXTS = st.text(alphabet=_ALPHABET, max_size=60)


@settings(max_examples=200, deadline=None)
@given(old=_TEXTS, new=_TEXTS)
def test_random_texts_round_trip(qapp, old: str, new: str) -> None:
    document = make_document(old)
    apply_text(document, new)
    assert document.toPlainText() == new
    if old != new:
        document.undo()
        assert document.toPlainText() == old
        assert not document.isUndoAvailable()


@settings(max_examples=100, deadline=None)
@given(base=_TEXTS, edits=st.lists(_TEXTS, min_size=1, max_size=4))
def test_each_application_is_its_own_undo_step(qapp, base: str, edits: list[str]) -> None:
    document = make_document(base)
    history = [base]
    for text in edits:
        if text != history[-1]:
            apply_text(document, text)
            history.append(text)
    for expected in reversed(history[:-1]):
        document.undo()
        assert document.toPlainText() == expected


@pytest.mark.parametrize("size", [200_000])
def test_large_document_edit_is_local(qapp, size: int) -> None:
    words = ("word " * size).rstrip() + "\n"
    document = make_document("## Head\n\n" + words)
    change = apply_text(document, "## Head\n\n" + words + "\n## Tail\n")
    assert change is not None and change.removed == 0 and change.position > size


def test_no_break_spaces_keep_the_edit_local(qapp) -> None:
    """Repro (issue 10 #8): with French no-break spaces the document was compared through
    toPlainText() (U+00A0 read as a space), so one heading change replaced almost the whole
    document, from the first no-break space to the last."""
    from retro_editor.ui.text_access import raw_text

    nbsp = "\u00a0"
    old = (f"# Titre{nbsp}!\n\nIntro{nbsp}: oui.\n\n## Un\n\ncorps{nbsp}?\n\n"
           f"## Deux\n\nfin{nbsp}; «{nbsp}cité{nbsp}»\n")
    new = old.replace("## Un\n", "### Un\n")
    document = make_document(old)
    assert raw_text(document) == old
    change = apply_text(document, new)
    assert raw_text(document) == new
    assert change == TextChange(position=old.index("## Un") + 2, removed=0, added=1)
    document.undo()
    assert raw_text(document) == old


def test_undo_in_the_editor_lands_where_the_change_was(qapp) -> None:
    """Repro (issue 10 #9): undoing an outline move put the editor's cursor on line 1: the
    edit block began on a cursor at position 0, which is where Qt puts the cursor back."""
    intro = "# Title\n\n" + "intro line\n" * 40 + "\n"
    old = intro + "## A\n\nalpha\n\n## B\n\nbeta\n"
    document = make_document(old)
    editor = QPlainTextEdit()
    editor.setDocument(document)
    cursor = editor.textCursor()
    cursor.setPosition(old.index("beta"))
    editor.setTextCursor(cursor)
    change = apply_text(document, intro + "## B\n\nbeta\n\n## A\n\nalpha\n")
    editor.undo()
    assert document.toPlainText() == old
    assert change.position >= len(intro)  # far from line 1
    assert change.position <= editor.textCursor().position() <= change.position + change.removed
