"""Outline operations as text edits: move, promote/demote, rename, insert, delete sections.

Each operation takes the article text and returns the new text (the UI applies it as one
undo step). Sections are named by anchor (see :mod:`.outline`). Only whole lines change:
the section's own lines, its heading lines when they are re-levelled, and at most one
blank line added or dropped where blocks meet, so that a heading never glues onto the
paragraph above it (``text`` followed by ``Title`` / ``---`` would become one setext
heading). Everything else stays byte-identical, including the number of blank lines at
the end of the text.

Every operation re-parses its result and checks that the outline changed exactly as
asked (same headings, same order, expected levels); if not -- say the moved section ends
in an unclosed code fence that would swallow what follows it -- it raises
``OutlineEditRefused`` and the text is left as it was. Unknown anchors raise
``SectionNotFound``. Both are ``OutlineError``s whose ``str()`` is a sentence for the writer,
so a caller catches exactly these and never a stray ``KeyError`` from a bug.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Literal, TypeVar

from .outline import Section, find_section, iter_sections, parse_outline, split_lines

__all__ = [
    "OutlineEditRefused",
    "OutlineError",
    "SectionNotFound",
    "delete_section",
    "demote",
    "insert_section",
    "move_section",
    "promote",
    "remap_section_states",
    "rename",
]

T = TypeVar("T")
Position = Literal["before", "after", "into"]
_ATX_OPEN = re.compile(r" {0,3}#{1,6}")
_ATX_CONTENT = re.compile(r"( {0,3}#{1,6})(?:[ \t]+|$)")


class OutlineError(Exception):
    """An outline operation that was not carried out; ``str()`` says why, in plain words."""


class OutlineEditRefused(OutlineError, ValueError):
    """The edit would damage the outline or is not possible (a level past 1-6, a move into
    itself, a title with a line break)."""


class SectionNotFound(OutlineError, LookupError):
    """No section has the anchor given (the text changed since the outline was read)."""


class _Doc:
    """The text as lines, with what is needed to put it back together unchanged."""

    def __init__(self, text: str) -> None:
        self.lines = split_lines(text)
        self.newline = text.endswith("\n") or not text
        self.roots = parse_outline(text)
        self.flat = list(iter_sections(self.roots))

    def section(self, anchor: str) -> Section:
        sec = find_section(self.roots, anchor)
        if sec is None:
            raise SectionNotFound(f"no section with the anchor {anchor!r}")
        return sec

    def trailing_blanks(self) -> int:
        n = 0
        for line in reversed(self.lines):
            if line.strip():
                break
            n += 1
        return n

    def join(self, lines: list[str]) -> str:
        """The new text: keeps the original count of blank lines at the end."""
        keep = self.trailing_blanks()
        while lines and not lines[-1].strip():
            lines.pop()
        lines.extend([""] * keep)
        if not lines:
            return ""
        return "\n".join(lines) + ("\n" if self.newline else "")


def _blank(line: str) -> bool:
    return not line.strip(" \t")


def _subtree(sec: Section) -> list[Section]:
    return list(iter_sections([sec]))


def _atx(level: int, title: str) -> str:
    """An ATX heading line; a title ending in ``#`` gets a closing sequence to keep it."""
    line = "#" * level + (" " + title if title else "")
    if title.endswith("#"):
        line += " " + "#" * level
    return line


def _check_title(title: str) -> str:
    title = title.strip()
    if not title:
        raise OutlineEditRefused("a heading needs a title")
    if "\n" in title or "\r" in title:
        raise OutlineEditRefused("a heading title must be a single line")
    return title


def _relevel(lines: list[str], sections: list[Section], delta: int, base: int = 0) -> None:
    """Shift the headings of ``sections`` by ``delta`` levels in ``lines`` (whose index 0
    is document line ``base``). A setext heading that leaves levels 1-2 becomes ATX."""
    if not delta:
        return
    for sec in sorted(sections, key=lambda s: s.line, reverse=True):
        level = sec.level + delta
        start, body = sec.line - base, sec.body_line - base
        if not sec.setext:
            m = _ATX_OPEN.match(lines[start])
            assert m is not None
            indent = m.group().rstrip("#")
            lines[start] = indent + "#" * level + lines[start][m.end():]
        elif level <= 2:
            under = lines[body - 1]
            char = "=" if level == 1 else "-"
            lines[body - 1] = under.replace("=", char).replace("-", char)
        else:
            lines[start:body] = [_atx(level, sec.title)]


