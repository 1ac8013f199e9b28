"""Inline Markdown markup found in linear time (pure Python, no Qt).

Emphasis, strong and strikethrough use a simplified CommonMark delimiter-run algorithm;
code spans pair backtick runs of equal length. Both avoid backtracking regexes, so a long
line full of unmatched markers costs time proportional to its length.
"""

from __future__ import annotations

import re
from typing import Any

#: how far down the opener stack a closing delimiter looks (keeps pairing linear)
OPENER_SEARCH = 64

_BACKTICKS_RE = re.compile(r"`+")
_DELIMITER_RE = re.compile(r"\*+|_+|~+")


def code_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """Backtick runs paired with the next run of equal length, in linear time."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS_RE.finditer(text, offset)]
    if not runs:
        return []
    following: list[int | None] = [None] * len(runs)
    last_seen: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        following[index] = last_seen.get(length)
        last_seen[length] = index
    spans, index = [], 0
    while index < len(runs):
        partner = following[index]
        if partner is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[partner][1]))
        index = partner + 1
    return spans


def _is_punctuation(char: str) -> bool:
    return not char.isalnum() and not char.isspace()


def delimiter_spans(text: str, offset: int) -> list[tuple[int, int, str, int]]:
    """Emphasis, strong and strikethrough as ``(start, end, kind, marker size)``.

    A simplified CommonMark delimiter-run algorithm: flanking rules decide which runs of
    ``*``, ``_`` and ``~`` open or close, and a closer pairs with the nearest compatible
    opener on a stack searched at most ``OPENER_SEARCH`` deep, so the work is linear.
    """
    stack: list[list[Any]] = []  # [start, remaining count, char] of open runs
    spans: list[tuple[int, int, str, int]] = []
    for match in _DELIMITER_RE.finditer(text, offset):
        start, end = match.span()
        char = text[start]
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        left = not after.isspace() and (not _is_punctuation(after) or before.isspace()
                                         or _is_punctuation(before))
        right = not before.isspace() and (not _is_punctuation(before) or after.isspace()
                                          or _is_punctuation(after))
        if char == "_":
            opens = left and (not right or _is_punctuation(before))
            closes = right and (not left or _is_punctuation(after))
        else:
            opens, closes = left, right
        count = end - start
        if closes:
            index = len(stack) - 1
            while count and index >= 0 and len(stack) - index <= OPENER_SEARCH:
                opener = stack[index]
                if opener[2] != char or (char == "~" and (opener[1] < 2 or count < 2)):
                    index -= 1
                    continue
                size = 2 if opener[1] >= 2 and count >= 2 else 1
                kind = "strike" if char == "~" else ("strong" if size == 2 else "emphasis")
                spans.append((opener[0] + opener[1] - size, start + size, kind, size))
                opener[1] -= size
                count -= size
                start += size
                del stack[index + (1 if opener[1] else 0):]
                index = len(stack) - 1
        if opens and count:
            stack.append([start, count, char])
    return spans


def open_comment_start(text: str) -> int:
    """Where an HTML comment that continues on the next lines starts, or -1."""
    start = text.rfind("<!--")
    if start < 0 or text.find("-->", start + 4) >= 0:
        return -1
    return start


def closed_comments(text: str, offset: int) -> list[tuple[int, int]]:
    """Closed ``<!-- ... -->`` comments within one line."""
    found = []
    start = text.find("<!--", offset)
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        found.append((start, end + 3))
        start = text.find("<!--", end + 3)
    return found
