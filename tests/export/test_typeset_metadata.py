"""The metadata each typeset output shows (title, subtitle, byline, fact box, related news, the
EPUB navigation, the PDF running head) has the body's smart punctuation; the data machines
read (JSON-LD, Open Graph, PDF document information, EPUB package metadata, DOCX
properties) stays as typed; with smart punctuation off everything is as typed.
Read back with independent readers: lxml, extruct, pdftotext/pypdf, zipfile, python-docx."""

from __future__ import annotations

import re
import zipfile

import docx
import extruct
import lxml.etree
import lxml.html
import pytest
from pypdf import PdfReader

from conftest import export
from retro_editor.core.manifest import ArticleMeta, Fact, RelatedLink, TypographySettings
from retro_editor.core.project import new_project, open_project, save_project

TYPED = {
    "title": '"Neon" Harbor -- 25 Jahre',
    "subtitle": "Die 'stille' Platte...",
    "author": "Zoë O'Brien",
    "label": '"Ort"',
    "value": "1999--2001 & <Studio>",
    "related": 'Kritik: "Feuer & Eis" -- <Redux>',
    "source": "O'Reilly Weekly",
}
#: German quotes (the article's language), dashes and the ellipsis
SHOWN = {
    "title": "„Neon“ Harbor – 25 Jahre",
    "subtitle": "Die ‚stille‘ Platte…",
    "author": "Zoë O’Brien",
    "label": "„Ort“",
    "value": "1999–2001 & <Studio>",
    "related": "Kritik: „Feuer & Eis“ – <Redux>",
    "source": "O’Reilly Weekly",
}
#: the navigation shows a heading's words, without the Markdown markup, typeset as the body
HEADING_MARKDOWN = 'Das "*Making-of*" -- Teil 1'
HEADING_TYPED, HEADING_SHOWN = 'Das "Making-of" -- Teil 1', "Das „Making-of“ – Teil 1"


def make_project(folder, smart: bool):
    project = new_project(folder, "Typeset")
    long_paragraph = "Ein langer Absatz mit vielen Wörtern. " * 40 + "\n\n"
    project.text = f"Ein Absatz.\n\n## {HEADING_MARKDOWN}\n\n" + long_paragraph * 10
    project.manifest.article = ArticleMeta(
        title=TYPED["title"], subtitle=TYPED["subtitle"], author=TYPED["author"],
        summary='Der "Rückblick" -- kurz', language="de",
        canonical_url="https://example.org/neon--harbor")
    project.manifest.facts = [Fact(label=TYPED["label"], value=TYPED["value"])]
    project.manifest.related = [RelatedLink(title=TYPED["related"], url="https://example.org/r",
                                            source=TYPED["source"])]
    project.manifest.typography = TypographySettings(smart_punctuation=smart)
    save_project(project)
    return open_project(folder)


@pytest.fixture(scope="module", params=[True, False], ids=["smart", "as-typed"])
def case(request, tmp_path_factory):
    """(project, what the reader should see) with smart punctuation on, then off."""
    folder = tmp_path_factory.mktemp("typeset")
    return make_project(folder / "p", request.param), SHOWN if request.param else TYPED


def _one(root, cls: str) -> str:
    [element] = root.find_class(cls)
    return " ".join(element.text_content().split())


def test_html_shows_typeset_metadata_and_keeps_the_data_as_typed(case, tmp_path):
    project, expected = case
    page = export(project, "html", tmp_path / "p.html").read_text("utf-8")
    root = lxml.html.fromstring(page)
    assert _one(root, "article-title") == expected["title"]
    assert _one(root, "article-subtitle") == expected["subtitle"]
    assert _one(root, "author") == f"By {expected['author']}"
    assert root.xpath("//dt")[0].text_content() == expected["label"]
    assert root.xpath("//dd")[0].text_content() == expected["value"]
    assert _one(root, "related-title") == expected["related"]
    assert _one(root, "source") == expected["source"]
    assert "<Studio>" not in page and "<Redux>" not in page  # escaped after typesetting
    head = {m.get("property") or m.get("name"): m.get("content") for m in root.xpath("//meta")}
    assert root.xpath("//title")[0].text == TYPED["title"]
    assert head["og:title"] == head["twitter:title"] == TYPED["title"]
    assert head["description"] == 'Der "Rückblick" -- kurz'
    [data] = extruct.extract(page, syntaxes=["json-ld"], uniform=True)["json-ld"]
    assert data["headline"] == TYPED["title"]
    assert data["description"] == 'Der "Rückblick" -- kurz'


def test_pdf_shows_typeset_metadata_and_keeps_the_document_information(case, tmp_path, qapp):
    project, expected = case
    pdf = export(project, "pdf", tmp_path / "p.pdf")
    reader = PdfReader(str(pdf))
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(pages) > 1
    assert expected["title"] in pages[1]  # the running head
    text = " ".join(pages)
    assert expected["title"] in pages[0]  # the header
    for key in ("subtitle", "label", "value", "related", "source"):
        assert expected[key] in text, key
    assert reader.metadata.title == TYPED["title"]
    assert reader.metadata.author == TYPED["author"]


def test_epub_shows_typeset_title_page_and_navigation(case, tmp_path):
    project, expected = case
    book = export(project, "epub", tmp_path / "p.epub")
    with zipfile.ZipFile(book) as archive:
        title = lxml.html.fromstring(archive.read("EPUB/title.xhtml"))
        related = lxml.html.fromstring(archive.read("EPUB/related.xhtml"))
        nav = lxml.html.fromstring(archive.read("EPUB/nav.xhtml"))
        opf = lxml.etree.fromstring(archive.read("EPUB/content.opf"))
    assert _one(title, "article-title") == expected["title"]
    assert _one(title, "article-subtitle") == expected["subtitle"]
    assert title.xpath("//dd")[0].text_content() == expected["value"]
    assert _one(related, "related-title") == expected["related"]
    nav_titles = [" ".join(a.text_content().split()) for a in nav.xpath("//a")]
    assert nav_titles[:2] == [expected["title"], HEADING_SHOWN if expected is SHOWN
                              else HEADING_TYPED]
    dc = {"dc": "http://purl.org/dc/elements/1.1/"}
    assert opf.xpath("//dc:title", namespaces=dc)[0].text == TYPED["title"]
    assert opf.xpath("//dc:creator", namespaces=dc)[0].text == TYPED["author"]


def test_docx_shows_typeset_title_block_and_keeps_the_properties(case, tmp_path):
    project, expected = case
    document = docx.Document(str(export(project, "docx", tmp_path / "p.docx")))
    styled = {p.style.name: p.text for p in reversed(document.paragraphs)}
    assert styled["Title"] == expected["title"]
    assert styled["Subtitle"] == expected["subtitle"]
    assert styled["Byline"] == f"By {expected['author']}"
    assert [c.text for c in document.tables[0].rows[0].cells] == [expected["label"],
                                                                  expected["value"]]
    text = "\n".join(p.text for p in document.paragraphs)
    assert re.search(re.escape(expected["related"]) + r"\n" + re.escape(expected["source"]), text)
    assert document.core_properties.title == TYPED["title"]
    assert document.core_properties.author == TYPED["author"]
