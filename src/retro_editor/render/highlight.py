"""Bounded Pygments highlighting of fenced code blocks.

Why a worker process: some Pygments lexers backtrack exponentially on short input. Pygments
issue #3247 reproduces here with Pygments 2.21: the Scala lexer's string rule
``"(\\\\|\\"|[^"])*"`` meets an unterminated string of backslashes. Measured on this machine,
``'"' + "\\" * n`` takes 0.04 s at n=26, 0.1 s at n=28, 0.4 s at n=30 (about ×2 per backslash,
so minutes at n=40), and the whole time passes before the *first* token is produced, inside
one ``re`` match. A time check between tokens can therefore never fire, and because CPython's
``re`` holds the GIL for the whole match (a heartbeat thread got 1 tick in a 115 ms match), a
watchdog thread cannot even run, let alone interrupt it. Only another process can be stopped.

So every block is highlighted by a small helper process (``python -m
retro_editor.render.highlight`` through :mod:`retro_editor.render.helper_process`: frames over
its stdin/stdout, fork-free, so safe beside Qt's threads) that is kept alive between renders.
A block that does not finish within ``timeout`` seconds makes the parent kill the helper,
show the block as plain escaped text, and remember that result; the next block starts a
fresh helper. Measured costs: helper start-up ≈ 0.11 s (once, lazily or via
:meth:`Highlighter.warm_up`), one round trip ≈ 0.2 ms more than highlighting in-process
(a 6-character block: 0.97 ms vs 0.79 ms), which is why there is no separate in-process path
for small blocks: it would save ~0.2 ms and re-open the hang. Results are cached by
``(language, code)``, so the preview's repeated renders of an unchanged document do no
highlighting at all.

Other bounds: a block longer than ``max_chars`` is not highlighted (Pygments needs ~0.35 s
for 50 KB of Python here, linear in size); once one render has spent ``render_budget``
seconds on highlighting, its remaining blocks are plain. A render therefore waits at most
``render_budget + timeout`` (plus one helper start) for highlighting, whatever the input.

If no helper can be started, blocks are shown plain rather than highlighted unsafely.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from retro_editor.render.helper_process import (
    Handler,
    HelperClient,
    HelperError,
    HelperGone,
    HelperTimeout,
    HelperUnavailable,
    Meta,
    serve_stdio,
)

_log = logging.getLogger(__name__)

#: How long a fresh helper may take to import Pygments and report ready.
STARTUP_TIMEOUT = 15.0
HIGHLIGHT_HELPER = "retro_editor.render.highlight"


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
    html: str = highlight(code, lexer, HtmlFormatter(nowrap=True))
    return html


def _highlight_handler() -> Handler:
    """The helper's answer to ``{"language": …}`` + code: the HTML, or ``{"plain": true}``."""
    lexers: dict[str, Any] = {}

    def answer(meta: Meta, code: str) -> tuple[Meta, str]:
        html = highlight_in_process(str(meta.get("language", "")), code, lexers)
        return ({"plain": True}, "") if html is None else ({}, html)

    return answer


def main(argv: list[str] | None = None) -> int:
    """The highlighting helper (``python -m retro_editor.render.highlight``)."""
    return serve_stdio(_highlight_handler())


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
        self._helper = HelperClient(HIGHLIGHT_HELPER, startup_timeout=STARTUP_TIMEOUT)
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
            if self._disabled_reason is None:
                try:
                    self._helper.start()
                except HelperUnavailable as exc:
                    self._disable(exc)

    def close(self) -> None:
        """Stops the worker; a later highlight starts a new one."""
        with self._lock:
            self._helper.close()

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
            tried, outcome = self._ask_worker(language, code)
            if tried:
                self._remember(key, outcome)
            return outcome

    def _disable(self, exc: HelperUnavailable) -> None:
        self._disabled_reason = f"cannot start the highlighting worker: {exc.__cause__ or exc}"
        _log.warning("code blocks will not be highlighted: %s", self._disabled_reason)

    def _ask_worker(self, language: str, code: str) -> tuple[bool, str | None]:
        """``(tried, HTML or None)``: an untried block is shown plain but not remembered."""
        if self._disabled_reason is not None:
            return False, None
        try:
            meta, html = self._helper.request({"language": language}, code, self.timeout)
        except HelperUnavailable as exc:
            self._disable(exc)
            return False, None
        except HelperGone:  # the block crashed the helper: do not try it again
            return True, None
        except HelperTimeout:
            _log.info("highlighting a %s block of %d characters took over %.1f s: shown plain",
                      language, len(code), self.timeout)
            return True, None
        except HelperError as exc:  # not ready, or took no request: the block was not tried
            _log.warning("the highlighting worker is not available: %s", exc)
            return False, None
        return True, (None if meta.get("plain") or meta.get("error") else html)

    def _remember(self, key: tuple[str, str], value: str | None) -> None:
        size = len(key[1]) + len(value or "")
        self._cache[key] = value
        self._cached_chars += size
        while self._cache and (len(self._cache) > self._cache_entries
                               or self._cached_chars > self._cache_chars):
            (_, old_code), old_value = self._cache.popitem(last=False)
            self._cached_chars -= len(old_code) + len(old_value or "")



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


if __name__ == "__main__":
    sys.exit(main())
