"""The writer's choices when another program changed the project's files:
while editing (keep mine / take theirs / see both) and before a save would overwrite them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from retro_editor.core.json_input import MAX_MANIFEST_BYTES
from retro_editor.core.manifest import dump_manifest
from retro_editor.core.project import text_for_comparison
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.safety.diff_view import Comparison, show_diff
from retro_editor.ui.translate import translator

tr = translator("ConflictDialog")


class ConflictChoice(Enum):
    KEEP_MINE = "keep"
    TAKE_THEIRS = "take"


class OverwriteChoice(Enum):
    OVERWRITE = "overwrite"
    RELOAD = "reload"
    SAVE_AS = "save-as"
    CANCEL = "cancel"


def compare_with_disk(document: ProjectDocument, paths: list[Path]) -> list[Comparison]:
    """The editor's version of each changed file beside the version on disk."""
    project = document.project
    found = []
    for path in paths:
        if path == project.article_path:
            found.append(Comparison(path.name, document.text(), text_for_comparison(path)))
        elif path == project.manifest_path:
            mine = dump_manifest(document.manifest).decode("utf-8")
            found.append(Comparison(path.name, mine,
                                    text_for_comparison(path, MAX_MANIFEST_BYTES)))
    return found


def _names(paths: list[Path]) -> str:
    return ", ".join(f"“{p.name}”" for p in paths)


Answer = TypeVar("Answer")


def _ask(box: QMessageBox, buttons: Mapping[QAbstractButton, Answer],
         see_both: QAbstractButton | None, comparisons: Callable[[], list[Comparison]],
         parent: QWidget | None) -> Answer | None:
    """Runs ``box`` until a final answer; "See Both" shows the versions and asks again."""
    while True:
        box.exec()
        clicked = box.clickedButton()
        if see_both is not None and clicked is see_both:
            show_diff(parent, comparisons(), tr("yours"), tr("on disk"),
                      tr("Your version and the version on disk"))
            continue
        return buttons.get(clicked)


def _button(box: QMessageBox, text: str, role: QMessageBox.ButtonRole,
            name: str) -> QPushButton:
    button = box.addButton(text, role)
    button.setObjectName(name)
    return button


def ask_conflict(parent: QWidget | None, changed: list[Path],
                 comparisons: Callable[[], list[Comparison]]) -> ConflictChoice:
    """Another program changed files that the writer has unsaved edits for."""
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Changed by another program"))
    box.setText(tr("{files} changed on disk while you have unsaved changes.").format(
        files=_names(changed)))
    box.setInformativeText(tr("Keep yours (saving will replace the version on disk), take theirs "
                              "(your unsaved changes are dropped), or see both first."))
    keep = _button(box, tr("&Keep Mine"), QMessageBox.ButtonRole.RejectRole, "keepMineButton")
    take = _button(box, tr("&Take Theirs"), QMessageBox.ButtonRole.DestructiveRole,
                   "takeTheirsButton")
    see = _button(box, tr("&See Both…"), QMessageBox.ButtonRole.ActionRole, "seeBothButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    answer = _ask(box, {keep: ConflictChoice.KEEP_MINE, take: ConflictChoice.TAKE_THEIRS}, see,
                  comparisons, parent)
    return answer or ConflictChoice.KEEP_MINE


def ask_before_overwrite(parent: QWidget | None, changed: list[Path],
                         comparisons: Callable[[], list[Comparison]]) -> OverwriteChoice:
    """A save would replace (or recreate) files another program changed or removed."""
    box = QMessageBox(parent)
    box.setObjectName("overwriteBox")
    box.setIcon(QMessageBox.Icon.Warning)
    missing = [p for p in changed if not p.exists()]
    buttons: dict[QAbstractButton, OverwriteChoice] = {}
    if missing:
        box.setWindowTitle(tr("Files are missing"))
        folder = missing[0].parent
        if not folder.exists():
            box.setText(tr("The project folder “{folder}” is gone: it was moved, renamed or "
                           "deleted since it was opened.").format(folder=folder))
        else:
            box.setText(tr("{files} was deleted or moved since it was opened.").format(
                files=_names(missing)))
        box.setInformativeText(tr("Save here to write the project again at its old place, or "
                                  "save a copy somewhere else."))
        save = _button(box, tr("Save &Here"), QMessageBox.ButtonRole.AcceptRole, "overwriteButton")
        buttons[save] = OverwriteChoice.OVERWRITE
        see = None
    else:
        box.setWindowTitle(tr("Changed by another program"))
        box.setText(tr("{files} changed on disk since you opened or last saved it.").format(
            files=_names(changed)))
        box.setInformativeText(tr("Saving now replaces the other program's version with yours."))
        save = _button(box, tr("&Overwrite"), QMessageBox.ButtonRole.AcceptRole, "overwriteButton")
        buttons[save] = OverwriteChoice.OVERWRITE
        reload = _button(box, tr("&Reload Theirs"), QMessageBox.ButtonRole.DestructiveRole,
                         "reloadButton")
        buttons[reload] = OverwriteChoice.RELOAD
        see = _button(box, tr("&See Both…"), QMessageBox.ButtonRole.ActionRole, "seeBothButton")
    save_as = _button(box, tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole, "saveAsButton")
    buttons[save_as] = OverwriteChoice.SAVE_AS
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    answer = _ask(box, buttons, see, comparisons, parent)
    return answer or OverwriteChoice.CANCEL
