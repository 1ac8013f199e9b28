"""The window's actions, declared once (id, text, shortcuts); menus and toolbar are built from them.

Handlers are connected by :class:`ActionId`, so the declarations stay free of behaviour and a
test can find any action by its id (each QAction's objectName is its id). The editor builds
its own Format and link actions from :data:`EDITOR_ACTIONS` (their shortcuts are scoped to
the editor); which actions are enabled is decided by ``action_ids.enabled_actions`` alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from retro_editor.ui.action_ids import Access, ActionId, enabled_actions
from retro_editor.ui.translate import translator

Key = QKeySequence.StandardKey | str
#: one key, or several: a standard key first, then explicit fallbacks for desktops where the
#: standard key maps to nothing (Replace and Full Screen on GNOME, Quit on some themes)
Shortcut = Key | tuple[Key, ...] | None
SEPARATOR = "-"


_tr = translator("Actions")


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    text: str
    shortcut: Shortcut = None
    tip: str = ""
    checkable: bool = False
    icon_theme: str = ""
    #: where macOS puts it (Preferences, Quit, About go to the application menu)
    menu_role: QAction.MenuRole | None = None


SK = QKeySequence.StandardKey
A = ActionId

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(A.FILE_NEW, "&New Project…", SK.New, "Create a new article project",
               icon_theme="document-new"),
    ActionSpec(A.FILE_OPEN, "&Open…", SK.Open, "Open a project folder, .retro file or .md file",
               icon_theme="document-open"),
    ActionSpec(A.FILE_SAVE, "&Save", SK.Save, "Save the project", icon_theme="document-save"),
    ActionSpec(A.FILE_SAVE_AS, "Save &As…", (SK.SaveAs, "Ctrl+Shift+S"),
               "Save a copy of the project in a new folder"),
    ActionSpec(A.FILE_EXPORT, "&Export…", "Ctrl+Shift+E", "Export the article",
               icon_theme="document-export"),
    ActionSpec(A.FILE_CLOSE, "&Close Project", (SK.Close, "Ctrl+W")),
    ActionSpec(A.FILE_QUIT, "&Quit", (SK.Quit, "Ctrl+Q")),
    ActionSpec(A.EDIT_UNDO, "&Undo", SK.Undo, icon_theme="edit-undo"),
    ActionSpec(A.EDIT_REDO, "&Redo", SK.Redo, icon_theme="edit-redo"),
    ActionSpec(A.EDIT_CUT, "Cu&t", SK.Cut),
    ActionSpec(A.EDIT_COPY, "&Copy", SK.Copy),
    ActionSpec(A.EDIT_PASTE, "&Paste", SK.Paste),
    ActionSpec(A.EDIT_SELECT_ALL, "Select &All", SK.SelectAll),
    ActionSpec(A.EDIT_FIND, "&Find…", SK.Find, icon_theme="edit-find"),
    ActionSpec(A.EDIT_REPLACE, "Find and Rep&lace…", (SK.Replace, "Ctrl+H")),
    ActionSpec(A.EDIT_PREFERENCES, "Pr&eferences…", (SK.Preferences, "Ctrl+,"),
               "Editor font and width, theme, backups", menu_role=QAction.MenuRole.PreferencesRole),
    ActionSpec(A.VIEW_OUTLINE, "&Outline", "Ctrl+Shift+1", checkable=True),
    ActionSpec(A.VIEW_PREVIEW, "&Preview", "Ctrl+Shift+2", checkable=True),
    ActionSpec(A.VIEW_SIDE_PANEL, "&Side Panel", "Ctrl+Shift+3", checkable=True),
    ActionSpec(A.VIEW_HISTORY, "&History", "Ctrl+Shift+4",
               "The project's versions: compare them and restore a section", checkable=True),
    ActionSpec(A.VIEW_ZOOM_IN, "Zoom &In", SK.ZoomIn),
    ActionSpec(A.VIEW_ZOOM_OUT, "Zoom O&ut", SK.ZoomOut),
    ActionSpec(A.VIEW_ZOOM_RESET, "&Reset Zoom", "Ctrl+0"),
    ActionSpec(A.VIEW_FOCUS_MODE, "&Focus Mode", "Ctrl+Shift+F",
               "Dim everything but the paragraph being written", checkable=True),
    ActionSpec(A.VIEW_TYPEWRITER, "&Typewriter Scrolling", "Ctrl+Shift+T",
               "Keep the line being written at the middle of the editor", checkable=True),
    ActionSpec(A.VIEW_FULL_SCREEN, "&Distraction-Free Full Screen", (SK.FullScreen, "F11"),
               "Only the editor, full screen; Esc leaves", checkable=True),
    ActionSpec(A.INSERT_IMAGE, "&Image…", "Ctrl+Shift+I",
               "Copy an image into the project and link it"),
    ActionSpec(A.INSERT_SECTION, "&Section", "Ctrl+Shift+N", "Add a section after the current one"),
    ActionSpec(A.INSERT_FOOTNOTE, "&Footnote", "Ctrl+Alt+F"),
    ActionSpec(A.INSERT_TABLE, "&Table", None),
    ActionSpec(A.PROJECT_PROPERTIES, "&Properties…", None, "Edit the article's metadata"),
    ActionSpec(A.PROJECT_GOALS, "&Goals…", None,
               "Set the article's word goal and deadline, and the session's goal"),
    ActionSpec(A.PROJECT_CHECK, "&Check Project", "F7",
               "Look for broken images and invalid fields"),
    ActionSpec(A.PROJECT_CHECK_LINKS, "Check &Links", None,
               "Check every link of the article, the related news and the canonical URL"),
    ActionSpec(A.PROJECT_OPEN_FOLDER, "Show Project &Folder", None),
    ActionSpec(A.PROJECT_NAME_VERSION, "&Name This Version…", None,
               "Save and give this version a name, like “Sent to editor”"),
    ActionSpec(A.PROJECT_SYNC, "S&ync", None,
               "Send and bring in versions through a git repository: the same project on "
               "every machine"),
    ActionSpec(A.PROJECT_RESTORE_BACKUP, "Restore &Backup…", None,
               "Bring back the whole project from a zip backup (to compare versions or "
               "restore one section, use View → History)"),
    ActionSpec(A.PROJECT_BACKUP_PREFERENCES, "Backup P&references…", None,
               "How often backups are made and how many are kept"),
    ActionSpec(A.HELP_SHORTCUTS, "&Keyboard Shortcuts", "Ctrl+/",
               "Every command with its keyboard shortcuts"),
    ActionSpec(A.HELP_ABOUT, "&About Retro Editor", None),
)

#: the editor's own actions (built by ``ui.editor.actions`` with editor-scoped shortcuts)
EDITOR_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(A.FORMAT_BOLD, "&Bold", SK.Bold),
    ActionSpec(A.FORMAT_ITALIC, "&Italic", SK.Italic),
    ActionSpec(A.FORMAT_CODE, "Inline &Code", "Ctrl+E"),
    ActionSpec(A.FORMAT_STRIKETHROUGH, "&Strikethrough", "Ctrl+Shift+X"),
    ActionSpec(A.INSERT_LINK, "Insert &Link", "Ctrl+K"),
    ActionSpec(A.FORMAT_BODY_TEXT, "Body &Text", None),
    ActionSpec(A.FORMAT_HEADING_1, "Heading &1", "Ctrl+1"),
    ActionSpec(A.FORMAT_HEADING_2, "Heading &2", "Ctrl+2"),
    ActionSpec(A.FORMAT_HEADING_3, "Heading &3", "Ctrl+3"),
    ActionSpec(A.FORMAT_HEADING_4, "Heading &4", "Ctrl+4"),
    ActionSpec(A.FORMAT_HEADING_5, "Heading &5", "Ctrl+5"),
    ActionSpec(A.FORMAT_HEADING_6, "Heading &6", "Ctrl+6"),
)

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", (A.FILE_NEW, A.FILE_OPEN, "@recent", SEPARATOR, A.FILE_SAVE, A.FILE_SAVE_AS,
               SEPARATOR, A.FILE_EXPORT, SEPARATOR, A.FILE_CLOSE, A.FILE_QUIT)),
    ("&Edit", (A.EDIT_UNDO, A.EDIT_REDO, SEPARATOR, A.EDIT_CUT, A.EDIT_COPY, A.EDIT_PASTE,
               A.EDIT_SELECT_ALL, SEPARATOR, A.EDIT_FIND, A.EDIT_FIND_NEXT,
               A.EDIT_FIND_PREVIOUS, A.EDIT_REPLACE, SEPARATOR, A.EDIT_PREFERENCES)),
    ("&View", (A.VIEW_OUTLINE, A.VIEW_PREVIEW, A.VIEW_SIDE_PANEL, A.VIEW_HISTORY, SEPARATOR,
               A.VIEW_ZOOM_IN,
               A.VIEW_ZOOM_OUT, A.VIEW_ZOOM_RESET, SEPARATOR, A.VIEW_FOCUS_MODE,
               A.VIEW_TYPEWRITER, A.VIEW_FULL_SCREEN)),
    ("&Insert", (A.INSERT_LINK, A.INSERT_IMAGE, A.INSERT_FOOTNOTE, A.INSERT_TABLE, SEPARATOR,
                 A.INSERT_SECTION)),
    ("F&ormat", (A.FORMAT_BOLD, A.FORMAT_ITALIC, A.FORMAT_CODE, A.FORMAT_STRIKETHROUGH,
                 A.FORMAT_BODY_TEXT, A.FORMAT_HEADING_1, A.FORMAT_HEADING_2, A.FORMAT_HEADING_3,
                 A.FORMAT_HEADING_4, A.FORMAT_HEADING_5, A.FORMAT_HEADING_6)),
    ("&Project", (A.PROJECT_PROPERTIES, A.PROJECT_GOALS, A.PROJECT_CHECK, A.PROJECT_CHECK_LINKS,
                  A.PROJECT_OPEN_FOLDER, SEPARATOR, A.PROJECT_NAME_VERSION, A.PROJECT_SYNC,
                  A.PROJECT_RESTORE_BACKUP, A.PROJECT_BACKUP_PREFERENCES)),
    ("&Help", (A.HELP_SHORTCUTS, SEPARATOR, A.HELP_ABOUT)),
)

TOOLBAR: tuple[str, ...] = (A.FILE_NEW, A.FILE_OPEN, A.FILE_SAVE, SEPARATOR, A.EDIT_UNDO,
                            A.EDIT_REDO, SEPARATOR, A.FORMAT_BOLD, A.FORMAT_ITALIC,
                            A.INSERT_LINK, A.INSERT_IMAGE, SEPARATOR, A.FILE_EXPORT)

del A


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    """The key sequences of a declared shortcut on this platform: every binding of a standard
    key, then the explicit fallbacks not already among them; never an empty sequence."""
    if shortcut is None:
        return []
    keys = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    found: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(key)
        else:
            candidates = [QKeySequence(key)]
        found.extend(c for c in candidates if not c.isEmpty() and c not in found)
    return found


def create_action(spec: ActionSpec, parent: QObject) -> QAction:
    """One declared action (objectName = its id), its text translated, with its shortcuts."""
    action = QAction(_tr(spec.text), parent)
    action.setObjectName(spec.id)
    action.setShortcuts(key_sequences(spec.shortcut))
    if spec.tip:
        action.setStatusTip(_tr(spec.tip))
        action.setToolTip(_tr(spec.tip))
    action.setCheckable(spec.checkable)
    if spec.menu_role is not None:
        action.setMenuRole(spec.menu_role)
    return action


def create_actions(parent: QObject,
                   specs: tuple[ActionSpec, ...] = ACTIONS) -> dict[ActionId, QAction]:
    return {spec.id: create_action(spec, parent) for spec in specs}


def connect_actions(actions: Mapping[ActionId, QAction],
                    handlers: Mapping[ActionId, Callable[..., object]]) -> None:
    for action_id, handler in handlers.items():
        action = actions[action_id]
        if action.isCheckable():
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())


def apply_enabled(actions: Mapping[ActionId, QAction], access: Access) -> None:
    """Enables exactly the actions ``enabled_actions(access)`` allows."""
    enabled = enabled_actions(access)
    for action_id, action in actions.items():
        action.setEnabled(action_id in enabled)


def build_menus(menubar: QMenuBar, actions: Mapping[ActionId, QAction],
                submenus: Mapping[str, QMenu]) -> dict[str, QMenu]:
    """Fills the menu bar; ``@name`` items insert a ready-made submenu (Open Recent)."""
    built = {}
    for title, items in MENUS:
        menu = menubar.addMenu(_tr(title))
        for item in items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif item.startswith("@"):
                menu.addMenu(submenus[item[1:]])
            else:
                menu.addAction(actions[ActionId(item)])
        built[title] = menu
    return built


def build_toolbar(toolbar: QToolBar, actions: Mapping[ActionId, QAction]) -> None:
    for item in TOOLBAR:
        if item == SEPARATOR:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[ActionId(item)])
