"""Warnings about how the article will look to search engines and social networks.

Each is advice, not an error: ``retro-editor check`` lists them without changing its exit
status unless ``--strict``; the side panel's Search & Social tab shows them beside the previews.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from markdown_it import MarkdownIt
from markdown_it.token import Token

from retro_editor.core.errors import ProjectError
from retro_editor.core.field_checks import parse_partial_date
from retro_editor.core.image_size import image_size
from retro_editor.core.outline import iter_sections, parse_outline
from retro_editor.core.project import Project
from retro_editor.core.search_preview import (
    CARD_MIN_SIZE,
    DESCRIPTION_MAX_PX,
    TITLE_MAX_PX,
    search_result,
)

_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


class PublishingWarning(NamedTuple):
    """``where`` is ``"manifest"`` or ``"article"``; ``field`` a manifest field or ``line N``."""

    where: str
    field: str | None
    message: str


def _attr(pattern: re.Pattern[str], tag: str) -> str | None:
    match = pattern.search(tag)
    return next((g for g in match.groups() if g is not None), "") if match else None


def _images_without_alt(tokens: Iterable[Token]) -> Iterator[tuple[int | None, str]]:
    for token in tokens:
        line = token.map[0] + 1 if token.map else None
        tags = _IMG_TAG.findall(token.content) if token.type == "html_block" else []
        for child in token.children or ():
            if child.type == "image" and not child.content.strip():
                yield line, str(child.attrs.get("src", ""))
            elif child.type == "html_inline":
                tags += _IMG_TAG.findall(child.content)
        for tag in tags:
            if not (_attr(_ALT, tag) or "").strip():
                yield line, _attr(_SRC, tag) or ""


def _heading_problems(text: str) -> Iterator[PublishingWarning]:
    sections = list(iter_sections(parse_outline(text)))
    firsts = [s for s in sections if s.level == 1]
    if len(firsts) > 1:
        yield PublishingWarning("article", f"line {firsts[1].line + 1}",
                                f"{len(firsts)} level-1 headings; a page should have one "
                                "(the title): make the others level 2")
    previous = 1
    for section in sections:
        if section.level > previous + 1:
            yield PublishingWarning("article", f"line {section.line + 1}",
                                    f"heading level {section.level} follows level {previous}; "
                                    f"search engines and screen readers expect "
                                    f"level {previous + 1}")
        previous = section.level


def _updated_before_published(published: str | None, updated: str | None) -> bool:
    if not published or not updated:
        return False
    try:
        p = [x for x in parse_partial_date(published) if x is not None]
        u = [x for x in parse_partial_date(updated) if x is not None]
    except ValueError:
        return False
    common = min(len(p), len(u))
    return u[:common] < p[:common]


def _manifest_warnings(project: Project) -> Iterator[PublishingWarning]:
    manifest = project.manifest
    article = manifest.article
    result = search_result(manifest)

    def warn(field: str, message: str) -> PublishingWarning:
        return PublishingWarning("manifest", field, message)

    if not article.title:
        yield warn("article.title", "is empty: search results and social cards need a title")
    elif result.title_cut:
        yield warn("article.title", f"is {result.title_px:.0f} px wide in a search result, "
                                    f"over {TITLE_MAX_PX} px: it will be cut")
    if not article.summary:
        yield warn("article.summary", "is empty: search results and social cards show a "
                                      "description taken from the text instead")
    elif result.description_cut:
        yield warn("article.summary", f"is {result.description_px:.0f} px wide in a search "
                                      f"result, over {DESCRIPTION_MAX_PX} px: it will be cut")
    yield from _cover_warnings(project)
    if _updated_before_published(article.published, article.updated):
        yield warn("article.updated", f"{article.updated} is before the published date "
                                      f"{article.published}")
    url = manifest.publishing.publisher_url
    if url and not url.startswith(("http://", "https://")):
        yield warn("publishing.publisher_url", f"{url!r} is not an http or https URL; "
                                               "the structured data leaves it out")


def _cover_warnings(project: Project) -> Iterator[PublishingWarning]:
    cover = project.manifest.article.cover
    if not cover:
        yield PublishingWarning("manifest", "article.cover",
                                "is empty: social cards will have no image")
        return
    try:
        size = image_size(project.resolve(cover))
    except ProjectError:
        return  # a missing or refused cover is an error that ``check`` names already
    width, height = CARD_MIN_SIZE
    if size and (size[0] < width or size[1] < height):
        yield PublishingWarning("manifest", "article.cover",
                                f"is {size[0]}×{size[1]} pixels; social cards want at least "
                                f"{width}×{height}")


def publishing_warnings(project: Project) -> list[PublishingWarning]:
    """Every warning, the manifest's first, then the article's in text order."""
    found = list(_manifest_warnings(project))
    tokens = MarkdownIt("commonmark").parse(project.text)
    found += [PublishingWarning("article", f"line {line}" if line else None,
                                f"image {src} has no alt text (what readers and search "
                                "engines get instead of the image)")
              for line, src in _images_without_alt(tokens)]
    found += _heading_problems(project.text)
    return found
