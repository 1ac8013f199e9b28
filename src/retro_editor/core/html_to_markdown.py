"""Markdown from clipboard HTML (web pages, Word, LibreOffice): Edit → Paste's conversion.

Headings, emphasis (tags or simple inline styles), code, links with safe absolute URLs, images
(linked by their remote URL, never downloaded), lists, quotes, GFM tables and hard breaks are
kept; everything else is reduced to its text. Text is escaped where a character would change
meaning in Markdown, so every word that showed on the page shows in the preview.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from retro_editor.core.html_tree import BLOCK, VOID, Element, parse_html

#: larger clipboard HTML is not converted (Paste falls back to the plain text): converting
#: runs on the GUI thread, about a second per 2 MB of a real page (bench/html_paste.py)
MAX_HTML_CHARS = 2_000_000
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "ftp"})
_IMAGE_SCHEMES = frozenset({"http", "https"})
_BREAK = "\x00"  # stands for <br> until a paragraph is finished
_SPACE = re.compile(r"[ \t\n\r\f]+")
_ESCAPE = re.compile(r"[\\`*\[\]~]|(?<![^\W_])_|_(?![^\W_])|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
_LINE_START = re.compile(r"^(?:\d+(?=[.)]))?[#>+=:|.)\-]")
_FENCE_LANG = re.compile(r"(?:language|lang|highlight-source)-([\w+#.-]+)")
_BOLD_STYLE = re.compile(r"font-weight:(bold|bolder|[6-9]00)")
_NORMAL_WEIGHT = re.compile(r"font-weight:(normal|[1-4]00)")
_ITEM_BLOCKS = frozenset({"p", "pre", "blockquote", "table", "div", "h1", "h2", "h3", "h4",
                          "h5", "h6"})
_WORD_LIST = re.compile(r"mso-list:\S*?level(\d)")


def html_to_markdown(html: str) -> str | None:
    """Markdown for ``html``, or None when there is nothing to convert or it is too large."""
    if not html.strip() or len(html) > MAX_HTML_CHARS:
        return None
    root = parse_html(html)
    if _is_source_code(root):
        return None
    blocks = _Writer().blocks(root)
    return "\n\n".join(blocks) if blocks else None


def _is_source_code(root: Element) -> bool:
    """Code editors (VS Code and the like) put their text in a ``white-space: pre`` block:
    that is source to paste as it is, not a page to convert."""
    node: Element | str = root
    while isinstance(node, Element):
        if "white-space:pre" in node.style():
            return True
        elements = [c for c in node.children
                    if isinstance(c, Element) and c.tag not in VOID or isinstance(c, str) and c.strip()]
        if len(elements) != 1:
            return False
        node = elements[0]
    return False


def _holds_blocks(element: Element) -> bool:
    """An inline element around paragraphs (Google Docs wraps a whole copy in ``<b>``) is
    read as a container, or its paragraphs would run together."""
    return any(isinstance(child, Element) and (child.tag in BLOCK or _holds_blocks(child))
               for child in element.children if element.tag not in ("a", "img", "code"))


def escape_text(text: str) -> str:
    """``text`` with Markdown's inline specials escaped."""
    return _ESCAPE.sub(lambda match: "\\" + match.group(0), text)


def _safe_url(url: str, schemes: frozenset[str]) -> str | None:
    url = url.strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in schemes:
        return None
    return "".join(f"%{ord(c):02X}" if c in " ()<>\\" or ord(c) < 32 else c for c in url)


def _code_span(text: str) -> str:
    runs = [len(run) for run in re.findall(r"`+", text)]
    ticks = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _wrap(marker: str, text: str) -> str:
    """``**text**`` with the surrounding spaces kept outside the markers (or they do not work)."""
    core = text.strip()
    if not core:
        return text
    start = text[: len(text) - len(text.lstrip())]
    end = text[len(text.rstrip()):]
    return f"{start}{marker}{core}{marker}{end}"


_WRAPPED = re.compile(r"^(\s*)(\*\*|\*|~~)(\S(?:.*\S)?)\2(\s*)$", re.S)


def _unflankable(before: str, part: str, after: str) -> bool:
    """Whether ``part``'s outer markers (``**x**``) cannot open or close next to their
    neighbours: after a letter before punctuation (``1**~~x~~**``), or the mirror of that."""
    found = _WRAPPED.match(part)
    if found is None or found.group(1) or found.group(4):
        return False
    core = found.group(3)
    opens_badly = bool(before) and before[-1].isalnum() and not core[0].isalnum() \
        and not core[0].isspace()
    closes_badly = bool(after) and after[0].isalnum() and not core[-1].isalnum() \
        and not core[-1].isspace()
    return opens_badly or closes_badly


