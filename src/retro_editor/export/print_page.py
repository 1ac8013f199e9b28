"""The export page made ready for printing to PDF (no Qt): what CSS alone cannot do.

- **Running head and page numbers** as CSS page-margin boxes (``@top-center``,
  ``@bottom-center``), which the Chromium in Qt WebEngine 6.10 and later prints.
- **Headings kept with what follows**: ``break-after: avoid`` is a preference that Chromium
  may give up when the next block cannot be split (an image, a table, a code block) and does
  not fit. A heading was reported alone at the foot of a page; with the Chromium of Qt 6.11
  no case was found among the sample, the feature project and generated articles in both
  page sizes and five margins, but such a heading (with any headings just before it) and
  the block are now wrapped in one ``div.print-keep`` that avoids breaks inside, so the rule
  does not depend on that preference.
- **``<details>`` printed open** (a closed one printed only its summary).
- **Bookmarks**: Chromium records a named destination in the PDF for each element that a
  link in the page points to, so a hidden ``<nav>`` links every heading; :func:`headings`
  lists them for the outline (:mod:`.pdf_finish`).
- **Laid out for print only**: the page is loaded only to be printed, so on screen its body
  is not displayed (``display: none``; its images still load). Laid out on screen when it
  loaded, the article was styled and laid out again for print, at length when the theme's
  print rules changed its fonts: Qt WebEngine 6.11 (Chromium 140) took 1.2 s to load a
  292-page article and 4 s to print even one page of it (all of it: 6 s; now 4 s in all).
  In print the screen rule does not apply: the PDF is the same, byte for byte but its dates.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from retro_editor.render.blocks import split_blocks

#: blocks that cannot break (or break badly) and so may leave a heading behind
_UNBREAKABLE = frozenset({"figure", "table", "pre", "div", "blockquote", "img"})
_HEADING_TAGS = frozenset(f"h{n}" for n in range(1, 7))
_IMAGE_ONLY = re.compile(r"^<p\b[^>]*>\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>\s*(?:</a>\s*)?</p>$", re.S)
_HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1>", re.S)
_ID = re.compile(r'\sid="([^"]+)"')
_TAGS = re.compile(r"<[^>]+>")
_DETAILS = re.compile(r"<details\b(?![^>]*\sopen\b)", re.I)
_BODY = '<article id="retro-body"'
#: the longest running head printed whole; a longer title is shortened with an ellipsis
HEAD_CHARS = 90


@dataclass(frozen=True)
class Heading:
    level: int
    anchor: str
    title: str


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal safe inside ``<style>``."""
    out = []
    for ch in text:
        if ch in '"\\<>&' or ord(ch) < 0x20 or ch in "\u2028\u2029":
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def running_head(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= HEAD_CHARS else title[:HEAD_CHARS - 1].rstrip() + "\u2026"


def print_css(title: str, page_size: str, margin_mm: float) -> str:
    """The ``<style>`` for the printed page, after the theme's."""
    head = _css_string(running_head(title)) if title.strip() else "none"
    box = "font: 8pt/1.2 var(--sans); color: #555;"
    return f"""<style>
@page {{ size: {page_size}; margin: {margin_mm}mm;
  @top-center {{ content: {head}; {box} }}
  @bottom-center {{ content: counter(page) " / " counter(pages); {box} }} }}
@page :first {{ @top-center {{ content: none; }} }}
h1, h2, h3, h4, h5, h6 {{ break-after: avoid; break-inside: avoid; }}
.print-keep {{ break-inside: avoid; }}
details > summary {{ list-style: none; font-weight: 700; }}
details > summary::-webkit-details-marker {{ display: none; }}
@media screen {{ body {{ display: none; }} }}
</style>"""


def _keeps_heading(block_html: str, tag: str) -> bool:
    return tag in _UNBREAKABLE or (tag == "p" and bool(_IMAGE_ONLY.match(block_html.strip())))


def keep_headings_with_blocks(body: str) -> str:
    """Wraps each run of headings and the unbreakable block after it in ``div.print-keep``."""
    blocks = split_blocks(body)
    if not blocks:
        return body
    out: list[str] = []
    pos = 0
    index = 0
    while index < len(blocks):
        first = index
        while index < len(blocks) and blocks[index].tag in _HEADING_TAGS:
            index += 1
        if index > first and index < len(blocks):
            block = blocks[index]
            if _keeps_heading(body[block.begin:block.end], block.tag):
                start = blocks[first].begin
                out.append(body[pos:start])
                out.append(f'<div class="print-keep">{body[start:block.end]}</div>')
                pos = block.end
                index += 1
        index = max(index, first + 1)
    out.append(body[pos:])
    return "".join(out)


def headings(page: str) -> list[Heading]:
    """The headings with an id after the page's header (the body's and the related news')."""
    start = page.find(_BODY)
    found = []
    for match in _HEADING.finditer(page, max(start, 0)):
        anchor = _ID.search(match.group(2))
        title = " ".join(html.unescape(_TAGS.sub("", match.group(3))).split())
        if anchor and title:
            found.append(Heading(int(match.group(1)), html.unescape(anchor.group(1)), title))
    return found


def prepare_page(page: str) -> tuple[str, list[Heading]]:
    """The page to print and the headings its bookmarks will point to."""
    start = page.find(_BODY)
    end = page.rfind("</article>")
    if start >= 0 and end > start:
        open_end = page.index(">", start) + 1
        body = page[open_end:end]
        body = keep_headings_with_blocks(body)
        page = page[:open_end] + body + page[end:]
    page = _DETAILS.sub("<details open", page)
    found = headings(page)
    links = "".join(f'<a href="#{html.escape(h.anchor, quote=True)}"></a>' for h in found)
    close = page.rfind("</body>")
    if links and close >= 0:
        page = f"{page[:close]}<nav hidden>{links}</nav>\n{page[close:]}"
    return page, found
