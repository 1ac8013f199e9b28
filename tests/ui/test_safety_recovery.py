"""Autosave to the recovery folder while modified, removed on save/close, offered at start-up
(restore / compare / discard / later); never-saved imports are covered too."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from test_safety_support import SafetyWindow, answering, project_dir, settings, window  # noqa: F401

from retro_editor.core.recovery import list_snapshots
from retro_editor.ui.prompts import CloseAnswer


@pytest.fixture
def fast(qtbot, settings, tmp_path):
    win = SafetyWindow(settings, tmp_path / "data", autosave_ms=50)
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


def test_close_without_saving_removes_the_snapshot(qtbot, fast, project_dir, monkeypatch):
    assert fast.controller.open_path(project_dir)
    type_text(qtbot, fast, "\nDiscarded.\n")
    with qtbot.waitSignal(fast.safety.recovery.written, timeout=3000):
        pass
    monkeypatch.setattr(fast.prompts, "ask_save_changes", lambda _name: CloseAnswer.DISCARD)
    assert fast.controller.close_project()
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
    again = SafetyWindow(settings, tmp_path / "data")
    qtbot.addWidget(again)
    with answering(qtbot, ("recoveryBox", "restoreButton")) as answers:
        assert again.safety.offer_recovery()
    assert "never saved" in answers.seen[0][1]
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
    win = SafetyWindow(settings, left_behind)
    qtbot.addWidget(win)
    on_disk = (project_dir / "article.md").read_bytes()
    shown = {}

    def look(dialog):
        shown["diff"] = dialog.diff_view.toPlainText()
        dialog.reject()

    with answering(qtbot, ("recoveryBox", "compareButton"), ("diffDialog", look),
                   ("recoveryBox", "restoreButton")):
        assert win.safety.offer_recovery()
    assert "+Recovered paragraph." in shown["diff"]
    doc = win.controller.document
    assert doc.text().endswith("Recovered paragraph.\n") and doc.is_modified()
    assert (project_dir / "article.md").read_bytes() == on_disk, "restoring writes nothing"
    assert len(snapshots(win)) == 1, "kept until saved or discarded"
    doc.mark_saved()
    win.controller.close_project()
    assert snapshots(win) == []
    win.safety.shutdown()


def test_discard_and_later(qtbot, left_behind, settings):
    win = SafetyWindow(settings, left_behind)
    qtbot.addWidget(win)
    with answering(qtbot, ("recoveryBox", "laterButton")):
        assert not win.safety.offer_recovery()
    assert len(snapshots(win)) == 1 and win.controller.document is None
    with answering(qtbot, ("recoveryBox", "discardButton")):
        assert not win.safety.offer_recovery()
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
        win = SafetyWindow(settings, left_behind)
        qtbot.addWidget(win)
        with answering(qtbot):
            assert not win.safety.offer_recovery()
        assert len(snapshots(win)) == 1
        win.safety.shutdown()
    finally:
        holder.communicate("\n", timeout=30)
