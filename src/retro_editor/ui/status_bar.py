"""Status bar: words · reading time · current section · saved state (and drafts to fix).

The words and the reading time come from the document's analysis
(:class:`~retro_editor.ui.analysis.DocumentAnalysis`), which counts off the GUI thread
after the writer pauses; the status bar never reads the text itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.core.analysis import TextAnalysis
    from retro_editor.ui.analysis import DocumentAnalysis

tr = translator("StatusBar")


class ElidedLabel(QLabel):
    """A label that asks for room for its whole text but makes do with a few characters,
    shortening the text with "…" to the width it gets; the whole text is its tooltip. A
    long section title used to raise the status bar's and so the window's minimum width:
    the window grew, and repainted whole, as the writer moved between sections."""

    NARROWEST_CHARS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._fit()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self._width(None), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self._width(self.NARROWEST_CHARS), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _width(self, chars: int | None) -> int:
        """The width for the whole text, or for at most ``chars`` average characters."""
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        text = metrics.horizontalAdvance(self._full)
        if chars is not None:
            text = min(text, chars * metrics.averageCharWidth())
        return text + margins.left() + margins.right() + 2 * self.margin()

    def _fit(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(0, self.contentsRect().width())))


class ArticleStatusBar(QStatusBar):
    """Shows the open document's statistics and state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = QLabel(self)
        self._reading = QLabel(self)
        self._section = ElidedLabel(self)
        self._saved = QLabel(self)
        self._goals = QLabel(self)
        self._goals.setContentsMargins(0, 0, 12, 0)
        for label, name in ((self._goals, "goalProgress"), (self._words, "words"),
                            (self._reading, "readingTime"),
                            (self._section, "currentSection"), (self._saved, "savedState")):
            label.setObjectName(name)
            label.setAccessibleName(name)
            self.addPermanentWidget(label)
        self._analysis: DocumentAnalysis | None = None
        self._modified = False
        self._drafts = 0
        self._autosave_problem = ""

    def set_analysis(self, analysis: DocumentAnalysis | None) -> None:
        """Follows ``analysis`` (the open document's), or shows nothing for None."""
        if self._analysis is not None:
            self._analysis.changed.disconnect(self.show_analysis)
        self._analysis = analysis
        if analysis is None:
            for label in (self._words, self._reading, self._saved, self._goals):
                label.clear()
            self._section.set_full_text("")
            self._modified, self._drafts = False, 0
            return
        analysis.changed.connect(self.show_analysis)
        self.show_analysis(analysis.current())

    def show_analysis(self, analysis: TextAnalysis) -> None:
        locale = QLocale()
        self._words.setText(tr("{n} words").format(n=locale.toString(analysis.words)))
        self._reading.setText(tr("{n} min read").format(n=analysis.reading_minutes))

    def show_progress(self, text: str) -> None:
        """The goals and the words written (``ui.goals.status_text``)."""
        self._goals.setText(text)

    def goals_text(self) -> str:
        return self._goals.text()

    def show_section(self, title: str) -> None:
        self._section.set_full_text(title)

    def section_text(self) -> str:
        return self._section.full_text()

    def show_saved(self, modified: bool) -> None:
        self._modified = modified
        self._show_state()

    def show_drafts(self, count: int) -> None:
        """How many fields hold a draft (a typed value that is not valid yet)."""
        self._drafts = count
        self._show_state()

    def show_autosave_problem(self, reason: str) -> None:
        """Why autosave is failing (kept shown until it works again), or "" when it works."""
        self._autosave_problem = reason
        self._show_state()

    def saved_text(self) -> str:
        return self._saved.text()

    def _show_state(self) -> None:
        state = tr("Unsaved changes") if self._modified else tr("Saved")
        if self._drafts == 1:
            state = tr("{state} — 1 field needs attention").format(state=state)
        elif self._drafts:
            state = tr("{state} — {n} fields need attention").format(state=state, n=self._drafts)
        tip = tr("Fields holding a value that is not valid yet are saved as drafts and marked "
                 "in the side panel") if self._drafts else ""
        if self._autosave_problem:
            state = tr("{state} — autosave failed, retrying").format(state=state)
            tip = "\n".join(filter(None, (self._autosave_problem, tip)))
        self._saved.setText(state)
        self._saved.setToolTip(tip)

    def words_text(self) -> str:
        return self._words.text()
