"""Preferences added for the writer's desk: line spacing, margins, autosave interval,
interface language and the project's spell-check languages; each changes what it names and
survives a restart."""

from __future__ import annotations

import pytest
from prompts_double import RecordingPrompts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_preferences import choose, type_number

from retro_editor.ui import settings as keys
from retro_editor.ui.preferences import PreferencesDialog
from retro_editor.ui.prompts import CloseAnswer


@pytest.fixture
def open_window(qtbot, settings, dispose):
    made = []

    def make(drive=None, project=None):
        from retro_editor.ui.main_window import MainWindow

        prompts = RecordingPrompts(edit_preferences=drive or (lambda _dialog: None),
                                   ask_save_changes=CloseAnswer.DISCARD)
        win = MainWindow(settings, prompts)
        win.show()
        if project is not None:
            assert win.open_project(project)
        made.append(win)
        return win

    yield make
    for win in made:
        dispose(win)


def _line_tops(editor, block_number: int = 0) -> list[float]:
    block = editor.document().findBlockByNumber(block_number)
    editor.blockBoundingRect(block)  # what a paint asks first
    layout = block.layout()
    return [layout.lineAt(i).y() for i in range(layout.lineCount())]


def test_line_spacing_moves_the_lines_apart_live_and_after_a_restart(qtbot, open_window,
                                                                     sample_copy):
    seen = {}

    def drive(dialog: PreferencesDialog) -> None:
        editor = dialog.parent().editor
        seen["before"] = editor.blockBoundingRect(editor.document().firstBlock()).height()
        type_number(qtbot, dialog.fields["editorLineSpacing"], 150)
        seen["after"] = editor.blockBoundingRect(editor.document().firstBlock()).height()

    win = open_window(drive, sample_copy)
    win.editor.setPlainText("word " * 400)
    win.handlers.preferences()
    assert seen["after"] == pytest.approx(seen["before"] * 1.5, rel=0.05)
    tops = _line_tops(win.editor)
    step = win.editor.fontMetrics().height() * 1.5
    assert len(tops) > 3 and tops[2] - tops[1] == pytest.approx(step, abs=1.5)
    cursor = win.editor.textCursor()
    cursor.setPosition(1000)
    win.editor.setTextCursor(cursor)
    line = cursor.block().layout().lineForTextPosition(1000 - cursor.block().position())
    block_top = win.editor.blockBoundingGeometry(cursor.block()).translated(
        win.editor.contentOffset()).top()
    assert win.editor.cursorRect().top() == pytest.approx(block_top + line.y(), abs=1.5)
    restarted = open_window()
    assert restarted.editor.line_spacing() == 150


def test_back_to_100_percent_puts_the_lines_together_again(qtbot, open_window, settings):
    settings.set(keys.EDITOR_LINE_SPACING, 200)
    win = open_window()
    win.editor.setPlainText("word " * 400)
    spaced = _line_tops(win.editor)
    win.editor.set_line_spacing(100)
    tight = _line_tops(win.editor)
    assert spaced[1] - spaced[0] > 1.8 * (tight[1] - tight[0])
    assert tight[0] == 0


def test_margins_change_the_space_around_the_text(qtbot, open_window, settings):
    def drive(dialog: PreferencesDialog) -> None:
        type_number(qtbot, dialog.fields["editorMargin"], 40)

    win = open_window(drive)
    width = win.editor.column_width()
    win.handlers.preferences()
    assert win.editor.document().documentMargin() == 40
    assert win.editor.column_width() == width + 2 * (40 - 4)
    assert open_window().editor.document().documentMargin() == 40


def test_autosave_interval_is_a_declared_setting(qtbot, open_window, settings):
    def drive(dialog: PreferencesDialog) -> None:
        spin = dialog.fields["autosaveSeconds"]
        assert spin.value() == settings.get(keys.AUTOSAVE_SECONDS)
        type_number(qtbot, spin, 30)
        type_number(qtbot, spin, 0)
        assert spin.text() == "never"

    open_window(drive).handlers.preferences()
    assert settings.get(keys.AUTOSAVE_SECONDS) == 0


