"""How fast the project's history is: recording a version, listing versions, comparing two.

Recording happens after every save (off the GUI thread); the bar is 30 ms for a
100,000-word article after the first version. Comparing two 100,000-word versions (a few
sections edited, one moved, one added) has a bar of 300 ms. Run:

    .venv/bin/python bench/history_speed.py [--runs N]

and read the table (milliseconds, wall-clock median and p95 over N runs). ``record`` counts the
article's words itself (the command line); ``record*`` is given them, as the app does from the
editor's analysis of the saved text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from retro_editor.core.history_compare import compare_versions  # noqa: E402
from retro_editor.core.history_message import VersionKind  # noqa: E402
from retro_editor.core.history_store import HistoryStore  # noqa: E402
from retro_editor.core.project import Project, new_project, save_project  # noqa: E402
from retro_editor.testing.articles import generated_article  # noqa: E402
from retro_editor.testing.stats import p95  # noqa: E402


def _edited(text: str, n: int) -> str:
    """The text with one word typed into the middle (a different place each run)."""
    at = text.index(" ", len(text) // 2 + 97 * n)
    return text[:at] + f" typed{n}" + text[at:]


_CPU: list[float] = []


def _timed(fn: Callable[[], object]) -> float:
    """Wall-clock milliseconds; the process's CPU milliseconds go to ``_CPU`` (on a busy
    machine the wall clock includes waiting for a core, the CPU time does not)."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    _CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def _reworked(text: str) -> str:
    """The text with a few sections edited, one moved to the end, one added."""
    parts = text.split("\n## ")
    parts[3] = parts[3].replace(" the ", " a ", 5)
    parts[len(parts) // 2] += "\nA paragraph written since, of a few words.\n"
    parts.append(parts.pop(5))
    parts.insert(8, "Newly Added Section\n\nIts first paragraph.\n")
    return "\n## ".join(parts)


def _compare_case(project: Project, store: HistoryStore) -> Callable[[], object]:
    old = store.versions()[0].id
    project.text = _reworked(project.text)
    save_project(project)
    new = store.record(VersionKind.SAVE)
    assert new is not None
    comparison = compare_versions(store, old, new.id)
    assert len(comparison.sections) >= 4, comparison.sections
    return partial(compare_versions, store, old, new.id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs per size")
    args = parser.parse_args(argv)
    print(f"{'size':>6} {'words':>8} {'KB':>6} {'step':<8} {'median':>8} {'p95':>8} "
          f"{'cpu med':>8}")
    for size in (20_000, 100_000):
        with tempfile.TemporaryDirectory() as tmp:
            project = new_project(Path(tmp) / "p", "Bench")
            project.text = generated_article(size, seed=1)
            save_project(project)
            store = HistoryStore.open(project.folder)
            assert store is not None
            first = store.record(VersionKind.SAVE)
            assert first is not None
            record: list[float] = []
            given: list[float] = []
            cpu: dict[str, list[float]] = {"record": [], "record*": []}
            for n in range(args.runs):
                project.text = _edited(project.text, n)
                save_project(project)
                words = first.words + n + 1
                if n % 2:
                    given.append(_timed(partial(store.record, VersionKind.SAVE, words=words)))
                    cpu["record*"].append(_CPU[-1])
                else:
                    record.append(_timed(partial(store.record, VersionKind.SAVE)))
                    cpu["record"].append(_CPU[-1])
            _CPU.clear()
            listing = [_timed(store.versions) for _ in range(args.runs)]
            cpu[f"list {args.runs + 1}"] = list(_CPU)
            rows = [("record", record), ("record*", given), (f"list {args.runs + 1}", listing)]
            compare = _compare_case(project, store)
            _CPU.clear()
            rows.append(("compare", [_timed(compare) for _ in range(max(3, args.runs // 3))]))
            cpu["compare"] = list(_CPU)
            kb = len(project.text.encode()) // 1024
            for step, values in rows:
                print(f"{size // 1000:>5}k {first.words:>8} {kb:>6} {step:<8} "
                      f"{statistics.median(values):>8.2f} {p95(values):>8.2f} "
                      f"{statistics.median(cpu[step]):>8.2f}")
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
