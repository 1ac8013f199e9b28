"""Figures: an image standing alone in its paragraph becomes ``<figure>`` with a caption.

The caption is the image's title (``![alt](src "Title")``), or its alt text when the project
says so (``typography.captions``). A line right under the image, in the same paragraph, that
is all emphasis is the credit line (``*Photo: Jane Doe, CC BY 4.0*``), shown in the caption as
``<span class="figure-credit">``. Nothing changes for an image without caption or credit, an
image among words, or an image inside a link.

Token shape (the DOCX writer reads the same stream)::

    figure_open (tag figure; the paragraph's attrs and map)
      inline          children: [image]
      figcaption_open (tag figcaption)
        inline        children: caption tokens, then, with a credit,
                      figure_credit_open (span.figure-credit), credit tokens, figure_credit_close
      figcaption_close
    figure_close
"""

from __future__ import annotations

from collections.abc import Callable

from markdown_it.rules_core import StateCore
from markdown_it.token import Token

CREDIT_CLASS = "figure-credit"


def _credit(children: list[Token]) -> list[Token] | None:
    """The tokens inside ``*…*`` when the children after the image are a line break and one
    emphasis span, else None."""
    rest = children[1:]
    if (len(rest) >= 3 and rest[0].type in ("softbreak", "hardbreak") and rest[1].type == "em_open"
            and rest[-1].type == "em_close"
            and not any(t.type == "em_open" for t in rest[2:-1])):
        return rest[2:-1]
    return None


def _caption_tokens(image: Token, source: str) -> list[Token]:
    if source == "alt":
        return [_copy(child) for child in image.children or ()]
    title = str(image.attrGet("title") or "")
    if not title.strip():
        return []
    text = Token("text", "", 0)
    text.content = title
    return [text]


def _copy(token: Token) -> Token:
    return Token(**{**token.as_dict(children=False), "children": None})


def _inline(children: list[Token], level: int) -> Token:
    inline = Token("inline", "", 0)
    inline.children = children
    inline.content = "".join(t.content for t in children if t.type == "text")
    inline.level = level
    return inline


def figures_rule(captions: str) -> Callable[[StateCore], None]:
    """The core rule making figures; ``captions`` is ``title``, ``alt`` or ``none``."""

    def rule(state: StateCore) -> None:
        tokens = state.tokens
        i = 0
        while i + 2 < len(tokens):
            opening, inline, closing = tokens[i:i + 3]
            children = inline.children or []
            if not (opening.type == "paragraph_open" and not opening.hidden
                    and inline.type == "inline"
                    and closing.type == "paragraph_close" and children
                    and children[0].type == "image"):
                i += 1
                continue
            credit = _credit(children) if len(children) > 1 else []
            caption = _caption_tokens(children[0], captions) if captions != "none" else []
            if credit is None or not (caption or credit):
                i += 3
                continue
            parts = list(caption)
            if credit:
                if parts:
                    space = Token("text", "", 0)
                    space.content = " "
                    parts.append(space)
                parts.append(Token("figure_credit_open", "span", 1, attrs={"class": CREDIT_CLASS}))
                parts.extend(credit)
                parts.append(Token("figure_credit_close", "span", -1))
            level = opening.level
            figure_open = Token("figure_open", "figure", 1, attrs=dict(opening.attrs),
                                map=opening.map, level=level, block=True)
            caption_open = Token("figcaption_open", "figcaption", 1, level=level + 1, block=True)
            caption_close = Token("figcaption_close", "figcaption", -1, level=level + 1, block=True)
            figure_close = Token("figure_close", "figure", -1, level=level, block=True)
            inline.children = children[:1]
            tokens[i:i + 3] = [figure_open, inline, caption_open,
                               _inline(parts, level + 2), caption_close, figure_close]
            i += 6

    return rule