def test_interface_language_is_stored_with_a_note_that_it_applies_at_restart(qtbot, open_window,
                                                                              settings):
    def drive(dialog: PreferencesDialog) -> None:
        combo = dialog.fields["interfaceLanguage"]
        assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "de", "fr", "es"]
        assert combo.itemText(3) == "Français"
        choose(combo, "de")
        note = dialog.findChild(QLabel, "interfaceLanguageNote")
        assert "restart" in note.text()

    open_window(drive).handlers.preferences()
    assert settings.get(keys.INTERFACE_LANGUAGE) == "de"


def test_spelling_page_ticks_the_projects_languages(qtbot, open_window, sample_copy):
    from retro_editor.core.spelling import installed_dictionaries

    if not {"en-GB", "de-DE"} <= set(installed_dictionaries()):
        pytest.skip("the en-GB and de-DE dictionaries are not installed (scripts/bootstrap.sh)")
    seen = {}

    def drive(dialog: PreferencesDialog) -> None:
        page = dialog.spelling
        items = [page.languages.item(i) for i in range(page.languages.count())]
        by_tag = {item.data(Qt.ItemDataRole.UserRole): item for item in items}
        seen["ticked"] = page.checked()
        by_tag["de-DE"].setCheckState(Qt.CheckState.Checked)

    win = open_window(drive, sample_copy)
    win.controller.document.set_spelling_languages(["en-GB", "xx-YY"])
    win.handlers.preferences()
    assert seen["ticked"] == ["en-GB", "xx-YY"]  # a language without a dictionary stays
    assert win.controller.document.manifest.spelling.languages == ["en-GB", "xx-YY", "de-DE"]
    assert win.controller.document.is_modified()
    assert win.controller.save()
    assert win.controller.close_project()
    reopened = open_window(drive, sample_copy)  # another start, the same project
    reopened.handlers.preferences()
    assert sorted(seen["ticked"]) == ["de-DE", "en-GB", "xx-YY"]


def test_spelling_page_without_a_project_says_to_open_one(qtbot, settings):
    dialog = PreferencesDialog(settings, page="spelling")
    qtbot.addWidget(dialog)
    assert dialog.current_page() == "spelling"
    assert not dialog.spelling.languages.isEnabled()


def test_changing_the_spacing_keeps_the_place_and_uses_qts_own_layout_at_100(qtbot, editor):
    """At 100 % the editor needs no layout of its own (whose Python override Qt would call
    for every block it measures); going to 150 % and back keeps the cursor, the scroll
    position and the text, and tells nobody that the document was replaced."""
    from PySide6.QtWidgets import QPlainTextDocumentLayout

    editor.setPlainText("".join(f"Paragraph {n} of the article.\n\n" for n in range(400)))
    assert type(editor.document().documentLayout()) is QPlainTextDocumentLayout
    editor.go_to_line(300)
    position, top = editor.textCursor().position(), editor.first_visible_line()
    replaced = []
    editor.documentReplaced.connect(lambda: replaced.append(True))
    for percent in (150, 100):
        editor.set_line_spacing(percent)
        qtbot.wait(10)
        assert editor.textCursor().position() == position
        assert editor.first_visible_line() == top
        assert editor.cursor_in_view()
    assert type(editor.document().documentLayout()) is QPlainTextDocumentLayout
    assert not replaced
    qtbot.keyClicks(editor, "x")
    assert editor.document().findBlockByNumber(300).text().startswith("x")
    editor.undo()
    assert editor.toPlainText().count("Paragraph") == 400


def test_a_document_shown_again_takes_the_spacing_chosen_meanwhile(qtbot, editor):
    """A text shown at 150 %, another one shown while the spacing went to 200 %, then the
    first again: it is spaced at 200 % too (its own layout kept the old spacing)."""
    from PySide6.QtGui import QTextDocument

    first = editor.document()
    editor.setPlainText("word " * 400)
    editor.set_line_spacing(150)
    editor.setDocument(QTextDocument(editor))
    editor.set_line_spacing(200)
    editor.setDocument(first)
    assert first.documentLayout().spacing_percent() == 200
