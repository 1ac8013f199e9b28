"""The themed exports' ``theme`` option is built from the bundled themes (declared once, by the
files in resources/themes): the dialog offers them in a list, a wrong name is refused early."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from retro_editor.export.registry import export_formats
from retro_editor.render.themes import available_themes

THEMED = ("html", "pdf", "epub")


@pytest.mark.parametrize("name", THEMED)
def test_theme_choices_are_the_bundled_themes(name):
    option = next(o for o in export_formats()[name].options if o.name == "theme")
    assert option.choices == ("", *available_themes())
    assert option.default == ""


@pytest.mark.parametrize("name", THEMED)
def test_an_unknown_theme_is_refused_naming_the_bundled_ones(name):
    with pytest.raises(ValueError) as caught:
        export_formats()[name].resolve_options({"theme": "sepia"})
    assert "sepia" in str(caught.value)
    assert all(theme in str(caught.value) for theme in available_themes())


def test_dialog_lists_the_project_theme_then_the_bundled_ones(qtbot, tmp_path):
    from retro_editor.ui.export_dialog import ExportDialog

    formats = export_formats()
    dialog = ExportDialog(formats, {}, lambda fmt: tmp_path / f"x{fmt.extension}", "html",
                          prompts=None)
    qtbot.addWidget(dialog)
    box = next(w for w in dialog.findChildren(QComboBox) if w.accessibleName() == "Theme")
    assert [box.itemText(i) for i in range(box.count())] == ["Project's theme",
                                                              *available_themes()]
    assert dialog.options()["theme"] == ""
    box.setCurrentIndex(box.findText("dark"))
    assert dialog.options()["theme"] == "dark"
    assert formats["html"].resolve_options(dialog.options())["theme"] == "dark"
