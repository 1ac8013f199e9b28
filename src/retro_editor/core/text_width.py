"""How wide a line of text is in the sans serif that search result pages use, in pixels.

Result pages set titles and descriptions in Arial (or a metric twin). Widths come from
``resources/text_widths/arial-metrics.json`` (written by ``scripts/make-text-widths.py`` from
Nimbus Sans, whose advance widths equal Arial's). Characters outside the table count one em
when East Asian wide, else the table's average Latin letter; kerning is ignored, as the
result pages' truncation is coarse too.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache

from retro_editor.resources import resource_path

#: width of a character missing from the table, in thousandths of an em (Arial's ``n``)
_FALLBACK = 556


@cache
def _widths() -> dict[int, int]:
    data = json.loads(resource_path("text_widths", "arial-metrics.json").read_text("utf-8"))
    return {int(code): width for code, width in data["widths"].items()}


def _char_units(char: str) -> int:
    found = _widths().get(ord(char))
    if found is not None:
        return found
    if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        return 0
    return 1000 if unicodedata.east_asian_width(char) in ("W", "F") else _FALLBACK


def text_width(text: str, font_px: float) -> float:
    """The width of ``text`` on one line at ``font_px`` pixels, in pixels."""
    return sum(_char_units(char) for char in text) * font_px / 1000


def fit_to_width(text: str, max_px: float, font_px: float, ellipsis: str = " ...") -> str:
    """``text`` if it fits in ``max_px``; else its longest start that fits with ``ellipsis``
    after it, cut at a word boundary when there is one (as result pages cut)."""
    if text_width(text, font_px) <= max_px:
        return text
    room = max_px - text_width(ellipsis, font_px)
    used = 0.0
    fitting = 0
    while fitting < len(text):
        used += _char_units(text[fitting]) * font_px / 1000
        if used > room:
            break
        fitting += 1
    start = text[:fitting]
    if " " in start.rstrip():
        start = start.rstrip()[: start.rstrip().rfind(" ")]
    return start.rstrip(" ,;:-–—") + ellipsis
