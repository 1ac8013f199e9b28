"""The Facts tab: the ordered label/value pairs of the article's fact box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from retro_editor.core.manifest import Fact
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel.table_rows import (
    Index,
    ManifestRowsSync,
    RowTableModel,
    RowTableView,
)
from retro_editor.ui.side_panel.validation import ERROR_COLOR


class FactsModel(RowTableModel):
    """Label/value rows; a row with a value but no label keeps its label as a draft."""

    COLUMNS = ("label", "value")
    KIND = "fact"

    def column_label(self, column: int) -> str:
        return (self.tr("Label"), self.tr("Value"))[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0
                and not self._errors[index.row()]
                and not self._rows[index.row()]["label"]):
            return self.tr("Type a label, e.g. “Released”")
        return super().data(index, role)


class FactsTab(ManifestRowsSync, QWidget):
    """Edits ``manifest.facts``: add, remove, move (buttons, Alt+Up/Alt+Down, drag), edit."""

    MANIFEST_PART = "facts"

    #: the messages of the rows with problems ("row 2 label is required"); [] when none
    problemsChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None, document: ProjectDocument | None = None):
        super().__init__(parent)
        self._document: ProjectDocument | None = None
        self._pushed: list[Fact] = []
        self._problems: list[str] = []
        self.setAccessibleName(self.tr("Facts"))

        self.model = FactsModel(self)
        self.view = RowTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Facts about the subject"))
        self.view.setAccessibleDescription(
            self.tr("Label and value pairs shown as the article's fact box. "
                    "Alt+Up and Alt+Down move the selected rows; Delete removes them."))
        self.view.setColumnWidth(0, 130)

        intro = QLabel(self.tr("Facts about the subject, shown as a box on the page "
                               "(Released: 2001, Director: …)."), self)
        intro.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setToolTip(self.tr("Add a fact below the selected one"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected facts (Delete)"))
        self.up_button = QPushButton(self.tr("Move &Up"), self)
        self.up_button.setToolTip(self.tr("Move the selected facts up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move Do&wn"), self)
        self.down_button.setToolTip(self.tr("Move the selected facts down (Alt+Down)"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.add_button.clicked.connect(self.add_fact)
        self.remove_button.clicked.connect(self.view.remove_selected)
        self.up_button.clicked.connect(self.view.move_selected_up)
        self.down_button.clicked.connect(self.view.move_selected_down)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {ERROR_COLOR};")
        self.summary.setAccessibleName(self.tr("Problems in the facts"))
        self.summary.hide()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.view, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)

        self.model.rowsEdited.connect(self._push)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.model.layoutChanged.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        if document is not None:
            self.set_document(document)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------
    def add_fact(self) -> None:
        rows = self.view.selected_rows()
        row = self.model.insert_row(rows[-1] + 1 if rows else self.model.rowCount())
        self.view.select_row(row)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(self.model.index(row, 0))

    # --- internals -----------------------------------------------------------------------
    def _update_buttons(self, *_args: object) -> None:
        rows = self.view.selected_rows()
        count = self.model.rowCount()
        self.remove_button.setEnabled(bool(rows))
        self.up_button.setEnabled(bool(rows) and rows[0] > 0)
        self.down_button.setEnabled(bool(rows) and rows[-1] < count - 1)
