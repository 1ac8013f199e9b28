"""Project → Check Links: the open project's links checked off the GUI thread against a real
local server, with the problems told through the prompts, and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from prompts_double import RecordingPrompts
from tests.web.local_server import refused_url, server  # noqa: F401
from werkzeug import Response

from retro_editor.core.manifest import RelatedLink
from retro_editor.core.project import new_project, save_project
from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.prompts import CloseAnswer


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts(ask_save_changes=CloseAnswer.DISCARD)


@pytest.fixture
def window(qtbot, settings, prompts, dispose):
    from retro_editor.ui.main_window import MainWindow

    win = MainWindow(settings, prompts=prompts)
    win.show()
    yield win
    dispose(win)


def make_project(folder: Path, text: str, related: list[RelatedLink]) -> Path:
    project = new_project(folder, "Links")
    project.text = text
    project.manifest = project.manifest.model_copy(update={"related": related})
    save_project(project)
    return folder


def test_check_links_tells_each_problem(qtbot, window, prompts, server, tmp_path, refused_url,
                                       monkeypatch):
    monkeypatch.setenv("RETRO_EDITOR_ARCHIVE_URL", server.url_for("/wayback/available"))
    server.expect_request("/ok").respond_with_data("fine")
    server.expect_request("/gone").respond_with_data("", status=404)
    server.expect_request("/wall").respond_with_data("", status=403)
    server.expect_request("/wayback/available").respond_with_data('{"archived_snapshots": {}}')
    text = (f"# Links\n\n[ok]({server.url_for('/ok')}) [gone]({server.url_for('/gone')})\n\n"
            f"[wall]({server.url_for('/wall')})\n")
    folder = make_project(tmp_path / "p", text,
                          [RelatedLink(title="Old forum", url=refused_url)])
    assert window.controller.open_path(folder)
    window.action_map[ActionId.PROJECT_CHECK_LINKS].trigger()
    qtbot.waitUntil(lambda: "show_info" in prompts.names(), timeout=20_000)
    title, message, details = prompts.args_of("show_info")
    assert title == "Check Links"
    assert message == "4 link(s) checked, 2 need attention."
    assert details.splitlines() == [
        f"article line 3: broken: {server.url_for('/gone')} (404 NOT FOUND)",
        f"related[0]: broken: {refused_url} (the connection was refused)",
    ]


def test_cancel_stops_the_check(qtbot, window, prompts, server, tmp_path, monkeypatch):
    monkeypatch.setenv("RETRO_EDITOR_ARCHIVE_URL", server.url_for("/wayback/available"))
    release = threading.Event()

    def held(_request):
        release.wait(20)
        return Response("late")

    server.expect_request("/held").respond_with_handler(held)
    folder = make_project(tmp_path / "p", f"# L\n\n<{server.url_for('/held')}>\n", [])
    assert window.controller.open_path(folder)
    window.action_map[ActionId.PROJECT_CHECK_LINKS].trigger()
    job = window.handlers.link_check
    assert job is not None
    job.cancel()
    qtbot.waitUntil(lambda: "show_info" in prompts.names(), timeout=20_000)
    release.set()
    assert prompts.args_of("show_info")[1] == "The link check was cancelled."
