"""Layout of the export dialog and the find bar: labels aligned, fields wide enough for what
they hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout

from retro_editor.export.registry import export_formats
from retro_editor.ui.export_dialog import ExportDialog


@pytest.mark.parametrize("format_name", ["html", "hugo", "pdf"])
def test_export_dialog_labels_line_up_and_the_destination_is_wide(qtbot, prompts, format_name):
    long_path = Path("/home/writer/Documents/Retro Editor/Neon Harbor Retrospective/export/x")
    dialog = ExportDialog(export_formats(), {}, lambda _fmt: long_path, format_name, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
              for row in range(form.rowCount())]
    assert len(labels) == 2 + len(dialog.current_format().options)
    assert len({label.x() for label in labels}) == 1  # one column of labels
    fields = [form.itemAt(row, QFormLayout.ItemRole.FieldRole) for row in range(form.rowCount())]
    assert len({item.geometry().x() for item in fields}) == 1
    chars = dialog.destination.width() / dialog.destination.fontMetrics().averageCharWidth()
    assert chars >= 55
    assert labels[1].buddy() is dialog.destination


def test_find_fields_hold_their_placeholder_and_a_search(window):
    window.find_bar.open_find(replace=True)
    for field in (window.find_bar.find_field, window.find_bar.replace_field):
        metrics = field.fontMetrics()
        assert field.width() >= metrics.horizontalAdvance(field.placeholderText())
        assert field.width() >= 24 * metrics.averageCharWidth()
