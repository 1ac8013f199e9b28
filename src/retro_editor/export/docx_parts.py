"""Pieces of WordprocessingML that python-docx has no API for: footnotes, hyperlinks,
bookmarks, restarted numbering, and the character and paragraph styles the export adds.

Footnotes are real Word footnotes: a ``footnotes.xml`` part (with the separator and
continuation-separator notes Word expects as ids -1 and 0) related to the document, each note
referenced from the text by a ``w:footnoteReference`` run.
"""

from __future__ import annotations

import re
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from docx.parts.story import StoryPart
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

# characters XML 1.0 cannot hold (lxml refuses them)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BOOKMARK_CHARS = re.compile(r"[^A-Za-z0-9_]")

MONOSPACE = "Courier New"
CODE_BLOCK_STYLE = "Source Code"
CODE_CHAR_STYLE = "Verbatim Char"
LINK_STYLE = "Hyperlink"
NOTE_TEXT_STYLE = "Footnote Text"
NOTE_REF_STYLE = "Footnote Reference"


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text) if _NOT_XML.search(text) else text


def add_styles(document: Any) -> None:
    """The styles the default template lacks: code, hyperlinks and footnotes."""
    styles = document.styles
    names = {style.name for style in styles}
    if CODE_BLOCK_STYLE not in names:
        style = styles.add_style(CODE_BLOCK_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.name = MONOSPACE
        style.font.size = Pt(9)
        style.paragraph_format.space_before = Pt(4)
        style.paragraph_format.space_after = Pt(8)
        style.paragraph_format.keep_together = True
    if CODE_CHAR_STYLE not in names:
        style = styles.add_style(CODE_CHAR_STYLE, WD_STYLE_TYPE.CHARACTER)
        style.font.name = MONOSPACE
        style.font.size = Pt(9.5)
    if LINK_STYLE not in names:
        style = styles.add_style(LINK_STYLE, WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    if NOTE_TEXT_STYLE not in names:
        style = styles.add_style(NOTE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(9)
        style.paragraph_format.space_after = Pt(2)
    if NOTE_REF_STYLE not in names:
        style = styles.add_style(NOTE_REF_STYLE, WD_STYLE_TYPE.CHARACTER)
        style.font.superscript = True


def style_id(document: Any, name: str) -> str:
    return document.styles[name].style_id


def add_hyperlink(paragraph: Paragraph, *, url: str = "", anchor: str = "",
                  rel_cache: dict[tuple[int, str], str] | None = None) -> Any:
    """A ``w:hyperlink`` appended to ``paragraph`` (external ``url`` or internal ``anchor``);
    runs are added to it with :func:`add_run_to`."""
    link = OxmlElement("w:hyperlink")
    if url:
        part = paragraph.part
        key = (id(part), url)
        rel_id = rel_cache.get(key) if rel_cache is not None else None
        if rel_id is None:
            rel_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
            if rel_cache is not None:
                rel_cache[key] = rel_id
        link.set(qn("r:id"), rel_id)
    else:
        link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def add_run_to(container: Any, paragraph: Paragraph, text: str = "") -> Run:
    """A run appended to ``container`` (a paragraph's ``w:p`` or a ``w:hyperlink``)."""
    r = OxmlElement("w:r")
    container.append(r)
    run = Run(r, paragraph)
    if text:
        run.text = xml_text(text)
    return run


class Bookmarks:
    """Word bookmark names (letters, digits, ``_``; at most 40; unique) for heading anchors."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self._next_id = 0

    def name_for(self, anchor: str) -> str:
        if anchor not in self.names:
            base = "_" + _BOOKMARK_CHARS.sub("_", anchor)[:30]
            name, n = base, 1
            taken = set(self.names.values())
            while name in taken:
                n += 1
                name = f"{base}_{n}"
            self.names[anchor] = name
        return self.names[anchor]

    def wrap(self, paragraph: Paragraph, anchor: str) -> None:
        """Puts the bookmark for ``anchor`` around the paragraph's content."""
        name = self.name_for(anchor)
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._next_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._next_id))
        self._next_id += 1
        p = paragraph._p
        ppr = p.pPr
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        p.append(end)


class Numbering:
    """Each numbered list restarts at its own start number (Word's list styles otherwise
    share one counter across the document)."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self._numbering = document.part.numbering_part.element

    def restart(self, style_name: str, start: int) -> int:
        style = self._document.styles[style_name].element
        num_id = style.pPr.numPr.numId.val
        abstract = self._numbering.num_having_numId(num_id).abstractNumId.val
        num = self._numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId


def set_numbering(paragraph: Paragraph, num_id: int) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def repeat_header_row(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


class _StoryParent:
    """What a python-docx Paragraph needs from its parent: the part it lives in."""

    def __init__(self, part: StoryPart) -> None:
        self.part = part


class Footnotes:
    """Real footnotes in a ``footnotes.xml`` part, created on the first note."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self._part: StoryPart | None = None
        self._notes: dict[int, Any] = {}
        self._next_id = 1

    def _footnotes_part(self) -> StoryPart:
        if self._part is None:
            element = parse_xml(
                f"<w:footnotes {nsdecls('w', 'r')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>'
                "</w:footnote>"
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>'
                "<w:continuationSeparator/></w:r></w:p></w:footnote>"
                "</w:footnotes>")
            document_part = self._document.part
            self._part = StoryPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element,
                                   document_part.package)
            document_part.relate_to(self._part, RT.FOOTNOTES)
        return self._part

    def new_note(self) -> int:
        part = self._footnotes_part()
        note_id = self._next_id
        self._next_id += 1
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), str(note_id))
        part.element.append(note)
        self._notes[note_id] = note
        return note_id

    def add_paragraph(self, note_id: int, first: bool) -> Paragraph:
        """A paragraph of note ``note_id``; the first one starts with the note's number."""
        p = OxmlElement("w:p")
        self._notes[note_id].append(p)
        paragraph = Paragraph(p, _StoryParent(self._footnotes_part()))
        paragraph._p.get_or_add_pPr().style = style_id(self._document, NOTE_TEXT_STYLE)
        if first:
            run = add_run_to(p, paragraph)
            run._r.get_or_add_rPr().style = style_id(self._document, NOTE_REF_STYLE)
            run._r.append(OxmlElement("w:footnoteRef"))
            add_run_to(p, paragraph, " ")
        return paragraph

    def reference(self, paragraph: Paragraph, note_id: int, container: Any = None) -> None:
        """The superscript number in the text that refers to note ``note_id``."""
        run = add_run_to(container if container is not None else paragraph._p, paragraph)
        run._r.get_or_add_rPr().style = style_id(self._document, NOTE_REF_STYLE)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        run._r.append(ref)
