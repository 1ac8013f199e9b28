"""The one HTTP client of the app and a bounded way to read a response.

The client follows a limited number of redirects, keeps no cookies, takes its proxy settings
from the environment (``HTTPS_PROXY``, ``NO_PROXY``…), and names the app and its version in its
User-Agent. ``read_limited`` reads a body as a stream and stops at a cap *after*
decompression, decompressing with a bounded output per step, so neither a 50 MB page nor a
gzip bomb is ever held in memory.
"""

from __future__ import annotations

import time
import zlib
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urlsplit

import httpx

from retro_editor import __homepage__, __version__

#: the most of a decoded body that is ever read (bytes)
MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 10
#: seconds: to connect, and between two reads
REQUEST_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
#: seconds a whole request (headers and body) may take, however slowly the server trickles
REQUEST_DEADLINE = 30.0
_DECOMPRESS_STEP = 64 * 1024


def user_agent() -> str:
    """``RetroEditor/0.1.0 (+https://retroeditor.org/)``: the app, its version and its page."""
    return f"RetroEditor/{__version__} (+{__homepage__})"


class WebError(Exception):
    """A request that failed; ``str()`` is one line saying why, for a row or the console."""


def check_web_url(url: str) -> str:
    """The URL, or ``WebError`` if it is not http or https with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise WebError(f"not a valid URL: {url!r}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise WebError(f"only http and https URLs can be fetched, not {url!r}")
    return url


def new_client(timeout: httpx.Timeout = REQUEST_TIMEOUT,
               max_connections: int = 20) -> httpx.Client:
    """A client for one job (a fetch or a link check); close it when the job ends."""
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=timeout,
        headers={"User-Agent": user_agent(),
                 # only what read_limited can decode with a bounded output
                 "Accept-Encoding": "gzip, deflate"},
        cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        limits=httpx.Limits(max_connections=max_connections,
                            max_keepalive_connections=max_connections),
        trust_env=True,
    )


@dataclass(frozen=True)
class Body:
    data: bytes
    #: True when the body was longer than the cap and reading stopped there
    truncated: bool


def _decompressor(encoding: str) -> zlib._Decompress | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise WebError(f"the server sent an unsupported content encoding ({encoding})")


def read_limited(response: httpx.Response, limit: int = MAX_BODY_BYTES,
                 deadline: float | None = None) -> Body:
    """Reads a streamed response's body, decoded, up to ``limit`` bytes.

    Decompression never produces more than the room left plus one step, whatever the ratio.
    ``deadline`` (a ``time.monotonic()`` value) stops a body that trickles in forever.
    """
    decoder = _decompressor(response.headers.get("content-encoding", ""))
    out = bytearray()
    try:
        for raw in response.iter_raw():
            if deadline is not None and time.monotonic() > deadline:
                raise WebError("the page took too long to arrive (timed out)")
            pending = raw
            while pending:
                if decoder is None:
                    chunk, pending = pending, b""
                else:
                    chunk = decoder.decompress(pending, limit - len(out) + _DECOMPRESS_STEP)
                    pending = decoder.unconsumed_tail
                out += chunk
                if len(out) > limit:
                    return Body(bytes(out[:limit]), True)
                if decoder is not None and not chunk:
                    break
    except zlib.error:
        raise WebError("the server sent a damaged compressed body") from None
    return Body(bytes(out), False)


def describe_http_error(exc: Exception) -> str:
    """One line for a failed request, in the writer's words."""
    if isinstance(exc, WebError):
        return str(exc)
    if isinstance(exc, httpx.TooManyRedirects):
        return f"more than {MAX_REDIRECTS} redirects (a redirect loop?)"
    if isinstance(exc, httpx.TimeoutException):
        return "the server did not answer in time (timed out)"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        if "name or service not known" in text or "nodename nor servname" in text \
                or "getaddrinfo" in text or "no address" in text:
            return "the host name could not be found (DNS)"
        if "refused" in text:
            return "the connection was refused"
        return f"could not connect ({exc})"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "only http and https URLs can be fetched"
    if isinstance(exc, httpx.HTTPError):
        return f"the request failed ({type(exc).__name__}: {exc})"
    return f"the request failed ({exc})"
