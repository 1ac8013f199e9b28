"""The staged start: launched with a project, the window shows its text and takes keys before
the rest of the app is loaded; the project is then opened adopting that text, with what was
typed, where the writer left the cursor, and only in the plain case (``ui.first_text``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from prompts_double import RecordingPrompts
from PySide6.QtCore import Qt

from retro_editor.core.lock import LOCK_NAME, read_lock
from retro_editor.core.project import open_project
from retro_editor.core.project_state import ProjectState, ViewState, write_state
from retro_editor.core.save_journal import JOURNAL_NAME
from retro_editor.testing.processes import hold_lock_in_child
from retro_editor.ui.first_text import STAGED_MAX_BYTES, read_first_text
from retro_editor.ui.prompts import CloseAnswer
from retro_editor.ui.text_access import raw_text


@pytest.fixture
def recovery_root(tmp_path: Path) -> Path:
    return tmp_path / "data" / "recovery"


@pytest.fixture
def staged(qtbot, monkeypatch, tmp_path, settings, sample_copy, recovery_root, dispose):
    """``start(prompts)``: the app's staged start on the sample copy, its questions asked of
    ``prompts``; the window is closed (unsaved changes discarded) at the end."""
    from retro_editor import app
    from retro_editor.ui import prompts as prompts_module

    windows = []

    def start(prompts: RecordingPrompts, first=None):
        monkeypatch.setattr(prompts_module, "Prompts", lambda _parent: prompts)
        first = first or read_first_text(sample_copy, recovery_root)
        assert first is not None
        window = app.start_staged(settings, sample_copy, first, tmp_path / "docs",
                                  recovery_root.parent)
        windows.append((window, prompts))
        return window, first

    yield start
    for window, prompts in windows:
        prompts.answers["ask_save_changes"] = CloseAnswer.DISCARD
        dispose(window)


def wait_open(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.completed and window.controller.document is not None,
                    timeout=20_000)


# --- what the first stage reads ---------------------------------------------------------

def test_the_first_text_is_the_text_the_project_opens_with_and_its_lock_is_taken(
        qapp, sample_copy, recovery_root):
    first = read_first_text(sample_copy, recovery_root)
    assert first is not None
    assert first.text == open_project(sample_copy).text
    assert raw_text(first.document) == first.text
    assert not first.document.isModified()
    assert read_lock(sample_copy / LOCK_NAME).pid == os.getpid()
    first.lock.release()


def test_the_project_s_manifest_file_names_it_too(qapp, sample_copy, recovery_root):
    manifest = next(sample_copy.glob("*.retro"))
    first = read_first_text(manifest, recovery_root)
    assert first is not None and first.folder == sample_copy
    first.lock.release()


@pytest.mark.parametrize("case", [
    "markdown file", "no manifest", "two manifests", "interrupted save", "snapshot waiting",
    "manifest not JSON", "article not UTF-8", "article missing", "article very long",
])
def test_anything_but_the_plain_case_starts_the_usual_way(qapp, case, sample_copy, recovery_root):
    """Each of these has its own question or message in the usual open; nothing is locked."""
    target = sample_copy
    manifest = next(sample_copy.glob("*.retro"))
    if case == "markdown file":
        target = sample_copy / "article.md"
    elif case == "no manifest":
        manifest.unlink()
    elif case == "two manifests":
        (sample_copy / "other.retro").write_bytes(manifest.read_bytes())
    elif case == "interrupted save":
        (sample_copy / JOURNAL_NAME).write_text("{}", "utf-8")
    elif case == "snapshot waiting":
        (recovery_root / "0123456789abcdef").mkdir(parents=True)
    elif case == "manifest not JSON":
        manifest.write_text('{"format": ', "utf-8")
    elif case == "article not UTF-8":
        (sample_copy / "article.md").write_bytes(b"caf\xe9\n")
    elif case == "article missing":
        (sample_copy / "article.md").unlink()
    elif case == "article very long":
        (sample_copy / "article.md").write_text("word " * (STAGED_MAX_BYTES // 5 + 1), "utf-8")
    assert read_first_text(target, recovery_root) is None
    assert not (sample_copy / LOCK_NAME).exists()


def test_a_project_another_instance_holds_starts_the_usual_way(qapp, sample_copy, recovery_root):
    child = hold_lock_in_child(sample_copy)
    try:
        assert read_first_text(sample_copy, recovery_root) is None
        assert read_lock(sample_copy / LOCK_NAME).pid == child.pid
    finally:
        child.communicate("\n", timeout=30)


# --- the window ---------------------------------------------------------------------------

def test_keys_typed_before_the_window_is_complete_are_in_the_opened_project(qtbot, staged):
    prompts = RecordingPrompts()
    window, first = staged(prompts)
    assert not window.completed
    assert window.editor.document() is first.document
    title = window.windowTitle()
    qtbot.keyClicks(window.editor, "Typed at once. ")
    wait_open(qtbot, window)
    assert window.windowTitle() == title, "named as when the project is open"
    document = window.controller.document
    assert document.text_document is first.document
    assert document.text().startswith("Typed at once. ")
    assert document.text().endswith(first.text)
    assert document.is_modified() and window.isWindowModified()
    assert window.outline.model().rowCount() > 0
    assert window.action_map["file.save"].isEnabled()
    assert prompts.names() == []
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.text() == first.text, "what was typed is one undo away"


def test_the_cursor_and_view_are_where_the_writer_left_them_and_stay_on_opening(
        qtbot, staged, sample_copy, recovery_root):
    text = open_project(sample_copy).text
    remembered = text.index("\n", len(text) // 2) + 1
    line = text.count("\n", 0, remembered)
    write_state(sample_copy, ProjectState(cursor_position=remembered,
                                          view=ViewState(top_line=line - 3)))
    window, _first = staged(RecordingPrompts(), read_first_text(sample_copy, recovery_root))
    qtbot.waitUntil(lambda: window.editor.viewport().isVisible())
    qtbot.wait(50)  # the window laid out: each resize rewraps the text
    assert window.editor.textCursor().position() == remembered
    assert window.editor.cursor_in_view() and window.editor.first_visible_line() == line - 3
    moved = remembered + 3
    cursor = window.editor.textCursor()
    cursor.setPosition(moved)
    window.editor.setTextCursor(cursor)
    top = window.editor.first_visible_line()
    wait_open(qtbot, window)
    assert window.editor.textCursor().position() == moved
    assert window.controller.document.cursor_position == moved
    assert window.editor.first_visible_line() == top
    assert window.editor.cursor_in_view()


def test_closing_before_the_window_is_complete_asks_about_what_was_typed(qtbot, staged):
    prompts = RecordingPrompts(ask_save_changes=CloseAnswer.CANCEL)
    window, _first = staged(prompts)
    qtbot.keyClicks(window.editor, "Not yet saved. ")
    assert not window.close()
    assert prompts.names() == ["ask_save_changes"]
    assert window.controller.document.text().startswith("Not yet saved. ")


def break_manifest(project: Path) -> None:
    """A manifest that reads as JSON but is not a valid one: only the full open finds out."""
    manifest = next(project.glob("*.retro"))
    data = json.loads(manifest.read_text("utf-8"))
    data["article"] = "not an object"
    manifest.write_text(json.dumps(data), "utf-8")


def test_a_project_that_cannot_open_shows_why_and_lets_its_lock_go(
        qtbot, staged, sample_copy):
    break_manifest(sample_copy)
    prompts = RecordingPrompts()
    window, first = staged(prompts)
    qtbot.waitUntil(lambda: window.completed and "show_error" in prompts.names(), timeout=20_000)
    assert window.controller.document is None
    assert window.editor.document() is not first.document
    qtbot.waitUntil(lambda: window.start_screen.isVisible())
    assert not (sample_copy / LOCK_NAME).exists()


def test_a_text_changed_on_disk_before_the_open_is_shown_as_it_now_is(
        qtbot, staged, sample_copy):
    window, first = staged(RecordingPrompts())
    (sample_copy / "article.md").write_text("# Rewritten elsewhere\n", "utf-8")
    wait_open(qtbot, window)
    document = window.controller.document
    assert document.text() == "# Rewritten elsewhere\n"
    assert window.editor.document() is document.text_document
    assert not document.is_modified()
    assert read_lock(sample_copy / LOCK_NAME).pid == os.getpid()


def test_typed_text_over_a_text_changed_on_disk_before_the_open_is_kept_and_asked_about(
        qtbot, staged, sample_copy):
    """The writer is asked at once, as when a file changes on disk under unsaved text."""
    from retro_editor.ui.safety.conflict_dialog import ConflictChoice

    prompts = RecordingPrompts(ask_conflict=ConflictChoice.KEEP_MINE)
    window, first = staged(prompts)
    qtbot.keyClicks(window.editor, "Typed at once. ")
    (sample_copy / "article.md").write_text("# Rewritten elsewhere\n", "utf-8")
    wait_open(qtbot, window)
    assert prompts.names() == ["ask_conflict"]
    document = window.controller.document
    assert document.text_document is first.document
    assert document.text() == "Typed at once. " + first.text
    assert window.controller.save()
    assert (sample_copy / "article.md").read_text("utf-8").startswith("Typed at once. ")



def test_closing_while_the_project_is_being_opened_asks_once_it_is_open(qtbot, staged):
    """The open reads on a worker thread with the event loop running: a close then waits
    for it, so what was typed is asked about, never dropped."""
    from PySide6.QtCore import QTimer

    prompts = RecordingPrompts(ask_save_changes=CloseAnswer.CANCEL)
    window, _first = staged(prompts)
    qtbot.keyClicks(window.editor, "Typed at once. ")
    opening = window.open_project

    def open_and_close_meanwhile(path, first=None):
        QTimer.singleShot(0, window.close)
        return opening(path, first)

    window.open_project = open_and_close_meanwhile
    wait_open(qtbot, window)
    qtbot.waitUntil(lambda: "ask_save_changes" in prompts.names(), timeout=5_000)
    assert window.isVisible()
    assert window.controller.document.text().startswith("Typed at once. ")


def test_text_typed_in_a_project_that_cannot_open_stays_on_screen_to_be_copied(
        qtbot, staged, sample_copy):
    break_manifest(sample_copy)
    prompts = RecordingPrompts()
    window, first = staged(prompts)
    qtbot.keyClicks(window.editor, "Typed at once. ")
    qtbot.waitUntil(lambda: window.completed and "show_error" in prompts.names(), timeout=20_000)
    assert window.controller.document is None
    assert window.editor.document() is first.document
    assert raw_text(first.document).startswith("Typed at once. ")
    assert window.editor.isEnabled() and window.editor.isReadOnly()
    assert "not opened" in window.statusBar().currentMessage()
    assert not window.start_screen.isVisible()
    assert not (sample_copy / LOCK_NAME).exists()
    assert window.action_map["file.open"].isEnabled() and not window.action_map["file.save"].isEnabled()
