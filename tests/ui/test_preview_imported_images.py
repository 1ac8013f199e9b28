"""An imported Markdown file's images show in the preview before the first save copies them
into the project."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtWebEngineCore import QWebEngineScript  # noqa: E402
from test_preview_view import TIMEOUT  # noqa: E402

from retro_editor.core.project import open_project  # noqa: E402
from retro_editor.ui.document import ProjectDocument  # noqa: E402
from retro_editor.ui.preview.view import PreviewView  # noqa: E402


def test_images_of_an_unsaved_import_are_shown(qtbot, tmp_path, sample_project_dir):
    (tmp_path / "pics").mkdir()
    shutil.copyfile(sample_project_dir / "assets" / "storyboard.png", tmp_path / "pics" / "sb.png")
    md = tmp_path / "post.md"
    md.write_text("---\ntitle: Post\n---\nText.\n\n![Storyboard](pics/sb.png)\n", encoding="utf-8")
    project = open_project(md)
    assert not project.folder.exists() and project.pending_assets
    view = PreviewView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    updates: list[str] = []
    view.contentUpdated.connect(updates.append)
    view.set_document(ProjectDocument(project))
    view.show()
    qtbot.waitUntil(lambda: "full" in updates, timeout=TIMEOUT)
    widths: list = []

    def natural_width() -> bool:
        widths.clear()
        view.page().runJavaScript(
            "(function(){var i=document.querySelector('#retro-body img');"
            "return i && i.complete ? i.naturalWidth : -1;})()",
            QWebEngineScript.ScriptWorldId.ApplicationWorld, widths.append)
        qtbot.waitUntil(lambda: bool(widths), timeout=TIMEOUT)
        return bool(widths[0] and widths[0] > 0)

    qtbot.waitUntil(natural_width, timeout=TIMEOUT)
