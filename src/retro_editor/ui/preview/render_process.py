"""The GUI's client of the render helper (:mod:`retro_editor.render.worker`), and of the
paste helper (:mod:`retro_editor.render.paste_helper`, given as ``command``).

Full renders of a long article take most of a second of Python; in a thread they would hold
the GUI's GIL and stall it, in a separate process they do not. At most one request is in
flight; a request made meanwhile waits, and a newer one replaces it (the newest text wins).
The process is started and spoken to as :mod:`retro_editor.render.helper_process` says,
through a QProcess so that nothing here blocks the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from retro_editor.render.helper_process import (
    READY,
    FrameError,
    decode_frame,
    encode_frame,
    helper_command,
    helper_environment,
)

_log = logging.getLogger(__name__)

RENDER_HELPER = "retro_editor.render.worker"
MAX_RESTARTS = 3


def worker_command() -> tuple[str, list[str]]:
    """Program and arguments that start the render helper, from a checkout or a frozen build."""
    program, *arguments = helper_command(RENDER_HELPER)
    return program, arguments


class RenderProcess(QObject):
    """Renders whole articles in a helper process; results arrive as signals."""

    #: request id, the worker's block analysis (see ``analyse_body``), the body HTML
    finished = Signal(int, object, str)
    #: request id, a one-line reason (the worker crashed, timed out or could not start)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None, *, timeout_ms: int = 30_000,
                 command: tuple[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self._command = command or worker_command()
        self._process: QProcess | None = None
        self._buffer = bytearray()
        self._next_id = 0
        self._inflight: int | None = None
        self._pending: tuple[int, str, dict[str, Any]] | None = None
        self._failures = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timeout)

    # --- public ----------------------------------------------------------------------------
    def available(self) -> bool:
        """False once the worker failed to start (or crashed) too many times in a row."""
        return self._failures < MAX_RESTARTS

    def busy(self) -> bool:
        return self._inflight is not None

    def start(self) -> None:
        """Starts the worker ahead of the first request (it takes a moment to import)."""
        if self._process is None and self.available():
            self._spawn()

    def request(self, text: str, meta: dict[str, Any] | None = None) -> int:
        """Queues a render of ``text`` (``meta``: how, e.g. ``{"typesetting": …}``); returns
        the id its result will carry."""
        self._next_id += 1
        if self._inflight is None:
            self._send(self._next_id, text, meta or {})
        else:
            self._pending = (self._next_id, text, meta or {})
        return self._next_id

    def shutdown(self) -> None:
        self._stop(wait=True)

    def cancel(self) -> None:
        """Drops the request in flight and the waiting one at once, killing the process (the
        next request starts a fresh one); no signal is emitted for them."""
        self._stop(wait=False)

    def _stop(self, *, wait: bool) -> None:
        self._timer.stop()
        process, self._process = self._process, None
        if process is not None:
            process.readyReadStandardOutput.disconnect()
            process.finished.disconnect()
            process.errorOccurred.disconnect()
            process.closeWriteChannel()
            if not wait or not process.waitForFinished(1000):
                process.kill()
                process.waitForFinished(1000)
            process.deleteLater()
        self._inflight = None
        self._pending = None

    # --- internals -------------------------------------------------------------------------
    def _spawn(self) -> None:
        process = QProcess(self)
        environment = QProcessEnvironment()
        for name, value in helper_environment().items():
            environment.insert(name, value)
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._on_output)
        process.readyReadStandardError.connect(
            lambda: _log.debug("render worker: %s",
                               bytes(process.readAllStandardError().data()).decode(
                                   "utf-8", "replace").rstrip()))
        process.finished.connect(self._on_exit)
        process.errorOccurred.connect(self._on_error)
        self._buffer.clear()
        self._process = process
        program, arguments = self._command
        process.start(program, arguments)

    def _send(self, request_id: int, text: str, meta: dict[str, Any]) -> None:
        if not self.available():
            self.failed.emit(request_id, self.tr("The preview's render process is not running."))
            return
        if self._process is None:
            self._spawn()
        assert self._process is not None
        self._inflight = request_id
        self._process.write(encode_frame({**meta, "id": request_id}, text))
        self._timer.start()

    def _on_output(self) -> None:
        if self._process is None:
            return
        self._buffer += self._process.readAllStandardOutput().data()
        while self._process is not None:
            try:
                frame = decode_frame(self._buffer)
            except FrameError as exc:
                _log.warning("render worker: %s", exc)
                self._lost(self.tr("The preview's render process stopped."))
                return
            if frame is None:
                return
            meta, html, size = frame
            del self._buffer[:size]
            if meta != READY:
                self._deliver(meta, html)

    def _deliver(self, meta: dict[str, Any], html: str) -> None:
        request_id = meta.get("id")
        if request_id != self._inflight:
            return
        self._timer.stop()
        self._inflight = None
        self._failures = 0
        if meta.get("error"):
            self.failed.emit(request_id, str(meta["error"]))
        else:
            self.finished.emit(request_id, meta, html)
        self._send_pending()

    def _send_pending(self) -> None:
        if self._pending is not None and self._inflight is None:
            request_id, text, meta = self._pending
            self._pending = None
            self._send(request_id, text, meta)

    def _lost(self, reason: str) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.readyReadStandardOutput.disconnect()
            process.finished.disconnect()
            process.errorOccurred.disconnect()
            process.kill()
            process.deleteLater()
        self._timer.stop()
        self._failures += 1
        lost, self._inflight = self._inflight, None
        if lost is not None:
            self.failed.emit(lost, reason)
        self._send_pending()

    def _on_timeout(self) -> None:
        _log.warning("render worker took too long; restarting it")
        self._lost(self.tr("Rendering the article took too long."))

    def _on_exit(self, *_args: object) -> None:
        self._lost(self.tr("The preview's render process stopped."))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._lost(self.tr("The preview's render process could not start."))
