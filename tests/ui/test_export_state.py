"""Exporting from the window: the project does not become "unsaved" (issue 10 #9)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel

from retro_editor.core.project import open_project
from retro_editor.export.registry import export_formats


def _export(qtbot, window, tmp_path):
    fmt = export_formats()["markdown"]
    destination = tmp_path / "out.md"
    job = window.exporter.export(fmt, destination, {})
    with qtbot.waitSignal(job.done, timeout=30_000) as blocker:
        pass
    assert blocker.args == [None] and destination.is_file()
    return destination


def test_exporting_a_saved_project_leaves_it_saved(qtbot, window, sample_copy, tmp_path):
    """Repro: after an export the window said "Unsaved changes" and closing asked to save,
    because the remembered export choices were a manifest edit."""
    assert window.open_project(sample_copy)
    assert not window.isWindowModified()
    destination = _export(qtbot, window, tmp_path)
    doc = window.controller.document
    assert not doc.is_modified() and not window.isWindowModified()
    assert window.status.findChild(QLabel, "savedState").text() != "Unsaved changes"
    # the choices are remembered for the dialog, and written with the next save
    assert doc.manifest.export.targets["markdown"]["output"] == str(destination)
    assert doc.manifest.export.targets["_last"] == {"format": "markdown"}
    assert window.controller.save()
    manifest = json.loads(open_project(sample_copy).manifest_path.read_text("utf-8"))
    assert manifest["export"]["targets"]["markdown"]["output"] == str(destination)


def test_exporting_keeps_unsaved_changes_unsaved(qtbot, window, sample_copy, tmp_path):
    assert window.open_project(sample_copy)
    window.controller.document.set_theme("dark")
    _export(qtbot, window, tmp_path)
    assert window.controller.document.is_modified() and window.isWindowModified()
