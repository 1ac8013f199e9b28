"""Help → User Guide and Help → Markdown Cheat Sheet: the bundled pages rendered by the app's
own renderer, offline, in a viewer that follows links between them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.resources import HELP_PAGES, help_page
from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.help_viewer import HelpViewer
from retro_editor.ui.markdown_cheat_sheet import ENTRIES, cheat_sheet_html

REPO = Path(__file__).resolve().parents[2]


def _viewer(window) -> HelpViewer:
    viewer = window.findChild(HelpViewer, "helpViewer")
    assert viewer is not None and viewer.isVisible()
    return viewer


def test_help_menu_opens_the_user_guide_without_a_project(window, qtbot):
    help_menu = window.menuBar().actions()[-1].menu()
    names = [a.objectName() for a in help_menu.actions() if a.objectName()]
    assert names[:3] == [ActionId.HELP_USER_GUIDE, ActionId.HELP_MARKDOWN, ActionId.HELP_SHORTCUTS]
    action = window.action_map[ActionId.HELP_USER_GUIDE]
    assert action.isEnabled()
    action.trigger()
    viewer = _viewer(window)
    text = viewer.browser.toPlainText()
    assert text.startswith("Retro Editor — user guide")
    assert "Spell check" in text and "##" not in text  # rendered, not shown as source
    assert viewer.windowTitle() == "User Guide"
    action.trigger()  # one viewer, reused
    assert len(window.findChildren(HelpViewer)) == 1


def test_a_link_to_another_bundled_page_stays_in_the_viewer(window):
    window.action_map[ActionId.HELP_USER_GUIDE].trigger()
    viewer = _viewer(window)
    assert 'href="shortcuts.md"' in viewer.browser.toHtml()
    viewer.browser.anchorClicked.emit(QUrl("shortcuts.md"))
    assert viewer.page == "shortcuts.md"
    assert "Keyboard shortcuts" in viewer.browser.toPlainText()


def test_the_cheat_sheet_lists_every_entry_rendered(window):
    window.action_map[ActionId.HELP_MARKDOWN].trigger()
    viewer = _viewer(window)
    text = viewer.browser.toPlainText()
    assert viewer.windowTitle() == "Markdown Cheat Sheet"
    for entry in ENTRIES:
        assert entry.title in text
    assert "☑ Interview the director" in text and "☐ Find the trailer" in text


EXPECTED = {
    "Headings": ["<h1", "<h2", "<h3"],
    "Emphasis": ["<em>italic</em>", "<strong>bold</strong>", "<s>struck through</s>"],
    "Inline code": ["<code>retro-editor check</code>"],
    "Links": ['<a href="https://example.com/archive"', '<a href="https://example.com"'],
    "Images": ['<img src="assets/cover.png" alt="The 1999 cover"'],
    "Lists": ["<ul", "<ol", "<li>Indented under it</li>"],
    "Task lists": ['type="checkbox"', "checked"],
    "Quotes": ["<blockquote"],
    "Code blocks": ["<pre", '"Hello, 1999"'],
    "Tables": ["<table", "<th", "align-right"],
    "Footnotes": ["footnote", "The source of the claim."],
    "Definition lists": ["<dl", "<dt>Shareware</dt>", "<dd>"],
    "Horizontal rule": ["<hr"],
    "Line break": ["<br"],
    "Escaping": ["*not italic*"],
    "Front matter": [],
}


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.title)
def test_each_cheat_sheet_entry_is_what_the_renderer_makes(entry):
    renderer = MarkdownRenderer()
    try:
        html = renderer.render(entry.markdown)
    finally:
        renderer.close()
    for piece in EXPECTED[entry.title]:
        assert piece in html, (entry.title, html)
    if entry.title == "Escaping":
        assert "<em>" not in html
    if entry.title == "Front matter":
        assert "Neon Harbor" not in html  # metadata, never printed


def test_every_entry_has_an_expectation():
    assert {entry.title for entry in ENTRIES} == set(EXPECTED)


def test_cheat_sheet_escapes_what_you_type():
    renderer = MarkdownRenderer()
    try:
        html = cheat_sheet_html(renderer)
    finally:
        renderer.close()
    assert "<pre>| Year | Title |" in html
    assert "&lt;https://example.com&gt;" in html


def test_the_help_pages_exist_and_the_build_bundles_them():
    spec = (REPO / "packaging" / "retro-editor.spec").read_text(encoding="utf-8")
    for page in HELP_PAGES:
        assert help_page(page).is_file()
        assert f'"{page}"' in spec
    assert re.search(r'ROOT / "docs" / page\), "retro_editor/resources/docs"', spec)
    wheel = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    for page in HELP_PAGES:
        assert f'"docs/{page}" = "retro_editor/resources/docs/{page}"' in wheel
