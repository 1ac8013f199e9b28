"""Helpers over the renderer's markdown-it token stream, shared by the exporters.

The text formats (Markdown, Hugo, Jekyll) keep the writer's Markdown and only rewrite image
links; the token stream tells them which links are images and which lines are code (never
rewritten). DOCX and EPUB walk the same tokens to build their documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from retro_editor.core.image_refs import code_lines, rewrite_destinations
from retro_editor.core.project import Project
from retro_editor.export.assets import is_local
from retro_editor.render.markdown import (
    MarkdownRenderer,
    heading_plain_text,
    leading_title_heading,
)
from retro_editor.render.tasklists import TASK_MARKUP
from retro_editor.render.typography import typesetting_for

_HTML_IMG_SRC = re.compile(r"""(<img\b[^>]*?\ssrc\s*=\s*)(["'])(.*?)\2""", re.I | re.S)


def published_renderer(project: Project) -> MarkdownRenderer:
    """The renderer of the typeset outputs (HTML, PDF, EPUB, DOCX): the project's smart
    punctuation and figure captions (``manifest.typography``). The text formats parse with a
    plain :class:`MarkdownRenderer`, keeping the text as typed."""
    return MarkdownRenderer(typesetting=typesetting_for(project.manifest))


def walk_inline(tokens: Sequence[Token]) -> Iterator[Token]:
    """Every inline child token, in document order."""
    for token in tokens:
        if token.type == "inline" and token.children:
            yield from token.children


def image_sources(tokens: Sequence[Token]) -> list[str]:
    """Every image URL the article uses (Markdown images and raw ``<img src>``), in order,
    without duplicates."""
    found: dict[str, None] = {}
    for token in tokens:
        if token.type == "html_block":
            for match in _HTML_IMG_SRC.finditer(token.content):
                found.setdefault(match.group(3), None)
    for child in walk_inline(tokens):
        if child.type == "image":
            found.setdefault(str(child.attrGet("src") or ""), None)
        elif child.type == "html_inline":
            for match in _HTML_IMG_SRC.finditer(child.content):
                found.setdefault(match.group(3), None)
    return [src for src in found if src]


def raw_html_lines(tokens: Sequence[Token]) -> Iterator[tuple[int, str]]:
    """``(0-based line, HTML)`` of every raw HTML block and inline tag the writer typed, in
    order (task-list checkboxes are the renderer's own)."""
    for token in tokens:
        line = token.map[0] if token.map else 0
        if token.type == "html_block":
            yield line, token.content
        elif token.type == "inline":
            for child in token.children or ():
                if child.type == "html_inline" and child.markup != TASK_MARKUP:
                    yield line, child.content


def local_image_sources(tokens: Sequence[Token]) -> list[str]:
    return [src for src in image_sources(tokens) if is_local(src)]


def rewrite_image_links(text: str, tokens: Sequence[Token], new_url: Callable[[str], str],
                        *, bracket_spaces: bool = True) -> str:
    """``text`` with the destination of every local image replaced by ``new_url(src)``
    (:func:`retro_editor.core.image_refs.rewrite_destinations`); code is left alone."""
    new_urls = {src: new_url(src) for src in local_image_sources(tokens)}
    return rewrite_destinations(text, new_urls, code_lines(tokens), bracket_spaces=bracket_spaces)


def drop_title_heading(text: str, tokens: Sequence[Token], title: str) -> str:
    """``text`` without its first block when that is a ``#`` heading repeating ``title``.

    Site generators print the title from the front matter; keeping the heading would show
    it twice.
    """
    index = leading_title_heading(tokens, title)
    heading_lines = tokens[index].map if index is not None else None
    if not heading_lines:
        return text
    start, end = heading_lines
    lines = text.split("\n")
    rest = lines[end:]
    while rest and not rest[0].strip():
        rest.pop(0)
    return "\n".join(lines[:start] + rest)


@dataclass
class Heading:
    level: int
    title: str
    anchor: str
    index: int  # of the heading_open token


def top_headings(tokens: Sequence[Token]) -> list[Heading]:
    """Headings at the top level of the document (not in lists or quotes), with their ids
    and their words as the reader sees them (markup left out, typeset when the renderer is)."""
    return [Heading(int(token.tag[1]), heading_plain_text(tokens[i + 1]),
                    str(token.attrGet("id") or ""), i)
            for i, token in enumerate(tokens)
            if token.type == "heading_open" and token.level == 0]


def chapter_level(headings: Sequence[Heading]) -> int:
    """The heading level that starts a chapter: ``##`` when a single ``#`` heads the article
    (its title), else the highest level used."""
    if not headings:
        return 1
    top = min(h.level for h in headings)
    if top == 1 and sum(1 for h in headings if h.level == 1) == 1 and headings[0].level == 1:
        below = [h.level for h in headings if h.level > 1]
        return min(below) if below else 1
    return top
