"""Fetching one page for a related-news row: its final URL and its metadata, or why not."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from retro_editor.web.charset import decode_page
from retro_editor.web.http_client import (
    MAX_BODY_BYTES,
    REQUEST_DEADLINE,
    WebError,
    check_web_url,
    describe_http_error,
    new_client,
    read_limited,
)
from retro_editor.web.metadata import PageMetadata, extract_metadata

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class PageFetch:
    url: str
    final_url: str
    metadata: PageMetadata | None
    #: one line saying why no metadata was read ("" when it was)
    error: str = ""
    #: True when the page was longer than the cap and only its start was read
    truncated: bool = False


def _fetch(client: httpx.Client, url: str, limit: int) -> PageFetch:
    deadline = time.monotonic() + REQUEST_DEADLINE
    with client.stream("GET", url, headers={"Accept": "text/html,application/xhtml+xml"}) \
            as response:
        final = str(response.url)
        if response.status_code >= 400:
            return PageFetch(url, final, None,
                             f"the server answered {response.status_code} "
                             f"{response.reason_phrase}".strip())
        content_type = response.headers.get("content-type", "")
        media = content_type.split(";")[0].strip().lower()
        if media and media not in _HTML_TYPES:
            return PageFetch(url, final, None, f"not a web page ({media})")
        body = read_limited(response, limit, deadline)
    html = decode_page(body.data, content_type)
    return PageFetch(url, final, extract_metadata(html, final), truncated=body.truncated)


def fetch_page(url: str, client: httpx.Client | None = None,
               limit: int = MAX_BODY_BYTES) -> PageFetch:
    """Never raises for network trouble: the outcome says what went wrong in one line."""
    try:
        check_web_url(url)
        if client is not None:
            return _fetch(client, url, limit)
        with new_client() as own:
            return _fetch(own, url, limit)
    except (WebError, httpx.HTTPError) as exc:
        return PageFetch(url, url, None, describe_http_error(exc))
