"""Project → Sync in the window: the remote asked once, both machines' changes merged, and
the same section changed on both machines settled in the conflict view."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from retro_editor.core.history_sync import clone_project, sync_project
from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.history.sync_conflicts import SyncConflictDialog

MAKING = "## The Making of Neon Harbor"


@pytest.fixture
def desk_and_laptop(tmp_path, sample_project_dir):
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    desk = tmp_path / "desk"
    shutil.copytree(sample_project_dir, desk)
    sync_project(desk, str(remote))
    return desk, clone_project(str(remote), tmp_path / "laptop"), remote


def add_after_making(folder, words: str) -> None:
    article = folder / "article.md"
    article.write_text(article.read_text(encoding="utf-8").replace(MAKING, f"{MAKING}\n\n{words}",
                                                                    1), encoding="utf-8")


def sync_in_window(window, qtbot):
    window.action_map[ActionId.PROJECT_SYNC].trigger()
    qtbot.waitUntil(lambda: not window.project_sync.running, timeout=20_000)


def test_sync_merges_and_reloads_the_open_document(window, qtbot, desk_and_laptop):
    desk, laptop, remote = desk_and_laptop
    add_after_making(desk, "Written at the desk.")
    sync_project(desk)
    assert window.controller.open_path(laptop)
    document = window.controller.document
    document.text_document.setPlainText(document.text().replace(
        "In the autumn of 1999", "In the wet autumn of 1999", 1))
    with qtbot.waitSignal(window.project_sync.finished, timeout=20_000) as done:
        window.action_map[ActionId.PROJECT_SYNC].trigger()
    assert done.args[0].state == "merged"
    text = window.controller.document.text()
    assert "Written at the desk." in text and "In the wet autumn of 1999" in text
    assert not window.controller.document.is_modified()
    assert window.prompts.names().count("ask_text") == 0, "the remote was remembered"


def test_the_same_section_on_both_machines_is_settled_in_the_conflict_view(
        window, qtbot, desk_and_laptop):
    desk, laptop, _ = desk_and_laptop
    add_after_making(desk, "The desk's sentence.")
    sync_project(desk)
    add_after_making(laptop, "The laptop's sentence.")
    assert window.controller.open_path(laptop)
    seen = []

    def settle(conflicts):
        dialog = SyncConflictDialog(conflicts, window)
        seen.append((dialog.mine.toPlainText(), dialog.theirs.toPlainText()))
        qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)
        dialog.keep_view.setPlainText(dialog.keep_view.toPlainText().replace(
            "The desk's sentence.", "Both: the desk's and the laptop's sentence."))
        dialog.findChild(QDialogButtonBox).accepted.emit()
        return dialog.resolutions()

    window.prompts.answers["resolve_sync_conflicts"] = settle
    with qtbot.waitSignal(window.project_sync.finished, timeout=20_000) as done:
        window.action_map[ActionId.PROJECT_SYNC].trigger()
    assert done.args[0].state == "merged"
    mine, theirs = seen[0]
    assert "The laptop's sentence." in mine and "The desk's sentence." in theirs
    text = window.controller.document.text()
    assert "Both: the desk's and the laptop's sentence." in text
    assert "The laptop's sentence." not in text
    assert sync_project(desk).state == "pulled"
    assert "Both: the desk's" in (desk / "article.md").read_text(encoding="utf-8")


def test_cancelling_the_conflict_view_changes_nothing(window, qtbot, desk_and_laptop):
    desk, laptop, remote = desk_and_laptop
    add_after_making(desk, "The desk's sentence.")
    sync_project(desk)
    add_after_making(laptop, "The laptop's sentence.")
    before = (laptop / "article.md").read_bytes()
    assert window.controller.open_path(laptop)
    window.prompts.answers["resolve_sync_conflicts"] = None
    with qtbot.waitSignal(window.project_sync.finished, timeout=20_000) as done:
        window.action_map[ActionId.PROJECT_SYNC].trigger()
    assert done.args[0] is None
    assert (laptop / "article.md").read_bytes() == before
    assert "The laptop's sentence." in window.controller.document.text()


def test_an_unreachable_remote_is_a_status_message(window, qtbot, sample_copy, tmp_path):
    assert window.controller.open_path(sample_copy)
    window.prompts.answers["ask_text"] = str(tmp_path / "nowhere.git")
    with qtbot.waitSignal(window.project_sync.finished, timeout=20_000) as done:
        window.action_map[ActionId.PROJECT_SYNC].trigger()
    assert done.args[0] is None
    assert "cannot be reached" in window.status.currentMessage()


def test_a_remote_asking_for_a_password_asks_once_and_keeps_it_in_the_keyring(
        window, qtbot, sample_copy, tmp_path):
    import keyring

    from retro_editor.testing.git_http import MemoryKeyring, protected_git_server

    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        with protected_git_server(remote, "writer", "s3cret") as url:
            assert window.controller.open_path(sample_copy)
            window.prompts.answers["ask_text"] = url
            window.prompts.answers["ask_credentials"] = ("writer", "s3cret")
            with qtbot.waitSignal(window.project_sync.finished, timeout=20_000) as done:
                window.action_map[ActionId.PROJECT_SYNC].trigger()
            assert done.args[0].state == "pushed"
            assert window.prompts.names().count("ask_credentials") == 1
            assert len(memory.entries) == 1 and "s3cret" in next(iter(memory.entries.values()))
            document = window.controller.document
            document.text_document.setPlainText(document.text() + "\nMore.\n")
            with qtbot.waitSignal(window.project_sync.finished, timeout=20_000) as done:
                window.action_map[ActionId.PROJECT_SYNC].trigger()
            assert done.args[0].state == "pushed"
            assert window.prompts.names().count("ask_credentials") == 1, "not asked again"
    finally:
        keyring.set_keyring(previous)
