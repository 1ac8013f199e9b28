"""schema.org structured data (JSON-LD) for the HTML export: what search engines read.

The article is an ``Article`` or a ``NewsArticle`` (``publishing.schema_type``) with its
headline, description, cover, dates, author, publisher, language, the page it is the main
entity of (the canonical URL), and the related news as ``citation`` entries. Fields without a
value are left out rather than written empty. Image URLs are made absolute against the canonical
URL when there is one (search engines need absolute URLs); an image embedded as a data URI is
never written into the structured data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import Manifest, RelatedLink
from retro_editor.core.textstats import count_words

SCHEMA_CONTEXT = "https://schema.org"

#: turns a project-relative image path into the URL the exported page uses for it
ImageUrl = Callable[[str], str]


def _web_url(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def _absolute(url: str, base: str | None) -> str | None:
    """``url`` as a URL a crawler can fetch: absolute as it is, resolved against ``base``, or
    relative to the page when there is no base; never a data URI."""
    if not url or url.startswith("data:"):
        return None
    if _web_url(url):
        return url
    return urljoin(base, url) if base else url


def _image(path: str | None, image_url: ImageUrl | None, base: str | None) -> str | None:
    if not path:
        return None
    if _web_url(path):
        return path
    if image_url is None:
        return None
    try:
        return _absolute(image_url(path), base)
    except ProjectError:  # a missing or refused file: ``check`` names it; the page still exports
        return None


def _citation(link: RelatedLink) -> dict[str, Any]:
    entry: dict[str, Any] = {"@type": "CreativeWork", "name": link.title, "url": link.url}
    if link.date:
        entry["datePublished"] = link.date
    if link.source:
        entry["publisher"] = {"@type": "Organization", "name": link.source}
    return entry


def _publisher(manifest: Manifest, image_url: ImageUrl | None,
               base: str | None) -> dict[str, Any] | None:
    settings = manifest.publishing
    if not settings.publisher_name:
        return None
    publisher: dict[str, Any] = {"@type": "Organization", "name": settings.publisher_name}
    if _web_url(settings.publisher_url):
        publisher["url"] = settings.publisher_url
    logo = _image(settings.publisher_logo, image_url, base)
    if logo:
        publisher["logo"] = {"@type": "ImageObject", "url": logo}
    return publisher


def article_json_ld(manifest: Manifest, text: str, image_url: ImageUrl | None = None,
                    cover_override: str = "") -> dict[str, Any]:
    """The article's JSON-LD object. ``image_url`` maps project images to the page's URLs
    (``None``: images are embedded and left out); ``cover_override`` is an absolute cover URL
    chosen by the writer (the HTML export's ``image_url`` option)."""
    article = manifest.article
    base = article.canonical_url or None
    data: dict[str, Any] = {"@context": SCHEMA_CONTEXT,
                            "@type": manifest.publishing.schema_type}
    optional: dict[str, Any] = {
        "headline": article.title,
        "alternativeHeadline": article.subtitle,
        "description": article.summary,
        "image": [cover_override] if cover_override else None,
        "datePublished": article.published,
        "dateModified": article.updated or article.published,
        "inLanguage": article.language,
        "keywords": ", ".join(article.tags),
        "articleSection": article.category,
        "wordCount": count_words(text),
    }
    if not cover_override:
        cover = _image(article.cover, image_url, base)
        optional["image"] = [cover] if cover else None
    if article.author:
        optional["author"] = {"@type": "Person", "name": article.author}
    optional["publisher"] = _publisher(manifest, image_url, base)
    if base:
        optional["mainEntityOfPage"] = {"@type": "WebPage", "@id": base}
        optional["url"] = base
    citations = [_citation(link) for link in manifest.related if link.title and link.url]
    optional["citation"] = citations
    data.update({key: value for key, value in optional.items() if value not in (None, "", [])})
    return data


def json_ld_script(data: dict[str, Any]) -> str:
    """A ``<script type="application/ld+json">`` element; ``<``, ``>`` and ``&`` are escaped
    so no value can end the script element or start markup inside it."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{text}\n</script>'
