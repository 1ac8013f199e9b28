"""The start screen, shown in place of the panes while no project is open: recent projects
(title, words, last edit; remove one, clear the list), New, Open and Open the Sample.

Everything works from the keyboard: the recent list has the focus, Enter opens the chosen
project, Delete removes it from the list, Tab reaches the buttons. The projects' titles and
words are read off the GUI thread (``core.recent_projects``) and fill in as they arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.recent_projects import ProjectSummary, summarize
from retro_editor.ui.settings import Settings
from retro_editor.ui.tasks import TaskRunner
from retro_editor.ui.translate import translator

tr = translator("StartScreen")

PATH_ROLE = Qt.ItemDataRole.UserRole
TITLE, WORDS, EDITED = range(3)


class RecentList(QTreeWidget):
    """The recent projects; Enter opens the current one, Delete removes it from the list."""

    openRequested = Signal(str)
    removeRequested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        path = self.current_path()
        if path and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.openRequested.emit(path)
            return
        if path and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit(path)
            return
        super().keyPressEvent(event)

    def current_path(self) -> str:
        item = self.currentItem()
        return item.data(TITLE, PATH_ROLE) if item is not None else ""


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    #: a recent project's folder was chosen
    recentRequested = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self._settings = settings
        self._tasks = tasks or TaskRunner(self, name="start-screen", threads=2)
        self._generation = 0

        heading = QLabel(tr("Retro Editor"), self)
        heading.setObjectName("startHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        tagline = QLabel(tr("Long-form retrospective articles, from outline to published page."),
                         self)
        tagline.setWordWrap(True)

        self.new_button = self._button("newProjectButton", tr("&New Project…"), self.newRequested)
        self.open_button = self._button("openProjectButton", tr("&Open…"), self.openRequested)
        self.sample_button = self._button("openSampleButton", tr("Open the &Sample Article"),
                                          self.sampleRequested)
        actions = QVBoxLayout()
        actions.setSpacing(8)
        for widget in (heading, tagline):
            actions.addWidget(widget)
        actions.addSpacing(16)
        for button in (self.new_button, self.open_button, self.sample_button):
            actions.addWidget(button)
        actions.addStretch(1)

        recent_label = QLabel(tr("&Recent projects"), self)
        self.recent = RecentList(self)
        self.recent.setObjectName("recentProjects")
        self.recent.setAccessibleName(tr("Recent projects"))
        recent_label.setBuddy(self.recent)
        self.recent.setColumnCount(3)
        self.recent.setHeaderLabels([tr("Title"), tr("Words"), tr("Last edited")])
        self.recent.setRootIsDecorated(False)
        self.recent.setUniformRowHeights(True)
        self.recent.setAlternatingRowColors(True)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.recent.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (WORDS, EDITED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.recent.itemActivated.connect(lambda item, _column: self.recentRequested.emit(
            item.data(TITLE, PATH_ROLE)))
        self.recent.openRequested.connect(self.recentRequested)
        self.recent.removeRequested.connect(self.remove)
        self.recent.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel(tr("No recent projects yet: start a new one, open one, or "
                                     "look around the sample article."), self)
        self.empty_label.setObjectName("noRecentProjects")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.open_recent_button = QPushButton(tr("O&pen"), self)
        self.open_recent_button.setObjectName("openRecentButton")
        self.open_recent_button.clicked.connect(self._open_current)
        self.remove_button = QPushButton(tr("Re&move from List"), self)
        self.remove_button.setObjectName("removeRecentButton")
        self.remove_button.clicked.connect(lambda: self.remove(self.recent.current_path()))
        self.clear_button = QPushButton(tr("&Clear List"), self)
        self.clear_button.setObjectName("clearRecentButton")
        self.clear_button.clicked.connect(self.clear)
        for button in (self.open_recent_button, self.remove_button):
            self.recent.addAction(_menu_action(button))
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.open_recent_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        recent_column = QVBoxLayout()
        recent_column.setSpacing(8)
        recent_column.addWidget(recent_label)
        recent_column.addWidget(self.recent, 1)
        recent_column.addWidget(self.empty_label, 1)
        recent_column.addLayout(row)

        body = QHBoxLayout()
        body.setSpacing(40)
        body.addLayout(actions, 0)
        body.addLayout(recent_column, 1)
        frame = QWidget(self)
        frame.setObjectName("startFrame")
        frame.setLayout(body)
        frame.setMaximumSize(1100, 720)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(frame, 12)
        outer.addStretch(1)
        self.setTabOrder(self.recent, self.open_recent_button)
        self.setFocusProxy(self.recent)
        self.refresh()

    def _button(self, name: str, text: str, signal: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumWidth(220)
        button.clicked.connect(signal)  # type: ignore[arg-type]
        return button

    # --- the list ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Lists the recent projects again; their summaries are read in the background."""
        self._generation += 1
        generation = self._generation
        self.recent.clear()
        items = []
        for path in self._settings.recent_projects():
            item = QTreeWidgetItem([Path(path).name, "", ""])
            item.setData(TITLE, PATH_ROLE, path)
            item.setToolTip(TITLE, path)
            item.setStatusTip(TITLE, path)
            item.setTextAlignment(WORDS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.recent.addTopLevelItem(item)
            items.append(item)
            self._tasks.submit(summarize, Path(path), on_done=self._summary_shower(generation, item))
        if items:
            self.recent.setCurrentItem(items[0])
        self._update_buttons()

    def _summary_shower(self, generation: int,
                        item: QTreeWidgetItem) -> Callable[[ProjectSummary], None]:
        def show(summary: ProjectSummary) -> None:
            if generation == self._generation:  # else the list was rebuilt meanwhile
                self._show_summary(item, summary)
        return show

    def _show_summary(self, item: QTreeWidgetItem, summary: ProjectSummary) -> None:
        locale = QLocale()
        item.setText(TITLE, summary.title)
        if summary.problem:
            item.setText(WORDS, "")
            item.setText(EDITED, tr("cannot be opened"))
            item.setToolTip(EDITED, summary.problem)
            item.setForeground(TITLE, self.palette().placeholderText())
        else:
            item.setText(WORDS, locale.toString(summary.words or 0))
            if summary.edited is not None:
                when = QDateTime.fromSecsSinceEpoch(int(summary.edited))
                item.setText(EDITED, locale.toString(when, "d MMM yyyy, HH:mm"))

    def items(self) -> list[QTreeWidgetItem]:
        found = (self.recent.topLevelItem(i) for i in range(self.recent.topLevelItemCount()))
        return [item for item in found if item is not None]

    def paths(self) -> list[str]:
        return [item.data(TITLE, PATH_ROLE) for item in self.items()]

    def remove(self, path: str) -> None:
        """Takes ``path`` off the recent list (the project itself is left alone)."""
        if not path:
            return
        row = self.paths().index(path) if path in self.paths() else 0
        self._settings.remove_recent_project(path)
        self.refresh()
        items = self.items()
        if items:
            self.recent.setCurrentItem(items[min(row, len(items) - 1)])

    def clear(self) -> None:
        self._settings.clear_recent_projects()
        self.refresh()
        self.new_button.setFocus()

    def _open_current(self) -> None:
        path = self.recent.current_path()
        if path:
            self.recentRequested.emit(path)

    def _update_buttons(self) -> None:
        has_items = self.recent.topLevelItemCount() > 0
        self.recent.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        chosen = bool(self.recent.current_path())
        self.open_recent_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.clear_button.setEnabled(has_items)
        for button in (self.open_recent_button, self.remove_button, self.clear_button):
            button.setVisible(has_items)
        self.setFocusProxy(self.recent if has_items else self.new_button)


def _menu_action(button: QPushButton) -> QAction:
    """The button as a context-menu action of the list (same text, same effect)."""
    action = QAction(button.text().replace("&", ""), button)
    action.triggered.connect(button.click)
    return action


class StartScreenOverlay(QObject):
    """Lays the start screen over the panes and docks (between the toolbar and the status
    bar) while no project is open. The panes and docks underneath keep their layout and
    sizes, so nothing of the writer's arrangement changes."""

    def __init__(self, window: QMainWindow, screen: StartScreen) -> None:
        super().__init__(window)
        self._window = window
        self._screen = screen
        screen.setParent(window)
        screen.setAutoFillBackground(True)
        screen.hide()
        window.installEventFilter(self)

    def showing(self) -> bool:
        return not self._screen.isHidden()

    def show_for(self, document: object | None) -> None:
        if document is None:
            self._place()
            self._screen.show()
            self._screen.raise_()
            self._screen.refresh()
            self._screen.setFocus()
        else:
            self._screen.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest) \
                and self.showing():
            self._place()
        return False

    def _place(self) -> None:
        central = self._window.centralWidget()
        if central is None:
            return
        self._screen.setGeometry(0, central.y(), self._window.width(), central.height())
