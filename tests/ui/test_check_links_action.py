"""Project → Check Links: the open project's links checked off the GUI thread against a real
local server; the results shown per related row and in the Links tab, kept in the project
state with their time; Cancel; typing while a check runs."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from prompts_double import RecordingPrompts
from PySide6.QtCore import Qt
from tests.web.local_server import refused_url, server  # noqa: F401
from werkzeug import Response

from retro_editor.core.manifest import RelatedLink
from retro_editor.core.project import new_project, save_project
from retro_editor.core.project_state import read_state
from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.prompts import CloseAnswer
from retro_editor.ui.side_panel.related_model import RelatedModel


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


def start_check(window, qtbot):
    window.action_map[ActionId.PROJECT_CHECK_LINKS].trigger()
    job = window.handlers.link_check
    assert job is not None
    return job


def wait_for_records(qtbot, window, count: int) -> dict:
    qtbot.waitUntil(lambda: len(window.controller.document.link_records) >= count,
                    timeout=20_000)
    return window.controller.document.link_records


def test_check_links_shows_each_result_and_keeps_it(qtbot, window, prompts, server, tmp_path,
                                                    refused_url, monkeypatch):
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
    start_check(window, qtbot)
    records = wait_for_records(qtbot, window, 4)
    assert {url: r.status for url, r in records.items()} == {
        server.url_for("/ok"): "ok", server.url_for("/gone"): "broken",
        server.url_for("/wall"): "blocked", refused_url: "broken"}
    assert prompts.names() == []  # no modal box interrupts the writer
    assert window.side_panel.currentWidget() is window.side_panel.links_tab
    assert "2 need attention" in window.statusBar().currentMessage()
    links = window.side_panel.links_tab
    assert [links.list.topLevelItem(n).text(0) for n in range(4)] == [
        "OK", "Broken", "Blocked", "Broken"]
    assert "need attention" in links.summary.text()
    cell = window.side_panel.related_tab.model.index(0, RelatedModel.URL)
    tip = cell.data(Qt.ToolTipRole)
    assert "Broken — the connection was refused" in tip and "Checked: " in tip
    assert cell.data(Qt.DecorationRole) is not None
    kept = read_state(folder).links  # written at once, not only on close
    assert kept[refused_url].status == "broken" and kept[refused_url].checked_at.endswith("Z")
    window.controller.close_project()
    assert window.controller.open_path(folder)
    assert window.controller.document.link_records[server.url_for("/gone")].http_status == 404


def test_cancel_stops_the_check(qtbot, window, prompts, server, tmp_path, monkeypatch):
    monkeypatch.setenv("RETRO_EDITOR_ARCHIVE_URL", server.url_for("/wayback/available"))
    release = threading.Event()

    def held(_request):
        release.wait(20)
        return Response("late")

    server.expect_request("/held").respond_with_handler(held)
    folder = make_project(tmp_path / "p", f"# L\n\n<{server.url_for('/held')}>\n", [])
    assert window.controller.open_path(folder)
    job = start_check(window, qtbot)
    job.cancel()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=20_000)
    release.set()
    assert window.controller.document.link_records == {}


def test_typing_is_taken_while_200_links_are_checked(qtbot, window, server, tmp_path,
                                                     monkeypatch):
    """200 links against a slow server: the editor takes every key while the job runs."""
    monkeypatch.setenv("RETRO_EDITOR_ARCHIVE_URL", server.url_for("/wayback/available"))

    def slow(_request):
        time.sleep(0.2)
        return Response("ok")

    server.expect_request("/slow").respond_with_handler(slow)
    links = "\n".join(f"- <{server.url_for('/slow')}?n={n}>" for n in range(200))
    folder = make_project(tmp_path / "p", f"# Many\n\n{links}\n\nEnd.", [])
    assert window.controller.open_path(folder)
    job = start_check(window, qtbot)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " typed while checking")
    assert not job.finished
    assert editor.toPlainText().endswith("End. typed while checking")
    job.cancel()
    qtbot.waitUntil(lambda: job.finished, timeout=30_000)
