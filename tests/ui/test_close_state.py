"""After Close Project nothing of the old article stays usable or on show (issue 10 #9)."""

from __future__ import annotations


def test_formatting_actions_follow_the_open_project(qtbot, window, sample_copy):
    """Repro: after Close Project the toolbar's formatting buttons (Bold, Italic, headings…)
    stayed enabled: they are the editor's own actions, not the window's."""
    assert window.open_project(sample_copy)
    actions = window.editor.formatting_actions()
    assert actions and all(action.isEnabled() for action in actions)
    assert window.controller.close_project()
    assert not any(action.isEnabled() for action in actions)
    assert window.open_project(sample_copy)
    assert all(action.isEnabled() for action in actions)


def test_close_project_blanks_the_preview(qtbot, window, sample_copy):
    """Repro: after Close Project the preview kept showing the old article."""
    assert window.open_project(sample_copy)
    assert window.controller.close_project()
    page = window.preview.page()
    qtbot.waitUntil(lambda: page.url().toString() == "about:blank", timeout=15_000)
    seen: list[str] = []
    page.toHtml(seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert "Neon Harbor" not in seen[0]
