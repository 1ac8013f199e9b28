"""Every action of the window by id, and the one rule that decides which of them are enabled.

No Qt here on purpose: the declarations in ``ui.actions``, the handlers, the menus and
toolbar, the editor's Format actions, the find bar's and the outline's actions are all keyed
by :class:`ActionId`, and :func:`enabled_actions` is the only place that says what may be
done with no project, with a writable one and with a read-only one (a project another
Retro Editor holds). An action not listed as harmless is treated as one that edits, so a new
action is off in read-only mode until someone decides otherwise.
"""

from __future__ import annotations

from enum import Enum, StrEnum


class ActionId(StrEnum):
    FILE_NEW = "file.new"
    FILE_OPEN = "file.open"
    FILE_SAVE = "file.save"
    FILE_SAVE_AS = "file.save_as"
    FILE_EXPORT = "file.export"
    FILE_CLOSE = "file.close"
    FILE_QUIT = "file.quit"
    EDIT_UNDO = "edit.undo"
    EDIT_REDO = "edit.redo"
    EDIT_CUT = "edit.cut"
    EDIT_COPY = "edit.copy"
    EDIT_PASTE = "edit.paste"
    EDIT_PASTE_PLAIN = "edit.paste_plain"
    EDIT_DOWNLOAD_IMAGES = "edit.download_images"
    EDIT_SELECT_ALL = "edit.select_all"
    EDIT_FIND = "edit.find"
    EDIT_FIND_NEXT = "edit.find_next"
    EDIT_FIND_PREVIOUS = "edit.find_previous"
    EDIT_REPLACE = "edit.replace"
    EDIT_PREFERENCES = "edit.preferences"
    VIEW_OUTLINE = "view.outline"
    VIEW_PREVIEW = "view.preview"
    VIEW_SIDE_PANEL = "view.side_panel"
    VIEW_HISTORY = "view.history"
    VIEW_ZOOM_IN = "view.zoom_in"
    VIEW_ZOOM_OUT = "view.zoom_out"
    VIEW_ZOOM_RESET = "view.zoom_reset"
    VIEW_FOCUS_MODE = "view.focus_mode"
    VIEW_TYPEWRITER = "view.typewriter_scrolling"
    VIEW_FULL_SCREEN = "view.full_screen"
    INSERT_LINK = "insert.link"
    INSERT_IMAGE = "insert.image"
    INSERT_FOOTNOTE = "insert.footnote"
    INSERT_TABLE = "insert.table"
    INSERT_SECTION = "insert.section"
    FORMAT_BOLD = "format.bold"
    FORMAT_ITALIC = "format.italic"
    FORMAT_CODE = "format.code"
    FORMAT_STRIKETHROUGH = "format.strikethrough"
    FORMAT_BODY_TEXT = "format.heading_0"
    FORMAT_HEADING_1 = "format.heading_1"
    FORMAT_HEADING_2 = "format.heading_2"
    FORMAT_HEADING_3 = "format.heading_3"
    FORMAT_HEADING_4 = "format.heading_4"
    FORMAT_HEADING_5 = "format.heading_5"
    FORMAT_HEADING_6 = "format.heading_6"
    PROJECT_PROPERTIES = "project.properties"
    PROJECT_CHECK = "project.check"
    PROJECT_GOALS = "project.goals"
    PROJECT_CHECK_LINKS = "project.check_links"
    PROJECT_OPEN_FOLDER = "project.open_folder"
    PROJECT_NAME_VERSION = "project.name_version"
    PROJECT_SYNC = "project.sync"
    PROJECT_RESTORE_BACKUP = "project.restore_backup"
    PROJECT_BACKUP_PREFERENCES = "project.backup_preferences"
    HELP_USER_GUIDE = "help.userGuide"
    HELP_MARKDOWN = "help.markdown"
    HELP_SHORTCUTS = "help.shortcuts"
    HELP_ABOUT = "help.about"
    OUTLINE_GO = "outline.go"
    OUTLINE_PROMOTE = "outline.promote"
    OUTLINE_DEMOTE = "outline.demote"
    OUTLINE_MOVE_UP = "outline.move_up"
    OUTLINE_MOVE_DOWN = "outline.move_down"
    OUTLINE_RENAME = "outline.rename"
    OUTLINE_ADD_SECTION = "outline.add_section"
    OUTLINE_ADD_SUBSECTION = "outline.add_subsection"
    OUTLINE_DELETE = "outline.delete"
    OUTLINE_STATUS = "outline.status"


def heading_action(level: int) -> ActionId:
    """The Format action setting heading ``level`` (0 = body text)."""
    return ActionId(f"format.heading_{level}")


class Access(Enum):
    """What the window may do with the open project."""

    NO_DOCUMENT = "none"
    READ_WRITE = "read-write"
    READ_ONLY = "read-only"

    @classmethod
    def of(cls, has_document: bool, read_only: bool) -> Access:
        if not has_document:
            return cls.NO_DOCUMENT
        return cls.READ_ONLY if read_only else cls.READ_WRITE


_A = ActionId

#: available with or without a project
WITHOUT_DOCUMENT = frozenset({
    _A.FILE_NEW, _A.FILE_OPEN, _A.FILE_QUIT, _A.VIEW_OUTLINE, _A.VIEW_PREVIEW,
    _A.VIEW_SIDE_PANEL, _A.VIEW_HISTORY, _A.VIEW_ZOOM_IN, _A.VIEW_ZOOM_OUT, _A.VIEW_ZOOM_RESET,
    _A.VIEW_FULL_SCREEN, _A.VIEW_FOCUS_MODE, _A.VIEW_TYPEWRITER, _A.EDIT_PREFERENCES,
    _A.PROJECT_BACKUP_PREFERENCES, _A.HELP_USER_GUIDE, _A.HELP_MARKDOWN, _A.HELP_SHORTCUTS,
    _A.HELP_ABOUT,
})

#: need a project but never change it: allowed when the project is read-only
READING = frozenset({
    _A.FILE_SAVE_AS, _A.FILE_EXPORT, _A.FILE_CLOSE, _A.EDIT_COPY, _A.EDIT_SELECT_ALL,
    _A.EDIT_FIND, _A.EDIT_FIND_NEXT, _A.EDIT_FIND_PREVIOUS, _A.PROJECT_PROPERTIES,
    _A.PROJECT_CHECK, _A.PROJECT_CHECK_LINKS, _A.PROJECT_OPEN_FOLDER, _A.OUTLINE_GO,
})

#: everything else changes the text, the manifest or the files in place
EDITING = frozenset(ActionId) - WITHOUT_DOCUMENT - READING


def enabled_actions(access: Access) -> frozenset[ActionId]:
    """The actions that are enabled for ``access``: the single rule for menus, toolbar,
    shortcuts and the outline's context menu."""
    if access is Access.NO_DOCUMENT:
        return WITHOUT_DOCUMENT
    if access is Access.READ_ONLY:
        return WITHOUT_DOCUMENT | READING
    return frozenset(ActionId)
