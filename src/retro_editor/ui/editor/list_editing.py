"""List and blockquote editing as pure text logic (no Qt), so it can be tested on strings.

The editor asks these functions what to do when Enter, Tab or Shift+Tab is pressed on a
line, and applies the returned :class:`LineEdit` objects inside one undo step.

Columns and offsets are indices into the Python string of one line. They equal Qt's UTF-16
positions as long as no edit happens after a character outside the Basic Multilingual
Plane; the edits returned here only touch the line prefix (quote markers, indentation, list
marker), which is ASCII, or the cursor column the editor passed in, so they stay valid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

#: how many lines Tab/Shift+Tab look back for a sibling or parent item
LOOKBACK = 400
#: widest content offset after a marker CommonMark honours; wider means one space
_MAX_MARKER_GAP = 4

_PREFIX_RE = re.compile(
    r"(?P<quote>(?:[ ]{0,3}>[ ]?)*)"
    r"(?P<indent>[ \t]*)"
    r"(?:(?P<marker>[-*+]|(?P<number>\d{1,9})(?P<delim>[.)]))"
    r"(?P<space>[ \t]+|$)"
    r"(?P<task>\[[ xX]\](?:[ \t]+|$))?)?"
)


@dataclass(frozen=True)
class LineEdit:
    """Replace ``line[start:end]`` with ``text``; offsets are columns in the line."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class LinePrefix:
    """The structural prefix of a line: quote markers, indentation and a list marker."""

    quote: str
    indent: str
    marker: str
    number: str
    delim: str
    space: str
    task: str

    @property
    def text(self) -> str:
        return self.quote + self.indent + self.marker + self.space + self.task

    @property
    def is_list(self) -> bool:
        return bool(self.marker)

    @property
    def is_ordered(self) -> bool:
        return bool(self.number)

    @property
    def indent_width(self) -> int:
        return len(self.indent.expandtabs(4))

    @property
    def quote_depth(self) -> int:
        return self.quote.count(">")

    @property
    def marker_width(self) -> int:
        """Columns from the marker to the item's content (CommonMark's W + N)."""
        gap = len(self.space.expandtabs(4))
        if gap == 0 or gap > _MAX_MARKER_GAP:
            gap = 1
        return len(self.marker) + gap

    @property
    def content_column(self) -> int:
        return self.indent_width + self.marker_width


def is_thematic_break(line: str) -> bool:
    """``---``, ``* * *``, ``___`` and the like (not list items)."""
    stripped = line.strip()
    if len(stripped) < 3 or len(line) - len(line.lstrip(" ")) > 3:
        return False
    compact = stripped.replace(" ", "").replace("\t", "")
    return len(compact) >= 3 and compact[0] in "-*_" and compact == compact[0] * len(compact)


def parse_prefix(line: str) -> LinePrefix | None:
    """The quote/list prefix of ``line``, or None when it has neither."""
    match = _PREFIX_RE.match(line)
    if match is None:
        return None
    quote = match.group("quote")
    marker = match.group("marker") or ""
    if marker and is_thematic_break(line[len(quote):]):
        marker = ""
    if not marker:
        if not quote:
            return None
        indent = match.group("indent")
        return LinePrefix(quote, indent, "", "", "", "", "")
    return LinePrefix(
        quote=quote,
        indent=match.group("indent"),
        marker=marker,
        number=match.group("number") or "",
        delim=match.group("delim") or "",
        space=match.group("space"),
        task=match.group("task") or "",
    )


def _next_marker(prefix: LinePrefix) -> str:
    if not prefix.is_ordered:
        return prefix.marker
    number = str(int(prefix.number) + 1).zfill(len(prefix.number))
    return number + prefix.delim


def on_enter(line: str, column: int) -> LineEdit | None:
    """What Enter at ``column`` of ``line`` does, or None for a plain new line.

    Continues list items (incrementing ordered numbers, new task items unchecked) and
    blockquotes; on an empty item or empty quote line it ends the list or the quote,
    leaving a blank line so that what is typed next starts a new block.
    """
    prefix = parse_prefix(line)
    if prefix is None:
        return _keep_indent(line, column)
    head = prefix.text
    if column < len(head):
        return None
    if not line[len(head):].strip():
        return _end_item(line, prefix)
    space = prefix.space if prefix.space else " "
    task = "[ ] " if prefix.task else ""
    if prefix.is_list:
        continued = prefix.quote + prefix.indent + _next_marker(prefix) + space + task
    else:
        continued = prefix.quote + prefix.indent
    return LineEdit(column, column, "\n" + continued)


