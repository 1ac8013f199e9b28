"""The images an article's Markdown refers to, and rewriting their destinations in its text.

Shared by ``check`` (do the files exist), the Markdown import (copy them into the new
project) and the text exports (point the links at copied files).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token

IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""",
                     re.IGNORECASE)


def parse_markdown(text: str) -> list[Token]:
    """CommonMark tokens: enough to find images and code, without the renderer's extras."""
    return MarkdownIt("commonmark").parse(text)


def image_references(tokens: Iterable[Token]) -> Iterator[tuple[int | None, str]]:
    """``(0-based line, src)`` of every Markdown image and HTML ``<img>``, in order."""
    for token in tokens:
        line = token.map[0] if token.map else None
        if token.type == "html_block":
            for match in IMG_SRC.finditer(token.content):
                yield line, next(g for g in match.groups() if g is not None)
        for child in token.children or ():
            if child.type == "image":
                yield line, str(child.attrs.get("src", ""))
            elif child.type == "html_inline":
                for match in IMG_SRC.finditer(child.content):
                    yield line, next(g for g in match.groups() if g is not None)


def web_images(text: str) -> list[str]:
    """The ``http``/``https`` image sources of ``text`` (outside code), each once, in order."""
    found: dict[str, None] = {}
    for _line, src in image_references(parse_markdown(text)):
        if src.lower().startswith(("http://", "https://")):
            found.setdefault(src)
    return list(found)


def code_lines(tokens: Iterable[Token]) -> set[int]:
    """0-based lines inside fenced or indented code, where nothing is rewritten."""
    lines: set[int] = set()
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map:
            lines.update(range(token.map[0], token.map[1]))
    return lines


def rewrite_destinations(text: str, new_urls: dict[str, str], skip_lines: set[int], *,
                         bracket_spaces: bool = True) -> str:
    """``text`` with each image destination ``src`` of ``new_urls`` replaced by its value.

    markdown-it normalises destinations (percent-encoding), so both the token's spelling and
    its decoded form are looked for, in inline links ``](dest``, angle-bracket links
    ``](<dest>``, reference definitions ``[x]: dest`` and raw ``<img src="dest">``. Lines in
    ``skip_lines`` (code) are left alone. A new URL with spaces is put in ``<…>`` unless
    ``bracket_spaces`` is False (a template expression that a site generator replaces first).
    """
    if not new_urls:
        return text
    spellings: dict[str, str] = {}
    for src, replacement in new_urls.items():
        for spelling in (src, unquote(src)):
            spellings.setdefault(spelling, replacement)
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    pattern = re.compile(
        rf"(?P<lead>\]\(\s*<?|^[ ]{{0,3}}\[[^\]]+\]:[ \t]*<?|<img\b[^>]*?\ssrc\s*=\s*[\"']?)"
        rf"(?P<url>{alternatives})(?=[\s)>\"']|$)", re.I | re.M)

    def replace(match: re.Match[str]) -> str:
        replacement = spellings[match.group("url")]
        if (bracket_spaces and " " in replacement
                and match.group("lead").rstrip().endswith("(")):
            replacement = f"<{replacement}>"
        return match.group("lead") + replacement

    lines = text.split("\n")
    for number, line in enumerate(lines):
        if number not in skip_lines and line:
            lines[number] = pattern.sub(replace, line)
    return "\n".join(lines)


