"""The renderer's block rules beyond CommonMark, for :mod:`.outline_scan`: GFM tables
(markdown-it's "gfm-like" preset), footnote definitions and definition lists
(mdit_py_plugins). They are a mixin of the scanner and follow the same conventions:
``text``/``first``/``ind`` per line, ``blk`` the block indent, ``level`` the nesting.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Protocol

    class _Scanner(Protocol):
        def tokenize(self, line: int, end: int) -> None: ...
        def _is_code(self, n: int) -> bool: ...
        def _terminates(self, n: int, kind: str, end: int) -> bool: ...
else:
    _Scanner = object

__all__ = ["TABLE_DELIMITER", "TRIM_CHARS", "ExtensionRules"]

# markdown-it's mdTrim: the CommonMark whitespace set (U+FEFF deliberately excluded).
TRIM_CHARS = "".join(
    chr(c)
    for c in sorted(
        {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000}
        | set(range(0x2000, 0x200B))
        | {0x2028, 0x2029}
    )
)
TABLE_DELIMITER = frozenset("|-:")
_TABLE_ALIGN = re.compile(r":?-+:?")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


class ExtensionRules(_Scanner):
    """Tables, footnote definitions and definition lists, as the renderer parses them."""

    # The scanner state these rules read and write (set by the scanner's __init__). Declared
    # here rather than on the protocol: mypy cannot type a protocol member that a subclass
    # restores by tuple assignment ("Cannot determine type").
    text: list[str]
    first: list[int]
    ind: list[int]
    blk: int
    dd_indent: int
    level: int
    line: int
    parent: str

    def _table(self, line: int, end: int, silent: bool) -> bool:
        """markdown-it's GFM table: a header row with a pipe, then a delimiter row."""
        if line + 2 > end:
            return False
        text, first, ind, blk = self.text, self.first, self.ind, self.blk
        nxt = line + 1
        if ind[nxt] < blk or ind[nxt] - blk >= 4:
            return False
        t, pos = text[nxt], first[nxt]
        if pos + 1 >= len(t) or t[pos] not in TABLE_DELIMITER:
            return False
        second = t[pos + 1]
        if second not in "|-: \t" or (t[pos] == "-" and second in " \t"):
            return False
        if t[pos + 2:].strip("|-: \t"):
            return False
        columns = t[pos:].split("|")
        aligns = 0
        for i, column in enumerate(columns):
            cell = column.strip(TRIM_CHARS)
            if not cell:
                if i == 0 or i == len(columns) - 1:
                    continue
                return False
            if not _TABLE_ALIGN.fullmatch(cell):
                return False
            aligns += 1
        head = text[line][first[line]:].strip(TRIM_CHARS)
        if "|" not in head or self._is_code(line):
            return False
        cells = _UNESCAPED_PIPE.split(head)
        count = len(cells) - (cells[0] == "") - (len(cells) > 1 and cells[-1] == "")
        if count == 0 or count != aligns:
            return False
        if silent:
            return True
        old_parent, self.parent = self.parent, "table"
        nxt = line + 2
        while nxt < end:
            if ind[nxt] < blk or self._terminates(nxt, "blockquote", end):
                break
            if not text[nxt][first[nxt]:].strip(TRIM_CHARS) or self._is_code(nxt):
                break
            nxt += 1
        self.parent = old_parent
        self.line = nxt
        return True

    def _footnote_def(self, line: int, end: int, silent: bool) -> bool:
        """mdit_py_plugins' footnote definition ``[^label]: text`` (a container)."""
        t, start = self.text[line], self.first[line]
        if self._is_code(line) or start + 4 > len(t) or not t.startswith("[^", start):
            return False
        close = t.find("]", start + 2)
        space = t.find(" ", start + 2)
        if close < 0:
            return False
        if close == start + 2 or (0 <= space < close):
            return False
        if not t.startswith(":", close + 1):
            return False
        if silent:
            return True
        after = close + 2
        spaces = len(t) - after - len(t[after:].lstrip(" "))
        old = self.first[line], self.ind[line]
        old_parent, self.parent = self.parent, "footnote"
        self.first[line], self.ind[line] = after + spaces, spaces
        self.blk += 4
        if self.ind[line] < self.blk:
            self.ind[line] += self.blk
        self.level += 1
        self.tokenize(line, end)
        self.level -= 1
        self.blk -= 4
        self.parent = old_parent
        self.first[line], self.ind[line] = old
        return True

    def _dd_marker(self, n: int) -> int:
        """Position after a definition marker (``:`` or ``~`` then spaces, then text), or -1."""
        t, start = self.text[n], self.first[n]
        if start >= len(t) or t[start] not in ":~":
            return -1
        pos = len(t) - len(t[start + 1:].lstrip(" \t"))
        if pos == start + 1 or pos >= len(t):
            return -1
        return start + 1

    def _deflist(self, line: int, end: int, silent: bool) -> bool:
        """mdit_py_plugins' definition list: a term line, then ``: definition`` blocks."""
        if self._is_code(line):
            return False
        if silent:
            return self.dd_indent >= 0 and self._dd_marker(line) >= 0
        text, first, ind = self.text, self.first, self.ind
        nxt = line + 1
        if nxt < end and first[nxt] >= len(text[nxt]):
            nxt += 1
        if nxt >= end or ind[nxt] < self.blk:
            return False
        content = self._dd_marker(nxt)
        if content < 0:
            return False
        dd = nxt
        while True:
            while True:
                t = text[dd]
                pos = len(t) - len(t[content:].lstrip(" "))
                offset = ind[dd] + pos - first[dd]
                old = (self.blk, self.dd_indent, first[dd], ind[dd], self.parent)
                self.blk = self.dd_indent = ind[dd] + 2
                first[dd], ind[dd] = pos, offset
                self.parent = "deflist"
                self.level += 2
                self.tokenize(dd, end)
                self.level -= 2
                self.blk, self.dd_indent, first[dd], ind[dd], self.parent = old
                nxt = self.line
                if nxt >= end or ind[nxt] < self.blk:
                    self.line = nxt
                    return True
                content = self._dd_marker(nxt)
                if content < 0:
                    break
                dd = nxt
            if first[nxt] >= len(text[nxt]) or ind[nxt] < self.blk:
                break
            dd = nxt + 1
            if dd < end and first[dd] >= len(text[dd]):
                dd += 1
            if dd >= end or ind[dd] < self.blk:
                break
            content = self._dd_marker(dd)
            if content < 0:
                break
        self.line = nxt
        return True
