"""The main window: composes the panes, builds menus from the declared actions, restores state.

Behaviour lives elsewhere: file operations in ``ProjectController``, action handlers in
``window_actions``, the wiring between panes in ``wiring``, exports in ``export_dialog``. This
class only assembles; each helper gets the window as the narrow interface it needs
(``window_parts``), and nothing adds attributes to the window from outside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from retro_editor.resources import resource_path
from retro_editor.ui import settings as keys
from retro_editor.ui.action_ids import Access, ActionId
from retro_editor.ui.actions import build_menus, build_toolbar, create_actions
from retro_editor.ui.app_theme import AppTheme
from retro_editor.ui.distraction_free import DistractionFree
from retro_editor.ui.editor import FindReplaceBar, MarkdownEditor
from retro_editor.ui.editor.editor import writing_font
from retro_editor.ui.editor.focus_mode import FocusMode
from retro_editor.ui.editor.typewriter import TypewriterScrolling
from retro_editor.ui.editor.view_position import ViewAnchor, place_cursor, scroll_block_to_top
from retro_editor.ui.icons import apply_icons
from retro_editor.ui.milestones import MilestoneWatch
from retro_editor.ui.preview.factory import AfterFirstPaint, PreviewPlaceholder, create_preview
from retro_editor.ui.preview.web_priority import lower_after_first_render
from retro_editor.ui.settings import Settings
from retro_editor.ui.staged_build import PANE_IMPORTS, PREVIEW_IMPORTS, StagedBuild, import_steps
from retro_editor.ui.status_bar import ArticleStatusBar
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from retro_editor.ui.autosave import Autosave
    from retro_editor.ui.export_dialog import Exporter
    from retro_editor.ui.first_text import FirstText
    from retro_editor.ui.goals import GoalBar, GoalTracker
    from retro_editor.ui.history import HistoryPanel, HistoryRecorder, ProjectSync
    from retro_editor.ui.outline import OutlineView
    from retro_editor.ui.project_controller import ProjectController
    from retro_editor.ui.prompts import Prompts
    from retro_editor.ui.safety import SafetyServices
    from retro_editor.ui.side_panel import SidePanel
    from retro_editor.ui.start_screen import StartScreen, StartScreenOverlay
    from retro_editor.ui.tasks import TaskRunner
    from retro_editor.ui.window_actions import WindowActions
    from retro_editor.ui.wiring import PaneWiring

APP_NAME = "Retro Editor"
#: from this window width on, the outline and the side panel get a dock each at first run
ROOMY_WIDTH = 1600
#: the first run's dock widths: the side panel needs 360-374 px in the shipped languages, so
#: a dock laid out before its pane arrives (a staged start) keeps its width when it does
OUTLINE_WIDTH, SIDE_PANEL_WIDTH = 300, 380
#: the live preview is put in by then even if the project being opened never arrives (ms)
PREVIEW_AT_LATEST_MS = 3000


tr = translator("MainWindow")


def default_window_size(screen: QScreen | None) -> QSize:
    """1760×1000 where the screen has room (the outline, editor, preview and side panel side by
    side), else most of what it has: a first window larger than a 1366×768 screen hides its
    status bar below the screen's edge."""
    wanted = QSize(1760, 1000)
    if screen is None:
        return wanted
    room = screen.availableGeometry().size()
    return QSize(min(wanted.width(), int(room.width() * 0.95)),
                 min(wanted.height(), int(room.height() * 0.92)))


