"""Goals and statistics in the real window: Project → Goals… sets the article's goal and
deadline (saved in the manifest) and the session's goal (a setting); the status bar and the
outline show the progress; the words written today survive a reopen (the state file)."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QTextCursor

from retro_editor.core.project_state import read_state
from retro_editor.ui import settings as keys
from retro_editor.ui.action_ids import ActionId


def set_goals(qtbot, words: int, deadline: dt.date | None, session: int):
    """An answer for ``edit_goals`` that fills the real dialog from the keyboard, then OK."""
    def fill(dialog) -> bool:
        for spin, value in ((dialog.words, words), (dialog.session, session)):
            spin.setFocus()
            spin.lineEdit().selectAll()
            qtbot.keyClicks(spin.lineEdit(), str(value))
        if deadline is not None:
            qtbot.mouseClick(dialog.has_deadline, Qt.LeftButton)
            dialog.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        return True
    return fill


def type_words(qtbot, window, text: str) -> None:
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(window.editor, Qt.Key_Return)
        qtbot.keyClicks(window.editor, line)
    window.controller.document.analysis.flush()


def test_goals_are_set_saved_and_shown(qtbot, window, sample_copy, prompts, settings):
    assert window.open_project(sample_copy)
    words = window.controller.document.analysis.current().words
    deadline = dt.date.today() + dt.timedelta(days=12)
    prompts.answers["edit_goals"] = set_goals(qtbot, 2 * words, deadline, 500)
    window.action_map[ActionId.PROJECT_GOALS].trigger()
    assert settings.get(keys.SESSION_GOAL_WORDS) == 500
    assert window.isWindowModified()
    status = window.status.goals_text()
    assert status.startswith(f"50% of {QLocale().toString(2 * words)} · ")
    assert "12 days left" in status and "session +0 of 500" in status
    assert window.goal_bar.bar.isVisible() and window.goal_bar.bar.value() == 50

    window.action_map[ActionId.FILE_SAVE].trigger()
    manifest = json.loads(next(sample_copy.glob("*.retro")).read_text("utf-8"))
    assert manifest["goals"] == {"words": 2 * words, "deadline": deadline.isoformat()}


def test_words_written_today_survive_a_reopen(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    assert "today +0 · session +0" in window.status.goals_text()
    assert not window.goal_bar.bar.isVisible()  # no article goal: no bar
    type_words(qtbot, window, "\n\nThree more words.")
    assert "today +3 · session +3" in window.status.goals_text()
    assert "Today +3 · session +3" in window.goal_bar.label.text()
    window.controller.document.mark_saved()
    assert window.controller.close_project()
    today = dt.date.today().isoformat()
    assert dict(read_state(sample_copy).words_per_day) == {today: 3}

    assert window.open_project(sample_copy)
    assert "today +3 · session +0" in window.status.goals_text()
    type_words(qtbot, window, " Two more.")
    assert "today +5 · session +2" in window.status.goals_text()
    window.controller.document.mark_saved()
    assert window.controller.close_project()
    state = read_state(sample_copy)
    assert dict(state.words_per_day) == {today: 5}
    assert sum(words for _start, words in state.sessions) == 5  # one or two sessions


def test_reaching_the_session_goal_is_told_once(qtbot, window, sample_copy, settings):
    settings.set(keys.SESSION_GOAL_WORDS, 3)
    assert window.open_project(sample_copy)
    type_words(qtbot, window, "\n\nOne two")
    assert "goal reached" not in window.status.currentMessage()
    type_words(qtbot, window, " three")
    assert window.status.currentMessage() == "Session goal reached: 3 words."
    window.status.clearMessage()
    type_words(qtbot, window, " four")
    assert window.status.currentMessage() == ""


def test_cancel_changes_nothing(qtbot, window, sample_copy, prompts, settings):
    assert window.open_project(sample_copy)
    prompts.answers["edit_goals"] = False
    window.action_map[ActionId.PROJECT_GOALS].trigger()
    assert prompts.names() == ["edit_goals"]
    assert not window.isWindowModified()
    assert window.controller.document.manifest.goals.words is None
