"""Autosave in the real window: the project on disk follows the writer's typing, on a pause,
on focus loss and on close, and waits (never writing) where it must."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel
from typing_helpers import replace_line

from retro_editor.core.errors import ProjectError
from retro_editor.testing.processes import hold_lock_in_child
from retro_editor.ui import project_controller
from retro_editor.ui import settings as keys
from retro_editor.ui.settings import Settings


@pytest.fixture
def autosaving(settings):
    settings.set(keys.AUTOSAVE_SECONDS, 1)
    return settings


def type_at_end(qtbot, window, text: str) -> None:
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, text)


def article(folder) -> str:
    return (folder / "article.md").read_text("utf-8")


def deactivate(window) -> None:
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))


def test_autosave_is_on_by_default(tmp_path):
    fresh = Settings(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    assert 0 < fresh.get(keys.AUTOSAVE_SECONDS) <= 10


def test_a_pause_in_typing_saves_the_project(qtbot, autosaving, window, sample_copy):
    assert window.open_project(sample_copy)
    type_at_end(qtbot, window, "Saved without Ctrl+S")
    assert window.status.saved_text() == "Unsaved changes"
    qtbot.waitUntil(lambda: "Saved without Ctrl+S" in article(sample_copy), timeout=5000)
    assert not window.isWindowModified()
    assert window.status.saved_text() == "Saved"


def test_focus_loss_and_close_save_at_once(qtbot, autosaving, window, sample_copy, prompts):
    autosaving.set(keys.AUTOSAVE_SECONDS, 600)
    assert window.open_project(sample_copy)
    type_at_end(qtbot, window, "Written before switching away")
    deactivate(window)
    assert "Written before switching away" in article(sample_copy)
    type_at_end(qtbot, window, " and before closing")
    assert window.controller.close_project()
    assert "and before closing" in article(sample_copy)
    assert "ask_save_changes" not in prompts.names()


def test_off_means_the_writer_is_asked_on_close(qtbot, settings, window, sample_copy, prompts):
    assert window.open_project(sample_copy)
    before = article(sample_copy)
    type_at_end(qtbot, window, "Not saved")
    deactivate(window)
    assert not window.controller.close_project()  # the double answers Cancel
    assert prompts.names().count("ask_save_changes") == 1
    assert article(sample_copy) == before


def test_drafts_do_not_keep_the_rest_from_saving(qtbot, autosaving, window, sample_copy):
    assert window.open_project(sample_copy)
    replace_line(qtbot, window.side_panel.article_tab.slug, "Not a slug!")
    type_at_end(qtbot, window, "Text saved beside a draft")
    deactivate(window)
    assert "Text saved beside a draft" in article(sample_copy)
    manifest = json.loads(next(sample_copy.glob("*.retro")).read_text("utf-8"))
    assert manifest["article"]["drafts"] == {"slug": "Not a slug!"}
    assert window.status.saved_text() == "Saved — 1 field needs attention"


def test_an_imported_file_waits_for_save_as(qtbot, autosaving, window, tmp_path, prompts):
    source = tmp_path / "notes.md"
    source.write_text("# Notes\n\nFirst line.\n", "utf-8")
    assert window.open_project(source)
    type_at_end(qtbot, window, " More.")
    deactivate(window)
    qtbot.wait(1500)  # longer than the autosave pause: nothing may be written meanwhile
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md", "settings.ini"]
    assert not window.controller.close_project()  # asked; the double answers Cancel
    assert "ask_save_changes" in prompts.names()


def test_a_change_by_another_program_is_not_overwritten(qtbot, autosaving, window,
                                                          sample_copy):
    assert window.open_project(sample_copy)
    theirs = article(sample_copy) + "\nAdded by another program.\n"
    (sample_copy / "article.md").write_text(theirs, "utf-8")
    type_at_end(qtbot, window, "Mine")
    deactivate(window)
    assert article(sample_copy) == theirs
    assert window.isWindowModified()
    assert "autosave failed" not in window.status.saved_text()


def test_autosave_resumes_once_the_writer_keeps_their_version(qtbot, autosaving, window,
                                                               sample_copy, prompts, tmp_path):
    from retro_editor.ui.safety import SafetyServices
    from retro_editor.ui.safety.conflict_dialog import ConflictChoice

    window.safety = SafetyServices(window, tmp_path / "recovery", tmp_path / "backups")
    try:
        assert window.open_project(sample_copy)
        type_at_end(qtbot, window, "Mine")
        (sample_copy / "article.md").write_text("Theirs\n", "utf-8")
        deactivate(window)
        assert article(sample_copy) == "Theirs\n"  # waits for the question
        prompts.answers["ask_conflict"] = ConflictChoice.KEEP_MINE
        window.safety.watcher.check_now()
        assert prompts.names().count("ask_conflict") == 1
        deactivate(window)
        assert "Mine" in article(sample_copy)
        assert not window.isWindowModified()
    finally:
        window.safety.shutdown()


def test_a_read_only_project_is_never_written(qtbot, autosaving, window, sample_copy, prompts):
    from retro_editor.ui.safety.lock_dialogs import LockAnswer

    other = hold_lock_in_child(sample_copy)
    prompts.answers["ask_locked"] = LockAnswer.READ_ONLY
    manifest = next(sample_copy.glob("*.retro"))
    before = manifest.read_bytes()
    try:
        assert window.open_project(sample_copy)
        assert window.controller.read_only
        window.controller.document.set_theme("dark")  # a change no widget may make here
        deactivate(window)
        assert manifest.read_bytes() == before
        assert "autosave failed" not in window.status.saved_text()
    finally:
        other.communicate("\n", timeout=30)


def test_a_failed_write_is_retried_and_shown(qtbot, autosaving, window, sample_copy,
                                             monkeypatch):
    real_save = project_controller.save_project

    def full_disk(project):
        raise ProjectError(project.article_path, "no space left on the device")

    monkeypatch.setattr(project_controller, "save_project", full_disk)
    assert window.open_project(sample_copy)
    type_at_end(qtbot, window, "Kept while the disk is full")
    deactivate(window)
    assert window.status.saved_text() == "Unsaved changes — autosave failed, retrying"
    assert "no space left" in window.status.findChild(QLabel, "savedState").toolTip()
    assert window.autosave.timer.isActive()  # the retry
    type_at_end(qtbot, window, "!")
    assert window.autosave.timer.remainingTime() > 2000  # typing does not hurry the retry

    monkeypatch.setattr(project_controller, "save_project", real_save)
    window.autosave.timer.timeout.emit()
    assert "Kept while the disk is full!" in article(sample_copy)
    assert window.status.saved_text() == "Saved"
    assert "works again" in window.status.currentMessage()


def test_the_pause_is_a_preference(qtbot, autosaving, window):
    from retro_editor.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(autosaving, page="backups")
    qtbot.addWidget(dialog)
    field = dialog.fields["autosaveSeconds"]
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "20")
    assert autosaving.get(keys.AUTOSAVE_SECONDS) == 20
    assert window.autosave.delay_ms() == 20_000
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "0")
    assert window.autosave.delay_ms() == 0


def test_autosaves_do_not_rotate_the_backups_away(qtbot, autosaving, window, sample_copy,
                                                  tmp_path):
    """With backups on every save, a manual save still makes one; autosaves, every few
    seconds, make one at most every ten minutes."""
    from retro_editor.core.backups import list_backups
    from retro_editor.ui.safety import SafetyServices

    autosaving.set(keys.BACKUP_INTERVAL_MINUTES, 0)
    window.safety = SafetyServices(window, tmp_path / "recovery", tmp_path / "backups")
    backups = window.safety.backups
    try:
        assert window.open_project(sample_copy)
        folder = backups.folder_for(sample_copy)
        for word in ("one", "two", "three"):
            type_at_end(qtbot, window, f" {word}")
            deactivate(window)
            assert f" {word}" in article(sample_copy)
            backups.flush()
        assert len(list_backups(folder)) == 1
        type_at_end(qtbot, window, " four")
        window.action_map["file.save"].trigger()
        backups.flush()
        assert len(list_backups(folder)) == 2
    finally:
        window.safety.shutdown()


def test_autosaves_are_recorded_as_autosave_versions(qtbot, autosaving, window, sample_copy):
    from retro_editor.core.history_message import VersionKind
    from retro_editor.core.history_store import HistoryStore

    assert window.open_project(sample_copy)
    type_at_end(qtbot, window, "First pause")
    qtbot.waitUntil(lambda: "First pause" in article(sample_copy), timeout=5000)
    type_at_end(qtbot, window, " and a second")
    qtbot.waitUntil(lambda: "and a second" in article(sample_copy), timeout=5000)
    window.history_recorder.flush()
    store = HistoryStore.open(sample_copy, create=False)
    try:
        kinds = [v.kind for v in store.versions()]
    finally:
        store.close()
    assert kinds == [VersionKind.AUTOSAVE], "two autosaves within ten minutes: one version"


def test_autosave_waits_while_a_sync_runs(qtbot, autosaving, window, sample_copy):
    assert window.open_project(sample_copy)
    window.project_sync.running = True
    type_at_end(qtbot, window, "Typed during a sync")
    qtbot.wait(2500)
    assert "Typed during a sync" not in article(sample_copy)
    assert window.isWindowModified()
    window.project_sync.running = False
    qtbot.waitUntil(lambda: "Typed during a sync" in article(sample_copy), timeout=5000)
