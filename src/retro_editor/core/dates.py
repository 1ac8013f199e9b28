"""The manifest's dates as other formats need them.

A date in the manifest is the text the writer typed: a full or partial ISO date (``1999``,
``1999-03``, ``1999-03-14``). Formats that can hold a partial date (EPUB's Dublin Core date,
HTML's ``<time datetime>``) get that text unchanged; those that need a calendar day (a Jekyll
post's file name, a DOCX document property) get the first day of the period it names.
"""

from __future__ import annotations

import datetime as dt

from retro_editor.core.field_checks import parse_partial_date


def full_date(value: str | None) -> dt.date | None:
    """The day ``value`` names if it is a full valid date, else None."""
    parts = _parts(value)
    if parts is None or parts[2] is None:
        return None
    return dt.date(parts[0], parts[1] or 1, parts[2])


def period_start(value: str | None) -> dt.date | None:
    """The first day of the year, month or day ``value`` names; None if it is no date."""
    parts = _parts(value)
    if parts is None:
        return None
    year, month, day = parts
    return dt.date(year, month or 1, day or 1)


def front_matter_date(value: str | None) -> dt.date | str | None:
    """For YAML front matter: a full date as a YAML date (static-site generators read it as
    one), a partial date as the text written, nothing for no date."""
    return full_date(value) or (value or None)


def _parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    try:
        return parse_partial_date(value)
    except ValueError:
        return None
