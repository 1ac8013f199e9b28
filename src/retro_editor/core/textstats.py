"""Word count and reading time of an article, counting what a reader reads.

What counts as a word: a run of non-space characters holding at least one letter or
digit ("don't", "well-known", "2001", "**bold**" and a bare URL are one word each;
a lone "—", "*" or "#" is none). Each Chinese/Japanese character counts as a word,
since those scripts do not separate words with spaces.

What is not counted, because it is not prose the reader reads:
- fenced and indented code blocks, front matter, HTML comments, ``<script>``/``<style>``
  blocks and link reference definitions (the outline's block scan finds these);
- Markdown markup: heading ``#``s, list bullets and numbers, quote markers, emphasis
  characters, thematic breaks, table pipes;
- link and image targets (``[text](https://…)`` counts only "text"; image alt text
  counts, it is the writer's words), ``[text][ref]`` labels, footnote markers,
  autolinks (``<https://…>``), HTML tags and entities.
Inline code (`` `print` ``) is counted: it is part of a sentence.

Counting is line-local (no pattern spans a newline), so the count of a text is the sum
of the counts of its lines: section word counts add up to the article's.
"""

from __future__ import annotations

import re

from .outline_scan import scan_outline

__all__ = ["count_prose_words", "count_words", "reading_minutes"]

_COMMENT = re.compile(r"<!--.*?-->")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:[ \t/][^<>\n]*)?>")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>|<[^<>\s@]+@[^<>\s]+>")
_LINK_TARGET = re.compile(r"\]\([^()\n]*\)")  # nested parentheses stay: no spaces there
_REF_LABEL = re.compile(r"\]\[[^\[\]\n]*\]")
_FOOTNOTE = re.compile(r"\[\^[^\[\]\s]+\]:?")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LIST_NUMBER = re.compile(r"\n[ \t>]*[0-9]{1,9}[.)](?=[ \t\n]|$)")


def _byte_classes() -> tuple[bytes, bytes]:
    """A bytes.translate table and the bytes it deletes, for counting words in UTF-8.

    ASCII whitespace becomes a space; ASCII punctuation is deleted (so a token made only
    of it disappears); letters, digits and every byte of a non-ASCII character become
    ``a`` -- except the lead byte of a character in U+3000..U+9FFF (CJK), which becomes a
    space so that each such character is a word of its own.
    """
    table = bytearray(b"a" * 256)
    for b in b" \t\n\r\x0b\x0c" + bytes(range(0xE3, 0xEA)):
        table[b] = 0x20
    punct = bytes(b for b in range(128) if not chr(b).isalnum() and b not in b" \t\n\r\x0b\x0c")
    return bytes(table), punct


_TABLE, _PUNCT = _byte_classes()
# Stand-alone non-ASCII punctuation that is common in prose, and CJK punctuation.
_UNICODE_PUNCT = tuple(ch.encode() for ch in "\u2014\u2013\u2012\u2015\u2026\u2022\u00b7"
                       "\u2192\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019")


def count_prose_words(prose: str) -> int:
    """Words in Markdown text that holds no code blocks (see the module docstring).

    Works on the UTF-8 bytes with ``bytes.translate`` and ``bytes.count``: a regular
    expression over every word is several times slower on a 100,000-word article, and
    the outline counts words on every (debounced) keystroke.
    """
    if "<" in prose:
        prose = _COMMENT.sub("", prose)
        prose = _AUTOLINK.sub("", prose)
        prose = _TAG.sub("", prose)
    if "](" in prose:
        prose = _LINK_TARGET.sub("]", prose)
    if "][" in prose:
        prose = _REF_LABEL.sub("]", prose)
    if "[^" in prose:
        prose = _FOOTNOTE.sub("", prose)
    if "&" in prose:
        prose = _ENTITY.sub("", prose)
    data = b"\n" + prose.encode("utf-8", "surrogatepass")
    numbers = len(_LIST_NUMBER.findall(prose)) + (1 if _LIST_NUMBER.match("\n" + prose[:12]) else 0)
    if b"\xe2" in data or b"\xc2" in data:
        for mark in _UNICODE_PUNCT:
            if mark in data:
                data = data.replace(mark, b" ")
    cjk_punct = data.count(b"\xe3\x80") if b"\xe3" in data else 0
    return data.translate(_TABLE, _PUNCT).count(b" a") - numbers - cjk_punct


def count_words(text: str) -> int:
    """Words of prose in a whole Markdown article (code blocks are not counted)."""
    scan = scan_outline(text)
    prose = scan.lines
    if scan.skipped:
        prose = list(prose)
        for start, stop in scan.skipped:
            prose[start:stop] = [""] * (stop - start)
    return count_prose_words("\n".join(prose))


def reading_minutes(words: int, wpm: int = 230) -> int:
    """Reading time in whole minutes, rounded to the nearest; at least 1 if there are words."""
    if words <= 0:
        return 0
    if wpm <= 0:
        raise ValueError("words per minute must be positive")
    return max(1, (words + wpm // 2) // wpm)
