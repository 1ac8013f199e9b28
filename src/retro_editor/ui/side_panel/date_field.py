"""A date typed as text (``1999``, ``1999-03`` or ``1999-03-14``) with a calendar to pick from.

The text is what is stored, exactly as typed; the calendar only fills it in. It opens at the
typed date (a partial date opens at its first day) or, when nothing valid is typed, at today.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.field_checks import parse_partial_date


def start_date(text: str) -> QDate:
    """Where the calendar opens for ``text``: its (first) day, or today."""
    try:
        year, month, day = parse_partial_date(text.strip())
    except ValueError:
        return QDate.currentDate()
    return QDate(year, month or 1, day or 1)


class CalendarPopup(QFrame):
    """The calendar shown under a date field; a child of the field so that focus moving into
    it does not count as leaving the field (item delegates keep their editor open)."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def open_at(self, date: QDate, below: QWidget) -> None:
        self.calendar.setSelectedDate(date)
        self.calendar.setCurrentPage(date.year(), date.month())
        self.adjustSize()
        self.move(below.mapToGlobal(QPoint(0, below.height())))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(date)


class PartialDateEdit(QLineEdit):
    """A line edit for an ISO date, full or partial, with a calendar button (and Alt+Down)."""

    #: the writer picked a date in the calendar (the text is already set)
    datePicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.setToolTip(self.tr("A date like 1999-03-14, or just 1999-03 or 1999; "
                                "Alt+Down opens a calendar"))
        self.calendar_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            self.tr("Choose from a calendar"), self)
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: CalendarPopup | None = None

    def popup(self) -> CalendarPopup:
        if self._popup is None:
            self._popup = CalendarPopup(self)
            self._popup.picked.connect(self._on_picked)
        return self._popup

    def open_calendar(self) -> None:
        self.popup().open_at(start_date(self.text()), self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def _on_picked(self, date: QDate) -> None:
        self.setText(date.toString("yyyy-MM-dd"))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.datePicked.emit()
