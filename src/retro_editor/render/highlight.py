"""Bounded Pygments highlighting of fenced code blocks.

Why a worker process: some Pygments lexers backtrack exponentially on short input. Pygments
issue #3247 reproduces here with Pygments 2.21: the Scala lexer's string rule
``"(\\\\|\\"|[^"])*"`` meets an unterminated string of backslashes. Measured on this machine,
``'"' + "\\" * n`` takes 0.04 s at n=26, 0.1 s at n=28, 0.4 s at n=30 (about ×2 per backslash,
so minutes at n=40), and the whole time passes before the *first* token is produced, inside
one ``re`` match. A time check between tokens can therefore never fire, and because CPython's
``re`` holds the GIL for the whole match (a heartbeat thread got 1 tick in a 115 ms match), a
watchdog thread cannot even run, let alone interrupt it. Only another process can be stopped.

So every block is highlighted by a small worker process (``sys.executable -c …`` talking
pickles over its stdin/stdout; fork-free, so safe beside Qt's threads) that is kept alive
between renders. A block that does not
finish within ``timeout`` seconds makes the parent kill the worker, show the block as plain
escaped text, and remember that result; the next block starts a fresh worker. Measured costs:
worker start-up ≈ 0.11 s (once, lazily or via :meth:`Highlighter.warm_up`), one round trip
≈ 0.2 ms more than highlighting in-process (a 6-character block: 0.97 ms vs 0.79 ms), which is
why there is no separate in-process path for small blocks: it would save ~0.2 ms and re-open
the hang. Results are cached by ``(language, code)``, so the preview's repeated renders of an
unchanged document do no highlighting at all.

Other bounds: a block longer than ``max_chars`` is not highlighted (Pygments needs ~0.35 s
for 50 KB of Python here, linear in size); once one render has spent ``render_budget``
seconds on highlighting, its remaining blocks are plain. A render therefore waits at most
``render_budget + timeout`` (plus one worker start) for highlighting, whatever the input.

If no worker can be started, blocks are shown plain rather than highlighted unsafely.
"""

from __future__ import annotations

import logging
import pickle
import queue
import subprocess
import sys
import threading
import time
import weakref
from collections import OrderedDict
from functools import lru_cache
from typing import Any

_log = logging.getLogger(__name__)

#: How long a fresh worker may take to import Pygments and report ready.
STARTUP_TIMEOUT = 15.0


def _lexer_for(language: str, cache: dict[str, Any]) -> Any | None:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    if language not in cache:
        try:
            # startinline: PHP and friends highlight snippets without an opening tag;
            # stripnl off: the block keeps its blank first/last lines.
            cache[language] = get_lexer_by_name(language, stripnl=False, ensurenl=True,
                                                startinline=True)
        except (ClassNotFound, ValueError):
            cache[language] = None
    return cache[language]


def highlight_in_process(language: str, code: str, lexers: dict[str, Any] | None = None) -> str | None:
    """Pygments HTML (spans with CSS classes, no wrapper) or ``None`` for an unknown language.

    Unbounded: call it only where a hang is acceptable (the worker, or trusted input).
    """
    from pygments import highlight
    from pygments.formatters import HtmlFormatter

    lexer = _lexer_for(language.lower(), lexers if lexers is not None else {})
    if lexer is None:
        return None
    return highlight(code, lexer, HtmlFormatter(nowrap=True))


def _serve(receive, send) -> None:
    """The worker's loop: ``(language, code)`` in, HTML or ``None`` out; ``None`` in stops it."""
    lexers: dict[str, Any] = {}
    send("ready")
    while True:
        try:
            request = receive()
        except (EOFError, OSError):
            return
        if request is None:
            return
        language, code = request
        try:
            result = highlight_in_process(language, code, lexers)
        except Exception:  # a lexer bug must not take the worker down
            result = None
        send(result)


