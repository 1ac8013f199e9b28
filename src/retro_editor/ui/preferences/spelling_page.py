"""Preferences → Spelling: the open project's spell-check languages, ticked from the
dictionaries installed (a language the project names without a dictionary stays listed,
ticked, so nothing the writer chose is dropped)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from retro_editor.core.spelling import installed_dictionaries
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.translate import translator

tr = translator("Preferences")


class SpellingPage(QWidget):
    def __init__(self, document: ProjectDocument | None, writable: bool,
                 parent: QWidget | None = None,
                 dictionaries: Callable[[], list[str]] = installed_dictionaries) -> None:
        super().__init__(parent)
        self.setObjectName("spellingPage")
        self._document = document
        note = QLabel(self)
        note.setWordWrap(True)
        self.languages = QListWidget(self)
        self.languages.setObjectName("spellingLanguages")
        self.languages.setAccessibleName(tr("Spell-check languages"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.languages, 1)
        if document is None:
            note.setText(tr("Open a project to choose the languages its spell check uses."))
            self.languages.setEnabled(False)
            return
        chosen = list(document.manifest.spelling.languages)
        installed = dictionaries()
        note.setText(tr("The languages this project is checked in; a word is correct if any "
                        "of them knows it. None ticked: the article's language ({language}).")
                     .format(language=document.manifest.article.language or "en")
                     if installed else
                     tr("No spelling dictionaries are installed (Hunspell dictionaries through "
                        "Enchant); the user guide says how to add them."))
        for tag in [*installed, *(t for t in chosen if t not in installed)]:
            label = tag if tag in installed else tr("{language} (not installed)").format(
                language=tag)
            item = QListWidgetItem(label, self.languages)
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag in chosen else Qt.CheckState.Unchecked)
        self.languages.setEnabled(writable)
        self.languages.itemChanged.connect(self._store)

    def checked(self) -> list[str]:
        items = (self.languages.item(row) for row in range(self.languages.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _store(self) -> None:
        if self._document is not None:
            chosen = self._document.manifest.spelling.languages
            ticked = self.checked()
            # the order the writer gave stays; newly ticked languages follow
            self._document.set_spelling_languages(
                [t for t in chosen if t in ticked] + [t for t in ticked if t not in chosen])
