"""The Preferences dialog: one page per topic, each field bound to a declared setting."""

from retro_editor.ui.preferences.dialog import PAGES, PreferencesDialog

__all__ = ["PAGES", "PreferencesDialog"]
