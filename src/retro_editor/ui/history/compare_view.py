"""Two versions side by side: the list of what differs (sections, then details), and for the
chosen one the older text on the left and the newer on the right, changed words marked."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.history_compare import (
    Comparison,
    FieldChange,
    SectionChange,
    SectionStatus,
)
from retro_editor.ui.translate import translator

tr = translator("History")
_DELETED = "background:#f8d0d0;text-decoration:line-through"
_INSERTED = "background:#c8f0c8"
_ROLE = Qt.ItemDataRole.UserRole


def _status_text(change: SectionChange) -> str:
    if change.status is SectionStatus.MOVED and change.edited:
        return tr("moved and changed")
    return {SectionStatus.CHANGED: tr("changed"), SectionStatus.ADDED: tr("added"),
            SectionStatus.DELETED: tr("deleted"), SectionStatus.MOVED: tr("moved")}[change.status]


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _paragraph_html(change: SectionChange, side: str) -> str:
    """One side of a section: changed paragraphs with their words marked, or the whole text
    when the section was added, deleted or only moved."""
    if not change.paragraphs:
        return _escape(change.old_text if side == "old" else change.new_text)
    shown = []
    skip, mark = ("insert", _DELETED) if side == "old" else ("delete", _INSERTED)
    for paragraph in change.paragraphs:
        pieces = [f'<span style="{mark}">{_escape(r.text)}</span>' if r.op != "equal"
                  else _escape(r.text) for r in paragraph.runs if r.op != skip]
        shown.append("".join(pieces) or "<i>—</i>")
    return "<p>" + "</p><hr><p>".join(shown) + "</p>"


def _value(value: object) -> str:
    return tr("(none)") if value is None else json.dumps(value, ensure_ascii=False, indent=1)


class CompareView(QWidget):
    """Shows a :class:`Comparison`; ``chosen`` says which change is selected (or None)."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = QListWidget(self)
        self.changes.setObjectName("historyChanges")
        self.changes.setAccessibleName(tr("What differs"))
        self.old_view = QTextBrowser(self)
        self.old_view.setObjectName("historyOld")
        self.new_view = QTextBrowser(self)
        self.new_view.setObjectName("historyNew")
        self.old_label = QLabel(self)
        self.new_label = QLabel(self)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for label, view in ((self.old_label, self.old_view), (self.new_label, self.new_view)):
            column = QWidget(sides)
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label)
            layout.addWidget(view)
            sides.addWidget(column)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.changes)
        split.addWidget(sides)
        split.setSizes([120, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.changes.currentItemChanged.connect(self._show_current)

    def show_comparison(self, comparison: Comparison | None, old_label: str,
                        new_label: str) -> None:
        self.old_label.setText(old_label)
        self.new_label.setText(new_label)
        self.changes.clear()
        self.old_view.clear()
        self.new_view.clear()
        if comparison is None:
            return
        for change in comparison.sections:
            title = change.title or tr("(before the first heading)")
            item = QListWidgetItem(f"§ {title} — {_status_text(change)}")
            item.setData(_ROLE, change)
            self.changes.addItem(item)
        for field in comparison.fields:
            item = QListWidgetItem(tr("Detail {field}").format(field=field.field))
            item.setData(_ROLE, field)
            self.changes.addItem(item)
        for name in comparison.files:
            self.changes.addItem(QListWidgetItem(tr("File {name} changed").format(name=name)))
        if comparison.unchanged:
            self.changes.addItem(QListWidgetItem(tr("No differences")))
        if self.changes.count():
            self.changes.setCurrentRow(0)

    def current_change(self) -> SectionChange | FieldChange | None:
        item = self.changes.currentItem()
        value = item.data(_ROLE) if item is not None else None
        return value if isinstance(value, SectionChange | FieldChange) else None

    def _show_current(self, *_args: object) -> None:
        change = self.current_change()
        if isinstance(change, SectionChange):
            self.old_view.setHtml(_paragraph_html(change, "old"))
            self.new_view.setHtml(_paragraph_html(change, "new"))
        elif isinstance(change, FieldChange):
            self.old_view.setHtml(f"<pre>{html.escape(_value(change.old))}</pre>")
            self.new_view.setHtml(f"<pre>{html.escape(_value(change.new))}</pre>")
        else:
            self.old_view.clear()
            self.new_view.clear()
        self.chosen.emit(change)
