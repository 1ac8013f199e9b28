"""The preview page loads one page at a time: the newest request wins, with its base URL."""

from __future__ import annotations

import threading

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineCore import QWebEngineProfile

from retro_editor.ui.preview.page import PreviewPage


def test_loads_made_while_one_is_running_end_on_the_newest_with_its_base_url(qtbot, tmp_path):
    """Opening a project while the window's first blank page was still loading (a worker
    thread reading the files slowed the event loop) left the page at a data: address in about
    two runs of three of tests/ui/test_close_state.py; loads are now one at a time. This test
    pins the contract (the newest request wins, with its base URL); the race itself did not
    reproduce in a page alone."""
    stop = threading.Event()

    def busy() -> None:  # holds the GIL often, as a file read on a worker thread does
        while not stop.is_set():
            sum(range(10_000))

    worker = threading.Thread(target=busy, daemon=True)
    worker.start()
    profile = QWebEngineProfile()
    page = PreviewPage(profile)
    base = QUrl.fromLocalFile(str(tmp_path) + "/")
    try:
        page.load_html("<p>first</p>", QUrl("about:blank"))
        qtbot.wait(5)
        page.load_html("<p>second</p>", base)
        page.load_html("<p>third</p>", base)
        qtbot.waitUntil(lambda: page.url() == base, timeout=15_000)
    finally:
        stop.set()
        worker.join()
    seen: list[str] = []
    qtbot.waitUntil(lambda: (page.toHtml(seen.append), bool(seen) and "third" in seen[-1])[1],
                    timeout=15_000)
    assert "second" not in seen[-1]
    page.deleteLater()
    profile.deleteLater()


def test_a_load_started_between_two_queued_ones_is_not_undone(qtbot, tmp_path):
    """Repro: a window's start-up blank page waiting in the queue was loaded after the
    project's page, which had started at once in the moment between two loads: the preview
    showed a blank page and re-rendered the article endlessly against it."""
    profile = QWebEngineProfile()
    page = PreviewPage(profile)
    base = QUrl.fromLocalFile(str(tmp_path) + "/")
    finished: list[str] = []
    page.loadFinished.connect(lambda _ok: finished.append(page.url().toString()))
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=15_000):
            page.load_html("<p>first</p>", QUrl("about:blank"))
            page.load_html("<p>queued</p>", QUrl("about:blank"))
        page.load_html("<p>project</p>", base)  # before the queued load's turn comes
        qtbot.waitUntil(lambda: page.url() == base and len(finished) >= 2, timeout=15_000)
        qtbot.wait(300)
        seen: list[str] = []
        page.toHtml(seen.append)
        qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
        assert "project" in seen[-1] and page.url() == base, finished
    finally:
        page.deleteLater()
        profile.deleteLater()
