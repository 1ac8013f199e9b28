"""Heading anchors: the ids shared by the outline, the manifest's section keys and the HTML."""

from __future__ import annotations

import re
import unicodedata

_STRIP = re.compile(r"[^\w\s-]", re.UNICODE)
_DASHES = re.compile(r"[\s_-]+")


def slugify(title: str) -> str:
    """Lower-case, accents folded, punctuation dropped, runs of spaces/dashes to one dash.

    Letters of non-Latin scripts are kept (``"Кино"`` → ``"кино"``); a title with nothing
    left gives ``"section"``. This is for heading anchors (fragment ids), not the article
    slug: that one must be ASCII for URLs and file names, see
    :func:`retro_editor.core.slug.make_slug`.
    """
    folded = unicodedata.normalize("NFKD", title)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    cleaned = _STRIP.sub("", folded.lower())
    slug = _DASHES.sub("-", cleaned).strip("-")
    return slug or "section"


class AnchorAllocator:
    """Gives unique anchors in document order: ``intro``, ``intro-1``, ``intro-2`` …

    Each base remembers the last number it tried: the numbers below it are taken (the set of
    used anchors only grows), so the n-th repeat of a title costs one look, not n
    (20,000 headings with one title took 30 s when every repeat counted up from 1).
    """

    def __init__(self) -> None:
        self._used: set[str] = set()
        self._last_number: dict[str, int] = {}

    def anchor(self, title: str) -> str:
        base = slugify(title)
        candidate = base
        n = self._last_number.get(base, 0)
        if n:
            candidate = f"{base}-{n}"
        while candidate in self._used:
            n += 1
            candidate = f"{base}-{n}"
        self._last_number[base] = n
        self._used.add(candidate)
        return candidate
