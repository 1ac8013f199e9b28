"""Runs a long job (a generator of ``(done, total)`` steps) off the GUI thread.

A progress dialog appears only if the job lasts (``minimumDuration``), and its Cancel stops the
job between two steps. The result or the error comes back on the GUI thread. A job that must
use Qt objects of the GUI thread (PDF printing) is stepped there instead, one step per event-loop
turn, so the window stays responsive between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QThread, QTimer, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Step = tuple[int, int]


class JobCancelled(Exception):
    """The writer pressed Cancel."""


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # None on success, else the exception

    def __init__(self, job: Callable[[], Iterator[Step]]) -> None:
        super().__init__()
        self._job = job
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        steps = None
        try:
            steps = self._job()
            for done, total in steps:
                self.progressed.emit(done, total)
                if self.cancel_requested.is_set():
                    steps.close()
                    raise JobCancelled()
        except BaseException as exc:  # reported to the GUI thread, never lost
            self.finished.emit(exc)
            return
        self.finished.emit(None)


class Job(QObject):
    """A running job with its progress dialog. ``done(error)`` is emitted on the GUI thread."""

    done = Signal(object)

    def __init__(self, label: str, job: Callable[[], Iterator[Step]], parent: QWidget,
                 minimum_duration_ms: int = 600, on_gui_thread: bool = False) -> None:
        super().__init__(parent)
        self._job = job
        self._on_gui_thread = on_gui_thread
        self._steps: Iterator[Step] | None = None
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setObjectName("jobProgress")
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(minimum_duration_ms)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._worker = _Worker(job)
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._dialog.canceled.connect(self.cancel)
        self.error: BaseException | None = None
        self.finished = False

    def start(self) -> None:
        self._dialog.setValue(0)
        if self._on_gui_thread:
            QTimer.singleShot(0, self._gui_step)
        else:
            self._thread.start()

    def _gui_step(self) -> None:
        try:
            if self._steps is None:
                self._steps = self._job()
            if self._worker.cancel_requested.is_set():
                self._steps.close()
                raise JobCancelled()
            done, total = next(self._steps)
        except StopIteration:
            self._on_finished(None)
            return
        except BaseException as exc:  # reported like a worker's error
            self._on_finished(exc)
            return
        self._on_progress(done, total)
        QTimer.singleShot(0, self._gui_step)

    def cancel(self) -> None:
        self._worker.cancel_requested.set()
        self._dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _on_finished(self, error: BaseException | None) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        self._dialog.close()
        self.error = error
        self.finished = True
        self.done.emit(error)
