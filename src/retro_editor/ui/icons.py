"""The toolbar's icons: Tabler outline SVGs (``resources/icons/toolbar``, MIT) drawn in the
palette's text colour, so they follow the light and dark themes; drawn again when the
palette changes."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from retro_editor.resources import resource_path
from retro_editor.ui.action_ids import ActionId

A = ActionId
#: the icon file (without ``.svg``) of each action that has one
ICONS: dict[ActionId, str] = {
    A.FILE_NEW: "file-plus", A.FILE_OPEN: "folder-open", A.FILE_SAVE: "device-floppy",
    A.EDIT_UNDO: "arrow-back-up", A.EDIT_REDO: "arrow-forward-up", A.FORMAT_BOLD: "bold",
    A.FORMAT_ITALIC: "italic", A.INSERT_LINK: "link", A.INSERT_IMAGE: "photo",
    A.FILE_EXPORT: "file-export",
}
del A
_SIZES = (16, 20, 24, 32, 48)


def tinted_icon(name: str, color: QColor) -> QIcon:
    """The icon ``name`` in ``color`` (the SVG's strokes are ``currentColor``: drawn black,
    then filled with the colour through their own shape)."""
    renderer = QSvgRenderer(str(resource_path("icons", "toolbar", f"{name}.svg")))
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), color)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def apply_icons(actions: Mapping[ActionId, QAction], palette: QPalette) -> None:
    """Gives each action of :data:`ICONS` its icon in ``palette``'s button-text colour."""
    color = palette.color(QPalette.ColorRole.ButtonText)
    for action_id, name in ICONS.items():
        if action_id in actions:
            actions[action_id].setIcon(tinted_icon(name, color))
