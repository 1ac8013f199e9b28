"""Checks of single field values, shared by the manifest models and the side panel.

Each check takes the text a writer typed (or a manifest holds) and either returns the value to
store or raises ``ValueError`` whose message is the plain reason (``"must be an http or https
URL"``), worded to follow the field's name.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

URL_PATTERN = r"^https?://[^\s/?#]+([/?#]\S*)?$"
SLUG_PATTERN = r"^[a-z0-9-]*$"
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
THEME_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
# Relative, forward slashes only, no drive, no ".." segment, no NUL.
RELATIVE_PATH_PATTERN = r"^(?![/\\])(?![A-Za-z]:)(?!(.*/)?\.\.(/|$))[^\\\x00]+$"
#: the shape of a partial date (whether the day exists in that month is checked in code)
PARTIAL_DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DATE_EXAMPLES = "1999, 1999-03 or 1999-03-14"
DATE_REASON = f"must be a date like {DATE_EXAMPLES}"
VIEWS_REASON = "must be a whole number of 0 or more, like 1843, 12k or 1.2M"

_URL_RE = re.compile(URL_PATTERN)
_SLUG_RE = re.compile(SLUG_PATTERN)
_LANGUAGE_RE = re.compile(LANGUAGE_PATTERN)
_THEME_RE = re.compile(THEME_PATTERN)
_PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_PLAIN_COUNT = re.compile(r"^\d+$")
_GROUPED_COUNT = re.compile(r"^\d{1,3}(?:([,'\u00a0\u202f ])\d{3})(?:\1\d{3})*$")
_SUFFIXED_COUNT = re.compile(r"^(\d+(?:[.,]\d+)?)\s*([kmb])$", re.IGNORECASE)
_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000}


def check_url(value: str) -> str:
    if len(value) > 2048 or not _URL_RE.match(value):
        raise ValueError("must be an http or https URL")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ValueError("must be an http or https URL") from None
    if not parts.hostname:
        raise ValueError("must be an http or https URL")
    return value


def _matching(regex: re.Pattern[str], reason: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not regex.match(value):
            raise ValueError(reason)
        return value

    return check


check_slug = _matching(_SLUG_RE, "must use only lowercase a-z, 0-9 and -")
check_language = _matching(_LANGUAGE_RE, "must be a language tag like en or pt-BR")
check_theme = _matching(_THEME_RE, "must be a theme name like light (a-z, 0-9, - and _)")


def check_relative_path(value: str) -> str:
    """Returns ``value`` if it is a relative path that stays inside the project, else raises.

    Only the spelling is checked here; ``Project.resolve`` checks the real file system
    (symbolic links included).
    """
    if not value:
        raise ValueError("must not be empty (use null for no file)")
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    if "\\" in value:
        raise ValueError("must use / between folders, not \\")
    if value.startswith("/") or re.match(r"^[A-Za-z]:", value):
        raise ValueError("must be a path relative to the project folder, like assets/cover.png")
    if ".." in value.split("/"):
        raise ValueError("must stay inside the project folder (no ..)")
    return value


def parse_partial_date(text: str) -> tuple[int, int | None, int | None]:
    """``"1999"`` → ``(1999, None, None)``, ``"1999-03-14"`` → ``(1999, 3, 14)``.

    Raises ``ValueError`` with a plain reason for anything else, including dates that are not
    on the calendar (``2019-02-30``). Surrounding whitespace is not allowed: strip first.
    """
    match = _PARTIAL_DATE_RE.match(text) if isinstance(text, str) else None
    if not match:
        raise ValueError(DATE_REASON)
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if year < 1:
        raise ValueError("must have a year from 0001 on")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"has no month {match.group(2)} (months are 01 to 12)")
    if day is not None and month is not None:  # the pattern has no day without a month
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"is not a real date ({year:04d}-{month:02d} has {last} days)")
    return year, month, day


def check_partial_date(text: str) -> str:
    parse_partial_date(text)
    return text


def parse_views(text: str) -> int | None:
    """A view count typed by a writer: ``""`` → None, ``"1843"``, ``"1,843"``, ``"12k"``,
    ``"1.2M"`` → the whole number. Raises ``ValueError`` with a plain reason otherwise."""
    text = text.strip()
    if not text:
        return None
    if _PLAIN_COUNT.match(text):
        return int(text)
    if _GROUPED_COUNT.match(text):
        return int(re.sub(r"\D", "", text))
    suffixed = _SUFFIXED_COUNT.match(text)
    if suffixed:
        try:
            number = Decimal(suffixed.group(1).replace(",", "."))
        except InvalidOperation:
            raise ValueError(VIEWS_REASON) from None
        total = number * _MULTIPLIERS[suffixed.group(2).lower()]
        if total != total.to_integral_value():
            raise ValueError(f"{VIEWS_REASON} ({text} is not a whole number)")
        return int(total)
    if text.startswith("-") and _PLAIN_COUNT.match(text[1:]):
        raise ValueError("must be 0 or more")
    raise ValueError(VIEWS_REASON)


def split_tags(text: str) -> list[str]:
    """Tags as typed in one field, separated by commas (``"film, wuxia"``)."""
    return [part.strip() for part in text.split(",")] if text.strip() else []
