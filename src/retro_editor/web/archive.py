"""The Internet Archive's availability API: the snapshot of a URL closest to a date.

The endpoint is ``RETRO_EDITOR_ARCHIVE_URL`` when set (tests and offline checks point it at a
local server), else the public API. The answer is read like any page: capped, timed out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

import httpx

from retro_editor.core.field_checks import check_url
from retro_editor.web.http_client import WebError, read_limited

DEFAULT_ARCHIVE_URL = "https://archive.org/wayback/available"
ARCHIVE_URL_VARIABLE = "RETRO_EDITOR_ARCHIVE_URL"
_MAX_ANSWER = 256 * 1024


def archive_endpoint(environ: Mapping[str, str] | None = None) -> str:
    value = (os.environ if environ is None else environ).get(ARCHIVE_URL_VARIABLE, "").strip()
    return value or DEFAULT_ARCHIVE_URL


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
