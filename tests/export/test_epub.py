"""EPUB export: EPUBCheck finds no error; metadata, navigation and chapters read back."""

from __future__ import annotations

import html
import zipfile

from ebooklib import epub

from conftest import AWKWARD, shown


def test_every_book_passes_epubcheck(epub_exports):
    _, reports = epub_exports
    for key, report in reports.items():
        assert "0 fatals / 0 errors" in report, f"{key}:\n{report}"


def test_sample_book_metadata_and_navigation(epub_exports, session_projects):
    books, _ = epub_exports
    project = session_projects["sample"]
    article = project.manifest.article
    book = epub.read_epub(str(books["sample"]))
    assert book.get_metadata("DC", "title")[0][0] == article.title
    assert book.get_metadata("DC", "creator")[0][0] == article.author
    assert book.get_metadata("DC", "language")[0][0] == "en"
    assert book.get_metadata("DC", "identifier")[0][0] == article.canonical_url
    assert book.get_metadata("DC", "description")[0][0] == article.summary
    assert {s for s, _ in book.get_metadata("DC", "subject")} >= set(article.tags)
    with zipfile.ZipFile(books["sample"]) as archive:
        names = archive.namelist()
        nav = archive.read("EPUB/nav.xhtml").decode("utf-8")
        css = archive.read("EPUB/style/book.css").decode("utf-8")
    assert sum(n.startswith("EPUB/chapter-") for n in names) == 4  # the four ## sections
    assert any(n.startswith("EPUB/images/") and "storyboard" in n for n in names)
    assert "EPUB/related.xhtml" in names
    for title in ("The Making of Neon Harbor", "A Director Who Wanted Weather",
                  "The Legacy of a Harbour at Dusk", "Related news"):
        assert title in nav
    assert ".fact-box" in css


def test_single_chapter_option(epub_exports):
    books, _ = epub_exports
    with zipfile.ZipFile(books["sample-single"]) as archive:
        names = archive.namelist()
    assert not any(n.startswith("EPUB/chapter-") for n in names)


def test_awkward_metadata_and_notes(epub_exports, session_projects):
    books, _ = epub_exports
    book = epub.read_epub(str(books["feature"]))
    assert book.get_metadata("DC", "title")[0][0] == AWKWARD["title"]
    assert book.get_metadata("DC", "creator")[0][0] == AWKWARD["author"]
    assert book.get_metadata("DC", "description")[0][0] == AWKWARD["summary"]
    with zipfile.ZipFile(books["feature"]) as archive:
        notes = archive.read("EPUB/notes.xhtml").decode("utf-8")
        related = archive.read("EPUB/related.xhtml").decode("utf-8")
        title = archive.read("EPUB/title.xhtml").decode("utf-8")
    assert "The first note" in notes and 'href="title.xhtml#fnref1"' in notes
    assert "&lt;Redux&gt;" in related and "<Redux>" not in related
    assert "&lt;1999&gt; &amp; ‘after’ “quoted” — العربية" in title
    assert html.escape(shown(session_projects["feature"], AWKWARD["fact_value"]),
                       quote=False) in title


def test_related_chapter_shows_the_archived_copy_and_print_details(feature_project):
    from retro_editor.core.manifest import RelatedLink
    from retro_editor.export.epub import related_block

    copy = "https://web.archive.org/web/2004/https://old.example/a"
    feature_project.manifest = feature_project.manifest.model_copy(update={"related": [
        RelatedLink(title="Gone", url="https://old.example/a", archive_url=copy),
        RelatedLink(title="The making of", source="Sight & Screen", issue="No. 9", page="34")]})
    block = related_block(feature_project)
    assert f'<a class="related-archive" href="{copy}">(archived copy)</a>' in block
    assert '<span class="related-title">The making of</span>' in block
    assert '<span class="print">No. 9, p. 34</span>' in block
