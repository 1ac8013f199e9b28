"""The interface in another language: the preference (or the system) picks the catalogue,
and a real window built after it speaks that language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from retro_editor.ui import settings as keys
from retro_editor.ui.translate import (
    install_translations,
    interface_language,
    remove_translations,
)


@pytest.fixture
def german(settings):
    settings.set(keys.INTERFACE_LANGUAGE, "de")
    app = QApplication.instance()
    installed = install_translations(app, interface_language(settings.get(keys.INTERFACE_LANGUAGE)))
    yield installed
    remove_translations(app, installed)


def test_with_german_chosen_the_window_speaks_german(german, settings, prompts, qtbot, dispose):
    from retro_editor.ui.main_window import MainWindow

    assert len(german) == 2  # the app's catalogue and Qt's own
    window = MainWindow(settings, prompts=prompts)
    try:
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
        file_menu = window.menuBar().actions()[0].menu()
        assert "&Speichern" in [a.text() for a in file_menu.actions()]
        assert window.outline_dock.windowTitle() == "Gliederung"
    finally:
        dispose(window)


def test_english_needs_no_catalogue_and_the_window_stays_english(settings, prompts, qtbot,
                                                                  dispose):
    from retro_editor.ui.main_window import MainWindow

    assert install_translations(QApplication.instance(), "en") == []
    window = MainWindow(settings, prompts=prompts)
    try:
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        dispose(window)


@pytest.mark.parametrize(("preference", "system", "expected"), [
    ("", "fr_FR", "fr"),
    ("", "es_MX", "es"),
    ("", "ja_JP", "en"),
    ("de", "fr_FR", "de"),
    ("en", "de_DE", "en"),
    ("xx", "de_AT", "de"),
])
def test_the_language_follows_the_preference_else_the_system(preference, system, expected):
    assert interface_language(preference, QLocale(system)) == expected


def test_a_stored_language_outside_the_choices_reads_as_following_the_system(settings):
    settings._store.setValue(keys.INTERFACE_LANGUAGE.key, "klingon")
    assert settings.get(keys.INTERFACE_LANGUAGE) == ""


def _accelerator(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _clashes(texts: list[str]) -> list[str]:
    keys = [k for k in map(_accelerator, texts) if k]
    return sorted({t for t in texts if keys.count(_accelerator(t) or "") > 1})


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_no_two_entries_of_a_menu_or_a_preferences_page_share_an_accelerator(
        language, settings, prompts, dispose):
    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.preferences import PreferencesDialog

    app = QApplication.instance()
    installed = install_translations(app, language)
    window = MainWindow(settings, prompts=prompts)
    dialog = PreferencesDialog(settings, window)
    try:
        menus = window.menuBar().actions()
        assert not _clashes([a.text() for a in menus])
        for menu in (a.menu() for a in menus):
            assert not _clashes([a.text() for a in menu.actions() if a.text()]), menu.title()
        for index in range(dialog.pages.count()):
            page = dialog.pages.widget(index)
            labels = [label.text() for label in page.findChildren(QLabel) if label.buddy()]
            assert not _clashes(labels), labels
    finally:
        dialog.deleteLater()
        dispose(window)
        remove_translations(app, installed)
