"""The start-up milestones the benchmarks read (``RETRO_EDITOR_TIMING_FILE``), and the spell
dictionaries loaded once per window."""

from __future__ import annotations

from pathlib import Path

from pytestqt.exceptions import TimeoutError  # noqa: A004 (pytest-qt's own)

from retro_editor.ui.milestones import TIMING_FILE
from retro_editor.ui.spell_loading import LoadedEnchant


def _milestones(path: Path) -> list[tuple[float, str]]:
    if not path.exists():
        return []
    return [(float(stamp), name) for stamp, name in
            (line.split(" ", 1) for line in path.read_text(encoding="utf-8").splitlines())]


def test_the_window_records_shown_editable_and_preview_in_that_order(
        qtbot, monkeypatch, tmp_path, settings, prompts, sample_copy, dispose):
    from retro_editor.ui.main_window import MainWindow

    timing = tmp_path / "timing.txt"
    monkeypatch.setenv(TIMING_FILE, str(timing))
    window = MainWindow(settings, prompts=prompts)
    window.show()
    try:
        qtbot.waitUntil(lambda: [n for _, n in _milestones(timing)] == ["window-shown"],
                        timeout=5000)
        assert window.open_project(sample_copy)
        qtbot.waitUntil(lambda: "editable" in [n for _, n in _milestones(timing)], timeout=10000)
        # the preview's moment, once it comes, follows (whether it comes in time is the
        # preview's own tests' business: under load a resync can take long)
        try:
            qtbot.waitUntil(lambda: len(_milestones(timing)) == 3, timeout=10000)
        except TimeoutError:
            pass
        found = _milestones(timing)
        assert [name for _, name in found] == ["window-shown", "editable", "preview-shown"][
            :len(found)]
        assert [stamp for stamp, _ in found] == sorted(stamp for stamp, _ in found)
    finally:
        window.controller.document.mark_saved()
        dispose(window)


class _FakeEnchant:
    def __init__(self) -> None:
        self.loaded: list[str] = []

    def list_languages(self) -> list[str]:
        return ["en_GB", "en_US"]

    def Dict(self, tag: str) -> object:  # noqa: N802 (enchant's name)
        self.loaded.append(tag)
        return object()


def test_each_dictionary_is_loaded_once_and_shared():
    fake = _FakeEnchant()
    enchant = LoadedEnchant(fake)
    first = enchant.Dict("en_GB")
    assert enchant.Dict("en_GB") is first
    enchant.Dict("en_US")
    assert fake.loaded == ["en_GB", "en_US"]
    assert enchant.list_languages() == ["en_GB", "en_US"]


def test_the_app_started_with_a_late_web_engine_shows_the_text_then_the_article(
        tmp_path, sample_copy):
    """Launched with a project as from a file manager (QtWebEngine imported only once the
    window shows the text): the window, the editable text and the preview showing the
    article come in that order, and Qt does not complain that the web engine was started
    late. That the preview is put in after the text is the next test's business."""
    import os
    import subprocess
    import sys
    import time

    timing = tmp_path / "timing.txt"
    env = dict(os.environ, RETRO_EDITOR_TIMING_FILE=str(timing), HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    process = subprocess.Popen([sys.executable, "-m", "retro_editor.cli", str(sample_copy)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        while len(_milestones(timing)) < 3 and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            time.sleep(0.05)
    finally:
        process.kill()
        errors = process.communicate()[1].decode("utf-8", "replace")
    assert [name for _, name in _milestones(timing)] == [
        "window-shown", "editable", "preview-shown"], errors
    assert "initialized from a plugin" not in errors  # Qt's complaint about a late import


def test_a_window_built_with_a_deferred_preview_puts_it_in_and_shows_the_article(
        qtbot, settings, prompts, sample_copy, dispose):
    from retro_editor.ui.action_ids import ActionId
    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.preview.factory import PreviewPlaceholder
    from retro_editor.ui.preview.view import PreviewView

    window = MainWindow(settings, prompts=prompts, defer_preview=True)
    window.show()
    try:
        assert isinstance(window.preview, PreviewPlaceholder) and window.preview.pending
        assert window.open_project(sample_copy)
        window.start_preview_after_first_paint(opening=True)
        qtbot.waitUntil(lambda: isinstance(window.preview, PreviewView), timeout=10_000)
        updates: list[str] = []
        window.preview.contentUpdated.connect(updates.append)
        qtbot.waitUntil(lambda: "full" in updates, timeout=20_000)
        assert window.splitter.indexOf(window.preview) == 1
        window.action_map[ActionId.VIEW_PREVIEW].trigger()
        assert window.preview.isHidden()
    finally:
        window.controller.document.mark_saved()
        dispose(window)
