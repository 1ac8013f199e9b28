"""Faults inflicted for real on the core: a full disk (a 1 MB tmpfs), a read-only folder (a
read-only bind mount), oversized inputs. Every failure is a ProjectError naming the file and
the reason; the old files stay byte-identical and no temporary file is left."""

from __future__ import annotations

import errno
import os
import shutil
import time

import pytest

from retro_editor.core.article_file import MAX_ARTICLE_BYTES, MAX_IMPORT_BYTES
from retro_editor.core.backups import make_backup, restore_backup
from retro_editor.core.errors import ProjectError
from retro_editor.core.lock import acquire_lock
from retro_editor.core.manifest import MAX_MANIFEST_BYTES
from retro_editor.core.project import new_project, open_project, save_project
from retro_editor.core.recovery import write_snapshot
from retro_editor.core.storage import TEMP_MARK, atomic_write, describe_os_error
from retro_editor.testing.mounts import fill_disk, mounted_tmpfs, read_only_bind


def snapshot_of(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def no_temp_files(folder):
    return not [p for p in folder.rglob("*") if TEMP_MARK in p.name or p.suffix == ".partial"]


def test_full_disk_leaves_the_old_project(tmp_path):
    with mounted_tmpfs(tmp_path / "disk") as disk:
        project = new_project(disk / "p", "Full disk")
        before = snapshot_of(project.folder)
        fill_disk(disk, leave=32 * 1024)
        project.text = ("More words than the disk can hold. " * 3 + "\n") * 5000
        with pytest.raises(ProjectError) as caught:
            save_project(project)
        assert caught.value.path == project.article_path
        assert caught.value.reason == "the disk is full"
        assert snapshot_of(project.folder) == before
        assert no_temp_files(project.folder)
        assert open_project(project.folder).text == ""


def test_full_disk_fails_snapshots_and_backups_cleanly(tmp_path, sample_project_dir):
    project = open_project(shutil.copytree(sample_project_dir, tmp_path / "p"))
    with mounted_tmpfs(tmp_path / "data") as data:
        fill_disk(data)
        with pytest.raises(ProjectError, match="disk is full|cannot create"):
            write_snapshot(data / "recovery", project)
        with pytest.raises(ProjectError, match="backup failed|No space"):
            make_backup(project.folder, data / "backups", keep=3)
        assert no_temp_files(data)


def test_read_only_folder_refuses_save_lock_and_restore(tmp_path):
    project = new_project(tmp_path / "p", "Read-only")
    backup = make_backup(project.folder, tmp_path / "backups", keep=3)
    before = snapshot_of(project.folder)
    project.text = "# Changed\n"
    with read_only_bind(project.folder):
        with pytest.raises(ProjectError) as caught:
            save_project(project)
        assert caught.value.path == project.article_path and "read-only" in caught.value.reason
        with pytest.raises(ProjectError, match="lock file"):
            acquire_lock(project.folder)
        with pytest.raises(ProjectError, match="read-only"):
            restore_backup(backup, project.folder)
        assert snapshot_of(project.folder) == before
    assert no_temp_files(project.folder)


def test_windows_sharing_violation_is_named():
    error = OSError(errno.EACCES, "Permission denied")
    error.winerror = 32
    assert "in use by another program" in describe_os_error(error)


def _sparse(path, size):
    with open(path, "wb") as handle:
        handle.truncate(size)


def test_oversized_inputs_are_refused_quickly(tmp_path):
    started = time.monotonic()
    md = tmp_path / "huge.md"
    _sparse(md, MAX_IMPORT_BYTES + 1)
    with pytest.raises(ProjectError, match="limit"):
        open_project(md)
    project = new_project(tmp_path / "p", "Big")
    _sparse(project.article_path, MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ProjectError, match="limit"):
        open_project(project.folder)
    project.article_path.write_text("# Fine\n", "utf-8")
    _sparse(project.manifest_path, MAX_MANIFEST_BYTES + 1)
    with pytest.raises(ProjectError, match="limit"):
        open_project(project.folder)
    assert time.monotonic() - started < 5


def test_atomic_write_to_a_vanished_folder_names_the_file(tmp_path):
    folder = tmp_path / "gone"
    folder.mkdir()
    target = folder / "article.md"
    target.write_text("old", "utf-8")
    os.rename(folder, tmp_path / "renamed")
    with pytest.raises(ProjectError) as caught:
        atomic_write(target, b"new")
    assert caught.value.path == target and caught.value.reason == "not found"
    assert (tmp_path / "renamed" / "article.md").read_text("utf-8") == "old"
