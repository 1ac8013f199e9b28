"""Help → Keyboard Shortcuts, and ``docs/shortcuts.md``, generated from the action registry.

The reference lists the window's actions menu by menu (``ui.actions.MENUS``, so the editor's
Format actions and the find bar's Find Next/Previous come with their menus), then the
outline's own actions, each with its text (mnemonic removed) and every key sequence it
answers to, except keys only multimedia keyboards have. The dialog shows the keys as this
platform writes them (``NativeText``: ⌘ on macOS); the Markdown file, written by
``python -m retro_editor.ui.shortcut_reference --markdown [FILE]``, uses the portable spelling
of the generic key bindings, the same on every machine.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.actions import EDITOR_ACTIONS, MENUS, SEPARATOR, create_actions
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.main_window import MainWindow

_MNEMONIC = re.compile(r"&(&?)")
DIALOG_NAME = "shortcutReference"
Format = QKeySequence.SequenceFormat


tr = translator("ShortcutReference")


def plain_text(text: str) -> str:
    """Menu text without its mnemonic marker (``Save &As…`` → ``Save As…``, ``&&`` → ``&``)."""
    return _MNEMONIC.sub(lambda m: m.group(1), text)


@dataclass(frozen=True)
class Entry:
    text: str
    shortcuts: tuple[str, ...]


Group = tuple[str, tuple[Entry, ...]]


def on_keyboard(sequence: QKeySequence) -> bool:
    """False for a sequence using a key only multimedia or old Unix keyboards have (the
    standard keys' bindings include ``Save``, ``Undo`` and ``Zoom In`` keys, and F14, F16, F18
    and F20, the Undo, Copy, Paste and Cut keys of Sun keyboards): noise in a reference."""
    combinations = (sequence[i] for i in range(sequence.count()))  # type: ignore[index]
    return all(c.key().value < Qt.Key.Key_F13.value or Qt.Key.Key_F35.value < c.key().value
               < Qt.Key.Key_Back.value for c in combinations)


def entry(action: QAction, key_format: Format = Format.NativeText) -> Entry:
    return Entry(plain_text(action.text()), tuple(key.toString(key_format)
                                                  for key in action.shortcuts()
                                                  if on_keyboard(key)))


def reference(actions: Mapping[ActionId, QAction], outline_actions: Sequence[QAction],
              key_format: Format = Format.NativeText) -> list[Group]:
    """The groups of the reference: one per menu, in menu order, then the outline's."""
    groups: list[Group] = []
    for title, items in MENUS:
        entries = tuple(entry(actions[ActionId(item)], key_format) for item in items
                        if item != SEPARATOR and not item.startswith("@"))
        groups.append((plain_text(QCoreApplication.translate("Actions", title)), entries))
    groups.append((tr("Outline"), tuple(entry(a, key_format) for a in outline_actions)))
    return groups


def window_reference(window: MainWindow, key_format: Format = Format.NativeText) -> list[Group]:
    return reference(window.action_map, window.outline.actions(), key_format)


def standalone_reference(key_format: Format = Format.NativeText) -> list[Group]:
    """The same reference built without a window, from the declarations and the widgets that
    own the find bar's and the outline's actions (for the Markdown file)."""
    from PySide6.QtWidgets import QPlainTextEdit

    from retro_editor.ui.editor.find_bar import FindReplaceBar
    from retro_editor.ui.outline import OutlineView

    holder = QWidget()
    try:
        actions = create_actions(holder)
        actions.update(create_actions(holder, EDITOR_ACTIONS))
        find_bar = FindReplaceBar(QPlainTextEdit(holder), holder)
        actions[ActionId.EDIT_FIND_NEXT] = find_bar.find_next_action
        actions[ActionId.EDIT_FIND_PREVIOUS] = find_bar.find_previous_action
        outline = OutlineView(holder)
        return reference(actions, outline.actions(), key_format)
    finally:
        holder.deleteLater()


def markdown(groups: Sequence[Group]) -> str:
    lines = [
        "# Keyboard shortcuts",
        "",
        "Every command of Retro Editor by menu, with its keyboard shortcuts. On macOS, Ctrl "
        "means the Command key (⌘) and Meta the Control key; a desktop can bind the standard "
        "keys (Undo, Find Next, Full Screen…) differently: Help → Keyboard Shortcuts shows "
        "the keys as your system has them.",
        "",
        "The outline's shortcuts work while the outline has the keyboard focus.",
        "",
        "<!-- Generated by `python -m retro_editor.ui.shortcut_reference --markdown "
        "docs/shortcuts.md`; do not edit by hand. -->",
    ]
    for title, entries in groups:
        lines += ["", f"## {title}", "", "| Command | Shortcut |", "|---|---|"]
        for item in entries:
            keys = ", ".join(f"`{key}`" for key in item.shortcuts) or "—"
            text = item.text.replace("|", "\\|")
            lines.append(f"| {text} | {keys} |")
    return "\n".join(lines) + "\n"


class ShortcutReferenceDialog(QDialog):
    """The reference as a tree (menu → action, shortcuts), with a filter field."""

    def __init__(self, groups: Sequence[Group], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DIALOG_NAME)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter by command or key…"))
        self.filter.setAccessibleName(tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([tr("Command"), tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._groups: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for title, entries in groups:
            group = QTreeWidgetItem(self.tree, [title])
            rows: list[QTreeWidgetItem] = []
            self._groups.append((group, rows))
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in entries:
                row = QTreeWidgetItem(group, [item.text, ", ".join(item.shortcuts)])
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)
                rows.append(row)
        self.tree.expandAll()
        # the columns are sized once, for every row, so filtering does not move them
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 3 * self.fontMetrics().averageCharWidth())
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(540, 660)

    def rows(self) -> list[tuple[str, str, str]]:
        """(menu, command, shortcuts) of every row shown."""
        return [(group.text(0), row.text(0), row.text(1))
                for group, rows in self._groups for row in rows if not row.isHidden()]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for group, rows in self._groups:
            visible = 0
            for row in rows:
                match = not needle or any(needle in row.text(c).casefold() for c in (0, 1))
                row.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)


def show_shortcut_reference(window: QWidget, actions: Mapping[ActionId, QAction],
                            outline_actions: Sequence[QAction]) -> ShortcutReferenceDialog:
    """Shows the window's reference (one dialog, kept open beside the text if wanted)."""
    dialog = window.findChild(ShortcutReferenceDialog, DIALOG_NAME)
    if dialog is None:
        dialog = ShortcutReferenceDialog(reference(actions, outline_actions), window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m retro_editor.ui.shortcut_reference",
                                     description="Write the keyboard shortcut reference.")
    parser.add_argument("--markdown", metavar="FILE", nargs="?", const="-", required=True,
                        help="write it as Markdown to FILE (default: standard output)")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the generic key bindings, no display needed
    app = QApplication.instance() or QApplication([])
    text = markdown(standalone_reference(Format.PortableText))
    del app
    if args.markdown == "-":
        sys.stdout.write(text)
    else:
        Path(args.markdown).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

