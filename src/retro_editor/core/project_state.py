"""The project's machine state: ``.retro-state.json`` beside the manifest.

What the application remembers about a project for itself (the editor's cursor position, the
last link check's result per URL) never goes in the manifest, which holds only what the writer
wrote. The state file is written atomically; a missing, unreadable or malformed state file is
ignored (it only ever costs a remembered position), and backups skip it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import atomic_write, read_bytes_limited

STATE_NAME = ".retro-state.json"
STATE_VERSION = 1
MAX_STATE_BYTES = 1024 * 1024


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
class ProjectState:
    """What is remembered: the editor's cursor (a character offset into ``article.md``) and
    the last link check, by URL."""

    cursor_position: int = 0
    links: Mapping[str, LinkRecord] = field(default_factory=dict)


def state_path(folder: Path | str) -> Path:
    return Path(folder) / STATE_NAME


def _position(data: object) -> int:
    cursor = data.get("cursor") if isinstance(data, dict) else None
    position = cursor.get("position") if isinstance(cursor, dict) else None
    if isinstance(position, int) and not isinstance(position, bool) and position >= 0:
        return position
    return 0


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
    """The remembered state, or the defaults when there is none or it cannot be read."""
    try:
        data = json.loads(read_bytes_limited(state_path(folder), MAX_STATE_BYTES, "state file"))
    except (ProjectError, ValueError, RecursionError):
        return ProjectState()
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return ProjectState()
    return ProjectState(cursor_position=_position(data), links=_links(data.get("links")))


def write_state(folder: Path | str, state: ProjectState) -> None:
    """Writes the state atomically; raises ``ProjectError`` (callers may ignore it: losing
    the state loses nothing the writer wrote). Nothing is written if it is unchanged."""
    path = state_path(folder)
    data: dict[str, Any] = {"version": STATE_VERSION,
                            "cursor": {"position": state.cursor_position}}
    if state.links:
        data["links"] = {url: asdict(record) for url, record
                         in list(state.links.items())[-MAX_LINK_RECORDS:]}
    content = (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")
    try:
        if path.is_file() and path.read_bytes() == content:
            return
    except OSError:
        pass
    atomic_write(path, content)