def _check_levels(sections: list[Section], delta: int) -> None:
    for sec in sections:
        if not 1 <= sec.level + delta <= 6:
            raise OutlineEditRefused(
                f"heading {sec.title!r} would go to level {sec.level + delta}; levels are 1 to 6")


def _insert_block(rest: list[str], at: int, block: list[str]) -> list[str]:
    """``block`` put in at ``rest[at]``, with a blank line on each side where needed."""
    while len(block) > 1 and _blank(block[-1]):
        block = block[:-1]
    pre = [""] if at > 0 and not _blank(rest[at - 1]) else []
    post = [""] if at < len(rest) and not _blank(rest[at]) else []
    return rest[:at] + pre + block + post + rest[at:]


def _cut(lines: list[str], start: int, end: int) -> list[str]:
    """``lines`` without ``[start, end)``; where that joins two non-blank lines, a blank
    line keeps them apart (the following heading must not become a lazy continuation of
    a quote or list above it, or a setext heading's text run into a paragraph)."""
    rest = lines[:start] + lines[end:]
    if 0 < start < len(rest) and not _blank(rest[start - 1]) and not _blank(rest[start]):
        rest.insert(start, "")
    return rest


def _verify(new_text: str, expected: list[tuple[int, str]], what: str) -> str:
    got = [(s.level, s.title) for s in iter_sections(parse_outline(new_text))]
    if got != expected:
        raise OutlineEditRefused(f"cannot {what}: it would change other headings of the outline")
    return new_text


def _shape(sections: list[Section]) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in sections]


def move_section(text: str, anchor: str, target_anchor: str, position: Position) -> str:
    """Move a section with its subsections ``before``/``after`` the target section (as
    its sibling, at its level) or ``into`` it (as its last child, one level deeper);
    the moved headings are re-levelled to fit."""
    if position not in ("before", "after", "into"):
        raise OutlineEditRefused(f"position must be 'before', 'after' or 'into', not {position!r}")
    doc = _Doc(text)
    sec, target = doc.section(anchor), doc.section(target_anchor)
    moved = _subtree(sec)
    if any(s is target for s in moved):
        raise OutlineEditRefused(f"cannot move {sec.title!r} {position} itself or its own subsection")
    delta = target.level + (1 if position == "into" else 0) - sec.level
    _check_levels(moved, delta)
    block = doc.lines[sec.line:sec.end_line]
    _relevel(block, moved, delta, base=sec.line)
    at = target.line if position == "before" else target.end_line
    rest = _cut(doc.lines, sec.line, sec.end_line)
    if at >= sec.end_line:  # the cut removed the block (and may have put in a blank line)
        at -= len(doc.lines) - len(rest)
    new_text = doc.join(_insert_block(rest, at, block))
    others = [s for s in doc.flat if not any(s is m for m in moved)]
    point = target.line if position == "before" else target.end_line
    index = sum(1 for s in others if s.line < point)
    expected = _shape(others)
    expected[index:index] = [(s.level + delta, s.title) for s in moved]
    return _verify(new_text, expected, f"move {sec.title!r}")


def _shift(text: str, anchor: str, delta: int, verb: str) -> str:
    doc = _Doc(text)
    sec = doc.section(anchor)
    moved = _subtree(sec)
    _check_levels(moved, delta)
    lines = list(doc.lines)
    _relevel(lines, moved, delta)
    expected = [(s.level + delta if any(s is m for m in moved) else s.level, s.title)
                for s in doc.flat]
    return _verify(doc.join(lines), expected, f"{verb} {sec.title!r}")


def promote(text: str, anchor: str) -> str:
    """Raise a section and its subsections one level (``###`` → ``##``); refuses past 1."""
    return _shift(text, anchor, -1, "promote")


