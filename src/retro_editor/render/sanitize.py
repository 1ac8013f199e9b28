"""Safe raw HTML: an explicit allowlist applied with nh3 (ammonia, Rust) to the final fragment.

Writers may use raw HTML in their Markdown, so the whole rendered fragment — not just the raw
parts — goes through one allowlist that keeps everything the renderer itself emits and nothing
that can run script, load frames or submit forms. URL attributes keep http, https, mailto,
relative URLs and ``#`` anchors; ``data:`` survives only as an ``<img src>`` with an ``image/*``
type. ammonia parses URLs like a browser (tabs and newlines inside a scheme are ignored, entities
are decoded first), so ``jav&#x09;ascript:`` is recognised and dropped. ``file:`` links are
dropped too: a page must not point into the writer's file system.

A second concern is time: html5ever (nh3's parser) needs time quadratic in the nesting depth of
unclosed block elements (50,000 nested ``<div>`` took 11.8 s here, 5,000 took 0.1 s), so raw
HTML that nests deeper than :data:`MAX_RAW_HTML_DEPTH` is shown as text instead
(:func:`limit_raw_html_depth`, run on the tokens before rendering).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import nh3
from markdown_it.token import Token

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
    "tr", "u", "ul", "var", "wbr",
})

#: Tags removed together with everything inside them.
CLEAN_CONTENT_TAGS = frozenset({
    "script", "style", "iframe", "object", "embed", "noscript", "template", "textarea",
    "select", "title", "xmp", "noembed", "noframes", "frameset", "math", "svg",
})

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "id", "title", "lang", "dir", "data-source-line"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "input": {"checked", "disabled"},
    "ol": {"start", "reversed"},
    "li": {"value"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "time": {"datetime"},
    "details": {"open"},
    "abbr": set(),
}

#: ``<input>`` exists only for task-list checkboxes.
TAG_ATTRIBUTE_VALUES = {"input": {"type": {"checkbox"}}}

URL_SCHEMES = frozenset({"http", "https", "mailto", "data"})

_URL_ATTRIBUTES = frozenset({"href", "src", "cite"})
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
_DATA_IMAGE = re.compile(r"data:image/[a-z0-9.+-]+[;,]")

MAX_RAW_HTML_DEPTH = 100

#: A tag, or an unfinished one running to the end of the text (its last group is then empty):
#: every character is read once, so a run of ``<a`` without ``>`` is linear (a pattern that
#: needs the ``>`` retried from each ``<a``: 40 KB took 21 s).
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']++|\"[^\"]*+(?:\"|\Z)|'[^']*+(?:'|\Z))*+)(>?)")
#: Elements that never hold children, or that the parser closes by itself when the next one
#: starts, so they never pile up on its stack of open elements.
_NOT_NESTING = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "rb", "rt", "rp", "tbody", "thead", "tfoot",
})


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    """Lets ``data:`` URLs through only as ``<img src>`` with an image type."""
    if attribute in _URL_ATTRIBUTES:
        compact = _IGNORED_IN_URL.sub("", value).lower()
        if compact.startswith("data:"):
            if tag == "img" and attribute == "src" and _DATA_IMAGE.match(compact):
                return value
            return None
    return value


class Sanitizer:
    """A reusable nh3 cleaner with the renderer's allowlist."""

    def __init__(self) -> None:
        self._cleaner = nh3.Cleaner(
            tags=set(ALLOWED_TAGS),
            clean_content_tags=set(CLEAN_CONTENT_TAGS),
            attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
            tag_attribute_values=TAG_ATTRIBUTE_VALUES,
            attribute_filter=_attribute_filter,
            url_schemes=set(URL_SCHEMES),
            link_rel=None,
            strip_comments=True,
        )

    def clean(self, html: str) -> str:
        return self._cleaner.clean(html)


def raw_html_depth_change(html: str, depth: int) -> tuple[int, int]:
    """``(depth after, deepest reached)`` when the tags in ``html`` follow ``depth`` open ones."""
    deepest = depth
    for match in _TAG.finditer(html):
        closing, name, inside, end = match.groups()
        if not end or name.lower() in _NOT_NESTING or inside.endswith("/"):
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return depth, deepest


def limit_raw_html_depth(tokens: Iterable[Token], max_depth: int = MAX_RAW_HTML_DEPTH) -> int:
    """Turns raw HTML tokens that would nest deeper than ``max_depth`` into plain text.

    Counts open elements across all raw HTML of the document in order (inline and block).
    A rejected ``html_block`` becomes a ``raw_html_rejected`` token (rendered as an escaped
    paragraph), a rejected ``html_inline`` becomes ``text``. Returns how many were rejected.
    """
    depth = 0
    rejected = 0
    for token in tokens:
        if token.type == "html_block":
            candidates = [token]
        elif token.type == "inline" and token.children:
            candidates = [c for c in token.children if c.type == "html_inline"]
        else:
            continue
        for candidate in candidates:
            after, deepest = raw_html_depth_change(candidate.content, depth)
            if deepest > max_depth:
                candidate.type = "raw_html_rejected" if candidate.type == "html_block" else "text"
                rejected += 1
            else:
                depth = after
    return rejected
