"""Numbers as the side panel shows them."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def format_count(n: int) -> str:
    """A count with the locale's thousands separators, always (``1,240``; even in the C locale)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(n)
