"""Builds the preview, or a placeholder saying why there is none (QtWebEngine missing)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
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
    """Stands where the preview would be, with the same slots and signals, doing nothing."""

    linkRefused = Signal(str)
    renderFailed = Signal(str)
    contentUpdated = Signal(str)

    def __init__(self, parent: QWidget | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = self.tr("The live preview is not available: this installation lacks "
                       "Qt WebEngine. Export to HTML to see the page.")
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
