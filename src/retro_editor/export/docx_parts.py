"""Pieces of WordprocessingML that python-docx has no API for: footnotes, hyperlinks,
bookmarks, restarted numbering, fast runs. The styles named here are defined in the reference
document every export starts from (``resources/docx/reference.docx``, built by
``scripts/make-docx-reference.py``).

Footnotes are real Word footnotes: a ``footnotes.xml`` part (with the separator and
continuation-separator notes Word expects as ids -1 and 0) related to the document, each note
referenced from the text by a ``w:footnoteReference`` run.
"""

from __future__ import annotations

import re
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from docx.parts.story import StoryPart
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml.etree import SubElement

from retro_editor.core.control_chars import LINE_BREAKS, as_newlines

# characters XML 1.0 cannot hold (lxml refuses them)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BOOKMARK_CHARS = re.compile(r"[^A-Za-z0-9_]")

_R, _RPR, _RSTYLE, _T = qn("w:r"), qn("w:rPr"), qn("w:rStyle"), qn("w:t")
_B, _I, _STRIKE, _VAL = qn("w:b"), qn("w:i"), qn("w:strike"), qn("w:val")
_COLOR = qn("w:color")
_PPR, _PSTYLE = qn("w:pPr"), qn("w:pStyle")
_HYPERLINK, _R_ID, _ANCHOR, _HISTORY = qn("w:hyperlink"), qn("r:id"), qn("w:anchor"), qn("w:history")
_BR = qn("w:br")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

CODE_BLOCK_STYLE = "Source Code"
CODE_CHAR_STYLE = "Verbatim Char"
LINK_STYLE = "Hyperlink"
NOTE_TEXT_STYLE = "Footnote Text"
NOTE_REF_STYLE = "Footnote Reference"
TABLE_STYLE = "Article Table"
FACT_TABLE_STYLE = "Fact Box"


def xml_text(text: str) -> str:
    """Text fit for XML: line break characters as line feeds (which python-docx's ``add_run``
    writes as ``w:br``); anything else XML forbids was refused before the export started."""
    text = as_newlines(text)
    return _NOT_XML.sub("\ufffd", text) if _NOT_XML.search(text) else text


def style_id(document: Any, name: str) -> str:
    style_id: str = document.styles[name].style_id
    return style_id


class Links:
    """External hyperlink relationships, one per distinct URL and part.

    python-docx's ``relate_to`` searches every relationship for a match and then for a free
    id, which is quadratic in the number of links; this keeps a map and its own id series
    (``rIdL1``…, which never collides with python-docx's ``rIdN``).
    """

    def __init__(self) -> None:
        self._ids: dict[tuple[int, str], str] = {}

    def rel_id(self, part: Any, url: str) -> str:
        key = (id(part), url)
        if key not in self._ids:
            rel_id = f"rIdL{len(self._ids) + 1}"
            part.rels.add_relationship(RT.HYPERLINK, url, rel_id, is_external=True)
            self._ids[key] = rel_id
        return self._ids[key]


def add_hyperlink(paragraph: Paragraph, links: Links, *, url: str = "", anchor: str = "") -> Any:
    """A ``w:hyperlink`` appended to ``paragraph`` (external ``url`` or internal ``anchor``);
    runs are added to it with :func:`add_run_to`."""
    link = SubElement(paragraph._p, _HYPERLINK)
    if url:
        link.set(_R_ID, links.rel_id(paragraph.part, url))
    else:
        link.set(_ANCHOR, anchor)
    link.set(_HISTORY, "1")
    return link


def add_run_to(container: Any, paragraph: Paragraph, text: str = "", *, style: str = "",
               bold: bool = False, italic: bool = False, strike: bool = False,
               colour: str = "") -> Run:
    """A run appended to ``container`` (a paragraph's ``w:p`` or a ``w:hyperlink``).

    Built with lxml directly (python-docx's property setters search for each child's place,
    which dominates the time of a long document); ``w:rPr`` children in schema order.
    ``colour`` is six hex digits.
    """
    r = SubElement(container, _R)
    if style or bold or italic or strike or colour:
        rpr = SubElement(r, _RPR)
        if style:
            SubElement(rpr, _RSTYLE).set(_VAL, style)
        if bold:
            SubElement(rpr, _B)
        if italic:
            SubElement(rpr, _I)
        if strike:
            SubElement(rpr, _STRIKE)
        if colour:
            SubElement(rpr, _COLOR).set(_VAL, colour)
    for number, piece in enumerate(LINE_BREAKS.split(text) if text else ()):
        if number:
            SubElement(r, _BR)
        if piece:
            t = SubElement(r, _T)
            t.text = xml_text(piece)
            if piece[0].isspace() or piece[-1].isspace():
                t.set(_SPACE, "preserve")
    return Run(r, paragraph)


class BodyWriter:
    """Appends paragraphs to the body, before its final ``w:sectPr`` (found once)."""

    def __init__(self, document: Any) -> None:
        self._body = document._body
        self._element = document.element.body
        self._section = self._element.sectPr

    def paragraph(self, style: str = "") -> Paragraph:
        p = OxmlElement("w:p")
        if style:
            SubElement(SubElement(p, _PPR), _PSTYLE).set(_VAL, style)
        if self._section is not None:
            self._section.addprevious(p)
        else:
            self._element.append(p)
        return Paragraph(p, self._body)


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
        return int(num.numId)


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
        self._text_style = style_id(document, NOTE_TEXT_STYLE)
        self._ref_style = style_id(document, NOTE_REF_STYLE)
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
        SubElement(SubElement(p, _PPR), _PSTYLE).set(_VAL, self._text_style)
        if first:
            run = add_run_to(p, paragraph, style=self._ref_style)
            run._r.append(OxmlElement("w:footnoteRef"))
            add_run_to(p, paragraph, " ")
        return paragraph

    def reference(self, paragraph: Paragraph, note_id: int, container: Any = None) -> None:
        """The superscript number in the text that refers to note ``note_id``."""
        run = add_run_to(container if container is not None else paragraph._p, paragraph,
                         style=self._ref_style)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        run._r.append(ref)
