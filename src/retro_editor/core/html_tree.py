"""A small, forgiving element tree built from clipboard HTML with the standard html.parser.

Clipboard HTML is rarely well formed (browsers cut fragments out of pages; Word writes
``<o:p>``, conditional comments and unclosed ``<p>``), so the builder closes what HTML closes
implicitly, ignores stray end tags and drops what never shows (``<style>``, ``<script>``,
comments, Word's list-bullet placeholders). Nesting deeper than :data:`MAX_DEPTH` is flattened
into its parent, so a hostile document can neither exhaust the stack nor hang the converter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: elements nested deeper than this are not opened; their text goes to the deepest open one
MAX_DEPTH = 80

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
#: their content never shows on the page
HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "xml", "svg",
                    "math", "object", "iframe", "select", "textarea", "button"})
BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
                   "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
                   "table", "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "dl", "dt", "dd",
                   "figure", "figcaption", "address", "center", "body", "html", "caption",
                   "details", "summary", "fieldset", "form", "hgroup", "menu"})
#: an open ``<p>`` is closed by the start of any of these (as HTML does)
_CLOSES_P = BLOCK - {"td", "th", "tr", "thead", "tbody", "tfoot", "li", "dt", "dd", "caption",
                     "body", "html"}
#: start tag -> open tags it closes implicitly, up to (not past) the stop tags
_IMPLIED = {
    "li": ({"li"}, {"ul", "ol"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr", "td", "th"}, {"table"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "thead": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "tbody": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
    "tfoot": ({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"}),
}
_WORD_SECTIONS = re.compile(r"<!\[(?:if|endif|else)[^\]>]*\]>", re.IGNORECASE)


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def style(self) -> str:
        return self.attrs.get("style", "").lower().replace(" ", "")


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root")
        self.stack: list[Element] = [self.root]
        #: open tags inside a HIDDEN element or a Word placeholder (it is the first), with
        #: a count per tag so a stray end tag costs no scan of the list
        self.hidden_tags: list[str] = []
        self.hidden_counts: dict[str, int] = {}
        self.overflow = 0  # start tags not opened because the tree is too deep
        #: text not yet added: html.parser may hand one run of text over in pieces ("<",
        #: "!--x"), and escaping must see it whole
        self.pending: list[str] = []

    def flush_text(self) -> None:
        if self.pending:
            self.stack[-1].children.append("".join(self.pending))
            self.pending.clear()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush_text()
        values = {name: value or "" for name, value in attrs}
        hide = tag in HIDDEN or "mso-list:ignore" in values.get("style", "").lower().replace(" ", "")
        if (self.hidden_tags or hide) and tag not in VOID:
            self.hidden_tags.append(tag)
            self.hidden_counts[tag] = self.hidden_counts.get(tag, 0) + 1
        if self.hidden_tags or hide:
            return
        self._close_implied(tag)
        element = Element(tag, values)
        if len(self.stack) > MAX_DEPTH:
            if tag not in VOID:
                self.overflow += 1
            if tag == "br":
                self.stack[-1].children.append(element)
            return
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self.flush_text()
        if self.hidden_tags:
            if self.hidden_counts.get(tag):
                while True:
                    closed = self.hidden_tags.pop()
                    self.hidden_counts[closed] -= 1
                    if closed == tag:
                        break
            return
        if self.overflow:
            self.overflow -= 1
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if not self.hidden_tags and data:
            self.pending.append(data)

    def _close_implied(self, tag: str) -> None:
        closes, stops = _IMPLIED.get(tag, (set(), set()))
        if not closes and tag not in _CLOSES_P:
            return
        if tag in _CLOSES_P:
            closes, stops = closes | {"p"}, stops | {"td", "th", "li", "blockquote", "div"}
        for depth in range(len(self.stack) - 1, 0, -1):
            open_tag = self.stack[depth].tag
            if open_tag in stops:
                return
            if open_tag in closes:
                del self.stack[depth:]
                return


def parse_html(html: str) -> Element:
    """The element tree of ``html`` (a ``root`` element); never raises on malformed input."""
    builder = _Builder()
    text = _WORD_SECTIONS.sub("", html.replace("\x00", "").replace("\x01", ""))
    try:
        builder.feed(text)
        builder.close()
    except (AssertionError, ValueError):  # html.parser's own complaints about broken markup
        pass
    builder.flush_text()
    return builder.root
