"""Saving onto a full disk, into a read-only folder or file, or after the folder was renamed:
the error names the file and the reason, the old file stays byte-identical, the document
stays modified, nothing half-written is left, and Save As… is offered and works."""

from __future__ import annotations

import os
import shutil
import stat

import pytest
from test_safety_support import (  # noqa: F401
    SAMPLE,
    answering,
    fill_disk,
    mounted_tmpfs,
    project_dir,
    prompts,
    real_window,
    remount_read_only,
    settings,
    window,
)

from retro_editor.core.storage import TEMP_MARK
from retro_editor.ui.safety.conflict_dialog import OverwriteChoice


def save_failed_message(prompts) -> str:
    error, *_options = prompts.args_of("ask_save_failed")
    return str(error)


def leftovers(folder):
    return [p.name for p in folder.rglob("*") if TEMP_MARK in p.name]


def test_full_disk(window, prompts, tmp_path):
    with mounted_tmpfs(tmp_path / "small", "1m") as disk:
        folder = disk / "project"
        shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("*.png", "*.jpg"))
        assert window.controller.open_path(folder)
        before = (folder / "article.md").read_bytes()
        fill_disk(disk, leave=64 * 1024)
        doc = window.controller.document
        doc.text_document.setPlainText(("A long paragraph of new words. " * 10 + "\n") * 2000)
        copy = tmp_path / "copy"
        prompts.answers.update(choose_new_project_folder=copy, ask_save_failed=[False, True])
        assert not window.controller.save()
        assert prompts.names() == ["ask_save_failed"]
        message = save_failed_message(prompts)
        assert "article.md" in message and "the disk is full" in message
        assert (folder / "article.md").read_bytes() == before
        assert doc.is_modified()
        assert leftovers(folder) == []
        assert window.controller.save()
        assert prompts.names() == ["ask_save_failed", "ask_save_failed",
                                   "choose_new_project_folder"]
        assert (copy / "article.md").read_text("utf-8").startswith("A long paragraph")
        assert not window.controller.document.is_modified()
        assert window.controller.document.project.folder == copy
        assert (folder / "article.md").read_bytes() == before


def test_read_only_folder(window, prompts, project_dir):
    assert window.controller.open_path(project_dir)
    before = {p.name: p.read_bytes() for p in project_dir.iterdir() if p.is_file()}
    doc = window.controller.document
    doc.text_document.setPlainText("# Changed while the folder is read-only\n")
    with remount_read_only(project_dir):
        prompts.answers["ask_save_failed"] = False
        assert not window.controller.save()
        assert prompts.names() == ["ask_save_failed"]
        message = save_failed_message(prompts)
        assert "article.md" in message and "read-only" in message
        assert doc.is_modified()
        after = {p.name: p.read_bytes() for p in project_dir.iterdir() if p.is_file()}
        assert after == before
    assert leftovers(project_dir) == []


def test_read_only_file_is_never_replaced_real_dialog(qtbot, real_window, project_dir):
    """The one real save-failed box: it shows the error, Close answers "no Save As" and
    Save As… answers yes."""
    window = real_window
    assert window.controller.open_path(project_dir)
    article = project_dir / "article.md"
    before = article.read_bytes()
    os.chmod(article, 0o444)
    window.controller.document.text_document.setPlainText("# New\n")
    with answering(qtbot, ("saveFailedBox", "closeButton")) as answers:
        assert not window.controller.save()
    assert "article.md" in answers.seen[0][1] and "read-only" in answers.seen[0][1]
    assert article.read_bytes() == before
    assert stat.S_IMODE(article.stat().st_mode) == 0o444
    assert window.controller.document.is_modified()
    with answering(qtbot, ("saveFailedBox", "saveAsButton")) as answers:
        assert window.prompts.ask_save_failed("article.md: the disk is full")
    assert answers.seen[0][1].startswith("article.md: the disk is full\n")


def test_folder_renamed_while_open_offers_save_as(window, prompts, project_dir, tmp_path):
    assert window.controller.open_path(project_dir)
    window.safety.watcher._watcher.removePaths(window.safety.watcher.watched_paths())
    window.controller.document.text_document.setPlainText("# Written after the rename\n")
    moved = tmp_path / "Moved elsewhere"
    os.rename(project_dir, moved)
    copy = tmp_path / "Saved copy"
    gone = []

    def save_as(changed, _comparisons):
        gone.extend(p.parent for p in changed if not p.parent.exists())
        return OverwriteChoice.SAVE_AS

    prompts.answers.update(choose_new_project_folder=copy, ask_before_overwrite=save_as)
    assert window.controller.save()
    assert prompts.names() == ["ask_before_overwrite", "choose_new_project_folder"]
    assert gone and set(gone) == {project_dir}
    assert not project_dir.exists(), "the old place was not silently recreated"
    assert (copy / "article.md").read_text("utf-8") == "# Written after the rename\n"


def test_cancelled_save_keeps_everything(window, prompts, project_dir):
    assert window.controller.open_path(project_dir)
    window.safety.watcher._watcher.removePaths(window.safety.watcher.watched_paths())
    (project_dir / "article.md").unlink()
    window.controller.document.text_document.setPlainText("# Mine\n")
    prompts.answers["ask_before_overwrite"] = OverwriteChoice.CANCEL
    assert not window.controller.save()
    assert prompts.names() == ["ask_before_overwrite"]
    assert not (project_dir / "article.md").exists()
    assert window.controller.document.is_modified()


@pytest.mark.parametrize("where", ["snapshot", "backup"])
def test_full_disk_in_the_data_folder_is_reported_not_fatal(qtbot, settings, tmp_path,
                                                            project_dir, where):
    from test_safety_support import SafetyWindow

    from retro_editor.ui import settings as keys

    settings.set(keys.BACKUP_INTERVAL_MINUTES, 0)
    with mounted_tmpfs(tmp_path / "data", "1m") as data:
        win = SafetyWindow(settings, data, autosave_ms=50)
        qtbot.addWidget(win)
        assert win.controller.open_path(project_dir)
        fill_disk(data, leave=0)
        win.controller.document.text_document.setPlainText(("x" * 99 + "\n") * 3000)
        if where == "snapshot":
            with qtbot.waitSignal(win.safety.recovery.failed, timeout=3000) as blocker:
                pass
            assert "recovery" in blocker.args[0] and "disk is full" in blocker.args[0]
        else:
            with qtbot.waitSignal(win.safety.backups.notice, timeout=5000) as blocker:
                assert win.controller.save()
            assert "backup failed" in blocker.args[0]
            assert not list(data.rglob("*.partial"))
        win.controller.document.mark_saved()
        win.controller.close_project()
        win.safety.shutdown()
