"""Distraction-free full screen: only the editor and the preview, on the whole screen.

Entering remembers the window's dock and toolbar layout, its status bar, its state (normal,
maximized) and geometry, hides the bars and docks and goes full screen; leaving puts every
one of them back. The window's actions stay reachable by their shortcuts while the menu bar is
hidden because the window holds them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar


@dataclass
class _Before:
    state: QByteArray
    #: the normal (not maximized) geometry, set back as is: ``restoreGeometry`` would fit
    #: it to the screen again
    geometry: QRect
    window_state: Qt.WindowState
    status_bar_visible: bool
    menu_bar_visible: bool


class DistractionFree:
    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._before: _Before | None = None

    def is_active(self) -> bool:
        return self._before is not None

    def enter(self) -> None:
        if self._before is not None:
            return
        window = self._window
        self._before = _Before(window.saveState(), window.normalGeometry(), window.windowState(),
                               not window.statusBar().isHidden(),
                               not window.menuBar().isHidden())
        for bar in window.findChildren(QToolBar):
            if bar.parent() is window:
                bar.hide()
        for dock in window.findChildren(QDockWidget):
            dock.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        window.showFullScreen()

    def leave(self) -> None:
        before, self._before = self._before, None
        if before is None:
            return
        window = self._window
        window.menuBar().setVisible(before.menu_bar_visible)
        window.statusBar().setVisible(before.status_bar_visible)
        window.restoreState(before.state)
        if before.window_state & Qt.WindowState.WindowMaximized:
            window.showMaximized()
        else:
            window.showNormal()
            window.setGeometry(before.geometry)
