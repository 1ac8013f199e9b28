"""What one version of the history says about itself: the commit message and its trailers.

A version's commit message is a one-line summary, a blank line and git trailers::

    Edited: The Crash, Aftermath

    Words: 12345
    Change: +120
    Kind: save

so ``git log`` shows the summary and the history list needs no checkout: words, the change
in words and the kind of save are read from the message. ``Window-Start`` (autosaves only)
is when the run of autosaves that this version coalesces began.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class VersionKind(StrEnum):
    """Why a version was recorded (see the coalescing rule in history_store)."""

    AUTOSAVE = "autosave"
    SAVE = "save"
    CLOSE = "close"
    SYNC = "sync"
    SNAPSHOT = "snapshot"
    RESTORE = "restore"


@dataclass(frozen=True)
class Version:
    """One recorded version, as the history list shows it."""

    id: str
    time: float
    words: int
    change: int
    summary: str
    kind: VersionKind
    window_start: float | None = None
    names: tuple[str, ...] = field(default=())

    @property
    def short_id(self) -> str:
        return self.id[:10]

    @property
    def label(self) -> str:
        """The names given to this version, or '' when it has none."""
        return ", ".join(self.names)


_TRAILER = re.compile(r"^([A-Za-z-]+): (.*)$")


def format_message(summary: str, words: int, change: int, kind: VersionKind,
                   window_start: float | None = None) -> str:
    """The commit message of a version (summary on one line, trailers after a blank line)."""
    line = " ".join(summary.split()) or "Saved"
    trailers = [f"Words: {words}", f"Change: {change:+d}", f"Kind: {kind.value}"]
    if window_start is not None:
        trailers.append(f"Window-Start: {window_start:.0f}")
    return f"{line}\n\n" + "\n".join(trailers) + "\n"


@dataclass(frozen=True)
class ParsedMessage:
    summary: str
    words: int
    change: int
    kind: VersionKind
    window_start: float | None


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def parse_message(message: str) -> ParsedMessage:
    """Reads a message written by :func:`format_message`; anything else (a commit made by
    another program) reads as a save with no word count rather than being refused."""
    lines = message.rstrip("\n").split("\n")
    trailers: dict[str, str] = {}
    for line in reversed(lines):
        match = _TRAILER.match(line)
        if not match:
            break
        trailers[match.group(1)] = match.group(2).strip()
    try:
        kind = VersionKind(trailers.get("Kind", "save"))
    except ValueError:
        kind = VersionKind.SAVE
    start = trailers.get("Window-Start")
    window_start = float(start) if start and start.isdigit() else None
    return ParsedMessage(lines[0] if lines else "", _int(trailers.get("Words")),
                         _int(trailers.get("Change")), kind, window_start)
