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

from retro_editor.core.translatable import N_
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
    ActionSpec(A.FILE_NEW, N_("&New Project…"), SK.New, N_("Create a new article project"),
               icon_theme="document-new"),
    ActionSpec(A.FILE_OPEN, N_("&Open…"), SK.Open, N_("Open a project folder, .retro file or .md file"),
               icon_theme="document-open"),
    ActionSpec(A.FILE_SAVE, N_("&Save"), SK.Save, N_("Save the project"), icon_theme="document-save"),
    ActionSpec(A.FILE_SAVE_AS, N_("Save &As…"), (SK.SaveAs, "Ctrl+Shift+S"),
               N_("Save a copy of the project in a new folder")),
    ActionSpec(A.FILE_EXPORT, N_("&Export…"), "Ctrl+Shift+E", N_("Export the article"),
               icon_theme="document-export"),
    ActionSpec(A.FILE_CLOSE, N_("&Close Project"), (SK.Close, "Ctrl+W")),
    ActionSpec(A.FILE_QUIT, N_("&Quit"), (SK.Quit, "Ctrl+Q")),
    ActionSpec(A.EDIT_UNDO, N_("&Undo"), SK.Undo, icon_theme="edit-undo"),
    ActionSpec(A.EDIT_REDO, N_("&Redo"), SK.Redo, icon_theme="edit-redo"),
    ActionSpec(A.EDIT_CUT, N_("Cu&t"), SK.Cut),
    ActionSpec(A.EDIT_COPY, N_("&Copy"), SK.Copy),
    ActionSpec(A.EDIT_PASTE, N_("&Paste"), SK.Paste,
               N_("Paste; a web page or word-processor text comes in as Markdown")),
    ActionSpec(A.EDIT_PASTE_PLAIN, N_("Paste as Plain Te&xt"), "Ctrl+Shift+V",
               N_("Paste only the text, without headings, emphasis or links")),
    ActionSpec(A.EDIT_DOWNLOAD_IMAGES, N_("Download &Web Images"), None,
               N_("Copy the images the article links on the web into assets/ and link the "
                  "copies")),
    ActionSpec(A.EDIT_SELECT_ALL, N_("Select &All"), SK.SelectAll),
    ActionSpec(A.EDIT_FIND, N_("&Find…"), SK.Find, icon_theme="edit-find"),
    ActionSpec(A.EDIT_REPLACE, N_("Find and Rep&lace…"), (SK.Replace, "Ctrl+H")),
    ActionSpec(A.EDIT_PREFERENCES, N_("Pr&eferences…"), (SK.Preferences, "Ctrl+,"),
               N_("Editor, appearance, interface language, spelling, saving and backups"),
               menu_role=QAction.MenuRole.PreferencesRole),
    ActionSpec(A.VIEW_OUTLINE, N_("&Outline"), "Ctrl+Shift+1", checkable=True),
    ActionSpec(A.VIEW_PREVIEW, N_("&Preview"), "Ctrl+Shift+2", checkable=True),
    ActionSpec(A.VIEW_SIDE_PANEL, N_("&Side Panel"), "Ctrl+Shift+3", checkable=True),
    ActionSpec(A.VIEW_HISTORY, N_("&History"), "Ctrl+Shift+4",
               N_("The project's versions: compare them and restore a section"), checkable=True),
    ActionSpec(A.VIEW_ZOOM_IN, N_("Zoom &In"), SK.ZoomIn),
    ActionSpec(A.VIEW_ZOOM_OUT, N_("Zoom O&ut"), SK.ZoomOut),
    ActionSpec(A.VIEW_ZOOM_RESET, N_("&Reset Zoom"), "Ctrl+0"),
    ActionSpec(A.VIEW_FOCUS_MODE, N_("&Focus Mode"), "Ctrl+Shift+F",
               N_("Dim everything but the paragraph being written"), checkable=True),
    ActionSpec(A.VIEW_TYPEWRITER, N_("&Typewriter Scrolling"), "Ctrl+Shift+T",
               N_("Keep the line being written at the middle of the editor"), checkable=True),
    ActionSpec(A.VIEW_FULL_SCREEN, N_("&Distraction-Free Full Screen"), (SK.FullScreen, "F11"),
               N_("Only the editor, full screen; Esc leaves"), checkable=True),
    ActionSpec(A.INSERT_IMAGE, N_("&Image…"), "Ctrl+Shift+I",
               N_("Copy an image into the project and link it")),
    ActionSpec(A.INSERT_SECTION, N_("&Section"), "Ctrl+Shift+N", N_("Add a section after the current one")),
    ActionSpec(A.INSERT_FOOTNOTE, N_("&Footnote"), "Ctrl+Alt+F"),
    ActionSpec(A.INSERT_TABLE, N_("&Table"), None),
    ActionSpec(A.PROJECT_PROPERTIES, N_("&Properties…"), None, N_("Edit the article's metadata")),
    ActionSpec(A.PROJECT_GOALS, N_("&Goals…"), None,
               N_("Set the article's word goal and deadline, and the session's goal")),
    ActionSpec(A.PROJECT_CHECK, N_("&Check Project"), "F7",
               N_("Look for broken images and invalid fields")),
    ActionSpec(A.PROJECT_CHECK_LINKS, N_("Check &Links"), None,
               N_("Check every link of the article, the related news and the canonical URL")),
    ActionSpec(A.PROJECT_OPEN_FOLDER, N_("Show Project &Folder"), None),
    ActionSpec(A.PROJECT_NAME_VERSION, N_("&Name This Version…"), None,
               N_("Save and give this version a name, like “Sent to editor”")),
    ActionSpec(A.PROJECT_SYNC, N_("S&ync"), None,
               N_("Send and bring in versions through a git repository: the same project on "
                  "every machine")),
    ActionSpec(A.PROJECT_RESTORE_BACKUP, N_("Restore &Backup…"), None,
               N_("Bring back the whole project from a zip backup (to compare versions or "
                  "restore one section, use View → History)")),
    ActionSpec(A.PROJECT_BACKUP_PREFERENCES, N_("Backup P&references…"), None,
               N_("How often backups are made and how many are kept")),
    ActionSpec(A.HELP_USER_GUIDE, N_("&User Guide"), (SK.HelpContents, "F1"),
               N_("How Retro Editor works, page by page")),
    ActionSpec(A.HELP_MARKDOWN, N_("&Markdown Cheat Sheet"), None,
               N_("The Markdown the editor understands, with what each piece becomes")),
    ActionSpec(A.HELP_SHORTCUTS, N_("&Keyboard Shortcuts"), "Ctrl+/",
               N_("Every command with its keyboard shortcuts")),
    ActionSpec(A.HELP_ABOUT, N_("&About Retro Editor"), None),
)

