"""The block analysis of a rendered article, shared by the render helper and the preview.

Splits rendered HTML into its top-level elements (:func:`split_blocks`) and flags source
lines whose effect reaches beyond their own block (reference definitions, footnotes, raw
HTML, front matter fences); :func:`analyse_body` turns a full render into the block map the
preview's incremental patcher works from. Imports no Qt.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

from markdown_it.common.utils import isStrSpace, mdTrim

VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()
)
_TAG_RE = re.compile(
    r"<!--.*?-->"
    r"|<(/?)([A-Za-z][A-Za-z0-9-]*)"
    r"((?:\s+[^\s\"'>/=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*)"
    r"\s*(/?)>",
    re.S,
)
_LINE_ATTR_RE = re.compile(r"""\sdata-source-line\s*=\s*["']?(\d+)""")
_LINE_ATTR_VALUE_RE = re.compile(r"""(\sdata-source-line\s*=\s*["']?)(\d+)""")
_ID_ATTR_RE = re.compile(r"""\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_HEADING_TAGS = frozenset(f"h{n}" for n in range(1, 7))

#: flag letters of a block's source lines
FLAG_REFDEF = "r"       # a line that may define a link reference ("]:" anywhere)
FLAG_FOOTNOTE = "n"     # a footnote reference or definition ("[^"), inline footnote ("^[")
FLAG_HTML = "h"         # a line with raw HTML (inline HTML too may restructure the page)
FLAG_DASHES = "d"       # a line that may close front matter ("---", "+++")
FLAG_FRONT_MATTER = "m"  # the text starts with a front matter fence (prefix only)
#: flags that make an edit of the block need a full render
BLOCKING_FLAGS = FLAG_REFDEF + FLAG_FOOTNOTE + FLAG_HTML
_HTML_RE = re.compile(r"<[A-Za-z/!?]")


class TopBlock(tuple[int | None, str, str | None, int, int]):
    """One top-level element: ``(start_line | None, tag, anchor | None, begin, end)``.

    ``begin``/``end`` are offsets into the HTML it was split from.
    """

    __slots__ = ()

    def __new__(cls, start: int | None, tag: str, anchor: str | None, begin: int, end: int
                ) -> TopBlock:
        return super().__new__(cls, (start, tag, anchor, begin, end))

    start = property(lambda self: self[0])
    tag = property(lambda self: self[1])
    anchor = property(lambda self: self[2])
    begin = property(lambda self: self[3])
    end = property(lambda self: self[4])


def _element(tag: str, attrs: str, begin: int, end: int, child_line: int | None = None
             ) -> TopBlock:
    line = _LINE_ATTR_RE.search(attrs)
    start = int(line.group(1)) if line else child_line
    anchor = None
    if tag in _HEADING_TAGS:
        found = _ID_ATTR_RE.search(attrs)
        if found:
            anchor = next(g for g in found.groups() if g is not None)
    return TopBlock(start, tag, anchor, begin, end)


def split_blocks(html: str) -> list[TopBlock] | None:
    """The top-level elements of an HTML fragment, or None if it is not a clean sequence.

    Expects serialiser output (the sanitised renderer's): balanced tags, ``<`` escaped in
    text. Whitespace between elements is allowed; any other top-level text is not. An
    element without a ``data-source-line`` of its own takes its first child's (``<pre>``
    around a ``<code>`` that carries it).
    """
    blocks: list[TopBlock] = []
    depth = 0
    stack: list[str] = []
    pos = 0
    begin = 0
    top_tag = top_attrs = ""
    child_line: int | None = None
    first_child = False
    for match in _TAG_RE.finditer(html):
        if depth == 0 and html[pos:match.start()].strip():
            return None
        pos = match.end()
        closing, tag, attrs, self_closing = match.groups()
        if tag is None:  # a comment
            continue
        tag = tag.lower()
        if closing:
            if not stack or stack[-1] != tag:
                return None
            stack.pop()
            depth -= 1
            if depth == 0:
                blocks.append(_element(top_tag, top_attrs, begin, match.end(), child_line))
            continue
        if first_child and depth == 1:
            line = _LINE_ATTR_RE.search(attrs)
            child_line = int(line.group(1)) if line else None
        first_child = False
        if tag in VOID_TAGS or self_closing:
            if depth == 0:
                blocks.append(_element(tag, attrs, match.start(), match.end()))
            continue
        if depth == 0:
            begin, top_tag, top_attrs = match.start(), tag, attrs
            child_line, first_child = None, tag == "pre"
        stack.append(tag)
        depth += 1
    if depth != 0 or html[pos:].strip():
        return None
    return blocks


def line_flags(lines: Iterable[str]) -> str:
    """The flags of a run of source lines (see ``FLAG_*``)."""
    flags = ""
    for line in lines:
        if FLAG_REFDEF not in flags and "]:" in line:
            flags += FLAG_REFDEF
        if FLAG_FOOTNOTE not in flags and ("[^" in line or "^[" in line):
            flags += FLAG_FOOTNOTE
        if FLAG_HTML not in flags and _HTML_RE.search(line):
            flags += FLAG_HTML
        if FLAG_DASHES not in flags and line.startswith(("---", "+++")):
            flags += FLAG_DASHES
    return flags


def has_front_matter(first_line: str) -> bool:
    """Could the text be opening front matter (closed or not)?"""
    return first_line.startswith(("---", "+++"))


def atx_heading_title(line: str) -> str | None:
    """The title an ATX heading line gives the anchor allocator, as markdown-it reads it
    (``## Intro ##`` → ``Intro``); None for any other line."""
    text = line.lstrip(" ")
    if len(line) - len(text) > 3 or not text.startswith("#"):
        return None  # indented 4 columns (a tab reaches them): code
    level = len(text) - len(text.lstrip("#"))
    rest = text[level:]
    if level > 6 or (rest and not isStrSpace(rest[0])):
        return None
    end = len(rest)
    while end > 0 and isStrSpace(rest[end - 1]):
        end -= 1
    closing = end
    while closing > 0 and rest[closing - 1] == "#":
        closing -= 1
    if closing > 0 and isStrSpace(rest[closing - 1]):
        end = closing
    return mdTrim(rest[:end])


def block_key(fragment: str, start: int | None) -> str:
    """What an element's HTML says apart from where its lines are: its line numbers are taken
    relative to ``start`` (its own), so two elements with the same key look alike once their
    lines are shifted alike (a digest, the same in every process)."""
    base = start or 0
    plain = _LINE_ATTR_VALUE_RE.sub(lambda m: f"{m.group(1)}{int(m.group(2)) - base}", fragment)
    return hashlib.blake2b(plain.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def analyse_body(html: str, text: str) -> dict[str, Any]:
    """The block map of a full render: what the preview needs to patch it later.

    ``blocks`` lists ``[start_line | None, tag, anchor | None, flags, key, begin, end,
    title | None]`` per top-level element (see :func:`block_key`; ``begin``/``end``: where it
    is in ``html``; ``title``: an ATX heading's, see :func:`atx_heading_title`),
    or is None when the HTML could not be split: every edit then needs a full render;
    ``prefix`` holds the flags of the lines before the first block; ``lines`` the number
    of source lines.
    """
    lines = text.split("\n")
    split = split_blocks(html)
    result: dict[str, Any] = {"lines": len(lines), "blocks": None, "prefix": ""}
    if split is None:
        return result
    if split and html.startswith('<section class="footnotes"', split[-1].begin):
        last = split[-1]
        before = [b.start for b in split[:-1] if b.start is not None]
        if before and last.start is not None and last.start < before[-1]:
            # the footnotes' line is their first definition's: out of order, so generated
            split[-1] = TopBlock(None, last.tag, None, last.begin, last.end)
    if any(b.start is None and not html.startswith('<section class="footnotes"', b.begin)
           for b in split):
        return result  # an element of unknown origin: its place cannot be tracked
    starts = [b.start for b in split if b.start is not None]
    if starts != sorted(starts) or (starts and starts[-1] >= len(lines)):
        return result
    bounds = starts + [len(lines)]
    first = starts[0] if starts else len(lines)
    prefix = line_flags(lines[:first])
    if lines and has_front_matter(lines[0]):
        prefix += FLAG_FRONT_MATTER
    blocks = []
    k = 0
    for block in split:
        flags = ""
        if block.start is not None:
            flags = line_flags(lines[bounds[k]:bounds[k + 1]])
            k += 1
        title = atx_heading_title(lines[block.start]) \
            if block.anchor is not None and block.start is not None else None
        key = block_key(html[block.begin:block.end], block.start)
        blocks.append([block.start, block.tag, block.anchor, flags, key, block.begin, block.end,
                       title])
    result["blocks"] = blocks
    result["prefix"] = prefix
    return result
