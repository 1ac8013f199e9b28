"""A page's own description of itself: title, source, date, author, image, description.

Each field is taken from the first of these that has it (the order of preference):

1. JSON-LD: the first ``NewsArticle``/``Article``/``BlogPosting`` (or other ``…Article``)
   object, also inside ``@graph``; ``publisher`` may be a reference to an ``Organization``
   in the same graph; a ``WebSite`` node's name is the source if no publisher is named;
2. Open Graph (``og:title``, ``og:site_name``, ``article:published_time``, ``og:image``…);
3. Twitter cards (``twitter:title``, ``twitter:description``, ``twitter:image``);
4. Dublin Core (``DC.title``, ``DC.publisher``, ``DC.date``, ``DCTERMS.created``…);
5. plain ``<meta name=…>`` (``author``, ``description``, ``date``, ``pubdate``…);
6. the first ``<time datetime>`` (one marked ``itemprop=datePublished`` or ``pubdate`` first);
7. ``<title>``, for the title only.

Dates become the manifest's partial dates (``2004-03-14``, ``2004-03``, ``2004``): only the
calendar part is kept. Everything is plain text; nothing is rendered or executed.
"""

from __future__ import annotations

import email.utils
import json
import re
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urljoin

from retro_editor.core.field_checks import check_url, parse_partial_date
from retro_editor.web.page_scan import PageScan, scan_page

_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle",
                  "analysisnewsarticle", "opinionnewsarticle", "techarticle", "report",
                  "scholarlyarticle", "liveblogposting"}
_DATE_START = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])")
_MAX_FIELD = 2000


@dataclass(frozen=True)
class PageMetadata:
    title: str = ""
    source: str = ""
    #: a partial ISO date (``2004``, ``2004-03``, ``2004-03-14``) or ""
    date: str = ""
    author: str = ""
    image: str = ""
    description: str = ""
    canonical: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def partial_date(text: str) -> str:
    """The calendar part of an ISO or e-mail style date, as a partial date; "" if none."""
    match = _DATE_START.match(text or "")
    if match:
        found = "-".join(part for part in match.groups() if part)
        try:
            parse_partial_date(found)
        except ValueError:
            return ""
        return found
    try:
        return email.utils.parsedate_to_datetime(text.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _clean(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(filter(None, (_clean(v) for v in value)))
    if isinstance(value, dict):
        return _clean(value.get("name") or value.get("url") or "")
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return ""
    return " ".join(str(value).split())[:_MAX_FIELD]


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _nodes(data: Any) -> list[dict[str, Any]]:
    """Every object at the top of a JSON-LD script or in its ``@graph``."""
    found: list[dict[str, Any]] = []
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                found.extend(g for g in graph if isinstance(g, dict))
    return found


def _json_ld_nodes(scan: PageScan) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for script in scan.json_ld:
        try:
            nodes.extend(_nodes(json.loads(script)))
        except (ValueError, RecursionError):
            continue
    return nodes


def _image(value: Any) -> str:
    if isinstance(value, list):
        return _image(value[0]) if value else ""
    if isinstance(value, dict):
        return _clean(value.get("url") or value.get("contentUrl") or "")
    return _clean(value)


def _from_json_ld(nodes: list[dict[str, Any]]) -> dict[str, str]:
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}

    def resolved(value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"@id"}:
            return by_id.get(value["@id"], value)
        if isinstance(value, list):
            return [resolved(v) for v in value]
        return value

    article = next((n for n in nodes if _types(n) & _ARTICLE_TYPES
                    or any(t.endswith("article") for t in _types(n))), None)
    site = next((n for n in nodes if "website" in _types(n)), None)
    out: dict[str, str] = {}
    if article is not None:
        out["title"] = _clean(article.get("headline") or article.get("name") or "")
        out["source"] = _clean(resolved(article.get("publisher")) or "")
        out["date"] = partial_date(_clean(article.get("datePublished") or
                                          article.get("dateCreated") or ""))
        out["author"] = _clean(resolved(article.get("author")) or "")
        out["image"] = _image(resolved(article.get("image")))
        out["description"] = _clean(article.get("description") or "")
        out["canonical"] = _clean(article.get("url") or article.get("mainEntityOfPage") or "")
    if not out.get("source") and site is not None:
        out["source"] = _clean(site.get("name") or "")
    return out


def _first_time(scan: PageScan) -> str:
    marked = [value for value, is_marked in scan.times if is_marked]
    for value in marked + [value for value, _ in scan.times]:
        found = partial_date(value)
        if found:
            return found
    return ""


def _from_meta(scan: PageScan) -> list[dict[str, str]]:
    """The other sources, most preferred first (see the module docstring)."""
    f = scan.first
    return [
        {"title": f("og:title"), "source": f("og:site_name"),
         "date": partial_date(f("article:published_time", "og:published_time")),
         "author": "" if f("article:author").startswith(("http:", "https:"))
         else f("article:author"),
         "image": f("og:image", "og:image:url", "og:image:secure_url"),
         "description": f("og:description"), "canonical": f("og:url")},
        {"title": f("twitter:title"), "description": f("twitter:description"),
         "image": f("twitter:image", "twitter:image:src")},
        {"title": f("dc.title", "dcterms.title"),
         "source": f("dc.publisher", "dcterms.publisher"),
         "date": partial_date(f("dc.date", "dcterms.created", "dcterms.date",
                                "dc.date.issued", "dcterms.issued")),
         "author": f("dc.creator", "dcterms.creator"),
         "description": f("dc.description", "dcterms.description")},
        {"title": f("title", "headline"), "source": f("application-name", "publisher"),
         "date": partial_date(f("date", "pubdate", "publishdate", "publish-date",
                                "article:published", "datepublished", "sailthru.date",
                                "parsely-pub-date")),
         "author": f("author", "byl"), "description": f("description"),
         "image": f("image", "thumbnail")},
        {"date": _first_time(scan)},
        {"title": scan.title},
    ]


def _absolute_url(value: str, base: str) -> str:
    if not value:
        return ""
    try:
        return check_url(urljoin(base, value))
    except ValueError:
        return ""


def extract_metadata(html: str, base_url: str) -> PageMetadata:
    """The page's metadata; ``base_url`` (the final URL) resolves relative image and
    canonical URLs. Fields the page does not give are empty."""
    scan = scan_page(html)
    layers = [_from_json_ld(_json_ld_nodes(scan)), *_from_meta(scan)]
    chosen: dict[str, str] = {}
    for name in PageMetadata.__dataclass_fields__:
        chosen[name] = next((layer[name] for layer in layers if layer.get(name)), "")
    chosen["canonical"] = _absolute_url(scan.canonical or chosen["canonical"], base_url)
    chosen["image"] = _absolute_url(chosen["image"], base_url)
    return PageMetadata(**{k: " ".join(v.split())[:_MAX_FIELD] for k, v in chosen.items()})
