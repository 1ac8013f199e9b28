"""What each helper of the main window needs of it, named: the window's narrow interfaces.

``PaneWiring``, ``WindowActions``, ``Exporter`` and ``SafetyServices`` each take one of these
in their constructor and touch nothing else of the window. ``MainWindow`` satisfies all of
them; a test satisfies one with a few small real widgets (a plain-text editor, the preview
placeholder) and a prompts double, without building a window or QtWebEngine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QPlainTextEdit, QStatusBar, QWidget

    from retro_editor.ui.action_ids import ActionId
    from retro_editor.ui.autosave import Autosave
    from retro_editor.ui.editor import FindReplaceBar, MarkdownEditor
    from retro_editor.ui.export_dialog import Exporter
    from retro_editor.ui.goals import GoalBar, GoalTracker
    from retro_editor.ui.history import HistoryPanel, HistoryRecorder, ProjectSync
    from retro_editor.ui.outline import OutlineView
    from retro_editor.ui.project_controller import ProjectController
    from retro_editor.ui.prompts import Prompts
    from retro_editor.ui.settings import Settings
    from retro_editor.ui.side_panel import SidePanel
    from retro_editor.ui.status_bar import ArticleStatusBar


class Preview(Protocol):
    """The live preview, or ``preview.factory.PreviewPlaceholder`` where QtWebEngine is missing."""

    def set_document(self, doc: Any) -> None: ...
    def show_line(self, line: int) -> None: ...
    def follow_line(self, line: int, cursor_line: int | None = None) -> None: ...
    def isHidden(self) -> bool: ...  # noqa: N802 (Qt's name)
    def setVisible(self, visible: bool) -> None: ...  # noqa: N802


class StatusMessages(Protocol):
    """Where one-line messages go (the window's status bar)."""

    def show_status_message(self, text: str, timeout_ms: int) -> None: ...


class PaneParts(Protocol):
    """What ``wiring.PaneWiring`` connects: the panes, the project and the window's title."""

    editor: MarkdownEditor
    outline: OutlineView
    @property
    def preview(self) -> Preview: ...
    side_panel: SidePanel
    status: ArticleStatusBar
    prompts: Prompts
    controller: ProjectController
    autosave: Autosave
    goal_tracker: GoalTracker
    goal_bar: GoalBar
    action_map: dict[ActionId, QAction]

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
    def update_title(self) -> None: ...


class ExportParts(StatusMessages, Protocol):
    """What File → Export… needs: the open project, the writer's answers, a parent for the
    progress dialog and the side panel's pending edits committed first."""

    controller: ProjectController
    prompts: Prompts
    side_panel: SidePanel

    def job_parent(self) -> QWidget: ...


class ActionParts(StatusMessages, Protocol):
    """What ``window_actions.WindowActions`` acts on."""

    editor: MarkdownEditor
    find_bar: FindReplaceBar
    outline: OutlineView
    outline_dock: QDockWidget
    side_panel: SidePanel
    side_dock: QDockWidget
    history_panel: HistoryPanel
    history_dock: QDockWidget
    history_recorder: HistoryRecorder
    project_sync: ProjectSync
    @property
    def preview(self) -> Preview: ...
    controller: ProjectController
    prompts: Prompts
    settings: Settings
    action_map: dict[ActionId, QAction]
    recent_menu: QMenu
    exporter: Exporter
    documents_dir: Path
    goal_tracker: GoalTracker

    def close(self) -> bool: ...
    def set_full_screen(self, on: bool) -> None: ...
    def set_focus_mode(self, on: bool) -> None: ...
    def set_typewriter_scrolling(self, on: bool) -> None: ...
    def apply_preferences(self, key: str) -> None: ...
    def job_parent(self) -> QWidget: ...  # the parent of the dialogs it opens
    def resize_dock(self, dock: QDockWidget, width: int) -> None: ...


class SafetyParts(StatusMessages, Protocol):
    """What ``safety.SafetyServices`` attaches to: the project, the editor (its view is kept
    across reloads), the backup actions, settings and the writer's answers."""

    controller: ProjectController
    @property
    def editor(self) -> QPlainTextEdit: ...
    action_map: dict[ActionId, QAction]
    settings: Settings
    prompts: Prompts
