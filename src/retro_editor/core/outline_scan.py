"""A fast block scan of Markdown: which headings are top-level, which lines are code.

The GUI re-derives the outline while the writer types, so this must stay fast on a
100,000-word article. A full markdown-it parse is far too slow for that (~0.5 s), so
``_BlockScanner`` reproduces only markdown-it's *block structure* rules (the same rules,
in the same order, with the same quirks) without building tokens or parsing inline text.
What it must get right is which headings are *top-level* (markdown-it
``token.level == 0``: not inside a list, a block quote, a footnote or a definition), since
those are the ones the HTML renderer gives ids to, and which lines are code, front matter
or raw HTML (not prose, for the word count).

The block rules are those of the renderer (``render/markdown.py``): markdown-it's
"gfm-like" preset (CommonMark plus GFM tables) with mdit_py_plugins' front matter,
footnotes and definition lists; the tests compare the two on generated documents.
Deliberate differences: TOML front matter (``+++`` … ``+++`` at line 0) is skipped like
YAML front matter; a link reference definition is recognised when its destination and
title each start at most one line further down (markdown-it follows them further).

The text is expected with ``"\\n"`` newlines (CRLF is read as LF); tabs in indentation
are expanded to 4-column stops, as CommonMark does. Line numbers are 0-based and count
lines the way markdown-it does (a final newline does not start a new line).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown_it.common.html_blocks import block_names
from markdown_it.common.html_re import HTML_OPEN_CLOSE_TAG_STR

from .outline_scan_ext import TABLE_DELIMITER, TRIM_CHARS, ExtensionRules

__all__ = ["OutlineScan", "TRIM_CHARS", "scan_outline", "split_lines"]

# A block rule: (line, end, silent) -> whether it matched (and, unless silent, consumed it).
_Rule = Callable[[int, int, bool], bool]
# A line's (text, first, ind) as a blockquote saves it before stripping its marker.
_SavedLine = tuple[str, int, int]

_MAX_NESTING = 20  # markdown-it's commonmark preset: deeper containers are not parsed
# First characters that may start a block which interrupts a paragraph.
_TERMINATOR_START = frozenset("`~>*-_+0123456789<#[:")

# (start, end, can interrupt a paragraph, counts as prose) — markdown-it's HTML_SEQUENCES.
_HTML_BLOCKS = (
    (re.compile(r"^<(?a:(script|pre|style|textarea))(?=(\s|>|$))", re.I),
     re.compile(r"</(?a:(script|pre|style|textarea))>", re.I), True, False),
    (re.compile(r"^<!--"), re.compile(r"-->"), True, False),
    (re.compile(r"^<\?"), re.compile(r"\?>"), True, False),
    (re.compile(r"^<![A-Za-z]"), re.compile(r">"), True, False),
    (re.compile(r"^<!\[CDATA\["), re.compile(r"\]\]>"), True, False),
    (re.compile(r"^</?(?a:(" + "|".join(block_names) + r"))(?=(\s|/?>|$))", re.I),
     None, True, True),
    (re.compile(HTML_OPEN_CLOSE_TAG_STR + r"\s*$"), None, False, True),
)
# A link reference definition: [label]: destination "optional title", where the
# destination and the title may each start on the next line.
_REF_HEAD = r"\[(?:[^\[\]\\\n]|\\.){0,999}\]:[ \t]*\n?[ \t]*"
_REF_PAREN = r"\((?:[^\s()\\]|\\.)*\)"  # one level of balanced parentheses
_REF_DEST = (r"(?:<(?:[^<>\\\n]|\\.)*>"
             r"|(?:[^\s()<\\]|\\.|" + _REF_PAREN + r")(?:[^\s()\\]|\\.|" + _REF_PAREN + r")*)")
_REF_TITLE = r"(?:\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|\((?:[^()\\\n]|\\.)*\))"
_REFERENCE_TITLED = re.compile(_REF_HEAD + _REF_DEST + r"(?:[ \t]+|[ \t]*\n[ \t]*)" + _REF_TITLE
                               + r"[ \t]*(?=\n|$)")
_REFERENCE = re.compile(_REF_HEAD + _REF_DEST + r"[ \t]*(?=\n|$)")


def split_lines(text: str) -> list[str]:
    """The document's lines as markdown-it numbers them (a final newline adds no line)."""
    if not text:
        return []
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return lines


