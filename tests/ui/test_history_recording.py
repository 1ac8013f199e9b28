"""Saving in the window records versions in the project's history, readable by git."""

from __future__ import annotations

import subprocess

from retro_editor.core.history_message import VersionKind
from retro_editor.core.history_store import HISTORY_NAME, HistoryStore


def versions(folder):
    store = HistoryStore.open(folder, create=False)
    assert store is not None
    try:
        return store.versions()
    finally:
        store.close()


def test_each_save_records_a_version_and_close_records_nothing_new(window, sample_copy, qtbot):
    assert window.controller.open_path(sample_copy)
    document = window.controller.document
    document.text_document.setPlainText(document.text() + "\nA new closing line.\n")
    assert window.controller.save()
    window.history_recorder.flush()
    first = versions(sample_copy)
    assert [v.kind for v in first] == [VersionKind.SAVE]
    editor = window.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "More words typed")
    assert window.controller.save()
    window.history_recorder.flush()
    assert len(versions(sample_copy)) == 2
    assert window.controller.close_project()
    listed = versions(sample_copy)
    assert len(listed) == 2, "closing after a save changes nothing: no version"
    log = subprocess.run(["git", "--git-dir", str(sample_copy / HISTORY_NAME), "log",
                          "--format=%s"], check=True, capture_output=True, text=True).stdout
    assert log.splitlines() == [v.summary for v in listed]
    shown = subprocess.run(["git", "--git-dir", str(sample_copy / HISTORY_NAME), "show",
                            "HEAD:article.md"], check=True, capture_output=True, text=True)
    assert shown.stdout.rstrip().endswith("More words typed")


def test_the_words_recorded_are_the_status_bars(window, sample_copy):
    assert window.controller.open_path(sample_copy)
    document = window.controller.document
    document.text_document.setPlainText("# Title\n\none two three\n")
    document.analysis.flush()
    assert window.controller.save()
    window.history_recorder.flush()
    assert versions(sample_copy)[0].words == document.analysis.current().words == 4


def test_the_history_is_packed_in_the_background_after_a_save(window, sample_copy, monkeypatch,
                                                               qtbot):
    from retro_editor.core import history_compact
    from retro_editor.ui.history import recorder

    monkeypatch.setattr(recorder, "compact_history",
                        lambda folder: history_compact.compact_history(folder, limit=1))
    assert window.controller.open_path(sample_copy)
    document = window.controller.document
    document.text_document.setPlainText(document.text() + "\nPacked soon.\n")
    assert window.controller.save()
    window.history_recorder.flush()
    history = sample_copy / HISTORY_NAME
    assert history_compact.loose_objects(history), "recorded loose first"
    qtbot.waitUntil(lambda: not history_compact.loose_objects(history), timeout=20_000)
    assert any((history / "objects" / "pack").glob("*.pack"))
    shown = subprocess.run(["git", "--git-dir", str(history), "show", "HEAD:article.md"],
                           check=True, capture_output=True, text=True).stdout
    assert shown.endswith("Packed soon.\n") and len(versions(sample_copy)) == 1
