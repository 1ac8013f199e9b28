"""The sync's conflict view: for each section, detail or file changed differently on both
machines, this machine's version and the other's side by side, and the one to keep, which the
writer picks (Take Mine / Take Theirs) or edits. Nothing is lost: both versions stay in the
history whatever is chosen."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from retro_editor.core.history_merge import Conflict, Resolutions
from retro_editor.ui.text_access import widget_text
from retro_editor.ui.translate import translator

tr = translator("History")


def _shown(conflict: Conflict, value: Any) -> str:
    if value is None:
        return ""
    if conflict.kind == "section":
        return str(value)
    if conflict.kind == "file":
        return tr("(a file of {size} bytes)").format(size=len(value))
    return json.dumps(value, ensure_ascii=False, indent=1)


class SyncConflictDialog(QDialog):
    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflictDialog")
        self.setWindowTitle(tr("Sync: Changed on Both Machines"))
        self.conflicts = conflicts
        self.kept: list[Any] = [c.ours for c in conflicts]
        self.items = QListWidget(self)
        for conflict in conflicts:
            what = {"section": tr("Section #{name}"), "field": tr("Detail {name}"),
                    "file": tr("File {name}")}[conflict.kind].format(name=conflict.name)
            self.items.addItem(what)
        self.mine = QPlainTextEdit(self)
        self.theirs = QPlainTextEdit(self)
        self.keep_view = QPlainTextEdit(self)
        self.keep_view.setObjectName("syncResult")
        for view in (self.mine, self.theirs):
            view.setReadOnly(True)
        self.take_mine = QPushButton(tr("Take &Mine"), self)
        self.take_theirs = QPushButton(tr("Take &Theirs"), self)
        self.take_mine.clicked.connect(lambda: self._take(self.current.ours))
        self.take_theirs.clicked.connect(lambda: self._take(self.current.theirs))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(self.items, 0, 0, 4, 1)
        grid.addWidget(QLabel(tr("This machine"), self), 0, 1)
        grid.addWidget(QLabel(tr("The other machine"), self), 0, 2)
        grid.addWidget(self.mine, 1, 1)
        grid.addWidget(self.theirs, 1, 2)
        grid.addWidget(self.take_mine, 2, 1)
        grid.addWidget(self.take_theirs, 2, 2)
        grid.addWidget(QLabel(tr("Keep (editable for a section):"), self), 3, 1)
        grid.addWidget(self.keep_view, 4, 1, 1, 2)
        grid.addWidget(buttons, 5, 0, 1, 3)
        self.resize(1000, 640)
        self.items.currentRowChanged.connect(self._show)
        self.keep_view.textChanged.connect(self._edited)
        self.items.setCurrentRow(0)

    @property
    def current(self) -> Conflict:
        return self.conflicts[max(self.items.currentRow(), 0)]

    def _show(self, row: int) -> None:
        if row < 0:
            return
        conflict = self.conflicts[row]
        self.mine.setPlainText(_shown(conflict, conflict.ours))
        self.theirs.setPlainText(_shown(conflict, conflict.theirs))
        self.keep_view.blockSignals(True)
        self.keep_view.setPlainText(_shown(conflict, self.kept[row]))
        self.keep_view.blockSignals(False)
        self.keep_view.setReadOnly(conflict.kind != "section")

    def _take(self, value: Any) -> None:
        row = max(self.items.currentRow(), 0)
        self.kept[row] = value
        self._show(row)

    def _edited(self) -> None:
        row = max(self.items.currentRow(), 0)
        if self.conflicts[row].kind == "section":
            text = widget_text(self.keep_view)
            self.kept[row] = text if text.strip() else None

    def resolutions(self) -> Resolutions:
        return {(c.kind, c.name): kept for c, kept in zip(self.conflicts, self.kept, strict=True)}


def resolve_sync_conflicts(conflicts: list[Conflict], parent: QWidget | None) -> Resolutions | None:
    dialog = SyncConflictDialog(conflicts, parent)
    try:
        return dialog.resolutions() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
