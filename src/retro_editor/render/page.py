"""The article page: a Jinja2 template (autoescaping on) around the rendered body.

The preview and the HTML export use the same page, so the writer sees what will be published.
The body goes inside ``<article id="retro-body">``, whose children the preview patches one
block at a time; everything else (header, fact box, related news) comes from the manifest and is
escaped by the template. A Content-Security-Policy meta forbids every script.

The text shown from the manifest (title, subtitle, byline, fact box, related news) gets the
body's smart punctuation (:func:`~retro_editor.render.typography.typeset_text`, before the
template escapes it); what machines read (``<title>``, the description and Open Graph metas)
stays as typed.

The title is shown once, as the page's one ``<h1>``. A body starting with an H1 that is the
title (:func:`~retro_editor.render.markdown.same_title`) loses that H1, the header's title
taking its anchor: an export drops it; the preview, whose body elements map one to one to the
text's blocks, puts an empty ``title-slot`` element in its place (:func:`preview_title_slot`).
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from retro_editor.render.markdown import same_title
from retro_editor.render.themes import DEFAULT_THEME, available_themes, theme_css
from retro_editor.render.typography import PLAIN, Typesetting, typeset_text
from retro_editor.resources import resource_path

__all__ = ["render_page", "preview_title_slot", "theme_css", "available_themes",
           "DEFAULT_LABELS"]

_log = logging.getLogger(__name__)

AssetUrl = Callable[[str], str]

#: Words the page shows; pass translated ones as ``labels``.
DEFAULT_LABELS: dict[str, str] = {
    "by": "By",
    "updated": "Updated",
    "facts": "At a glance",
    "related": "Related news",
    "archived": "archived copy",
    "view": "view",
    "views": "views",
    "tags": "Tags",
    "category": "Category",
    "canonical": "Originally published at",
    "untitled": "Untitled",
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_IMG_SRC = re.compile(r'(<img\b[^>]*?\ssrc=")([^"]*)(")')
_FIRST_H1 = re.compile(r"^\s*<h1\b([^>]*)>(.*?)</h1>", re.S)
_ID = re.compile(r'\sid="([^"]*)"')
_SOURCE_LINE = re.compile(r'\sdata-source-line="(\d+)"')
_TAGS = re.compile(r"<[^>]+>")
_SAFE_SCHEMES = ("http", "https", "mailto")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """Built on first use, not at import."""
    env = Environment(
        loader=FileSystemLoader(str(resource_path("templates"))),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = long_date
    return env


def long_date(value: dt.date | str | None) -> str:
    """``October 30, 2024``, ``October 2024`` or ``2024`` for a full or partial ISO date: fixed
    English month names, so the output does not vary with the process locale (Qt sets it from
    the desktop). Text that is not such a date is shown as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        value = value.isoformat()
    parts = value.split("-")
    if len(parts) > 3 or not all(p.isdigit() for p in parts):
        return value
    year, month, day = (int(p) for p in [*parts, "0", "0"][:3])
    if not 1 <= month <= 12:
        return str(year)
    return f"{_MONTHS[month - 1]} {day}, {year}" if day else f"{_MONTHS[month - 1]} {year}"


def views_text(views: int | None, labels: Mapping[str, str]) -> str:
    if views is None:
        return ""
    return f"{views:,} {labels['view'] if views == 1 else labels['views']}"


def safe_link(url: str | None) -> str:
    """``url`` if it is an http, https or mailto URL, else ``""`` (the link is then left out)."""
    if not url:
        return ""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return ""
    return url.strip() if scheme in _SAFE_SCHEMES else ""