def default_documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class MainWindow(QMainWindow):
    """The window. Its frame (editor, preview, docks, menus, status bar) is built at once;
    the panes and services in steps (:meth:`_steps`): at once too unless ``staged``, where
    the window shows a project's text first (:meth:`show_first_text`) and
    :meth:`complete_after_first_paint` builds the rest a piece per event-loop turn."""

    # built by _steps
    prompts: Prompts
    outline: OutlineView
    goal_bar: GoalBar
    side_panel: SidePanel
    web_tasks: TaskRunner
    history_panel: HistoryPanel
    controller: ProjectController
    history_recorder: HistoryRecorder
    project_sync: ProjectSync
    autosave: Autosave
    goal_tracker: GoalTracker
    exporter: Exporter
    handlers: WindowActions
    start_screen: StartScreen
    start_switch: StartScreenOverlay
    wiring: PaneWiring

    def __init__(self, settings: Settings, prompts: Prompts | None = None,
                 documents_dir: Path | None = None, *, defer_preview: bool = False,
                 staged: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.setWindowIcon(QIcon(str(resource_path("icons", "retro-editor.svg"))))
        self.resize(default_window_size(self.screen()))

        self.editor = MarkdownEditor(self)
        self.editor.setAccessibleName(tr("Markdown editor"))
        self.focus_mode = FocusMode(self.editor)
        self.typewriter = TypewriterScrolling(self.editor)
        self.find_bar = FindReplaceBar(self.editor, self)
        self.find_bar.hide()
        editor_pane = self._stacked(self.editor, self.find_bar)

        #: with ``defer_preview`` (the app's start) a blank stand-in until :meth:`start_preview`
        self.preview = (PreviewPlaceholder(self, pending=True) if defer_preview
                        else create_preview(self))
        lower_after_first_render(self.preview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorPreviewSplitter")
        self.splitter.addWidget(editor_pane)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 560])
        self.setCentralWidget(self.splitter)
        #: where "Open the Sample Article" puts its copy (app.py passes the user's Documents)
        self.documents_dir = documents_dir or default_documents_dir()

        # the docks are laid out now, their panes put in by _build_panes
        self.outline_dock = self._dock("outlineDock", tr("Outline"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.side_dock = self._dock("sidePanelDock", tr("Article"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock = self._dock("historyDock", tr("History"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.side_dock, self.history_dock)
        self.side_dock.raise_()
        self.history_dock.hide()
        self.resizeDocks([self.outline_dock, self.side_dock], [OUTLINE_WIDTH, SIDE_PANEL_WIDTH],
                         Qt.Orientation.Horizontal)

        self.status = ArticleStatusBar(self)
        self.setStatusBar(self.status)
        self.distraction_free = DistractionFree(self)
        app = QApplication.instance()
        self.app_theme = AppTheme(app) if isinstance(app, QApplication) else None

        self.action_map = create_actions(self)
        self.addActions(list(self.action_map.values()))  # their shortcuts outlive the menu bar
        self.action_map.update((ActionId(a.objectName()), a) for a in self.editor.formatting_actions())
        self.find_bar.find_next_action.setObjectName(ActionId.EDIT_FIND_NEXT)
        self.find_bar.find_previous_action.setObjectName(ActionId.EDIT_FIND_PREVIOUS)
        self.action_map[ActionId.EDIT_FIND_NEXT] = self.find_bar.find_next_action
        self.action_map[ActionId.EDIT_FIND_PREVIOUS] = self.find_bar.find_previous_action
        self.recent_menu = QMenu(tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")
        build_menus(self.menuBar(), self.action_map, {"recent": self.recent_menu})
        toolbar = self.addToolBar(tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.setIconSize(QSize(20, 20))
        build_toolbar(toolbar, self.action_map)
        apply_icons(self.action_map, self.palette())
        #: data safety, attached by the app (``safety.SafetyServices``); None in a bare window
        self.safety: SafetyServices | None = None
        self.milestones = MilestoneWatch(self.editor, self.preview, self)
        #: the text shown before the window was complete (show_first_text)
        self.first_document: QTextDocument | None = None
        self._view_anchor: ViewAnchor | None = None
        self._restore_state()

        self._given_prompts = prompts
        self._staged = staged
        self._close_asked = False
        self._build = StagedBuild(self._steps(), self._built, self)
        if staged:
            for action in self.action_map.values():
                action.setEnabled(False)  # until their handlers are connected
        else:
            self.complete()

    # --- building in steps -----------------------------------------------------------------
    def _steps(self) -> Iterator[bool]:
        """The panes and services, a step at a time (yields after each)."""
        if self._staged:
            yield from import_steps(PREVIEW_IMPORTS)
            self.start_preview()
            yield True
            yield from import_steps(PANE_IMPORTS)
        self._build_panes()
        yield True
        self._build_services()
        yield True
        self._connect_actions()
        yield True
        self._connect_panes()

    def _build_panes(self) -> None:
        from retro_editor.ui.goals import GoalBar
        from retro_editor.ui.history import HistoryPanel
        from retro_editor.ui.outline import OutlineView
        from retro_editor.ui.prompts import Prompts
        from retro_editor.ui.side_panel import SidePanel
        from retro_editor.ui.tasks import TaskRunner

        self.prompts = self._given_prompts or Prompts(self)
        self.outline = OutlineView(self, prompts=self.prompts)
        self.goal_bar = GoalBar(self)
        self.outline_dock.setWidget(self._stacked(self.goal_bar, self.outline))
        self.side_panel = SidePanel(self, prompts=self.prompts)
        self.web_tasks = TaskRunner(self, name="web", threads=2)
        self.side_panel.set_page_reader(self.web_tasks)
        self.side_panel.set_task_runner(TaskRunner(self, name="publishing-checks", threads=1))
        self.side_dock.setWidget(self.side_panel)
        self.history_panel = HistoryPanel(self.prompts, self)
        self.history_dock.setWidget(self.history_panel)

    def _build_services(self) -> None:
        from retro_editor.ui.autosave import Autosave
        from retro_editor.ui.goals import GoalTracker
        from retro_editor.ui.history import HistoryRecorder, ProjectSync
        from retro_editor.ui.project_controller import ProjectController

        self.controller = ProjectController(self.prompts, self.settings, self)
        self.history_recorder = HistoryRecorder(self.controller, self)
        self.project_sync = ProjectSync(self.controller, self.history_recorder, self.prompts, self)
        self.project_sync.finished.connect(lambda _result: self.history_panel.refresh())
        for notice in (self.history_recorder.notice, self.history_panel.notice,
                       self.project_sync.notice):
            notice.connect(lambda text: self.show_status_message(text, 10_000))
        self.history_recorder.recorded.connect(lambda _version: self.history_panel.refresh())
        self.controller.documentChanged.connect(
            lambda doc: self.history_panel.set_document(doc, self.controller.read_only))
        self.autosave = Autosave(self.controller, self.settings, self)
        self.autosave.pause_while(lambda: self.project_sync.running)
        self.goal_tracker = GoalTracker(self.controller, self.settings, self)

    def _connect_actions(self) -> None:
        from retro_editor.ui.actions import connect_actions
        from retro_editor.ui.export_dialog import Exporter
        from retro_editor.ui.window_actions import WindowActions

        self.exporter = Exporter(self, self)
        self.handlers = WindowActions(self)
        connect_actions(self.action_map, self.handlers.table())
        self.recent_menu.aboutToShow.connect(self.handlers.fill_recent_menu)
        if self.action_map[ActionId.VIEW_HISTORY].isChecked():  # restored before connecting
            self.handlers.show_history(True)

    def _connect_panes(self) -> None:
        from retro_editor.ui.start_screen import StartScreen, StartScreenOverlay
        from retro_editor.ui.wiring import PaneWiring

        self.start_screen = StartScreen(self.settings, self)
        self.start_switch = StartScreenOverlay(self, self.start_screen)
        self.handlers.connect_start_screen(self.start_screen)
        self.controller.documentChanged.connect(self.start_switch.show_for)
        self.wiring = PaneWiring(self, self)
        self.controller.documentChanged.connect(self.wiring.set_document)
        self.controller.documentChanged.connect(self.update_title)
        self.controller.saved.connect(self.update_title)
        self.milestones.watch_first_paint(self.start_screen)
        self.controller.documentChanged.connect(self.milestones.document_changed)
        if self.editor.document() is not self.first_document:
            self.show_no_project()
        # else the project opens next, and the wiring enables the actions it allows

    def keep_typed_text(self) -> None:
        """The project could not be opened after the writer typed in its text (shown before
        it was opened): the text stays on screen, read-only, to be copied; the rest of the
        window is as with no project."""
        self.wiring.apply_access(Access.NO_DOCUMENT)
        self.editor.setEnabled(True)
        self.editor.setReadOnly(True)
        self.update_title()
        self.show_status_message(tr("The project was not opened. What you typed is still "
                                    "shown, read-only: copy it to keep it."), 0)

    def show_no_project(self) -> None:
        """The window without a project: the start screen over an empty editor."""
        self.wiring.set_document(None)
        self.update_title()
        self.start_switch.show_for(None)

    def complete(self) -> None:
        """Builds whatever is left now, then does what was to follow (see
        :meth:`complete_after_first_paint`)."""
        self._build.run_all()

    def complete_after_first_paint(self, then: Callable[[], None] | None = None) -> None:
        """Once the editor has painted, builds what is left a few steps per event-loop turn,
        then calls ``then`` (the project's open); a :meth:`complete` before (closing the
        window) calls it too."""
        self._build.run_after_first_paint(self.editor.viewport(), then)

    def _built(self) -> None:
        """After the building and what followed it: the project's document says whether
        the text is modified now, and a close asked meanwhile is done."""
        if self.first_document is not None:
            self.first_document.modificationChanged.disconnect(self.setWindowModified)
        if self._view_anchor is not None:
            self._view_anchor.release()
        if self._close_asked:
            QTimer.singleShot(0, self, self.close)

    @property
    def completed(self) -> bool:
        return hasattr(self, "wiring")

    def show_first_text(self, first: FirstText) -> None:
        """Shows the project's text before the window is complete, where the writer left it;
        keys typed go into it (the project adopts the document when it is opened)."""
        self.first_document = first.document
        first.document.setParent(self)
        self.editor.setDocument(first.document)
        place_cursor(self.editor, first.cursor_position)
        if first.top_line > 0:
            scroll_block_to_top(self.editor, first.top_line)
        self._view_anchor = ViewAnchor(self.editor)  # till the project is open
        self.editor.setFocus()
        self.setWindowTitle(f"{first.name}[*] — {APP_NAME}")
        first.document.modificationChanged.connect(self.setWindowModified)
        self.milestones.document_changed(first.document)

    # --- composition helpers ---------------------------------------------------------------
    def _stacked(self, *widgets: QWidget) -> QWidget:
        """The widgets one above the other, edge to edge."""
        pane = QWidget(self)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in widgets:
            layout.addWidget(widget)
        return pane

    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock whose pane comes later: a blank stand-in until then."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(QWidget(dock))
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    # --- what the window's helpers ask of it (window_parts) -------------------------------
    def show_status_message(self, text: str, timeout_ms: int) -> None:
        self.status.showMessage(text, timeout_ms)

    def resize_dock(self, dock: QDockWidget, width: int) -> None:
        self.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    def job_parent(self) -> QWidget:
        return self

    def set_full_screen(self, on: bool) -> None:
        """Distraction-free full screen on or off (off restores the window as it was)."""
        if on:
            self.distraction_free.enter()
        else:
            self.distraction_free.leave()

    def set_focus_mode(self, on: bool) -> None:
        self.focus_mode.set_enabled(on)
        self.settings.set(keys.FOCUS_MODE, on)

    def set_typewriter_scrolling(self, on: bool) -> None:
        self.typewriter.set_enabled(on)
        self.settings.set(keys.TYPEWRITER_SCROLLING, on)

    def apply_preferences(self, _key: str = "") -> None:
        """Applies the editor and appearance settings (the Preferences dialog's changes)."""
        font = writing_font(point_size=self.settings.get(keys.EDITOR_FONT_SIZE))
        family = self.settings.get(keys.EDITOR_FONT_FAMILY)
        if family:
            font.setFamily(family)
        self.editor.set_base_font(font)
        self.editor.set_line_width(self.settings.get(keys.EDITOR_LINE_WIDTH))
        self.editor.set_line_spacing(self.settings.get(keys.EDITOR_LINE_SPACING))
        self.editor.set_text_margin(self.settings.get(keys.EDITOR_MARGIN))
        theme = self.settings.get(keys.APP_THEME)
        if self.app_theme is not None and theme != self.app_theme.current:
            self.app_theme.apply(theme)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """The toolbar icons are drawn in the palette's colours: again when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "action_map"):
            apply_icons(self.action_map, self.palette())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Esc leaves distraction-free full screen (when no bar or field used it first)."""
        if event.key() == Qt.Key.Key_Escape and self.distraction_free.is_active():
            self.action_map[ActionId.VIEW_FULL_SCREEN].setChecked(False)
            return
        super().keyPressEvent(event)

    # --- title and state -------------------------------------------------------------------
    def update_title(self, *_args: object) -> None:
        document = self.controller.document
        if document is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        name = self.controller.display_name()
        if self.controller.read_only:
            name = tr("{name} (read-only)").format(name=name)
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(document.is_modified())

    def _restore_state(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self.settings.get(keys.WINDOW_STATE)
        if state:
            self.restoreState(state)
        else:
            self.first_run_layout()
        splitter = self.settings.get(keys.SPLITTER_STATE)
        if splitter:
            self.splitter.restoreState(splitter)
        self.preview.setVisible(self.settings.get(keys.PREVIEW_VISIBLE))
        self.apply_preferences()
        zoom = self.settings.get(keys.EDITOR_ZOOM)
        if zoom:
            self.editor.set_zoom_percent(zoom)
        self.action_map[ActionId.VIEW_OUTLINE].setChecked(not self.outline_dock.isHidden())
        self.action_map[ActionId.VIEW_SIDE_PANEL].setChecked(not self.side_dock.isHidden())
        self.action_map[ActionId.VIEW_HISTORY].setChecked(not self.history_dock.isHidden())
        self.action_map[ActionId.VIEW_PREVIEW].setChecked(not self.preview.isHidden())
        focus, typewriter = self.settings.get(keys.FOCUS_MODE), self.settings.get(keys.TYPEWRITER_SCROLLING)
        self.action_map[ActionId.VIEW_FOCUS_MODE].setChecked(focus)
        self.action_map[ActionId.VIEW_TYPEWRITER].setChecked(typewriter)
        self.focus_mode.set_enabled(focus)  # the actions' handlers are connected later
        self.typewriter.set_enabled(typewriter)

    def start_preview_after_first_paint(self, *, opening: bool = False) -> None:
        """Puts the live preview in once the editor has painted, with the project's text when
        one is ``opening``: the web engine's start, about 0.2 s, comes after the writer can
        read and type, not before (nor while the text is being read, which it would hold
        up)."""
        if not opening or self.controller.document is not None:  # shown already
            AfterFirstPaint(self.editor.viewport(), self.start_preview)
            return

        def shown(document: object) -> None:
            if document is None:
                return
            self.controller.documentChanged.disconnect(shown)
            AfterFirstPaint(self.editor.viewport(), self.start_preview)

        self.controller.documentChanged.connect(shown)
        QTimer.singleShot(PREVIEW_AT_LATEST_MS, self, self.start_preview)  # the open failed

    def start_preview(self) -> None:
        """Replaces the stand-in the window was built with by the live preview."""
        old = self.preview
        if not isinstance(old, PreviewPlaceholder) or not old.pending:
            return
        new = create_preview(self)
        new.setVisible(not old.isHidden())
        self.splitter.replaceWidget(self.splitter.indexOf(old), new)
        self.preview = new
        old.deleteLater()
        self.milestones.watch_preview(new)
        lower_after_first_render(new)
        if self.completed:  # else the wiring gives it the document when the project opens
            self.wiring.preview_replaced()

    def first_run_layout(self) -> None:
        """The layout before the writer has one: in a window narrower than
        :data:`ROOMY_WIDTH` (a 1366 px laptop) the outline and the side panel share one tabbed
        dock, so the editor keeps about 60 characters a line beside the preview."""
        if self.width() >= ROOMY_WIDTH:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_dock)
            self.resizeDocks([self.outline_dock, self.side_dock],
                             [OUTLINE_WIDTH, SIDE_PANEL_WIDTH], Qt.Orientation.Horizontal)
            return
        self.tabifyDockWidget(self.outline_dock, self.side_dock)
        self.outline_dock.raise_()
        self.resizeDocks([self.outline_dock], [SIDE_PANEL_WIDTH], Qt.Orientation.Horizontal)
        rest = max(0, self.width() - SIDE_PANEL_WIDTH)
        self.splitter.setSizes([rest * 55 // 100, rest * 45 // 100])

    def save_state(self) -> None:
        self.action_map[ActionId.VIEW_FULL_SCREEN].setChecked(False)  # save the normal layout
        self.settings.set(keys.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(keys.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(keys.SPLITTER_STATE, bytes(self.splitter.saveState().data()))
        self.settings.set(keys.PREVIEW_VISIBLE, not self.preview.isHidden())
        self.settings.set(keys.EDITOR_ZOOM, self.editor.zoom_percent())
        self.settings.sync()

    def open_project(self, path: Path, first: FirstText | None = None) -> bool:
        return self.controller.open_path(path, first)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.complete()  # closed while being built: the project (and what was typed) opens first
        if self._build.finishing:  # it is being opened: closed (and asked about) once open
            self._close_asked = True
            event.ignore()
            return
        if not self.controller.close_project():
            event.ignore()
            return
        self.save_state()
        self.preview.shutdown()
        self.editor.paste_conversion.shutdown()
        event.accept()
