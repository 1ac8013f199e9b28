"""Turning a page's bytes into text with the charset the page declares.

Order: a byte order mark, then the ``Content-Type`` header's charset, then a ``<meta charset>``
or ``<meta http-equiv="Content-Type">`` in the first bytes, then UTF-8; bytes that do not fit
become U+FFFD rather than failing (titles are shown, not re-saved as the page).
"""

from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
#: how much of the page is searched for a ``<meta charset>`` (the HTML standard says 1024)
_PRESCAN_BYTES = 4096
#: labels browsers map to a wider encoding (the WHATWG encoding standard)
_BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                    "ascii": "cp1252", "iso-8859-9": "cp1254", "tis-620": "cp874",
                    "gb2312": "gb18030", "gbk": "gb18030", "x-sjis": "shift_jis"}


def _known(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _BROWSER_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def page_encoding(data: bytes, content_type: str | None) -> str:
    """The codec name to decode ``data`` with (see the module docstring for the order)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    header = _HEADER_CHARSET.search(content_type or "")
    found = _known(header.group(1) if header else None)
    if found:
        return found
    meta = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    found = _known(meta.group(1).decode("ascii", "replace") if meta else None)
    # a page cannot really be UTF-16 if its <meta> was readable as ASCII
    if found and not found.startswith("utf-16"):
        return found
    return "utf-8"


def decode_page(data: bytes, content_type: str | None) -> str:
    return data.decode(page_encoding(data, content_type), errors="replace")