def demote(text: str, anchor: str) -> str:
    """Lower a section and its subsections one level (``##`` → ``###``); refuses past 6.

    A setext (underlined) heading that goes below level 2 is rewritten as ATX.
    """
    return _shift(text, anchor, +1, "demote")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def rename(text: str, anchor: str, new_title: str) -> str:
    """Give a section a new title, keeping the heading's style: an ATX heading keeps its
    ``#``s and any closing sequence; a setext heading gets its underline resized. A title
    that cannot stand as a setext heading (it would read as a list item, say) is written
    as an ATX heading of the same level instead."""
    title = _check_title(new_title)
    doc = _Doc(text)
    sec = doc.section(anchor)
    index = next(i for i, s in enumerate(doc.flat) if s is sec)
    expected = _shape(doc.flat)
    expected[index] = (sec.level, title)
    lines = list(doc.lines)
    if sec.setext:
        first, under = lines[sec.line], lines[sec.body_line - 1]
        indent = first[: len(first) - len(first.lstrip(" "))]
        u_indent = under[: len(under) - len(under.lstrip(" "))]
        char = "=" if sec.level == 1 else "-"
        lines[sec.line:sec.body_line] = [indent + title,
                                         u_indent + char * max(3, _display_width(title))]
        try:
            return _verify(doc.join(lines), expected, "rename")
        except OutlineEditRefused:
            lines = list(doc.lines)
            lines[sec.line:sec.body_line] = [_atx(sec.level, title)]
            return _verify(doc.join(lines), expected, f"rename {sec.title!r}")
    line = lines[sec.line]
    m = _ATX_CONTENT.match(line)
    assert m is not None
    opening = m.group(1)
    stop = len(line.rstrip(" \t"))
    hashes = stop - len(line[:stop].rstrip("#"))
    if stop > len(opening) and hashes and line[stop - hashes - 1] in " \t" \
            and stop - hashes > len(opening):
        stop -= hashes  # a closing sequence: kept, as in the scanner's reading
    tail = line[len(line[:stop].rstrip(" \t")):] if stop > len(opening) else line[stop:]
    if title.endswith("#") and "#" not in tail:
        tail = " " + "#" * sec.level + tail
    lines[sec.line] = opening + " " + title + tail
    return _verify(doc.join(lines), expected, f"rename {sec.title!r}")


def insert_section(text: str, after_anchor: str | None, level: int, title: str, *,
                   before_anchor: str | None = None) -> str:
    """Add an empty ``level`` section: after the section ``after_anchor`` and all its
    subsections, or at the end of the text for None; ``before_anchor`` (instead of
    ``after_anchor``) puts it just before that section, e.g. the first one."""
    title = _check_title(title)
    if not 1 <= level <= 6:
        raise OutlineEditRefused(f"heading level must be 1 to 6, not {level}")
    if after_anchor is not None and before_anchor is not None:
        raise OutlineEditRefused("give after_anchor or before_anchor, not both")
    doc = _Doc(text)
    if before_anchor is not None:
        at = doc.section(before_anchor).line
    elif after_anchor is not None:
        at = doc.section(after_anchor).end_line
    else:
        at = len(doc.lines)
    if at == len(doc.lines):
        at -= doc.trailing_blanks()
    new_text = doc.join(_insert_block(list(doc.lines), at, [_atx(level, title)]))
    expected = _shape(doc.flat)
    index = sum(1 for s in doc.flat if s.line < at)
    expected.insert(index, (level, title))
    return _verify(new_text, expected, f"insert {title!r}")


def delete_section(text: str, anchor: str) -> str:
    """Remove a section with all its subsections."""
    doc = _Doc(text)
    sec = doc.section(anchor)
    gone = _subtree(sec)
    expected = _shape([s for s in doc.flat if not any(s is g for g in gone)])
    new_text = doc.join(_cut(doc.lines, sec.line, sec.end_line))
    return _verify(new_text, expected, f"delete {sec.title!r}")


def _all_sections(outline: Sequence[Section] | str) -> list[Section]:
    return list(iter_sections(parse_outline(outline) if isinstance(outline, str) else outline))


def remap_section_states(old_roots: Sequence[Section] | str, new_roots: Sequence[Section] | str,
                         states: Mapping[str, T],
                         renamed: Mapping[str, str] | None = None) -> dict[str, T]:
    """Carry per-section state (keyed by anchor) from an old outline to a new one.

    The outlines are given as section roots or, for convenience, as the texts to parse.
    In order: ``renamed`` (old anchor → new anchor, from a rename through the outline)
    first; then every anchor that still exists keeps its state; then, for headings
    edited in place, a state whose anchor vanished goes to the section at the same
    index in document order, if the number of sections is unchanged and that section's
    anchor is new. States of sections that are gone are dropped.
    """
    old = _all_sections(old_roots)
    new = _all_sections(new_roots)
    new_anchors = {s.anchor for s in new}
    old_anchors = {s.anchor for s in old}
    result: dict[str, T] = {}
    for before, after in (renamed or {}).items():
        if before in states and after in new_anchors:
            result[after] = states[before]
    carried = {b for b, a in (renamed or {}).items() if a in result}
    for anchor, state in states.items():
        if anchor in new_anchors and anchor not in carried:
            result.setdefault(anchor, state)
    if len(old) == len(new):
        for o, n in zip(old, new, strict=True):
            if (o.anchor in states and o.anchor not in new_anchors and o.anchor not in carried
                    and n.anchor not in old_anchors and n.anchor not in result):
                result[n.anchor] = states[o.anchor]
    return result
