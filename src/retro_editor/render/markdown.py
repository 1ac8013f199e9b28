"""The one configured Markdown renderer: preview and every export use it, so they agree.

markdown-it-py in its "gfm-like" preset (tables, strikethrough, linkify, raw HTML) plus
footnotes, front matter (parsed, never shown), task lists (:mod:`.tasklists`, linear
in the list's length) and definition lists.
On top of the stock output:

* top-level headings (not inside lists or quotes) get an ``id`` from
  :class:`~retro_editor.core.anchors.AnchorAllocator`, in document order, from the heading's
  source text exactly as ``core.outline`` does, so the outline's anchors and the page's ids
  agree;
* every top-level block element carries ``data-source-line="N"`` (0-based first line plus the
  caller's ``line_offset``) for scroll sync and for patching one block in the preview;
* fenced code with a language is highlighted by :class:`~.highlight.Highlighter` (bounded);
* table alignment becomes ``class="align-left|center|right"`` (the sanitiser drops ``style``);
* linkify only links text that names a scheme (``https://…``), starts with ``www.``, or is an
  e-mail address: bare names such as ``setup.py`` or ``README.md`` (``.py`` and ``.md`` are
  country domains) stay text;
* with a :class:`~.typography.Typesetting` that asks for them, smart punctuation by language
  (:mod:`.typography`) and figures with captions (:mod:`.figures`); the default renderer keeps
  the text as typed;
* a link whose text is its URL gets ``class="bare-url"`` (print CSS then does not print the
  URL a second time after it);
* every reference to a note is labelled with its number (``[1]``, also when cited again);
* the final fragment is sanitised (:mod:`.sanitize`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import MutableMapping, Sequence
from typing import Any
from urllib.parse import unquote

from linkify_it import LinkifyIt
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, unescapeAll
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from retro_editor.core.anchors import AnchorAllocator
from retro_editor.render.figures import figures_rule
from retro_editor.render.highlight import Highlighter
from retro_editor.render.sanitize import Sanitizer, limit_raw_html_depth
from retro_editor.render.tasklists import tasklists_plugin
from retro_editor.render.toml_front_matter import toml_front_matter_plugin
from retro_editor.render.typography import PLAIN, Typesetting, dashes_rule, protect_literals_rule

SOURCE_LINE = "data-source-line"

_ALIGN = re.compile(r"text-align:\s*(left|center|right)")
_LANGUAGE_CLASS = re.compile(r"[^\w+#.-]")
_FIRST_START_TAG = re.compile(r"^(\s*<[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])")
_NO_SOURCE_LINE = frozenset({"inline", "front_matter"})
_MAY_LINK = re.compile(r"://|www\.|@", re.IGNORECASE)


class _ProseLinkify(LinkifyIt):  # type: ignore[misc]  # linkify-it-py ships no types
    """linkify-it with a cheap first look: text without ``://``, ``www.`` or ``@`` can hold no
    link we keep, and skipping linkify-it's regexes there halves the time of a long render.

    ``pretest`` sees a whole paragraph's source, link destinations included, so linkify-it's
    own pretest there would run its large regex over nearly every paragraph; ``test`` on each
    text piece does the real check, so the cheap look is all ``pretest`` needs."""

    def pretest(self, text: str) -> bool:
        return bool(_MAY_LINK.search(text))

    def test(self, text: str) -> bool:
        return bool(_MAY_LINK.search(text)) and super().test(text)


def heading_title(inline: Token) -> str:
    """The heading's source text (markers and closing ``#``s removed, setext lines joined by
    ``\n``), which is what :func:`retro_editor.core.outline.parse_outline` gives the
    allocator: ``## The *Making* of [x](https://e.org)`` → ``the-making-of-xhttpseorg``."""
    return inline.content


def heading_plain_text(inline: Token) -> str:
    """The words of a heading without its markup: ``# The *Making* of `x` `` → ``The Making
    of x`` (raw HTML tags are left out, entities decoded)."""
    parts = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(heading_plain_text(child))
    return "".join(parts)


_TYPOGRAPHIC = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                              "\u00bb": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'",
                              "\u2039": "'", "\u203a": "'", "\u2013": "--", "\u2014": "---",
                              "\u2026": "...", "\u202f": " ", "\u00a0": " "})


def same_title(heading_text: str, title: str) -> bool:
    """Whether a heading's plain text is the article title: spaces collapsed, case ignored,
    smart punctuation (:mod:`.typography`) read as typed."""
    def norm(text: str) -> str:
        return " ".join(text.translate(_TYPOGRAPHIC).replace('" ', '"').replace(' "', '"')
                        .split()).casefold()

    return bool(title.strip()) and norm(heading_text) == norm(title)