def _join_inline(parts: list[str]) -> str:
    """The parts joined, with the markers of a part dropped where they could not work (its
    words are kept: a bold that cannot be written is worth less than the text)."""
    for i, part in enumerate(parts):
        while True:
            before = parts[i - 1] if i else ""
            after = parts[i + 1] if i + 1 < len(parts) else ""
            if not _unflankable(before, part, after):
                break
            found = _WRAPPED.match(part)
            assert found is not None
            part = found.group(3)
        parts[i] = part
    return "".join(parts)


def _style_markers(element: Element) -> list[str]:
    style = element.style()
    tag = element.tag
    markers = []
    bold = tag in ("b", "strong")
    if _BOLD_STYLE.search(style):
        bold = True
    elif _NORMAL_WEIGHT.search(style):  # Google Docs wraps everything in <b style=normal>
        bold = False
    if bold:
        markers.append("**")
    if tag in ("em", "i", "cite", "dfn") or "font-style:italic" in style:
        markers.append("*")
    if tag in ("del", "s", "strike") or "line-through" in style:
        markers.append("~~")
    return markers


def _text_of(node: Element | str, pre: bool = False) -> str:
    """Raw text of a node (code blocks): breaks become newlines, nothing is collapsed."""
    if isinstance(node, str):
        return node
    if node.tag == "br":
        return "\n"
    inner = "".join(_text_of(child, pre) for child in node.children)
    if node.tag not in BLOCK or node.tag == "pre":
        return inner
    return inner + "\n" if pre else f" {inner} "


def _finish_paragraph(text: str) -> str:
    """Collapse spaces, turn break marks into hard breaks and escape what a line start means;
    an empty line (``<br><br>``, as e-mail and forums separate paragraphs) ends a paragraph."""
    paragraphs: list[list[str]] = [[]]
    for line in text.split(_BREAK):
        line = _SPACE.sub(" ", line).strip()
        if line:
            paragraphs[-1].append(_LINE_START.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], line))
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\\\n".join(lines) for lines in paragraphs if lines)


