"""The EPUB's own stylesheet fits the markup the book has; the title page's byline has one
separator; notes carry the EPUB 3 markup reading systems show as pop-ups."""

from __future__ import annotations

import re
import zipfile

import pytest

from retro_editor.export.epub_style import epub_css

#: classes the export emits only for some articles (a missing image, rejected raw HTML, a
#: figure credit, a task list), styled for when they occur
OCCASIONAL = {"image-missing", "raw-html-rejected", "figure-credit", "sep", "footnote-backref",
              "align-left", "task-list-item", "task-list-item-checkbox"}


def _markup(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist()
                         if n.endswith(".xhtml"))


def _book_rules(css: str) -> str:
    return css.split("/* code highlighting */", 1)[0]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_stylesheet_has_no_variables_and_the_theme_colours(theme):
    css = epub_css(theme)
    assert "var(" not in css and "--" not in _book_rules(css).split("*/", 1)[1]
    assert ("#9c3d16" if theme == "light" else "#f0a36b") in css  # the theme's accent
    assert ".highlight .k" in css  # code highlighting in the theme's Pygments style


def test_every_class_the_stylesheet_styles_is_in_the_books(epub_exports):
    books, _ = epub_exports
    markup = "\n".join(_markup(path) for path in books.values())
    used = set()
    for value in re.findall(r'class="([^"]*)"', markup):
        used.update(value.split())
    styled = set(re.findall(r"\.([a-z][\w-]*)", re.sub(r"/\*.*?\*/", "", _book_rules(
        epub_css("light")), flags=re.S)))
    assert styled - used - OCCASIONAL == set()
    assert {"article-title", "byline", "fact-box", "footnote-ref", "related-news",
            "highlight"} <= used & styled


def test_images_fit_tables_have_rules_quotes_a_bar():
    css = _book_rules(epub_css("light"))
    assert re.search(r"\nimg \{ max-width: 100%; height: auto; \}", css)
    assert re.search(r"th, td \{[^}]*border-bottom: 1px solid", css)
    assert re.search(r"blockquote \{[^}]*border-left: 3px solid", css)


def test_title_page_byline_has_one_separator_between_parts(epub_exports):
    """Author, date and the Updated date, as the page's byline shows them."""
    books, _ = epub_exports
    with zipfile.ZipFile(books["sample"]) as archive:
        title = archive.read("EPUB/title.xhtml").decode("utf-8")
    byline = re.search(r'<p class="byline">(.*?)</p>', title, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", byline)
    parts = [part.strip() for part in text.split("·")]
    assert len(parts) == 3 and all(parts), text
    assert parts[1] == "October 30, 2024" and parts[2] == "Updated November 6, 2024", text
    assert "::before" not in epub_css("light")


def test_notes_are_epub3_footnotes(epub_exports):
    books, _ = epub_exports
    with zipfile.ZipFile(books["feature"]) as archive:
        notes = archive.read("EPUB/notes.xhtml").decode("utf-8")
        title = archive.read("EPUB/title.xhtml").decode("utf-8")
    assert '<a epub:type="noteref" role="doc-noteref" href="notes.xhtml#fn1" id="fnref1">' in title
    assert '<section class="footnotes" data-source-line="64" epub:type="footnotes">' in notes
    assert '<h2 class="notes-title">Notes</h2>' in notes
    assert notes.count('epub:type="footnote" role="doc-footnote"') == 2
    assert '<aside id="fn2" class="footnote"' in notes and not re.search(r"<li[ >]", notes)
    assert '<span class="footnote-number">2.</span> The second note.' in notes
