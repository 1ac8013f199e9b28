"""Export jobs: steps off the GUI thread (or on it, for PDF printing), progress in the dialog,
Cancel between steps, the outcome back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from retro_editor.ui.jobs import Job, JobCancelled

MAIN = threading.main_thread()


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def run_job(qtbot, parent, steps, **kwargs) -> tuple[Job, list]:
    threads: list[threading.Thread] = []

    def job():
        threads.append(threading.current_thread())
        yield from steps()

    outcome: list = []
    running = Job("Exporting…", job, parent, minimum_duration_ms=0, **kwargs)
    running.done.connect(lambda error: outcome.append((error, threading.current_thread())))
    running.start()
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    return running, outcome + threads


@pytest.mark.parametrize("on_gui_thread", [False, True])
def test_a_job_shows_its_progress_and_finishes_on_the_gui_thread(qtbot, parent, on_gui_thread):
    def steps():
        for n in range(1, 6):
            yield n, 5

    job, [(error, done_on), ran_on] = run_job(qtbot, parent, steps, on_gui_thread=on_gui_thread)
    assert error is None and job.finished and done_on is MAIN
    assert (ran_on is MAIN) == on_gui_thread
    dialog = parent.findChild(QProgressDialog, "jobProgress")
    assert dialog.maximum() == 5 and not dialog.isVisible()


@pytest.mark.parametrize("on_gui_thread", [False, True])
def test_a_failing_job_reports_its_error(qtbot, parent, on_gui_thread):
    def steps():
        yield 1, 2
        raise OSError("disk full")

    job, [(error, done_on), _] = run_job(qtbot, parent, steps, on_gui_thread=on_gui_thread)
    assert isinstance(error, OSError) and job.error is error and done_on is MAIN


@pytest.mark.parametrize("on_gui_thread", [False, True])
def test_cancel_stops_the_job_between_steps(qtbot, parent, on_gui_thread):
    reached = []
    third_step, pressed = threading.Event(), threading.Event()

    def steps():
        for n in range(1, 100_000):
            reached.append(n)
            if n == 3:
                third_step.set()
                if not on_gui_thread:  # (on the GUI thread, Cancel is pressed between steps)
                    pressed.wait(60)
            yield n, 100_000

    def press_cancel():
        if third_step.is_set():
            third_step.clear()
            parent.findChild(QProgressDialog, "jobProgress").findChild(QPushButton).click()
            pressed.set()

    timer = QTimer(parent)
    timer.timeout.connect(press_cancel)
    timer.start(0)
    job, [(error, _), _] = run_job(qtbot, parent, steps, on_gui_thread=on_gui_thread)
    assert isinstance(error, JobCancelled) and job.error is error
    assert len(reached) < 100_000
