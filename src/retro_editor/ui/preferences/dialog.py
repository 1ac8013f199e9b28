"""Preferences: a list of topics beside the page of the chosen one; changes apply live.

Each page is declared as fields over settings of ``ui.settings``; the dialog emits
``changed(key)`` after every stored change so the window applies it at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.translatable import N_
from retro_editor.render.themes import available_themes
from retro_editor.ui import settings as keys
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.editor.editor import writing_font
from retro_editor.ui.preferences.fields import (
    ChoiceField,
    Field,
    FontField,
    NumberField,
    build_field,
)
from retro_editor.ui.preferences.spelling_page import SpellingPage
from retro_editor.ui.settings import Settings
from retro_editor.ui.translate import LANGUAGES, translator

tr = translator("Preferences")


@dataclass(frozen=True)
class Page:
    name: str
    title: str
    fields: tuple[Field, ...]


def _app_themes() -> list[tuple[str, str]]:
    labels = {"system": tr("Follow the system"), "light": tr("Light"), "dark": tr("Dark")}
    return [(name, labels[name]) for name in keys.APP_THEMES]


def _languages() -> list[tuple[str, str]]:
    return [("", tr("Follow the system")), *LANGUAGES.items()]


def _page_themes() -> list[tuple[str, str]]:
    known = {"light": tr("Light"), "dark": tr("Dark")}
    return [(name, known.get(name, name.replace("-", " ").capitalize()))
            for name in available_themes()]


PAGES: tuple[Page, ...] = (
    Page("editor", N_("Editor"), (
        FontField(keys.EDITOR_FONT_FAMILY, N_("&Font:"), "editorFontFamily",
                  lambda: writing_font().family()),
        NumberField(keys.EDITOR_FONT_SIZE, N_("Font &size:"), "editorFontSize", N_(" pt")),
        NumberField(keys.EDITOR_LINE_WIDTH, N_("&Line width:"), "editorLineWidth", N_(" characters")),
        NumberField(keys.EDITOR_LINE_SPACING, N_("Line spa&cing:"), "editorLineSpacing", " %"),
        NumberField(keys.EDITOR_MARGIN, N_("&Margins:"), "editorMargin", N_(" px")),
    )),
    Page("appearance", N_("Appearance"), (
        ChoiceField(keys.APP_THEME, N_("Application &theme:"), "appTheme", _app_themes),
        ChoiceField(keys.PAGE_THEME, N_("&Page theme of new projects:"), "pageTheme", _page_themes),
        ChoiceField(keys.INTERFACE_LANGUAGE, N_("Interface &language:"), "interfaceLanguage",
                    _languages, note=N_("A new language shows after Retro Editor restarts.")),
    )),
    Page("spelling", N_("Spelling"), ()),
    Page("backups", N_("Saving"), (
        NumberField(keys.AUTOSAVE_SECONDS, N_("&Save automatically after typing stops:"),
                    "autosaveSeconds", N_(" s"), zero_text=N_("never")),
        NumberField(keys.BACKUP_INTERVAL_MINUTES, N_("&Back up on save at most every:"),
                    "backupInterval", N_(" min"), zero_text=N_("every save")),
        NumberField(keys.BACKUP_KEEP, N_("&Keep the newest:"), "backupKeep"),
    )),
)


class PreferencesDialog(QDialog):
    """The writer's preferences; ``changed(key)`` follows every change stored."""

    changed = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 page: str = "", document: ProjectDocument | None = None,
                 writable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.topics = QListWidget(self)
        self.topics.setObjectName("preferencesTopics")
        self.topics.setAccessibleName(tr("Topics"))
        self.pages = QStackedWidget(self)
        self.fields: dict[str, QWidget] = {}
        for declared in PAGES:
            self.topics.addItem(tr(declared.title))
            if declared.name == "spelling":
                self.spelling = SpellingPage(document, writable, self)
                self.pages.addWidget(self.spelling)
            else:
                self.pages.addWidget(self._build_page(declared, settings))
        self.topics.setSpacing(3)
        self.topics.setFixedWidth(self.topics.sizeHintForColumn(0) + 32)
        self.topics.currentRowChanged.connect(self.pages.setCurrentIndex)
        names = [declared.name for declared in PAGES]
        self.topics.setCurrentRow(names.index(page) if page in names else 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.topics)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)

    def _build_page(self, declared: Page, settings: Settings) -> QWidget:
        page = QWidget(self)
        page.setObjectName(f"{declared.name}Page")
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for field in declared.fields:
            widget = build_field(field, settings, tr, self.changed.emit, page)
            form.addRow(tr(field.label), widget)
            self.fields[field.name] = widget
            if isinstance(field, ChoiceField) and field.note:
                note = QLabel(tr(field.note), page)
                note.setObjectName(f"{field.name}Note")
                note.setWordWrap(True)
                form.addRow("", note)
        return page

    def current_page(self) -> str:
        return PAGES[self.pages.currentIndex()].name
