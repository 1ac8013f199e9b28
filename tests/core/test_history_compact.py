"""Packing the history: fewer files and bytes, every version still read by git and by us."""

from __future__ import annotations

import subprocess

from retro_editor.core.history_compact import compact_history, loose_objects
from retro_editor.core.history_message import VersionKind
from retro_editor.core.history_store import HISTORY_NAME, HistoryStore
from retro_editor.core.project import save_project


def test_loose_objects_are_packed_and_every_version_still_reads(project):
    store = HistoryStore.open(project.folder)
    assert store is not None
    texts = []
    for n in range(12):
        project.text += f"\nParagraph {n} added.\n"
        save_project(project)
        texts.append(project.article_path.read_bytes())
        store.record(VersionKind.SAVE)
    versions = store.versions()
    store.close()
    history = project.folder / HISTORY_NAME
    before = len(loose_objects(history))
    assert compact_history(project.folder, limit=before + 1) == 0, "below the limit: nothing"
    assert compact_history(project.folder, limit=10) == before
    assert loose_objects(history) == []
    subprocess.run(["git", "--git-dir", str(history), "fsck", "--strict", "--no-dangling"],
                   check=True, capture_output=True)
    store = HistoryStore.open(project.folder)
    assert store is not None
    try:
        assert [v.id for v in store.versions()] == [v.id for v in versions]
        assert [store.files_at(v.id)["article.md"] for v in reversed(versions)] == texts
        project.text += "\nAfter packing.\n"
        save_project(project)
        assert store.record(VersionKind.SAVE) is not None
    finally:
        store.close()
