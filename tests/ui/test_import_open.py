"""Opening a Markdown file in the window: a file that cannot be read leaves the open project
open; an import that kept things it could not use lists them all in one message."""

from __future__ import annotations

from pathlib import Path

from retro_editor.core.project import new_project
from retro_editor.ui.prompts import CloseAnswer


def record(window, name):
    shown = []
    setattr(window.prompts, name, lambda *args: shown.append(args))
    return shown


def test_an_unreadable_file_leaves_the_open_project_open(qtbot, window, tmp_path):
    """Repro (issue 10 #2): the previous project was closed before the file was read, so a
    failing open left a blank window with a stale preview."""
    kept_project = new_project(tmp_path / "Kept", "Kept Open")
    (kept_project.folder / "article.md").write_text("Kept text.\n", "utf-8")
    kept = kept_project.folder
    assert window.open_project(kept)
    window.prompts.ask_save_changes = lambda _name: CloseAnswer.CANCEL  # must not be asked
    errors = record(window, "show_error")
    bad = tmp_path / "latin1.md"
    bad.write_bytes("# Café\n".encode("latin-1"))
    assert not window.open_project(bad)
    assert len(errors) == 1 and "is not UTF-8 text" in errors[0][1]
    assert window.controller.document is not None
    assert window.controller.document.project.folder == kept
    assert window.editor.toPlainText() == "Kept text.\n"


def test_import_problems_are_listed_in_one_message_after_opening(qtbot, window, tmp_path):
    md = tmp_path / "post.md"
    md.write_text("---\ntitle: Post\nupdated: 2019-02-30\ntitle: Again\nrelated:\n"
                  "  - title: A\n    url: ftp://a\n---\n# Post\n\nBody.\n", "utf-8")
    infos = record(window, "show_info")
    errors = record(window, "show_error")
    assert window.open_project(md)
    assert errors == []
    assert len(infos) == 1
    message = infos[0][1]
    for expected in ("updated: is not a real date", "title: appears twice",
                     "related[0].url: must be an http or https URL"):
        assert expected in message
    assert window.editor.toPlainText() == "# Post\n\nBody.\n"
    assert window.controller.document.project.manifest.article.drafts == {"updated": "2019-02-30"}


def test_a_clean_import_shows_no_message(qtbot, window, tmp_path):
    md = Path(tmp_path / "clean.md")
    md.write_text("---\ntitle: Clean\n---\nText.\n", "utf-8")
    infos = record(window, "show_info")
    assert window.open_project(md)
    assert infos == []
    assert window.controller.document.project.manifest.article.slug == "clean"
