"""Every link of a project to check: the article's links, the related URLs, the canonical URL."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from retro_editor.core.manifest import Manifest
from retro_editor.web.link_check import LinkTarget


def _inline_links(token: Token) -> list[str]:
    return [str(child.attrs.get("href", "")) for child in token.children or []
            if child.type == "link_open"]


def article_links(text: str) -> list[tuple[str, int]]:
    """``(url, line)`` for each http(s) link in the Markdown text (explicit, reference,
    autolinks and bare URLs), in reading order; ``line`` is 1-based (the block's first line)."""
    md = MarkdownIt("commonmark", {"linkify": True}).enable("linkify")
    found: list[tuple[str, int]] = []
    for token in md.parse(text):
        if token.type != "inline":
            continue
        line = (token.map[0] + 1) if token.map else 1
        for url in _inline_links(token):
            if url.lower().startswith(("http://", "https://")):
                found.append((url, line))
    return found


def link_offset(text: str, url: str, line: int | None) -> int | None:
    """Where ``url`` is written in ``text`` (a character index), searching from the start of
    1-based ``line``; None if it is not there (the text changed since the check)."""
    start = 0
    for _ in range((line or 1) - 1):
        next_break = text.find("\n", start)
        if next_break < 0:
            break
        start = next_break + 1
    found = text.find(url, start)
    if found < 0:
        found = text.find(url)
    return found if found >= 0 else None


def project_links(text: str, manifest: Manifest) -> list[LinkTarget]:
    targets = [LinkTarget(url, f"article line {line}", line=line)
               for url, line in article_links(text)]
    for index, row in enumerate(manifest.related):
        if row.url:
            targets.append(LinkTarget(row.url, f"related[{index}]", date=row.date))
    if manifest.article.canonical_url:
        targets.append(LinkTarget(manifest.article.canonical_url, "canonical URL"))
    return targets
