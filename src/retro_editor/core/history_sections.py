"""The article cut into sections for comparing and restoring, by the real outline.

A *part* is one heading's own text: from its heading line to the next heading of any level
(the text before the first heading is the part with anchor ``""``). A *section* for restoring
is a heading with everything under it, its subsections included, as the outline shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from retro_editor.core.outline import find_section, iter_sections, parse_outline, split_lines

#: the anchor of the text before the first heading
OPENING = ""


@dataclass(frozen=True)
class Part:
    anchor: str
    title: str
    text: str


def line_offsets(text: str) -> list[int]:
    """The offset in ``text`` where each line starts, and the text's length at the end."""
    offsets = [0]
    for line in split_lines(text):
        offsets.append(offsets[-1] + len(line) + 1)
    offsets[-1] = min(offsets[-1], len(text))
    return offsets


def article_parts(text: str) -> list[Part]:
    """The text cut at every heading, in order; joined again they give ``text`` exactly."""
    flat = list(iter_sections(parse_outline(text)))
    offsets = line_offsets(text)
    starts = [sec.line for sec in flat]
    parts = []
    if not starts or starts[0] > 0:
        parts.append(Part(OPENING, "", text[:offsets[starts[0]] if starts else len(text)]))
    for i, sec in enumerate(flat):
        end = offsets[starts[i + 1]] if i + 1 < len(starts) else len(text)
        parts.append(Part(sec.anchor, sec.title, text[offsets[sec.line]:end]))
    return parts


def section_span(text: str, anchor: str) -> tuple[int, int] | None:
    """The character span of a section with its subsections (the opening for ``""``), or
    None when the text has no such section."""
    roots = parse_outline(text)
    offsets = line_offsets(text)
    if anchor == OPENING:
        first = roots[0].line if roots else len(offsets) - 1
        return (0, offsets[first]) if first > 0 or not roots else None
    sec = find_section(roots, anchor)
    if sec is None:
        return None
    return offsets[sec.line], offsets[min(sec.end_line, len(offsets) - 1)]
