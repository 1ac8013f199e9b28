"""Runs a long job (a generator of ``(done, total)`` steps) with a progress dialog.

A progress dialog appears only if the job lasts (``minimumDuration``), and its Cancel stops the
job between two steps. The job runs on a :class:`~retro_editor.ui.tasks.TaskRunner` thread and
its progress, result or error come back on the GUI thread. A job that must use Qt objects of
the GUI thread (PDF printing) is stepped there instead, one step per event-loop turn, so the
window stays responsive between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterator

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from retro_editor.ui.tasks import TaskRunner

Step = tuple[int, int]


class JobCancelled(Exception):
    """The writer pressed Cancel."""


def _close(steps: Iterator[Step]) -> None:
    """Ends the steps early: a generator runs its ``finally`` blocks."""
    if isinstance(steps, Generator):
        steps.close()


class Job(QObject):
    """A running job with its progress dialog. ``done(error)`` is emitted on the GUI thread."""

    done = Signal(object)

    def __init__(self, label: str, job: Callable[[], Iterator[Step]], parent: QWidget | None,
                 minimum_duration_ms: int = 600, on_gui_thread: bool = False,
                 tasks: TaskRunner | None = None, modal: bool = True) -> None:
        """``modal=False``: the progress dialog neither blocks the window nor takes the focus
        when it shows, so the writer keeps typing (a link check)."""
        super().__init__(parent)
        self._job = job
        self._on_gui_thread = on_gui_thread
        self._tasks = tasks or TaskRunner(self, name="job", threads=1)
        self._steps: Iterator[Step] | None = None
        self._cancel_requested = threading.Event()
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setObjectName("jobProgress")
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal if modal
                                       else Qt.WindowModality.NonModal)
        self._dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not modal)
        self._dialog.setMinimumDuration(minimum_duration_ms)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self.cancel)
        self.error: BaseException | None = None
        self.finished = False

    def start(self) -> None:
        self._dialog.setValue(0)
        if self._on_gui_thread:
            QTimer.singleShot(0, self._gui_step)
        else:
            self._tasks.submit(self._run, on_done=self._on_finished, on_error=self._on_finished)

    def cancel(self) -> None:
        self._cancel_requested.set()
        self._dialog.setLabelText(self.tr("Cancelling…"))

    def _run(self) -> None:
        """The job on a runner thread: its steps, posted back as progress."""
        steps = self._job()
        for done, total in steps:
            self._tasks.post(self._on_progress, done, total)
            if self._cancel_requested.is_set():
                _close(steps)
                raise JobCancelled()

    def _gui_step(self) -> None:
        try:
            if self._steps is None:
                self._steps = self._job()
            if self._cancel_requested.is_set():
                _close(self._steps)
                raise JobCancelled()
            done, total = next(self._steps)
        except StopIteration:
            self._on_finished(None)
            return
        except BaseException as exc:  # reported like a threaded job's error
            self._on_finished(exc)
            return
        self._on_progress(done, total)
        QTimer.singleShot(0, self._gui_step)

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _on_finished(self, error: BaseException | None) -> None:
        self._dialog.close()
        self.error = error
        self.finished = True
        self.done.emit(error)
