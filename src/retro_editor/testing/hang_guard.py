"""A "returns at all" bound for pathological inputs (never a timed assertion)."""

from __future__ import annotations

import threading

#: generous: only a hang or a quadratic blow-up exceeds it
BOUND = 60


def returns_within(seconds: float, function, *args, **kwargs):
    """Runs ``function`` in a thread; fails if it has not returned after ``seconds``."""
    outcome: dict[str, object] = {}

    def run():
        try:
            outcome["value"] = function(*args, **kwargs)
        except BaseException as exc:  # reported below, in the test's thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"did not return within {seconds} s"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]
