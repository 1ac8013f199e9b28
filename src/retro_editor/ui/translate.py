"""One way to name a module's translation context: ``tr = translator("StatusBar")``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def translator(context: str) -> Callable[[str], str]:
    """A ``tr(text)`` that translates ``text`` in ``context`` (through Qt's translators)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr
