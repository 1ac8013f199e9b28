"""The editor's formatting actions (bold, italic, code, strikethrough, link, headings).

``editor_actions(editor)`` builds them; the editor installs one set on itself so the
shortcuts work on their own. The window should put *those same* QAction objects in its
Format menu (``editor.formatting_actions()``) rather than create duplicates with the same
shortcuts, which Qt would treat as ambiguous.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

from retro_editor.ui.editor import formatting


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorActions", text)


def _link(editor: QPlainTextEdit) -> None:
    clipboard = QGuiApplication.clipboard()
    formatting.insert_link(editor, clipboard.text() if clipboard is not None else None)


def editor_actions(editor: QPlainTextEdit, parent: QObject | None = None) -> list[QAction]:
    """Formatting actions acting on ``editor``, with their standard shortcuts."""
    owner = parent if parent is not None else editor
    specs = [
        ("bold", _tr("&Bold"), QKeySequence(QKeySequence.StandardKey.Bold),
         partial(formatting.toggle_bold, editor)),
        ("italic", _tr("&Italic"), QKeySequence(QKeySequence.StandardKey.Italic),
         partial(formatting.toggle_italic, editor)),
        ("code", _tr("Inline &Code"), QKeySequence("Ctrl+E"),
         partial(formatting.toggle_code, editor)),
        ("strikethrough", _tr("&Strikethrough"), QKeySequence("Ctrl+Shift+X"),
         partial(formatting.toggle_strikethrough, editor)),
        ("link", _tr("Insert &Link"), QKeySequence("Ctrl+K"), partial(_link, editor)),
        ("heading_0", _tr("Body &Text"), QKeySequence(),
         partial(formatting.set_heading, editor, 0)),
    ]
    for level in range(1, 7):
        specs.append((f"heading_{level}", _tr("Heading &%1").replace("%1", str(level)),
                      QKeySequence(f"Ctrl+{level}"),
                      partial(formatting.set_heading, editor, level)))
    actions = []
    for name, text, shortcut, slot in specs:
        action = QAction(text, owner)
        action.setObjectName(f"action_format_{name}")
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        actions.append(action)
    return actions
