"""Project → Goals…: the article's word goal and deadline, and the writing session's goal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.article_goals import ArticleGoals
from retro_editor.ui.translate import translator

tr = translator("GoalsDialog")

MAX_GOAL = 1_000_000


def _words_field(name: str, value: int, parent: QWidget) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, MAX_GOAL)
    spin.setSingleStep(100)
    spin.setGroupSeparatorShown(True)
    spin.setSpecialValueText(tr("none"))
    spin.setSuffix(tr(" words"))
    spin.setValue(value)
    return spin


class GoalsDialog(QDialog):
    def __init__(self, goals: ArticleGoals, session_goal: int, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalsDialog")
        self.setWindowTitle(tr("Goals"))
        self.words = _words_field("articleGoalWords", goals.words or 0, self)
        self.words.setAccessibleName(tr("Article word goal"))
        self.has_deadline = QCheckBox(tr("&Deadline:"), self)
        self.has_deadline.setObjectName("hasDeadline")
        self.deadline = QDateEdit(self)
        self.deadline.setObjectName("deadline")
        self.deadline.setAccessibleName(tr("Deadline"))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        day = dt.date.fromisoformat(goals.deadline) if goals.deadline else today
        self.deadline.setDate(QDate(day.year, day.month, day.day))
        self.has_deadline.setChecked(goals.deadline is not None)
        self.deadline.setEnabled(goals.deadline is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.session = _words_field("sessionGoalWords", session_goal, self)
        self.session.setAccessibleName(tr("Session word goal"))

        form = QFormLayout()
        form.addRow(tr("&Article word goal:"), self.words)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        form.addRow(self.has_deadline, deadline_row)
        form.addRow(tr("&Session goal:"), self.session)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def goals(self) -> ArticleGoals:
        deadline = None
        if self.has_deadline.isChecked():
            deadline = self.deadline.date().toString("yyyy-MM-dd")
        return ArticleGoals(words=self.words.value() or None, deadline=deadline)

    def session_goal(self) -> int:
        return self.session.value()
