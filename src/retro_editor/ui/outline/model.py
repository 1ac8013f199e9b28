"""The outline's item model: the Section tree of ``core.outline`` as rows of Title, Words, Status.

The sections come from the document's one analysis (``ProjectDocument.analysis``): the model
never reads the text itself.

The model is updated in place: each refresh compares the new sections with the rows it has,
parent by parent, matching rows by anchor and — where anchors changed, as when a heading is
retitled — by position. Unchanged rows are left alone, so the view keeps its expansion, its
selection and its scroll position while the writer types. Drops are not performed here: they
become a ``moveRequested`` signal that the view turns into a text operation.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from retro_editor.core.analysis import TextAnalysis
from retro_editor.core.manifest import SECTION_STATUSES
from retro_editor.core.outline import Section

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument

SECTION_MIME_TYPE = "application/x-retro-editor-section"

STATUSES = SECTION_STATUSES
_STATUS_COLORS = {"draft": "#9a9a9a", "revised": "#d08a1e", "final": "#2e9d5b"}

ModelIndex = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    """The translated name of a section status."""
    labels = {
        "draft": QCoreApplication.translate("OutlineModel", "Draft"),
        "revised": QCoreApplication.translate("OutlineModel", "Revised"),
        "final": QCoreApplication.translate("OutlineModel", "Final"),
    }
    return labels.get(status, status)


class _Node:
    """One row: the section it shows, its place in the tree and a stable id for its indexes."""

    __slots__ = ("section", "parent", "children", "row", "id")

    def __init__(self, section: Section | None, parent: _Node | None, node_id: int) -> None:
        self.section = section
        self.parent = parent
        self.children: list[_Node] = []
        self.row = 0
        self.id = node_id

    def renumber(self) -> None:
        for row, child in enumerate(self.children):
            child.row = row

    def walk(self) -> Iterator[_Node]:
        for child in self.children:
            yield child
            yield from child.walk()


class OutlineModel(QAbstractItemModel):
    """Rows of sections (Title, Words, Status) for an OutlineView."""

    TitleColumn, WordsColumn, StatusColumn = range(3)
    AnchorRole = Qt.ItemDataRole.UserRole + 1
    LineRole = Qt.ItemDataRole.UserRole + 2
    LevelRole = Qt.ItemDataRole.UserRole + 3
    StatusRole = Qt.ItemDataRole.UserRole + 4

    #: the writer committed a new title in the item editor: (anchor, new title)
    renameRequested = Signal(str, str)
    #: a row was dropped: (anchor, target anchor, "before" | "after" | "into")
    moveRequested = Signal(str, str, str)
    #: rows kept their place while their anchor changed (a heading retitled in the text):
    #: {old anchor: new anchor}
    anchorsRenamed = Signal(dict)
    #: a refresh finished (after any row changes it made)
    refreshed = Signal()

    def __init__(self, document: ProjectDocument | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._root = _Node(None, None, 0)
        self._nodes: dict[int, _Node] = {}
        self._document: ProjectDocument | None = None
        self._highlighted: str | None = None
        self._renames: dict[str, str] = {}
        self._icons: dict[str, QIcon] = {}
        #: drags carry it so that only this model's own rows are dropped here
        self._drag_token = f"{os.getpid()}:{id(self)}"
        if document is not None:
            self.set_document(document)

    # --- the document -----------------------------------------------------------------------
    def set_document(self, document: ProjectDocument | None) -> None:
        """Shows ``document``'s sections, from its analysis, and follows that analysis."""
        if self._document is not None:
            self._document.manifestChanged.disconnect(self._on_manifest_changed)
            self._document.analysis.changed.disconnect(self._on_analysed)
        self._document = document
        if document is None:
            self.set_sections([])
            return
        document.manifestChanged.connect(self._on_manifest_changed)
        document.analysis.flush()
        document.analysis.changed.connect(self._on_analysed)
        self.set_sections(document.analysis.current().sections)

    def document(self) -> ProjectDocument | None:
        return self._document

    def refresh(self) -> None:
        """Brings the rows up to date with the text now (nothing happens if it did not
        change since the last analysis)."""
        if self._document is not None:
            self._document.analysis.flush()

    def _on_analysed(self, analysis: TextAnalysis) -> None:
        self.set_sections(analysis.sections)

    def set_sections(self, roots: Sequence[Section]) -> None:
        """Brings the rows in line with ``roots``, changing only what differs."""
        self._renames = {}
        self._sync_children(self._root, QModelIndex(), roots)
        renames, self._renames = self._renames, {}
        if renames:
            self.anchorsRenamed.emit(renames)
        self.refreshed.emit()

    def _on_manifest_changed(self, part: str) -> None:
        if part == "sections":
            self._emit_column_changed(self._root, self.StatusColumn)

    # --- finding rows -----------------------------------------------------------------------
    def section(self, index: ModelIndex) -> Section | None:
        node = self._node(index)
        return node.section if node is not None else None

    def sections(self) -> Iterator[Section]:
        """Every section, depth first in document order."""
        for node in self._root.walk():
            assert node.section is not None
            yield node.section

    def top_level_sections(self) -> list[Section]:
        return [node.section for node in self._root.children if node.section is not None]

    def siblings(self, index: ModelIndex) -> list[Section]:
        """The sections that share ``index``'s parent, ``index``'s own included."""
        node = self._node(index)
        parent = node.parent if node is not None and node.parent is not None else self._root
        return [child.section for child in parent.children if child.section is not None]

    def descendant_count(self, index: ModelIndex) -> int:
        node = self._node(index)
        return sum(1 for _ in node.walk()) if node is not None else 0

    def index_for_anchor(self, anchor: str, column: int = 0) -> QModelIndex:
        for node in self._root.walk():
            if node.section is not None and node.section.anchor == anchor:
                return self.createIndex(node.row, column, node.id)
        return QModelIndex()

    def index_for_line(self, line: int) -> QModelIndex:
        """The deepest section whose span holds ``line`` (invalid before the first heading)."""
        found: _Node | None = None
        children = self._root.children
        while children:
            inside = None
            for child in children:
                section = child.section
                assert section is not None
                if section.line > line:
                    break
                if line < section.end_line:
                    inside = child
                    break
            if inside is None:
                break
            found = inside
            children = inside.children
        return self.createIndex(found.row, 0, found.id) if found is not None else QModelIndex()

    # --- highlighting -----------------------------------------------------------------------
    def highlighted_anchor(self) -> str | None:
        return self._highlighted

    def set_highlighted_anchor(self, anchor: str | None) -> None:
        """Shows the section with ``anchor`` in bold (the one under the editor's cursor)."""
        if anchor == self._highlighted:
            return
        previous, self._highlighted = self._highlighted, anchor
        for name in (previous, anchor):
            if name is None:
                continue
            first = self.index_for_anchor(name)
            if first.isValid():
                last = first.siblingAtColumn(self.StatusColumn)
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.FontRole])

    # --- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent) if parent.isValid() else self._root
        if node is None or not 0 <= row < len(node.children) or not 0 <= column < 3:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].id)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent) if parent.isValid() else self._root
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 3

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Section"), self.tr("Words"), self.tr("Status"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.WordsColumn:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == self.TitleColumn:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None or node.section is None:
            return None
        section = node.section
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TitleColumn:
                return section.title
            if column == self.WordsColumn:
                return QLocale().toString(section.words)
            return status_label(self._status(section.anchor))
        if role == Qt.ItemDataRole.EditRole and column == self.TitleColumn:
            return section.title
        if role == Qt.ItemDataRole.FontRole and section.anchor == self._highlighted:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.WordsColumn:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == self.StatusColumn:
            return self._status_icon(self._status(section.anchor))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title}: level {level} heading on line {line}; "
                           "{words} words with its subsections").format(
                title=section.title, level=section.level, line=section.line + 1,
                words=QLocale().toString(section.words))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(section, column)
        if role == self.AnchorRole:
            return section.anchor
        if role == self.LineRole:
            return section.line
        if role == self.LevelRole:
            return section.level
        if role == self.StatusRole:
            return self._status(section.anchor)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if (node is None or node.section is None or role != Qt.ItemDataRole.EditRole
                or index.column() != self.TitleColumn):
            return False
        title = " ".join(str(value).split())
        if not title or title == node.section.title:
            return False
        self.renameRequested.emit(node.section.anchor, title)
        return True

    # --- drag and drop ----------------------------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SECTION_MIME_TYPE]

    # None (no drag) is what Qt expects when no section is picked; the stub says QMimeData
    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        for index in indexes:
            section = self.section(index)
            if section is not None:
                data = QMimeData()
                payload = f"{self._drag_token}\n{section.anchor}"
                data.setData(SECTION_MIME_TYPE, QByteArray(payload.encode("utf-8")))
                return data
        return None

    def drop_target(self, row: int, parent: ModelIndex) -> tuple[str, str] | None:
        """Where a drop at (``row``, ``parent``) puts a section: (target anchor, position)."""
        node = self._node(parent) if parent.isValid() else self._root
        if node is None:
            return None
        children = node.children
        if row < 0 and node is not self._root:
            assert node.section is not None
            return node.section.anchor, "into"
        if 0 <= row < len(children):
            before = children[row].section
            assert before is not None
            return before.anchor, "before"
        if children:
            assert children[-1].section is not None
            return children[-1].section.anchor, "after"
        if node is not self._root:
            assert node.section is not None
            return node.section.anchor, "into"
        return None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: ModelIndex) -> bool:
        return self._resolve_drop(data, action, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: ModelIndex) -> bool:
        """Turns a drop into ``moveRequested``; returns False so no view removes rows itself."""
        resolved = self._resolve_drop(data, action, row, parent)
        if resolved is not None:
            self.moveRequested.emit(*resolved)
        return False

    def _resolve_drop(self, data: QMimeData, action: Qt.DropAction, row: int,
                      parent: ModelIndex) -> tuple[str, str, str] | None:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(SECTION_MIME_TYPE):
            return None
        token, _, anchor = bytes(data.data(SECTION_MIME_TYPE).data()).decode(
            "utf-8", "replace").partition("\n")
        if token != self._drag_token:
            return None
        dragged = self.index_for_anchor(anchor)
        target = self.drop_target(row, parent)
        if not dragged.isValid() or target is None:
            return None
        target_index = self.index_for_anchor(target[0])
        probe = target_index
        while probe.isValid():
            if probe == dragged:
                return None
            probe = probe.parent()
        return anchor, target[0], target[1]

    # --- internals --------------------------------------------------------------------------
    def _node(self, index: ModelIndex) -> _Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._nodes.get(index.internalId())

    def _status(self, anchor: str) -> str:
        if self._document is None:
            return "draft"
        state = self._document.manifest.sections.get(anchor)
        return state.status if state is not None else "draft"

    def _status_icon(self, status: str) -> QIcon:
        icon = self._icons.get(status)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(_STATUS_COLORS.get(status, "#9a9a9a")))
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            icon = self._icons[status] = QIcon(pixmap)
        return icon

    def _accessible_text(self, section: Section, column: int) -> str:
        if column == self.TitleColumn:
            return self.tr("{title}, level {level}").format(title=section.title,
                                                            level=section.level)
        if column == self.WordsColumn:
            if section.words == 1:
                return self.tr("1 word")
            return self.tr("{count} words").format(count=section.words)
        return self.tr("Status: {status}").format(status=status_label(self._status(section.anchor)))

    def _new_node(self, section: Section, parent: _Node) -> _Node:
        node = _Node(section, parent, next(self._ids))
        self._nodes[node.id] = node
        node.children = [self._new_node(child, node) for child in section.children]
        node.renumber()
        return node

    def _forget(self, node: _Node) -> None:
        self._nodes.pop(node.id, None)
        for child in node.walk():
            self._nodes.pop(child.id, None)

    def _sync_children(self, parent: _Node, parent_index: QModelIndex,
                       sections: Sequence[Section]) -> None:
        old_keys = [child.section.anchor for child in parent.children if child.section]
        new_keys = [section.anchor for section in sections]
        if old_keys == new_keys:
            for node, section in zip(parent.children, sections, strict=True):
                self._update(node, section)
            return
        matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
        row = 0
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            old_count, new = i2 - i1, sections[j1:j2]
            if tag == "equal":
                paired = len(new)
            elif tag == "replace":
                paired = min(old_count, len(new))
            else:
                paired = 0
            for offset in range(paired):
                self._update(parent.children[row], new[offset])
                row += 1
            if old_count > paired:
                self._remove_rows(parent, parent_index, row, old_count - paired)
            if len(new) > paired:
                self._insert_rows(parent, parent_index, row, new[paired:])
                row += len(new) - paired

    def _update(self, node: _Node, section: Section) -> None:
        old = node.section
        assert old is not None
        node.section = section
        if old.anchor != section.anchor:
            self._renames[old.anchor] = section.anchor
        if (old.title, old.words, old.level, old.anchor) != (
                section.title, section.words, section.level, section.anchor):
            first = self.createIndex(node.row, 0, node.id)
            self.dataChanged.emit(first, first.siblingAtColumn(self.StatusColumn))
        self._sync_children(node, self.createIndex(node.row, 0, node.id), section.children)

    def _remove_rows(self, parent: _Node, parent_index: QModelIndex, row: int, count: int) -> None:
        self.beginRemoveRows(parent_index, row, row + count - 1)
        for node in parent.children[row:row + count]:
            self._forget(node)
        del parent.children[row:row + count]
        parent.renumber()
        self.endRemoveRows()

    def _insert_rows(self, parent: _Node, parent_index: QModelIndex, row: int,
                     sections: Sequence[Section]) -> None:
        self.beginInsertRows(parent_index, row, row + len(sections) - 1)
        parent.children[row:row] = [self._new_node(section, parent) for section in sections]
        parent.renumber()
        self.endInsertRows()

    def _emit_column_changed(self, parent: _Node, column: int) -> None:
        if not parent.children:
            return
        first = self.createIndex(0, column, parent.children[0].id)
        last = self.createIndex(len(parent.children) - 1, column, parent.children[-1].id)
        self.dataChanged.emit(first, last)
        for child in parent.children:
            self._emit_column_changed(child, column)
