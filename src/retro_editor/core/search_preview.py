"""The article as a search result shows it: title and description cut by rendered width.

Result pages cut by pixels, not characters. The widths chosen here are those of a desktop
result page: the title in 20 px Arial, cut beyond 600 px; the description in 14 px Arial, cut
beyond 920 px (two lines of the snippet). A title or description over its width is shown cut
with " ..." and named by :mod:`retro_editor.core.publishing_checks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from retro_editor.core.manifest import Manifest
from retro_editor.core.text_width import fit_to_width, text_width

TITLE_FONT_PX = 20
TITLE_MAX_PX = 600
DESCRIPTION_FONT_PX = 14
DESCRIPTION_MAX_PX = 920
#: a social card's image ratio (Open Graph: 1200 × 630) and the smallest size sites want
CARD_RATIO = 1.91
CARD_MIN_SIZE = (1200, 630)


@dataclass(frozen=True)
class SearchResult:
    """What a result page shows, and how wide title and description are before cutting."""

    title: str
    title_px: float
    address: str
    description: str
    description_px: float

    @property
    def title_cut(self) -> bool:
        return self.title_px > TITLE_MAX_PX

    @property
    def description_cut(self) -> bool:
        return self.description_px > DESCRIPTION_MAX_PX


def result_address(url: str | None, slug: str) -> str:
    """The breadcrumb result pages show for a URL: ``example.org › news › story``."""
    if not url:
        return f"… › {slug}" if slug else "…"
    parts = urlsplit(url)
    path = [part for part in parts.path.split("/") if part]
    return " › ".join([parts.netloc or url, *path])


def search_result(manifest: Manifest) -> SearchResult:
    article = manifest.article
    title = article.title or article.drafts.get("title", "")
    summary = article.summary
    return SearchResult(
        title=fit_to_width(title, TITLE_MAX_PX, TITLE_FONT_PX),
        title_px=text_width(title, TITLE_FONT_PX),
        address=result_address(article.canonical_url, article.slug),
        description=fit_to_width(summary, DESCRIPTION_MAX_PX, DESCRIPTION_FONT_PX),
        description_px=text_width(summary, DESCRIPTION_FONT_PX),
    )
