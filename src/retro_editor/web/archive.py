"""The Internet Archive: the snapshot of a URL closest to a date, and "Save Page Now".

The availability endpoint is ``RETRO_EDITOR_ARCHIVE_URL`` when set, the save endpoint
``RETRO_EDITOR_ARCHIVE_SAVE_URL`` (tests and offline checks point them at a local server),
else the public services. Answers are read like any page: capped, timed out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from urllib.parse import urljoin

import httpx

from retro_editor.core.field_checks import check_url
from retro_editor.web.http_client import WebError, read_limited

DEFAULT_ARCHIVE_URL = "https://archive.org/wayback/available"
ARCHIVE_URL_VARIABLE = "RETRO_EDITOR_ARCHIVE_URL"
DEFAULT_SAVE_URL = "https://web.archive.org/save/"
SAVE_URL_VARIABLE = "RETRO_EDITOR_ARCHIVE_SAVE_URL"
_MAX_ANSWER = 256 * 1024


def _setting(name: str, default: str, environ: Mapping[str, str] | None) -> str:
    return (os.environ if environ is None else environ).get(name, "").strip() or default


def archive_endpoint(environ: Mapping[str, str] | None = None) -> str:
    return _setting(ARCHIVE_URL_VARIABLE, DEFAULT_ARCHIVE_URL, environ)


def save_endpoint(environ: Mapping[str, str] | None = None) -> str:
    """The Save Page Now base URL; the page's URL is appended to it (``…/save/https://…``)."""
    return _setting(SAVE_URL_VARIABLE, DEFAULT_SAVE_URL, environ)


def _timestamp(date: str | None) -> str | None:
    """``1999-03`` → ``19990301``: the availability API wants YYYYMMDD or a prefix of it."""
    if not date:
        return None
    digits = date.replace("-", "")
    return digits if digits.isdigit() and len(digits) in (4, 6, 8) else None


def closest_snapshot(client: httpx.Client, url: str, date: str | None = None,
                     endpoint: str | None = None) -> str | None:
    """The archived copy's URL, or None if the archive has none; raises ``WebError`` or
    ``httpx.HTTPError`` when the archive cannot be asked."""
    params = {"url": url}
    stamp = _timestamp(date)
    if stamp:
        params["timestamp"] = stamp
    with client.stream("GET", endpoint or archive_endpoint(), params=params) as response:
        if response.status_code != 200:
            raise WebError(f"the archive answered {response.status_code}")
        body = read_limited(response, _MAX_ANSWER)
    try:
        closest = json.loads(body.data)["archived_snapshots"]["closest"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(closest, dict) or not closest.get("available"):
        return None
    snapshot = closest.get("url")
    if not isinstance(snapshot, str):
        return None
    try:
        return check_url(snapshot)
    except ValueError:
        return None


def save_now(client: httpx.Client, url: str, endpoint: str | None = None) -> str:
    """Asks the archive to keep a copy of ``url`` now; returns the copy's URL.

    The archive answers with the copy's address in ``Content-Location`` or by redirecting to
    it. Raises ``WebError`` (or ``httpx.HTTPError``) with the reason when it does not.
    """
    base = endpoint or save_endpoint()
    request = base + url
    with client.stream("GET", request) as response:
        if response.status_code >= 400:
            raise WebError(f"the archive answered {response.status_code} "
                           f"{response.reason_phrase}".strip())
        location = response.headers.get("content-location", "")
        final = str(response.url)
        read_limited(response, _MAX_ANSWER)
    copy = urljoin(final, location) if location else (final if final != request else "")
    try:
        return check_url(copy)
    except ValueError:
        raise WebError("the archive did not say where the copy is") from None
