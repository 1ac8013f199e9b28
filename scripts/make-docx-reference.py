#!/usr/bin/env python3
"""Builds ``resources/docx/reference.docx``, the styled document every DOCX export starts from.

Run it after changing a style here or the light theme's colours (``resources/themes/light.css``);
``tests/export/test_docx_reference.py`` fails while the committed file differs from what this
script writes. The styles follow the printed web page (``resources/themes/base/page.css``): a
serif body at 11 pt, a 28 pt title, headings in the text colour (not Word's blue), a sans-serif
byline, captions and tables, light table rules instead of a black grid, quotes with the theme's
bar, code on the theme's code background; the footer carries the page number. Fonts are the
first names of the page's font stacks that Word installations have (Georgia, Arial, Courier New).

Usage: scripts/make-docx-reference.py [OUTPUT]   (default: resources/docx/reference.docx)
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "docx" / "reference.docx"
SERIF, SANS, MONO = "Georgia", "Arial", "Courier New"
#: a fixed timestamp for every zip entry, so the same styles give the same bytes
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def theme_colours() -> dict[str, str]:
    css = (ROOT / "resources" / "themes" / "light.css").read_text(encoding="utf-8")
    return {name: value.upper() for name, value in
            re.findall(r"--([a-z-]+):\s*#([0-9a-fA-F]{6})\s*;", css)}


C = theme_colours()


def fonts(name: str) -> str:
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:cs="{name}" w:eastAsia="{name}"/>'


def border(side: str, colour: str, size: int = 4, space: int = 0) -> str:
    """``size`` in eighths of a point, ``space`` in points."""
    return f'<w:{side} w:val="single" w:sz="{size}" w:space="{space}" w:color="{colour}"/>'


def spacing(before: int = 0, after: int = 0, line: int | None = None) -> str:
    """Before and after in points; line in 240ths of a line (240 = single)."""
    rule = f' w:line="{line}" w:lineRule="auto"' if line else ""
    return f'<w:spacing w:before="{before * 20}" w:after="{after * 20}"{rule}/>'


def size(points: float) -> str:
    return f'<w:sz w:val="{round(points * 2)}"/><w:szCs w:val="{round(points * 2)}"/>'


def colour(value: str) -> str:
    return f'<w:color w:val="{value}"/>'


HEADINGS = {  # level: (font, points, space before, space after, extra run properties)
    1: (SERIF, 22, 24, 8, ""),
    2: (SERIF, 17, 20, 6, ""),
    3: (SERIF, 14, 16, 5, ""),
    4: (SERIF, 11.5, 12, 4, ""),
    5: (SANS, 9.5, 12, 4, "<w:caps/>" + colour(C["muted"])),
    6: (SANS, 9.5, 12, 4, "<w:caps/>" + colour(C["muted"])),
}

#: paragraph styles: name -> (based on, pPr children, rPr children in schema order)
PARAGRAPH_STYLES: dict[str, tuple[str | None, str, str]] = {
    "Normal": (None, "", colour(C["text"])),
    "Title": ("Normal", "<w:keepNext/>" + spacing(0, 6, 228) + '<w:outlineLvl w:val="0"/>',
              fonts(SERIF) + "<w:b/><w:bCs/>" + colour(C["text"]) + '<w:kern w:val="28"/>'
              + size(28)),
    "Subtitle": ("Normal", "<w:keepNext/>" + spacing(0, 12, 276),
                 fonts(SERIF) + "<w:i/><w:iCs/>" + colour(C["muted"]) + size(15)),
    "Byline": ("Normal", "<w:pBdr>" + border("top", C["rule"], 6, 6) + "</w:pBdr>"
               + spacing(4, 18, 264), fonts(SANS) + colour(C["muted"]) + size(9)),
    "Quote": ("Normal", "<w:pBdr>" + border("left", C["quote-bar"], 18, 10) + "</w:pBdr>"
              + spacing(2, 8) + '<w:ind w:left="340" w:right="0"/>',
              "<w:i/><w:iCs/>" + colour(C["muted"])),
    "Source Code": ("Normal", "<w:keepLines/><w:pBdr>"
                    + "".join(border(side, C["code-bg"], 4, 4)
                              for side in ("top", "left", "bottom", "right"))
                    + f'</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="{C["code-bg"]}"/>'
                    + spacing(4, 10, 240) + '<w:ind w:left="113" w:right="113"/>',
                    fonts(MONO) + "<w:noProof/>" + size(9)),
    "Caption": ("Normal", spacing(3, 12, 252) + '<w:jc w:val="center"/>',
                fonts(SANS) + "<w:i/><w:iCs/>" + colour(C["muted"]) + size(9)),
    "Box Title": ("Normal", "<w:keepNext/>" + spacing(0, 4),
                  fonts(SANS) + "<w:b/><w:bCs/><w:caps/>" + colour(C["accent"]) + size(8.5)),
    "Footnote Text": ("Normal", spacing(0, 2, 240), size(9)),
    "Footer": ("Normal", spacing(0, 0) + '<w:jc w:val="center"/>',
               fonts(SANS) + colour(C["muted"]) + size(9)),
    **{f"Heading {level}": ("Normal", "<w:keepNext/><w:keepLines/>"
                            + ("<w:pBdr>" + border("bottom", C["rule"], 6, 3) + "</w:pBdr>"
                               if level == 2 else "")
                            + spacing(before, after, 252) + f'<w:outlineLvl w:val="{level - 1}"/>',
                            fonts(font) + "<w:b/><w:bCs/>" + (extra or colour(C["text"]))
                            + size(points))
       for level, (font, points, before, after, extra) in HEADINGS.items()},
}

CHARACTER_STYLES: dict[str, str] = {
    "Verbatim Char": fonts(MONO) + "<w:noProof/>" + size(9.5)
    + f'<w:shd w:val="clear" w:color="auto" w:fill="{C["code-bg"]}"/>',
    "Hyperlink": colour(C["accent"]) + '<w:u w:val="single"/>',
    "Footnote Reference": '<w:vertAlign w:val="superscript"/>',
}


def _cell_margins(vertical: int, horizontal: int) -> str:
    return ("<w:tblCellMar>" + "".join(
        f'<w:{side} w:w="{vertical if side in ("top", "bottom") else horizontal}" w:type="dxa"/>'
        for side in ("top", "left", "bottom", "right")) + "</w:tblCellMar>")


def _nil(*sides: str) -> str:
    return "".join(f'<w:{side} w:val="nil"/>' for side in sides)


TABLE_STYLES: dict[str, str] = {
    # the article's tables: rules between rows, a strong rule under the header, no grid
    "Article Table": (
        "<w:pPr>" + spacing(0, 0, 252) + "</w:pPr><w:rPr>" + fonts(SANS) + size(9.5) + "</w:rPr>"
        "<w:tblPr><w:tblBorders>" + _nil("top", "left") + border("bottom", C["rule"], 6)
        + _nil("right") + border("insideH", C["rule"], 4) + _nil("insideV") + "</w:tblBorders>"
        + _cell_margins(70, 108) + "</w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:tcBorders>'
        + border("bottom", C["text"], 12) + "</w:tcBorders></w:tcPr></w:tblStylePr>"),
    # the fact box: a card with the accent on top, labels in the first column
    "Fact Box": (
        "<w:pPr>" + spacing(0, 0, 252) + "</w:pPr><w:rPr>" + fonts(SANS) + size(9) + "</w:rPr>"
        "<w:tblPr><w:tblBorders>" + border("top", C["accent"], 18) + border("left", C["card-border"])
        + border("bottom", C["card-border"]) + border("right", C["card-border"])
        + border("insideH", C["rule"]) + _nil("insideV") + "</w:tblBorders>"
        + _cell_margins(60, 140) + "</w:tblPr>"
        '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/>' + colour(C["muted"])
        + "</w:rPr></w:tblStylePr>"),
}


def _style_id(name: str) -> str:
    return name.replace(" ", "")


def _replace(style: object, ppr: str, rpr: str) -> None:
    element = style.element  # type: ignore[attr-defined]
    for tag in ("w:pPr", "w:rPr"):
        for old in element.findall(qn(tag)):
            element.remove(old)
    if ppr:
        element.append(parse_xml(f"<w:pPr {nsdecls('w')}>{ppr}</w:pPr>"))
    if rpr:
        element.append(parse_xml(f"<w:rPr {nsdecls('w')}>{rpr}</w:rPr>"))


def _new_style(kind: str, name: str, body: str, based_on: str | None = None) -> object:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return parse_xml(f'<w:style {nsdecls("w")} w:type="{kind}" w:customStyle="1" '
                     f'w:styleId="{_style_id(name)}"><w:name w:val="{name}"/>{based}'
                     f'<w:uiPriority w:val="40"/><w:qFormat/>{body}</w:style>')


def set_up_styles(document: docx.document.Document) -> None:
    styles = document.styles
    root = styles.element
    defaults = root.find(qn("w:docDefaults"))
    defaults.getparent().remove(defaults)
    root.insert(0, parse_xml(
        f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>{fonts(SERIF)}{size(11)}"
        '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f"<w:pPrDefault><w:pPr>{spacing(0, 8, 300)}</w:pPr></w:pPrDefault></w:docDefaults>"))
    names = {style.name for style in styles}
    for name, (based_on, ppr, rpr) in PARAGRAPH_STYLES.items():
        if name not in names:
            root.append(_new_style("paragraph", name, "", "Normal"))
        style = styles[name]
        if based_on:
            style.base_style = styles[based_on]
        _replace(style, ppr, rpr)
    for name, rpr in CHARACTER_STYLES.items():
        if name not in names:
            root.append(_new_style("character", name, ""))
        _replace(styles[name], "", rpr)
    for name, body in TABLE_STYLES.items():
        root.append(_new_style("table", name, body, "TableNormal"))


def set_up_page(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(22), Mm(25)
    section.header_distance, section.footer_distance = Mm(10), Mm(12)
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE ">'
                                  "<w:r><w:t>1</w:t></w:r></w:fldSimple>"))


def clear_properties(document: docx.document.Document) -> None:
    """No dates, names or revision from the template: the export fills them from the article."""
    props = document.core_properties
    for field in ("title", "author", "subject", "keywords", "category", "comments",
                  "last_modified_by"):
        setattr(props, field, "")
    props.revision = 1
    element = document.part.package.core_properties._element  # type: ignore[attr-defined]
    for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        for old in element.findall(qn(tag)):
            element.remove(old)


APP_XML = (b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
           b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           b'extended-properties"><Application>Retro Editor</Application></Properties>')


def drop_template_leftovers(document: docx.document.Document) -> None:
    """python-docx's template is a saved Word file: its thumbnail (a blank page that file
    managers would show as the document's preview), its custom XML and its application
    properties ("Microsoft Macintosh Word", "Normal.dotm") are not ours."""
    package = document.part.package
    for rels, kinds in ((package.rels, ("thumbnail",)), (document.part.rels, ("customXml",))):
        for rel_id, rel in list(rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in kinds:
                rels.pop(rel_id)
    for rel in package.rels.values():
        if rel.reltype.endswith("/extended-properties"):
            rel.target_part._blob = APP_XML


def build() -> bytes:
    document = docx.Document()
    for paragraph in list(document.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    set_up_styles(document)
    set_up_page(document)
    clear_properties(document)
    drop_template_leftovers(document)
    raw = io.BytesIO()
    document.save(raw)
    return _stable_zip(raw.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same package with fixed entry times, so rebuilding gives the same file."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(build())
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
