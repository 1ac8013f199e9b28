"""Save As: the project copied to a new folder and the current state saved there."""

from __future__ import annotations

import stat

from retro_editor.core.project import open_project
from retro_editor.core.project_copy import copy_project


def test_save_as_from_a_read_only_article_gives_a_writable_copy(project, tmp_path):
    """Repro: with article.md read-only (chmod 444) — the usual reason to Save As — the copy
    kept the mode and the save into it was refused ("the file is read-only")."""
    project.article_path.chmod(0o444)
    project.text += "\nWritten after the file went read-only.\n"
    copied = copy_project(project, tmp_path / "copy")
    assert copied.article_path.stat().st_mode & stat.S_IWUSR
    assert "Written after the file went read-only." in open_project(copied.folder).text
    assert not project.article_path.stat().st_mode & stat.S_IWUSR  # the original untouched


def test_the_copy_keeps_assets_and_leaves_no_lock_or_temp_files(project, tmp_path):
    (project.folder / ".retro-editor.lock").write_text("pid", "utf-8")
    (project.folder / ".article.md.retro-tmp-host-1-abc").write_text("x", "utf-8")
    copied = copy_project(project, tmp_path / "copy")
    names = {p.name for p in copied.folder.iterdir()}
    assert "assets" in names and project.manifest_name in names and "article.md" in names
    assert not any(name.endswith(".lock") or ".retro-tmp-" in name for name in names)
