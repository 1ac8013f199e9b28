"""Typing does not make the Python heap grow: what a keystroke leaves behind is Qt's undo
history (C++ memory, see docs/architecture.md), not Python objects piling up in the panes."""

from __future__ import annotations

import gc
import tracemalloc

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

#: 5,000 keys: about 1,000 words of new paragraphs
KEYS = 5000
#: what the Python heap may hold after them, beyond what it held before (a leak of one small
#: object per key, ~100 bytes, would leave 500 kB)
BOUND_BYTES = 200_000


def _type_paragraphs(qtbot, editor, keys: int) -> None:
    """``keys`` key presses: words, and two Returns after every twelfth (new paragraphs)."""
    words = "harbour neon rain lantern ferry video director light night pier camera".split()
    typed = index = 0
    while typed < keys:
        if index % 12 == 11 and keys - typed >= 2:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            typed += 2
        else:
            word = (words[index % len(words)] + " ")[:keys - typed]
            qtbot.keyClicks(editor, word)
            typed += len(word)
        index += 1


def _settle(qtbot, window) -> None:
    """Lets the debounced analysis, outline, preview and recovery catch up with the typing."""
    document = window.controller.document
    qtbot.wait(700)
    document.analysis.flush()
    qtbot.wait(300)


def test_typing_5000_keys_leaves_the_python_heap_within_a_bound(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    _type_paragraphs(qtbot, editor, 600)  # caches, the spell checker's verdicts, first renders
    _settle(qtbot, window)
    length = editor.document().characterCount()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(KEYS // 500):
            _type_paragraphs(qtbot, editor, 500)
            qtbot.wait(50)  # the debounced analysis and preview run between bursts
        _settle(qtbot, window)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert editor.document().characterCount() - length == KEYS  # every key arrived
    assert grown < BOUND_BYTES, f"the Python heap grew by {grown:,} bytes over {KEYS:,} keys"
