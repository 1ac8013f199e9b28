"""The task runner: work off the GUI thread, results and errors back on it, serial queues in
order, and a shutdown that waits for everything."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from retro_editor.ui.tasks import GIL_SWITCH_S, TaskRunner

MAIN = threading.main_thread()


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner(threads=4)
    yield tasks
    tasks.shutdown()
    tasks.deleteLater()


def test_results_arrive_on_the_gui_thread(qtbot, runner):
    arrived = []
    runner.submit(lambda: threading.current_thread(),
                  on_done=lambda worker: arrived.append((worker, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(arrived))
    worker, delivered_on = arrived[0]
    assert worker is not MAIN and delivered_on is MAIN


def test_errors_arrive_on_the_gui_thread(qtbot, runner):
    errors = []

    def fail() -> None:
        raise ValueError("disk on fire")

    runner.submit(fail, on_done=lambda _: errors.append("done?"),
                  on_error=lambda exc: errors.append((exc, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0][0], ValueError) and str(errors[0][0]) == "disk on fire"
    assert errors[0][1] is MAIN and len(errors) == 1


def test_an_error_nobody_handles_is_logged(qtbot, runner, caplog):
    def fail() -> None:
        raise OSError("unlogged?")

    with caplog.at_level(logging.ERROR, logger="retro_editor.ui.tasks"):
        runner.submit(fail)
        qtbot.waitUntil(lambda: "unlogged?" in caplog.text)


def test_a_serial_queue_runs_one_item_at_a_time_in_order(qtbot, runner):
    ran, delivered = [], []
    running = [0]
    overlap = []
    gate = threading.Event()

    def item(n: int) -> int:
        running[0] += 1
        overlap.append(running[0])
        if n == 0:
            gate.wait(60)  # the others are queued behind it meanwhile
        ran.append(n)
        running[0] -= 1
        return n

    for n in range(12):
        runner.submit(item, n, on_done=delivered.append, queue="ordered")
    assert runner.pending("ordered") == 12
    gate.set()
    assert runner.wait(60, queue="ordered")
    qtbot.waitUntil(lambda: len(delivered) == 12)
    assert ran == delivered == list(range(12))
    assert max(overlap) == 1


def test_other_work_is_not_held_up_by_a_busy_queue(qtbot, runner):
    gate = threading.Event()
    done = []
    runner.submit(gate.wait, 60, queue="slow")
    runner.submit(lambda: "free", on_done=done.append)
    qtbot.waitUntil(lambda: done == ["free"])
    assert runner.pending("slow") == 1
    gate.set()
    assert runner.wait(60)


def test_progress_posted_from_the_work_arrives_on_the_gui_thread(qtbot, runner):
    seen = []

    def work() -> str:
        for step in range(3):
            runner.post(lambda s: seen.append((s, threading.current_thread())), step)
        return "end"

    runner.submit(work, on_done=lambda r: seen.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: len(seen) == 4)
    assert seen == [(0, MAIN), (1, MAIN), (2, MAIN), ("end", MAIN)]


def test_shutdown_waits_for_the_work_and_delivers_its_results(qapp):
    tasks = TaskRunner()
    started = threading.Event()
    release = threading.Event()
    delivered = []

    def slow(n: int) -> int:
        started.set()
        release.wait(60)
        return n

    tasks.submit(slow, 1, on_done=delivered.append, queue="q")
    tasks.submit(slow, 2, on_done=delivered.append, queue="q")
    assert started.wait(60)
    threading.Timer(0.2, release.set).start()
    tasks.shutdown()  # no event loop runs here: shutdown itself hands the results over
    assert delivered == [1, 2] and tasks.pending() == 0
    tasks.submit(lambda: 3, on_done=delivered.append)  # quitting: runs at once
    assert delivered == [1, 2, 3]
    tasks.deleteLater()


def test_synchronous_mode_runs_everything_at_once(qapp):
    tasks = TaskRunner(synchronous=True)
    seen = []
    tasks.submit(lambda: threading.current_thread(), on_done=seen.append, queue="q")
    tasks.submit(lambda: 1 / 0, on_error=lambda exc: seen.append(type(exc)))
    assert seen == [MAIN, ZeroDivisionError]
    tasks.deleteLater()


def test_work_finishing_after_its_runner_is_deleted_calls_nothing(qtbot):
    """A window closed while its analysis ran: the worker thread emitted on a runner being
    deleted, a race that crashed a full run (exit 139, the stack in TaskRunner.post). Calls now
    travel through an application-wide relay that drops those of a deleted runner; this pins
    that contract (the race itself is too narrow to reproduce on demand)."""
    import threading

    import shiboken6

    from retro_editor.ui.tasks import TaskRunner

    release = threading.Event()
    calls: list[object] = []
    runner = TaskRunner()
    runner.submit(release.wait, 10, on_done=calls.append)
    runner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(runner), timeout=5000)
    release.set()
    qtbot.wait(200)
    assert calls == []


def test_worker_threads_hand_the_gil_back_quickly(qapp):
    """A pool thread computing (an analysis of 100,000 words) must not keep the GUI thread
    from its next Python slot for Python's default 5 ms at a time."""
    default = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        runner = TaskRunner(qapp, name="gil")
        assert sys.getswitchinterval() <= GIL_SWITCH_S
        runner.shutdown()
    finally:
        sys.setswitchinterval(default)
