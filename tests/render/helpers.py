"""Helpers for the render tests: golden files and a "returns at all" bound."""

from __future__ import annotations

import os
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

