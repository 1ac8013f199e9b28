"""Filling translated message templates: ``fill(self.tr("%1 / %2 words"), a, b)``.

Qt for Python's ``tr()`` returns a Python ``str`` (no ``QString.arg``); translators keep the
``%1``-style markers of Qt's tools, so the templates are filled here in one pass.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_MARKER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Replaces ``%1`` … ``%9`` with ``values`` (markers without a value are left as they are)."""
    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 1 <= n <= len(values) else match.group(0)

    return _MARKER.sub(value, template)


def format_count(n: int) -> str:
    """A count with the locale's thousands separators, always (``1,240``; even in the C locale)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(n)
