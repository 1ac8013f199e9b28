"""Cell editors of the Related table: a date editor and a views spin box, both with "not set"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: the date that stands for "no date" in the date editor (shown as its special text)
NO_DATE = QDate(1800, 1, 1)
#: views beyond 32-bit integers: the most-watched music videos pass ten billion
MAX_VIEWS = 10**15


class DateDelegate(QStyledItemDelegate):
    """Edits a cell holding a ``datetime.date`` or ``None`` with a calendar date editor."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self.tr("Not set"))
        editor.setAccessibleName(self.tr("Date"))
        editor.setToolTip(self.tr("The date of the article; the earliest value means “not set”"))
        return editor

    def setEditorData(self, editor: QDateEdit, index: QModelIndex) -> None:
        value = index.data(Qt.EditRole)
        if isinstance(value, dt.date):
            editor.setDate(QDate(value.year, value.month, value.day))
        else:
            editor.setDate(NO_DATE if value in (None, "") else QDate.currentDate())

    def setModelData(self, editor: QDateEdit, model, index: QModelIndex) -> None:
        editor.interpretText()
        date = editor.date()
        model.setData(index, None if date == NO_DATE else date, Qt.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)


class ViewsDelegate(QStyledItemDelegate):
    """Edits a view count (a whole number ≥ 0, or not set) with a spin box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setDecimals(0)
        editor.setRange(-1, MAX_VIEWS)
        editor.setSpecialValueText(self.tr("Not set"))
        editor.setGroupSeparatorShown(True)
        editor.setAlignment(Qt.AlignRight)
        editor.setAccessibleName(self.tr("Views"))
        return editor

    def setEditorData(self, editor: QDoubleSpinBox, index: QModelIndex) -> None:
        value = index.data(Qt.EditRole)
        editor.setValue(float(value) if isinstance(value, int) and value >= 0 else -1)

    def setModelData(self, editor: QDoubleSpinBox, model, index: QModelIndex) -> None:
        editor.interpretText()
        value = int(editor.value())
        model.setData(index, None if value < 0 else value, Qt.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        editor.setGeometry(option.rect)

