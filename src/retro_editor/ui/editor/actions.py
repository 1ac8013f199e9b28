"""The editor's Format actions (bold, italic, code, strikethrough, headings) and Insert Link.

``editor_actions(editor)`` builds them from ``ui.actions.EDITOR_ACTIONS``; the editor installs
one set on itself so the shortcuts work on their own. The window puts *those same* QAction
objects in its menus (``editor.formatting_actions()``) rather than create duplicates with the
same shortcuts, which Qt would treat as ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

from retro_editor.ui.action_ids import ActionId, heading_action
from retro_editor.ui.actions import EDITOR_ACTIONS, create_action
from retro_editor.ui.editor import formatting


def _link(editor: QPlainTextEdit) -> None:
    clipboard = QGuiApplication.clipboard()
    formatting.insert_link(editor, clipboard.text() if clipboard is not None else None)


def _commands(editor: QPlainTextEdit) -> dict[ActionId, Callable[[], None]]:
    commands: dict[ActionId, Callable[[], None]] = {
        ActionId.FORMAT_BOLD: partial(formatting.toggle_bold, editor),
        ActionId.FORMAT_ITALIC: partial(formatting.toggle_italic, editor),
        ActionId.FORMAT_CODE: partial(formatting.toggle_code, editor),
        ActionId.FORMAT_STRIKETHROUGH: partial(formatting.toggle_strikethrough, editor),
        ActionId.INSERT_LINK: partial(_link, editor),
    }
    for level in range(7):
        commands[heading_action(level)] = partial(formatting.set_heading, editor, level)
    return commands


def editor_actions(editor: QPlainTextEdit, parent: QObject | None = None) -> list[QAction]:
    """The Format and Insert Link actions acting on ``editor``, with their shortcuts."""
    owner = parent if parent is not None else editor
    commands = _commands(editor)
    actions = []
    for spec in EDITOR_ACTIONS:
        action = create_action(spec, owner)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, command=commands[spec.id]: command())
        actions.append(action)
    return actions
