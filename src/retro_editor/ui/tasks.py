"""The one way the UI runs work off the GUI thread: :class:`TaskRunner`.

``submit(fn, *args, on_done=…, on_error=…, queue=…)`` runs ``fn`` on a pool thread and calls
``on_done(result)`` or ``on_error(exception)`` later on the runner's own thread (the GUI
thread), through a queued signal: the callbacks may touch widgets, the work may not. Work
given the same ``queue`` name runs one item at a time in submission order (each backup sees
one save's files; recovery snapshots are written and removed in order); other work may run
side by side. :meth:`TaskRunner.post` hands a call back to the GUI thread from inside the work
(progress). :meth:`TaskRunner.wait` waits for work to finish, :meth:`TaskRunner.shutdown`
for everything before quitting; after it, work runs at once on the caller's thread. A runner
made with ``synchronous=True`` runs everything at once, callbacks included, for tests.

Work that could hang or hold the GIL for long runs in a helper process instead
(:mod:`retro_editor.render.helper_process`). Work that does run on a pool thread holds the GIL
while it computes; the first runner shortens the interpreter's switch interval
(:data:`GIL_SWITCH_S`) so the GUI thread, which needs the GIL for every Python slot a key
press runs, waits at most that long each time instead of Python's default 5 ms.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal

_log = logging.getLogger(__name__)

#: threads of a runner's pool unless told otherwise
DEFAULT_THREADS = 2
#: longest time (s) a pool thread keeps the GIL while the GUI thread asks for it
GIL_SWITCH_S = 0.001

Callback = Callable[[Any], object]


class _Queue:
    """A named serial queue: what waits, and whether one of its items is on a thread."""

    __slots__ = ("waiting", "busy")

    def __init__(self) -> None:
        self.waiting: deque[Callable[[], None]] = deque()
        self.busy = False


def _log_error(error: BaseException) -> None:
    _log.error("background work failed", exc_info=(type(error), error, error.__traceback__))


class _Relay(QObject):
    """Carries calls from worker threads to the GUI thread.

    One per application, parented to it, so it outlives every runner: a worker emitting on a
    runner that its owner (a closed window, a replaced document) had just deleted crashed the
    process; the relay checks that the runner still exists before making the call.
    """

    posted = Signal(object)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.posted.connect(self._run)

    @staticmethod
    def _run(call: tuple[TaskRunner, Callable[..., object], tuple[Any, ...]]) -> None:
        runner, fn, args = call
        if shiboken6.isValid(runner):
            fn(*args)

    @classmethod
    def for_application(cls) -> _Relay:
        app = QCoreApplication.instance()
        relay = app.findChild(_Relay, "retroTaskRelay") if app is not None else None
        if relay is None:
            relay = cls(app)
            relay.setObjectName("retroTaskRelay")
        return relay


class TaskRunner(QObject):
    """A pool of threads whose results come back on the thread the runner lives in."""

    def __init__(self, parent: QObject | None = None, *, name: str = "tasks",
                 threads: int = DEFAULT_THREADS, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._name = name
        self._threads = threads
        self._synchronous = synchronous
        self._pool: ThreadPoolExecutor | None = None
        self._queues: dict[str, _Queue] = {}
        self._pending: dict[str | None, int] = {}  # unfinished work per queue name (None: none)
        self._changed = threading.Condition()
        self._closed = False
        self._relay = _Relay.for_application()
        if sys.getswitchinterval() > GIL_SWITCH_S:
            sys.setswitchinterval(GIL_SWITCH_S)

    # --- public ---------------------------------------------------------------------------
    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
               on_error: Callback | None = None, queue: str | None = None) -> None:
        """Runs ``fn(*args)`` off this thread; its result or exception comes back here.

        Without ``on_error`` an exception is logged, never lost.
        """
        if self._synchronous or self._closed:
            self._run(fn, args, on_done, on_error, deliver=self._deliver)
            return
        with self._changed:
            self._pending[queue] = self._pending.get(queue, 0) + 1
            item = self._item(fn, args, on_done, on_error, queue)
            if queue is None:
                self._start(item)
                return
            serial = self._queues.setdefault(queue, _Queue())
            if serial.busy:
                serial.waiting.append(item)
            else:
                serial.busy = True
                self._start(item)

    def post(self, fn: Callable[..., object], *args: Any) -> None:
        """Calls ``fn(*args)`` on the runner's thread (at once when already on it), unless
        the runner has been deleted by then."""
        self._relay.posted.emit((self, fn, args))  # queued from another thread

    def pending(self, queue: str | None = None) -> int:
        """How many submitted items have not finished (in ``queue``, or in all)."""
        with self._changed:
            return self._count(queue)

    def wait(self, timeout: float | None = None, *, queue: str | None = None) -> bool:
        """Waits until the work (of ``queue``, or all) has finished; False on timeout.

        Results still arrive as events, unless :meth:`shutdown` delivers them.
        """
        with self._changed:
            return self._changed.wait_for(lambda: self._count(queue) == 0, timeout)

    def shutdown(self) -> None:
        """Waits for all work, delivers its results, and runs later work at once."""
        self._closed = True
        self.wait()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self.thread() == QThread.currentThread():
            QCoreApplication.sendPostedEvents(self._relay, QEvent.Type.MetaCall)

    # --- internals ------------------------------------------------------------------------
    def _count(self, queue: str | None) -> int:
        if queue is None:
            return sum(self._pending.values())
        return self._pending.get(queue, 0)

    def _item(self, fn: Callable[..., Any], args: tuple[Any, ...], on_done: Callback | None,
              on_error: Callback | None, queue: str | None) -> Callable[[], None]:
        def run() -> None:
            try:
                self._run(fn, args, on_done, on_error, deliver=self._deliver)
            finally:
                self._finished(queue)

        return run

    def _start(self, item: Callable[[], None]) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self._threads,
                                            thread_name_prefix=self._name)
        self._pool.submit(item)

    def _finished(self, queue: str | None) -> None:
        with self._changed:
            if queue is not None:
                serial = self._queues[queue]
                if serial.waiting:
                    self._start(serial.waiting.popleft())
                else:
                    serial.busy = False
            self._pending[queue] -= 1
            self._changed.notify_all()

    @staticmethod
    def _run(fn: Callable[..., Any], args: tuple[Any, ...], on_done: Callback | None,
             on_error: Callback | None,
             deliver: Callable[[Callable[..., object], Any], None]) -> None:
        try:
            result = fn(*args)
        except BaseException as exc:  # handed to on_error on the GUI thread, never lost
            deliver(on_error or _log_error, exc)
            return
        if on_done is not None:
            deliver(on_done, result)

    def _deliver(self, callback: Callable[..., object], value: Any) -> None:
        self.post(callback, value)
