"""Helpers for the render tests: golden files and a "returns at all" bound."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
#: ``RETRO_UPDATE_GOLDEN=1 pytest tests/render`` rewrites the golden files from the current output.
UPDATE_GOLDEN = os.environ.get("RETRO_UPDATE_GOLDEN") == "1"


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE_GOLDEN or not path.exists():
        path.write_text(actual, encoding="utf-8")
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {name} was missing and has been written; check it in")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from golden/{name} (RETRO_UPDATE_GOLDEN=1 to accept)"


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
