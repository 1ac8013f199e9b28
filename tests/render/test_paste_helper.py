"""The paste helper converts clipboard HTML to Markdown in its own process."""

from __future__ import annotations

from retro_editor.render.helper_process import HELPER_FLAG, HelperClient, helper_command
from retro_editor.render.paste_helper import PASTE_HELPER


def test_the_helper_answers_markdown_or_says_there_was_none():
    client = HelperClient(PASTE_HELPER)
    try:
        meta, markdown = client.request({}, "<h2>News</h2><p>The <b>C64</b> is back</p>", 30)
        assert meta["markdown"] is True
        assert markdown == "## News\n\nThe **C64** is back"
        meta, markdown = client.request({}, "   ", 30)
        assert meta["markdown"] is False and markdown == ""
    finally:
        client.close()


def test_a_frozen_build_runs_the_paste_helper(monkeypatch):
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert helper_command(PASTE_HELPER)[1:] == [HELPER_FLAG, PASTE_HELPER]


def test_the_helper_runs_at_a_lower_priority_than_the_app():
    """Where the cores are short, the window's keys and paints go first (POSIX)."""
    import os

    import pytest

    from retro_editor.render.helper_process import HELPER_NICENESS

    if not hasattr(os, "getpriority"):
        pytest.skip("POSIX priorities")
    client = HelperClient(PASTE_HELPER)
    try:
        client.request({}, "<p>ready</p>", 30)
        pid = client._holder[0].process.pid  # noqa: SLF001 (the running process of this test)
        assert os.getpriority(os.PRIO_PROCESS, pid) == os.getpriority(os.PRIO_PROCESS, 0) + HELPER_NICENESS
    finally:
        client.close()
