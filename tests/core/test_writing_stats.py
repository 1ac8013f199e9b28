"""Words written per session and per day: net counts, across sessions and midnight."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from retro_editor.core.writing_stats import WritingTally

DAY = dt.date(2026, 12, 6)


def test_a_session_counts_net_words_on_top_of_the_days_earlier_sessions():
    tally = WritingTally((("2026-12-05", 400), ("2026-12-06", 150)), 1000, DAY)
    assert (tally.session(), tally.today()) == (0, 150)
    tally.update(1300, DAY)
    tally.update(1250, DAY)  # a cut counts against the session
    assert (tally.session(), tally.today()) == (250, 400)
    assert tally.words_per_day() == (("2026-12-05", 400), ("2026-12-06", 400))


def test_midnight_closes_the_day_and_starts_the_next():
    tally = WritingTally((), 0, DAY)
    tally.update(300, DAY)
    tally.update(350, DAY + dt.timedelta(days=1))
    tally.update(420, DAY + dt.timedelta(days=1))
    assert tally.session() == 420
    assert tally.today() == 120
    assert tally.words_per_day() == (("2026-12-06", 300), ("2026-12-07", 120))


def test_a_reload_from_disk_is_not_writing():
    tally = WritingTally((), 1000, DAY)
    tally.update(1100, DAY)
    tally.rebase(5000)
    tally.update(5020, DAY)
    assert (tally.session(), tally.today()) == (120, 120)


def test_days_without_words_are_not_kept():
    tally = WritingTally((("2026-12-01", 0),), 10, DAY)
    assert tally.words_per_day() == ()


@given(st.lists(st.integers(min_value=0, max_value=100_000), min_size=1, max_size=30))
def test_within_a_day_the_session_is_the_last_count_minus_the_first(counts):
    tally = WritingTally((("2026-12-06", 7),), counts[0], DAY)
    for words in counts:
        tally.update(words, DAY)
    assert tally.session() == counts[-1] - counts[0]
    assert tally.today() == 7 + tally.session()


def test_sessions_are_kept_by_their_start():
    earlier = (("2026-12-05T09:30", 410),)
    tally = WritingTally((), 100, DAY, earlier, dt.datetime(2026, 12, 6, 14, 5, 59))
    assert tally.sessions() == earlier  # nothing written yet: no entry
    tally.update(160, DAY)
    assert tally.sessions() == (("2026-12-05T09:30", 410), ("2026-12-06T14:05", 60))


def test_a_session_started_in_the_same_minute_continues_it():
    start = dt.datetime(2026, 12, 6, 14, 5)
    tally = WritingTally((), 100, DAY, (("2026-12-06T14:05", 30),), start)
    tally.update(110, DAY)
    assert tally.sessions() == (("2026-12-06T14:05", 40),)
