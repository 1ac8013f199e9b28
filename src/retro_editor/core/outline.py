"""The article's outline: a tree of sections derived from its top-level Markdown headings.

The headings come from :mod:`.outline_scan` (a fast block scan that agrees with
markdown-it on which headings are top-level). Anchors come from one
:class:`AnchorAllocator` over those headings in document order, as the HTML renderer
gives ids, so outline anchors and HTML ids agree. The text operations (move, promote,
rename …) live in :mod:`.outline_ops` and are importable from here too (loaded on first
use, so they are not in ``__all__``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .anchors import AnchorAllocator, slugify
from .outline_scan import TRIM_CHARS, OutlineScan, scan_outline, split_lines
from .textstats import count_prose_words

__all__ = [
    "AnchorAllocator",
    "Section",
    "build_sections",
    "find_section",
    "iter_sections",
    "parse_outline",
    "prose_lines",
    "scan_outline",
    "section_at_line",
    "slugify",
    "split_lines",
]

_OPERATIONS = frozenset({"delete_section", "demote", "insert_section", "move_section",
                         "promote", "remap_section_states", "rename"})


def __getattr__(name: str) -> Any:
    """The text operations, imported on first use (outline_ops builds on this module)."""
    if name in _OPERATIONS:
        from . import outline_ops

        return getattr(outline_ops, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(eq=False)
class Section:
    """One top-level heading and everything under it, down to the next heading of the
    same or a higher level (``end_line``, exclusive)."""

    level: int
    title: str
    anchor: str
    line: int
    body_line: int
    end_line: int
    words: int = 0
    children: list[Section] = field(default_factory=list)
    own_words: int = 0  # words before the first child (the heading's own text included)

    @property
    def setext(self) -> bool:
        """True for an underlined (``===`` / ``---``) heading, which spans several lines."""
        return self.body_line - self.line > 1

    def __repr__(self) -> str:
        return (f"Section(h{self.level} {self.anchor!r} lines {self.line}-{self.end_line}"
                f", {len(self.children)} children)")


def parse_outline(text: str) -> list[Section]:
    """The article's top-level sections, in order, with their subsections nested.

    A heading nests under the nearest preceding heading of a lower level (so ``##``
    then ``####`` makes the ``####`` a child of the ``##``). Anchors come from one
    :class:`AnchorAllocator` over all top-level headings in document order, which is
    what the HTML renderer does, so outline anchors and HTML ids agree.
    """
    scan = scan_outline(text)
    return build_sections(scan)


def prose_lines(scan: OutlineScan) -> list[str]:
    """The scanned lines with code, front matter and raw HTML blanked (what words count in)."""
    prose = list(scan.lines)
    for start, stop in scan.skipped:
        prose[start:stop] = [""] * (stop - start)
    return prose


def build_sections(scan: OutlineScan,
                   count: Callable[[str], int] = count_prose_words) -> list[Section]:
    """The section tree of a scan (anchors, extents and word counts).

    ``count`` counts the words of one section's own prose (see :mod:`.analysis`, which
    passes one that reuses the counts of unchanged sections).
    """
    total = len(scan.lines)
    prose = prose_lines(scan)
    alloc = AnchorAllocator()
    flat: list[Section] = []
    for line, body, level, raw in scan.headings:
        title = " ".join(part.strip(TRIM_CHARS) for part in raw.split("\n")) if "\n" in raw else raw
        flat.append(Section(level, title, alloc.anchor(raw), line, body, total))
    roots: list[Section] = []
    stack: list[Section] = []
    for sec in flat:
        while stack and stack[-1].level >= sec.level:
            stack.pop().end_line = sec.line
        (stack[-1].children if stack else roots).append(sec)
        stack.append(sec)
    for i, sec in enumerate(flat):
        own_end = flat[i + 1].line if i + 1 < len(flat) else total
        own_end = min(own_end, sec.end_line)
        sec.own_words = count("\n".join(prose[sec.line:own_end]))
    for sec in reversed(flat):
        sec.words = sec.own_words + sum(child.words for child in sec.children)
    return roots


def iter_sections(roots: Iterable[Section]) -> Iterator[Section]:
    """Every section, depth-first in document order."""
    for sec in roots:
        yield sec
        yield from iter_sections(sec.children)


def find_section(roots: Iterable[Section], anchor: str) -> Section | None:
    """The section with this anchor, or None."""
    for sec in iter_sections(roots):
        if sec.anchor == anchor:
            return sec
    return None


def section_at_line(roots: Iterable[Section], line: int) -> Section | None:
    """The deepest section containing 0-based ``line`` (None before the first heading)."""
    found = None
    level = list(roots)
    while level:
        for sec in level:
            if sec.line <= line < sec.end_line:
                found = sec
                level = sec.children
                break
        else:
            break
    return found
