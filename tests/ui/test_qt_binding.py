"""Guards against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11
took one away on every void call, so the app aborted after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCharFormat


def test_void_qt_calls_keep_none_alive():
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(1000):
        fmt.setFontItalic(True)
    assert sys.getrefcount(None) - before > -100