def _is_relative(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return not parts.scheme and not parts.netloc and not url.startswith(("/", "#")) and bool(parts.path)


def rewrite_image_urls(body_html: str, asset_url: AssetUrl) -> str:
    """Passes every relative ``<img src>`` of a sanitised fragment through ``asset_url``."""

    def replace(match: re.Match[str]) -> str:
        url = html.unescape(match.group(2))
        if not _is_relative(url):
            return match.group(0)
        return match.group(1) + html.escape(asset_url(url), quote=True) + match.group(3)

    return _IMG_SRC.sub(replace, body_html)


def _plain(fragment: str) -> str:
    """The text of an HTML fragment: tags removed, entities decoded."""
    return html.unescape(_TAGS.sub("", fragment))


def _title_heading(body_html: str, title: str) -> re.Match[str] | None:
    """The body's leading H1 if it is the article's title."""
    first = _FIRST_H1.match(body_html)
    return first if first and same_title(_plain(first.group(2)), title) else None


def preview_title_slot(body_html: str, title: str) -> str:
    """The preview's body with its leading H1 that is ``title`` replaced by an empty
    ``<div class="title-slot">`` on the same source line.

    The header shows the title, so the page keeps one ``<h1>``, as an export does; the slot
    keeps the body at one element per block of the text, which the preview patches by index.
    """
    first = _title_heading(body_html, title)
    if first is None:
        return body_html
    line = _SOURCE_LINE.search(first.group(1))
    attribute = f' data-source-line="{line.group(1)}"' if line else ""
    return f'<div class="title-slot"{attribute}></div>{body_html[first.end():]}'


def _content_security_policy(img_sources: Iterable[str]) -> str:
    images = " ".join(["'self'", "data:", "blob:", "file:", "http:", "https:", *img_sources])
    return ("default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
            "base-uri 'none'; form-action 'none'; style-src 'unsafe-inline'; "
            f"img-src {images}; media-src {images}; font-src 'self' data:")


def print_details(link: Any) -> str:
    """A print source's issue and page: ``No. 9, p. 34``."""
    return ", ".join(filter(None, (link.issue, f"p. {link.page}" if link.page else "")))


def _related(manifest: Any, labels: Mapping[str, str]) -> list[dict[str, Any]]:
    items = []
    for link in manifest.related:
        if not link.url and "url" in link.drafts:
            continue  # its URL is a draft: only valid values are published
        items.append({
            "title": link.title,
            "url": safe_link(link.url) if link.url else "",
            "archive_url": safe_link(link.archive_url) if link.archive_url else "",
            "source": link.source,
            "print": print_details(link),
            "author": link.author,
            "date": link.date,
            "views": views_text(link.views, labels),
            "note": link.note,
        })
    return items


def render_page(manifest: Any, body_html: str, *, theme: str = DEFAULT_THEME,
                mode: str = "preview", asset_url: AssetUrl | None = None,
                extra_head: str = "", img_sources: Iterable[str] = (),
                labels: Mapping[str, str] | None = None,
                typesetting: Typesetting = PLAIN) -> str:
    """The full HTML5 document for ``manifest`` and a sanitised ``body_html`` fragment.

    ``mode`` is ``"preview"`` or ``"export"``. In export mode relative image URLs (the body's
    ``<img src>`` and the cover) go through ``asset_url`` (e.g. to data URIs); in preview mode
    they stay relative, to be resolved against the page's base URL, so that the blocks the
    preview patches in later (also relative) agree with the rest. ``extra_head`` is trusted
    HTML for ``<head>``; ``img_sources`` adds sources (e.g. a custom URL scheme) to the
    policy's ``img-src``. An unknown theme falls back to the default one. ``typesetting``
    sets the shown metadata's punctuation as the body's (the default keeps it as typed).
    """
    if mode not in ("preview", "export"):
        raise ValueError(f"mode must be 'preview' or 'export', not {mode!r}")
    words = {**DEFAULT_LABELS, **(labels or {})}
    try:
        css = theme_css(theme)
    except ValueError:
        _log.warning("theme %r does not exist; using %r", theme, DEFAULT_THEME)
        theme, css = DEFAULT_THEME, theme_css(DEFAULT_THEME)

    article = manifest.article
    rewrite = asset_url if (mode == "export" and asset_url is not None) else None
    cover = article.cover or ""
    if cover and f'src="{html.escape(cover, quote=True)}"' in body_html:
        cover = ""  # the body already shows it
    if rewrite is not None:
        body_html = rewrite_image_urls(body_html, rewrite)
        if cover and _is_relative(cover):
            cover = rewrite(cover)

    title_h1 = _title_heading(body_html, article.title)
    title_id = ""
    if title_h1 is not None:
        # the body's leading "# Title" is the title: the header shows it, with its anchor
        anchor = _ID.search(title_h1.group(1))
        title_id = anchor.group(1) if anchor else ""
        if mode == "export":
            body_html = body_html[title_h1.end():].lstrip("\n")
        else:
            body_html = preview_title_slot(body_html, article.title)
    language = article.language if _LANGUAGE.match(article.language or "") else "en"

    context = {
        "article": article,
        "title": article.title or words["untitled"],
        "show_title": bool(article.title),
        "title_id": title_id,
        "language": language,
        "canonical": safe_link(article.canonical_url),
        "cover": cover,
        "facts": [fact for fact in manifest.facts if fact.label],
        "related": _related(manifest, words),
        "labels": words,
        "theme": theme,
        "mode": mode,
        "css": Markup(css.replace("</", "<\\/")),
        "csp": _content_security_policy(img_sources),
        "extra_head": Markup(extra_head),
        "body": Markup(body_html),
        "typeset": lambda text: typeset_text(text or "", typesetting),
    }
    return _environment().get_template("page.html.j2").render(context)
