"""Helper processes: the one way the app runs work in another process. Imports no Qt.

Work that could stall or hang the GUI process (full renders of long articles, Pygments lexers
that backtrack for minutes) runs in a helper: a module of this package run as its own
process, answering requests one at a time over its stdin/stdout.

- Framing: a frame is ``<4-byte big-endian length of meta><meta as JSON><4-byte length of
  payload><payload as UTF-8>``; the payload is text (the article, the HTML, the code).
- Starting: :func:`helper_command` is ``[sys.executable, "-m", MODULE]``, or in a frozen build
  (where ``sys.executable`` is the app) ``[app, HELPER_FLAG, MODULE]``, which the app's entry
  point hands to :func:`run_helper` for the modules in :data:`HELPER_MODULES` only.
- Serving: a helper module's ``main(argv)`` calls :func:`serve_stdio` with its handler. The
  first frame a helper writes is ``{"ready": true}``; each answer carries its request's
  ``"id"``, and a handler's exception becomes ``{"error": "Type: message"}``.
- Asking: :class:`HelperClient` is the blocking client (a reader thread, a time limit per
  answer, kill on timeout, a fresh process on the next request). The GUI's non-blocking
  client (``ui.preview.render_process``) uses the same command and frames through QProcess.
"""

from __future__ import annotations

import importlib
import json
import os
import queue
import subprocess
import sys
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

#: the argument that makes a frozen build's executable run a helper module
HELPER_FLAG = "--helper"
#: the modules a frozen build runs as helpers (anything else after the flag is refused)
HELPER_MODULES = frozenset({"retro_editor.render.worker", "retro_editor.render.highlight",
                            "retro_editor.render.paste_helper"})
#: the first frame every helper writes, once it is ready for requests
READY = {"ready": True}

Meta = dict[str, Any]
#: ``(meta, payload) -> (meta, payload)``: a helper's answer to one request
Handler = Callable[[Meta, str], tuple[Meta, str]]


class FrameError(ValueError):
    """A frame whose meta is not a JSON object: the stream is not a helper's."""


# --- frames ----------------------------------------------------------------------------------
def encode_frame(meta: Meta, payload: str) -> bytes:
    head = json.dumps(meta).encode("utf-8")
    body = payload.encode("utf-8", "surrogatepass")
    return len(head).to_bytes(4, "big") + head + len(body).to_bytes(4, "big") + body


def _meta(head: bytes | bytearray) -> Meta:
    try:
        meta = json.loads(bytes(head))
    except ValueError as exc:
        raise FrameError(f"unreadable frame: {exc}") from exc
    if not isinstance(meta, dict):
        raise FrameError("unreadable frame: its meta is not an object")
    return meta


def _payload(body: bytes | bytearray) -> str:
    try:
        return bytes(body).decode("utf-8", "surrogatepass")
    except UnicodeDecodeError as exc:
        raise FrameError(f"unreadable frame: {exc}") from exc


def decode_frame(buffer: bytes | bytearray) -> tuple[Meta, str, int] | None:
    """``(meta, payload, frame length)`` of the first complete frame, or None.

    Raises :class:`FrameError` when the frame is complete but not readable.
    """
    if len(buffer) < 4:
        return None
    head_len = int.from_bytes(buffer[:4], "big")
    body_at = 4 + head_len + 4
    if len(buffer) < body_at:
        return None
    body_len = int.from_bytes(buffer[4 + head_len:body_at], "big")
    end = body_at + body_len
    if len(buffer) < end:
        return None
    return _meta(buffer[4:4 + head_len]), _payload(buffer[body_at:end]), end


def _read_exact(stream: IO[bytes], n: int) -> bytes | None:
    chunks = bytearray()
    while len(chunks) < n:
        chunk = stream.read(n - len(chunks))
        if not chunk:
            return None
        chunks += chunk
    return bytes(chunks)


