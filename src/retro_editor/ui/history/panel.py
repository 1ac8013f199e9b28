"""The History panel: the project's versions by time, a compare of two of them (or one and
the open text), and restoring a section, a detail or the whole article from the older side.

Listing reads commit messages only (a few milliseconds); comparing runs off the GUI thread.
Restoring edits the open document (one undo step for text) and writes nothing to disk.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.errors import ProjectError
from retro_editor.core.history_compare import (
    Comparison,
    FieldChange,
    SectionChange,
    SectionStatus,
    article_text,
    compare_files,
)
from retro_editor.core.history_message import Version
from retro_editor.core.history_restore import (
    Replacement,
    restored_manifest,
    section_replacement,
    whole_replacement,
)
from retro_editor.core.history_sections import section_span
from retro_editor.core.history_store import HistoryStore
from retro_editor.core.manifest import dump_manifest
from retro_editor.ui.history.compare_view import CompareView
from retro_editor.ui.history.restore import apply_manifest_part, apply_replacement, detail_part
from retro_editor.ui.tasks import TaskRunner
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument
    from retro_editor.ui.prompts import Prompts

tr = translator("History")
_ROLE = Qt.ItemDataRole.UserRole
#: the list's first row: the open text, unsaved changes included
CURRENT = "current"
#: the newest versions listed (older ones stay in the history, for git and the command line)
MAX_LISTED = 500


@dataclass(frozen=True)
class _Sides:
    """What is compared: files of the older (left) and newer (right) side, and labels."""

    old_files: dict[str, bytes]
    new_files: dict[str, bytes]
    new_is_current: bool


def _when(version: Version) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(version.time))


class HistoryPanel(QWidget):
    #: a one-line message for the status bar
    notice = Signal(str)

    def __init__(self, prompts: Prompts, parent: QWidget | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.document: ProjectDocument | None = None
        self.read_only = False
        self._tasks = tasks or TaskRunner(self, name="history-compare", threads=1)
        self._asked = 0
        self._stale = True
        self._sides: _Sides | None = None
        self.versions = QTreeWidget(self)
        self.versions.setObjectName("historyVersions")
        self.versions.setAccessibleName(tr("Versions"))
        self.versions.setHeaderLabels([tr("When"), tr("Name"), tr("Words"), tr("±"),
                                       tr("Summary")])
        self.versions.setRootIsDecorated(False)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.versions.itemSelectionChanged.connect(self._selection_changed)
        self.compare = CompareView(self)
        self.compare.chosen.connect(lambda _change: self._update_buttons())
        self.restore_change = QPushButton(tr("Restore This"), self)
        self.restore_change.setObjectName("historyRestoreChange")
        self.restore_change.clicked.connect(self.restore_current_change)
        self.restore_whole = QPushButton(tr("Restore Whole Article"), self)
        self.restore_whole.setObjectName("historyRestoreWhole")
        self.restore_whole.clicked.connect(self.restore_whole_article)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_change)
        buttons.addWidget(self.restore_whole)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.versions)
        split.addWidget(self.compare)
        split.setSizes([160, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- the list ------------------------------------------------------------------------
    def set_document(self, document: ProjectDocument | None, read_only: bool = False) -> None:
        self.document = document
        self.read_only = read_only
        self.refresh()

    def _store(self) -> HistoryStore | None:
        if self.document is None:
            return None
        return HistoryStore.open(self.document.project.folder, create=False)

    def refresh(self) -> None:
        """Lists the versions again (after a save recorded one, or a name was given), keeping
        what was selected and comparing it again; when hidden, once it is shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        kept = {self._key(value) for value in self._selected()}
        self.versions.blockSignals(True)
        try:
            self._fill()
            for row in range(self.versions.topLevelItemCount()):
                item = self.versions.topLevelItem(row)
                if item is not None:
                    item.setSelected(self._key(item.data(0, _ROLE)) in kept)
        finally:
            self.versions.blockSignals(False)
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @staticmethod
    def _key(value: Version | str) -> str:
        return value.id if isinstance(value, Version) else value

    def _fill(self) -> None:
        self.versions.clear()
        if self.document is None:
            return
        now = QTreeWidgetItem([tr("Now"), tr("the open text"), "", "", ""])
        now.setData(0, _ROLE, CURRENT)
        self.versions.addTopLevelItem(now)
        try:
            store = self._store()
            listed = store.versions(limit=MAX_LISTED) if store is not None else []
            if store is not None:
                store.close()
        except ProjectError as exc:
            self.notice.emit(tr("The history cannot be read: {error}").format(error=str(exc)))
            listed = []
        for version in listed:
            item = QTreeWidgetItem([_when(version), version.label, str(version.words),
                                    f"{version.change:+d}", version.summary])
            item.setData(0, _ROLE, version)
            item.setToolTip(4, f"{version.short_id} · {version.kind.value}")
            self.versions.addTopLevelItem(item)
        for column in range(4):
            self.versions.resizeColumnToContents(column)

    def select_versions(self, *rows: int) -> None:
        """Selects rows of the list (0 is the open text), as clicking with Ctrl would."""
        self.versions.clearSelection()
        for row in rows:
            item = self.versions.topLevelItem(row)
            if item is not None:
                item.setSelected(True)

    # --- comparing -----------------------------------------------------------------------
    def _selected(self) -> list[Version | str]:
        items = sorted(self.versions.selectedItems(), key=self.versions.indexOfTopLevelItem)
        return [item.data(0, _ROLE) for item in items][:2]

    def _open_files(self) -> dict[str, bytes]:
        """The article and manifest as open in the window (unsaved changes included); the
        other files are read from disk when compared."""
        document = self.document
        assert document is not None
        project = document.project
        return {"article.md": document.text().encode("utf-8"),
                project.manifest_name: dump_manifest(document.manifest, project.manifest_path)}

    def _selection_changed(self) -> None:
        chosen = self._selected()
        versions = [v for v in chosen if isinstance(v, Version)]
        self._sides = None
        self._update_buttons()
        if self.document is None or not versions:
            self.compare.show_comparison(None, "", "")
            return
        older = versions[-1]
        newer = versions[0] if len(versions) == 2 else None
        current = self._open_files() if newer is None else None
        folder = self.document.project.folder
        self._asked += 1
        asked = self._asked
        labels = (tr("{when} {name}").format(when=_when(older), name=older.label).strip(),
                  tr("Now (the open text)") if newer is None
                  else tr("{when} {name}").format(when=_when(newer), name=newer.label).strip())

        def work() -> tuple[_Sides, Comparison]:
            store = HistoryStore.open(folder, create=False)
            if store is None:
                raise ProjectError(folder, "has no history")
            try:
                old_files = store.files_at(older.id)
                if current is not None:
                    new_files = {name: data for name, data in store.current_files().items()
                                 if name != "article.md" and not name.endswith(".retro")}
                    new_files.update(current)
                else:
                    assert newer is not None
                    new_files = store.files_at(newer.id)
            finally:
                store.close()
            return _Sides(old_files, new_files, current is not None), compare_files(old_files,
                                                                                    new_files)

        def done(result: tuple[_Sides, Comparison]) -> None:
            if asked == self._asked:
                self._sides = result[0]
                self.compare.show_comparison(result[1], *labels)
                self._update_buttons()

        self._tasks.submit(work, on_done=done, on_error=self._failed, queue="compare")

    def wait_for_compare(self, timeout: float = 10.0) -> bool:
        return self._tasks.wait(timeout, queue="compare")

    def _failed(self, error: BaseException) -> None:
        self.notice.emit(tr("The versions cannot be compared: {error}").format(error=str(error)))

    # --- restoring -----------------------------------------------------------------------
    def _can_restore(self) -> bool:
        return self.document is not None and not self.read_only and self._sides is not None

    def _update_buttons(self) -> None:
        change = self.compare.current_change()
        restorable = isinstance(change, SectionChange) or (
            isinstance(change, FieldChange) and detail_part(change.field) is not None)
        self.restore_change.setEnabled(self._can_restore() and restorable)
        self.restore_whole.setEnabled(self._can_restore())
        if isinstance(change, FieldChange):
            self.restore_change.setText(tr("Restore This Detail"))
        else:
            self.restore_change.setText(tr("Restore This Section"))

    def restore_current_change(self) -> bool:
        """Brings the chosen section or detail of the older side into the open document."""
        change = self.compare.current_change()
        if not self._can_restore() or change is None:
            return False
        assert self.document is not None and self._sides is not None
        try:
            if isinstance(change, FieldChange):
                return self._restore_detail(change)
            return self._restore_section(change)
        except ProjectError as exc:
            self.prompts.show_error(tr("Nothing was restored"), str(exc))
            return False

    def _restore_section(self, change: SectionChange) -> bool:
        assert self.document is not None and self._sides is not None
        current = self.document.text()
        old_text = article_text(self._sides.old_files)
        if change.status is SectionStatus.ADDED:
            span = section_span(current, change.anchor)  # the older side had none: remove it
            if span is None:
                return False
            edit = Replacement(span[0], span[1], "")
        else:
            edit = section_replacement(current, old_text, change.anchor)
        done = apply_replacement(self.document, edit)
        if done:
            self.notice.emit(tr("Restored the section “{title}”; Undo takes it back.")
                             .format(title=change.title or tr("before the first heading")))
        return done

    def _restore_detail(self, change: FieldChange) -> bool:
        assert self.document is not None and self._sides is not None
        part = detail_part(change.field)
        if part is None:
            return False
        restored = restored_manifest(self.document.manifest, self._sides.old_files, change.field)
        apply_manifest_part(self.document, restored, part)
        self.notice.emit(tr("Restored the detail {field}.").format(field=change.field))
        return True

    def restore_whole_article(self) -> bool:
        """Makes the open text the older side's article (one undo step)."""
        if not self._can_restore():
            return False
        assert self.document is not None and self._sides is not None
        edit = whole_replacement(self.document.text(), self._sides.old_files)
        done = apply_replacement(self.document, edit)
        if done:
            self.notice.emit(tr("Restored the whole article; Undo takes it back."))
        return done
