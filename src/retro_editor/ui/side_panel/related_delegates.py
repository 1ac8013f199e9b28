"""Cell editors of the Related table: typed text, never coerced.

The date cell edits an ISO date, full or partial, with a calendar to pick from; the views cell
takes a whole number, ``12k`` or ``1.2M``. Whatever is typed goes to the model as text: the
model stores it as a value when it is valid and as a draft, flagged, when it is not.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from retro_editor.ui.side_panel.date_field import PartialDateEdit

Index = QModelIndex | QPersistentModelIndex


class TypedTextDelegate(QStyledItemDelegate):
    """Edits a cell's text as typed (the model's edit role is the text)."""

    def make_editor(self, parent: QWidget) -> QLineEdit:
        return QLineEdit(parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = self.make_editor(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)  # made by make_editor
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)  # made by make_editor
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        editor.setGeometry(option.rect)


class DateDelegate(TypedTextDelegate):
    """A date cell: ``1999``, ``1999-03`` or ``1999-03-14``, with a calendar (Alt+Down)."""

    def make_editor(self, parent: QWidget) -> QLineEdit:
        editor = PartialDateEdit(parent)
        editor.setAccessibleName(self.tr("Date"))
        editor.datePicked.connect(lambda: self.commitData.emit(editor))
        return editor


class ViewsDelegate(TypedTextDelegate):
    """A view count: a whole number, ``12k`` or ``1.2M`` (stored as 12000 and 1200000)."""

    def make_editor(self, parent: QWidget) -> QLineEdit:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setPlaceholderText(self.tr("e.g. 1843 or 12k"))
        editor.setToolTip(self.tr("A whole number of views; 12k and 1.2M are understood"))
        editor.setAccessibleName(self.tr("Views"))
        return editor
