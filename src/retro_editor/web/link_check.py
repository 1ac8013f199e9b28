"""Checking many links: status per link, bounded concurrency overall and per host.

Each link is asked with HEAD first and with GET when HEAD is refused (any answer of 400 or
more, since many servers answer HEAD wrongly); the GET body is not read. Redirects are
followed up to a limit. The work runs on a thread pool: the caller (the CLI, or the UI's task
runner) waits for it or cancels it through ``cancel``.
"""

from __future__ import annotations

import datetime as dt
import enum
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from retro_editor.core.project_state import LinkRecord, utc_stamp
from retro_editor.web.archive import closest_snapshot
from retro_editor.web.http_client import (
    REQUEST_TIMEOUT,
    WebError,
    check_web_url,
    describe_http_error,
    new_client,
)

MAX_CONNECTIONS = 16
MAX_PER_HOST = 4
#: seconds a whole check may take; links not started by then come back as timed out
OVERALL_TIMEOUT = 300.0


class LinkStatus(enum.Enum):
    OK = "ok"
    REDIRECTED = "redirected"
    BROKEN = "broken"
    SERVER_ERROR = "server error"
    TIMED_OUT = "timed out"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"


#: the statuses a writer must act on; blocked pages are usually alive behind a wall
PROBLEMS = (LinkStatus.REDIRECTED, LinkStatus.BROKEN, LinkStatus.SERVER_ERROR,
            LinkStatus.TIMED_OUT)


@dataclass(frozen=True)
class LinkTarget:
    url: str
    #: where the link is, for the writer: "article line 12", "related[2]", "canonical URL"
    where: str
    #: the date the archive copy should be close to (a related row's date)
    date: str | None = None
    #: 1-based line in the article, when the link is in it
    line: int | None = None


@dataclass(frozen=True)
class LinkResult:
    target: LinkTarget
    status: LinkStatus
    http_status: int | None = None
    final_url: str | None = None
    reason: str = ""
    archive_url: str | None = None

    def record(self, checked_at: dt.datetime | None = None) -> LinkRecord:
        """What the project state keeps of this result, stamped with the time (UTC)."""
        return LinkRecord(self.status.value, utc_stamp(checked_at),
                          self.http_status, self.final_url, self.reason, self.archive_url)

    def problem_line(self, archived: str = "; archived copy: {url}") -> str:
        """``where: status: url (reason)``, with the archived copy when there is one."""
        line = f"{self.target.where}: {self.status.value}: {self.target.url} ({self.reason})"
        return line + (archived.format(url=self.archive_url) if self.archive_url else "")

    def as_dict(self) -> dict[str, object]:
        return {"url": self.target.url, "where": self.target.where, "line": self.target.line,
                "status": self.status.value, "http_status": self.http_status,
                "final_url": self.final_url, "reason": self.reason,
                "archive_url": self.archive_url}


def status_of(code: int) -> LinkStatus:
    if code in (401, 403, 429):
        return LinkStatus.BLOCKED
    if code >= 500:
        return LinkStatus.SERVER_ERROR
    if code >= 400:
        return LinkStatus.BROKEN
    return LinkStatus.OK


def _ask(client: httpx.Client, method: str, url: str) -> httpx.Response:
    with client.stream(method, url) as response:
        return response


def check_one(client: httpx.Client, target: LinkTarget) -> LinkResult:
    try:
        check_web_url(target.url)
        response = _ask(client, "HEAD", target.url)
        if response.status_code >= 400:
            response = _ask(client, "GET", target.url)
    except WebError as exc:
        return LinkResult(target, LinkStatus.BROKEN, reason=str(exc))
    except httpx.TimeoutException as exc:
        return LinkResult(target, LinkStatus.TIMED_OUT, reason=describe_http_error(exc))
    except httpx.HTTPError as exc:
        return LinkResult(target, LinkStatus.BROKEN, reason=describe_http_error(exc))
    code = response.status_code
    final = str(response.url)
    status = status_of(code)
    reason = f"{code} {response.reason_phrase}".strip()
    if status is LinkStatus.OK and response.history and final != target.url:
        status = LinkStatus.REDIRECTED
        reason = f"redirected to {final}"
    return LinkResult(target, status, code, final, reason)


class _HostGate:
    """At most ``per_host`` requests to one host at a time."""

    def __init__(self, per_host: int) -> None:
        self._per_host = per_host
        self._lock = threading.Lock()
        self._gates: dict[str, threading.Semaphore] = {}

    def gate(self, url: str) -> threading.Semaphore:
        try:
            host = (urlsplit(url).hostname or "", urlsplit(url).port)
        except ValueError:
            host = ("", None)
        with self._lock:
            return self._gates.setdefault(repr(host), threading.Semaphore(self._per_host))


@dataclass
class CheckOptions:
    max_connections: int = MAX_CONNECTIONS
    max_per_host: int = MAX_PER_HOST
    timeout: httpx.Timeout = field(default_factory=lambda: REQUEST_TIMEOUT)
    #: look up an archived copy of each broken link
    archive: bool = True
    archive_endpoint: str | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    #: seconds the whole check may take (see ``OVERALL_TIMEOUT``)
    overall_timeout: float = OVERALL_TIMEOUT


def _rescue(client: httpx.Client, result: LinkResult, options: CheckOptions) -> LinkResult:
    if not options.archive or result.status is not LinkStatus.BROKEN:
        return result
    try:
        snapshot = closest_snapshot(client, result.target.url, result.target.date,
                                    options.archive_endpoint)
    except (WebError, httpx.HTTPError):
        return result
    if snapshot is None:
        return result
    return LinkResult(result.target, result.status, result.http_status, result.final_url,
                      result.reason, snapshot)


def check_links(targets: Iterable[LinkTarget], options: CheckOptions | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[LinkResult]:
    """Checks every target (each distinct URL once) and returns results in target order.

    ``progress(done, total)`` is called from worker threads. After ``options.cancel`` is set,
    links not yet started come back as ``CANCELLED``; after ``options.overall_timeout``, as
    ``TIMED_OUT`` (a request already running is bounded by its own timeouts).
    """
    options = options or CheckOptions()
    deadline = time.monotonic() + options.overall_timeout
    late = (f"not checked: the whole check took longer than {options.overall_timeout:g} s "
            "(timed out)")
    targets = list(targets)
    gates = _HostGate(options.max_per_host)
    distinct = list(dict.fromkeys(t.url for t in targets))
    first_target: dict[str, LinkTarget] = {}
    for target in targets:
        first_target.setdefault(target.url, target)
    done_lock = threading.Lock()
    done = [0]

    with new_client(options.timeout, options.max_connections) as client:
        def work(url: str) -> LinkResult:
            target = first_target[url]
            if options.cancel.is_set():
                result = LinkResult(target, LinkStatus.CANCELLED)
            else:
                with gates.gate(url):
                    if options.cancel.is_set():
                        result = LinkResult(target, LinkStatus.CANCELLED)
                    elif time.monotonic() > deadline:
                        result = LinkResult(target, LinkStatus.TIMED_OUT, reason=late)
                    else:
                        result = check_one(client, target)
                result = _rescue(client, result, options)
            with done_lock:
                done[0] += 1
                count = done[0]
            if progress is not None:
                progress(count, len(distinct))
            return result

        with ThreadPoolExecutor(max_workers=max(1, options.max_connections)) as pool:
            by_url = dict(zip(distinct, pool.map(work, distinct), strict=True))
    return [LinkResult(t, r.status, r.http_status, r.final_url, r.reason, r.archive_url)
            for t in targets for r in [by_url[t.url]]]