def _read_message(stream) -> Any:
    header = stream.read(4)
    if len(header) < 4:
        raise EOFError
    size = int.from_bytes(header, "big")
    payload = stream.read(size)
    if len(payload) < size:
        raise EOFError
    return pickle.loads(payload)


def _write_message(stream, message: Any) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(payload).to_bytes(4, "big") + payload)
    stream.flush()


def stdio_worker_main() -> None:
    """Entry point of a worker started as ``python -c``: messages over stdin/stdout."""
    channel_in, channel_out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing else may write into the channel
    sys.path[:0] = _read_message(channel_in)
    _serve(lambda: _read_message(channel_in), lambda m: _write_message(channel_out, m))


def _connection_worker_main(conn) -> None:
    _serve(conn.recv, conn.send)


class _Worker:
    """A worker process started with ``sys.executable -c``, and a thread reading its answers.

    Not ``multiprocessing``: its "spawn" method re-imports the parent's ``__main__`` in the
    child, which re-runs any script that uses the renderer without a ``__main__`` guard.
    """

    def __init__(self) -> None:
        code = "from retro_editor.render.highlight import stdio_worker_main; stdio_worker_main()"
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, creationflags=flags)
        self.answers: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._reader = threading.Thread(target=self._read, name="retro-highlighter-reader",
                                         daemon=True)
        self._reader.start()
        _write_message(self.process.stdin, list(sys.path))
        self.ready = False

    def _read(self) -> None:
        try:
            while True:
                self.answers.put(_read_message(self.process.stdout))
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            self.answers.put(_GONE)

    def send(self, message: Any) -> None:
        _write_message(self.process.stdin, message)

    def receive(self, timeout: float) -> Any:
        """The next answer, ``_GONE`` if the worker died, ``_LATE`` after ``timeout`` seconds."""
        try:
            return self.answers.get(timeout=timeout)
        except queue.Empty:
            return _LATE

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        try:
            self.process.wait(2)
        except subprocess.TimeoutExpired:
            pass


