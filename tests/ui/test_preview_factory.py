"""create_preview gives the web view, or a placeholder with the same slots without QtWebEngine."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from retro_editor.ui.preview import create_preview  # noqa: E402
from retro_editor.ui.preview.factory import PreviewPlaceholder  # noqa: E402


def test_factory_gives_the_web_view(qtbot):
    from retro_editor.ui.preview.view import PreviewView
    widget = create_preview(None)
    qtbot.addWidget(widget)
    assert isinstance(widget, PreviewView)


def test_factory_falls_back_to_a_placeholder(qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "retro_editor.ui.preview.view", None)  # import fails
    widget = create_preview(None)
    qtbot.addWidget(widget)
    assert isinstance(widget, PreviewPlaceholder)
    assert "not available" in widget.message.text()
    widget.set_document(None)
    widget.follow_line(3)
    widget.show_line(3)


def test_sample_project_renders(qtbot, sample_project_dir):
    from retro_editor.core.project import open_project
    from retro_editor.ui.document import ProjectDocument
    if not sample_project_dir.exists():
        pytest.skip("no sample project")
    doc = ProjectDocument(open_project(sample_project_dir))
    widget = create_preview(None)
    qtbot.addWidget(widget)
    updates: list[str] = []
    widget.contentUpdated.connect(updates.append)
    widget.set_document(doc)
    widget.show()
    qtbot.waitUntil(lambda: "full" in updates, timeout=15_000)
