"""The window's actions, declared once (id, text, shortcut); menus and toolbar are built from them.

Handlers are connected by id, so the declarations stay free of behaviour and a test can find
any action by its id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

Shortcut = QKeySequence.StandardKey | str | None
SEPARATOR = "-"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcut: Shortcut = None
    tip: str = ""
    checkable: bool = False
    icon_theme: str = ""


SK = QKeySequence.StandardKey

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", "&New Project…", SK.New, "Create a new article project", icon_theme="document-new"),
    ActionSpec("file.open", "&Open…", SK.Open, "Open a project folder, .retro file or .md file",
               icon_theme="document-open"),
    ActionSpec("file.save", "&Save", SK.Save, "Save the project", icon_theme="document-save"),
    ActionSpec("file.save_as", "Save &As…", SK.SaveAs, "Save a copy of the project in a new folder"),
    ActionSpec("file.export", "&Export…", "Ctrl+Shift+E", "Export the article",
               icon_theme="document-export"),
    ActionSpec("file.close", "&Close Project", SK.Close),
    ActionSpec("file.quit", "&Quit", SK.Quit),
    ActionSpec("edit.undo", "&Undo", SK.Undo, icon_theme="edit-undo"),
    ActionSpec("edit.redo", "&Redo", SK.Redo, icon_theme="edit-redo"),
    ActionSpec("edit.cut", "Cu&t", SK.Cut),
    ActionSpec("edit.copy", "&Copy", SK.Copy),
    ActionSpec("edit.paste", "&Paste", SK.Paste),
    ActionSpec("edit.select_all", "Select &All", SK.SelectAll),
    ActionSpec("edit.find", "&Find…", SK.Find, icon_theme="edit-find"),
    ActionSpec("edit.replace", "Find and &Replace…", SK.Replace),
    ActionSpec("view.outline", "&Outline", "Ctrl+Shift+1", checkable=True),
    ActionSpec("view.preview", "&Preview", "Ctrl+Shift+2", checkable=True),
    ActionSpec("view.side_panel", "&Side Panel", "Ctrl+Shift+3", checkable=True),
    ActionSpec("view.zoom_in", "Zoom &In", SK.ZoomIn),
    ActionSpec("view.zoom_out", "Zoom &Out", SK.ZoomOut),
    ActionSpec("view.zoom_reset", "&Reset Zoom", "Ctrl+0"),
    ActionSpec("view.full_screen", "&Full Screen", SK.FullScreen, checkable=True),
    ActionSpec("insert.image", "&Image…", "Ctrl+Shift+I", "Copy an image into the project and link it"),
    ActionSpec("insert.section", "&Section", "Ctrl+Shift+N", "Add a section after the current one"),
    ActionSpec("insert.footnote", "&Footnote", "Ctrl+Alt+F"),
    ActionSpec("insert.table", "&Table", None),
    ActionSpec("project.properties", "&Properties…", None, "Edit the article's metadata"),
    ActionSpec("project.check", "&Check Project", "F7", "Look for broken images and invalid fields"),
    ActionSpec("project.open_folder", "Show Project &Folder", None),
    ActionSpec("project.restore_backup", "Restore &Backup…", None,
               "Bring back an earlier version of the project from its backups"),
    ActionSpec("project.backup_preferences", "Backup &Preferences…", None,
               "How often backups are made and how many are kept"),
    ActionSpec("help.about", "&About Retro Editor", None),
)

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", ("file.new", "file.open", "@recent", SEPARATOR, "file.save", "file.save_as",
               SEPARATOR, "file.export", SEPARATOR, "file.close", "file.quit")),
    ("&Edit", ("edit.undo", "edit.redo", SEPARATOR, "edit.cut", "edit.copy", "edit.paste",
               "edit.select_all", SEPARATOR, "edit.find", "@find", "edit.replace")),
    ("&View", ("view.outline", "view.preview", "view.side_panel", SEPARATOR, "view.zoom_in",
               "view.zoom_out", "view.zoom_reset", SEPARATOR, "view.full_screen")),
    ("&Insert", ("@link", "insert.image", "insert.footnote", "insert.table", SEPARATOR,
                 "insert.section")),
    ("F&ormat", ("@format",)),
    ("&Project", ("project.properties", "project.check", "project.open_folder", SEPARATOR,
                  "project.restore_backup", "project.backup_preferences")),
    ("&Help", ("help.about",)),
)

TOOLBAR: tuple[str, ...] = ("file.new", "file.open", "file.save", SEPARATOR, "edit.undo",
                            "edit.redo", SEPARATOR, "@toolbar_format", "insert.image", SEPARATOR,
                            "file.export")


def create_actions(parent: QObject, specs: tuple[ActionSpec, ...] = ACTIONS) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(_tr(spec.text), parent)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(_tr(spec.tip))
            action.setToolTip(_tr(spec.tip))
        action.setCheckable(spec.checkable)
        actions[spec.id] = action
    return actions


def connect_actions(actions: dict[str, QAction], handlers: dict[str, Callable]) -> None:
    for action_id, handler in handlers.items():
        action = actions[action_id]
        if action.isCheckable():
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())


Extra = QMenu | list[QAction]


def _add_extra(target: QMenu | QToolBar, extra: Extra) -> None:
    if isinstance(extra, QMenu):
        target.addMenu(extra)
    else:
        target.addActions(extra)


def build_menus(menubar: QMenuBar, actions: dict[str, QAction],
                extras: dict[str, Extra]) -> dict[str, QMenu]:
    """Fills the menu bar. ``@name`` items insert a ready-made submenu or actions owned by a
    widget (the editor's formatting actions, whose shortcuts are scoped to the editor)."""
    built = {}
    for title, items in MENUS:
        menu = menubar.addMenu(_tr(title))
        for item in items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif item.startswith("@"):
                _add_extra(menu, extras[item[1:]])
            else:
                menu.addAction(actions[item])
        built[title] = menu
    return built


def build_toolbar(toolbar: QToolBar, actions: dict[str, QAction], extras: dict[str, Extra]) -> None:
    for item in TOOLBAR:
        if item == SEPARATOR:
            toolbar.addSeparator()
        elif item.startswith("@"):
            _add_extra(toolbar, extras[item[1:]])
        else:
            toolbar.addAction(actions[item])
