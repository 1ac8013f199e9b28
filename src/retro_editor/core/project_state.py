"""The project's machine state: ``.retro-state.json`` beside the manifest.

What the application remembers about a project for itself (the editor's cursor position;
later caches and statistics) never goes in the manifest, which holds only what the writer
wrote. The state file is written atomically; a missing, unreadable or malformed state file is
ignored (it only ever costs a remembered position), and backups skip it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import atomic_write, read_bytes_limited

STATE_NAME = ".retro-state.json"
STATE_VERSION = 1
MAX_STATE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ProjectState:
    """What is remembered: the editor's cursor (a character offset into ``article.md``)."""

    cursor_position: int = 0


def state_path(folder: Path | str) -> Path:
    return Path(folder) / STATE_NAME


def _position(data: object) -> int:
    cursor = data.get("cursor") if isinstance(data, dict) else None
    position = cursor.get("position") if isinstance(cursor, dict) else None
    if isinstance(position, int) and not isinstance(position, bool) and position >= 0:
        return position
    return 0


def read_state(folder: Path | str) -> ProjectState:
    """The remembered state, or the defaults when there is none or it cannot be read."""
    try:
        data = json.loads(read_bytes_limited(state_path(folder), MAX_STATE_BYTES, "state file"))
    except (ProjectError, ValueError, RecursionError):
        return ProjectState()
    if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
        return ProjectState()
    return ProjectState(cursor_position=_position(data))


def write_state(folder: Path | str, state: ProjectState) -> None:
    """Writes the state atomically; raises ``ProjectError`` (callers may ignore it: losing
    the state loses nothing the writer wrote). Nothing is written if it is unchanged."""
    path = state_path(folder)
    data = {"version": STATE_VERSION, "cursor": {"position": state.cursor_position}}
    content = (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")
    try:
        if path.is_file() and path.read_bytes() == content:
            return
    except OSError:
        pass
    atomic_write(path, content)
