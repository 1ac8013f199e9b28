"""The EPUB's own stylesheet and its EPUB 3 note markup.

The stylesheet (``resources/themes/epub/book.css``) is written for the markup the EPUB export
emits, not the web page's: no CSS variables (many reading systems ignore them: each
``var(--name)`` is replaced by the chosen theme's value), no grid or flex layout, sizes in em.
Code highlighting follows the theme's Pygments style, as on the page.

Notes: references get ``epub:type="noteref"`` and each note becomes an
``<aside epub:type="footnote">``, which reading systems show as a pop-up (pandoc emits the
same).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from retro_editor.render.highlight import pygments_css
from retro_editor.render.themes import pygments_style_for, theme_stylesheet
from retro_editor.resources import resource_path

_VARIABLE = re.compile(r"--([\w-]+)\s*:\s*([^;]+);")
_USE = re.compile(r"var\(--([\w-]+)\)")
_NOTE_REF = re.compile(r'(<sup class="footnote-ref"><a)\b')


def epub_css(theme: str) -> str:
    """The EPUB stylesheet in ``theme``'s colours, with its code highlighting."""
    stylesheet = theme_stylesheet(theme)
    values = dict(_VARIABLE.findall(stylesheet.split("@media", 1)[0]))
    book = resource_path("themes", "epub", "book.css").read_text(encoding="utf-8")
    book = _USE.sub(lambda m: values.get(m.group(1), "inherit").strip(), book)
    return f"{book}\n/* code highlighting */\n{pygments_css(pygments_style_for(stylesheet))}\n"


def mark_note_references(body: str) -> str:
    return _NOTE_REF.sub(r'\1 epub:type="noteref" role="doc-noteref"', body)


def notes_as_asides(body: str, heading: str) -> str:
    """The rendered notes section under a ``heading``, with each ``<li class="footnote-item">``
    made an ``<aside epub:type="footnote">`` (its number written before its text)."""
    parts = lxml_html.fragments_fromstring(body)
    out = []
    for part in parts:
        if not isinstance(part, etree._Element):
            out.append(str(part))
            continue
        if "footnotes" in (part.get("class") or "").split():
            part.set("epub:type", "footnotes")
            title = etree.Element("h2")
            title.set("class", "notes-title")
            title.text = heading
            title.tail = "\n"
            part.insert(0, title)
            for number, item in enumerate(part.xpath(".//li[@class='footnote-item']"), 1):
                _as_aside(item, number)
            for listing in part.xpath("./ol[@class='footnotes-list']"):
                index = part.index(listing)
                for offset, child in enumerate(list(listing)):
                    part.insert(index + offset, child)
                part.remove(listing)
        out.append(etree.tostring(part, encoding="unicode", method="html"))
    return "".join(out)


def _as_aside(item: etree._Element, number: int) -> None:
    item.tag = "aside"
    item.set("class", "footnote")
    item.set("epub:type", "footnote")
    item.set("role", "doc-footnote")
    label = etree.Element("span")
    label.set("class", "footnote-number")
    label.text = f"{number}."
    label.tail = " "
    first = item[0] if len(item) and item[0].tag == "p" else item
    label.tail += first.text or ""
    first.text = None
    first.insert(0, label)
