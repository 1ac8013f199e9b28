"""The inline half of the DOCX writer: one paragraph's inline tokens as Word runs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from docx.text.paragraph import Paragraph
from markdown_it.token import Token

from retro_editor.export.docx_parts import CODE_CHAR_STYLE, LINK_STYLE, add_hyperlink, add_run_to
from retro_editor.render.page import safe_link

if TYPE_CHECKING:
    from retro_editor.export.docx import DocxWriter

_BREAK_TAG = re.compile(r"^<br\s*/?>$", re.I)


class InlineWriter:
    """Writes one paragraph's inline tokens as runs. Text is gathered until the formatting or
    the container (the paragraph or a hyperlink in it) changes, then written as one run.
    Token types without a rule (``html_inline`` other than breaks and task boxes) are left out.
    """

    _EMPHASIS = {"strong": "bold", "em": "italic", "s": "strike"}

    def __init__(self, writer: DocxWriter, paragraph: Paragraph, bold: bool) -> None:
        self.writer = writer
        self.paragraph = paragraph
        self.bold = bold
        self.state = {"bold": bold, "italic": False, "strike": False}
        self.container: Any = paragraph._p
        self.linked = False
        self.buffer: list[str] = []

    def write(self, children: Sequence[Token]) -> None:
        rules = self.RULES
        for child in children:
            rule = rules.get(child.type)
            if rule is not None:
                rule(self, child)
        self.flush()

    def flush(self) -> None:
        if self.buffer:
            writer = self.writer
            add_run_to(self.container, self.paragraph, "".join(self.buffer),
                       style=writer.style(LINK_STYLE) if self.linked else "",
                       bold=self.state["bold"], italic=self.state["italic"],
                       strike=self.state["strike"])
            self.buffer.clear()

    def text(self, child: Token) -> None:
        self.buffer.append(child.content)

    def softbreak(self, child: Token) -> None:
        self.buffer.append(" ")

    def hardbreak(self, child: Token) -> None:
        self.flush()
        add_run_to(self.container, self.paragraph).add_break()

    def emphasis(self, child: Token) -> None:
        self.flush()
        kind = child.type
        key = self._EMPHASIS[kind.rsplit("_", 1)[0]]
        self.state[key] = kind.endswith("_open") or (key == "bold" and self.bold)

    def code_inline(self, child: Token) -> None:
        self.flush()
        add_run_to(self.container, self.paragraph, child.content,
                   style=self.writer.style(CODE_CHAR_STYLE))

    def link_open(self, child: Token) -> None:
        self.flush()
        href = str(child.attrGet("href") or "")
        links = self.writer.links
        if href.startswith("#") and len(href) > 1:
            self.container = add_hyperlink(self.paragraph, links,
                                           anchor=self.writer.bookmarks.name_for(href[1:]))
            self.linked = True
        elif safe_link(href):
            self.container = add_hyperlink(self.paragraph, links, url=safe_link(href))
            self.linked = True

    def link_close(self, child: Token) -> None:
        self.flush()
        self.container, self.linked = self.paragraph._p, False

    def image(self, child: Token) -> None:
        self.flush()
        self.writer.picture(self.paragraph, self.container, str(child.attrGet("src") or ""),
                            child.content)

    def footnote_ref(self, child: Token) -> None:
        self.flush()
        self.writer.footnote(self.paragraph, self.container, int(child.meta["id"]))

    def html_inline(self, child: Token) -> None:
        content = child.content.strip()
        if _BREAK_TAG.match(content):
            self.hardbreak(child)
        elif content.lower().startswith("<input") and "checkbox" in content.lower():
            self.buffer.append("\u2612 " if "checked" in content.lower() else "\u2610 ")

    #: token type → the method writing it
    RULES: ClassVar[dict[str, Callable[[InlineWriter, Token], None]]] = {
        "text": text,
        "softbreak": softbreak,
        "hardbreak": hardbreak,
        "strong_open": emphasis,
        "strong_close": emphasis,
        "em_open": emphasis,
        "em_close": emphasis,
        "s_open": emphasis,
        "s_close": emphasis,
        "code_inline": code_inline,
        "link_open": link_open,
        "link_close": link_close,
        "image": image,
        "footnote_ref": footnote_ref,
        "html_inline": html_inline,
        "figure_credit_open": hardbreak,  # a figure's credit line, under its caption
    }
