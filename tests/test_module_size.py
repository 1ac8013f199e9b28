"""No module under src/ grows past 600 lines: a window or editor class that holds everything
is the shape this project avoids (split by job instead)."""

from __future__ import annotations

from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "retro_editor"
LIMIT = 600


def oversized_modules(root: Path, limit: int = LIMIT) -> list[tuple[str, int]]:
    found = []
    for path in sorted(root.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > limit:
            found.append((str(path.relative_to(root)), lines))
    return found


def test_no_module_exceeds_the_limit():
    assert oversized_modules(SRC) == []


@pytest.mark.parametrize("lines, flagged", [(LIMIT, False), (LIMIT + 1, True)])
def test_the_check_flags_a_planted_module_of_601_lines(tmp_path, lines, flagged):
    (tmp_path / "big.py").write_text("x = 1\n" * lines, encoding="utf-8")
    assert bool(oversized_modules(tmp_path)) is flagged
