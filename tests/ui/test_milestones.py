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