def read_frame(stream: IO[bytes]) -> tuple[Meta, str] | None:
    """The next frame, or None at the end of the stream (a frame cut short counts as the end)."""
    head_len = _read_exact(stream, 4)
    head = None if head_len is None else _read_exact(stream, int.from_bytes(head_len, "big"))
    body_len = None if head is None else _read_exact(stream, 4)
    body = None if body_len is None else _read_exact(stream, int.from_bytes(body_len, "big"))
    if head is None or body is None:
        return None
    return _meta(head), _payload(body)


def write_frame(stream: IO[bytes], meta: Meta, payload: str) -> None:
    stream.write(encode_frame(meta, payload))
    stream.flush()


# --- starting --------------------------------------------------------------------------------
def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def helper_command(module: str, arguments: Sequence[str] = ()) -> list[str]:
    """The command line that runs ``module`` as a helper, from a checkout or a frozen build."""
    if module not in HELPER_MODULES:
        raise ValueError(f"{module} is not a helper module")
    if _frozen():
        return [sys.executable, HELPER_FLAG, module, *arguments]
    return [sys.executable, "-m", module, *arguments]


def helper_environment(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """``base`` (default: this process's environment) for a helper: from a checkout, this
    package's own source folder comes first on PYTHONPATH, so the helper runs the same code."""
    environment = dict(os.environ if base is None else base)
    if not _frozen():
        source_root = str(Path(__file__).resolve().parents[2])
        paths = [source_root, environment.get("PYTHONPATH", "")]
        environment["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    return environment


def run_helper(argv: Sequence[str]) -> int:
    """``MODULE [ARGS]`` after :data:`HELPER_FLAG`: runs the helper module's ``main(ARGS)``."""
    if not argv or argv[0] not in HELPER_MODULES:
        print(f"{HELPER_FLAG}: not a helper module: {' '.join(argv[:1]) or '(none)'}",
              file=sys.stderr)
        return 2
    main: Callable[[list[str]], int] = importlib.import_module(argv[0]).main
    return main(list(argv[1:]))


# --- serving ---------------------------------------------------------------------------------
def serve(handler: Handler, requests: IO[bytes], answers: IO[bytes]) -> None:
    """Announces :data:`READY`, then answers requests one at a time until the input ends."""
    write_frame(answers, READY, "")
    while True:
        frame = read_frame(requests)
        if frame is None:
            return
        meta, payload = frame
        try:
            answer, result = handler(meta, payload)
            answer = {**answer, "id": meta.get("id")}
        except Exception as exc:  # reported to the client, which decides what it means
            answer, result = {"id": meta.get("id"), "error": f"{type(exc).__name__}: {exc}"}, ""
        write_frame(answers, answer, result)


#: how much lower a helper's scheduling priority is than the app's (POSIX ``nice``)
HELPER_NICENESS = 5


def yield_to_the_window() -> None:
    """Lowers this helper process's priority: when the cores are short, the window's event
    loop (keys, paints) runs first and the helper's render waits (on POSIX; Windows has no
    ``os.nice`` and keeps the default)."""
    if hasattr(os, "nice"):
        try:
            os.nice(HELPER_NICENESS)
        except OSError:
            pass  # not allowed here: the default priority then


def serve_stdio(handler: Handler) -> int:
    """Serves over stdin/stdout at a lower priority than the app's window; anything else
    printed to stdout goes to stderr instead, so it cannot corrupt the frames."""
    yield_to_the_window()
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    if sys.stderr is not None:
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    else:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), sys.stdout.fileno())
    serve(handler, sys.stdin.buffer, answers)
    return 0


# --- asking (blocking) -----------------------------------------------------------------------
class HelperError(Exception):
    """The helper gave no answer; its process has been stopped (the next request starts one)."""


class HelperUnavailable(HelperError):
    """The helper process could not be started at all."""


class HelperNotReady(HelperError):
    """The helper did not report ready in time, or took no request: nothing was asked."""


