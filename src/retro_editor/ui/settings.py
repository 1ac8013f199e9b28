"""Every user setting, declared once with its type and default; QSettings is only the storage.

Widgets get a ``Settings`` object passed in; nobody calls ``QSettings()`` with string keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key, its default and, for a choice, the values it may take (a stored
    value outside them, or out of ``bounds``, reads as the default)."""

    key: str
    default: T
    choices: tuple[T, ...] = ()
    bounds: tuple[int, int] | None = None


WINDOW_GEOMETRY: Setting[bytes] = Setting("window/geometry", b"")
WINDOW_STATE: Setting[bytes] = Setting("window/state", b"")
SPLITTER_STATE: Setting[bytes] = Setting("window/splitter", b"")
PREVIEW_VISIBLE: Setting[bool] = Setting("window/previewVisible", True)
RECENT_PROJECTS: Setting[list[Any]] = Setting("projects/recent", [])
LAST_PROJECT: Setting[str] = Setting("projects/last", "")
EDITOR_ZOOM: Setting[int] = Setting("editor/zoomPercent", 100)
BACKUP_INTERVAL_MINUTES: Setting[int] = Setting("backups/intervalMinutes", 10,
                                                 bounds=(0, 24 * 60))
#: seconds after the last edit before the project is saved in place; 0: autosave is off
AUTOSAVE_SECONDS: Setting[int] = Setting("editor/autosaveSeconds", 3, bounds=(0, 600))
BACKUP_KEEP: Setting[int] = Setting("backups/keep", 20, bounds=(1, 1000))
#: "" is the first installed of the editor's writing fonts
EDITOR_FONT_FAMILY: Setting[str] = Setting("editor/fontFamily", "")
EDITOR_FONT_SIZE: Setting[int] = Setting("editor/fontPointSize", 12, bounds=(6, 48))
EDITOR_LINE_WIDTH: Setting[int] = Setting("editor/lineWidthChars", 80, bounds=(30, 200))
#: the editor's line height in percent of the font's
EDITOR_LINE_SPACING: Setting[int] = Setting("editor/lineSpacingPercent", 100, bounds=(100, 250))
#: space between the text and the edges of its column, in pixels
EDITOR_MARGIN: Setting[int] = Setting("editor/marginPixels", 4, bounds=(0, 120))
FOCUS_MODE: Setting[bool] = Setting("editor/focusMode", False)
TYPEWRITER_SCROLLING: Setting[bool] = Setting("editor/typewriterScrolling", False)
APP_THEMES = ("system", "light", "dark")
APP_THEME: Setting[str] = Setting("appearance/theme", "system", choices=APP_THEMES)
#: the page theme new projects start with (one of ``render.themes.available_themes()``)
PAGE_THEME: Setting[str] = Setting("appearance/pageTheme", "light")
#: the words a writing session aims at; 0: no session goal
SESSION_GOAL_WORDS: Setting[int] = Setting("goals/sessionWords", 0, bounds=(0, 1_000_000))

#: "" follows the system; else one of ``ui.translate.LANGUAGES`` (applied at the next start)
INTERFACE_LANGUAGE: Setting[str] = Setting("appearance/language", "",
                                           choices=("", "en", "de", "fr", "es"))
MAX_RECENT = 10


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def get(self, setting: Setting[T]) -> T:
        raw = self._store.value(setting.key)
        if raw is None:
            return setting.default
        value = _coerce(raw, setting.default)
        if setting.choices and value not in setting.choices:
            return setting.default
        if setting.bounds and not setting.bounds[0] <= value <= setting.bounds[1]:
            return setting.default
        return cast(T, value)

    def set(self, setting: Setting[T], value: T) -> None:
        stored: object = value
        if isinstance(setting.default, bytes):
            stored = QByteArray(bytes(cast(bytes, value)))
        self._store.setValue(setting.key, stored)

    def sync(self) -> None:
        self._store.sync()

    # --- recent projects -------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        return [p for p in self.get(RECENT_PROJECTS) if isinstance(p, str) and p]

    def add_recent_project(self, path: str) -> None:
        recent = [p for p in self.recent_projects() if p != path]
        self.set(RECENT_PROJECTS, [path, *recent][:MAX_RECENT])
        self.set(LAST_PROJECT, path)

    def remove_recent_project(self, path: str) -> None:
        self.set(RECENT_PROJECTS, [p for p in self.recent_projects() if p != path])
        if self.get(LAST_PROJECT) == path:
            self.set(LAST_PROJECT, "")

    def clear_recent_projects(self) -> None:
        self.set(RECENT_PROJECTS, [])
        self.set(LAST_PROJECT, "")


def _coerce(raw: Any, default: Any) -> Any:
    """QSettings' INI backend returns strings and 1-item values loosely typed: fix them."""
    if isinstance(default, str):
        return raw if isinstance(raw, str) else default
    if isinstance(default, bool):
        return raw if isinstance(raw, bool) else str(raw).lower() in {"true", "1"}
    if isinstance(default, int):
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        return bytes(raw) if isinstance(raw, (bytes, bytearray)) else default
    if isinstance(default, list):
        if isinstance(raw, str):
            return [raw]
        return list(raw) if isinstance(raw, (list, tuple)) else default
    return raw
