"""Small form widgets of the Article tab: the cover picker's preview."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget


class CoverPreview(QLabel):
    """A small thumbnail of the cover image (or a note that there is none / it is missing)."""

    SIZE = QSize(120, 68)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(self.SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Cover image preview"))
        self.show_none()

    def show_none(self) -> None:
        self.setPixmap(QPixmap())
        self.setText(self.tr("No cover"))

    def show_image(self, path: str) -> bool:
        """Shows the image at ``path``; False (and a note) if it cannot be read."""
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self.setPixmap(QPixmap())
            self.setText(self.tr("Cannot show"))
            return False
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(
            self.SIZE * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        self.setText("")
        self.setPixmap(scaled)
        return True
