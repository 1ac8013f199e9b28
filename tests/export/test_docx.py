"""DOCX export read back with python-docx: heading styles and levels, lists, tables, images,
links, footnotes, the fact box, related news and the document properties."""

from __future__ import annotations

import re

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from conftest import AWKWARD, export, shown

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def markdown_headings(text: str) -> list[tuple[int, str]]:
    """(level, title) of each ATX heading outside code fences, read from the Markdown."""
    out, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        match = None if fenced else re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        if match:
            out.append((len(match.group(1)), match.group(2).replace("\\", "")))
    return out


def headings(document) -> list[tuple[int, str]]:
    """The outline: the "Title" paragraph is at level 1 (its style's outline level)."""
    return [(1 if p.style.name == "Title" else int(p.style.name.split()[-1]), p.text)
            for p in document.paragraphs
            if p.style.name.startswith("Heading ") or p.style.name == "Title"]


@pytest.fixture
def sample_docx(sample_copy, tmp_path):
    return docx.Document(str(export(sample_copy, "docx", tmp_path / "sample.docx"))), sample_copy


@pytest.fixture
def feature_docx(feature_project, tmp_path):
    return docx.Document(str(export(feature_project, "docx", tmp_path / "f.docx"))), feature_project


def test_sample_headings_tables_images_properties(sample_docx):
    document, project = sample_docx
    expected = markdown_headings(project.text) + [(2, "Related news")]
    assert headings(document) == expected
    assert len(document.tables) == 2  # the fact box and the article's chart table
    facts = document.tables[0]
    assert [c.text for c in facts.rows[0].cells] == ["Released", "4 October 1999"]
    assert len(document.inline_shapes) == 2  # cover (in the text) and storyboard
    text_width = document.sections[0].page_width - document.sections[0].left_margin - \
        document.sections[0].right_margin
    assert all(shape.width <= text_width for shape in document.inline_shapes)
    props = document.core_properties
    article = project.manifest.article
    assert props.title == article.title and props.author == article.author
    assert props.subject == article.summary
    assert props.keywords == ", ".join(article.tags)
    assert props.language == "en"
    all_text = "\n".join(p.text for p in document.paragraphs)
    for link in project.manifest.related:
        assert shown(project, link.title) in all_text
    styles = {p.style.name for p in document.paragraphs}
    assert {"Quote", "List Number", "Source Code", "Subtitle"} <= styles


def test_feature_project_structure(feature_docx):
    document, project = feature_docx
    typeset_title = AWKWARD["title"].replace('"Budokan"', "“Budokan”")  # smart quotes in the body
    assert headings(document)[:3] == [(1, typeset_title), (2, "1999 and After"),
                                      (3, "Code & Tables")]
    assert (6, "Level six") in headings(document)
    paragraphs = {p.style.name: p for p in reversed(document.paragraphs)}
    assert {"List Bullet", "List Bullet 2", "List Bullet 3", "List Number", "List Number 2",
            "Quote", "Source Code", "Caption"} <= set(paragraphs)
    intro = next(p for p in document.paragraphs if p.text.startswith("An intro"))
    runs = {r.text: r for r in intro.runs}
    assert runs["bold"].bold and runs["italic"].italic and runs["both"].bold and runs["both"].italic
    assert runs["struck"].font.strike
    assert runs["inline code"].style.name == "Verbatim Char"
    rels = document.part.rels.values()
    urls = {r.target_ref for r in rels if r.reltype == RT.HYPERLINK}
    assert {"https://example.org/a?b=1&c=2", "https://example.com/auto"} <= urls
    body = document.element.body
    assert body.findall(f".//{W}hyperlink[@{W}anchor]")  # the internal jump
    code = next(p for p in document.paragraphs if p.style.name == "Source Code")
    assert 'return f"<hi> {name} & bye"' in code.text
    table = document.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["Left", "Centre", "Right"]
    assert [c.text for c in table.rows[2].cells] == ["<e>", "f", "3"]
    assert len(document.inline_shapes) == 3  # cover, storyboard, icon


def test_footnotes_are_real_word_footnotes(feature_docx):
    document, _ = feature_docx
    footnotes_part = document.part.part_related_by(RT.FOOTNOTES)
    notes = etree.fromstring(footnotes_part.blob).findall(f"{W}footnote")
    texts = ["".join(t.text for t in n.iter(f"{W}t")) for n in notes]
    assert any("The first note, with a link." in t for t in texts)
    assert any("The second note." in t and "With a second paragraph." in t for t in texts)
    refs = document.element.body.findall(f".//{W}footnoteReference")
    assert len(refs) == 2


def test_awkward_metadata_is_intact(feature_docx):
    document, project = feature_docx
    props = document.core_properties
    assert props.title == AWKWARD["title"] and props.author == AWKWARD["author"]
    assert props.subject == AWKWARD["summary"] and props.language == "ja"
    text = "\n".join(p.text for p in document.paragraphs)
    assert shown(project, AWKWARD["subtitle"]) in text
    assert shown(project, AWKWARD["related_title"]) in text
    assert document.tables[0].rows[0].cells[1].text == shown(project, AWKWARD["fact_value"])


def test_svg_images_are_replaced_by_their_description(feature_project, tmp_path, caplog):
    (feature_project.assets_dir / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    feature_project.text += "\n![The logo](assets/logo.svg)\n"
    document = docx.Document(str(export(feature_project, "docx", tmp_path / "svg.docx")))
    assert any(p.text == "[The logo]" for p in document.paragraphs)
    assert "logo.svg" in caplog.text


def test_related_news_shows_the_archived_copy_and_print_details(feature_project, tmp_path):
    from retro_editor.core.manifest import RelatedLink

    copy = "https://web.archive.org/web/2004/https://old.example/a"
    feature_project.manifest = feature_project.manifest.model_copy(update={"related": [
        RelatedLink(title="Gone", url="https://old.example/a", archive_url=copy, author="Ana"),
        RelatedLink(title="The making of", source="Sight & Screen", issue="No. 9", page="34")]})
    document = docx.Document(str(export(feature_project, "docx", tmp_path / "r.docx")))
    urls = {r.target_ref for r in document.part.rels.values() if r.reltype == RT.HYPERLINK}
    assert {"https://old.example/a", copy} <= urls
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Gone (archived copy)" in text
    assert "Ana" in text and "Sight & Screen · No. 9, p. 34" in text
