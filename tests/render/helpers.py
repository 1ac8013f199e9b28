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


_WORDS = ("harbour neon rain lantern ferry video director light night pier camera song band "
          "chorus crane signal dawn amber water television record single album frame").split()


def generated_article(words: int, *, seed: int = 7) -> str:
    """A deterministic article of about ``words`` words: sections, lists, quotes, code, a table."""
    import random

    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    section = 0
    while count < words:
        if count % 1500 < 120:
            section += 1
            parts.append(f"## Section {section}: {rng.choice(_WORDS).title()}\n")
        kind = rng.random()
        if kind < 0.75:
            sentence = [rng.choice(_WORDS) for _ in range(rng.randint(60, 110))]
            sentence[3] = f"*{sentence[3]}*"
            sentence[9] = f"[{sentence[9]}](https://example.org/{section})"
            parts.append(" ".join(sentence).capitalize() + ".\n")
            count += len(sentence)
        elif kind < 0.85:
            items = [" ".join(rng.choice(_WORDS) for _ in range(8)) for _ in range(4)]
            parts.append("\n".join(f"- {item}" for item in items) + "\n")
            count += 32
        elif kind < 0.93:
            parts.append("> " + " ".join(rng.choice(_WORDS) for _ in range(40)) + "\n")
            count += 40
        elif kind < 0.97:
            parts.append(f"```python\ndef f{count}(x):\n    return x * {count}\n```\n")
            count += 6
        else:
            parts.append("| a | b |\n|---|--:|\n" + "".join(f"| {rng.choice(_WORDS)} | {i} |\n" for i in range(5)))
            count += 10
    return "\n".join(parts)
