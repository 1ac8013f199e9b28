"""What line spacing costs while typing: prints a table of median and p95.

    .venv/bin/python bench/line_spacing_cost.py [--words 100000] [--keys 60] [--rounds 4]

The real editor (offscreen, 1000×800) shows a generated article; at each spacing it types
letters in the middle of a paragraph, and each key is timed from sending it to the end of the
editor's repaint (the layout moves the lines of every block it is asked about). The spacings
are measured in interleaved rounds so that a busy machine weighs on all of them alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from retro_editor.testing.articles import PLAIN, generated_article  # noqa: E402
from retro_editor.ui.editor import MarkdownEditor  # noqa: E402

SPACINGS = (100, 150, 200)


def type_keys(app: QApplication, editor: MarkdownEditor, keys: int) -> list[float]:
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.centerCursor()
    app.processEvents()
    times = []
    for index in range(keys):
        key = Qt.Key.Key_Backspace if index % 2 else Qt.Key.Key_A
        start = time.perf_counter()
        QTest.keyClick(editor, key)
        editor.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    editor = MarkdownEditor()
    editor.setPlainText(generated_article(args.words, mix=PLAIN))
    editor.resize(1000, 800)
    editor.show()
    editor.setFocus()
    app.processEvents()
    results: dict[int, list[float]] = {spacing: [] for spacing in SPACINGS}
    for _round in range(args.rounds):
        for spacing in SPACINGS:
            editor.set_line_spacing(spacing)
            app.processEvents()
            results[spacing] += type_keys(app, editor, args.keys)
    print(f"{args.words} words, {args.keys * args.rounds} keys per spacing")
    print(f"{'spacing %':>9} | {'key + repaint ms p50':>20} | {'p95':>6}")
    print("-" * 42)
    for spacing, times in results.items():
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{spacing:>9} | {statistics.median(times):>20.2f} | {p95:>6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
