"""Raw HTML in the Markdown that site exports (Markdown, Hugo, Jekyll) publish: cleaned with
the preview's allowlist (:mod:`retro_editor.render.sanitize`) unless the export's ``raw_html``
option keeps it as written.

Only the raw HTML is touched, tag by tag, so the Markdown around it stays as the writer typed
it: a tag the allowlist does not know is removed (``<script>``, ``<style>``, ``<iframe>``… with
their content), an allowed one is written again with only its allowed attributes and URLs
(no event handlers, no ``javascript:``). Comments go. In an HTML block every other ``<`` is
written ``&lt;``, so no tag can be put together from the pieces left. Removed text keeps its
line breaks, so every line of the Markdown stays on its line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from markdown_it.common.html_re import HTML_TAG_RE, attr_name, attr_value
from markdown_it.token import Token

from retro_editor.core.translatable import translatable
from retro_editor.export.base import ExportOption
from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.render.sanitize import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    CLEAN_CONTENT_TAGS,
    TAG_ATTRIBUTE_VALUES,
)

RAW_HTML_OPTION = ExportOption(
    "raw_html", translatable("ExportDialog", "Keep raw HTML as written (unsafe)"), False,
    help=translatable("ExportDialog",
                      "off: raw HTML is cleaned as in the preview (no scripts, event handlers or "
                      "javascript: links); on: published exactly as written, scripts included - "
                      "only for HTML you trust"))

_NAME = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)")
_ATTRIBUTE = re.compile(rf"\s+({attr_name})(?:\s*=\s*({attr_value}))?")
_CODE_SPAN = re.compile(r"(?<![`\\])(`+)(?!`)(?:.|\n)*?(?<!`)\1(?!`)")
_ANGLE_DESTINATION = re.compile(r"\]\(\s*<[^>\n]*>")
_URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_DATA_IMAGE = re.compile(r"data:image/[a-z0-9.+-]+[;,]")

#: a comment as the HTML standard defines a valid one (not opening with ">" or "->", no "--"
#: inside, no conditional comment): inert in every browser, and site generators read some of
#: them (Hugo's ``<!--more-->`` summary divider), so site exports keep them
_INERT_COMMENT = re.compile(r"<!--(?![>\[]|->)(?:(?!--)[^<])*-->\Z", re.S)

def _safe_url(tag: str, attribute: str, value: str) -> bool:
    compact = _IGNORED_IN_URL.sub("", html.unescape(value)).lower()
    scheme, colon, _rest = compact.partition(":")
    if not colon or any(c in scheme for c in "/?#"):
        return True
    if scheme == "data":
        return tag == "img" and attribute == "src" and bool(_DATA_IMAGE.match(compact))
    return scheme in _SAFE_SCHEMES


def _clean_open_tag(tag: str, name: str) -> str:
    allowed = ALLOWED_ATTRIBUTES.get("*", set()) | ALLOWED_ATTRIBUTES.get(name, set())
    values = TAG_ATTRIBUTE_VALUES.get(name, {})
    kept = []
    name_match = _NAME.match(tag)
    assert name_match is not None  # HTML_TAG_RE found it: it starts with its name
    for match in _ATTRIBUTE.finditer(tag[name_match.end():]):
        attribute = match.group(1).lower()
        raw = match.group(2)
        value = html.unescape(raw[1:-1] if raw and raw[0] in "\"'" else (raw or ""))
        if attribute not in allowed and attribute not in values:
            continue
        if attribute in values and value.lower() not in values[attribute]:
            continue
        if attribute in _URL_ATTRIBUTES and not _safe_url(name, attribute, value):
            continue
        kept.append(f' {attribute}="{html.escape(value, quote=True)}"' if raw is not None
                    else f" {attribute}")
    closing = " /" if tag.rstrip(">").rstrip().endswith("/") else ""
    return f"<{name}{''.join(kept)}{closing}>"


def _newlines(text: str) -> str:
    return "\n" * text.count("\n")


def clean_html(source: str, escape_stray: bool) -> str:
    """``source`` with every tag cleaned; ``escape_stray``: other ``<`` become ``&lt;``."""
    out: list[str] = []
    pos = 0
    while pos < len(source):
        start = source.find("<", pos)
        if start < 0:
            out.append(source[pos:])
            break
        out.append(source[pos:start])
        match = HTML_TAG_RE.match(source, start)
        if match is None:
            shortcode = source.endswith("{{", 0, start)  # Hugo's {{< name >}} delimiter
            out.append("&lt;" if escape_stray and not shortcode else "<")
            pos = start + 1
            continue
        tag = match.group(0)
        pos = match.end()
        named = _NAME.match(tag)
        if named is None:  # comment, processing instruction, declaration, CDATA
            out.append(tag if _INERT_COMMENT.match(tag) else _newlines(tag))
            continue
        closing, name = named.group(1) == "/", named.group(2).lower()
        if name in CLEAN_CONTENT_TAGS and not closing:
            end = re.compile(rf"</\s*{name}\s*>", re.I).search(source, pos)
            stop = end.end() if end else len(source)
            out.append(_newlines(source[start:stop]))
            pos = stop
        elif name not in ALLOWED_TAGS:
            out.append(_newlines(tag))
        elif closing:
            out.append(f"</{name}>")
        else:
            out.append(_clean_open_tag(tag, name) + _newlines(tag))
    return "".join(out)


def _clean_inline(source: str) -> str:
    """Cleans the tags of Markdown text, leaving code spans and ``](<…>)`` destinations."""
    kept = [m.span() for pattern in (_CODE_SPAN, _ANGLE_DESTINATION)
            for m in pattern.finditer(source)]
    out, pos = [], 0
    for start, end in sorted(kept):
        if start < pos:
            continue
        out.append(clean_html(source[pos:start], escape_stray=False))
        out.append(source[start:end])
        pos = end
    out.append(clean_html(source[pos:], escape_stray=False))
    return "".join(out)


def _until_stable(clean: Callable[[str], str], source: str) -> str:
    for _ in range(100):
        cleaned = clean(source)
        if cleaned == source:
            break
        source = cleaned
    return source


def _raw_html_lines(tokens: Sequence[Token]) -> dict[int, tuple[int, bool]]:
    """First line → (end line, is an HTML block) of every block holding raw HTML."""
    blocks: dict[int, tuple[int, bool]] = {}
    for token in tokens:
        if not token.map:
            continue
        if token.type == "html_block":
            blocks[token.map[0]] = (token.map[1], True)
        elif token.type == "inline" and any(c.type == "html_inline"
                                            for c in token.children or ()):
            blocks.setdefault(token.map[0], (token.map[1], False))
    return blocks


def _unclean_lines(tokens: Sequence[Token]) -> dict[int, tuple[int, bool]]:
    """The blocks of :func:`_raw_html_lines` whose raw HTML cleaning would still change."""
    found = _raw_html_lines(tokens)
    unclean = {}
    for token in tokens:
        if not token.map or token.map[0] not in found:
            continue
        if token.type == "html_block":
            dirty = clean_html(token.content, escape_stray=True) != token.content
        else:
            dirty = any(clean_html(c.content, escape_stray=False) != c.content
                        for c in token.children or () if c.type == "html_inline")
        if dirty:
            unclean[token.map[0]] = found[token.map[0]]
    return unclean


_HIGHLIGHT_OPEN = re.compile(r"\{\{[<%]\s*highlight\b")
_HIGHLIGHT_CLOSE = re.compile(r"\{\{[<%]\s*/\s*highlight\s*[>%]\}\}")


def _highlight_lines(lines: list[str]) -> set[int]:
    """Lines of Hugo ``{{< highlight >}}`` blocks: code that Hugo shows escaped, so the HTML
    in them is text to keep as written."""
    kept: set[int] = set()
    inside = False
    for number, line in enumerate(lines):
        if not inside and _HIGHLIGHT_OPEN.search(line):
            inside = True
        if inside:
            kept.add(number)
            if _HIGHLIGHT_CLOSE.search(line):
                inside = False
    return kept


def _split_around(start: int, end: int, kept: set[int]) -> list[tuple[int, int, bool]]:
    """``(start, end, keep)`` runs of the lines ``start..end``: kept lines apart."""
    runs: list[tuple[int, int, bool]] = []
    for number in range(start, end):
        keep = number in kept
        if runs and runs[-1][2] == keep and runs[-1][1] == number:
            runs[-1] = (runs[-1][0], number + 1, keep)
        else:
            runs.append((number, number + 1, keep))
    return runs


def _clean_lines(text: str, blocks: dict[int, tuple[int, bool]], mask_code: bool) -> str:
    lines = text.splitlines(keepends=True)
    kept = _highlight_lines(lines)
    if kept:
        blocks = {run_start: (run_end, is_block)
                  for start, (end, is_block) in blocks.items()
                  for run_start, run_end, keep in _split_around(start, end, kept) if not keep}
    out: list[str] = []
    line = 0
    for start in sorted(blocks):
        end, is_block = blocks[start]
        if start < line:
            continue
        out.extend(lines[line:start])
        source = "".join(lines[start:end])
        if is_block:
            clean = lambda s: clean_html(s, escape_stray=True)  # noqa: E731
        elif mask_code:
            clean = _clean_inline
        else:
            clean = lambda s: clean_html(s, escape_stray=False)  # noqa: E731
        out.append(_until_stable(clean, source))
        line = end
    out.extend(lines[line:])
    return "".join(out)


def sanitize_raw_html(text: str, tokens: Sequence[Token]) -> str:
    """``text`` with its raw HTML cleaned; ``tokens`` are the renderer's for ``text``.

    Code spans are recognised by a pattern; the result is parsed again and any block whose
    raw HTML is still not clean (a code span guessed wrongly) is cleaned whole; a block that
    even so stays unclean has every ``<`` written ``&lt;``.
    """
    blocks = _raw_html_lines(tokens)
    if not blocks:
        return text
    cleaned = _clean_lines(text, blocks, mask_code=True)
    renderer = MarkdownRenderer()
    for _ in range(8):
        unclean = _unclean_lines(renderer.parse(cleaned))
        if not unclean:
            return cleaned
        cleaned = _clean_lines(cleaned, unclean, mask_code=False)
    lines = cleaned.splitlines(keepends=True)
    kept = _highlight_lines(lines)
    for start, (end, _is_block) in _unclean_lines(renderer.parse(cleaned)).items():
        lines[start:end] = [line if start + i in kept else line.replace("<", "&lt;")
                            for i, line in enumerate(lines[start:end])]
    return "".join(lines)