def leading_title_heading(tokens: Sequence[Token], title: str) -> int | None:
    """The index of the ``heading_open`` token of a first-block H1 that *is* the title.

    A project's text may start with ``# Title`` (every project made before New Project stopped
    writing one does): the preview and every export then show the title once, from this
    heading's place or from the manifest, never both. Only front matter may come before it.
    """
    for index, token in enumerate(tokens):
        if token.type == "front_matter":
            continue
        if (token.type == "heading_open" and token.tag == "h1" and index + 1 < len(tokens)
                and same_title(heading_plain_text(tokens[index + 1]), title)):
            return index
        return None
    return None


class MarkdownRenderer:
    """Markdown to a sanitised HTML fragment.

    One instance may be shared by threads: calls are serialised (linkify-it keeps state per
    call). Call :meth:`close` to stop the highlighting worker early; it also stops when the
    renderer is garbage-collected or the program exits.
    """

    def __init__(self, *, highlighter: Highlighter | None = None,
                 sanitizer: Sanitizer | None = None, typesetting: Typesetting = PLAIN) -> None:
        self.highlighter = highlighter or Highlighter()
        self.sanitizer = sanitizer or Sanitizer()
        self.typesetting = typesetting
        self._lock = threading.RLock()
        smart = typesetting.quotes is not None
        options: dict[str, Any] = {"typographer": smart}
        if typesetting.quotes is not None:
            options["quotes"] = list(typesetting.quotes)
        md = MarkdownIt("gfm-like", options)
        md.linkify = _ProseLinkify()
        md.use(front_matter_plugin)
        md.use(toml_front_matter_plugin)
        md.use(footnote_plugin)
        md.use(tasklists_plugin)
        md.use(deflist_plugin)
        md.core.ruler.after("linkify", "retro_strict_linkify", _strict_linkify)
        md.core.ruler.after("retro_strict_linkify", "retro_figures",
                            figures_rule(typesetting.captions))
        md.core.ruler.after("retro_figures", "retro_protect_literals", protect_literals_rule)
        md.core.ruler.after("retro_protect_literals", "retro_dashes", dashes_rule)
        if smart:
            md.enable("smartquotes")
        md.core.ruler.push("retro_block_attributes", _block_attributes)
        md.core.ruler.push("retro_bare_urls", _mark_bare_urls)
        md.add_render_rule("fence", lambda _renderer, *args: self._render_fence(*args))
        md.add_render_rule("html_block", _render_html_block)
        md.add_render_rule("raw_html_rejected", _render_rejected_html)
        md.add_render_rule("footnote_block_open", _render_footnote_block_open)
        md.add_render_rule("footnote_caption", _render_footnote_caption)
        self.md = md

    def parse(self, text: str, env: MutableMapping[str, Any] | None = None, *,
              line_offset: int = 0, allocator: AnchorAllocator | None = None) -> list[Token]:
        """Tokens with heading ids and ``data-source-line`` attributes already set.

        ``env`` collects parse state that rendering needs (footnotes): pass the same mapping
        to :meth:`render_tokens`. ``allocator`` lets a caller rendering one block of a larger
        document continue the document's anchors; by default each parse starts afresh.
        """
        env = {} if env is None else env
        env["retro_line_offset"] = line_offset
        env["retro_allocator"] = allocator or AnchorAllocator()
        with self._lock:
            tokens = self.md.parse(_clean_text(text), env)
        limit_raw_html_depth(tokens)
        return tokens

    def render_tokens(self, tokens: Sequence[Token], env: MutableMapping[str, Any] | None = None) -> str:
        """Sanitised HTML for tokens from :meth:`parse`."""
        env = {} if env is None else env
        env.setdefault("retro_deadline", self.highlighter.deadline())
        with self._lock:
            html = self.md.renderer.render(tokens, self.md.options, env)
        # lstrip: markdown-it starts a line after a hidden token (the front matter).
        return self.sanitizer.clean(html.lstrip("\n"))

    def render(self, text: str, *, line_offset: int = 0,
               allocator: AnchorAllocator | None = None) -> str:
        """The sanitised HTML fragment for ``text``; never raises for any text."""
        env: dict[str, Any] = {}
        tokens = self.parse(text, env, line_offset=line_offset, allocator=allocator)
        return self.render_tokens(tokens, env)

    def close(self) -> None:
        self.highlighter.close()

    def _render_fence(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        info = unescapeAll(token.info).strip()
        language = info.split(maxsplit=1)[0] if info else ""
        line = _source_line_attr(token)
        css_class = ""
        if language:
            css_class = f' class="language-{escapeHtml(_LANGUAGE_CLASS.sub("", language))}"'
            highlighted = self.highlighter.highlight(language, token.content,
                                                     deadline=env.get("retro_deadline"))
            if highlighted is not None:
                return (f'<div class="highlight"{line}><pre><code{css_class}>'
                        f"{highlighted}</code></pre></div>\n")
        return f"<pre{line}><code{css_class}>{escapeHtml(token.content)}</code></pre>\n"


def _clean_text(text: str) -> str:
    """U+0000 is not allowed in HTML; CommonMark replaces it with U+FFFD."""
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


def _source_line_attr(token: Token) -> str:
    value = token.attrGet(SOURCE_LINE)
    return f' {SOURCE_LINE}="{value}"' if value is not None else ""


def _strict_linkify(state: StateCore) -> None:
    """Undoes linkify's fuzzy links (``example.com``), keeping scheme, ``www.`` and e-mail links."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children = block.children
        if not any(c.type == "link_open" and c.markup == "linkify" for c in children):
            continue
        kept: list[Token] = []
        i = 0
        while i < len(children):
            child = children[i]
            if (child.type == "link_open" and child.markup == "linkify"
                    and i + 2 < len(children) and children[i + 2].type == "link_close"):
                text = children[i + 1].content
                href = str(child.attrGet("href") or "")
                if not ("://" in text or text.lower().startswith("www.")
                        or href.startswith("mailto:")):
                    plain = Token("text", "", 0)
                    plain.content = text
                    kept.append(plain)
                    i += 3
                    continue
            kept.append(child)
            i += 1
        block.children = kept


def _mark_bare_urls(state: StateCore) -> None:
    for block in state.tokens:
        children = block.children if block.type == "inline" else None
        if not children:
            continue
        for i, child in enumerate(children[:-2]):
            if child.type != "link_open" or children[i + 2].type != "link_close":
                continue
            text = children[i + 1].content.strip() if children[i + 1].type == "text" else ""
            href = str(child.attrGet("href") or "")
            if text and text in (href, href.removeprefix("mailto:"), unquote(href),
                                 href.split("://", 1)[-1]):
                child.attrJoin("class", "bare-url")


def _block_attributes(state: StateCore) -> None:
    """Heading ids, source lines and alignment classes, set once the whole tree exists."""
    env = state.env
    offset = int(env.get("retro_line_offset", 0))
    allocator: AnchorAllocator = env.get("retro_allocator") or AnchorAllocator()
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type in ("th_open", "td_open"):
            style = str(token.attrGet("style") or "")
            if style:
                token.attrs.pop("style", None)
                match = _ALIGN.search(style)
                if match:
                    token.attrJoin("class", f"align-{match.group(1)}")
            continue
        if token.level != 0:
            continue
        if token.type == "footnote_block_open":
            lines = [t.map[0] for t in tokens[i + 1:] if t.map]
            if lines:
                token.attrSet(SOURCE_LINE, str(min(lines) + offset))
            continue
        if token.nesting == -1 or token.map is None or token.type in _NO_SOURCE_LINE:
            continue
        token.attrSet(SOURCE_LINE, str(token.map[0] + offset))
        if token.type == "heading_open" and i + 1 < len(tokens):
            token.attrSet("id", allocator.anchor(heading_title(tokens[i + 1])))


def _render_html_block(_renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """Raw HTML as written, with the source line put on its first element when it starts with one."""
    token = tokens[idx]
    line = _source_line_attr(token)
    if not line:
        return token.content
    return _FIRST_START_TAG.sub(lambda m: m.group(1) + line, token.content, count=1)


def _render_rejected_html(_renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    return f'<p class="raw-html-rejected"{_source_line_attr(token)}>{escapeHtml(token.content)}</p>\n'


def _render_footnote_block_open(_renderer: Any, tokens: Sequence[Token], idx: int, options: Any,
                                env: Any) -> str:
    """The footnotes section, without the stock ``<hr>`` (the themes draw a rule instead)."""
    return f'<section class="footnotes"{_source_line_attr(tokens[idx])}>\n<ol class="footnotes-list">\n'


def _render_footnote_caption(_renderer: Any, tokens: Sequence[Token], idx: int, options: Any,
                             env: Any) -> str:
    """``[1]`` for every reference to note 1 (the stock caption labels the second ``[1:1]``)."""
    return f"[{tokens[idx].meta['id'] + 1}]"
