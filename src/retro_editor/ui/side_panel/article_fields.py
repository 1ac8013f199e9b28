"""Small form widgets of the Article tab: an optional date and the cover picker's preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from retro_editor.ui.side_panel.text import fill


class OptionalDateEdit(QWidget):
    """A date that may be "not set": a check box that enables a calendar date editor."""

    #: the writer changed the date or set/cleared it (not emitted by :meth:`set_value`)
    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.check = QCheckBox(self.tr("Set"), self)
        self.check.setAccessibleName(fill(self.tr("%1 date is set"), name))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(fill(self.tr("%1 date"), name))
        self.not_set = QLabel(self.tr("Not set"), self)
        self.not_set.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.not_set, 1)
        self.setFocusProxy(self.check)
        QWidget.setTabOrder(self.check, self.date_edit)
        self._show(False)
        self.check.toggled.connect(self._on_toggled)
        self.date_edit.dateChanged.connect(self._on_date_changed)

    def value(self) -> dt.date | None:
        return self.date_edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self._quiet = True
        try:
            self.check.setChecked(value is not None)
            if value is not None:
                self.date_edit.setDate(QDate(value.year, value.month, value.day))
            self._show(value is not None)
        finally:
            self._quiet = False

    def has_focus_within(self) -> bool:
        return self.check.hasFocus() or self.date_edit.hasFocus()

    def _show(self, is_set: bool) -> None:
        self.date_edit.setVisible(is_set)
        self.not_set.setVisible(not is_set)

    def _on_toggled(self, checked: bool) -> None:
        if self._quiet:
            return
        if checked and not self.date_edit.property("touched"):
            self._quiet = True
            self.date_edit.setDate(QDate.currentDate())
            self._quiet = False
        self._show(checked)
        self.edited.emit()

    def _on_date_changed(self, _date: QDate) -> None:
        if not self._quiet:
            self.date_edit.setProperty("touched", True)
            self.edited.emit()


class CoverPreview(QLabel):
    """A small thumbnail of the cover image (or a note that there is none / it is missing)."""

    SIZE = QSize(120, 68)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(self.SIZE)
        self.setAlignment(Qt.AlignCenter)
        self.setFrameShape(QLabel.StyledPanel)
        self.setAccessibleName(self.tr("Cover image preview"))
        self.show_none()

    def show_none(self) -> None:
        self.setPixmap(QPixmap())
        self.setText(self.tr("No cover"))

    def show_image(self, path: str) -> bool:
        """Shows the image at ``path``; False (and a note) if it cannot be read."""
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self.setPixmap(QPixmap())
            self.setText(self.tr("Cannot show"))
            return False
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(self.SIZE * ratio, Qt.KeepAspectRatio, Qt.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.setText("")
        self.setPixmap(scaled)
        return True
