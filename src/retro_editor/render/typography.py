"""Smart punctuation by the article's language, as markdown-it core rules.

markdown-it's own ``smartquotes`` rule pairs the quotes, with the marks of :data:`QUOTES`
for the language; :func:`dashes_rule` turns ``---`` into an em dash, ``--`` into an en dash
and ``...`` into an ellipsis (pandoc's ``smart`` rules; markdown-it's ``replacements`` rule is
not used: it also turns ``(c)`` into ``©``, which breaks "(a) (b) (c)" lists). Both rules
change ``text`` tokens only, so code spans, code blocks, raw HTML and attributes are never
touched; :func:`protect_literals_rule` first takes out of their reach the text of links that
spell a URL and the text inside raw ``<code>``, ``<kbd>``, ``<samp>``, ``<tt>`` and ``<pre>``.

:func:`typeset_text` sets a piece of plain text the same way (the title, the fact box, the
related news: anything shown from the metadata), through the same two rules, before the text is
escaped or marked up; spans between backticks and URLs in it stay as typed.

French guillemets get a narrow no-break space (U+202F) inside, as the Imprimerie nationale
rules and most French publishers set them; it is the width typesetters use and never breaks
from its word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_core.smartquotes import smartquotes
from markdown_it.token import Token

_NNBSP = "\u202f"
_ENGLISH = ("\u201c", "\u201d", "\u2018", "\u2019")

#: Primary language subtag → (open double, close double, open single, close single).
QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": _ENGLISH,
    "de": ("\u201e", "\u201c", "\u201a", "\u2018"),
    "fr": ("\u00ab" + _NNBSP, _NNBSP + "\u00bb", "\u2039" + _NNBSP, _NNBSP + "\u203a"),
    "es": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "it": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "pt": ("\u00ab", "\u00bb", "\u201c", "\u201d"),
    "nl": _ENGLISH,
}

_EM_DASH = re.compile(r"(?<!-)---(?!-)")
_EN_DASH = re.compile(r"(?<!-)--(?!-)")
_ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)")
_RAW_LITERAL = re.compile(r"^<(/?)(code|kbd|samp|tt|pre)\b", re.I)
_URL_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|www\.)\S*$", re.I)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_URL_IN_TEXT = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bmailto:|\bwww\.)[^\s\"'<>]*[^\s\"'<>.,;:!?)\]}]", re.I)


def quotes_for(language: str) -> tuple[str, str, str, str]:
    """The quotation marks of ``language`` (a BCP 47 tag); English ones for the others."""
    return QUOTES.get(language.split("-", 1)[0].lower(), _ENGLISH)


@dataclass(frozen=True)
class Typesetting:
    """How the renderer sets text: ``quotes`` is None when smart punctuation is off;
    ``captions`` is ``title``, ``alt`` or ``none`` (see :mod:`.figures`)."""

    quotes: tuple[str, str, str, str] | None = None
    captions: str = "none"


    def to_meta(self) -> dict[str, Any]:
        """As JSON for the render helper process (:mod:`retro_editor.render.worker`)."""
        return {"quotes": list(self.quotes) if self.quotes else None, "captions": self.captions}

    @classmethod
    def from_meta(cls, meta: Any) -> Typesetting:
        """Back from :meth:`to_meta`; anything malformed reads as :data:`PLAIN`."""
        if not isinstance(meta, dict):
            return PLAIN
        quotes, captions = meta.get("quotes"), meta.get("captions")
        if not (quotes is None or (isinstance(quotes, list) and len(quotes) == 4
                                   and all(isinstance(q, str) for q in quotes))):
            return PLAIN
        if captions not in ("title", "alt", "none"):
            return PLAIN
        return cls(tuple(quotes) if quotes else None, captions)  # type: ignore[arg-type]


#: As typed: what the renderer does when nobody asks for more (Markdown-like outputs, tests).
PLAIN = Typesetting()


def typesetting_for(manifest: Any) -> Typesetting:
    """The project's typesetting for the published outputs (``manifest.typography``)."""
    settings = manifest.typography
    quotes = quotes_for(manifest.article.language or "en") if settings.smart_punctuation else None
    return Typesetting(quotes, settings.captions)


def protect_literals_rule(state: StateCore) -> None:
    """Text that must stay as typed becomes ``text_special`` (joined back into ``text`` by
    markdown-it's ``text_join`` rule, after the smart punctuation rules have run)."""
    if not state.md.options.typographer:
        return
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        raw_depth = link_depth = 0
        for child in block.children:
            if child.type == "html_inline":
                match = _RAW_LITERAL.match(child.content)
                if match:
                    raw_depth = max(0, raw_depth + (-1 if match.group(1) else 1))
            elif child.type in ("link_open", "link_close"):
                link_depth = max(0, link_depth + child.nesting)
            elif child.type == "text" and (
                    raw_depth or (link_depth and _URL_LIKE.match(child.content.strip()))):
                child.type = "text_special"


def dashes_rule(state: StateCore) -> None:
    if not state.md.options.typographer:
        return
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        for child in block.children:
            if child.type == "text" and ("--" in child.content or "..." in child.content):
                text = _EM_DASH.sub("\u2014", child.content)
                text = _EN_DASH.sub("\u2013", text)
                child.content = _ELLIPSIS.sub("\u2026", text)


@lru_cache(maxsize=8)
def _typographer(quotes: tuple[str, str, str, str]) -> MarkdownIt:
    return MarkdownIt("zero", {"typographer": True, "quotes": list(quotes)})


def _pieces(text: str) -> list[Token]:
    """``text`` as the inline tokens the body's renderer would see: code spans become
    ``code_inline`` (their backticks in ``markup``), URLs ``text_special``, the rest ``text``."""
    tokens: list[Token] = []

    def prose(part: str) -> None:
        start = 0
        for url in _URL_IN_TEXT.finditer(part):
            tokens.append(Token("text", "", 0, content=part[start:url.start()]))
            tokens.append(Token("text_special", "", 0, content=url.group(0)))
            start = url.end()
        tokens.append(Token("text", "", 0, content=part[start:]))

    start = 0
    for code in _CODE_SPAN.finditer(text):
        prose(text[start:code.start()])
        tokens.append(Token("code_inline", "code", 0, content=code.group(2), markup=code.group(1)))
        start = code.end()
    prose(text[start:])
    return [token for token in tokens if token.content]


def typeset_text(text: str, typesetting: Typesetting) -> str:
    """Plain ``text`` with the smart punctuation the body gets (:func:`dashes_rule`, then
    markdown-it's ``smartquotes`` with the language's marks); as typed when ``typesetting``
    has none. The result is plain text still: escape it where it goes into markup."""
    if typesetting.quotes is None or not text:
        return text
    md = _typographer(typesetting.quotes)
    inline = Token("inline", "", 0, content=text, children=_pieces(text))
    state = StateCore(text, md, {})
    state.tokens = [inline]
    dashes_rule(state)
    smartquotes(state)
    return "".join(token.markup + token.content + token.markup
                   for token in inline.children or ())
