"""Which parts of Markdown text are prose, and the words in them (for the spell check).

The editor checks one line (block) at a time, so the rules work per line with at most the
previous line as context: :func:`line_prose_spans` for a line of ordinary Markdown,
:func:`is_indented_code` for the one rule that needs the previous line. :func:`prose_spans`
applies them to a whole text, following front matter, fenced code and HTML comments across
lines the way the editor's highlighter does.

Skipped: code spans, fenced and indented code, URLs (bare, autolinks, link and image
targets, reference definitions), e-mail addresses, HTML tags and comments, front matter,
footnote labels and attribute blocks (``{#custom-id}``).
Link text and image descriptions are prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = [
    "Span", "is_indented_code", "line_prose_spans", "prose_spans", "prose_words",
    "word_parts", "words",
]

#: a (start, end) range of string indices, end exclusive
Span = tuple[int, int]

_LETTER = r"(?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])"
_WORD_RE = re.compile(rf"{_LETTER}+(?:['\u2019\-]{_LETTER}+)*")
_HAS_DIGIT_RE = re.compile(r"\d")

_FENCE_RE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})(.*)")
_REFDEF_RE = re.compile(r" {0,3}\[(?!\^)[^\]\n]{1,999}\]:[ \t]*\S")  # not a footnote
_BACKTICKS_RE = re.compile(r"`+")
_SKIPPED_RE = re.compile(
    r"<!--.*?(?:-->|$)"                                       # HTML comment (to line end)
    r"|<(?:https?|ftp|mailto):[^\s<>]*>"                      # autolink
    r"|<[^\s@<>]+@[^\s@<>]+>"                                 # e-mail autolink
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"              # HTML tag
    r"|\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"  # ](target)
    r"|\]\[[^\[\]]*\]"                                        # ][reference label]
    r"|\[\^[^\[\]\s]*\]:?"                                     # footnote label
    r"|\{[#.][^{}]*\}"                                          # heading attributes {#id}
    r"|\b(?:https?|ftp)://[^\s<>()\[\]]+"                     # bare URL
    r"|\bwww\.[^\s<>()\[\]]+"                                 # www. link
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",                         # e-mail address
    re.DOTALL,
)


def _code_spans(line: str) -> list[Span]:
    """Inline code: a backtick run up to the next run of the same length (CommonMark)."""
    spans: list[Span] = []
    runs = list(_BACKTICKS_RE.finditer(line))
    i = 0
    while i < len(runs):
        opener = runs[i]
        closer = next((j for j in range(i + 1, len(runs))
                       if len(runs[j].group()) == len(opener.group())), None)
        if closer is None:
            i += 1
            continue
        spans.append((opener.start(), runs[closer].end()))
        i = closer + 1
    return spans


def _complement(length: int, skipped: list[Span]) -> list[Span]:
    spans: list[Span] = []
    position = 0
    for start, end in sorted(skipped):
        if start > position:
            spans.append((position, start))
        position = max(position, end)
    if position < length:
        spans.append((position, length))
    return spans


def line_prose_spans(line: str) -> list[Span]:
    """The prose ranges of one line of ordinary Markdown (not inside code or front matter)."""
    if _REFDEF_RE.match(line):
        return []
    skipped = _code_spans(line)
    for match in _SKIPPED_RE.finditer(line):
        start, end = match.span()
        if match.group().startswith("]"):
            start += 1  # the bracket closes the link text, which stays prose
        if not any(s <= start < e for s, e in skipped):
            skipped.append((start, end))
    return _complement(len(line), skipped)


def _indent(line: str) -> int:
    columns = 0
    for char in line:
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - columns % 4
        else:
            return columns
    return -1  # blank


def is_indented_code(line: str, previous: str | None) -> bool:
    """Whether ``line`` is indented code: four columns in, after a blank or indented line.

    One line of context only, so an indented paragraph continuation after an indented line
    counts as code: the check then misses words rather than marking code.
    """
    if _indent(line) < 4:
        return False
    return previous is None or _indent(previous) < 0 or _indent(previous) >= 4


def prose_spans(text: str) -> Iterator[Span]:
    """The prose ranges of a whole Markdown text, as indices into ``text``."""
    offset = 0
    fence: str | None = None
    front: tuple[str, ...] | None = None
    in_comment = False
    previous: str | None = None
    for number, line in enumerate(text.splitlines(keepends=True)):
        body = line.rstrip("\r\n")
        start, previous_line = offset, previous
        offset += len(line)
        previous = body
        if number == 0 and body.rstrip() in ("---", "+++"):
            front = ("---", "...") if body.startswith("-") else ("+++",)
            continue
        if front is not None:
            if body.rstrip() in front:
                front = None
            continue
        if fence is not None:
            stripped = body.strip()
            if stripped.startswith(fence) and stripped == stripped[0] * len(stripped):
                fence = None
            continue
        if in_comment:
            close = body.find("-->")
            if close < 0:
                continue
            in_comment = False
            skip = close + 3
            yield from ((start + skip + s, start + skip + e)
                        for s, e in line_prose_spans(body[skip:]))
            continue
        opened = _FENCE_RE.match(body)
        if opened and not (opened.group(1)[0] == "`" and "`" in opened.group(2)):
            fence = opened.group(1)
            continue
        if is_indented_code(body, previous_line):
            continue
        comment = body.rfind("<!--")
        if comment >= 0 and body.find("-->", comment + 4) < 0:
            in_comment = True
        yield from ((start + s, start + e) for s, e in line_prose_spans(body))


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """The words of ``text[start:end]``: letters (any script, with combining marks) joined by
    apostrophes or hyphens; tokens with digits (``MP3``, ``2nd``) are not words."""
    for match in _WORD_RE.finditer(text, start, len(text) if end is None else end):
        if not _HAS_DIGIT_RE.search(match.group()):
            yield match.span()


def word_parts(word: str) -> list[Span]:
    """The hyphen-separated parts of a word (itself if it has no hyphen)."""
    return [m.span() for m in re.finditer(r"[^-]+", word)]


def prose_words(text: str) -> Iterator[Span]:
    """Every word in the prose of a whole Markdown text."""
    for start, end in prose_spans(text):
        yield from words(text, start, end)
