"""Goals and statistics: the article's word goal and deadline (the manifest's ``goals``), the
session goal (a setting), and the words written today and in this session (the project's
state file, through ``core.writing_stats``).

``GoalTracker`` follows the open document's analysis and emits a ``Progress`` after each
count; the status bar and ``GoalBar`` (above the outline) show it. Project → Goals… edits the
goals in ``GoalsDialog`` (``ui.goals_dialog``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from retro_editor.core.analysis import TextAnalysis
from retro_editor.core.writing_stats import WritingTally
from retro_editor.ui import settings as keys
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.project_controller import ProjectController
from retro_editor.ui.settings import Settings
from retro_editor.ui.translate import translator

tr = translator("Goals")


@dataclass(frozen=True)
class Progress:
    words: int
    #: the article's word goal and the days left to its deadline (None: not set)
    goal: int | None
    days_left: int | None
    today: int
    session: int
    #: 0: no session goal
    session_goal: int

    def percent(self) -> int | None:
        return None if not self.goal else min(100, round(100 * self.words / self.goal))


def _signed(n: int) -> str:
    text = QLocale().toString(abs(n))
    return f"−{text}" if n < 0 else f"+{text}"


def days_left_text(days: int) -> str:
    if days > 1:
        return tr("{n} days left").format(n=days)
    if days == 1:
        return tr("1 day left")
    if days == 0:
        return tr("due today")
    return tr("{n} days overdue").format(n=-days) if days < -1 else tr("1 day overdue")


def status_text(progress: Progress) -> str:
    """One line for the status bar: goal, deadline, today, session."""
    locale = QLocale()
    parts = []
    percent = progress.percent()
    if percent is not None and progress.goal is not None:
        parts.append(tr("{percent}% of {goal}").format(percent=percent,
                                                       goal=locale.toString(progress.goal)))
    if progress.days_left is not None:
        parts.append(days_left_text(progress.days_left))
    parts.append(tr("today {n}").format(n=_signed(progress.today)))
    session = tr("session {n}").format(n=_signed(progress.session))
    if progress.session_goal:
        session = tr("{session} of {goal}").format(
            session=session, goal=locale.toString(progress.session_goal))
    parts.append(session)
    return " · ".join(parts)


class GoalTracker(QObject):
    """Counts the words written in the open project; ``changed(Progress | None)``."""

    changed = Signal(object)
    #: a one-line message for the status bar (a goal was reached)
    notice = Signal(str)

    def __init__(self, controller: ProjectController, settings: Settings,
                 parent: QObject | None = None,
                 clock: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent if parent is not None else controller)
        self._controller = controller
        self._settings = settings
        self._clock = clock
        self._document: ProjectDocument | None = None
        self._tally: WritingTally | None = None
        self._replaced = False
        controller.documentChanged.connect(self._on_document)

    def progress(self) -> Progress | None:
        document, tally = self._document, self._tally
        if document is None or tally is None:
            return None
        goals = document.manifest.goals
        return Progress(tally.words, goals.words, goals.days_left(self._clock()), tally.today(),
                        tally.session(), self._settings.get(keys.SESSION_GOAL_WORDS))

    def refresh(self) -> None:
        """Emits the progress again (a goal changed)."""
        self.changed.emit(self.progress())

    def _on_document(self, document: ProjectDocument | None) -> None:
        old = self._document
        if old is not None:
            for signal, slot in ((old.analysis.changed, self._on_analysis),
                                 (old.manifestChanged, self._on_manifest),
                                 (old.textReplaced, self._on_replaced)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._document = document
        self._tally = None
        if document is not None:
            self._tally = WritingTally(document.words_per_day,
                                       document.analysis.current().words, self._clock(),
                                       document.sessions, dt.datetime.now())
            document.analysis.changed.connect(self._on_analysis)
            document.manifestChanged.connect(self._on_manifest)
            document.textReplaced.connect(self._on_replaced)
        self.refresh()

    def _on_analysis(self, analysis: TextAnalysis) -> None:
        if self._tally is None or self._document is None:
            return
        before = self.progress()
        if self._replaced:
            self._replaced = False
            self._tally.rebase(analysis.words)
        else:
            self._tally.update(analysis.words, self._clock())
        self._document.words_per_day = self._tally.words_per_day()
        self._document.sessions = self._tally.sessions()
        self.refresh()
        self._tell_reached(before, self.progress())

    def _tell_reached(self, before: Progress | None, now: Progress | None) -> None:
        """Says so once when a count crosses its goal."""
        if before is None or now is None:
            return
        locale = QLocale()
        if now.session_goal and before.session < now.session_goal <= now.session:
            self.notice.emit(tr("Session goal reached: {n} words.").format(
                n=locale.toString(now.session)))
        if now.goal and before.words < now.goal <= now.words:
            self.notice.emit(tr("Article goal reached: {n} words.").format(
                n=locale.toString(now.words)))

    def _on_manifest(self, part: str) -> None:
        if part == "goals":
            self.refresh()

    def _on_replaced(self) -> None:
        self._replaced = True


class GoalBar(QWidget):
    """Above the outline: the article's progress towards its word goal, and today's words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalBar")
        self.setToolTip(tr("Words written today and in this session, and the article's word "
                           "goal and deadline (Project → Goals…)"))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("articleGoalProgress")
        self.bar.setAccessibleName(tr("Article word goal"))
        self.bar.setTextVisible(True)
        self.label = QLabel(self)
        self.label.setObjectName("goalSummary")
        for widget in (self.bar, self.label):  # never widens the outline's dock
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.bar.hide()  # until there is a goal
        self.show_progress(None)

    def show_progress(self, progress: Progress | None) -> None:
        self.setVisible(progress is not None)
        if progress is None:
            return
        locale = QLocale()
        percent = progress.percent()
        self.bar.setVisible(percent is not None)
        if percent is not None and progress.goal is not None:
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)
            self.bar.setFormat(tr("{words} of {goal} words").format(
                words=locale.toString(progress.words), goal=locale.toString(progress.goal)))
        lines = [tr("Today {n} · session {m}").format(n=_signed(progress.today),
                                                      m=_signed(progress.session))]
        if progress.days_left is not None:
            text = days_left_text(progress.days_left)
            lines.insert(0, text[:1].upper() + text[1:])  # not capitalize(): German nouns
        self.label.setText(" · ".join(lines))
