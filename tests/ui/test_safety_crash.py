"""The real app is killed with SIGKILL while it has unsaved edits; started again, it offers
the recovery snapshot, and restoring brings the typed text back as unsaved changes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_safety_support import SAMPLE

DRIVER = textwrap.dedent(r'''
    import json, os, sys, types
    from pathlib import Path

    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication, as app.py does)
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    try:
        from retro_editor.ui.preview import create_preview  # noqa: F401
    except ImportError:  # the live preview is not there yet: a stand-in pane
        from PySide6.QtWidgets import QWidget

        class StandIn(QWidget):
            def set_document(self, document): pass
            def follow_line(self, line): pass

        stub = types.ModuleType("retro_editor.ui.preview")
        stub.create_preview = lambda parent: StandIn(parent)
        sys.modules["retro_editor.ui.preview"] = stub

    phase, project, data, ini, tests_ui = sys.argv[1:6]
    sys.path.insert(0, tests_ui)
    from prompts_double import RecordingPrompts

    from retro_editor.app import start_window
    from retro_editor.ui import prompts as prompts_module
    from retro_editor.ui.safety.lock_dialogs import LockAnswer
    from retro_editor.ui.safety.recovery_dialog import RecoveryAnswer
    from retro_editor.ui.settings import AUTOSAVE_SECONDS, Settings

    app = QApplication([])
    prompts = RecordingPrompts(ask_recovery=(RecoveryAnswer.RESTORE, False),
                               ask_locked=LockAnswer.CLEAR)
    prompts_module.Prompts = lambda parent: prompts  # the window start_window builds asks these
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    settings.set(AUTOSAVE_SECONDS, 0)  # the unsaved text is what a crash must not lose
    window, opened = start_window(settings, Path(project), Path(data) / "docs", Path(data))
    doc = window.controller.document
    if phase == "type":
        window.safety.recovery.timer.setInterval(300)

        def type_text():
            window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
            QTest.keyClicks(window.editor, "Typed just before the crash")

        window.safety.recovery.written.connect(lambda: print("SNAPSHOT", flush=True))
        QTimer.singleShot(0, type_text)
        app.exec()
    else:
        print(json.dumps({"seen": prompts.names(), "opened": opened, "text": doc.text() if doc else None,
                          "modified": doc.is_modified() if doc else None,
                          "read_only": window.controller.read_only}), flush=True)
        os._exit(0)
''')


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_app_offers_recovery_and_restores(tmp_path):
    project = tmp_path / "Neon Harbor"
    shutil.copytree(SAMPLE, project)
    on_disk = (project / "article.md").read_bytes()
    data, ini = tmp_path / "data", str(tmp_path / "settings.ini")
    script = tmp_path / "driver.py"
    script.write_text(DRIVER, "utf-8")
    args = [sys.executable, str(script)]
    tests_ui = str(Path(__file__).resolve().parent)

    child = subprocess.Popen(args + ["type", str(project), str(data), ini, tests_ui],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.strip() == "SNAPSHOT", child.stderr.read() if not line else line
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert (project / "article.md").read_bytes() == on_disk

    again = subprocess.run(args + ["restore", str(project), str(data), ini, tests_ui],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    result = json.loads(again.stdout.strip().splitlines()[-1])
    assert result["seen"] == ["ask_recovery"], "the offer; the dead process's lock goes unasked"
    assert result["opened"] and not result["read_only"]
    assert result["text"].endswith("Typed just before the crash")
    assert result["modified"]
    assert (project / "article.md").read_bytes() == on_disk, "nothing written until saved"
