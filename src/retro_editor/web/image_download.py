"""Downloading an image a pasted page linked, for Edit → Download Web Images.

Each download goes through the app's one HTTP client (:mod:`.http_client`): a bounded number
of redirects, a timeout to connect and between reads, a deadline for the whole answer and a
size cap (:data:`MAX_IMAGE_BYTES`, after decompression). The answer is kept only if the server
calls it ``image/…`` *and* its bytes are an image of a type a project can hold (sniffed from
its first bytes: a web page answering with ``image/png`` is refused). Its file name comes from
the URL's last path segment, with the suffix of the sniffed type.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

import httpx

from retro_editor.core.assets import safe_asset_name
from retro_editor.web.http_client import (
    WebError,
    check_web_url,
    describe_http_error,
    new_client,
    read_limited,
)

#: the largest image downloaded (bytes)
MAX_IMAGE_BYTES = 20 * 1024 * 1024
#: redirects followed for one image
MAX_IMAGE_REDIRECTS = 5
#: seconds one whole download may take
IMAGE_DEADLINE = 60.0

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"BM", ".bmp"),
)


def image_suffix(data: bytes) -> str | None:
    """The file suffix of the image type ``data`` starts with, or None when it is not an image
    a project can hold (PNG, JPEG, GIF, WebP, AVIF, BMP, SVG)."""
    for signature, suffix in _SIGNATURES:
        if data.startswith(signature):
            return suffix
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis"):
        return ".avif"
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<svg", b"<?xml", b"<!--", b"<!doctype svg")) and b"<svg" in head:
        return ".svg"
    return None


def name_from_url(url: str, suffix: str) -> str:
    """A safe file name for the image at ``url``: its last path segment with ``suffix``."""
    try:
        segment = PurePosixPath(unquote(urlsplit(url).path)).name
    except ValueError:
        segment = ""
    stem = PurePosixPath(segment).stem if PurePosixPath(segment).suffix else segment
    return safe_asset_name(f"{stem or 'image'}{suffix}")


@dataclass(frozen=True)
class ImageDownload:
    url: str
    #: the image's bytes; empty when it could not be downloaded
    data: bytes = b""
    #: the file name to give it (from the URL, with the sniffed suffix)
    name: str = ""
    #: one line saying why it was not downloaded ("" when it was)
    error: str = ""


def _download(client: httpx.Client, url: str, limit: int, deadline_s: float) -> ImageDownload:
    deadline = time.monotonic() + deadline_s
    with client.stream("GET", url, headers={"Accept": "image/*"}) as response:
        if response.status_code >= 400:
            return ImageDownload(url, error=f"the server answered {response.status_code} "
                                            f"{response.reason_phrase}".strip())
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if not media.startswith("image/"):
            return ImageDownload(url, error=f"not an image ({media or 'no content type'})")
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return ImageDownload(url, error=_too_large(limit))
        body = read_limited(response, limit, deadline)
    if body.truncated:
        return ImageDownload(url, error=_too_large(limit))
    suffix = image_suffix(body.data)
    if suffix is None:
        return ImageDownload(url, error=f"the answer is not an image a project can hold "
                                        f"(the server called it {media})")
    return ImageDownload(url, body.data, name_from_url(url, suffix))


def _too_large(limit: int) -> str:
    return f"larger than {limit // (1024 * 1024)} MB"


def image_client(timeout: httpx.Timeout | None = None) -> httpx.Client:
    """The client for a run of downloads (close it at the end)."""
    client = new_client() if timeout is None else new_client(timeout)
    client.max_redirects = MAX_IMAGE_REDIRECTS
    return client


def download_image(url: str, client: httpx.Client, *, limit: int = MAX_IMAGE_BYTES,
                   deadline_s: float = IMAGE_DEADLINE) -> ImageDownload:
    """Never raises for network trouble: the outcome says what went wrong in one line."""
    try:
        check_web_url(url)
        return _download(client, url, limit, deadline_s)
    except httpx.TooManyRedirects:
        return ImageDownload(url, error=f"more than {MAX_IMAGE_REDIRECTS} redirects")
    except (WebError, httpx.HTTPError) as exc:
        return ImageDownload(url, error=describe_http_error(exc))
