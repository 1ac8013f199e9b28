"""A read-only view of two versions of the project's files: the changes as a unified diff,
and each file side by side."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from retro_editor.ui.translate import translator

#: above this many characters per side no line diff is computed (difflib is quadratic at worst)
MAX_DIFF_CHARS = 4 * 1024 * 1024


tr = translator("DiffView")


@dataclass(frozen=True)
class Comparison:
    """One file in two versions, e.g. the editor's text and the file on disk."""

    name: str
    left: str
    right: str


def unified_diff(comparisons: list[Comparison], left_label: str, right_label: str) -> str:
    parts = []
    for item in comparisons:
        if item.left == item.right:
            continue
        if len(item.left) > MAX_DIFF_CHARS or len(item.right) > MAX_DIFF_CHARS:
            parts.append(tr("{name}: too large to compare line by line; see its tab.\n").format(
                name=item.name))
            continue
        lines = difflib.unified_diff(
            item.left.splitlines(keepends=True), item.right.splitlines(keepends=True),
            f"{item.name} ({left_label})", f"{item.name} ({right_label})")
        parts.append("".join(line if line.endswith("\n") else line + "\n" for line in lines))
    return "".join(parts) or tr("The versions are identical.\n")


class _DiffHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats: dict[str, QTextCharFormat] = {}
        for prefix, colour in (("+", "#1a7f37"), ("-", "#cf222e"), ("@", "#8250df")):
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            self._formats[prefix] = fmt

    def highlightBlock(self, text: str) -> None:
        fmt = self._formats.get(text[:1])
        if fmt is not None:
            self.setFormat(0, len(text), fmt)


def _read_only_text(text: str, name: str, parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setPlainText(text)
    return view


class DiffDialog(QDialog):
    def __init__(self, comparisons: list[Comparison], left_label: str, right_label: str,
                 parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("diffDialog")
        self.setWindowTitle(title or tr("Compare Versions"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.diff_view = _read_only_text(unified_diff(comparisons, left_label, right_label),
                                         "unifiedDiff", self)
        self.diff_view.setAccessibleName(tr("Differences"))
        self._highlighter = _DiffHighlighter(self.diff_view.document())
        self.tabs.addTab(self.diff_view, tr("Differences"))
        self.side_views: list[tuple[QPlainTextEdit, QPlainTextEdit]] = []
        for item in comparisons:
            splitter = QSplitter(Qt.Orientation.Horizontal, self)
            pair = []
            for side, label, text in (("left", left_label, item.left),
                                      ("right", right_label, item.right)):
                pane = QWidget(splitter)
                pane_layout = QVBoxLayout(pane)
                pane_layout.setContentsMargins(0, 0, 0, 0)
                pane_layout.addWidget(QLabel(label, pane))
                view = _read_only_text(text, f"{side}Text", pane)
                view.setAccessibleName(f"{item.name} — {label}")
                pane_layout.addWidget(view)
                pair.append(view)
            self._link_scrolling(*pair)
            self.side_views.append((pair[0], pair[1]))
            self.tabs.addTab(splitter, tr("{name} side by side").format(name=item.name))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @staticmethod
    def _link_scrolling(left: QPlainTextEdit, right: QPlainTextEdit) -> None:
        left.verticalScrollBar().valueChanged.connect(right.verticalScrollBar().setValue)
        right.verticalScrollBar().valueChanged.connect(left.verticalScrollBar().setValue)


def show_diff(parent: QWidget | None, comparisons: list[Comparison], left_label: str,
              right_label: str, title: str = "") -> None:
    dialog = DiffDialog(comparisons, left_label, right_label, parent, title)
    dialog.exec()
    dialog.deleteLater()
