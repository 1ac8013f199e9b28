"""Sync with an https-style remote that asks for a password: a local git HTTP server (dulwich's
own, with basic authentication) and an in-memory keyring; never the internet."""

from __future__ import annotations

import shutil
import subprocess

import keyring
import pytest

from retro_editor.core.credentials import SERVICE, store_credentials, stored_credentials
from retro_editor.core.history_store import HISTORY_NAME
from retro_editor.core.history_sync import CredentialsNeeded, sync_project
from retro_editor.testing.git_http import MemoryKeyring, protected_git_server

USER, PASSWORD = "writer", "s3cret"


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def protected_remote(tmp_path):
    """A bare repository served over HTTP that wants USER / PASSWORD."""
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    with protected_git_server(remote, USER, PASSWORD) as url:
        yield url, remote


def test_a_remote_asking_for_a_password_is_told_as_such(protected_remote, tmp_path,
                                                        sample_project_dir, memory_keyring):
    url, _ = protected_remote
    project = tmp_path / "p"
    shutil.copytree(sample_project_dir, project)
    with pytest.raises(CredentialsNeeded, match="asks for a user name and password"):
        sync_project(project, url)
    with pytest.raises(CredentialsNeeded):
        sync_project(project, url, credentials=(USER, "wrong"))


def test_credentials_given_then_kept_in_the_keyring_never_in_the_project(
        protected_remote, tmp_path, sample_project_dir, memory_keyring):
    url, remote = protected_remote
    project = tmp_path / "p"
    shutil.copytree(sample_project_dir, project)
    assert sync_project(project, url, credentials=(USER, PASSWORD)).state == "pushed"
    store_credentials(url, USER, PASSWORD)
    assert stored_credentials(url + "?x=1") == (USER, PASSWORD)
    assert list(memory_keyring.entries) == [(SERVICE, url)]
    article = project / "article.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    assert sync_project(project).state == "pushed", "the keyring's credentials are used"
    shown = subprocess.run(["git", "--git-dir", str(remote), "show", "main:article.md"],
                           check=True, capture_output=True, text=True).stdout
    assert shown.endswith("More.\n")
    for path in project.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    assert (project / HISTORY_NAME / "config").read_text().count(url) == 1
