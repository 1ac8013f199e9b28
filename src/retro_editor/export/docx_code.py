"""Code blocks in Word, highlighted from Pygments tokens like the web page.

The tokens come from the renderer's bounded :class:`~retro_editor.render.highlight.Highlighter`
(a helper process with a time limit per block, so a pathological block cannot hang the
export): its HTML is a flat run of ``<span class="…">`` per token, read back here into
(text, token class) pieces. Each class becomes a run coloured, bold or italic as the light
theme's Pygments style draws that token. A block in an unknown language, or one the
highlighter gives up on, is written plain.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

from docx.text.paragraph import Paragraph

from retro_editor.export.docx_parts import add_run_to, xml_text
from retro_editor.render.highlight import Highlighter
from retro_editor.render.themes import DEFAULT_THEME, pygments_style_for, theme_stylesheet

_PIECE = re.compile(r'<span class="([^"]*)">([^<]*)</span>|([^<]+)')


@dataclass(frozen=True)
class RunLook:
    """How one token class is drawn: colour (six hex digits or ""), bold, italic."""

    colour: str = ""
    bold: bool = False
    italic: bool = False


PLAIN = RunLook()


@cache
def token_looks(style_name: str) -> dict[str, RunLook]:
    """Pygments' CSS class of each standard token type → how ``style_name`` draws it."""
    from pygments.styles import get_style_by_name
    from pygments.token import STANDARD_TYPES
    from pygments.util import ClassNotFound

    try:
        style = get_style_by_name(style_name)
    except ClassNotFound:
        style = get_style_by_name("default")
    looks = {}
    for token_type, css_class in STANDARD_TYPES.items():
        if css_class:
            found = style.style_for_token(token_type)
            looks[css_class] = RunLook(str(found["color"] or "").upper(), bool(found["bold"]),
                                       bool(found["italic"]))
    return looks


def pieces(highlighted: str) -> list[tuple[str, str]]:
    """``(text, css classes)`` of the highlighter's HTML, text unescaped."""
    out = []
    for match in _PIECE.finditer(highlighted):
        classes, inside, outside = match.groups()
        text = inside if outside is None else outside
        if text:
            out.append((html.unescape(text), classes or ""))
    return out


def look_for(classes: str, looks: dict[str, RunLook]) -> RunLook:
    """The look of the most specific class (Pygments lists a token's ancestors first)."""
    for css_class in reversed(classes.split()):
        if css_class in looks:
            return looks[css_class]
    return PLAIN


class CodeWriter:
    """Writes code blocks into paragraphs; starts the highlighter on the first block that
    names a language and stops it in :meth:`close`."""

    def __init__(self, theme: str = DEFAULT_THEME) -> None:
        self._style = pygments_style_for(theme_stylesheet(theme))
        self._highlighter: Highlighter | None = None
        self._deadline = 0.0

    def write(self, paragraph: Paragraph, code: str, language: str) -> None:
        code = code.rstrip("\n")
        highlighted = self._highlight(language, code) if language.strip() else None
        if highlighted is None:
            self._run(paragraph, code, PLAIN)
            return
        looks = token_looks(self._style)
        text = ""
        current = PLAIN
        for piece, classes in pieces(highlighted):
            look = PLAIN if piece.isspace() else look_for(classes, looks)
            if look != current and text:
                self._run(paragraph, text, current)
                text = ""
            if not (piece.isspace() and text):
                current = look
            text += piece
        self._run(paragraph, text.rstrip("\n"), current)

    @staticmethod
    def _run(paragraph: Paragraph, text: str, look: RunLook) -> None:
        """One run; python-docx's ``Run.text`` writes line feeds as ``w:br`` and tabs as
        ``w:tab``."""
        if text:
            run = add_run_to(paragraph._p, paragraph, bold=look.bold, italic=look.italic,
                             colour=look.colour)
            run.text = xml_text(text)

    def _highlight(self, language: str, code: str) -> str | None:
        if self._highlighter is None:
            self._highlighter = Highlighter()
            self._deadline = self._highlighter.deadline()
        # the highlighter's lexers keep a final newline; the block's own is dropped above
        return self._highlighter.highlight(language.split()[0], code + "\n",
                                           deadline=self._deadline)

    def close(self) -> None:
        if self._highlighter is not None:
            self._highlighter.close()
            self._highlighter = None
