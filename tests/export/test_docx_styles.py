"""The DOCX looks like the page, not like a blank Word template (issue 16): the reference
document's styles, highlighted code, nested quotes, captions, page numbers, light tables whose
columns fit their words, and document dates from the article only. Read back with python-docx."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from conftest import _png as png
from conftest import export
from retro_editor.core.manifest import ArticleMeta
from retro_editor.core.project import new_project, open_project, save_project

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "resources" / "docx" / "reference.docx"

TEXT = """\
Intro paragraph.

```python
def greet(name):
    # say hello
    return "hello " + name
```

```
plain words in a fence without a language
```

> Outer quote.
>
> > Inner quote.
> >
> > > Innermost quote.

![Harbour at night](assets/pic.png "The harbour at night")

![No title here](assets/pic.png)

| Year | Broadcaster | Programme | Notes | Rank | Views | Country | Format |
|---|---|---|---|---|---|---|---|
| 1999 | MTV Europe | Headbangers Ball late rotation | Internationalisation of the playlist | 12 | 1,234,567 | Netherlands | Betacam |
| 2000 | VH1 | Pop-Up Video | Supercalifragilistic annotations everywhere | 3 | 98,765 | UnitedKingdom | DigiBeta |
"""


def _png() -> bytes:
    return png(40, 20)


def make_project(folder: Path, **article) -> object:
    project = new_project(folder, "Styled")
    (project.assets_dir / "pic.png").write_bytes(_png())
    project.text = TEXT
    project.manifest.article = ArticleMeta(title="Styled Article", subtitle="A subtitle",
                                           author="Ann Author", **article)
    save_project(project)
    return open_project(folder)


@pytest.fixture(scope="module")
def styled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("styled")
    project = make_project(folder / "p", published=dt.date(2021, 3, 4), updated=dt.date(2022, 5, 6))
    return docx.Document(str(export(project, "docx", folder / "styled.docx")))


def paragraphs_styled(document, name: str):
    return [p for p in document.paragraphs if p.style.name == name]


def test_title_subtitle_byline_and_headings_in_the_page_style(styled):
    """Repro: a title barely larger than a section heading, default blue headings."""
    styles = styled.styles
    assert [p.text for p in paragraphs_styled(styled, "Title")] == ["Styled Article"]
    assert [p.text for p in paragraphs_styled(styled, "Subtitle")] == ["A subtitle"]
    assert "Ann Author" in paragraphs_styled(styled, "Byline")[0].text
    title, h1 = styles["Title"].font.size, styles["Heading 1"].font.size
    assert title >= Pt(26) and title >= h1 * 1.2
    sizes = [styles[f"Heading {n}"].font.size for n in range(1, 5)]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] >= Pt(11)
    for name in ("Title", *(f"Heading {n}" for n in range(1, 7))):
        colour = styles[name].element.find(f"{W}rPr/{W}color")
        assert colour is not None and colour.get(f"{W}themeColor") is None, name
        red, green, blue = (int(colour.get(f"{W}val")[i:i + 2], 16) for i in (0, 2, 4))
        assert not (blue > red + 40), f"{name} is blue"
        assert styles[name].font.name in ("Georgia", "Arial")


def test_code_is_highlighted_and_plain_code_is_not(styled):
    """Repro: code blocks were one plain run (pandoc highlights them)."""
    blocks = paragraphs_styled(styled, "Source Code")
    python, plain = blocks[0], blocks[1]
    assert python.text == 'def greet(name):\n    # say hello\n    return "hello " + name'
    coloured = {r.text: r for r in python.runs if r.font.color.rgb is not None}
    assert len({str(r.font.color.rgb) for r in coloured.values()}) >= 3
    assert any(r.text.strip() == "def" and (r.bold or r.font.color.rgb) for r in python.runs)
    assert any("# say hello" in r.text and r.font.color.rgb is not None for r in python.runs)
    assert plain.text == "plain words in a fence without a language"
    assert all(r.font.color.rgb is None for r in plain.runs)


def test_nested_quotes_are_indented_by_level(styled):
    """Repro: a quote inside a quote was flattened to the same indent."""
    quotes = {p.text: p for p in paragraphs_styled(styled, "Quote")}
    style_indent = styled.styles["Quote"].paragraph_format.left_indent
    assert style_indent and style_indent > 0

    def indent(text):
        return quotes[text].paragraph_format.left_indent or style_indent

    assert indent("Outer quote.") < indent("Inner quote.") < indent("Innermost quote.")


def test_an_image_with_a_title_gets_a_caption(styled):
    captions = [p.text for p in paragraphs_styled(styled, "Caption")]
    assert captions == ["The harbour at night"]
    paragraphs = styled.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text == "The harbour at night")
    assert paragraphs[index - 1]._p.findall(f".//{W}drawing")


def test_the_footer_numbers_the_pages(styled):
    footer = styled.sections[0].footer
    instructions = [f.get(f"{W}instr") for f in footer._element.iter(f"{W}fldSimple")]
    instructions += [t.text for t in footer._element.iter(f"{W}instrText")]
    assert any(i and i.split()[0] == "PAGE" for i in instructions)
    assert not footer.is_linked_to_previous


def test_tables_are_light_and_their_columns_fit_the_longest_words(styled):
    """Repro: "Table Grid" (a black grid) with equal columns, which broke words like
    "Internationalisation" across lines."""
    table = styled.tables[0]
    assert table.style.name == "Article Table"
    borders = table.style.element.find(f"{W}tblPr/{W}tblBorders")
    for side in ("left", "right", "insideV"):
        found = borders.find(f"{W}{side}")
        assert found is None or found.get(f"{W}val") in ("nil", "none"), side
    inside = borders.find(f"{W}insideH")
    assert inside.get(f"{W}color").upper() not in ("000000", "AUTO")
    widths = [int(c.get(f"{W}w")) for c in table._tbl.tblGrid.findall(f"{W}gridCol")]
    section = styled.sections[0]
    text_width = (section.page_width - section.left_margin - section.right_margin) / 635
    assert sum(widths) <= text_width * 1.01
    sizes = {r.font.size for row in table.rows for cell in row.cells for p in cell.paragraphs
             for r in p.runs}
    size_pt = (sizes.pop() or table.style.font.size).pt if len(sizes) == 1 else 9.5
    padding = 2 * 108
    for column, width in enumerate(widths):
        words = [w for row in table.rows for w in row.cells[column].text.split()]
        longest = max(len(w) for w in words)
        # Arial's widest lower-case letters and digits average at most 0.56 em
        assert width - padding >= longest * 0.5 * size_pt * 20, (column, words)


def test_document_dates_come_from_the_article(styled, tmp_path):
    props = styled.core_properties
    assert props.created == dt.datetime(2021, 3, 4, tzinfo=props.created.tzinfo)
    assert props.modified == dt.datetime(2022, 5, 6, tzinfo=props.modified.tzinfo)
    assert props.last_modified_by == "" and props.title == "Styled Article"
    assert props.author == "Ann Author"


def test_an_article_without_dates_gets_no_template_date(tmp_path):
    """Repro: the article had no date and the DOCX said it was created on 2013-12-23."""
    project = make_project(tmp_path / "p")
    out = export(project, "docx", tmp_path / "undated.docx")
    props = docx.Document(str(out)).core_properties
    assert props.created is None and props.modified is None
    with zipfile.ZipFile(out) as archive:
        core = archive.read("docProps/core.xml").decode("utf-8")
        app = archive.read("docProps/app.xml").decode("utf-8")
        names = archive.namelist()
    assert "2013" not in core and "python-docx" not in core
    # nor the template's blank-page thumbnail and "Microsoft Macintosh Word" application
    assert not any("thumbnail" in name for name in names)
    assert "<Application>Retro Editor</Application>" in app and "Normal.dotm" not in app


def test_the_reference_document_is_what_the_script_builds(tmp_path):
    """``resources/docx/reference.docx`` is rebuilt by its script: edit the script, not the file."""
    out = tmp_path / "reference.docx"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make-docx-reference.py"), str(out)],
                   check=True, capture_output=True)
    with zipfile.ZipFile(out) as built, zipfile.ZipFile(REFERENCE) as committed:
        assert built.namelist() == committed.namelist()
        for name in built.namelist():
            assert built.read(name) == committed.read(name), name


def _figure_tokens(tokens):
    """The token shape of the renderer's figures rule (``figure_open``, the image's inline,
    ``figcaption_open``, the caption's inline with a credit span, ``figcaption_close``,
    ``figure_close``) made from a parsed image paragraph."""
    from markdown_it.token import Token

    i = next(n for n, t in enumerate(tokens) if t.type == "paragraph_open"
             and tokens[n + 1].children and tokens[n + 1].children[0].type == "image")
    image_inline = tokens[i + 1]
    caption = Token("inline", "", 0)
    text, credit = Token("text", "", 0), Token("text", "", 0)
    text.content, credit.content = "A caption", "Photo: Jane Doe"
    caption.children = [text, Token("figure_credit_open", "span", 1), credit,
                        Token("figure_credit_close", "span", -1)]
    tokens[i:i + 3] = [Token("figure_open", "figure", 1), image_inline,
                       Token("figcaption_open", "figcaption", 1), caption,
                       Token("figcaption_close", "figcaption", -1),
                       Token("figure_close", "figure", -1)]
    return tokens


def test_a_figure_from_the_renderer_is_an_image_and_a_caption(tmp_path):
    """The figures rule's tokens: the image centred, its caption (credit on its own line)
    in "Caption" right after it."""
    import io

    from retro_editor.export.docx import DocxWriter
    from retro_editor.render.markdown import MarkdownRenderer

    project = make_project(tmp_path / "p")
    project.text = "Before.\n\n![Harbour](assets/pic.png)\n\nAfter.\n"
    writer = DocxWriter(project, _figure_tokens(MarkdownRenderer().parse(project.text)))
    for _ in writer.build():
        pass
    writer.code.close()
    buffer = io.BytesIO()
    writer.document.save(buffer)
    paragraphs = [p for p in docx.Document(buffer).paragraphs if p.text or p._p.findall(f".//{W}drawing")]
    texts = [(p.style.name, p.text) for p in paragraphs]
    index = texts.index(("Caption", "A caption\nPhoto: Jane Doe"))
    assert paragraphs[index - 1]._p.findall(f".//{W}drawing")
    assert texts[index + 1][1] == "After."
