"""Two instances on one project: the second is told who holds the lock and may open it
read-only; a stale lock left by a killed process is offered to be cleared."""

from __future__ import annotations

import os
import socket

import pytest
from prompts_double import RecordingPrompts
from test_safety_support import (  # noqa: F401
    answering,
    project_dir,
    prompts,
    real_window,
    settings,
    window,
)

from retro_editor.core.lock import LOCK_NAME, read_lock
from retro_editor.testing.processes import hold_lock_in_child
from retro_editor.ui.safety.lock_dialogs import LockAnswer


def test_opening_takes_the_lock_and_closing_releases_it(window, project_dir):
    assert window.controller.open_path(project_dir)
    info = read_lock(project_dir / LOCK_NAME)
    assert info is not None and info.host == socket.gethostname()
    assert not window.controller.read_only
    window.controller.close_project()
    assert not (project_dir / LOCK_NAME).exists()


def test_second_instance_sees_the_holder_and_opens_read_only(window, prompts, project_dir):
    child = hold_lock_in_child(project_dir)
    try:
        before = (project_dir / "article.md").read_bytes()
        prompts.answers.update(ask_locked=LockAnswer.READ_ONLY, tell_read_only=False)
        assert window.controller.open_path(project_dir)
        assert prompts.names() == ["ask_locked"]
        locked, name = prompts.args_of("ask_locked")
        assert (locked.info.pid, locked.info.host) == (child.pid, socket.gethostname())
        assert not locked.stale
        assert name == window.controller.document.manifest.article.title
        assert window.controller.read_only
        assert window.editor.isReadOnly()
        assert not window.action_map["file.save"].isEnabled()
        assert not window.side_panel.isEnabled()
        assert "read-only" in window.statusBar().currentMessage()
        window.controller.document.text_document.setPlainText("changed anyway")
        assert not window.controller.save()
        assert prompts.names() == ["ask_locked", "tell_read_only"]
        assert (project_dir / "article.md").read_bytes() == before
        window.controller.document.mark_saved()
        window.controller.close_project()
        assert read_lock(project_dir / LOCK_NAME).pid == child.pid, "the holder keeps its lock"
    finally:
        child.communicate("\n", timeout=30)


def test_second_instance_may_cancel(window, prompts, project_dir):
    child = hold_lock_in_child(project_dir)
    try:
        prompts.answers["ask_locked"] = LockAnswer.CANCEL
        assert not window.controller.open_path(project_dir)
        assert prompts.names() == ["ask_locked"]
        assert window.controller.document is None
    finally:
        child.communicate("\n", timeout=30)


def test_lock_of_a_crashed_process_is_cleared_without_asking(window, prompts, project_dir):
    """Repro: after a crash on this host, reopening asked whether to clear the lock of the
    process that is gone; it is cleared without a question."""
    child = hold_lock_in_child(project_dir)
    child.kill()
    child.wait(timeout=30)
    assert window.controller.open_path(project_dir)
    assert prompts.asked == []
    assert not window.controller.read_only and not window.editor.isReadOnly()
    assert read_lock(project_dir / LOCK_NAME).pid == os.getpid()
    window.controller.close_project()
    assert not (project_dir / LOCK_NAME).exists()


def test_old_unreadable_lock_is_offered_to_be_cleared(window, prompts, project_dir):
    lock = project_dir / LOCK_NAME
    lock.write_text("garbage")
    os.utime(lock, (0, 0))
    prompts.answers["ask_locked"] = LockAnswer.CLEAR
    assert window.controller.open_path(project_dir)
    assert prompts.names() == ["ask_locked"]
    locked, _name = prompts.args_of("ask_locked")
    assert locked.stale and locked.info is None and locked.path == lock
    assert read_lock(lock).pid == os.getpid()
    window.controller.close_project()


def test_live_lock_can_be_cleared_but_not_by_default_real_dialog(qtbot, real_window,
                                                                 project_dir):
    """Repro: a lock naming a process id that was reused (so it looks alive) could never be
    cleared from the window; and an empty lock (a live one being created) was called stale
    with "Clear Lock and Open" as the default. Enter now opens read-only; clearing is offered
    as a separate, non-default button.

    The one real lock box: its text, its default button, and Clear mapped to clearing."""
    window = real_window
    from PySide6.QtWidgets import QAbstractButton

    (project_dir / LOCK_NAME).write_bytes(b"")
    defaults = []

    def clear_noting_default(box):
        defaults.append(box.defaultButton().objectName())
        box.findChild(QAbstractButton, "clearLockButton").click()

    with answering(qtbot, ("projectLockedBox", clear_noting_default)) as answers:
        assert window.controller.open_path(project_dir)
    assert defaults == ["readOnlyButton"]
    assert "open in another Retro Editor" in answers.seen[0][1]
    assert not window.controller.read_only
    assert read_lock(project_dir / LOCK_NAME).pid == os.getpid()
    window.controller.close_project()


def test_real_window_title_says_read_only(qtbot, settings, project_dir, tmp_path):
    preview = pytest.importorskip("retro_editor.ui.preview")
    if not hasattr(preview, "create_preview"):
        pytest.skip("the live preview (ui/preview) has not landed yet")
    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.safety import SafetyServices

    prompts = RecordingPrompts(ask_locked=LockAnswer.READ_ONLY)
    win = MainWindow(settings, prompts=prompts)
    qtbot.addWidget(win)
    win.safety = SafetyServices(win, tmp_path / "recovery", tmp_path / "backups")
    child = hold_lock_in_child(project_dir)
    try:
        assert win.open_project(project_dir)
        assert prompts.names() == ["ask_locked"]
        assert "(read-only)" in win.windowTitle()
        assert win.editor.isReadOnly() and not win.action_map["file.save"].isEnabled()
        assert win.controller.close_project()
        assert not win.editor.isReadOnly()
    finally:
        child.communicate("\n", timeout=30)
        win.safety.shutdown()
