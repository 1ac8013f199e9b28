"""Dates as other formats need them: partial dates stay partial where a format allows it."""

from __future__ import annotations

import datetime as dt

import pytest

from retro_editor.core.dates import front_matter_date, full_date, period_start


@pytest.mark.parametrize(("value", "full", "start", "yaml"), [
    ("2024-10-30", dt.date(2024, 10, 30), dt.date(2024, 10, 30), dt.date(2024, 10, 30)),
    ("1999-03", None, dt.date(1999, 3, 1), "1999-03"),
    ("1999", None, dt.date(1999, 1, 1), "1999"),
    (None, None, None, None),
    ("", None, None, None),
    ("2019-02-30", None, None, "2019-02-30"),
])
def test_dates_for_other_formats(value, full, start, yaml):
    assert full_date(value) == full
    assert period_start(value) == start
    assert front_matter_date(value) == yaml
