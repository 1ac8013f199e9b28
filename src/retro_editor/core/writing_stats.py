"""Words written today and in this session, for the goals in the status bar and the outline.

"Written" is net: the article's word count now minus what it was when the session (or the
day) began, so cutting a paragraph counts against the day. Earlier sessions of the day come
from the project's state file (``ProjectState.words_per_day``); a session that runs past
midnight closes the old day and starts the new one. When the text is replaced from outside
(a reload of another program's change), :meth:`WritingTally.rebase` keeps that change out of
the count.
"""

from __future__ import annotations

import datetime as dt

from retro_editor.core.project_state import MAX_DAYS, MAX_SESSIONS


class WritingTally:
    """Counts one session's words, and the day's, for one project."""

    def __init__(self, words_per_day: tuple[tuple[str, int], ...], words_now: int,
                 today: dt.date, sessions: tuple[tuple[str, int], ...] = (),
                 started: dt.datetime | None = None) -> None:
        self._days = dict(words_per_day)
        self._sessions = dict(sessions)
        self._started = (started or dt.datetime.combine(today, dt.time())).strftime(
            "%Y-%m-%dT%H:%M")
        #: a session started in the same minute as this one counts as part of it
        self._same_minute = self._sessions.pop(self._started, 0)
        self._words = words_now
        self._session_start = words_now
        self._day = today
        self._day_start = words_now
        self._day_before = self._days.get(today.isoformat(), 0)

    @property
    def words(self) -> int:
        return self._words

    def update(self, words: int, today: dt.date) -> None:
        """The article now has ``words`` words (``today`` is the writer's date)."""
        if today != self._day:
            self._days[self._day.isoformat()] = self.today()
            self._day = today
            self._day_start = self._words
            self._day_before = self._days.get(today.isoformat(), 0)
        self._words = words

    def rebase(self, words: int) -> None:
        """The text changed by other means than writing: the change counts for nothing."""
        shift = words - self._words
        self._session_start += shift
        self._day_start += shift
        self._words = words

    def session(self) -> int:
        return self._words - self._session_start

    def today(self) -> int:
        return self._day_before + self._words - self._day_start

    def sessions(self) -> tuple[tuple[str, int], ...]:
        """The earlier sessions and this one (once it wrote or cut a word), the newest
        ``MAX_SESSIONS``, for the state file."""
        sessions = dict(self._sessions)
        words = self._same_minute + self.session()
        if words:
            sessions[self._started] = words
        return tuple(sorted(sessions.items())[-MAX_SESSIONS:])

    def words_per_day(self) -> tuple[tuple[str, int], ...]:
        """Every day's words, today's included (the newest ``MAX_DAYS``), for the state file."""
        days = dict(self._days)
        days[self._day.isoformat()] = self.today()
        kept = sorted((day, words) for day, words in days.items() if words)
        return tuple(kept[-MAX_DAYS:])