class HelperGone(HelperError):
    """The helper died (or wrote garbage) while answering."""


class HelperTimeout(HelperError):
    """The helper did not answer in time and was killed."""


_GONE = object()


class _Running:
    """One helper process and the thread that queues its frames."""

    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=helper_environment(), creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        self.frames: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.ready = False
        reader = threading.Thread(target=self._read, name="retro-helper-reader", daemon=True)
        reader.start()

    def _read(self) -> None:
        stream = self.process.stdout
        try:
            while stream is not None and (frame := read_frame(stream)) is not None:
                self.frames.put(frame)
        except (OSError, ValueError):
            pass
        self.frames.put(_GONE)

    def next_frame(self, timeout: float) -> tuple[Meta, str] | None:
        """The next frame; None after ``timeout`` seconds; HelperGone if the process ended."""
        try:
            frame = self.frames.get(timeout=timeout)
        except queue.Empty:
            return None
        if frame is _GONE:
            raise HelperGone("the helper process ended")
        result: tuple[Meta, str] = frame
        return result

    def send(self, meta: Meta, payload: str) -> None:
        if self.process.stdin is None:
            raise OSError("the helper's input is closed")
        write_frame(self.process.stdin, meta, payload)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        try:
            self.process.wait(2)
        except subprocess.TimeoutExpired:
            pass


def _stop(holder: list[_Running | None]) -> None:
    running, holder[0] = holder[0], None
    if running is not None:
        running.stop()


class HelperClient:
    """Asks a helper module, one request at a time, waiting for each answer with a time limit.

    A process is started on the first request (or :meth:`start`) and kept for the next ones;
    any failure stops it and the next request starts a fresh one. Thread-safe.
    """

    def __init__(self, module: str, arguments: Sequence[str] = (), *,
                 startup_timeout: float = 15.0) -> None:
        self.module = module
        self.command = helper_command(module, arguments)
        self.startup_timeout = startup_timeout
        self._lock = threading.Lock()
        self._next_id = 0
        # the process lives in a one-item list so the finaliser can stop it without keeping
        # this object alive
        self._holder: list[_Running | None] = [None]
        self._finalizer = weakref.finalize(self, _stop, self._holder)

    def start(self) -> None:
        """Starts the process now, without waiting for it to be ready."""
        with self._lock:
            self._running()

    def close(self) -> None:
        """Stops the process; a later request starts a new one."""
        with self._lock:
            _stop(self._holder)

    def request(self, meta: Meta, payload: str, timeout: float) -> tuple[Meta, str]:
        """The helper's answer to one request, waiting at most ``timeout`` seconds for it
        (not counting the process's start-up)."""
        with self._lock:
            running = self._running()
            try:
                self._wait_ready(running)
                self._next_id += 1
                request_id = self._next_id
                try:
                    running.send({**meta, "id": request_id}, payload)
                except (OSError, ValueError) as exc:
                    raise HelperNotReady(f"the helper took no request: {exc}") from exc
                while True:
                    frame = running.next_frame(timeout)
                    if frame is None:
                        raise HelperTimeout(f"no answer within {timeout:g} s")
                    if frame[0].get("id") == request_id:
                        return frame
            except HelperError:
                _stop(self._holder)
                raise

    def _running(self) -> _Running:
        running = self._holder[0]
        if running is None:
            try:
                running = self._holder[0] = _Running(self.command)
            except (OSError, ValueError, RuntimeError) as exc:
                raise HelperUnavailable(f"cannot start {self.module}: {exc}") from exc
        return running

    def _wait_ready(self, running: _Running) -> None:
        if running.ready:
            return
        try:
            frame = running.next_frame(self.startup_timeout)
        except HelperGone as exc:
            raise HelperNotReady("the helper process ended before it was ready") from exc
        if frame is None or frame[0] != READY:
            raise HelperNotReady(f"the helper was not ready within {self.startup_timeout:g} s")
        running.ready = True