#: the editor's own actions (built by ``ui.editor.actions`` with editor-scoped shortcuts)
EDITOR_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(A.FORMAT_BOLD, N_("&Bold"), SK.Bold),
    ActionSpec(A.FORMAT_ITALIC, N_("&Italic"), SK.Italic),
    ActionSpec(A.FORMAT_CODE, N_("Inline &Code"), "Ctrl+E"),
    ActionSpec(A.FORMAT_STRIKETHROUGH, N_("&Strikethrough"), "Ctrl+Shift+X"),
    ActionSpec(A.INSERT_LINK, N_("Insert &Link"), "Ctrl+K"),
    ActionSpec(A.FORMAT_BODY_TEXT, N_("Body &Text"), None),
    ActionSpec(A.FORMAT_HEADING_1, N_("Heading &1"), "Ctrl+1"),
    ActionSpec(A.FORMAT_HEADING_2, N_("Heading &2"), "Ctrl+2"),
    ActionSpec(A.FORMAT_HEADING_3, N_("Heading &3"), "Ctrl+3"),
    ActionSpec(A.FORMAT_HEADING_4, N_("Heading &4"), "Ctrl+4"),
    ActionSpec(A.FORMAT_HEADING_5, N_("Heading &5"), "Ctrl+5"),
    ActionSpec(A.FORMAT_HEADING_6, N_("Heading &6"), "Ctrl+6"),
)

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (N_("&File"), (A.FILE_NEW, A.FILE_OPEN, "@recent", SEPARATOR, A.FILE_SAVE, A.FILE_SAVE_AS,
               SEPARATOR, A.FILE_EXPORT, SEPARATOR, A.FILE_CLOSE, A.FILE_QUIT)),
    (N_("&Edit"), (A.EDIT_UNDO, A.EDIT_REDO, SEPARATOR, A.EDIT_CUT, A.EDIT_COPY, A.EDIT_PASTE,
               A.EDIT_PASTE_PLAIN, A.EDIT_DOWNLOAD_IMAGES,
               A.EDIT_SELECT_ALL, SEPARATOR, A.EDIT_FIND, A.EDIT_FIND_NEXT,
               A.EDIT_FIND_PREVIOUS, A.EDIT_REPLACE, SEPARATOR, A.EDIT_PREFERENCES)),
    (N_("&View"), (A.VIEW_OUTLINE, A.VIEW_PREVIEW, A.VIEW_SIDE_PANEL, A.VIEW_HISTORY, SEPARATOR,
               A.VIEW_ZOOM_IN,
               A.VIEW_ZOOM_OUT, A.VIEW_ZOOM_RESET, SEPARATOR, A.VIEW_FOCUS_MODE,
               A.VIEW_TYPEWRITER, A.VIEW_FULL_SCREEN)),
    (N_("&Insert"), (A.INSERT_LINK, A.INSERT_IMAGE, A.INSERT_FOOTNOTE, A.INSERT_TABLE, SEPARATOR,
                 A.INSERT_SECTION)),
    (N_("F&ormat"), (A.FORMAT_BOLD, A.FORMAT_ITALIC, A.FORMAT_CODE, A.FORMAT_STRIKETHROUGH,
                 A.FORMAT_BODY_TEXT, A.FORMAT_HEADING_1, A.FORMAT_HEADING_2, A.FORMAT_HEADING_3,
                 A.FORMAT_HEADING_4, A.FORMAT_HEADING_5, A.FORMAT_HEADING_6)),
    (N_("&Project"), (A.PROJECT_PROPERTIES, A.PROJECT_GOALS, A.PROJECT_CHECK,
                      A.PROJECT_CHECK_LINKS, A.PROJECT_OPEN_FOLDER, SEPARATOR,
                      A.PROJECT_NAME_VERSION, A.PROJECT_SYNC,
                  A.PROJECT_RESTORE_BACKUP, A.PROJECT_BACKUP_PREFERENCES)),
    (N_("&Help"), (A.HELP_USER_GUIDE, A.HELP_MARKDOWN, A.HELP_SHORTCUTS, SEPARATOR,
                   A.HELP_ABOUT)),
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