@dataclass
class OutlineScan:
    """What the block scan found: top-level headings and the lines that are not prose."""

    lines: list[str]
    headings: list[tuple[int, int, int, str]]  # (line, body_line, level, raw content)
    skipped: list[tuple[int, int]]  # [start, end) ranges of code, front matter, raw HTML


class _BlockScanner(ExtensionRules):
    """markdown-it's block rules, reduced to what decides the block structure.

    The attribute names and the mutate-then-restore handling of container lines follow
    ``markdown_it.rules_block`` closely, so that the two can be compared rule by rule:
    ``text``/``first``/``ind`` are a line's content, the index of its first non-space
    character (tShift) and its indentation (sCount, -1 for a lazy line in a quote).
    """

    def __init__(self, lines: list[str], has_tabs: bool = True) -> None:
        text = [ln.expandtabs(4) if "\t" in ln else ln for ln in lines] if has_tabs else lines
        first = [len(ln) - len(ln.lstrip(" ")) if ln[:1] == " " else 0 for ln in text]
        self.text = text + [""]  # markdown-it's fake last line
        self.first = first + [0]
        self.ind = first + [0]
        self.line_max = len(lines)
        self.blk = 0
        self.list_indent = -1
        self.dd_indent = -1
        self.parent = "root"
        self.level = 0
        self.line = 0
        self.headings: list[tuple[int, int, int, str]] = []
        self.skipped: list[tuple[int, int]] = []
        self._rules = (self._table, self._code, self._fence, self._blockquote, self._hr,
                       self._list, self._footnote_def, self._reference, self._html_block,
                       self._heading, self._text_block)
        # The rules that can match a line starting with a given character, in rule order
        # (every other rule needs another first character, so would say no anyway).
        self._rules_by_char: dict[str, tuple[_Rule, ...]] = {}
        for chars, rules in (("`~", (self._fence,)), (">", (self._blockquote,)),
                             ("*-", (self._hr, self._list)), ("_", (self._hr,)),
                             ("+0123456789", (self._list,)), ("<", (self._html_block,)),
                             ("[", (self._footnote_def, self._reference)),
                             ("#", (self._heading,))):
            for ch in chars:
                self._rules_by_char[ch] = (*rules, self._text_block)

    # -- helpers ------------------------------------------------------------------
    def _empty(self, n: int) -> bool:
        return self.first[n] >= len(self.text[n])

    def _is_code(self, n: int) -> bool:
        return self.ind[n] - self.blk >= 4

    def _terminates(self, n: int, kind: str, end: int) -> bool:
        """Would line ``n`` end a paragraph / reference / quote / list item (the silent
        checks of the rules whose "alt" names that kind)?"""
        t = self.text[n]
        f = self.first[n]
        if f >= len(t) or self.ind[n] - self.blk >= 4:
            return False
        paragraph = kind == "paragraph"
        if paragraph and self._table_ahead(n) and self._table(n, end, True):
            return True
        if t[f] not in _TERMINATOR_START:
            return False
        if self._fence(n, end, True) or self._blockquote(n, end, True) or self._hr(n, end, True):
            return True
        if kind == "list":
            return False
        return (self._list(n, end, True) or self._html_block(n, end, True)
                or self._heading(n, end, True) or self._deflist(n, end, True)
                or (paragraph and self._footnote_def(n, end, True)))

    def _table_ahead(self, n: int) -> bool:
        """Cheap test: could line ``n + 1`` be a table's delimiter row?"""
        t = self.text[n + 1]
        f = self.first[n + 1]
        return f < len(t) and t[f] in TABLE_DELIMITER

    # -- the block loop -----------------------------------------------------------
    def run(self) -> OutlineScan:
        start = self._front_matter()
        self.tokenize(start, self.line_max)
        return OutlineScan(self.text[: self.line_max], self.headings, self.skipped)

    def tokenize(self, line: int, end: int) -> None:
        text, first, ind = self.text, self.first, self.ind
        while line < end:
            line_max = self.line_max
            while line < line_max and first[line] >= len(text[line]):
                line += 1
            self.line = line
            if line >= end or ind[line] < self.blk:
                break
            if self.level >= _MAX_NESTING:
                self.line = end
                break
            rules = self._rules_by_char.get(text[line][first[line]])
            if ind[line] - self.blk >= 4 or self._table_ahead(line):
                rules = self._rules
            if rules is not None:
                for rule in rules:
                    if rule(line, end, False):
                        break
            elif (line + 1 < end and first[line + 1] >= len(text[line + 1])
                  and text[line + 2][first[line + 2]:first[line + 2] + 1] not in (":", "~")):
                self.line = line + 1  # a one-line paragraph (the common case), then a blank
            else:  # a paragraph, a setext heading or a definition list
                self._text_block(line, end)
            line = self.line
            if line < end and first[line] >= len(text[line]):
                line += 1
                self.line = line

    def _front_matter(self) -> int:
        """YAML (``---``, as mdit_py_plugins' front_matter) or TOML (``+++``) at line 0."""
        if not self.line_max:
            return 0
        head = self.text[0]
        marker = head[:1]
        if marker not in ("-", "+"):
            return 0
        count = len(head) - len(head.lstrip(marker))
        if count < 3 or (marker == "+" and head.strip(" ") != marker * count):
            return 0
        for n in range(1, self.line_max):
            t, f = self.text[n], self.first[n]
            if marker == "-" and f == 0 and t.startswith("...") and not t[3:].strip(" "):
                break
            if t[f:f + 1] != marker or self.ind[n] >= 4:
                continue
            run = len(t) - f - len(t[f:].lstrip(marker))
            if run >= count and not t[f + run:].strip(" "):
                break
        else:
            return 0
        self.skipped.append((0, n + 1))
        return n + 1

    # -- leaf blocks --------------------------------------------------------------
    def _code(self, line: int, end: int, silent: bool) -> bool:
        if not self._is_code(line):
            return False
        last = nxt = line + 1
        while nxt < end:
            if self._empty(nxt):
                nxt += 1
            elif self._is_code(nxt):
                nxt += 1
                last = nxt
            else:
                break
        self.line = last
        self.skipped.append((line, last))
        return True

    def _fence(self, line: int, end: int, silent: bool) -> bool:
        t, pos = self.text[line], self.first[line]
        if self._is_code(line) or pos + 3 > len(t):
            return False
        marker = t[pos]
        if marker not in "~`":
            return False
        length = len(t) - pos - len(t[pos:].lstrip(marker))
        if length < 3 or (marker == "`" and "`" in t[pos + length:]):
            return False
        if silent:
            return True
        nxt = line
        closed = False
        while True:
            nxt += 1
            if nxt >= end:
                break
            t, pos = self.text[nxt], self.first[nxt]
            if pos < len(t) and self.ind[nxt] < self.blk:
                break
            if t[pos:pos + 1] != marker or self._is_code(nxt):
                continue
            run = len(t) - pos - len(t[pos:].lstrip(marker))
            if run >= length and not t[pos + run:].strip(" "):
                closed = True
                break
        self.line = nxt + (1 if closed else 0)
        self.skipped.append((line, self.line))
        return True

    def _hr(self, line: int, end: int, silent: bool) -> bool:
        t, pos = self.text[line], self.first[line]
        if self._is_code(line) or pos >= len(t) or t[pos] not in "*-_":
            return False
        marker = t[pos]
        rest = t[pos:]
        if rest.strip(marker + " ") or rest.count(marker) < 3:
            return False
        if not silent:
            self.line = line + 1
        return True

    def _reference(self, line: int, end: int, silent: bool) -> bool:
        t, pos = self.text[line], self.first[line]
        if self._is_code(line) or not t.startswith("[", pos):
            return False
        joined = t[pos:]
        nxt = line + 1
        old_parent, self.parent = self.parent, "reference"
        while nxt < min(line + 3, self.line_max) and not self._empty(nxt):
            if (self.ind[nxt] >= 0 and not self._is_code(nxt)
                    and self._terminates(nxt, "paragraph", self.line_max)):
                break
            joined += "\n" + self.text[nxt][self.first[nxt]:]
            nxt += 1
        self.parent = old_parent
        m = _REFERENCE_TITLED.match(joined) or _REFERENCE.match(joined)
        if not m or not joined[1:joined.index("]:")].strip(TRIM_CHARS):
            return False
        self.line = line + 1 + joined.count("\n", 0, m.end())
        self.skipped.append((line, self.line))
        return True

    def _html_block(self, line: int, end: int, silent: bool) -> bool:
        t, pos = self.text[line], self.first[line]
        if self._is_code(line) or not t.startswith("<", pos):
            return False
        text = t[pos:]
        for start_re, end_re, interrupts, prose in _HTML_BLOCKS:  # noqa: B007 - used after break
            if start_re.search(text):
                break
        else:
            return False
        if silent:
            return interrupts
        nxt = line + 1
        if end_re is None or not end_re.search(text):
            while nxt < end:
                blank = self._empty(nxt)
                if self.ind[nxt] < self.blk and (end_re is None or not blank):
                    break
                if (blank if end_re is None else end_re.search(self.text[nxt][self.first[nxt]:])):
                    if not blank:
                        nxt += 1
                    break
                nxt += 1
        self.line = nxt
        if not prose:
            self.skipped.append((line, nxt))
        return True

    def _heading(self, line: int, end: int, silent: bool) -> bool:
        t, pos = self.text[line], self.first[line]
        if self._is_code(line) or not t.startswith("#", pos):
            return False
        level = len(t) - pos - len(t[pos:].lstrip("#"))
        pos += level
        if level > 6 or (pos < len(t) and t[pos] not in " \t"):
            return False
        if silent:
            return True
        stop = len(t.rstrip(" \t"))
        if stop > pos:
            hashes = len(t[:stop]) - len(t[:stop].rstrip("#"))
            tmp = stop - hashes
            if hashes and tmp > pos and t[tmp - 1] in " \t":
                stop = tmp
        else:
            stop = pos
        self.line = line + 1
        if self.level == 0:
            self.headings.append((line, line + 1, level, t[pos:stop].strip(TRIM_CHARS)))
        return True

    def _text_block(self, line: int, end: int, silent: bool = False) -> bool:
        """markdown-it's lheading rule, then its paragraph rule, in one pass over the lines.

        Both scan the same lines and stop at the same blank or interrupting line; the only
        differences are that a paragraph ignores underlines and may run past ``end`` up
        to ``line_max`` (which matters only inside a block quote).
        """
        text, first, ind, blk = self.text, self.first, self.ind, self.blk
        old_parent, self.parent = self.parent, "paragraph"
        nxt = line + 1
        level = 0
        stop = end
        setext = True
        while True:
            if nxt >= stop:
                if nxt < self.line_max and setext:
                    setext = False
                    stop = self.line_max
                    continue
                break
            t, f = text[nxt], first[nxt]
            if f >= len(t):
                break
            i = ind[nxt]
            if i - blk > 3 or i < 0:
                nxt += 1
                continue
            c = t[f]
            if (setext and (c == "=" or c == "-") and i >= blk
                    and not t[f:].lstrip(c).strip(" \t")):
                level = 1 if c == "=" else 2
                break
            if self._terminates(nxt, "paragraph", stop):
                break
            nxt += 1
        self.parent = old_parent
        if not level:
            if not self._deflist(line, end, False):
                self.line = nxt
            return True
        self.line = nxt + 1
        if self.level == 0:
            raw = "\n".join(text[line:nxt])
            self.headings.append((line, nxt + 1, level, raw.strip(TRIM_CHARS)))
        return True

    # -- containers ---------------------------------------------------------------
    def _quote_line(self, n: int, saved: list[_SavedLine]) -> bool:
        """Strip the ``>`` marker of line ``n`` in place; True if the rest is blank."""
        t, f = self.text[n], self.first[n]
        saved.append((self.text[n], self.first[n], self.ind[n]))
        rest = t[f + 2:] if t.startswith(" ", f + 1) else t[f + 1:]
        spaces = len(rest) - len(rest.lstrip(" "))
        self.text[n], self.first[n], self.ind[n] = rest, spaces, spaces
        return spaces >= len(rest)

    def _blockquote(self, line: int, end: int, silent: bool) -> bool:
        t, pos = self.text[line], self.first[line]
        if self._is_code(line) or not t.startswith(">", pos):
            return False
        if silent:
            return True
        old_line_max = self.line_max
        saved: list[_SavedLine] = []
        last_empty = self._quote_line(line, saved)
        old_parent, self.parent = self.parent, "blockquote"
        nxt = line + 1
        while nxt < end:
            outdented = self.ind[nxt] < self.blk
            if self._empty(nxt):
                break
            if self.text[nxt][self.first[nxt]] == ">" and not outdented:
                last_empty = self._quote_line(nxt, saved)
                nxt += 1
                continue
            if last_empty:
                break
            if self._terminates(nxt, "blockquote", end):
                self.line_max = nxt
                if self.blk:
                    saved.append((self.text[nxt], self.first[nxt], self.ind[nxt]))
                    self.ind[nxt] -= self.blk
                break
            saved.append((self.text[nxt], self.first[nxt], self.ind[nxt]))
            self.ind[nxt] = -1
            nxt += 1
        old_blk, self.blk = self.blk, 0
        self.level += 1
        self.tokenize(line, nxt)
        self.level -= 1
        self.line_max = old_line_max
        self.parent = old_parent
        for i, (t, f, ind) in enumerate(saved, start=line):
            self.text[i], self.first[i], self.ind[i] = t, f, ind
        self.blk = old_blk
        return True

    def _marker_end(self, n: int) -> tuple[int, bool, int]:
        """(position after the list marker or -1, ordered?, number) for line ``n``."""
        t, start = self.text[n], self.first[n]
        pos = start
        while pos < len(t) and t[pos] in "0123456789":
            pos += 1
        if pos > start:
            if pos - start > 9 or pos >= len(t) or t[pos] not in ".)":
                return -1, True, 0
            value = int(t[start:pos])
            pos += 1
            if pos < len(t) and t[pos] not in " \t":
                return -1, True, 0
            return pos, True, value
        if pos >= len(t) or t[pos] not in "*-+":
            return -1, False, 0
        pos += 1
        if pos < len(t) and t[pos] not in " \t":
            return -1, False, 0
        return pos, False, 0

    def _list(self, line: int, end: int, silent: bool) -> bool:
        if self._is_code(line):
            return False
        if (self.list_indent >= 0 and self.ind[line] - self.list_indent >= 4
                and self.ind[line] < self.blk):
            return False
        interrupting = silent and self.parent == "paragraph" and self.ind[line] >= self.blk
        after, ordered, value = self._marker_end(line)
        if after < 0 or (interrupting and ordered and value != 1):
            return False
        if interrupting and not self.text[line][after:].strip(" \t"):
            return False
        if silent:
            return True
        marker = self.text[line][after - 1]
        old_parent, self.parent = self.parent, "list"
        nxt = line
        while nxt < end:
            t = self.text[nxt]
            initial = self.ind[nxt] + after - self.first[nxt]
            content = after + len(t[after:]) - len(t[after:].lstrip(" "))
            offset = initial + content - after
            gap = 1 if content >= len(t) else offset - initial
            indent = initial + (1 if gap > 4 else gap)
            old_first, old_ind = self.first[nxt], self.ind[nxt]
            old_list_indent, self.list_indent = self.list_indent, self.blk
            self.blk = indent
            self.first[nxt], self.ind[nxt] = content, offset
            if content >= len(t) and self._empty(nxt + 1):
                self.line = min(self.line + 2, end)
            else:
                self.level += 2
                self.tokenize(nxt, end)
                self.level -= 2
            self.blk = self.list_indent
            self.list_indent = old_list_indent
            self.first[nxt], self.ind[nxt] = old_first, old_ind
            nxt = self.line
            if nxt >= end or self.ind[nxt] < self.blk or self._is_code(nxt):
                break
            if self._terminates(nxt, "list", end):
                break
            after, next_ordered, _ = self._marker_end(nxt)
            if after < 0 or next_ordered != ordered or self.text[nxt][after - 1] != marker:
                break
        self.line = nxt
        self.parent = old_parent
        return True


def scan_outline(text: str) -> OutlineScan:
    """Run the block scan: top-level headings and the non-prose line ranges."""
    if "\r" in text:  # markdown-it reads CRLF as LF; the line numbers stay the same
        text = text.replace("\r\n", "\n")
    return _BlockScanner(split_lines(text), "\t" in text).run()
