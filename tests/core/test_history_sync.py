"""Sync between two copies of a project and a bare remote on disk, checked with the real git."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from retro_editor.core.errors import ProjectError
from retro_editor.core.history_store import HISTORY_NAME
from retro_editor.core.history_sync import CONFLICT_NAME, clone_project, sync_project

MAKING = "## The Making of Neon Harbor"
OPENING = "In the autumn of 1999"


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def fsck(git_dir: Path) -> None:
    git("--git-dir", str(git_dir), "fsck", "--strict", "--no-dangling")


def edit(folder: Path, old: str, new: str) -> None:
    article = folder / "article.md"
    article.write_text(article.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def machines(tmp_path, sample_project_dir):
    """Machine A's project synced into a new bare remote, and machine B's clone of it."""
    remote = tmp_path / "remote.git"
    git("init", "-q", "--bare", "-b", "main", str(remote))
    desk = tmp_path / "desk"
    shutil.copytree(sample_project_dir, desk)
    assert sync_project(desk, str(remote)).state == "pushed"
    laptop = clone_project(str(remote), tmp_path / "laptop")
    return desk, laptop, remote


def test_the_remote_is_a_plain_git_repository_with_the_project_at_its_root(machines, tmp_path):
    desk, _, remote = machines
    checkout = tmp_path / "checkout"
    git("clone", "-q", str(remote), str(checkout))
    assert (checkout / "article.md").read_bytes() == (desk / "article.md").read_bytes()
    assert sorted(p.name for p in checkout.glob("*.retro")) == sorted(
        p.name for p in desk.glob("*.retro"))
    fsck(remote)


def test_a_clone_is_the_same_project_with_its_history(machines):
    desk, laptop, _ = machines
    for name in ("article.md", "spelling.txt", "assets/cover.png"):
        assert (laptop / name).read_bytes() == (desk / name).read_bytes()
    log = git("--git-dir", str(laptop / HISTORY_NAME), "log", "--format=%s")
    assert log.splitlines() == ["First version"]


def test_different_sections_merge_silently_on_both_machines(machines):
    desk, laptop, remote = machines
    edit(desk, OPENING, "In the wet autumn of 1999")
    edit(laptop, MAKING, MAKING + "\n\nWritten on the laptop.")
    assert sync_project(desk).state == "pushed"
    assert sync_project(laptop).state == "merged"
    assert sync_project(desk).state == "pulled"
    text = (desk / "article.md").read_text(encoding="utf-8")
    assert "In the wet autumn of 1999" in text and "Written on the laptop." in text
    assert (laptop / "article.md").read_bytes() == (desk / "article.md").read_bytes()
    assert sync_project(desk).state == "up-to-date"
    parents = git("--git-dir", str(remote), "log", "-1", "--format=%P").split()
    assert len(parents) == 2, "the merge keeps both machines' versions as parents"
    for folder in (remote, desk / HISTORY_NAME, laptop / HISTORY_NAME):
        fsck(folder)


def test_the_same_section_on_both_gives_a_conflict_with_both_texts_kept(machines):
    desk, laptop, remote = machines
    edit(desk, MAKING, MAKING + "\n\nThe desk's sentence.")
    edit(laptop, MAKING, MAKING + "\n\nThe laptop's sentence.")
    assert sync_project(desk).state == "pushed"
    before = (laptop / "article.md").read_bytes()
    remote_before = git("--git-dir", str(remote), "rev-parse", "main")
    result = sync_project(laptop)
    assert result.state == "conflicts"
    assert [(c.kind, c.name) for c in result.conflicts] == [
        ("section", "the-making-of-neon-harbor")]
    assert (laptop / "article.md").read_bytes() == before, "nothing changed here"
    assert git("--git-dir", str(remote), "rev-parse", "main") == remote_before
    report = json.loads((laptop / CONFLICT_NAME).read_text(encoding="utf-8"))
    conflict = report["conflicts"][0]
    assert "The laptop's sentence." in conflict["ours"]
    assert "The desk's sentence." in conflict["theirs"]
    assert sync_project(laptop, prefer="theirs").state == "merged"
    assert not (laptop / CONFLICT_NAME).exists()
    assert "The desk's sentence." in (laptop / "article.md").read_text(encoding="utf-8")
    mine = git("--git-dir", str(laptop / HISTORY_NAME), "log", "--all", "-p", "--format=%s")
    assert "The laptop's sentence." in mine, "the version not taken stays in the history"


def test_names_travel_with_a_sync(machines):
    from retro_editor.core.history_store import HistoryStore

    desk, laptop, _ = machines
    store = HistoryStore.open(desk)
    assert store is not None
    store.name_version(store.resolve("latest"), "Sent to editor")
    store.close()
    edit(desk, OPENING, "In the wet autumn of 1999")
    sync_project(desk)
    sync_project(laptop)
    assert git("--git-dir", str(laptop / HISTORY_NAME), "tag", "-l").split() == ["sent-to-editor"]


def test_an_unreachable_remote_is_a_clear_error_and_changes_nothing(machines, tmp_path):
    desk, _, _ = machines
    edit(desk, OPENING, "In the wet autumn of 1999")
    before = (desk / "article.md").read_bytes()
    with pytest.raises(ProjectError, match="cannot be reached.*unchanged"):
        sync_project(desk, str(tmp_path / "nowhere.git"))
    assert (desk / "article.md").read_bytes() == before


def test_clone_refuses_a_folder_that_is_not_empty(machines):
    desk, _, remote = machines
    with pytest.raises(ProjectError, match="is not empty"):
        clone_project(str(remote), desk)


KILLED_SYNC = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from dulwich import refs
    from retro_editor.core.history_sync import sync_project

    original = refs.DiskRefsContainer.set_if_equals

    def slow(self, *args, **kwargs):
        if "remote.git" in str(self.path):
            print("pushing", flush=True)  # the pack is in the remote, its branch not yet moved
            time.sleep(60)
        return original(self, *args, **kwargs)

    refs.DiskRefsContainer.set_if_equals = slow
    sync_project(Path(sys.argv[1]))
""")


