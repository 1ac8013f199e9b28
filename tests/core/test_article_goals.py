"""The manifest's ``goals``: word goal and deadline, left out while unset (format 2 only)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import ArticleGoals, Manifest, dump_manifest, parse_manifest


def test_goals_round_trip_and_are_left_out_while_unset():
    manifest = Manifest()
    assert "goals" not in json.loads(dump_manifest(manifest))
    manifest.goals = ArticleGoals(words=3000, deadline="2027-01-15")
    data = json.loads(dump_manifest(manifest))
    assert data["goals"] == {"deadline": "2027-01-15", "words": 3000}
    assert parse_manifest(dump_manifest(manifest), None).goals == manifest.goals
    manifest.goals = ArticleGoals(words=500)
    assert json.loads(dump_manifest(manifest))["goals"] == {"deadline": None, "words": 500}


@pytest.mark.parametrize("goals, field, reason", [
    ({"words": 0}, "goals.words", "must be 1 or more"),
    ({"words": "3000"}, "goals.words", ""),
    ({"deadline": "15.01.2027"}, "goals.deadline", "YYYY-MM-DD"),
    ({"deadline": "2027-02-30"}, "goals.deadline", "not a date in the calendar"),
    ({"target": 5}, "goals.target", ""),
])
def test_invalid_goals_name_the_field(goals, field, reason):
    data = json.dumps({"format": "retro-editor/2", "goals": goals}).encode()
    with pytest.raises(ProjectError) as caught:
        parse_manifest(data, "a.retro")
    assert field in str(caught.value) and reason in str(caught.value)


def test_a_format_1_file_cannot_hold_goals():
    data = json.dumps({"format": "retro-editor/1", "goals": {"words": 10}}).encode()
    with pytest.raises(ProjectError, match="goals"):
        parse_manifest(data, "a.retro")


def test_days_left():
    goals = ArticleGoals(deadline="2026-12-10")
    assert goals.days_left(dt.date(2026, 12, 6)) == 4
    assert goals.days_left(dt.date(2026, 12, 12)) == -2
    assert ArticleGoals().days_left(dt.date(2026, 12, 6)) is None
