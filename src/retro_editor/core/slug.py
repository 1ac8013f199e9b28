"""The article slug: the one function that turns a title into a URL and file-name slug.

Every path that derives a slug uses it (New Project, Markdown import, the article tab's
slug that follows the title, export file names), so a title gives the same slug wherever
it is typed. Heading anchors are a different thing: :func:`retro_editor.core.anchors.slugify`
keeps letters of every script because an anchor only has to be a valid fragment id.
"""

from __future__ import annotations

import re
import unicodedata

#: the longest slug made from a title (a typed slug is the writer's and is not cut)
MAX_SLUG_LENGTH = 80
#: apostrophes are dropped inside words: "Don't Stop" → "dont-stop", not "don-t-stop"
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u02b9\u00b4`]")
#: letters NFKD does not split into an ASCII letter and a combining mark
_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l",
                       "ð": "d", "þ": "th", "ı": "i"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def make_slug(title: str, fallback: str = "article") -> str:
    """ASCII a-z, 0-9 and single dashes: accents folded, apostrophes dropped, other
    punctuation and spaces turned into one dash; ``fallback`` when nothing is left
    (``"Кино"`` has no Latin letters)."""
    text = _APOSTROPHES.sub("", title.lower().translate(_FOLD))
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", folded).strip("-")
    return slug[:MAX_SLUG_LENGTH].strip("-") or fallback
