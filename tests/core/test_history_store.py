"""The history store: versions of the project in ``.history/``, read back by the real git."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from retro_editor.core.backups import make_backup
from retro_editor.core.errors import ProjectError
from retro_editor.core.history_message import VersionKind
from retro_editor.core.history_store import HISTORY_NAME, WINDOW_SECONDS, HistoryStore
from retro_editor.core.project import Project, save_project

GIT_ENV = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": "/nonexistent",
           "GIT_CONFIG_GLOBAL": "/dev/null"}


def git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=GIT_ENV, check=True,
                          capture_output=True, text=True).stdout


def history_git(project: Project, *args: str) -> str:
    return git("--git-dir", str(project.folder / HISTORY_NAME), *args)


def edit(project: Project, words: str) -> None:
    project.text += f"\n{words}\n"
    save_project(project)


@pytest.fixture
def store(project):
    found = HistoryStore.open(project.folder)
    assert found is not None
    yield found
    found.close()


def test_versions_are_read_by_git_log_show_and_fsck(project, store):
    first = store.record(VersionKind.SAVE)
    edit(project, "A paragraph added after the first version.")
    second = store.record(VersionKind.SAVE)
    assert first is not None and second is not None
    log = history_git(project, "log", "--format=%H %s")
    assert log.splitlines() == [f"{second.id} {second.summary}", f"{first.id} First version"]
    shown = history_git(project, "show", f"{second.id}:article.md")
    assert shown.endswith("A paragraph added after the first version.\n")
    files = history_git(project, "ls-tree", "-r", "--name-only", second.id).split()
    assert "article.md" in files and project.manifest_name in files
    assert any(name.startswith("assets/") for name in files)
    assert history_git(project, "fsck", "--strict", "--no-dangling") == ""
    body = history_git(project, "log", "-1", "--format=%B")
    assert f"Words: {second.words}" in body and "Kind: save" in body
    assert second.change == second.words - first.words > 0


def test_listing_reads_words_and_summary_from_the_messages(project, store):
    store.record(VersionKind.SAVE)
    project.text = project.text.replace("\n## ", "\n## Renamed start of ", 1)
    save_project(project)
    store.record(VersionKind.SAVE)
    newest, oldest = store.versions()
    assert oldest.summary == "First version"
    assert newest.summary.startswith("Edited: ") or "added" in newest.summary
    assert newest.words == oldest.words + 3


def test_a_save_without_change_records_nothing(project, store):
    assert store.record(VersionKind.SAVE) is not None
    save_project(project)
    assert store.record(VersionKind.SAVE) is None
    assert store.record(VersionKind.CLOSE) is None
    assert len(store.versions()) == 1


def test_the_author_is_the_articles_or_a_neutral_name_never_the_os_user(project, store):
    project.manifest = project.manifest.model_copy(update={"article": project.manifest.article
                                                   .model_copy(update={"author": ""})})
    save_project(project)
    store.record(VersionKind.SAVE)
    project.manifest = project.manifest.model_copy(update={"article": project.manifest.article
                                                   .model_copy(update={"author": "Ada <L> Byron"})})
    save_project(project)
    store.record(VersionKind.SAVE)
    people = history_git(project, "log", "--format=%an|%ae|%cn|%ce").splitlines()
    assert people == ["Ada L Byron||Ada L Byron|", "Retro Editor||Retro Editor|"]
    import getpass
    import socket
    everything = history_git(project, "log", "--format=%an %ae %cn %ce %B")
    assert getpass.getuser() not in everything.replace("Retro Editor", "")
    assert socket.gethostname() not in everything


def test_autosaves_coalesce_within_ten_minutes_explicit_saves_always_record(project, store):
    start = 1_000_000.0
    store.record(VersionKind.SAVE, now=start)
    for minute in range(1, 9):
        edit(project, f"autosaved at minute {minute}")
        store.record(VersionKind.AUTOSAVE, now=start + 60 * minute)
    kinds = [v.kind for v in store.versions()]
    assert kinds == [VersionKind.AUTOSAVE, VersionKind.SAVE]
    assert store.versions()[0].change == store.versions()[0].words - store.versions()[1].words
    edit(project, "after the window")
    store.record(VersionKind.AUTOSAVE, now=start + 60 + WINDOW_SECONDS)
    assert len(store.versions()) == 3
    edit(project, "explicit")
    store.record(VersionKind.SAVE, now=start + 60 + WINDOW_SECONDS + 1)
    edit(project, "explicit again")
    store.record(VersionKind.SAVE, now=start + 60 + WINDOW_SECONDS + 2)
    assert [v.kind for v in store.versions()][:2] == [VersionKind.SAVE, VersionKind.SAVE]
    assert history_git(project, "fsck", "--strict", "--no-dangling") == ""


def test_an_autosave_never_replaces_a_named_version(project, store):
    store.record(VersionKind.SAVE, now=1000)
    edit(project, "one")
    named = store.record(VersionKind.AUTOSAVE, now=1010)
    assert named is not None
    store.name_version(named.id, "Sent to editor")
    edit(project, "two")
    store.record(VersionKind.AUTOSAVE, now=1020)
    versions = store.versions()
    assert len(versions) == 3 and versions[1].names == ("Sent to editor",)


def test_names_are_git_tags_found_by_name_or_id(project, store):
    first = store.record(VersionKind.SAVE)
    assert first is not None
    store.name_version(first.id, "Sent to editor")
    assert history_git(project, "tag", "-l").split() == ["sent-to-editor"]
    assert history_git(project, "rev-parse", "sent-to-editor^{commit}").strip() == first.id
    assert history_git(project, "tag", "-l", "--format=%(contents)").strip() == "Sent to editor"
    assert store.resolve("sent to EDITOR") == first.id
    assert store.resolve(first.id[:7]) == first.id
    with pytest.raises(ProjectError, match="already has this name"):
        store.name_version(first.id, "sent to editor")
    with pytest.raises(ProjectError, match="no version has this id or name"):
        store.resolve("Published")
    assert history_git(project, "fsck", "--strict", "--no-dangling") == ""


def test_hooks_in_the_history_never_run(project, store, tmp_path):
    marker = tmp_path / "hook-ran"
    hooks = project.folder / HISTORY_NAME / "hooks"
    for name in ("pre-commit", "commit-msg", "post-commit", "pre-receive", "post-receive",
                 "reference-transaction", "post-update"):
        (hooks / name).write_text(f"#!/bin/sh\necho {name} >> {marker}\n")
        (hooks / name).chmod(0o755)
    store.record(VersionKind.SAVE)
    edit(project, "more")
    version = store.record(VersionKind.SAVE)
    assert version is not None
    store.name_version(version.id, "Published")
    assert not marker.exists()


def test_a_project_inside_the_writers_work_tree_stays_out_of_git_status(tmp_path, project, store):
    outer = project.folder.parent
    git("init", "-q", str(outer))
    store.record(VersionKind.SAVE)
    status = git("status", "--porcelain", "--untracked-files=all", cwd=outer)
    assert status and ".history" not in status
    assert f"{project.folder.name}/article.md" in status
    assert (project.folder / HISTORY_NAME / ".gitignore").read_text() == "*\n"


def test_backups_skip_the_history(project, store, tmp_path):
    store.record(VersionKind.SAVE)
    zip_path = make_backup(project.folder, tmp_path / "backups", keep=3)
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
    assert "article.md" in names
    assert not any(name.startswith(".history") for name in names)


def test_files_at_gives_every_file_of_a_version(project, store):
    first = store.record(VersionKind.SAVE)
    assert first is not None
    before = project.article_path.read_bytes()
    edit(project, "later")
    files = store.files_at(first.id)
    assert files["article.md"] == before
    assert project.manifest_name in files


def test_a_folder_that_is_not_a_repository_is_a_one_line_error(project):
    (project.folder / HISTORY_NAME).mkdir()
    with pytest.raises(ProjectError, match="not a history repository"):
        HistoryStore.open(project.folder)
