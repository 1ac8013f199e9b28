"""Opening reads the project's files off the GUI thread: the window keeps working."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from test_safety_support import project_dir, prompts, settings, window  # noqa: F401

from retro_editor.core import project as core_project
from retro_editor.ui import project_controller


def test_window_keeps_running_while_a_slow_project_is_read(qtbot, window, project_dir,
                                                           monkeypatch):
    """Repro: a 64 KB pathological manifest froze the window for 12.7 s before the error
    dialog, because the files were read on the GUI thread. Here the read waits until the
    GUI thread has run a timer; read on the GUI thread, it never could (it gives up after
    a while and the test fails)."""
    gui_ran = threading.Event()
    read_on = []

    def slow_open(path):
        read_on.append(threading.current_thread() is threading.main_thread())
        gui_ran.wait(20)
        return core_project.open_project(path)

    monkeypatch.setattr(project_controller, "open_project", slow_open)
    QTimer.singleShot(50, gui_ran.set)
    assert window.controller.open_path(project_dir)
    assert read_on == [False]
    assert gui_ran.is_set()
    assert window.controller.document.project.folder == project_dir


def test_open_errors_still_come_back_as_one_dialog(window, prompts, tmp_path):
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "x.retro").write_bytes(b'{"format": "retro-editor/1", "x": "' + b'\\"' * 1000)
    (tmp_path / "broken" / "article.md").write_bytes(b"# x\n")
    assert not window.controller.open_path(tmp_path / "broken")
    assert prompts.names() == ["show_error"]
    assert "is not valid JSON" in prompts.args_of("show_error")[1]
