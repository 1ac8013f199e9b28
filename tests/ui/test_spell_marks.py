"""Spell check in the editor: wavy underlines, the context menu, add and ignore."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor

from retro_editor.core.spelling import PROJECT_DICTIONARY_NAME, SpellChecker, open_spell_checker

try:
    import enchant  # noqa: F401
except ImportError as exc:  # pragma: no cover (bootstrap installs it)
    pytest.skip(f"the Enchant library is missing ({exc}); run scripts/bootstrap.sh",
                allow_module_level=True)


def make_checker(folder, *languages: str) -> SpellChecker:
    setup = open_spell_checker(languages or ("en-US",), folder)
    if setup.notice:
        pytest.skip(setup.notice)
    return setup.checker


def underlined(editor, line: int) -> list[str]:
    """The words drawn with the spell-check underline on one line."""
    block = editor.document().findBlockByNumber(line)
    text = block.text()
    return [text[r.start:r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


def point_of(editor, line: int, word: str) -> QPoint:
    block = editor.document().findBlockByNumber(line)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index(word) + 1)
    return editor.cursorRect(cursor).center()


def menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


TEXT = "A mistak in prose.\n\n`mistak` in code and https://mistak.example here.\n"


def test_a_misspelling_gets_the_wavy_underline_and_code_does_not(qtbot, editor, tmp_path):
    editor.setPlainText(TEXT)
    editor.set_spell_checker(make_checker(tmp_path))
    assert underlined(editor, 0) == ["mistak"]
    assert underlined(editor, 2) == []


def test_typing_a_misspelling_marks_it_and_correcting_it_clears_it(qtbot, editor, tmp_path):
    editor.set_spell_checker(make_checker(tmp_path))
    qtbot.keyClicks(editor, "Thsi is")
    assert underlined(editor, 0) == ["Thsi"]
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    qtbot.keyClicks(editor, "This")
    assert editor.toPlainText() == "This is"
    assert underlined(editor, 0) == []


def test_the_context_menu_offers_suggestions_that_replace_the_word(qtbot, editor, tmp_path):
    editor.setPlainText(TEXT)
    editor.set_spell_checker(make_checker(tmp_path))
    menu = editor.context_menu_at(point_of(editor, 0, "mistak"))
    texts = menu_texts(menu)
    assert "mistake" in texts
    assert texts.index("mistake") < texts.index("Add to Project Dictionary")
    assert "Ignore" in texts
    action(menu, "mistake").trigger()
    assert editor.toPlainText().startswith("A mistake in prose.")
    assert underlined(editor, 0) == []
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_no_spelling_entries_off_a_misspelt_word(qtbot, editor, tmp_path):
    editor.setPlainText(TEXT)
    editor.set_spell_checker(make_checker(tmp_path))
    menu = editor.context_menu_at(point_of(editor, 0, "prose"))
    assert "Add to Project Dictionary" not in menu_texts(menu)
    menu = editor.context_menu_at(point_of(editor, 2, "mistak"))
    assert "Add to Project Dictionary" not in menu_texts(menu)


def test_add_to_project_dictionary_makes_it_correct_and_persists(qtbot, editor, tmp_path):
    editor.setPlainText("Kessling drums.\n\nKessling again.\n")
    editor.set_spell_checker(make_checker(tmp_path))
    assert underlined(editor, 2) == ["Kessling"]
    action(editor.context_menu_at(point_of(editor, 0, "Kessling")),
           "Add to Project Dictionary").trigger()
    assert underlined(editor, 0) == [] and underlined(editor, 2) == []
    assert (tmp_path / PROJECT_DICTIONARY_NAME).read_text(encoding="utf-8") == "Kessling\n"
    editor.set_spell_checker(make_checker(tmp_path))  # the project reopened
    assert underlined(editor, 0) == []


def test_ignore_accepts_the_word_without_writing(qtbot, editor, tmp_path):
    editor.setPlainText("Achterberg plays.\n")
    editor.set_spell_checker(make_checker(tmp_path))
    action(editor.context_menu_at(point_of(editor, 0, "Achterberg")), "Ignore").trigger()
    assert underlined(editor, 0) == []
    assert not (tmp_path / PROJECT_DICTIONARY_NAME).exists()


def test_two_languages_at_once(qtbot, editor, tmp_path):
    editor.setPlainText("The Straßenbahn was lait.\n")
    editor.set_spell_checker(make_checker(tmp_path, "en-US", "de"))
    assert underlined(editor, 0) == ["lait"]


def test_read_only_offers_no_add_and_no_replacement(qtbot, editor, tmp_path):
    editor.setPlainText(TEXT)
    editor.set_spell_checker(make_checker(tmp_path), can_add=False)
    editor.setReadOnly(True)
    menu = editor.context_menu_at(point_of(editor, 0, "mistak"))
    assert not action(menu, "Add to Project Dictionary").isEnabled()
    assert not action(menu, "mistake").isEnabled()


def test_a_failed_dictionary_write_is_a_notice(qtbot, editor, tmp_path):
    missing = tmp_path / "not-yet-saved"
    editor.setPlainText(TEXT)
    editor.set_spell_checker(make_checker(missing))
    with qtbot.waitSignal(editor.spell_marks.notice) as notice:
        action(editor.context_menu_at(point_of(editor, 0, "mistak")),
               "Add to Project Dictionary").trigger()
    assert notice.args[0].startswith("Not added to the project dictionary:")
    assert underlined(editor, 0) == ["mistak"]


def test_opening_a_project_checks_its_languages_and_reports_a_missing_one(
        qtbot, window, sample_copy):
    manifest = next(sample_copy.glob("*.retro"))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["spelling"] = {"languages": ["en-US", "tlh"]}
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_project(sample_copy)
    # the dictionaries load on a worker thread: the notice comes once they are loaded
    qtbot.waitUntil(lambda: window.statusBar().currentMessage()
                    == "No spelling dictionary for tlh", timeout=5000)
    checker = window.editor.spell_marks.checker
    assert checker is not None and checker.active
    assert not checker.is_correct("mistak")
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Anothr mistak")
    last = editor.document().blockCount() - 1
    assert editor.document().findBlockByNumber(last).text().endswith(" Anothr mistak")
    qtbot.waitUntil(lambda: underlined(editor, last)[-2:] == ["Anothr", "mistak"], timeout=3000)
