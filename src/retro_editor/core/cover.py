"""The one rule for an article's cover: a file in the project, named by a relative path.

A URL (``https:``, ``file:``, ``javascript:``, ``data:``…) is not a cover: exports copy or
embed the cover file, and a page must not load one from the writer's disk or run one.
``check`` and every export apply :func:`cover_problem`; ``check`` then also checks that the
file exists.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from retro_editor.core.manifest import check_relative_path

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def cover_problem(cover: str | None) -> str | None:
    """Why ``cover`` cannot be a cover, in one line; None when it can (or there is none)."""
    if not cover:
        return None
    if _SCHEME.match(cover.strip()) or cover.startswith("//"):
        return (f"the cover {cover} must be an image file in the project, such as "
                "assets/cover.png, not a URL")
    try:
        check_relative_path(urlsplit(cover).path)
    except (ValueError, TypeError) as exc:
        return f"the cover {cover} {exc}"
    if urlsplit(cover).query or urlsplit(cover).fragment:
        return f"the cover {cover} must be a plain file path, without ? or #"
    return None
