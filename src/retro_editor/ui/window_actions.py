"""What each declared action does. The window connects these by action id."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from retro_editor import __version__
from retro_editor.core.check import check_project
from retro_editor.core.sample import install_sample
from retro_editor.core.storage import describe_os_error
from retro_editor.resources import resource_path
from retro_editor.ui import settings as keys
from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.editor import snippets
from retro_editor.ui.editor.read_only import can_edit
from retro_editor.ui.goals_dialog import GoalsDialog
from retro_editor.ui.help_viewer import HelpTopic, show_help
from retro_editor.ui.history import name_this_version
from retro_editor.ui.image_download_job import download_images_action
from retro_editor.ui.jobs import Job
from retro_editor.ui.link_check_job import check_links_action
from retro_editor.ui.shortcut_reference import show_shortcut_reference
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.start_screen import StartScreen
    from retro_editor.ui.window_parts import ActionParts


tr = translator("WindowActions")


class WindowActions:
    def __init__(self, parts: ActionParts) -> None:
        self.w = parts
        #: the running or last link check (kept so it is not collected while it runs)
        self.link_check: Job | None = None
        self.image_download: Job | None = None

    def table(self) -> dict[ActionId, Callable[..., object]]:
        w = self.w
        editor = w.editor
        A = ActionId
        table: dict[ActionId, Callable[..., object]] = {
            A.FILE_NEW: self.new_project,
            A.FILE_OPEN: self.open_project,
            A.FILE_SAVE: w.controller.save,
            A.FILE_SAVE_AS: w.controller.save_as,
            A.FILE_EXPORT: self.export,
            A.FILE_CLOSE: w.controller.close_project,
            A.FILE_QUIT: w.close,
            A.EDIT_UNDO: editor.undo,
            A.EDIT_REDO: editor.redo,
            A.EDIT_CUT: editor.cut,
            A.EDIT_COPY: editor.copy,
            A.EDIT_PASTE: editor.paste,
            A.EDIT_PASTE_PLAIN: editor.paste_plain_text,
            A.EDIT_DOWNLOAD_IMAGES: self.download_images,
            A.EDIT_SELECT_ALL: editor.selectAll,
            A.EDIT_FIND: lambda: w.find_bar.open_find(),
            A.EDIT_REPLACE: lambda: w.find_bar.open_find(replace=True),
            A.VIEW_OUTLINE: w.outline_dock.setVisible,
            A.VIEW_SIDE_PANEL: w.side_dock.setVisible,
            A.VIEW_HISTORY: self.show_history,
            A.VIEW_PREVIEW: lambda on: w.preview.setVisible(on),  # the preview is put in late
            A.VIEW_ZOOM_IN: editor.zoom_in,
            A.VIEW_ZOOM_OUT: editor.zoom_out,
            A.VIEW_ZOOM_RESET: editor.zoom_reset,
            A.VIEW_FULL_SCREEN: self.full_screen,
            A.VIEW_FOCUS_MODE: lambda on: w.set_focus_mode(on),
            A.VIEW_TYPEWRITER: lambda on: w.set_typewriter_scrolling(on),
            A.EDIT_PREFERENCES: self.preferences,
            A.PROJECT_BACKUP_PREFERENCES: lambda: self.preferences("backups"),
            A.INSERT_IMAGE: self.insert_image,
            A.INSERT_SECTION: self.insert_section,
            A.INSERT_FOOTNOTE: lambda: snippets.insert_footnote(editor),
            A.INSERT_TABLE: lambda: snippets.insert_table(editor),
            A.PROJECT_PROPERTIES: self.properties,
            A.PROJECT_GOALS: self.goals,
            A.PROJECT_CHECK: self.check,
            A.PROJECT_CHECK_LINKS: self.check_links,
            A.PROJECT_OPEN_FOLDER: self.open_folder,
            A.PROJECT_NAME_VERSION: lambda: name_this_version(w.controller, w.history_recorder,
                                                              w.prompts),
            A.PROJECT_SYNC: w.project_sync.run,
            A.HELP_USER_GUIDE: lambda: show_help(w.job_parent(), HelpTopic.USER_GUIDE),
            A.HELP_MARKDOWN: lambda: show_help(w.job_parent(), HelpTopic.MARKDOWN),
            A.HELP_SHORTCUTS: lambda: show_shortcut_reference(w.job_parent(), w.action_map,
                                                              w.outline.actions()),
            A.HELP_ABOUT: self.about,
        }
        w.outline_dock.visibilityChanged.connect(
            lambda _v: w.action_map[ActionId.VIEW_OUTLINE].setChecked(not w.outline_dock.isHidden()))
        w.side_dock.visibilityChanged.connect(
            lambda _v: w.action_map[ActionId.VIEW_SIDE_PANEL].setChecked(not w.side_dock.isHidden()))
        w.history_dock.visibilityChanged.connect(
            lambda _v: w.action_map[ActionId.VIEW_HISTORY].setChecked(not w.history_dock.isHidden()))
        return table

    def show_history(self, on: bool) -> None:
        """Shows the History panel in front of the panes it shares the dock with."""
        dock = self.w.history_dock
        dock.setVisible(on)
        if on:
            dock.raise_()
            width = max(dock.width(), int(self.w.job_parent().width() * 0.42))
            self.w.resize_dock(dock, width)  # two texts side by side need the room
            self.w.history_panel.refresh()

    # --- file --------------------------------------------------------------------------------
    def _start_folder(self) -> Path:
        doc = self.w.controller.document
        return doc.project.folder.parent if doc else Path.home()

    def new_project(self) -> None:
        title = self.w.prompts.ask_text(tr("New Project"), tr("Article title:"))
        if title is None:
            return
        folder = self.w.prompts.choose_new_project_folder(self._start_folder(),
                                                          tr("Create the project folder"))
        if folder is not None:
            self.w.controller.create_project(folder, title.strip())

    def open_project(self) -> None:
        path = self.w.prompts.choose_project_to_open(self._start_folder())
        if path is not None:
            self.w.controller.open_path(path)

    def fill_recent_menu(self) -> None:
        menu = self.w.recent_menu
        menu.clear()
        recent = self.w.settings.recent_projects()
        for path in recent:
            action = menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        if not recent:
            menu.addAction(tr("No recent projects")).setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.w.prompts.show_error(tr("Cannot open the project"),
                                      tr("{path}: the project is no longer there").format(path=path))
            self.w.settings.remove_recent_project(path)
            return
        self.w.controller.open_path(Path(path))

    def connect_start_screen(self, screen: StartScreen) -> None:
        screen.newRequested.connect(self.new_project)
        screen.openRequested.connect(self.open_project)
        screen.sampleRequested.connect(self.open_sample)
        screen.recentRequested.connect(lambda path: self._open_from_start_screen(screen, path))

    def _open_from_start_screen(self, screen: StartScreen, path: str) -> None:
        self._open_recent(path)
        if self.w.controller.document is None:
            screen.refresh()  # a project no longer there left the list

    def open_sample(self) -> None:
        """Opens the writer's copy of the sample article (made in Documents the first time:
        the bundled one may sit in a read-only installation)."""
        try:
            folder = install_sample(resource_path("sample"), self.w.documents_dir / "Retro Editor")
        except OSError as exc:
            self.w.prompts.show_error(tr("Cannot copy the sample article"),
                                      f"{exc.filename or self.w.documents_dir}: "
                                      f"{describe_os_error(exc)}")
            return
        self.w.controller.open_path(folder)

    def export(self) -> None:
        if self.w.controller.document is not None:
            self.w.exporter.ask_and_export()

    # --- view / insert -------------------------------------------------------------------------
    def full_screen(self, on: bool) -> None:
        self.w.set_full_screen(on)

    def preferences(self, page: str = "") -> None:
        """Opens Preferences (at ``page``); each change is applied to the window at once."""
        from retro_editor.ui.preferences import PreferencesDialog  # 50 ms: not at start

        dialog = PreferencesDialog(self.w.settings, self.w.job_parent(), page,
                                   self.w.controller.document, not self.w.controller.read_only)
        dialog.changed.connect(self.w.apply_preferences)
        try:
            self.w.prompts.edit_preferences(dialog)
        finally:
            dialog.deleteLater()
            self.w.settings.sync()

    def insert_image(self) -> None:
        doc = self.w.controller.document
        if doc is None or not can_edit(self.w.editor):
            return
        path = self.w.prompts.choose_image(Path.home())
        if path is not None:
            self.w.editor.insert_image_file(path)

    def insert_section(self) -> None:
        if self.w.controller.document is not None:
            self.w.outline.add_section_after_current()

    # --- project / help ------------------------------------------------------------------------
    def properties(self) -> None:
        self.w.side_dock.show()
        self.w.side_panel.setCurrentIndex(0)
        self.w.side_panel.setFocus()

    def goals(self) -> None:
        """Project → Goals…: the article's goal and deadline (the manifest), the session's
        goal (a setting)."""
        doc = self.w.controller.document
        if doc is None or self.w.controller.read_only:
            return
        dialog = GoalsDialog(doc.manifest.goals, self.w.settings.get(keys.SESSION_GOAL_WORDS),
                             dt.date.today(), self.w.job_parent())
        try:
            if not self.w.prompts.edit_goals(dialog):
                return
            self.w.settings.set(keys.SESSION_GOAL_WORDS, dialog.session_goal())
            doc.set_goals(dialog.goals())
            self.w.goal_tracker.refresh()
        finally:
            dialog.deleteLater()

    def check(self) -> None:
        doc = self.w.controller.document
        if doc is None:
            return
        problems = check_project(doc.sync_text_to_project())
        if not problems:
            self.w.prompts.show_info(tr("Check Project"), tr("No problems found."))
            return
        self.w.prompts.show_info(
            tr("Check Project"),
            tr("{n} problem(s) found.").format(n=len(problems)),
            "\n".join(str(p) for p in problems))

    def check_links(self) -> None:
        self.link_check = check_links_action(self.w)

    def download_images(self) -> None:
        self.image_download = download_images_action(self.w)

    def open_folder(self) -> None:
        doc = self.w.controller.document
        if doc is not None and doc.project.folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(doc.project.folder)))

    def about(self) -> None:
        self.w.prompts.show_about(
            tr("About Retro Editor"),
            tr("<h3>Retro Editor {version}</h3><p>Write long-form retrospective articles in "
               "Markdown: outline, editor, live preview, metadata, fact box and related news."
               "</p>").format(version=__version__))
