"""When to re-read the outline: one single-shot timer, short after a big change, long while typing.

Typing one character at a time restarts the long delay, so the outline is parsed once the
writer pauses rather than on every key; a paste, an undo or an outline operation (a big change)
asks for the short delay. A change that keeps coming — a burst of small edits — is never put
off for more than ``MAX_DELAY_MS`` in all.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument


class OutlineUpdater(QObject):
    """Emits ``due`` a moment after the watched text document changes."""

    #: time to re-read the outline
    due = Signal()

    SHORT_DELAY_MS = 150
    LONG_DELAY_MS = 500
    MAX_DELAY_MS = 1500
    #: characters removed plus added from which a change counts as big
    BIG_CHANGE = 64

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: QTextDocument | None = None
        self._pending_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def set_text_document(self, document: QTextDocument | None) -> None:
        if self._document is not None:
            self._document.contentsChange.disconnect(self._on_contents_change)
        self._document = document
        self.cancel()
        if document is not None:
            document.contentsChange.connect(self._on_contents_change)

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def interval(self) -> int:
        """The delay the timer was last started with (ms)."""
        return self._timer.interval()

    def schedule(self, delay_ms: int) -> None:
        """Asks for ``due`` after ``delay_ms`` (restarting the timer, within the cap)."""
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        waited_ms = int((now - self._pending_since) * 1000)
        self._timer.start(max(0, min(delay_ms, self.MAX_DELAY_MS - waited_ms)))

    def flush(self) -> None:
        """Emits ``due`` now if an update is pending."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()
        self._pending_since = None

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        big = removed + added >= self.BIG_CHANGE
        self.schedule(self.SHORT_DELAY_MS if big else self.LONG_DELAY_MS)

    def _fire(self) -> None:
        self._pending_since = None
        self.due.emit()