class _FrozenWorker(_Worker):
    """In a frozen build ``sys.executable`` is the app, so ``multiprocessing`` starts the worker
    (the app's entry point must call ``multiprocessing.freeze_support()``)."""

    def __init__(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        self.conn, child_conn = ctx.Pipe()
        self.process = ctx.Process(target=_connection_worker_main, args=(child_conn,),
                                   daemon=True, name="retro-editor-highlighter")
        self.process.start()
        child_conn.close()
        self.ready = False

    def send(self, message: Any) -> None:
        self.conn.send(message)

    def receive(self, timeout: float) -> Any:
        try:
            if not self.conn.poll(timeout):
                return _LATE
            return self.conn.recv()
        except (EOFError, OSError):
            return _GONE

    def stop(self) -> None:
        try:
            self.conn.close()
        except OSError:
            pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join(2)


def _start_worker() -> _Worker:
    return _FrozenWorker() if getattr(sys, "frozen", False) else _Worker()


def _wait_ready(worker: _Worker) -> bool:
    if not worker.ready:
        worker.ready = worker.receive(STARTUP_TIMEOUT) == "ready"
    return worker.ready


_GONE = object()
_LATE = object()


def _stop_worker(holder: list[_Worker | None]) -> None:
    worker = holder[0]
    holder[0] = None
    if worker is not None:
        worker.stop()


class Highlighter:
    """Highlights code blocks in a worker process with a per-block time limit and a cache.

    Thread-safe: requests from several threads are served one at a time.
    """

    def __init__(self, *, max_chars: int = 50_000, timeout: float = 1.0,
                 render_budget: float = 3.0, cache_entries: int = 512,
                 cache_chars: int = 8_000_000) -> None:
        self.max_chars = max_chars
        self.timeout = timeout
        self.render_budget = render_budget
        self._cache: OrderedDict[tuple[str, str], str | None] = OrderedDict()
        self._cache_entries = cache_entries
        self._cache_chars = cache_chars
        self._cached_chars = 0
        self._lock = threading.Lock()
        # The worker lives in a one-item list so the finaliser can stop it without
        # keeping this object alive.
        self._holder: list[_Worker | None] = [None]
        self._finalizer = weakref.finalize(self, _stop_worker, self._holder)
        self._disabled_reason: str | None = None

    @property
    def disabled_reason(self) -> str | None:
        """Why highlighting is off (no worker could start), or ``None`` when it works."""
        return self._disabled_reason

    def deadline(self) -> float:
        """The monotonic time after which a render highlights no more blocks."""
        return time.monotonic() + self.render_budget

    def warm_up(self) -> None:
        """Starts the worker now (without waiting) so the first render does not pay for it."""
        with self._lock:
            self._ensure_worker()

    def close(self) -> None:
        """Stops the worker; a later highlight starts a new one."""
        with self._lock:
            _stop_worker(self._holder)

    def highlight(self, language: str, code: str, *, deadline: float | None = None) -> str | None:
        """Highlighted HTML for ``code`` or ``None`` when it must be shown as plain text.

        ``None`` means: unknown language, block too big, too slow, render budget spent or
        no worker available.
        """
        language = language.strip().lower()
        if not language or len(code) > self.max_chars:
            return None
        key = (language, code)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
            if deadline is not None and time.monotonic() >= deadline:
                return None
            outcome = self._ask_worker(language, code)
            if outcome is _NOT_ASKED:
                return None
            self._remember(key, outcome)
            return outcome

    def _ensure_worker(self) -> _Worker | None:
        if self._disabled_reason is not None:
            return None
        if self._holder[0] is None:
            try:
                self._holder[0] = _start_worker()
            except (OSError, AssertionError, RuntimeError, ValueError) as exc:
                # AssertionError (frozen build): "daemonic processes are not allowed to have
                # children".
                self._disabled_reason = f"cannot start the highlighting worker: {exc}"
                _log.warning("code blocks will not be highlighted: %s", self._disabled_reason)
                return None
        return self._holder[0]

    def _ask_worker(self, language: str, code: str) -> str | None | object:
        worker = self._ensure_worker()
        if worker is None:
            return _NOT_ASKED
        if not _wait_ready(worker):
            _log.warning("the highlighting worker did not start in %.0f s", STARTUP_TIMEOUT)
            _stop_worker(self._holder)
            return _NOT_ASKED
        try:
            worker.send((language, code))
        except (OSError, ValueError):
            _stop_worker(self._holder)
            return _NOT_ASKED
        result = worker.receive(self.timeout)
        if result is _GONE:  # the block crashed the worker: do not try it again
            _stop_worker(self._holder)
            return None
        if result is not _LATE:
            return result if isinstance(result, str) else None
        _log.info("highlighting a %s block of %d characters took over %.1f s: shown plain",
                  language, len(code), self.timeout)
        _stop_worker(self._holder)
        return None

    def _remember(self, key: tuple[str, str], value: str | None) -> None:
        size = len(key[1]) + len(value or "")
        self._cache[key] = value
        self._cached_chars += size
        while self._cache and (len(self._cache) > self._cache_entries
                               or self._cached_chars > self._cache_chars):
            (_, old_code), old_value = self._cache.popitem(last=False)
            self._cached_chars -= len(old_code) + len(old_value or "")


_NOT_ASKED = object()


@lru_cache(maxsize=16)
def pygments_css(style: str, scope: str = ".highlight") -> str:
    """CSS for highlighted blocks in ``style``, every rule scoped under ``scope``.

    Only background and token rules: Pygments' line-number rules would restyle every ``pre``.
    """
    from pygments.formatters import HtmlFormatter
    from pygments.styles import get_style_by_name
    from pygments.util import ClassNotFound

    try:
        get_style_by_name(style)
    except ClassNotFound:
        style = "default"
    formatter = HtmlFormatter(style=style)
    rules = formatter.get_background_style_defs(scope) + formatter.get_token_style_defs(scope)
    return "\n".join(rules) + "\n"
