"""The application's colour theme: light, dark or the system's, applied to every window.

Qt has no switch for this on every platform, so the light and dark palettes are built here
and set on the application (dialogs and menus follow it); "system" puts back the platform's own
palette, or the dark one when the platform reports a dark colour scheme while its palette is
light. Widgets receive a new application palette through posted events.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        Role.Window: "#2b2b2e", Role.WindowText: "#e6e6e6", Role.Base: "#1f1f22",
        Role.AlternateBase: "#2b2b2e", Role.Text: "#e6e6e6", Role.Button: "#333337",
        Role.ButtonText: "#e6e6e6", Role.BrightText: "#ff6b6b", Role.Highlight: "#3d6fb6",
        Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#333337",
        Role.ToolTipText: "#e6e6e6", Role.PlaceholderText: "#8a8a90", Role.Link: "#7fb2ff",
        Role.LinkVisited: "#c09cff", Role.Light: "#4a4a50", Role.Midlight: "#3c3c42",
        Role.Mid: "#2a2a2e", Role.Dark: "#19191b", Role.Shadow: "#000000",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#7a7a80"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


class AppTheme:
    """Applies a theme name ("system", "light", "dark") to the running application."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self.current = ""

    def apply(self, theme: str) -> None:
        self.current = theme
        self._app.setPalette(QPalette())  # back to the platform's own palette
        if theme == "system":
            scheme = QGuiApplication.styleHints().colorScheme()
            if scheme == Qt.ColorScheme.Dark and not is_dark(self._app.palette()):
                self._app.setPalette(dark_palette())
        elif theme == "dark":
            self._app.setPalette(dark_palette())
        elif is_dark(self._app.palette()):
            self._app.setPalette(self._app.style().standardPalette())
        for widget in self._app.allWidgets():  # a style sheet keeps the palette it was
            if widget.styleSheet():  # polished with: polish it again
                widget.setStyleSheet(widget.styleSheet())
