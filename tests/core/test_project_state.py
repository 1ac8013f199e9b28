"""The machine state file: written atomically, read back, ignored when missing or broken."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from retro_editor.core.errors import ProjectError
from retro_editor.core.project_state import (
    STATE_NAME,
    ProjectState,
    ViewState,
    read_state,
    state_path,
    write_state,
)


def test_round_trip_and_layout(tmp_path):
    write_state(tmp_path, ProjectState(cursor_position=1234))
    assert read_state(tmp_path) == ProjectState(cursor_position=1234)
    assert json.loads(state_path(tmp_path).read_text("utf-8")) == {
        "cursor": {"position": 1234}, "version": 1}
    assert state_path(tmp_path).name == STATE_NAME == ".retro-state.json"
    assert not list(tmp_path.glob("*.retro-tmp-*"))


def test_unchanged_state_is_not_rewritten(tmp_path):
    write_state(tmp_path, ProjectState(cursor_position=5))
    before = state_path(tmp_path).stat().st_mtime_ns
    write_state(tmp_path, ProjectState(cursor_position=5))
    assert state_path(tmp_path).stat().st_mtime_ns == before


@pytest.mark.parametrize("content", [
    None, b"", b"not json", b"[1]", b'{"version": 99, "cursor": {"position": 5}}',
    b'{"version": 1, "cursor": {"position": -1}}', b'{"version": 1, "cursor": "x"}',
    b'{"version": 1, "cursor": {"position": true}}', b"\xff\xfe", b"[" * 100_000,
])
def test_missing_or_broken_state_is_ignored(tmp_path, content):
    if content is not None:
        state_path(tmp_path).write_bytes(content)
    assert read_state(tmp_path) == ProjectState()


def test_a_state_file_that_is_a_folder_is_ignored_and_a_write_error_is_a_project_error(tmp_path):
    state_path(tmp_path).mkdir()
    assert read_state(tmp_path) == ProjectState()
    with pytest.raises(ProjectError):
        write_state(tmp_path, ProjectState(cursor_position=1))


def test_link_results_are_kept_with_their_time(tmp_path):
    from retro_editor.core.project_state import LinkRecord

    gone = LinkRecord("broken", "2026-12-06T15:20:00Z", 404, "https://e.org/gone",
                      "404 Not Found", "https://archive.example/gone")
    write_state(tmp_path, ProjectState(cursor_position=3, links={"https://e.org/gone": gone}))
    state = read_state(tmp_path)
    assert state.cursor_position == 3
    assert state.links == {"https://e.org/gone": gone}


def test_a_malformed_link_entry_costs_only_itself(tmp_path):
    (tmp_path / ".retro-state.json").write_text(json.dumps({
        "version": 1, "cursor": {"position": 5},
        "links": {"https://a.org/": {"status": "ok", "checked_at": "2026-01-01T00:00:00Z"},
                  "https://b.org/": {"status": 3}, "https://c.org/": "broken"}}))
    state = read_state(tmp_path)
    assert list(state.links) == ["https://a.org/"] and state.cursor_position == 5


def test_view_and_words_per_day_round_trip(tmp_path):
    from retro_editor.core.project_state import ViewState

    state = ProjectState(cursor_position=9,
                         view=ViewState(top_line=40, collapsed=("intro", "the-end"),
                                        side_tab="facts"),
                         words_per_day=(("2026-12-05", 812), ("2026-12-06", -40)))
    write_state(tmp_path, state)
    assert read_state(tmp_path) == state
    data = json.loads(state_path(tmp_path).read_text("utf-8"))
    assert data["view"] == {"top_line": 40, "collapsed": ["intro", "the-end"],
                            "side_tab": "facts"}
    assert data["words_per_day"] == {"2026-12-05": 812, "2026-12-06": -40}


def test_broken_parts_of_the_view_are_left_at_their_defaults(tmp_path):
    state_path(tmp_path).write_text(json.dumps({
        "version": 1, "cursor": {"position": 3},
        "view": {"top_line": "x", "collapsed": ["ok", 5, ""], "side_tab": 7},
        "words_per_day": {"yesterday": 5, "2026-12-01": "many", "2026-12-02": 10}}), "utf-8")
    assert read_state(tmp_path) == ProjectState(
        cursor_position=3, view=ViewState(collapsed=("ok",)),
        words_per_day=(("2026-12-02", 10),))


def test_only_the_newest_days_are_kept(tmp_path):
    from retro_editor.core.project_state import MAX_DAYS

    first = date(2025, 1, 1)
    days = tuple(((first + timedelta(days=i)).isoformat(), i) for i in range(MAX_DAYS + 50))
    write_state(tmp_path, ProjectState(words_per_day=days))
    assert read_state(tmp_path).words_per_day == days[-MAX_DAYS:]


def test_sessions_round_trip_and_broken_entries_are_dropped(tmp_path):
    state = ProjectState(sessions=(("2026-12-05T09:30", 410), ("2026-12-06T14:05", -12)))
    write_state(tmp_path, state)
    assert read_state(tmp_path) == state
    assert json.loads(state_path(tmp_path).read_text("utf-8"))["sessions"] == [
        {"start": "2026-12-05T09:30", "words": 410}, {"start": "2026-12-06T14:05", "words": -12}]
    state_path(tmp_path).write_text(json.dumps({"version": 1, "sessions": [
        {"start": "yesterday", "words": 1}, {"start": "2026-12-05T09:30"}, "x",
        {"start": "2026-12-06T14:05", "words": 7}]}), "utf-8")
    assert read_state(tmp_path).sessions == (("2026-12-06T14:05", 7),)
