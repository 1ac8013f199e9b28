"""Rolling backups keep exactly K zips, and a restore brings the old files back."""

from __future__ import annotations

import zipfile

import pytest

from retro_editor.core.backups import (
    backups_folder,
    list_backups,
    make_backup,
    newest_backup_age,
    restore_backup,
)
from retro_editor.core.errors import ProjectError
from retro_editor.core.lock import LOCK_NAME
from retro_editor.core.project_state import STATE_NAME


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "My Article"
    (folder / "assets").mkdir(parents=True)
    (folder / "article.md").write_text("# First version\n", "utf-8")
    (folder / "my-article.retro").write_text("{}", "utf-8")
    (folder / "assets" / "pic.png").write_bytes(b"\x89PNG fake")
    (folder / LOCK_NAME).write_text("lock")
    return folder


def test_rotation_keeps_exactly_k(project, tmp_path):
    folder = backups_folder(tmp_path / "backups", project)
    made = [make_backup(project, folder, keep=3) for _ in range(7)]
    kept = list_backups(folder)
    assert [b.path for b in kept] == made[::-1][:3]
    assert not list(folder.glob("*.partial"))
    assert newest_backup_age(folder) is not None and newest_backup_age(folder) < 60


def test_backup_holds_project_files_but_not_the_lock_or_machine_state(project, tmp_path):
    (project / STATE_NAME).write_text('{"version": 1, "cursor": {"position": 3}}', "utf-8")
    backup = make_backup(project, tmp_path / "b", keep=5)
    names = set(zipfile.ZipFile(backup).namelist())
    assert names == {"article.md", "my-article.retro", "assets/pic.png"}


def test_restore_brings_the_old_text_back(project, tmp_path):
    backup = make_backup(project, tmp_path / "b", keep=5)
    (project / "article.md").write_text("# Second version, regretted\n", "utf-8")
    (project / "assets" / "pic.png").unlink()
    restored = restore_backup(backup, project)
    assert "article.md" in restored
    assert (project / "article.md").read_text("utf-8") == "# First version\n"
    assert (project / "assets" / "pic.png").read_bytes() == b"\x89PNG fake"


def test_restore_refuses_paths_outside_the_project(project, tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../outside.txt", "x")
    with pytest.raises(ProjectError, match="points outside the project"):
        restore_backup(evil, project)
    assert not (tmp_path / "outside.txt").exists()


def test_backup_into_unwritable_place_is_a_clear_error(project, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ProjectError, match="the backup failed"):
        make_backup(project, blocker / "sub", keep=3)


def test_backups_of_two_projects_do_not_mix(tmp_path):
    a = backups_folder(tmp_path, tmp_path / "one" / "Article")
    b = backups_folder(tmp_path, tmp_path / "two" / "Article")
    assert a != b and a.name.startswith("article-")
