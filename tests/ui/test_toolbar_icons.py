"""The toolbar's icons: a bundled, MIT-licensed SVG set drawn in the palette's text colour,
so they follow the light and dark themes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolBar

from retro_editor.resources import resource_path
from retro_editor.ui import settings as keys
from retro_editor.ui.icons import ICONS, tinted_icon


def _ink_lightness(icon) -> int:
    """The lightness of the icon's drawn (opaque) pixels."""
    image = icon.pixmap(24, 24).toImage()
    inked = [image.pixelColor(x, y) for x in range(24) for y in range(24)
             if image.pixelColor(x, y).alpha() > 200]
    assert inked, "the icon draws nothing"
    return max(color.lightness() for color in inked)


def test_every_toolbar_action_has_a_bundled_icon_and_the_licence_is_there(window):
    toolbar = window.findChild(QToolBar, "mainToolBar")
    shown = [a for a in toolbar.actions() if not a.isSeparator()]
    assert shown and all(not a.icon().isNull() for a in shown)
    assert {a.objectName() for a in shown} <= set(ICONS)
    folder = Path(resource_path("icons", "toolbar"))
    assert all((folder / f"{name}.svg").is_file() for name in ICONS.values())
    assert "MIT License" in (folder / "LICENSE").read_text(encoding="utf-8")


def test_icons_are_drawn_in_the_colour_asked():
    assert _ink_lightness(tinted_icon("device-floppy", QColor("#000000"))) < 30
    assert _ink_lightness(tinted_icon("device-floppy", QColor("#f0f0f0"))) > 200


def test_icons_turn_light_with_the_dark_theme(window, settings, qtbot):
    from retro_editor.ui.action_ids import ActionId

    save = window.action_map[ActionId.FILE_SAVE]
    assert _ink_lightness(save.icon()) < 128
    settings.set(keys.APP_THEME, "dark")
    window.apply_preferences()
    try:
        qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 100)
        qtbot.waitUntil(lambda: _ink_lightness(save.icon()) > 128)
    finally:
        settings.set(keys.APP_THEME, "system")
        window.apply_preferences()
