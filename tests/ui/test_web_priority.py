"""The web engine's processes run at a lower priority than the window (Linux)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest

from retro_editor.ui.preview.web_priority import (
    WEB_ENGINE_NICENESS,
    lower_web_engine_priority,
    web_engine_processes,
)

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc") or not hasattr(os, "setpriority"),
                                reason="finds the processes in /proc")

#: a child that starts two grandchildren, one named as the web engine's processes are
TREE = textwrap.dedent('''
    import subprocess, sys, time
    def named(name):
        code = (f"open('/proc/self/comm', 'w').write({name!r}); "
                "threading.Thread(target=time.sleep, args=(60,), daemon=True).start(); "
                "print('up', flush=True); time.sleep(60)")
        return subprocess.Popen([sys.executable, "-c", "import threading, time\\n" + code],
                                stdout=subprocess.PIPE, text=True)
    kids = [named("QtWebEngineProcess"), named("other-helper")]
    for kid in kids:
        kid.stdout.readline()
    print(" ".join(str(kid.pid) for kid in kids), flush=True)
    time.sleep(60)
''')


def test_only_the_web_engine_descendants_are_lowered():
    child = subprocess.Popen([sys.executable, "-c", TREE], stdout=subprocess.PIPE, text=True)
    try:
        engine, other = (int(pid) for pid in child.stdout.readline().split())
        assert web_engine_processes(child.pid) == [engine]
        assert lower_web_engine_priority(child.pid) == 1
        threads = os.listdir(f"/proc/{engine}/task")
        assert len(threads) == 2, "its main thread and the one it started"
        assert all(os.getpriority(os.PRIO_PROCESS, int(tid)) == WEB_ENGINE_NICENESS
                   for tid in threads)
        assert os.getpriority(os.PRIO_PROCESS, other) == os.getpriority(os.PRIO_PROCESS, 0)
        assert lower_web_engine_priority(child.pid) == 0, "already lowered: left alone"
    finally:
        subprocess.run(["pkill", "-P", str(child.pid)], check=False)
        child.kill()
        child.wait(timeout=10)


def test_the_preview_s_processes_are_lowered_once_it_has_rendered(
        qtbot, settings, prompts, sample_copy, dispose):
    from retro_editor.ui.main_window import MainWindow

    window = MainWindow(settings, prompts=prompts)
    window.show()
    try:
        updates: list[str] = []
        window.preview.contentUpdated.connect(updates.append)
        assert window.open_project(sample_copy)
        qtbot.waitUntil(lambda: "full" in updates, timeout=20_000)
        deadline = time.monotonic() + 5
        processes = web_engine_processes(os.getpid())
        while time.monotonic() < deadline and not processes:
            qtbot.wait(100)
            processes = web_engine_processes(os.getpid())
        assert processes, "the preview runs in web engine processes"
        threads = [int(tid) for pid in processes for tid in os.listdir(f"/proc/{pid}/task")]
        assert all(os.getpriority(os.PRIO_PROCESS, tid) >= WEB_ENGINE_NICENESS
                   for tid in threads)
    finally:
        window.controller.document.mark_saved()
        dispose(window)
