"""Status bar: words · reading time · current section · saved state (and drafts to fix)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from retro_editor.core.textstats import count_words, reading_minutes


def tr(text: str) -> str:
    return QCoreApplication.translate("StatusBar", text)


class ArticleStatusBar(QStatusBar):
    """Counts words after the writer pauses (counting 100,000 words takes tens of ms)."""

    COUNT_DELAY_MS = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = QLabel(self)
        self._reading = QLabel(self)
        self._section = QLabel(self)
        self._saved = QLabel(self)
        for label, name in ((self._words, "words"), (self._reading, "readingTime"),
                            (self._section, "currentSection"), (self._saved, "savedState")):
            label.setObjectName(name)
            label.setAccessibleName(name)
            self.addPermanentWidget(label)
        self._text_source = None
        self._modified = False
        self._drafts = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.COUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)

    def set_text_source(self, source) -> None:
        """``source`` is a callable returning the article text, or None when nothing is open."""
        self._text_source = source
        self.recount()

    def schedule_recount(self) -> None:
        self._timer.start()

    def recount(self) -> None:
        if self._text_source is None:
            for label in (self._words, self._reading, self._section, self._saved):
                label.clear()
            self._modified, self._drafts = False, 0
            return
        words = count_words(self._text_source())
        locale = QLocale()
        self._words.setText(tr("{n} words").format(n=locale.toString(words)))
        self._reading.setText(tr("{n} min read").format(n=reading_minutes(words)))

    def show_section(self, title: str) -> None:
        self._section.setText(title)

    def show_saved(self, modified: bool) -> None:
        self._modified = modified
        self._show_state()

    def show_drafts(self, count: int) -> None:
        """How many fields hold a draft (a typed value that is not valid yet)."""
        self._drafts = count
        self._show_state()

    def saved_text(self) -> str:
        return self._saved.text()

    def _show_state(self) -> None:
        state = tr("Unsaved changes") if self._modified else tr("Saved")
        if self._drafts == 1:
            state = tr("{state} — 1 field needs attention").format(state=state)
        elif self._drafts:
            state = tr("{state} — {n} fields need attention").format(state=state, n=self._drafts)
        self._saved.setText(state)
        self._saved.setToolTip(tr("Fields holding a value that is not valid yet are saved as "
                                  "drafts and marked in the side panel") if self._drafts else "")

    def words_text(self) -> str:
        return self._words.text()
