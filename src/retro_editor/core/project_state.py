"""The project's machine state: ``.retro-state.json`` beside the manifest.

What the application remembers about a project for itself (the editor's cursor and scroll
position, the outline's collapsed sections, the side panel's tab, the words written per day
and per session, the last link check's result per URL) never goes in the manifest, which
holds only what the writer wrote. The state file is written atomically; a missing, unreadable
or malformed state file is ignored (it only ever costs a remembered position), and backups
skip it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import atomic_write, read_bytes_limited

STATE_NAME = ".retro-state.json"
STATE_VERSION = 1
MAX_STATE_BYTES = 1024 * 1024
#: the days of writing and the writing sessions kept (the newest)
MAX_DAYS = 366
MAX_SESSIONS = 100
DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
SESSION_START_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: at most this many link results are kept (the state file stays well under its size cap)
MAX_LINK_RECORDS = 2000


@dataclass(frozen=True)
class LinkRecord:
    """The last check of one URL: its status (``ok``, ``redirected``, ``broken``…), when it was
    checked (ISO 8601, UTC), and what the check found."""

    status: str
    checked_at: str
    http_status: int | None = None
    final_url: str | None = None
    reason: str = ""
    archive_url: str | None = None


def utc_stamp(when: dt.datetime | None = None) -> str:
    """``2026-12-06T15:20:00Z``: how a link record's ``checked_at`` is written."""
    return (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ViewState:
    """How the window showed the project: the editor's first visible line, the outline's
    collapsed sections (by anchor) and the side panel's tab (by name)."""

    top_line: int = 0
    collapsed: tuple[str, ...] = ()
    side_tab: str = ""


@dataclass(frozen=True)
class ProjectState:
    """What is remembered: the editor's cursor (a character offset into ``article.md``), the
    view, the words written per day (ISO date -> net words added that day) and per writing
    session (its start, ``YYYY-MM-DDTHH:MM`` local time -> net words), and the last link
    check, by URL."""

    cursor_position: int = 0
    view: ViewState = ViewState()
    words_per_day: tuple[tuple[str, int], ...] = ()
    sessions: tuple[tuple[str, int], ...] = ()
    links: Mapping[str, LinkRecord] = field(default_factory=dict)


def state_path(folder: Path | str) -> Path:
    return Path(folder) / STATE_NAME


def _count(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _position(data: dict[str, object]) -> int:
    cursor = data.get("cursor")
    position = _count(cursor.get("position")) if isinstance(cursor, dict) else None
    return position if position is not None and position >= 0 else 0


def _view(data: dict[str, object]) -> ViewState:
    view = data.get("view")
    if not isinstance(view, dict):
        return ViewState()
    top = _count(view.get("top_line"))
    collapsed = view.get("collapsed")
    tab = view.get("side_tab")
    return ViewState(
        top_line=top if top is not None and top >= 0 else 0,
        collapsed=tuple(a for a in collapsed if isinstance(a, str) and a)
        if isinstance(collapsed, list) else (),
        side_tab=tab if isinstance(tab, str) else "")


def _words_per_day(data: dict[str, object]) -> tuple[tuple[str, int], ...]:
    days = data.get("words_per_day")
    if not isinstance(days, dict):
        return ()
    kept = [(day, words) for day, raw in days.items()
            if isinstance(day, str) and DAY_PATTERN.fullmatch(day)
            and (words := _count(raw)) is not None]
    return tuple(sorted(kept)[-MAX_DAYS:])


def _sessions(data: dict[str, object]) -> tuple[tuple[str, int], ...]:
    sessions = data.get("sessions")
    if not isinstance(sessions, list):
        return ()
    kept = []
    for entry in sessions:
        start = entry.get("start") if isinstance(entry, dict) else None
        words = _count(entry.get("words")) if isinstance(entry, dict) else None
        if isinstance(start, str) and SESSION_START_PATTERN.fullmatch(start) and words is not None:
            kept.append((start, words))
    return tuple(sorted(kept)[-MAX_SESSIONS:])


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _record(data: object) -> LinkRecord | None:
    """One stored link result, or None if it is not one (a bad entry costs only itself)."""
    if not isinstance(data, dict):
        return None
    status, checked = _text(data.get("status")), _text(data.get("checked_at"))
    code = data.get("http_status")
    if not status or not checked:
        return None
    return LinkRecord(status, checked,
                      code if isinstance(code, int) and not isinstance(code, bool) else None,
                      _text(data.get("final_url")), _text(data.get("reason")) or "",
                      _text(data.get("archive_url")))


def _links(data: object) -> dict[str, LinkRecord]:
    if not isinstance(data, dict):
        return {}
    found = {url: _record(value) for url, value in list(data.items())[:MAX_LINK_RECORDS]}
    return {url: record for url, record in found.items() if record is not None}


def read_state(folder: Path | str) -> ProjectState:
    """The remembered state, or the defaults when there is none or it cannot be read (each
    part that cannot be read is left at its default)."""
    try:
        data = json.loads(read_bytes_limited(state_path(folder), MAX_STATE_BYTES, "state file"))
    except (ProjectError, ValueError, RecursionError):
        return ProjectState()
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return ProjectState()
    return ProjectState(cursor_position=_position(data), view=_view(data),
                        words_per_day=_words_per_day(data), sessions=_sessions(data),
                        links=_links(data.get("links")))


def _as_json(state: ProjectState) -> dict[str, object]:
    """The file's content; the view, the words per day, the sessions and the link results are
    left out while empty."""
    data: dict[str, object] = {"version": STATE_VERSION,
                               "cursor": {"position": state.cursor_position}}
    if state.view != ViewState():
        data["view"] = {"top_line": state.view.top_line, "collapsed": list(state.view.collapsed),
                        "side_tab": state.view.side_tab}
    if state.words_per_day:
        data["words_per_day"] = dict(state.words_per_day[-MAX_DAYS:])
    if state.sessions:
        data["sessions"] = [{"start": start, "words": words}
                            for start, words in state.sessions[-MAX_SESSIONS:]]
    if state.links:
        data["links"] = {url: asdict(record) for url, record
                         in list(state.links.items())[-MAX_LINK_RECORDS:]}
    return data


def write_state(folder: Path | str, state: ProjectState) -> None:
    """Writes the state atomically; raises ``ProjectError`` (callers may ignore it: losing
    the state loses nothing the writer wrote). Nothing is written if it is unchanged."""
    path = state_path(folder)
    content = (json.dumps(_as_json(state), indent=2, sort_keys=True) + "\n").encode("utf-8")
    try:
        if path.is_file() and path.read_bytes() == content:
            return
    except OSError:
        pass
    atomic_write(path, content)
