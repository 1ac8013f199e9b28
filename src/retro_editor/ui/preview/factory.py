"""Builds the preview, or a placeholder saying why there is none (QtWebEngine missing)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from retro_editor.ui.preview.view import PreviewView

_log = logging.getLogger(__name__)


def prepare_web_engine() -> bool:
    """Imports QtWebEngine; call before the QApplication exists. False if it is missing."""
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return False
    return True


class PreviewPlaceholder(QWidget):
    """Stands where the preview would be, with the same slots and signals, doing nothing:
    for good without QtWebEngine, or (``pending``) blank until the window puts the live
    preview in its place (``MainWindow.start_preview``)."""

    linkRefused = Signal(str)
    renderFailed = Signal(str)
    contentUpdated = Signal(str)

    def __init__(self, parent: QWidget | None = None, reason: str = "", *,
                 pending: bool = False) -> None:
        super().__init__(parent)
        self.pending = pending
        self.setAccessibleName(self.tr("Preview"))
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = "" if pending else self.tr("The live preview is not available: this "
                                          "installation lacks Qt WebEngine. Export to HTML "
                                          "to see the page.")
        if reason:
            text += "\n\n" + reason
        label.setText(text)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.message = label

    def set_document(self, doc: Any) -> None:
        pass

    def set_opener(self, opener: Any) -> None:
        pass

    def shutdown(self) -> None:
        pass

    def follow_line(self, line: int, cursor_line: int | None = None) -> None:
        pass

    @Slot(int)
    def show_line(self, line: int) -> None:
        pass


def create_preview(parent: QWidget | None = None,
                   **options: Any) -> PreviewView | PreviewPlaceholder:
    """A :class:`~.view.PreviewView`, or a :class:`PreviewPlaceholder` without QtWebEngine."""
    try:
        from retro_editor.ui.preview.view import PreviewView
    except ImportError as exc:
        _log.warning("no live preview: %s", exc)
        return PreviewPlaceholder(parent, str(exc))
    return PreviewView(parent, **options)


class AfterFirstPaint(QObject):
    """Calls ``then`` once, on the event-loop turn after ``widget`` first paints (or after
    ``at_latest_ms`` if it has not painted by then, as when another widget covers it)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], at_latest_ms: int = 600) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(at_latest_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
            then()
