"""How a link's last check is shown: an icon, a colour and a tooltip (status, HTTP code, final
URL, archived copy, when it was checked). Used by the Related table and the Links tab."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from retro_editor.core.project_state import LinkRecord
from retro_editor.ui.translate import translator

tr = translator("LinkStatus")

_SP = QStyle.StandardPixmap
_ICONS = {"ok": _SP.SP_DialogApplyButton, "redirected": _SP.SP_ArrowForward,
          "broken": _SP.SP_MessageBoxCritical, "server error": _SP.SP_MessageBoxWarning,
          "timed out": _SP.SP_MessageBoxWarning, "blocked": _SP.SP_MessageBoxInformation,
          "unreadable": _SP.SP_MessageBoxWarning}
#: readable on light and dark backgrounds
_COLOURS = {"ok": "#2e7d32", "redirected": "#b26a00", "broken": "#d0342c",
            "server error": "#b26a00", "timed out": "#b26a00", "blocked": "#607d8b",
            "unreadable": "#b26a00"}
#: statuses a writer should look at (blocked pages usually live behind a wall)
NEEDS_ATTENTION = ("redirected", "broken", "server error", "timed out", "unreadable")


def status_label(status: str) -> str:
    return {"ok": tr("OK"), "redirected": tr("Redirected"), "broken": tr("Broken"),
            "server error": tr("Server error"), "timed out": tr("Timed out"),
            "blocked": tr("Blocked"), "cancelled": tr("Not checked"),
            "unreadable": tr("Page not read")}.get(status, status)


def status_icon(status: str) -> QIcon:
    pixmap = _ICONS.get(status)
    return QApplication.style().standardIcon(pixmap) if pixmap is not None else QIcon()


def status_colour(status: str) -> QColor | None:
    colour = _COLOURS.get(status)
    return QColor(colour) if colour else None


def checked_at_text(stamp: str) -> str:
    """``2026-12-06T15:20:00Z`` → ``2026-12-06 15:20 UTC`` (the stamp as is if unreadable)."""
    try:
        when = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return stamp
    return when.strftime("%Y-%m-%d %H:%M UTC")


def record_tooltip(record: LinkRecord) -> str:
    """Plain text (never the page's HTML): what the check found, one fact per line."""
    first = status_label(record.status)
    if record.reason:
        first += f" — {record.reason}"
    lines = [first]
    if record.status == "blocked":
        lines.append(tr("Not called broken: the page may be behind a login, a wall or a "
                        "request limit."))
    if record.http_status is not None:
        lines.append(tr("HTTP status: {code}").format(code=record.http_status))
    if record.final_url:
        lines.append(tr("Final URL: {url}").format(url=record.final_url))
    if record.archive_url:
        lines.append(tr("Archived copy: {url}").format(url=record.archive_url))
    lines.append(tr("Checked: {when}").format(when=checked_at_text(record.checked_at)))
    return "\n".join(lines)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally: Qt renders a tooltip that looks like
    HTML as HTML, and titles, reasons and URLs come from web pages and servers."""
    if "<" not in text:
        return text  # nothing Qt could take for a tag
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
