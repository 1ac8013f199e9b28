"""The document's one analysis (sections, word counts, statistics), kept up to date off the GUI
thread: :class:`DocumentAnalysis`, owned by the ``ProjectDocument``.

The outline, the status bar and the side panel all read the latest
:class:`~retro_editor.core.analysis.TextAnalysis` from here and listen to ``changed``; none
of them reads the text itself. Each new analysis reuses what the last one learnt about the
unchanged parts of the text (see :mod:`retro_editor.core.analysis`).

When to re-analyse (:class:`AnalysisUpdater`): one single-shot timer, short after a big
change, long while typing. Typing one character at a time restarts the long delay, so the
text is analysed once the writer pauses rather than on every key; a paste, an undo or an
outline operation (a big change) asks for the short delay. A change that keeps coming — a
burst of small edits — is never put off for more than ``MAX_DELAY_MS`` in all.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from retro_editor.core.analysis import TextAnalysis, analyse
from retro_editor.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument

#: the runner queue analyses run in, one at a time
ANALYSIS_QUEUE = "analysis"


class AnalysisUpdater(QObject):
    """Emits ``due`` a moment after the watched text document changes."""

    #: time to re-analyse the text
    due = Signal()

    SHORT_DELAY_MS = 150
    LONG_DELAY_MS = 500
    MAX_DELAY_MS = 1500
    #: characters removed plus added from which a change counts as big
    BIG_CHANGE = 64

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: QTextDocument | None = None
        self._pending_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def set_text_document(self, document: QTextDocument | None) -> None:
        if self._document is not None:
            self._document.contentsChange.disconnect(self._on_contents_change)
        self._document = document
        self.cancel()
        if document is not None:
            document.contentsChange.connect(self._on_contents_change)

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def interval(self) -> int:
        """The delay the timer was last started with (ms)."""
        return self._timer.interval()

    def schedule(self, delay_ms: int) -> None:
        """Asks for ``due`` after ``delay_ms`` (restarting the timer, within the cap)."""
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        waited_ms = int((now - self._pending_since) * 1000)
        self._timer.start(max(0, min(delay_ms, self.MAX_DELAY_MS - waited_ms)))

    def flush(self) -> None:
        """Emits ``due`` now if an update is pending."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()
        self._pending_since = None

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        big = removed + added >= self.BIG_CHANGE
        self.schedule(self.SHORT_DELAY_MS if big else self.LONG_DELAY_MS)

    def _fire(self) -> None:
        self._pending_since = None
        self.due.emit()


class DocumentAnalysis(QObject):
    """The latest analysis of one document's text, and ``changed`` when there is a newer one.

    Analyses run in a worker thread, one at a time; a result that a newer edit (or a
    :meth:`flush`) has overtaken is dropped, never shown.
    """

    #: a newer analysis of the text (a TextAnalysis), delivered on the GUI thread
    changed = Signal(object)

    def __init__(self, document: ProjectDocument, tasks: TaskRunner | None = None,
                 initial: TextAnalysis | None = None) -> None:
        """``initial``: the analysis of the text, when it was already made off the GUI
        thread (the project's files were read and analysed together). If the text has
        changed since (keys typed while the project was being opened), the analysis of the
        document's text is built on it, which redoes only the changed sections."""
        super().__init__(document)
        self._document = document
        self._tasks = tasks or TaskRunner(self, name="analysis", threads=1)
        text = document.text()
        self._current = initial if initial is not None and initial.text == text \
            else analyse(text, initial)
        #: the newest analysis made, shared with the worker, which builds on it
        self._latest = [self._current]
        #: bumped by every request; a worker skips or drops work whose number is outdated
        self._generation = [0]
        self._updater = AnalysisUpdater(self)
        self._updater.due.connect(self.update_in_background)
        self._updater.set_text_document(document.text_document)
        document.textReplaced.connect(self.flush)

    def current(self) -> TextAnalysis:
        """The latest analysis (of the text as it was at the last update)."""
        return self._current

    def updater(self) -> AnalysisUpdater:
        return self._updater

    def flush(self) -> None:
        """Brings the analysis up to date now, on this thread (``changed`` if the text
        changed); a pending or running background analysis is dropped."""
        self._updater.cancel()
        self._generation[0] += 1
        text = self._document.text()
        if text != self._current.text:
            self._publish(analyse(text, self._latest[0]))

    def update_in_background(self) -> None:
        """Analyses the text as it is now in a worker thread; ``changed`` follows."""
        self._generation[0] += 1
        text = self._document.text()
        if text == self._current.text:
            return
        generation, requests, latest = self._generation[0], self._generation, self._latest

        def work() -> tuple[int, TextAnalysis] | None:
            if generation != requests[0]:
                return None
            result = analyse(text, latest[0])
            latest[0] = result
            return generation, result

        self._tasks.submit(work, on_done=self._on_done, queue=ANALYSIS_QUEUE)

    def wait_for_background(self, timeout: float | None = None) -> bool:
        """Waits for background analyses to finish (their results still arrive as events)."""
        return self._tasks.wait(timeout, queue=ANALYSIS_QUEUE)

    def _on_done(self, done: tuple[int, TextAnalysis] | None) -> None:
        if done is not None and done[0] == self._generation[0]:
            self._publish(done[1])

    def _publish(self, analysis: TextAnalysis) -> None:
        self._current = analysis
        self._latest[0] = analysis
        self.changed.emit(analysis)
