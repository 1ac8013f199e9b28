"""OutlineView: the article's sections as a tree the writer navigates and rearranges.

Clicking a node (or Enter on it) emits ``sectionActivated(line)``; the window moves the editor
and the preview there. ``highlight_line(line)`` shows the section under the editor's cursor in
bold. Dragging a node, the context menu and the keyboard shortcuts edit the text through
``SectionOperations`` — each edit one undo step in the editor. A read-only project shows its
outline for navigation only: the editing actions are off, nothing can be dragged or renamed,
and the operations themselves refuse to change the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QTreeView,
    QWidget,
)

from retro_editor.core.outline import Section
from retro_editor.core.outline_ops import OutlineError
from retro_editor.ui.action_ids import Access, ActionId, enabled_actions
from retro_editor.ui.outline.model import STATUSES, OutlineModel, status_label
from retro_editor.ui.outline.operations import SectionOperations
from retro_editor.ui.prompts import Prompts

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument

#: asks whether to delete a section: (title, number of subsections) -> yes?
ConfirmDelete = Callable[[str, int], bool]
#: tells the writer why an outline edit was refused: (message)
ReportProblem = Callable[[str], None]


class OutlineView(QTreeView):
    """The outline pane's tree of sections (Title, Words, Status)."""

    #: go to this 0-based line (a node was clicked or Enter pressed on it)
    sectionActivated = Signal(int)
    #: the outline was re-read from the text (sections may have moved)
    outlineChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 document: ProjectDocument | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineView")
        self.setAccessibleName(self.tr("Outline"))
        self.setAccessibleDescription(self.tr(
            "The article's sections. Enter goes to a section; drag a section or use the "
            "context menu to move, rename, add or delete sections."))
        self._document: ProjectDocument | None = None
        self._operations: SectionOperations | None = None
        self._read_only = False
        self._cursor_line: int | None = None
        self._collapsed: set[str] = set()
        self._prompts = prompts or Prompts(self)
        #: replaceable (tests, embedding): asks before a section is deleted
        self.confirm_delete: ConfirmDelete = self._prompts.confirm_delete_section
        #: replaceable (tests, embedding): shows why an edit was refused
        self.report_problem: ReportProblem = self._show_problem

        self._model = OutlineModel(parent=self)
        self.setModel(self._model)
        self._setup_view()
        self._create_actions()

        self._model.renameRequested.connect(self._on_rename_requested)
        self._model.moveRequested.connect(self._on_move_requested)
        self._model.anchorsRenamed.connect(self._carry_states)
        self._model.refreshed.connect(self._on_refreshed)
        self._model.rowsInserted.connect(self._expand_inserted)
        self.expanded.connect(lambda index: self._collapsed.discard(self._anchor(index)))
        self.collapsed.connect(lambda index: self._collapsed.add(self._anchor(index)))
        self.clicked.connect(self._activate)
        self.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        if document is not None:
            self.set_document(document)
        else:
            self._update_actions()

    # --- public API -----------------------------------------------------------------------
    def set_document(self, document: ProjectDocument | None, read_only: bool = False) -> None:
        """Shows ``document``'s outline (or nothing for ``None``); ``read_only``: the outline
        navigates but does not edit."""
        self._document = document
        self._read_only = read_only
        self._operations = (SectionOperations(document, read_only)
                            if document is not None else None)
        editable = document is not None and not read_only
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop if editable
                             else QAbstractItemView.DragDropMode.NoDragDrop)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed if editable
                             else QAbstractItemView.EditTrigger.NoEditTriggers)
        self._cursor_line = None
        self._collapsed.clear()
        self._model.set_highlighted_anchor(None)
        self._model.set_document(document)
        self.expandAll()
        self._update_actions()

    def collapsed_sections(self) -> tuple[str, ...]:
        """The anchors of the sections the writer collapsed (of those the text still has)."""
        if not self._collapsed:
            return ()  # asked on every scroll and expand: no walk over every section
        present = {section.anchor for section in self._model.sections()}
        return tuple(sorted(anchor for anchor in self._collapsed if anchor in present))

    def collapse_sections(self, anchors: tuple[str, ...]) -> None:
        for anchor in anchors:
            index = self._model.index_for_anchor(anchor)
            if index.isValid():
                self.collapse(index)

    def outline_model(self) -> OutlineModel:
        return self._model

    def sections(self) -> list[Section]:
        """The top-level sections as shown (each with its subsections)."""
        return self._model.top_level_sections()

    def current_section(self) -> Section | None:
        return self._model.section(self.currentIndex())

    @Slot()
    def refresh(self) -> None:
        """Brings the outline up to date with the text now (the document's analysis is
        flushed: a pending debounced update is folded into this one)."""
        self._model.refresh()

    @Slot(int)
    def highlight_line(self, line: int) -> None:
        """Marks the section holding ``line`` (the editor's cursor); never takes focus."""
        self._cursor_line = line
        index = self._model.index_for_line(line)
        self._model.set_highlighted_anchor(self._anchor(index) if index.isValid() else None)
        if self.hasFocus() or self.state() != QAbstractItemView.State.NoState:
            return
        if not index.isValid():
            self.selectionModel().clearSelection()
            return
        shown = index
        while shown.parent().isValid() and not self._is_shown(shown):
            shown = shown.parent()
        self.selectionModel().setCurrentIndex(
            shown, self.selectionModel().SelectionFlag.ClearAndSelect
            | self.selectionModel().SelectionFlag.Rows)
        self.scrollTo(shown)

    def add_section_after_current(self) -> None:
        """Adds "New section" after the current section and starts editing its title.

        Under an H1 (the ``# Title`` older projects start with, or a top-level part) the new
        section is a ``##`` right after the H1's own text, never another H1.
        """
        reference = self._reference_section()
        if reference is not None and reference.level == 1:
            if reference.children:
                first = reference.children[0]
                self._insert(lambda ops, title: ops.insert_before(first, 2, title))
            else:
                self._insert(lambda ops, title: ops.insert(None, 2, title, parent=reference))
            return
        level = reference.level if reference is not None else 2
        self._insert(lambda ops, title: ops.insert(reference, level, title))

    def add_subsection_to_current(self) -> None:
        """Adds "New section" as the last subsection of the current one and edits its title."""
        parent = self._reference_section()
        if parent is None or parent.level >= 6:
            return
        self._insert(lambda ops, title: ops.insert(None, parent.level + 1, title, parent=parent))

    # --- set-up ---------------------------------------------------------------------------
    def _setup_view(self) -> None:
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OutlineModel.TitleColumn, QHeaderView.ResizeMode.Stretch)
        for column in (OutlineModel.WordsColumn, OutlineModel.StatusColumn):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Sizes Words and Status from the font (measuring every row on each change would
        cost a pass over the whole model per keystroke on a long article)."""
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        padding = 4 * metrics.horizontalAdvance(" ")
        header = self.header()
        words = max(bold_metrics.horizontalAdvance(QLocale().toString(99_999)),
                    metrics.horizontalAdvance(self._model.headerData(
                        OutlineModel.WordsColumn, Qt.Orientation.Horizontal)))
        header.resizeSection(OutlineModel.WordsColumn, words + padding)
        status = max(bold_metrics.horizontalAdvance(status_label(name)) for name in STATUSES)
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        header.resizeSection(OutlineModel.StatusColumn, status + icon + padding)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()

    def _create_actions(self) -> None:
        def action(action_id: ActionId, text: str, slot: Callable[[], None],
                   *keys: str) -> QAction:
            new = QAction(text, self)
            new.setObjectName(action_id)
            new.setShortcuts([QKeySequence(key) for key in keys])
            new.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            new.triggered.connect(slot)
            self.addAction(new)
            return new

        self.go_action = action(ActionId.OUTLINE_GO, self.tr("&Go to Section"),
                                self._activate_current)
        self.promote_action = action(ActionId.OUTLINE_PROMOTE, self.tr("&Promote"),
                                     self._promote, "Alt+Left", "Ctrl+Shift+Left")
        self.demote_action = action(ActionId.OUTLINE_DEMOTE, self.tr("&Demote"), self._demote,
                                    "Alt+Right", "Ctrl+Shift+Right")
        self.move_up_action = action(ActionId.OUTLINE_MOVE_UP, self.tr("Move &Up"),
                                     self._move_up, "Alt+Up", "Ctrl+Shift+Up")
        self.move_down_action = action(ActionId.OUTLINE_MOVE_DOWN, self.tr("Move Do&wn"),
                                       self._move_down, "Alt+Down", "Ctrl+Shift+Down")
        self.rename_action = action(ActionId.OUTLINE_RENAME, self.tr("&Rename"), self._rename,
                                    "F2")
        self.add_after_action = action(ActionId.OUTLINE_ADD_SECTION,
                                       self.tr("Add &Section After"),
                                       self.add_section_after_current, "Ctrl+Return", "Insert")
        self.add_child_action = action(ActionId.OUTLINE_ADD_SUBSECTION,
                                       self.tr("Add Su&bsection"),
                                       self.add_subsection_to_current, "Ctrl+Shift+Return")
        self.delete_action = action(ActionId.OUTLINE_DELETE, self.tr("De&lete Section…"),
                                    self._delete, "Delete")
        self.status_menu = QMenu(self.tr("S&tatus"), self)
        self.status_menu.menuAction().setObjectName(ActionId.OUTLINE_STATUS)
        self.status_group = QActionGroup(self)
        self.status_actions: dict[str, QAction] = {}
        for status in STATUSES:
            status_action = self.status_menu.addAction(status_label(status))
            status_action.setCheckable(True)
            status_action.setData(status)
            self.status_group.addAction(status_action)
            self.status_actions[status] = status_action
        self.status_group.triggered.connect(lambda chosen: self._set_status(chosen.data()))

    def access(self) -> Access:
        return Access.of(self._document is not None, self._read_only)

    def _update_actions(self) -> None:
        """Each action is on when ``enabled_actions`` allows it and the current section
        lends itself to it (a move needs a neighbour, a promotion a level above)."""
        allowed = enabled_actions(self.access())
        section = self.current_section()
        has = section is not None
        level = section.level if section is not None else 0
        siblings = self._model.siblings(self.currentIndex()) if has else []
        row = self.currentIndex().row()
        fits = {
            self.go_action: has,
            self.promote_action: has and level > 1,
            self.demote_action: has and level < 6,
            self.move_up_action: has and row > 0,
            self.move_down_action: has and row + 1 < len(siblings),
            self.rename_action: has,
            self.delete_action: has,
            self.add_child_action: has and level < 6,
            self.add_after_action: True,
            self.status_menu.menuAction(): has,
        }
        for item, fit in fits.items():
            item.setEnabled(fit and item.objectName() in allowed)
        self.status_group.setEnabled(ActionId.OUTLINE_STATUS in allowed)
        if has:
            self.status_actions[self._model.data(self.currentIndex(),
                                                 OutlineModel.StatusRole)].setChecked(True)

    # --- events -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)
                and self.state() != QAbstractItemView.State.EditingState
                and self.currentIndex().isValid()):
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.setCurrentIndex(index)
            self.context_menu().exec(event.globalPos())
            return
        self.context_menu().exec(self._context_position())

    def context_menu(self) -> QMenu:
        """The menu for the current section (built afresh each time)."""
        self._update_actions()
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Section actions"))
        menu.addAction(self.go_action)
        menu.addSeparator()
        for item in (self.promote_action, self.demote_action, self.move_up_action,
                     self.move_down_action):
            menu.addAction(item)
        menu.addSeparator()
        for item in (self.rename_action, self.add_after_action, self.add_child_action):
            menu.addAction(item)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def _context_position(self) -> QPoint:
        rect = self.visualRect(self.currentIndex())
        return self.viewport().mapToGlobal(rect.center())

    # --- handlers ---------------------------------------------------------------------------
    def _activate(self, index: QModelIndex) -> None:
        line = self._model.data(index, OutlineModel.LineRole)
        if line is not None:
            self.sectionActivated.emit(line)

    def _activate_current(self) -> None:
        self._activate(self.currentIndex())

    def _promote(self) -> None:
        self._operate(lambda ops, anchor: ops.promote(anchor))

    def _demote(self) -> None:
        self._operate(lambda ops, anchor: ops.demote(anchor))

    def _move_up(self) -> None:
        self._operate(lambda ops, anchor: ops.move_up(anchor))

    def _move_down(self) -> None:
        self._operate(lambda ops, anchor: ops.move_down(anchor))

    def _rename(self) -> None:
        index = self.currentIndex()
        if index.isValid() and not self._read_only:
            self.edit(index.siblingAtColumn(OutlineModel.TitleColumn))

    def _on_rename_requested(self, anchor: str, title: str) -> None:
        self._operate(lambda ops, _anchor: ops.rename(anchor, title), anchor)

    def _on_move_requested(self, anchor: str, target: str, position: str) -> None:
        self._operate(lambda ops, _anchor: ops.move(anchor, target, position), anchor)

    def _delete(self) -> None:
        index = self.currentIndex()
        section = self._model.section(index)
        if section is None or self._operations is None:
            return
        if not self.confirm_delete(section.title, self._model.descendant_count(index)):
            return
        self._operate(lambda ops, anchor: ops.delete(anchor), section.anchor)

    def _set_status(self, status: str) -> None:
        section = self.current_section()
        if section is not None and self._operations is not None:
            try:
                self._operations.set_status(section.anchor, status)
            except OutlineError as error:
                self._refused(error)

    def _operate(self, operation: Callable[[SectionOperations, str], str | None],
                 anchor: str | None = None) -> None:
        """Runs an outline edit on ``anchor`` (default: the current section), then re-reads
        the outline and keeps the edited section current."""
        if anchor is None:
            section = self.current_section()
            anchor = section.anchor if section is not None else None
        if anchor is None or self._operations is None:
            return
        try:
            new_anchor = operation(self._operations, anchor)
        except OutlineError as error:
            self._refused(error)
            return
        self._after_edit()
        self._select(new_anchor)

    def _insert(self, operation: Callable[[SectionOperations, str], str | None]) -> None:
        if self._operations is None:
            return
        try:
            new_anchor = operation(self._operations, self.tr("New section"))
        except OutlineError as error:
            self._refused(error)
            return
        self._after_edit()
        index = self._select(new_anchor)
        if index.isValid():
            self.setFocus()
            self.edit(index)

    def _after_edit(self) -> None:
        """Brings the outline up to date at once, so the edited section can be selected."""
        self._model.refresh()

    def _refused(self, error: Exception) -> None:
        self.refresh()
        reason = error.args[0] if error.args else str(error)
        self.report_problem(self.tr("The outline was not changed: {reason}.").format(
            reason=str(reason).rstrip(".")))

    def _select(self, anchor: str | None) -> QModelIndex:
        index = self._model.index_for_anchor(anchor) if anchor else QModelIndex()
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)
        self._update_actions()
        return index

    def _carry_states(self, renames: dict[str, str]) -> None:
        """A heading retitled in the editor keeps its section's state under its new anchor."""
        if self._document is None:
            return
        states = dict(self._document.manifest.sections)
        present = {section.anchor for section in self._model.sections()}
        moved = False
        for old, new in renames.items():
            if old in states and new not in states and old not in present:
                states[new] = states.pop(old)
                moved = True
        if moved:
            self._document.set_section_states(states)

    def _on_refreshed(self) -> None:
        if self._cursor_line is not None:
            self.highlight_line(self._cursor_line)
        self._update_actions()
        self.outlineChanged.emit()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid() and self._anchor(parent) not in self._collapsed:
            self.expand(parent)
        for row in range(first, last + 1):
            self._expand_tree(self._model.index(row, 0, parent))

    def _expand_tree(self, index: QModelIndex) -> None:
        if self._anchor(index) not in self._collapsed:
            self.expand(index)
        for row in range(self._model.rowCount(index)):
            self._expand_tree(self._model.index(row, 0, index))

    # --- helpers ----------------------------------------------------------------------------
    def _reference_section(self) -> Section | None:
        """The current section, else the one under the cursor, else the last one."""
        section = self.current_section()
        if section is None and self._cursor_line is not None:
            section = self._model.section(self._model.index_for_line(self._cursor_line))
        if section is None:
            every = list(self._model.sections())
            section = every[-1] if every else None
        return section

    def _anchor(self, index: QModelIndex) -> str:
        return self._model.data(index, OutlineModel.AnchorRole) or ""

    def _is_shown(self, index: QModelIndex) -> bool:
        parent = index.parent()
        while parent.isValid():
            if not self.isExpanded(parent):
                return False
            parent = parent.parent()
        return True

    def _show_problem(self, message: str) -> None:
        self._prompts.show_warning(self.tr("Outline"), message)
