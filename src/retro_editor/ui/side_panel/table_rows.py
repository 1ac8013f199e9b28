"""The ordered, editable, reorderable rows shared by the Facts and Related tables.

:class:`RowTableModel` keeps what the writer typed, row by row, as text. Each cell is either a
valid value or a draft (kept as typed, flagged with its reason); every row that is not blank
goes to the manifest, drafts included (``core.typed_fields``), so nothing typed is lost.
:class:`RowTableView` is the view both tabs use: row selection, drag to reorder, and the
keyboard shortcuts (Alt+Up / Alt+Down to move, Delete to remove).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel
from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
)

from retro_editor.core.typed_fields import entry_from_texts, texts_of
from retro_editor.ui.side_panel.validation import (
    problems_summary,
    row_problem,
    translated,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, SignalInstance
    from PySide6.QtWidgets import QLabel, QWidget

    from retro_editor.ui.document import ProjectDocument

_ROWS_MIME = "application/x-retro-editor-rows"
_INVALID_BACKGROUND = QColor(208, 52, 44, 70)

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Rows of typed text (one ``dict`` per row), turned into manifest entries of :attr:`KIND`.

    Subclasses set :attr:`COLUMNS` (the fields, in column order) and :attr:`KIND`
    (``"fact"`` or ``"related"``), and give the column titles in :meth:`column_label`.
    """

    COLUMNS: tuple[str, ...] = ()
    KIND = ""

    #: rows were edited, added, removed or moved (by the writer); the entries changed
    rowsEdited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, str]] = []
        self._kept: list[set[str]] = []  # cells loaded as drafts and not edited since
        self._errors: list[dict[str, str]] = []

    # --- subclass hooks ------------------------------------------------------------------
    def column_label(self, column: int) -> str:
        return self.COLUMNS[column]

    def blank_row(self) -> dict[str, str]:
        return {key: "" for key in self.COLUMNS}

    def display(self, key: str, text: str, draft: bool) -> str:
        """How a cell's text is shown (drafts always as typed)."""
        return text

    # --- contents ------------------------------------------------------------------------
    def set_items(self, items: list[BaseModel]) -> None:
        """Replaces every row with the given manifest entries (no :attr:`rowsEdited`)."""
        self.beginResetModel()
        self._rows, self._kept = [], []
        for item in items:
            texts, drafts = texts_of(self.KIND, item, self.COLUMNS)
            self._rows.append(texts)
            self._kept.append(drafts)
        self._errors = [self._entry(row)[1] for row in range(len(self._rows))]
        self.endResetModel()

    def row_values(self, row: int) -> dict[str, str]:
        return dict(self._rows[row])

    def is_blank(self, row: dict[str, str]) -> bool:
        return all(not value.strip() for value in row.values())

    def items(self) -> list[BaseModel]:
        """Every row that is not blank, as a manifest entry (drafts kept), in table order."""
        entries = (self._entry(row)[0] for row in range(len(self._rows)))
        return [entry for entry in entries if entry is not None]  # None: a blank row

    def row_errors(self, row: int) -> dict[str, str]:
        return dict(self._errors[row])

    def problems(self) -> list[tuple[int, str, str]]:
        """``(row, column label, reason)`` for every draft cell, in table order."""
        found = []
        for row, errors in enumerate(self._errors):
            for column, key in enumerate(self.COLUMNS):
                if key in errors:
                    found.append((row, self.column_label(column), errors[key]))
        return found

    def _entry(self, row: int) -> tuple[BaseModel | None, dict[str, str]]:
        if self.is_blank(self._rows[row]):
            return None, {}
        item, reasons = entry_from_texts(self.KIND, self._rows[row], self._kept[row])
        return item, {key: translated(why) for key, why in reasons.items()}

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_label(section)
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.COLUMNS[index.column()]
        text = self._rows[index.row()].get(key, "")
        error = self._errors[index.row()].get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(key, text, error is not None)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return error if error else (self.display(key, text, False) or None)
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return _INVALID_BACKGROUND
        if role == Qt.ItemDataRole.DecorationRole and error:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Stores the typed text of a cell (surrounding whitespace removed); an edited cell is
        no longer a kept draft: it is judged afresh."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.COLUMNS[index.column()]
        text = ("" if value is None else str(value)).strip()
        row = index.row()
        if self._rows[row].get(key) == text:
            return False  # not an edit: a kept draft stays a draft
        self._rows[row][key] = text
        self._kept[row].discard(key)
        self._normalise(row, key)
        self._revalidate(row)
        self.rowsEdited.emit()
        return True

    def _normalise(self, row: int, key: str) -> None:
        """A valid cell shows its value as stored (views typed ``12k`` show 12000)."""
        item, reasons = self._entry(row)
        if item is not None and key not in reasons:
            texts, _drafts = texts_of(self.KIND, item, (key,))
            self._rows[row][key] = texts[key]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)

    # --- adding, removing, moving --------------------------------------------------------
    def insert_row(self, at: int, values: dict[str, Any] | None = None) -> int:
        at = max(0, min(at, len(self._rows)))
        row = self.blank_row()
        row.update({key: str(value).strip() for key, value in (values or {}).items()})
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._kept.insert(at, set())
        self._errors.insert(at, {})
        self._errors[at] = self._entry(at)[1]
        self.endInsertRows()
        self.rowsEdited.emit()
        return at

    def remove_rows(self, rows: list[int]) -> None:
        rows = sorted({r for r in rows if 0 <= r < len(self._rows)}, reverse=True)
        if not rows:
            return
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._kept[row]
            del self._errors[row]
            self.endRemoveRows()
        self.rowsEdited.emit()

    def move_rows(self, rows: list[int], destination: int) -> bool:
        """Moves ``rows`` (kept in their order) to just before ``destination``.

        Persistent indexes (the selection, the current cell) follow the moved rows.
        """
        count = len(self._rows)
        moving = sorted({r for r in rows if 0 <= r < count})
        if not moving:
            return False
        destination = max(0, min(destination, count))
        staying = [r for r in range(count) if r not in moving]
        insert_at = destination - sum(1 for r in moving if r < destination)
        order = staying[:insert_at] + moving + staying[insert_at:]
        if order == list(range(count)):
            return False
        new_position = {old: new for new, old in enumerate(order)}
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        self._rows = [self._rows[r] for r in order]
        self._kept = [self._kept[r] for r in order]
        self._errors = [self._errors[r] for r in order]
        self.changePersistentIndexList(
            persistent,
            [self.index(new_position[p.row()], p.column()) for p in persistent])
        self.layoutChanged.emit()
        self.rowsEdited.emit()
        return True

    def _revalidate(self, row: int) -> None:
        self._errors[row] = self._entry(row)[1]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    # --- drag and drop (internal moves only) ---------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        payload = {"model": id(self), "rows": rows}
        mime = QMimeData()
        mime.setData(_ROWS_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
        return mime

    def _dragged_rows(self, mime: QMimeData) -> list[int] | None:
        if not mime.hasFormat(_ROWS_MIME):
            return None
        try:
            payload = json.loads(bytes(mime.data(_ROWS_MIME).data()).decode("utf-8"))
        except ValueError:
            return None
        if payload.get("model") != id(self):
            return None
        return [int(r) for r in payload.get("rows", [])]

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._dragged_rows(mime) is not None

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        rows = self._dragged_rows(mime)
        if action != Qt.DropAction.MoveAction or rows is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self.move_rows(rows, row)
        # The rows are already moved: reporting "not dropped" keeps the view from
        # removing the source rows as it would after an ordinary move between models.
        return False


def widget_shortcut(key: QKeySequence, widget: QWidget, slot: Callable[[], object]) -> QShortcut:
    """A shortcut that fires only while ``widget`` itself has the focus (not its children,
    such as an open cell editor). PySide6 ignores a context given to QShortcut's constructor
    together with a callable, leaving a window-wide shortcut that clashes with the menus'."""
    shortcut = QShortcut(key, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


class RowTableView(QTableView):
    """A table of rows: whole-row selection, drag to reorder, Alt+Up/Alt+Down, Delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # the table itself, not its cell editors: Alt+Down opens a date editor's calendar
        self._move_up = widget_shortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up), self,
                                        self.move_selected_up)
        self._move_down = widget_shortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), self,
                                          self.move_selected_down)
        self._delete = widget_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self,
                                       self.remove_selected)

    def row_model(self) -> RowTableModel:
        return cast(RowTableModel, self.model())

    def selected_rows(self) -> list[int]:
        if self.selectionModel() is None:
            return []
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model().rowCount():
            index = self.model().index(row, column)
            selection = self.selectionModel()
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            flag = QItemSelectionModel.SelectionFlag
            selection.select(index, flag.ClearAndSelect | flag.Rows)
            self.scrollTo(index)

    def commit_editor(self) -> None:
        """Commits what is typed in an open cell editor (before a save, say); keeps it open."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)

    def move_selected_up(self) -> None:
        rows = self.selected_rows()
        if rows and rows[0] > 0:
            self.row_model().move_rows(rows, rows[0] - 1)

    def move_selected_down(self) -> None:
        rows = self.selected_rows()
        if rows and rows[-1] < self.model().rowCount() - 1:
            self.row_model().move_rows(rows, rows[-1] + 2)

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self.row_model().remove_rows(rows)
        column = max(self.currentIndex().column(), 0)
        self.select_row(min(rows[0], self.model().rowCount() - 1), column)


class ManifestRowsSync:
    """What the Facts and Related tabs share: keeping one manifest list (``MANIFEST_PART``) and
    the tab's table in step. Every row that is not blank reaches the manifest; cells that are
    drafts are flagged in the table, listed in the summary line and by ``problemsChanged``."""

    MANIFEST_PART = ""

    if TYPE_CHECKING:  # what the tab class this is mixed into provides
        view: RowTableView
        model: RowTableModel
        summary: QLabel
        problemsChanged: SignalInstance
        _document: ProjectDocument | None
        _pushed: list[Any]
        _problems: list[str]

        def setEnabled(self, enabled: bool) -> None: ...  # noqa: N802 (Qt's name)

    def flush(self) -> None:
        """Applies what is typed in an open cell editor to the manifest."""
        self.view.commit_editor()

    def has_problems(self) -> bool:
        return bool(self._problems)

    def problems(self) -> list[str]:
        return list(self._problems)

    def set_document(self, document: ProjectDocument | None) -> None:
        if self._document is not None:
            self._document.manifestChanged.disconnect(self._on_manifest_changed)
        self._document = document
        self.setEnabled(document is not None)
        if document is not None:
            document.manifestChanged.connect(self._on_manifest_changed)
        self._reload()

    def _reload(self) -> None:
        items = (list(getattr(self._document.manifest, self.MANIFEST_PART))
                 if self._document is not None else [])
        self._pushed = items
        self.model.set_items(items)
        self._update_problems()

    def _on_manifest_changed(self, part: str) -> None:
        if (part == self.MANIFEST_PART and self._document is not None
                and getattr(self._document.manifest, self.MANIFEST_PART) != self._pushed):
            self._reload()

    def _push(self) -> None:
        self._update_problems()
        if self._document is None:
            return
        items = self.model.items()
        self._pushed = items
        getattr(self._document, f"set_{self.MANIFEST_PART}")(items)

    def _update_problems(self) -> None:
        problems = [row_problem(row, label, why) for row, label, why in self.model.problems()]
        self.summary.setVisible(bool(problems))
        self.summary.setText(problems_summary(problems))
        if problems != self._problems:
            self._problems = problems
            self.problemsChanged.emit(list(problems))
