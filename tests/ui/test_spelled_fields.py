"""Spell check in the side panel's prose fields (title, subtitle, summary): the wavy underline,
the context menu's suggestions, add and ignore, and the window sharing accepted words between
the fields and the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from test_side_panel_article import make_document
from test_spell_marks import action, make_checker, underlined
from test_spell_marks import menu_texts as texts

from retro_editor.core.manifest import ArticleMeta
from retro_editor.core.spelling import PROJECT_DICTIONARY_NAME
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel.article_tab import ArticleTab
from retro_editor.ui.side_panel.spelled_fields import SpelledLineEdit

try:
    import enchant  # noqa: F401
except ImportError as exc:  # pragma: no cover (bootstrap installs it)
    pytest.skip(f"the Enchant library is missing ({exc}); run scripts/bootstrap.sh",
                allow_module_level=True)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "project"


@pytest.fixture
def document(folder: Path) -> ProjectDocument:
    return make_document(folder, ArticleMeta(title="", slug="neon-harbor"))


@pytest.fixture
def tab(show, document) -> ArticleTab:
    return show(ArticleTab(document=document), 460, 800)


def marked(line: SpelledLineEdit) -> list[str]:
    return [line.text()[start:end] for start, end in line.misspelt()]


def underlined_summary(tab: ArticleTab, line: int = 0) -> list[str]:
    return underlined(tab.summary, line)


def line_point(line: SpelledLineEdit, word: str) -> QPoint:
    start = line.text().index(word)
    return QPoint(round((line.x_at(start) + line.x_at(start + len(word))) / 2),
                  line.height() // 2)


def summary_point(tab: ArticleTab, word: str) -> QPoint:
    cursor = QTextCursor(tab.summary.document())
    cursor.setPosition(tab.summary.toPlainText().index(word) + 1)
    return tab.summary.cursorRect(cursor).center()


def test_a_misspelling_typed_into_the_title_is_marked_and_a_correct_word_is_not(qtbot, tab,
                                                                                folder):
    tab.set_spell_checker(make_checker(folder))
    tab.title.setFocus()
    qtbot.keyClicks(tab.title, "The Nieon harbor")
    assert marked(tab.title) == ["Nieon"]
    qtbot.keyClicks(tab.subtitle, "A look back")
    assert marked(tab.subtitle) == []


def test_the_summary_is_marked_line_by_line(qtbot, tab, folder):
    tab.set_spell_checker(make_checker(folder))
    tab.summary.setFocus()
    qtbot.keyClicks(tab.summary, "A storry of rain")
    qtbot.keyClick(tab.summary, Qt.Key.Key_Return)
    qtbot.keyClicks(tab.summary, "and lihgts")
    assert underlined_summary(tab, 0) == ["storry"]
    assert underlined_summary(tab, 1) == ["lihgts"]


def test_no_checker_no_marks(qtbot, tab, folder):
    qtbot.keyClicks(tab.title, "Nieon")
    qtbot.keyClicks(tab.summary, "storry")
    assert marked(tab.title) == [] and underlined_summary(tab) == []
    tab.set_spell_checker(make_checker(folder))
    assert marked(tab.title) == ["Nieon"] and underlined_summary(tab) == ["storry"]
    tab.set_spell_checker(None)
    assert marked(tab.title) == [] and underlined_summary(tab) == []


def test_a_suggestion_replaces_the_word_in_the_title(qtbot, tab, folder, document):
    tab.set_spell_checker(make_checker(folder))
    tab.title.setFocus()
    qtbot.keyClicks(tab.title, "A mistak in the title")
    menu = tab.title.context_menu_at(line_point(tab.title, "mistak"))
    assert texts(menu).index("mistake") < texts(menu).index("Add to Project Dictionary")
    action(menu, "mistake").trigger()
    assert tab.title.text() == "A mistake in the title"
    assert marked(tab.title) == []
    tab.commit()
    assert document.manifest.article.title == "A mistake in the title"
    assert tab.slug.text() == "a-mistake-in-the-title"  # the form saw an edit


def test_a_suggestion_replaces_the_word_in_the_summary(qtbot, tab, folder):
    tab.set_spell_checker(make_checker(folder))
    qtbot.keyClicks(tab.summary, "A mistak here")
    action(tab.summary.context_menu_at(summary_point(tab, "mistak")), "mistake").trigger()
    assert tab.summary.toPlainText() == "A mistake here"
    assert underlined_summary(tab) == []


def test_off_a_misspelt_word_the_menu_has_no_spelling_entries(qtbot, tab, folder):
    tab.set_spell_checker(make_checker(folder))
    qtbot.keyClicks(tab.title, "A mistak here")
    assert "Ignore" not in texts(tab.title.context_menu_at(line_point(tab.title, "here")))


def test_add_to_dictionary_persists_and_clears_every_field(qtbot, tab, folder):
    tab.set_spell_checker(make_checker(folder))
    qtbot.keyClicks(tab.title, "Kessling drums")
    qtbot.keyClicks(tab.summary, "Kessling again")
    assert underlined_summary(tab) == ["Kessling"]
    with qtbot.waitSignal(tab.spell_marks.wordAccepted):
        action(tab.title.context_menu_at(line_point(tab.title, "Kessling")),
               "Add to Project Dictionary").trigger()
    assert marked(tab.title) == [] and underlined_summary(tab) == []
    assert (folder / PROJECT_DICTIONARY_NAME).read_text(encoding="utf-8") == "Kessling\n"
    tab.set_spell_checker(make_checker(folder))  # the project opened again
    assert marked(tab.title) == []


def test_ignore_clears_the_mark_without_writing(qtbot, tab, folder):
    tab.set_spell_checker(make_checker(folder))
    qtbot.keyClicks(tab.summary, "Achterberg plays")
    action(tab.summary.context_menu_at(summary_point(tab, "Achterberg")), "Ignore").trigger()
    assert underlined_summary(tab) == []
    assert not (folder / PROJECT_DICTIONARY_NAME).exists()


def test_a_read_only_project_offers_no_add(qtbot, tab, folder):
    tab.set_spell_checker(make_checker(folder), can_add=False)
    qtbot.keyClicks(tab.title, "A mistak")
    qtbot.keyClicks(tab.summary, "A mistak")
    for menu in (tab.title.context_menu_at(line_point(tab.title, "mistak")),
                 tab.summary.context_menu_at(summary_point(tab, "mistak"))):
        assert "mistake" in texts(menu)
        assert not action(menu, "Add to Project Dictionary").isEnabled()


def test_the_checker_arriving_is_not_an_edit(qtbot, folder):
    document = make_document(folder, ArticleMeta(title="Nieon", slug="neon-harbor",
                                                 summary="A storry"))
    tab = ArticleTab(document=document)
    qtbot.addWidget(tab)
    tab.set_spell_checker(make_checker(folder))
    assert marked(tab.title) == ["Nieon"] and underlined_summary(tab) == ["storry"]
    assert not document.is_modified()
    assert not tab._timer.isActive()


def test_the_underline_follows_the_scrolled_text(qtbot, tab, folder):
    """With a title longer than its field, the wave's x for a character is where the cursor
    would be drawn there."""
    tab.set_spell_checker(make_checker(folder))
    tab.title.setFixedWidth(160)
    tab.title.setFocus()
    text = "A very long title that scrolls far past the field's right edge, with a mistak"
    qtbot.keyClicks(tab.title, text)
    assert marked(tab.title) == ["mistak"]
    start = text.index("mistak")
    tab.title.setCursorPosition(len(text))
    tab.title.repaint()  # the line edit scrolls to the cursor when it paints
    assert tab.title.x_at(0) < 0  # scrolled
    for index in (start, len(text) - 2):
        expected = tab.title.x_at(index)
        tab.title.setCursorPosition(index)  # visible: moving the cursor does not scroll
        tab.title.repaint()
        assert abs(tab.title.cursorRect().center().x() - expected) <= 1.5


def test_the_window_shares_accepted_words_between_the_fields_and_the_editor(
        qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    panel = window.side_panel
    qtbot.waitUntil(lambda: panel.spell_marks.checker is not None, timeout=10000)
    if not panel.spell_marks.checker.active:
        pytest.skip("no dictionary for the sample's language")
    assert window.editor.spell_marks.checker is panel.spell_marks.checker
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.textCursor().insertText("\n\nZorblat here.\n")
    line = window.editor.document().lastBlock().previous().blockNumber()
    assert window.editor.document().findBlockByNumber(line).text() == "Zorblat here."

    def editor_marks() -> list[str]:
        return underlined(window.editor, line)

    assert editor_marks() == ["Zorblat"]
    title = panel.article_tab.title
    title.setText("Zorblat")
    assert marked(title) == ["Zorblat"]
    action(title.context_menu_at(line_point(title, "Zorblat")),
           "Add to Project Dictionary").trigger()
    assert marked(title) == [] and editor_marks() == []
    assert (sample_copy / PROJECT_DICTIONARY_NAME).read_text(encoding="utf-8").endswith(
        "Zorblat\n")
    title.setText("Blorptang")
    assert marked(title) == ["Blorptang"]
    window.editor.spell_marks.ignore("Blorptang")  # the editor's menu's "Ignore"
    assert marked(title) == []
