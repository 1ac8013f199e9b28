"""Autosave to the recovery folder while modified, removed on save/close, offered at start-up
(restore / compare / discard / later); never-saved imports are covered too."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from prompts_double import RecordingPrompts
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from test_safety_support import (  # noqa: F401
    SafetyWindow,
    answering,
    project_dir,
    prompts,
    settings,
    window,
)

from retro_editor.core.recovery import list_snapshots
from retro_editor.ui.prompts import CloseAnswer
from retro_editor.ui.safety.recovery_dialog import RecoveryAnswer

RESTORE = (RecoveryAnswer.RESTORE, False)
COMPARE = (RecoveryAnswer.LATER, True)


@pytest.fixture
def fast(qtbot, settings, tmp_path, prompts):
    win = SafetyWindow(settings, tmp_path / "data", autosave_ms=50, prompts=prompts)
    qtbot.addWidget(win)
    yield win
    win.safety.shutdown()


def snapshots(win):
    win.safety.recovery.flush()
    return list_snapshots(win.safety.recovery.recovery_root)


def type_text(qtbot, win, text: str) -> None:
    win.editor.moveCursor(win.editor.textCursor().MoveOperation.End)
    win.editor.insertPlainText(text)


def test_modified_document_is_snapshotted_and_save_removes_it(qtbot, fast, project_dir):
    assert fast.controller.open_path(project_dir)
    qtbot.wait(150)
    assert snapshots(fast) == [], "nothing to recover while unmodified"
    type_text(qtbot, fast, "\nTyped before a crash.\n")
    with qtbot.waitSignal(fast.safety.recovery.written, timeout=3000):
        pass
    [snap] = snapshots(fast)
    assert (snap.folder / "article.md").read_text("utf-8").endswith("Typed before a crash.\n")
    assert "Typed before" not in (project_dir / "article.md").read_text("utf-8")
    assert fast.controller.save()
    assert snapshots(fast) == []


def test_close_without_saving_removes_the_snapshot(qtbot, fast, project_dir):
    assert fast.controller.open_path(project_dir)
    type_text(qtbot, fast, "\nDiscarded.\n")
    with qtbot.waitSignal(fast.safety.recovery.written, timeout=3000):
        pass
    fast.prompts.answers["ask_save_changes"] = CloseAnswer.DISCARD
    assert fast.controller.close_project()
    assert fast.prompts.names() == ["ask_save_changes"]
    assert snapshots(fast) == []


def test_losing_focus_snapshots_at_once(qtbot, window, project_dir):
    assert window.controller.open_path(project_dir)  # autosave timer: 100 s
    type_text(qtbot, window, "\nBefore switching apps.\n")
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    [snap] = snapshots(window)
    assert (snap.folder / "article.md").read_text("utf-8").endswith("Before switching apps.\n")


def test_never_saved_import_is_covered(qtbot, fast, tmp_path, settings):
    md = tmp_path / "draft.md"
    md.write_text("# Draft\n\nImported.\n", "utf-8")
    assert fast.controller.open_path(md)
    type_text(qtbot, fast, "Typed into the import.\n")
    with qtbot.waitSignal(fast.safety.recovery.written, timeout=3000):
        pass
    [snap] = snapshots(fast)
    assert not snap.project_saved and not snap.project_folder.exists()
    fast.safety.shutdown()  # "crash": a new window starts from the recovery folder
    asked = RecordingPrompts(ask_recovery=RESTORE)
    again = SafetyWindow(settings, tmp_path / "data", prompts=asked)
    qtbot.addWidget(again)
    assert again.safety.offer_recovery()
    assert asked.names() == ["ask_recovery"]
    [offered] = asked.args_of("ask_recovery")
    assert offered.folder == snap.folder and not offered.project_saved
    doc = again.controller.document
    assert doc.text().endswith("Typed into the import.\n") and doc.is_modified()
    assert again.controller.save()
    assert (snap.project_folder / "article.md").read_text("utf-8").endswith("import.\n")
    assert snapshots(again) == []
    again.controller.close_project()
    again.safety.shutdown()


@pytest.fixture
def left_behind(qtbot, fast, project_dir, tmp_path):
    """A snapshot as a crash leaves it: written, never removed."""
    assert fast.controller.open_path(project_dir)
    type_text(qtbot, fast, "\nRecovered paragraph.\n")
    with qtbot.waitSignal(fast.safety.recovery.written, timeout=3000):
        pass
    fast.safety.shutdown()
    fast.controller._release_lock()
    fast.controller.document = None
    return tmp_path / "data"


def test_compare_then_restore(qtbot, left_behind, settings, project_dir):
    compared = []
    prompts = RecordingPrompts(ask_recovery=[COMPARE, RESTORE],
                               show_diff=lambda comparisons, *_labels: compared.extend(
                                   comparisons))
    win = SafetyWindow(settings, left_behind, prompts=prompts)
    qtbot.addWidget(win)
    on_disk = (project_dir / "article.md").read_bytes()
    assert win.safety.offer_recovery()
    assert prompts.names() == ["ask_recovery", "show_diff", "ask_recovery"]
    [offered] = prompts.args_of("ask_recovery")
    assert offered.project_folder == project_dir and offered.project_saved
    [article] = [c for c in compared if c.name == "article.md"]
    assert article.left == on_disk.decode("utf-8")
    assert article.right.endswith("Recovered paragraph.\n")
    doc = win.controller.document
    assert doc.text().endswith("Recovered paragraph.\n") and doc.is_modified()
    assert (project_dir / "article.md").read_bytes() == on_disk, "restoring writes nothing"
    assert len(snapshots(win)) == 1, "kept until saved or discarded"
    doc.mark_saved()
    win.controller.close_project()
    assert snapshots(win) == []
    win.safety.shutdown()


def test_compare_then_restore_real_dialog(qtbot, left_behind, settings, project_dir):
    """The one real recovery box: it names the project, Compare… shows the diff and asks
    again, Restore restores."""
    win = SafetyWindow(settings, left_behind)
    qtbot.addWidget(win)
    shown = {}

    def look(dialog):
        shown["diff"] = dialog.diff_view.toPlainText()
        dialog.reject()

    with answering(qtbot, ("recoveryBox", "compareButton"), ("diffDialog", look),
                   ("recoveryBox", "restoreButton")) as answers:
        assert win.safety.offer_recovery()
    assert "did not close normally" in answers.seen[0][1]
    assert f"The project is in {project_dir}." in answers.seen[0][1]
    assert "+Recovered paragraph." in shown["diff"]
    doc = win.controller.document
    assert doc.text().endswith("Recovered paragraph.\n") and doc.is_modified()
    doc.mark_saved()
    win.controller.close_project()
    win.safety.shutdown()


def test_discard_and_later(qtbot, left_behind, settings):
    prompts = RecordingPrompts(ask_recovery=[(RecoveryAnswer.LATER, False),
                                             (RecoveryAnswer.DISCARD, False)])
    win = SafetyWindow(settings, left_behind, prompts=prompts)
    qtbot.addWidget(win)
    assert not win.safety.offer_recovery()
    assert len(snapshots(win)) == 1 and win.controller.document is None
    assert not win.safety.offer_recovery()
    assert prompts.names() == ["ask_recovery", "ask_recovery"]
    assert snapshots(win) == []
    win.safety.shutdown()


def test_project_open_in_a_running_instance_is_not_offered(qtbot, left_behind, settings,
                                                           project_dir):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from retro_editor.core.lock import acquire_lock
        lock = acquire_lock({str(project_dir)!r})
        print("held", flush=True)
        sys.stdin.readline()
        lock.release()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        prompts = RecordingPrompts(ask_recovery=RESTORE)
        win = SafetyWindow(settings, left_behind, prompts=prompts)
        qtbot.addWidget(win)
        assert not win.safety.offer_recovery()
        assert prompts.asked == []
        assert len(snapshots(win)) == 1
        win.safety.shutdown()
    finally:
        holder.communicate("\n", timeout=30)