def test_a_sync_killed_mid_push_leaves_project_and_remote_consistent(machines, tmp_path):
    desk, laptop, remote = machines
    edit(desk, OPENING, "In the wet autumn of 1999")
    before_push = (desk / "article.md").read_bytes()
    remote_before = git("--git-dir", str(remote), "rev-parse", "main")
    script = tmp_path / "killed_sync.py"
    script.write_text(KILLED_SYNC, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, str(script), str(desk)], stdout=subprocess.PIPE,
                             text=True, env=env)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "pushing"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    for folder in (remote, desk / HISTORY_NAME):
        fsck(folder)
    assert git("--git-dir", str(remote), "rev-parse", "main") == remote_before
    assert (desk / "article.md").read_bytes() == before_push
    assert sync_project(desk).state == "pushed", "the next sync finishes the job"
    assert sync_project(laptop).state == "pulled"
    assert (laptop / "article.md").read_bytes() == before_push
    fsck(remote)


def test_the_manifest_keeps_its_name_when_the_other_machine_renamed_it(machines):
    desk, laptop, _ = machines
    original = next(laptop.glob("*.retro")).name
    manifest = next(desk.glob("*.retro"))
    manifest.rename(desk / "renamed.retro")
    edit(desk, OPENING, "In the wet autumn of 1999")
    sync_project(desk)
    assert sync_project(laptop).state == "pulled"
    assert [p.name for p in laptop.glob("*.retro")] == [original]


def test_save_as_keeps_the_history_but_not_the_remote(machines, tmp_path):
    from retro_editor.core.history_store import HistoryStore
    from retro_editor.core.history_sync import remote_url
    from retro_editor.core.project import open_project
    from retro_editor.core.project_copy import copy_project

    desk, _, _ = machines
    copied = copy_project(open_project(desk), tmp_path / "copy")
    store = HistoryStore.open(copied.folder, create=False)
    assert store is not None
    try:
        assert remote_url(store) is None
        assert len(store.versions()) == 1
    finally:
        store.close()
    with pytest.raises(ProjectError, match="has no remote"):
        sync_project(copied.folder)
