"""Backups on save (at most one every N minutes) and on close, exactly K kept, and
Project → Restore Backup… bringing the old text back through the dialogs."""

from __future__ import annotations

import zipfile

from prompts_double import RecordingPrompts
from test_safety_support import SafetyWindow, project_dir, prompts, settings, window  # noqa: F401

from retro_editor.core.backups import list_backups
from retro_editor.ui import settings as keys
from retro_editor.ui.preferences import PreferencesDialog


def backups_of(win, folder):
    win.safety.backups.flush()
    return list_backups(win.safety.backups.folder_for(folder))


def save_text(win, text: str) -> None:
    win.controller.document.text_document.setPlainText(text)
    assert win.controller.save()


def test_every_save_with_interval_zero_keeps_exactly_k(window, project_dir, settings):
    settings.set(keys.BACKUP_INTERVAL_MINUTES, 0)
    settings.set(keys.BACKUP_KEEP, 3)
    assert window.controller.open_path(project_dir)
    for n in range(6):
        save_text(window, f"# Version {n}\n")
    kept = backups_of(window, project_dir)
    assert len(kept) == 3
    texts = [zipfile.ZipFile(b.path).read("article.md").decode() for b in kept]
    assert texts == ["# Version 5\n", "# Version 4\n", "# Version 3\n"]


def test_interval_limits_backups_and_close_makes_one(window, project_dir, settings):
    settings.set(keys.BACKUP_INTERVAL_MINUTES, 10)
    assert window.controller.open_path(project_dir)
    save_text(window, "# One\n")
    save_text(window, "# Two\n")
    assert len(backups_of(window, project_dir)) == 1
    window.controller.close_project()
    kept = backups_of(window, project_dir)
    assert len(kept) == 2
    assert zipfile.ZipFile(kept[0].path).read("article.md") == b"# Two\n"
    assert window.controller.open_path(project_dir)
    window.controller.close_project()
    assert len(backups_of(window, project_dir)) == 2, "nothing saved: no new backup on close"


def test_restore_backup_through_the_menu(window, prompts, project_dir, settings):
    settings.set(keys.BACKUP_INTERVAL_MINUTES, 0)
    settings.set(keys.BACKUP_KEEP, 5)
    assert window.controller.open_path(project_dir)
    save_text(window, "# The old text\n")
    save_text(window, "# The new text\n")
    window.controller.document.text_document.setPlainText("# Unsaved text\n")

    prompts.answers.update(choose_backup=lambda backups: backups[-1],
                           confirm_restore_backup=True)
    window.action_map["project.restore_backup"].trigger()
    assert prompts.names() == ["choose_backup", "confirm_restore_backup"]
    [offered] = prompts.args_of("choose_backup")
    assert offered == backups_of(window, project_dir)[1:], "newest first, before the restore"
    chosen, modified = prompts.args_of("confirm_restore_backup")
    assert chosen == offered[-1] and modified, "the unsaved changes are mentioned"
    doc = window.controller.document
    assert doc.text() == "# The old text\n" and not doc.is_modified()
    assert (project_dir / "article.md").read_text("utf-8") == "# The old text\n"
    assert "Restored" in window.statusBar().currentMessage()
    kept = backups_of(window, project_dir)
    assert zipfile.ZipFile(kept[0].path).read("article.md") == b"# The new text\n", \
        "the files as they were are backed up before restoring"
    save_text(window, "# After restore\n")
    assert prompts.names() == ["choose_backup", "confirm_restore_backup"], \
        "no external-change question"


def test_cancelled_restore_changes_nothing(qtbot, project_dir, settings, tmp_path):
    """Cancelled in the list, then at the confirmation: answered through the prompts."""
    prompts = RecordingPrompts(choose_backup=[None, lambda backups: backups[-1]],
                               confirm_restore_backup=False)
    window = SafetyWindow(settings, tmp_path / "data", prompts=prompts)
    qtbot.addWidget(window)
    settings.set(keys.BACKUP_INTERVAL_MINUTES, 0)
    try:
        assert window.controller.open_path(project_dir)
        save_text(window, "# Kept\n")
        window.action_map["project.restore_backup"].trigger()
        window.action_map["project.restore_backup"].trigger()
        assert prompts.names() == ["choose_backup", "choose_backup", "confirm_restore_backup"]
        assert window.controller.document.text() == "# Kept\n"
        assert (project_dir / "article.md").read_text("utf-8") == "# Kept\n"
    finally:
        window.controller.close_project()
        window.safety.shutdown()


def test_preferences_set_n_and_k(qtbot, settings):
    dialog = PreferencesDialog(settings, page="backups")
    qtbot.addWidget(dialog)
    interval, keep = dialog.fields["backupInterval"], dialog.fields["backupKeep"]
    assert interval.value() == 10 and keep.value() == 20
    interval.setValue(3)
    keep.setValue(7)
    assert settings.get(keys.BACKUP_INTERVAL_MINUTES) == 3
    assert settings.get(keys.BACKUP_KEEP) == 7
