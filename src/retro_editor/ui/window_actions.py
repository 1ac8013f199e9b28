"""What each declared action does. The window connects these by action id."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox

from retro_editor import __version__
from retro_editor.core.check import check_project
from retro_editor.ui.editor import snippets

if TYPE_CHECKING:
    from retro_editor.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def table(self) -> dict[str, Callable]:
        w = self.w
        editor = w.editor
        table: dict[str, Callable] = {
            "file.new": self.new_project,
            "file.open": self.open_project,
            "file.save": w.controller.save,
            "file.save_as": w.controller.save_as,
            "file.export": self.export,
            "file.close": w.controller.close_project,
            "file.quit": w.close,
            "edit.undo": editor.undo,
            "edit.redo": editor.redo,
            "edit.cut": editor.cut,
            "edit.copy": editor.copy,
            "edit.paste": editor.paste,
            "edit.select_all": editor.selectAll,
            "edit.find": lambda: w.find_bar.open_find(),
            "edit.replace": lambda: w.find_bar.open_find(replace=True),
            "view.outline": w.outline_dock.setVisible,
            "view.side_panel": w.side_dock.setVisible,
            "view.preview": w.preview.setVisible,
            "view.zoom_in": editor.zoom_in,
            "view.zoom_out": editor.zoom_out,
            "view.zoom_reset": editor.zoom_reset,
            "view.full_screen": self.full_screen,
            "insert.image": self.insert_image,
            "insert.section": self.insert_section,
            "insert.footnote": lambda: snippets.insert_footnote(editor),
            "insert.table": lambda: snippets.insert_table(editor),
            "project.properties": self.properties,
            "project.check": self.check,
            "project.open_folder": self.open_folder,
            "help.about": self.about,
        }
        w.outline_dock.visibilityChanged.connect(
            lambda _v: w.actions["view.outline"].setChecked(not w.outline_dock.isHidden()))
        w.side_dock.visibilityChanged.connect(
            lambda _v: w.actions["view.side_panel"].setChecked(not w.side_dock.isHidden()))
        return table

    # --- file --------------------------------------------------------------------------------
    def _start_folder(self) -> Path:
        doc = self.w.controller.document
        return doc.project.folder.parent if doc else Path.home()

    def new_project(self) -> None:
        title, ok = QInputDialog.getText(self.w, tr("New Project"), tr("Article title:"))
        if not ok:
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

    def export(self) -> None:
        from retro_editor.ui.export_dialog import run_export_dialog

        if self.w.controller.document is not None:
            run_export_dialog(self.w)

    # --- view / insert -------------------------------------------------------------------------
    def full_screen(self, on: bool) -> None:
        if on:
            self.w.showFullScreen()
        else:
            self.w.showNormal()

    def insert_image(self) -> None:
        doc = self.w.controller.document
        if doc is None:
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

    def open_folder(self) -> None:
        doc = self.w.controller.document
        if doc is not None and doc.project.folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(doc.project.folder)))

    def about(self) -> None:
        QMessageBox.about(
            self.w, tr("About Retro Editor"),
            tr("<h3>Retro Editor {version}</h3><p>Write long-form retrospective articles in "
               "Markdown: outline, editor, live preview, metadata, fact box and related news."
               "</p>").format(version=__version__))
