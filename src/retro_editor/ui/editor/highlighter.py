"""Markdown syntax highlighting, one block at a time, with colours from the palette.

Qt calls :meth:`MarkdownHighlighter.highlightBlock` for each changed block only; multi-line
constructs (fenced code, HTML comments, front matter) travel in the block state. The work
per block is bounded: blocks longer than :data:`INLINE_LIMIT` get block-level formats only,
inline markup is found in linear time, and at most :data:`FORMAT_BUDGET` formats are set
per block.

Whole-document passes (opening a project, a palette change) would take seconds on 100,000
words, so with a *lazy window* set (:meth:`MarkdownHighlighter.set_lazy_window`, done by the
editor) blocks outside the visible window only get their state computed and are marked
pending; a timer then formats them in slices of :data:`SLICE_MS` milliseconds.
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

from retro_editor.ui.editor.inline_markup import (
    closed_comments,
    code_spans,
    delimiter_spans,
    open_comment_start,
)
from retro_editor.ui.editor.list_editing import is_thematic_break
from retro_editor.ui.editor.spell_marks import SpellMarks
from retro_editor.ui.text_access import Utf16Positions

#: longer blocks get no inline highlighting (a megabyte line must not freeze typing)
INLINE_LIMIT = 20_000
#: most setFormat calls per block (pathological lines stop being highlighted there)
FORMAT_BUDGET = 2000
#: milliseconds of background highlighting per event-loop turn (Qt then lays out what was
#: formatted, and a paste's or a Replace All's blocks are formatted this way: keep the sum
#: well under the 10 ms a key may wait)
SLICE_MS = 4

# block state: the mode in the low 4 bits, a fence length in bits 4..11, flags above
_NORMAL, _FENCE_BACKTICK, _FENCE_TILDE, _COMMENT, _FRONT_YAML, _FRONT_TOML = range(6)
_MODE_MASK = 0xF
_FLAG_HEADING = 1 << 12
_FLAG_SETEXT = 1 << 13
_FLAG_PENDING = 1 << 14

_HEADING_SCALE = {1: 1.6, 2: 1.4, 3: 1.2, 4: 1.1, 5: 1.0, 6: 1.0}

_FENCE_RE = re.compile(r"[ \t]*(`{3,}|~{3,})(.*)")
_ATX_RE = re.compile(r" {0,3}(#{1,6})(?=[ \t]|$)")
_SETEXT_RE = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_QUOTE_RE = re.compile(r"(?:[ ]{0,3}>[ ]?)+")
_LIST_RE = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)(?:[ \t]+\[[ xX]\](?=[ \t]|$))?")
_REFDEF_RE = re.compile(r" {0,3}\[([^\]\n]{1,999})\]:[ \t]*(\S+)")
_SPECIAL_RE = re.compile(r"[*_`~\[\]<>!h:]")
_LINK_RE = re.compile(r"(!?)\[([^\[\]\n]{0,1000})\]"
                      r"(?:\(([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,500}\")?)\)"
                      r"|\[([^\[\]\n]{0,1000})\])")
_AUTOLINK_RE = re.compile(r"<(?:(?:https?|ftp|mailto):[^\s<>]{1,2000}"
                          r"|[^\s@<>]{1,200}@[^\s@<>]{1,200})>")
_BARE_URL_RE = re.compile(r"\bhttps?://[^\s<>()\[\]]{1,2000}")


def mix_colors(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights Markdown in a QTextDocument; call :meth:`set_palette` on theme change."""

    def __init__(self, parent: QObject, palette: QPalette | None = None) -> None:
        super().__init__(parent)
        self._formats: dict[str, QTextCharFormat] = {}
        self._pending: list[QTextBlock] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush_pending)
        self._window: tuple[int, int] | None = None
        self._forced: tuple[int, int, float | None] | None = None
        self._budget = FORMAT_BUDGET
        self._scan = 0
        self._scan_found = False
        self._background = QTimer(self)
        self._background.setInterval(0)
        self._background.timeout.connect(self._highlight_some_pending)
        self.spell_marks: SpellMarks | None = None
        self._build_formats(palette or QPalette())

    # --- configuration -------------------------------------------------------------------
    def set_palette(self, palette: QPalette) -> None:
        self._build_formats(palette)
        self.rehighlight()

    def set_lazy_window(self, first: int | None, last: int = 0) -> None:
        """Blocks outside ``first..last`` are highlighted in the background; None: never."""
        self._window = None if first is None else (first, last)

    def highlight_now(self, first: int, last: int) -> None:
        """Formats the pending blocks among ``first..last`` (the visible ones) right away."""
        doc = self.document()
        if doc is None:
            return
        block = doc.findBlockByNumber(max(0, first))
        while block.isValid() and block.blockNumber() <= last:
            if block.userState() >= 0 and block.userState() & _FLAG_PENDING:
                block = self._force_from(block, last, None)
            else:
                block = block.next()

    def rehighlight_lazily(self) -> None:
        """Formats every block again, as :meth:`rehighlight` does, but with a lazy window
        only marks them pending for the background slices (the caller formats the visible
        ones with :meth:`highlight_now`): a new spell checker must not freeze a long text."""
        doc = self.document()
        if doc is None or self._window is None:
            self.rehighlight()
            return
        block = doc.begin()
        while block.isValid():
            state = block.userState()
            if state >= 0:
                block.setUserState(state | _FLAG_PENDING)
            block = block.next()
        self._scan, self._scan_found = 0, False
        self._background.start()

    def is_pending(self) -> bool:
        """Whether some blocks still wait for background highlighting."""
        return self._background.isActive()

    def _force_from(self, block: QTextBlock, last: int, deadline: float | None) -> QTextBlock:
        """Highlights pending blocks from ``block`` on, up to ``last`` or ``deadline``.

        One rehighlightBlock call: each forced block loses its pending flag, so Qt goes on
        to the next block by itself, and the whole run is laid out again as one change
        (not one relayout per block). Returns the block after the run.
        """
        self._forced = (block.blockNumber(), last, deadline)
        try:
            self.rehighlightBlock(block)
        finally:
            self._forced = None
        following = block.next()
        while following.isValid() and following.userState() >= 0 \
                and not following.userState() & _FLAG_PENDING \
                and following.blockNumber() <= last:
            following = following.next()
        return following

    def _highlight_some_pending(self) -> None:
        doc = self.document()
        if doc is None:
            self._background.stop()
            return
        deadline = time.perf_counter() + SLICE_MS / 1000
        block = doc.findBlockByNumber(self._scan)
        while block.isValid():
            if block.userState() >= 0 and block.userState() & _FLAG_PENDING:
                self._scan_found = True
                block = self._force_from(block, doc.blockCount(), deadline)
                if time.perf_counter() >= deadline:
                    self._scan = block.blockNumber() if block.isValid() else 0
                    return
            else:
                block = block.next()
        self._scan = 0
        if not self._scan_found:
            self._background.stop()
        self._scan_found = False

    def _deferred(self, block: QTextBlock) -> bool:
        if self._window is None:
            return False
        number = block.blockNumber()
        if self._window[0] <= number <= self._window[1]:
            return False
        if self._forced is not None:
            first, last, deadline = self._forced
            if first <= number <= last and (number == first or deadline is None
                                            or time.perf_counter() < deadline):
                return False
        if not self._background.isActive():
            self._scan, self._scan_found = 0, False
            self._background.start()
        return True

    def refresh_headings(self) -> None:
        """Re-applies heading sizes after the base font changed (zoom)."""
        doc = self.document()
        if doc is None:
            return
        block = doc.begin()
        while block.isValid():
            if block.userState() >= 0 and block.userState() & (_FLAG_HEADING | _FLAG_SETEXT):
                self.rehighlightBlock(block)
            block = block.next()

    def recheck_word(self, word: str) -> None:
        """Highlights again the blocks holding ``word`` (its spelling verdict changed)."""
        doc = self.document()
        block = doc.begin() if doc is not None else QTextBlock()
        while block.isValid():
            if word in block.text():
                self.rehighlightBlock(block)
            block = block.next()

    def text_format(self, name: str) -> QTextCharFormat:
        """The format used for one kind of markup (e.g. ``"code"``, ``"link_text"``)."""
        return self._formats[name]

    def _build_formats(self, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        link = palette.color(QPalette.ColorRole.Link)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        dark = base.lightness() < 128
        if dark and link.lightness() < 140:
            link = mix_colors(link, QColor("white"), 0.45)
        accent = mix_colors(highlight, text, 0.25 if dark else 0.1)
        dim = mix_colors(text, base, 0.45)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families()

        def make(color: QColor | None = None, *, bold: bool = False, italic: bool = False,
                 background: QColor | None = None) -> QTextCharFormat:
            fmt = QTextCharFormat()
            if color is not None:
                fmt.setForeground(color)
            if bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if italic:
                fmt.setFontItalic(True)
            if background is not None:
                fmt.setBackground(background)
            return fmt

        code_bg = mix_colors(base, text, 0.07)
        formats = {
            "markup": make(dim),
            "heading": make(text, bold=True),
            "heading_marker": make(accent, bold=True),
            "strong": make(bold=True),
            "emphasis": make(italic=True),
            "strike": make(dim),
            "code": make(mix_colors(text, accent, 0.35), background=code_bg),
            "fence": make(mix_colors(text, accent, 0.35), background=code_bg),
            "fence_marker": make(dim, background=code_bg),
            "link_text": make(link),
            "link_url": make(mix_colors(link, base, 0.4)),
            "image_text": make(link, italic=True),
            "quote": make(mix_colors(text, base, 0.25), italic=True),
            "quote_marker": make(accent, bold=True),
            "list_marker": make(accent, bold=True),
            "comment": make(dim, italic=True),
            "front_matter": make(dim, background=code_bg),
            "rule": make(dim),
        }
        formats["strike"].setFontStrikeOut(True)
        formats["link_text"].setFontUnderline(True)
        for name in ("code", "fence", "fence_marker", "front_matter"):
            formats[name].setFontFamilies(mono)
            formats[name].setFontFixedPitch(True)
        self._formats = formats

    # --- highlighting --------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        previous = self.previousBlockState()
        mode = previous & _MODE_MASK if previous >= 0 else _NORMAL
        self._budget = FORMAT_BUDGET
        pos = Utf16Positions(text)
        if mode in (_FENCE_BACKTICK, _FENCE_TILDE):
            self._continue_fence(text, previous, pos)
        elif mode in (_FRONT_YAML, _FRONT_TOML):
            self._continue_front_matter(text, mode, pos)
        elif mode == _COMMENT:
            self._continue_comment(text, pos)
        else:
            self._highlight_normal(text, pos)

    def _fmt(self, start: int, end: int, name: str, pos: Utf16Positions,
             base: QTextCharFormat | None = None) -> None:
        if end <= start or self._budget <= 0:
            return
        self._budget -= 1
        fmt = self._formats[name]
        if base is not None:
            merged = QTextCharFormat(base)
            merged.merge(fmt)
            fmt = merged
        self.setFormat(pos(start), pos(end) - pos(start), fmt)

    def _merge(self, start: int, end: int, name: str, pos: Utf16Positions) -> None:
        """Applies a format on top of what is already at ``start`` (nested markup)."""
        if end <= start or self._budget <= 0:
            return
        self._budget -= 1
        merged = QTextCharFormat(self.format(pos(start)))
        merged.merge(self._formats[name])
        self.setFormat(pos(start), pos(end) - pos(start), merged)

    def _continue_fence(self, text: str, state: int, pos: Utf16Positions) -> None:
        char = "`" if state & _MODE_MASK == _FENCE_BACKTICK else "~"
        length = (state >> 4) & 0xFF
        stripped = text.strip()
        closing = (len(stripped) >= length and stripped == char * len(stripped))
        self._fmt(0, len(text), "fence_marker" if closing else "fence", pos)
        self.setCurrentBlockState(_NORMAL if closing else state)

    def _continue_front_matter(self, text: str, mode: int, pos: Utf16Positions) -> None:
        closers = ("---", "...") if mode == _FRONT_YAML else ("+++",)
        self._fmt(0, len(text), "front_matter", pos)
        self.setCurrentBlockState(_NORMAL if text.rstrip() in closers else mode)

    def _continue_comment(self, text: str, pos: Utf16Positions) -> None:
        end = text.find("-->")
        if end < 0:
            self._fmt(0, len(text), "comment", pos)
            self.setCurrentBlockState(_COMMENT)
            return
        self._fmt(0, end + 3, "comment", pos)
        self.setCurrentBlockState(_NORMAL)

    def _highlight_normal(self, text: str, pos: Utf16Positions) -> None:
        block = self.currentBlock()
        if block.blockNumber() == 0 and text.rstrip() in ("---", "+++"):
            self._fmt(0, len(text), "front_matter", pos)
            self.setCurrentBlockState(_FRONT_YAML if text.startswith("-") else _FRONT_TOML)
            return
        fence = _FENCE_RE.match(text)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            marker = fence.group(1)
            self._fmt(0, len(text), "fence_marker", pos)
            mode = _FENCE_BACKTICK if marker[0] == "`" else _FENCE_TILDE
            self.setCurrentBlockState(mode | (min(len(marker), 255) << 4))
            return
        if self._deferred(block):
            opens = len(text) <= INLINE_LIMIT and not _ATX_RE.match(text) and \
                open_comment_start(text) >= 0
            mode = _COMMENT if opens else _NORMAL
            old = self.currentBlockState()
            if old < 0 or old & _FLAG_PENDING or old & _MODE_MASK != mode:
                self.setCurrentBlockState(_FLAG_PENDING | mode)
                return
            # Formatted before and its mode holds: formatted now, its state stays as it was
            # and Qt's pass stops here. Marked pending, its changed state would make Qt go
            # on to the next block, and so on to the end of the text (a Replace All's spans
            # outside the view would unformat every block after them).
        state = _NORMAL
        underline = self._is_setext_underline(text, block)
        self._check_previous_heading(block, underline)
        if underline:
            self._fmt(0, len(text), "heading_marker", pos)
        elif len(text) > INLINE_LIMIT:
            pass
        elif (atx := _ATX_RE.match(text)) is not None:
            state |= _FLAG_HEADING
            state = self._highlight_atx(text, atx, pos, state)
        elif (level := self._setext_level(text, block)) is not None:
            state |= _FLAG_SETEXT
            heading = self._heading_format(level)
            self.setFormat(0, pos(len(text)), heading)
            self._inline(text, 0, pos, heading)
        elif is_thematic_break(text):
            self._fmt(0, len(text), "rule", pos)
        else:
            state = self._highlight_body(text, pos, state)
        if self.spell_marks is not None and len(text) <= INLINE_LIMIT:
            self.spell_marks.mark(self, block, pos)
        self.setCurrentBlockState(state)

    def _highlight_atx(self, text: str, atx: re.Match[str], pos: Utf16Positions, state: int) -> int:
        level = len(atx.group(1))
        heading = self._heading_format(level)
        self.setFormat(0, pos(len(text)), heading)
        self._fmt(0, atx.end(), "heading_marker", pos, heading)
        end = len(text.rstrip())
        closing = end
        while closing > atx.end() and text[closing - 1] == "#":
            closing -= 1
        if closing < end and (closing == atx.end() or text[closing - 1] in " \t"):
            self._fmt(closing, end, "heading_marker", pos, heading)
        else:
            closing = end
        self._inline(text[:closing], atx.end(), pos, heading)
        return state

    def _highlight_body(self, text: str, pos: Utf16Positions, state: int) -> int:
        offset = 0
        base = None
        quote = _QUOTE_RE.match(text)
        if quote:
            base = self._formats["quote"]
            self.setFormat(0, pos(len(text)), base)
            self._fmt(0, quote.end(), "quote_marker", pos)
            offset = quote.end()
        item = _LIST_RE.match(text, offset)
        if item and not is_thematic_break(text[offset:]):
            self._fmt(offset, item.end(), "list_marker", pos, base)
            offset = item.end()
        refdef = _REFDEF_RE.match(text, offset) if offset == 0 else None
        if refdef:
            self._fmt(refdef.start(1) - 1, refdef.end(1) + 2, "link_text", pos)
            self._fmt(refdef.start(2), refdef.end(2), "link_url", pos)
            return state
        comment_start = open_comment_start(text)
        if comment_start >= offset:
            self._inline(text[:comment_start], offset, pos, base)
            self._fmt(comment_start, len(text), "comment", pos)
            return (state & ~_MODE_MASK) | _COMMENT
        self._inline(text, offset, pos, base)
        return state

    def _heading_format(self, level: int) -> QTextCharFormat:
        fmt = QTextCharFormat(self._formats["heading"])
        doc = self.document()
        size = doc.defaultFont().pointSizeF() if doc is not None else -1
        if size > 0:
            fmt.setFontPointSize(size * _HEADING_SCALE[level])
        return fmt

    # --- setext headings -----------------------------------------------------------------
    @staticmethod
    def _is_paragraph_line(text: str) -> bool:
        if not text.strip() or text.startswith("    ") or text.startswith("\t"):
            return False
        if _ATX_RE.match(text) or _QUOTE_RE.match(text) or _FENCE_RE.match(text):
            return False
        return not (_LIST_RE.match(text) or is_thematic_break(text))

    def _is_setext_underline(self, text: str, block: QTextBlock) -> bool:
        if len(text) > 1000 or not _SETEXT_RE.match(text):
            return False
        previous = block.previous()
        if not previous.isValid() or previous.userState() < 0:
            return False
        if previous.userState() & _MODE_MASK != _NORMAL:
            return False
        return self._is_paragraph_line(previous.text())

    def _setext_level(self, text: str, block: QTextBlock) -> int | None:
        following = block.next()
        if not following.isValid() or not self._is_paragraph_line(text):
            return None
        under = following.text()
        if len(under) > 1000 or not _SETEXT_RE.match(under):
            return None
        return 1 if under.lstrip().startswith("=") else 2

    def _check_previous_heading(self, block: QTextBlock, underline: bool) -> None:
        """Qt does not rehighlight the line above an edited underline: do it later."""
        previous = block.previous()
        if not previous.isValid() or previous.userState() < 0:
            return
        if previous.userState() & _FLAG_PENDING:
            return
        if bool(previous.userState() & _FLAG_SETEXT) != underline:
            self._pending.append(previous)
            self._timer.start()

    def _flush_pending(self) -> None:
        pending, self._pending = self._pending, []
        doc = self.document()
        for block in pending:
            if doc is not None and block.isValid() and block.document() is doc:
                self._force_from(block, block.blockNumber(), None)

    # --- inline markup -------------------------------------------------------------------
    def _inline(self, text: str, offset: int, pos: Utf16Positions,
                base: QTextCharFormat | None) -> None:
        if offset >= len(text) or not _SPECIAL_RE.search(text, offset):
            return
        code = code_spans(text, offset)
        starts = [start for start, _ in code]

        def in_code(index: int) -> bool:
            slot = bisect.bisect_right(starts, index) - 1
            return slot >= 0 and code[slot][0] <= index < code[slot][1]

        spans = [span for span in delimiter_spans(text, offset) if not in_code(span[0])]
        spans.sort(key=lambda span: (span[0], -span[1]))
        for start, end, name, size in spans:
            self._merge(start, end, name, pos)
            self._merge(start, start + size, "markup", pos)
            self._merge(end - size, end, "markup", pos)
        for start, end in closed_comments(text, offset):
            if not in_code(start):
                self._fmt(start, end, "comment", pos, base)
        self._links(text, offset, pos, base, in_code)
        for start, end in code:
            self._fmt(start, end, "code", pos, base)

    def _links(self, text: str, offset: int, pos: Utf16Positions, base: QTextCharFormat | None,
               in_code: Callable[[int], bool]) -> None:
        for regex in (_BARE_URL_RE, _AUTOLINK_RE):
            for match in regex.finditer(text, offset):
                if not in_code(match.start()):
                    self._fmt(match.start(), match.end(), "link_url", pos, base)
        for match in _LINK_RE.finditer(text, offset):
            if in_code(match.start()):
                continue
            image = bool(match.group(1))
            self._fmt(match.start(), match.end(), "markup", pos, base)
            self._merge(match.start(2), match.end(2), "image_text" if image else "link_text",
                        pos)
            target = 3 if match.group(3) is not None else 4
            self._fmt(match.start(target), match.end(target), "link_url", pos, base)



def attach_highlighter(highlighter: MarkdownHighlighter, document: QTextDocument) -> None:
    """Moves the highlighter to another document (it rehighlights it)."""
    if highlighter.document() is not document:
        highlighter.setDocument(document)
