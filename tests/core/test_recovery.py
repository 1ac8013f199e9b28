"""Recovery snapshots hold the unsaved state and never touch the project itself."""

from __future__ import annotations

from retro_editor.core.project import new_project, open_project
from retro_editor.core.recovery import (
    discard_snapshot,
    list_snapshots,
    load_snapshot,
    snapshot_folder,
    write_snapshot,
)


def test_snapshot_round_trip_keeps_text_and_metadata(project, tmp_path):
    on_disk = (project.folder / "article.md").read_bytes()
    project.text += "\nA paragraph typed just before the crash — ünïcödé.\n"
    project.manifest.article.subtitle = "Changed <subtitle> & more"
    write_snapshot(tmp_path / "rec", project)
    assert (project.folder / "article.md").read_bytes() == on_disk
    [snap] = list_snapshots(tmp_path / "rec")
    assert snap.project_folder == project.folder.absolute()
    restored = load_snapshot(snap, open_project(project.folder))
    assert restored.text == project.text
    assert restored.manifest == project.manifest
    assert restored.saved is False


def test_never_saved_project_is_covered(tmp_path):
    fresh = new_project(tmp_path / "fresh", "Fresh")
    fresh.text = "typed but never saved"
    fresh.saved = False
    write_snapshot(tmp_path / "rec", fresh)
    [snap] = list_snapshots(tmp_path / "rec")
    assert snap.project_saved is False
    assert load_snapshot(snap).text == "typed but never saved"


def test_discard_removes_the_snapshot(project, tmp_path):
    write_snapshot(tmp_path / "rec", project)
    discard_snapshot(tmp_path / "rec", project.folder)
    assert list_snapshots(tmp_path / "rec") == []
    assert not snapshot_folder(tmp_path / "rec", project.folder).exists()


def test_incomplete_snapshot_is_ignored(project, tmp_path):
    folder = write_snapshot(tmp_path / "rec", project)
    (folder / "info.json").unlink()
    assert list_snapshots(tmp_path / "rec") == []
