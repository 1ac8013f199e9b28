"""The project remembers the hashes of what it last read or wrote, so a save can tell when
another program changed, replaced or deleted a file since."""

from __future__ import annotations

import os

from retro_editor.core.project import (
    DiskState,
    changed_on_disk,
    import_markdown,
    read_disk_state,
    save_project,
)


def test_open_records_what_was_read(project):
    assert project.disk_state == read_disk_state(project)
    assert project.disk_state.article and project.disk_state.manifest
    assert changed_on_disk(project) == []


def test_own_save_updates_the_state(project):
    project.text += "\nMore.\n"
    project.manifest.article.subtitle = "New subtitle"
    save_project(project)
    assert changed_on_disk(project) == []
    assert project.disk_state == read_disk_state(project)


def test_write_in_place_is_noticed(project):
    with open(project.article_path, "r+b") as handle:
        handle.seek(0)
        handle.write(b"X")
    assert changed_on_disk(project) == [project.article_path]


def test_replace_by_rename_is_noticed(project):
    temp = project.folder / "tmp.json"
    temp.write_bytes(project.manifest_path.read_bytes().replace(b"{", b"{ ", 1))
    os.replace(temp, project.manifest_path)
    assert changed_on_disk(project) == [project.manifest_path]


def test_same_bytes_rewritten_is_not_a_change(project):
    data = project.article_path.read_bytes()
    project.article_path.write_bytes(data)
    assert changed_on_disk(project) == []


def test_deleted_files_and_renamed_folder_are_changes(project, tmp_path):
    project.article_path.unlink()
    assert changed_on_disk(project) == [project.article_path]
    os.rename(project.folder, tmp_path / "renamed")
    assert changed_on_disk(project) == [project.article_path, project.manifest_path]
    assert read_disk_state(project) == DiskState(None, None)


def test_unreadable_file_counts_as_changed(project):
    project.article_path.unlink()
    project.article_path.mkdir()
    assert changed_on_disk(project) == [project.article_path]


def test_imported_markdown_expects_no_files(tmp_path):
    md = tmp_path / "notes.md"
    md.write_text("# Notes\n\nText.\n", "utf-8")
    imported = import_markdown(md)
    assert imported.disk_state == DiskState(None, None)
    assert changed_on_disk(imported) == []
    save_project(imported)
    assert changed_on_disk(imported) == []


def test_unknown_state_checks_nothing(project):
    project.disk_state = None
    project.article_path.write_text("changed", "utf-8")
    assert changed_on_disk(project) == []
