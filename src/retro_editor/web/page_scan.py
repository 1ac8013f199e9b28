"""One pass over a page's HTML collecting what metadata extraction reads.

The standard library's ``html.parser`` is used rather than a full extraction library: it is
tolerant of broken markup, needs no dependency, and the few structures read here (``<meta>``,
``<link rel=canonical>``, ``<time>``, ``<title>``, JSON-LD scripts) need nothing more. Nothing
of the page is executed; script bodies other than JSON-LD are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

#: at most this many characters of a <title> or of one JSON-LD script are kept
_MAX_TEXT = 20_000
_MAX_JSON_LD = 1_000_000


@dataclass
class PageScan:
    #: lower-cased ``property``/``name``/``itemprop`` → contents, first occurrence first
    meta: dict[str, list[str]] = field(default_factory=dict)
    json_ld: list[str] = field(default_factory=list)
    title: str = ""
    canonical: str = ""
    #: (datetime attribute, whether marked as the publication date)
    times: list[tuple[str, bool]] = field(default_factory=list)

    def first(self, *keys: str) -> str:
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return value.strip()
        return ""


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self._in: str | None = None
        self._buffer: list[str] = []
        self._size = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            content = a.get("content", "")
            for key_attr in ("property", "name", "itemprop"):
                key = a.get(key_attr, "").strip().lower()
                if key:
                    self.scan.meta.setdefault(key, []).append(content)
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.scan.canonical = self.scan.canonical or a.get("href", "").strip()
        elif tag == "time" and a.get("datetime"):
            marked = a.get("itemprop", "").lower() == "datepublished" or "pubdate" in a
            self.scan.times.append((a["datetime"], marked))
        elif tag == "title" and not self.scan.title:
            self._start("title")
        elif tag == "script" and a.get("type", "").split(";")[0].strip().lower() \
                == "application/ld+json":
            self._start("json-ld")

    def _start(self, what: str) -> None:
        self._in, self._buffer, self._size = what, [], 0

    def handle_data(self, data: str) -> None:
        limit = _MAX_TEXT if self._in == "title" else _MAX_JSON_LD
        if self._in and self._size < limit:
            self._buffer.append(data)
            self._size += len(data)

    def handle_endtag(self, tag: str) -> None:
        if self._in == "title" and tag == "title":
            self.scan.title = " ".join("".join(self._buffer).split())
            self._in = None
        elif self._in == "json-ld" and tag == "script":
            self.scan.json_ld.append("".join(self._buffer))
            self._in = None


def scan_page(html: str) -> PageScan:
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return scanner.scan
