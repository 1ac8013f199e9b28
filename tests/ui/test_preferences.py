"""Preferences (Ctrl+,): each page's fields change what they name in the open window at once,
survive a restart, and are read through the settings registry."""

from __future__ import annotations

import pytest
from prompts_double import RecordingPrompts
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontDatabase, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFontComboBox, QLabel, QSpinBox

from retro_editor.render.themes import available_themes
from retro_editor.ui import settings as keys
from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.preferences import PAGES, PreferencesDialog
from retro_editor.ui.prompts import CloseAnswer, Prompts
from retro_editor.ui.settings import Settings


@pytest.fixture
def open_window(qtbot, settings, dispose):
    """Makes real windows over ``settings`` whose Preferences are answered by ``drive(dialog)``."""
    made = []

    def make(drive=None):
        from retro_editor.ui.main_window import MainWindow

        prompts = RecordingPrompts(edit_preferences=drive or (lambda _dialog: None),
                                   ask_save_changes=CloseAnswer.DISCARD)
        win = MainWindow(settings, prompts)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.app_theme.apply("system")
        dispose(win)


def type_number(qtbot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    QTest.keyClick(spin, Qt.Key.Key_Return)


def choose(combo: QComboBox, value: str) -> None:
    """Picks the entry storing ``value`` as a writer does: opens the list, clicks nothing but
    keys down to it and presses Return."""
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0, value
    while combo.currentIndex() != target:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def test_ctrl_comma_opens_preferences_in_the_platform_role(qtbot, open_window):
    win = open_window()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    win.editor.setFocus()
    QTest.keyClick(win.editor, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert win.prompts.names() == ["edit_preferences"]
    action = win.action_map[ActionId.EDIT_PREFERENCES]
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action.isEnabled()  # with no project open too
    assert [page.name for page in PAGES] == ["editor", "appearance", "spelling", "backups"]


def test_font_size_family_and_line_width_apply_live_and_persist(qtbot, open_window, settings):
    family = next(f for f in ("DejaVu Sans Mono", "DejaVu Sans", "Liberation Mono")
                  if f in QFontDatabase.families())
    seen = {}

    def drive(dialog: PreferencesDialog) -> None:
        win = dialog.parent()
        before = win.editor.column_width()
        type_number(qtbot, dialog.fields["editorFontSize"], 17)
        seen["size"] = win.editor.font().pointSizeF()
        fonts = dialog.fields["editorFontFamily"]
        assert isinstance(fonts, QFontComboBox)
        fonts.setCurrentFont(QFont(family))
        seen["family"] = win.editor.font().family()
        width = win.editor.column_width()
        type_number(qtbot, dialog.fields["editorLineWidth"], 40)
        seen["narrower"] = win.editor.column_width() < width and before != width
        seen["chars"] = win.editor.line_width()

    win = open_window(drive)
    win.handlers.preferences()
    assert seen == {"size": 17.0, "family": family, "narrower": True, "chars": 40}
    dispose_and_reopen = open_window()  # a restart: a new window over the same settings
    assert dispose_and_reopen.editor.font().pointSizeF() == 17.0
    assert dispose_and_reopen.editor.font().family() == family
    assert dispose_and_reopen.editor.line_width() == 40


def test_application_theme_turns_the_whole_window_dark_and_back(qtbot, open_window, settings):
    original = QApplication.palette().color(QPalette.ColorRole.Window)
    seen = {}

    def drive(dialog: PreferencesDialog) -> None:
        win = dialog.parent()
        combo = dialog.fields["appTheme"]
        assert [combo.itemData(i) for i in range(combo.count())] == ["system", "light", "dark"]
        choose(combo, "dark")
        qtbot.waitUntil(lambda: win.editor.palette().color(QPalette.ColorRole.Base).lightness() < 100)
        seen["editor"] = win.editor.palette().color(QPalette.ColorRole.Base).lightness()
        seen["dock"] = win.outline_dock.palette().color(QPalette.ColorRole.Window).lightness()
        seen["dialog"] = dialog.palette().color(QPalette.ColorRole.Window).lightness()

    win = open_window(drive)
    win.handlers.preferences()
    assert max(seen.values()) < 100
    assert settings.get(keys.APP_THEME) == "dark"
    restarted = open_window()
    qtbot.waitUntil(lambda: restarted.palette().color(QPalette.ColorRole.Window).lightness() < 100)
    assert restarted.palette().color(QPalette.ColorRole.Window).lightness() < 100
    settings.set(keys.APP_THEME, "system")
    restarted.apply_preferences()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == original
    qtbot.waitUntil(lambda: restarted.palette().color(QPalette.ColorRole.Window) == original)


def test_page_theme_is_a_list_of_installed_themes_used_by_new_projects(qtbot, open_window,
                                                                      settings, tmp_path):
    def drive(dialog: PreferencesDialog) -> None:
        combo = dialog.fields["pageTheme"]
        assert isinstance(combo, QComboBox) and not combo.isEditable()
        assert [combo.itemData(i) for i in range(combo.count())] == available_themes()
        choose(combo, "dark")

    win = open_window(drive)
    win.handlers.preferences()
    assert settings.get(keys.PAGE_THEME) == "dark"
    assert win.controller.create_project(tmp_path / "Dark one", "Dark one")
    assert win.controller.document.manifest.export.theme == "dark"


def test_backup_fields_are_a_page_and_keep_their_values(qtbot, open_window, settings):
    def drive(dialog: PreferencesDialog) -> None:
        assert dialog.current_page() == "backups"
        assert dialog.pages.currentWidget().isVisibleTo(dialog)
        type_number(qtbot, dialog.fields["backupInterval"], 0)
        type_number(qtbot, dialog.fields["backupKeep"], 5)

    win = open_window(drive)
    win.action_map[ActionId.PROJECT_BACKUP_PREFERENCES].trigger()
    assert settings.get(keys.BACKUP_INTERVAL_MINUTES) == 0
    assert settings.get(keys.BACKUP_KEEP) == 5
    reopened = PreferencesDialog(settings, page="backups")
    qtbot.addWidget(reopened)
    assert reopened.fields["backupInterval"].text() == "every save"
    assert reopened.fields["backupKeep"].value() == 5


def test_clicking_a_topic_shows_its_page(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current_page() == "editor"
    topics = dialog.topics
    rect = topics.visualItemRect(topics.item(1))
    QTest.mouseClick(topics.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.current_page() == "appearance"
    assert dialog.fields["appTheme"].isVisible() and not dialog.fields["editorFontSize"].isVisible()


def test_the_real_prompts_show_the_dialog_until_closed(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    Prompts(None).edit_preferences(dialog)
    assert not dialog.isVisible()


def test_stored_values_outside_the_registry_read_as_defaults(tmp_path):
    """Hand-edited settings: a theme that is not a choice and a size out of bounds."""
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue(keys.APP_THEME.key, "purple")
    store.setValue(keys.EDITOR_FONT_SIZE.key, "400")
    store.setValue(keys.EDITOR_LINE_WIDTH.key, "55")
    settings = Settings(store)
    assert settings.get(keys.APP_THEME) == "system"
    assert settings.get(keys.EDITOR_FONT_SIZE) == 12
    assert settings.get(keys.EDITOR_LINE_WIDTH) == 55



def test_the_side_panel_follows_the_dark_theme_too(qtbot, open_window, settings, sample_copy):
    """Repro: started in the dark theme, the Article tab (which has a style sheet for invalid
    fields) stayed light, its labels and summary hint light grey on light grey."""
    settings.set(keys.APP_THEME, "dark")
    win = open_window()
    assert win.open_project(sample_copy)
    labels = [label for label in win.side_panel.findChildren(QLabel) if label.isVisible()]
    assert labels
    qtbot.waitUntil(lambda: all(
        label.palette().color(QPalette.ColorRole.Window).lightness() < 100 for label in labels))