class _Writer:
    def __init__(self) -> None:
        self.active: set[str] = set()

    # --- blocks ------------------------------------------------------------------------
    def blocks(self, element: Element) -> list[str]:
        out: list[str] = []
        run: list[str] = []

        def flush() -> None:
            paragraph = _finish_paragraph(_join_inline(run))
            if paragraph:
                out.append(paragraph)
            run.clear()

        for child in element.children:
            if isinstance(child, Element) and (child.tag in BLOCK or _WORD_LIST.search(child.style())
                                               or _holds_blocks(child)):
                flush()
                out.extend(self.block(child))
            else:
                run.append(self.inline(child))
        flush()
        return self._join_word_lists(out)

    def block(self, element: Element) -> list[str]:
        tag = element.tag
        handler: Callable[[Element], list[str]] | None = getattr(self, f"_block_{tag}", None)
        if _WORD_LIST.search(element.style()) and tag == "p":
            return self._word_list_item(element)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return self._heading(element)
        if handler is not None:
            return handler(element)
        return self.blocks(element)

    def _heading(self, element: Element) -> list[str]:
        text = _finish_paragraph(self.inline(element).replace(_BREAK, " "))
        if not text:
            return []
        text = re.sub(r"(\s)(#+)$", r"\1\\\2", text)
        return [f"{'#' * int(element.tag[1])} {text}"]

    def _block_hr(self, _element: Element) -> list[str]:
        return ["---"]

    def _block_pre(self, element: Element) -> list[str]:
        code = _text_of(element, pre=True)
        if code.startswith("\n"):
            code = code[1:]
        code = code.rstrip("\n")
        runs = [len(run) for run in re.findall(r"^ {0,3}(`{3,})", code, re.MULTILINE)]
        fence = "`" * max(3, max(runs, default=0) + 1)
        classes = " ".join(e.attrs.get("class", "") for e in (element, *element.children)
                           if isinstance(e, Element))
        match = _FENCE_LANG.search(classes)
        return [f"{fence}{match.group(1) if match else ''}\n{code}\n{fence}"]

    def _block_blockquote(self, element: Element) -> list[str]:
        inner = "\n\n".join(self.blocks(element))
        if not inner:
            return []
        return ["\n".join(f"> {line}" if line else ">" for line in inner.split("\n"))]

    def _block_ul(self, element: Element) -> list[str]:
        return self._list(element, ordered=False)

    def _block_ol(self, element: Element) -> list[str]:
        return self._list(element, ordered=True)

    def _block_menu(self, element: Element) -> list[str]:
        return self._list(element, ordered=False)

    def _list(self, element: Element, ordered: bool) -> list[str]:
        items: list[list[Element | str]] = []
        for child in element.children:
            if isinstance(child, Element) and child.tag == "li":
                items.append(list(child.children))
            elif isinstance(child, str) and not child.strip():
                continue
            elif items:
                items[-1].append(child)
            else:
                items.append([child])
        start = element.attrs.get("start", "1")
        number = int(start) if start.isdigit() and len(start) < 9 else 1
        rendered: list[str] = []
        loose = False
        for children in items:
            holder = Element("li", children=children)
            parts = self.blocks(holder)
            if sum(isinstance(c, Element) and c.tag in _ITEM_BLOCKS for c in children) > 1:
                loose = True
            marker = f"{number}. " if ordered else "- "
            number += 1
            body = "\n".join(parts) if not loose else "\n\n".join(parts)
            indent = " " * len(marker)
            lines = body.split("\n") if body else [""]
            rendered.append("\n".join([marker + lines[0]] + [indent + line if line else ""
                                                              for line in lines[1:]]))
        if not rendered:
            return []
        return [("\n\n" if loose else "\n").join(rendered)]

    def _block_table(self, element: Element) -> list[str]:
        """A GFM pipe table; a caption and anything outside the cells go before it (as a
        browser shows stray table text)."""
        rows: list[list[str]] = []
        before: list[Element | str] = []
        self._collect_rows(element, rows, before)
        outside = self.blocks(Element("div", children=before))
        if not rows:
            return outside
        width = max(len(row) for row in rows)
        rows = [row + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|" + "|".join(["---"] * width) + "|")
        return [*outside, "\n".join(lines)]

    def _collect_rows(self, element: Element, rows: list[list[str]],
                      before: list[Element | str]) -> None:
        for child in element.children:
            if isinstance(child, Element) and child.tag in ("thead", "tbody", "tfoot"):
                self._collect_rows(child, rows, before)
            elif isinstance(child, Element) and child.tag == "tr":
                cells = self._cells(child, before)
                if cells:
                    rows.append(cells)
            elif not (isinstance(child, Element) and child.tag in ("col", "colgroup")):
                before.append(child)

    def _cells(self, row: Element, before: list[Element | str]) -> list[str]:
        cells: list[str] = []
        for cell in row.children:
            if not isinstance(cell, Element) or cell.tag not in ("td", "th"):
                before.append(cell)
                continue
            text = _finish_paragraph(self.inline(cell).replace(_BREAK, " "))
            cells.append(text.replace("\\\n", " ").replace("|", "\\|"))
            span = cell.attrs.get("colspan", "1")
            cells.extend([""] * (int(span) - 1 if span.isdigit() and len(span) < 3 else 0))
        return cells

    def _word_list_item(self, element: Element) -> list[str]:
        match = _WORD_LIST.search(element.style())
        level = int(match.group(1)) if match else 1
        text = _finish_paragraph(self.inline(element))
        return ["\x01" + "  " * (level - 1) + "- " + text] if text else []

    @staticmethod
    def _join_word_lists(blocks: list[str]) -> list[str]:
        """Word writes each list item as a paragraph: consecutive items make one list."""
        out: list[str] = []
        for block in blocks:
            if block.startswith("\x01"):
                item = block[1:]
                if out and out[-1].startswith("\x01"):
                    out[-1] += "\n" + item
                else:
                    out.append("\x01" + item)
            else:
                out.append(block)
        return [block.lstrip("\x01") for block in out]

    # --- inline ------------------------------------------------------------------------
    def inline(self, node: Element | str) -> str:
        if isinstance(node, str):
            return escape_text(node)
        tag = node.tag
        if tag == "br":
            return _BREAK
        if tag == "img":
            return self._image(node)
        if tag == "code" or tag in ("kbd", "samp", "tt"):
            text = _SPACE.sub(" ", _text_of(node))
            return _code_span(text) if text.strip() else text
        if tag == "pre":
            return _code_span(_SPACE.sub(" ", _text_of(node)).strip())
        markers = [m for m in _style_markers(node) if m not in self.active]
        self.active.update(markers)
        inner = _join_inline([self.inline(child) for child in node.children])
        self.active.difference_update(markers)
        if tag == "a":
            return self._link(node, inner)
        for marker in markers:
            inner = _BREAK.join(_wrap(marker, part) for part in inner.split(_BREAK))
        if tag in BLOCK:
            return f" {inner} "
        return inner

    def _link(self, element: Element, text: str) -> str:
        url = _safe_url(element.attrs.get("href", ""), SAFE_SCHEMES)
        if url is None or not text.strip():
            return text
        return _wrap_link(text, url)

    def _image(self, element: Element) -> str:
        alt = _SPACE.sub(" ", element.attrs.get("alt", "")).strip()
        url = _safe_url(element.attrs.get("src", ""), _IMAGE_SCHEMES)
        if url is None:
            return escape_text(alt)
        return f"![{escape_text(alt)}]({url})"


def _wrap_link(text: str, url: str) -> str:
    core = text.replace(_BREAK, " ").strip()
    start = text[: len(text) - len(text.lstrip())]
    end = text[len(text.rstrip()):]
    return f"{start}[{core}]({url}){end}"
