"""ui.text_access: exact text and UTF-16 positions, in one module the rest of the UI uses."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from retro_editor.ui import text_access as ta

UI = Path(ta.__file__).parent


def test_raw_text_keeps_no_break_spaces_and_lines(qapp):
    document = QTextDocument()
    document.setPlainText("Titre\u00a0!\n\nsuite\u202f?")
    assert ta.raw_text(document) == "Titre\u00a0!\n\nsuite\u202f?"


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=30), st.data())
def test_positions_round_trip(text, data):
    index = data.draw(st.integers(0, len(text)))
    position = ta.utf16_length(text[:index])
    assert ta.python_index(text, position) == index
    assert ta.utf16_slice(text, position, ta.utf16_length(text)) == text[index:]
    assert ta.Utf16Positions(text)(index) == position
    assert ta.Utf16Slices(text)(position, ta.utf16_length(text)) == text[index:]


def test_only_text_access_reads_documents_as_plain_text():
    """Every toPlainText()/toRawText() on a text document goes through text_access."""
    offenders = []
    for path in UI.rglob("*.py"):
        if path.name in {"text_access.py", "smoke_test.py"}:  # smoke_test: a web page's text
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.to(Plain|Raw)Text\(|utf-16", line):
                offenders.append(f"{path.relative_to(UI)}:{number}")
    assert offenders == []
