"""What the GUI thread did during a stall: the Python calls the event loop made, timed.

A bench's tool (``--explain``), not the app's: while on, every Python call made on the main
thread pays a profiling hook, so the figures of an explained run are not the bench's figures.
A call counts when the event loop made it (its caller is one of ``loop_functions``, the
bench's own loop helpers); the time of a stall not covered by such calls was spent in Qt or
the web engine's C++ (layout, painting, the page's messages).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import CodeType, FrameType
from typing import Any


class SlowCalls:
    """Times the event loop's Python calls on this thread between :meth:`start` and
    :meth:`stop`."""

    def __init__(self, loop_functions: list[Callable[..., Any]]) -> None:
        self._loop_codes: set[CodeType] = {fn.__code__ for fn in loop_functions}
        self._open: list[tuple[FrameType, float]] = []
        #: (start, end, name) of each call the loop made
        self.calls: list[tuple[float, float, str]] = []

    def start(self) -> None:
        sys.setprofile(self._profile)

    def stop(self) -> None:
        sys.setprofile(None)

    def _profile(self, frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            back = frame.f_back
            if back is None or back.f_code in self._loop_codes:
                self._open.append((frame, time.perf_counter()))
        elif event == "return" and self._open and self._open[-1][0] is frame:
            _frame, start = self._open.pop()
            code = frame.f_code
            self.calls.append((start, time.perf_counter(),
                               f"{code.co_qualname} ({code.co_filename.rsplit('/', 1)[-1]})"))

    def explain(self, start: float, end: float) -> str:
        """The calls that ran between ``start`` and ``end`` (perf_counter seconds), longest
        first, and the time no Python call covers."""
        inside = [(min(b, end) - max(a, start), name) for a, b, name in self.calls
                  if b > start and a < end]
        total = sum(duration for duration, _name in inside)
        merged: dict[str, float] = {}
        for duration, name in inside:
            merged[name] = merged.get(name, 0.0) + duration
        parts = [f"{ms * 1000:.1f} {name}" for name, ms in
                 sorted(merged.items(), key=lambda item: -item[1]) if ms >= 0.0005]
        parts.append(f"{(end - start - total) * 1000:.1f} C++ (no Python call)")
        return "; ".join(parts)