def _keep_indent(line: str, column: int) -> LineEdit | None:
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    if not indent or not line.strip() or column < len(indent):
        return None
    return LineEdit(column, column, "\n" + indent)


def _end_item(line: str, prefix: LinePrefix) -> LineEdit:
    """The empty item (or quote line) becomes a blank line, and the cursor goes to a new
    line after it: without the blank line the next paragraph would be a lazy continuation
    and render inside the last item (or quote)."""
    if prefix.is_list:
        remaining = "> " * prefix.quote_depth
    else:
        remaining = "> " * max(0, prefix.quote_depth - 1)
    return LineEdit(0, len(line), remaining.rstrip() + "\n" + remaining)


def _items_before(lines: Sequence[str], index: int, depth: int) -> Iterator[LinePrefix]:
    """List items above ``index`` with the same quote depth, nearest first."""
    stop = max(-1, index - 1 - LOOKBACK)
    for number in range(index - 1, stop, -1):
        text = lines[number]
        prefix = parse_prefix(text)
        if prefix is None or not prefix.is_list:
            body = text[len(prefix.text):] if prefix is not None else text
            if body.strip() and not body[:1].isspace() and prefix is None:
                return
            continue
        if prefix.quote_depth != depth:
            return
        yield prefix


def _number_at_level(lines: Sequence[str], index: int, prefix: LinePrefix,
                     width: int) -> str | None:
    """The number an ordered item gets at indentation ``width``; None: keep it."""
    if not prefix.is_ordered:
        return None
    for item in _items_before(lines, index, prefix.quote_depth):
        if item.indent_width < width:
            break
        if item.indent_width == width:
            if item.is_ordered and item.delim == prefix.delim:
                return str(int(item.number) + 1)
            break
    return "1"


def _reindent(line: str, prefix: LinePrefix, width: int,
              number: str | None) -> list[LineEdit]:
    start = len(prefix.quote)
    edits = []
    if number is not None and number != prefix.number:
        number_start = start + len(prefix.indent)
        edits.append(LineEdit(number_start, number_start + len(prefix.number), number))
    edits.append(LineEdit(start, start + len(prefix.indent), " " * width))
    return edits


def indent_item(lines: Sequence[str], index: int) -> list[LineEdit] | None:
    """Tab on a list item: nest it under the previous sibling. None: not a list item.

    The new indentation is the previous sibling's content column (so the item really
    becomes its child), or the item's own marker width when there is no sibling. Ordered
    items are renumbered for their new level. Edits are ordered right to left.
    """
    line = lines[index]
    prefix = parse_prefix(line)
    if prefix is None or not prefix.is_list:
        return None
    width = prefix.indent_width
    target = width + prefix.marker_width
    for item in _items_before(lines, index, prefix.quote_depth):
        if item.indent_width < width:
            break
        if item.indent_width == width:
            target = item.content_column
            break
    number = _number_at_level(lines, index, prefix, target)
    return _reindent(line, prefix, target, number)


def outdent_item(lines: Sequence[str], index: int) -> list[LineEdit] | None:
    """Shift+Tab on a list item: move it to its parent's level. None: not a list item."""
    line = lines[index]
    prefix = parse_prefix(line)
    if prefix is None or not prefix.is_list:
        return None
    width = prefix.indent_width
    if width == 0:
        return []
    target = max(0, width - prefix.marker_width)
    for item in _items_before(lines, index, prefix.quote_depth):
        if item.indent_width < width:
            target = item.indent_width
            break
    number = _number_at_level(lines, index, prefix, target)
    return _reindent(line, prefix, target, number)


def indent_plain(line: str, width: int = 4) -> list[LineEdit]:
    """Indent a line that is not a list item by ``width`` spaces."""
    return [LineEdit(0, 0, " " * width)]


def outdent_plain(line: str, width: int = 4) -> list[LineEdit]:
    """Remove up to ``width`` leading spaces (a leading tab counts as a full step)."""
    if line.startswith("\t"):
        return [LineEdit(0, 1, "")]
    count = len(line) - len(line.lstrip(" "))
    count = min(count, width)
    return [LineEdit(0, count, "")] if count else []


def apply_edits(line: str, edits: Sequence[LineEdit]) -> str:
    """Applies edits ordered right to left (as returned here) to ``line``."""
    for edit in edits:
        line = line[: edit.start] + edit.text + line[edit.end:]
    return line
