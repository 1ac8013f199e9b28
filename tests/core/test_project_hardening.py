"""Project files that leave the project or are not files, and all-or-nothing saves."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from retro_editor.cli import main as cli_main
from retro_editor.core import storage
from retro_editor.core.check import check_project
from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import Manifest, dump_manifest
from retro_editor.core.project import open_project, save_project
from retro_editor.core.save_journal import JOURNAL_NAME
from retro_editor.testing.hang_guard import BOUND, returns_within

posix_only = pytest.mark.skipif(os.name != "posix", reason="symbolic links and FIFOs")


def make_project(folder: Path, article: bytes = b"# Hi\n") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hi.retro").write_bytes(dump_manifest(Manifest()))
    (folder / "article.md").write_bytes(article)
    return folder


def outside_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "elsewhere" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


@posix_only
def test_article_linked_outside_is_refused_by_open(tmp_path):
    """Repro: ``ln -s ~/secret.txt article.md``: opening showed (and check and export used)
    the other file's contents, and a save wrote into it."""
    folder = make_project(tmp_path / "p")
    secret = outside_file(tmp_path, "secret.txt", b"private\n")
    (folder / "article.md").unlink()
    (folder / "article.md").symlink_to(secret)
    with pytest.raises(ProjectError) as info:
        open_project(folder)
    assert str(info.value) == (f"{folder / 'article.md'}: is a symbolic link to {secret}, outside "
                               "the project folder; replace it with the file itself")


@posix_only
def test_manifest_linked_outside_is_refused_by_open(tmp_path):
    folder = make_project(tmp_path / "p")
    other = outside_file(tmp_path, "other.retro", (folder / "hi.retro").read_bytes())
    (folder / "hi.retro").unlink()
    (folder / "hi.retro").symlink_to(other)
    with pytest.raises(ProjectError, match="outside the project folder"):
        open_project(folder)


@posix_only
def test_save_through_a_link_leaving_the_project_is_refused(tmp_path):
    """Repro: article.md replaced by a link to a file elsewhere after opening: the save wrote
    the article into that file. It is refused, and neither file is touched."""
    folder = make_project(tmp_path / "p")
    project = open_project(folder)
    secret = outside_file(tmp_path, "secret.txt", b"private\n")
    (folder / "article.md").unlink()
    (folder / "article.md").symlink_to(secret)
    manifest_before = (folder / "hi.retro").read_bytes()
    project.text = "# Changed\n"
    project.manifest.article.title = "Changed"
    with pytest.raises(ProjectError, match="outside the project folder"):
        save_project(project)
    assert secret.read_bytes() == b"private\n"
    assert (folder / "hi.retro").read_bytes() == manifest_before


@posix_only
def test_check_names_a_link_leaving_the_project(tmp_path):
    """Repro: check was silent about an article.md linked outside the project."""
    folder = make_project(tmp_path / "p")
    project = open_project(folder)
    secret = outside_file(tmp_path, "secret.txt", b"private\n")
    (folder / "article.md").unlink()
    (folder / "article.md").symlink_to(secret)
    lines = [str(p) for p in check_project(project) if p.level != "advice"]
    assert lines == [f"{folder / 'article.md'}: is a symbolic link to {secret}, outside the "
                     "project folder; replace it with the file itself"]


@posix_only
def test_link_inside_the_project_is_followed(tmp_path):
    folder = make_project(tmp_path / "p")
    (folder / "drafts").mkdir()
    (folder / "article.md").rename(folder / "drafts" / "text.md")
    (folder / "article.md").symlink_to(Path("drafts") / "text.md")
    project = open_project(folder)
    project.text = "# Saved\n"
    save_project(project)
    assert (folder / "drafts" / "text.md").read_bytes() == b"# Saved\n"
    assert [p for p in check_project(project) if p.level != "advice"] == []


@posix_only
def test_fifo_article_is_refused_by_open_and_check(tmp_path, capsys):
    """Repro: ``mkfifo article.md`` and ``retro-editor check``: it waited forever."""
    folder = make_project(tmp_path / "p")
    project = open_project(folder)
    (folder / "article.md").unlink()
    os.mkfifo(folder / "article.md")
    status = returns_within(BOUND, cli_main, ["check", str(folder)])
    assert status == 2
    assert capsys.readouterr().err.strip().endswith(
        f"{folder / 'article.md'}: is not a regular file (a pipe, device or socket); it was not read")
    assert [str(p) for p in check_project(project) if p.level != "advice"] == [
        f"{folder / 'article.md'}: is not a regular file (a pipe, device or socket)"]


def test_read_only_manifest_refuses_the_save_before_the_article_is_replaced(tmp_path):
    """Repro: with a read-only manifest and a writable article, the article was replaced and
    then the save was refused, leaving a new article beside an old manifest."""
    folder = make_project(tmp_path / "p")
    project = open_project(folder)
    os.chmod(folder / "hi.retro", 0o444)
    project.text = "# Changed\n"
    project.manifest.article.title = "Changed"
    with pytest.raises(ProjectError, match="hi.retro: the file is read-only"):
        save_project(project)
    assert (folder / "article.md").read_bytes() == b"# Hi\n"
    assert sorted(p.name for p in folder.iterdir()) == ["article.md", "assets", "hi.retro"]


def _crash_on_second_rename(folder: Path) -> None:
    """In a forked child: a save that dies (no clean-up at all) between the two renames."""
    pid = os.fork()
    if pid == 0:
        try:
            project = open_project(folder)
            project.text = "# New text\n"
            project.manifest.article.title = "New title"
            real_replace = os.replace
            calls = []

            def replace(src, dst):
                if TEMP_IN(src) and Path(dst).name in ("article.md", "hi.retro"):
                    calls.append(dst)
                    if len(calls) == 2:
                        os._exit(9)
                real_replace(src, dst)
            storage.os.replace = replace
            save_project(project)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 9, "the child should have died mid-save"


def TEMP_IN(path) -> bool:  # noqa: N802 - reads as a predicate in the child above
    return storage.TEMP_MARK in Path(path).name


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_crash_between_the_renames_is_finished_on_next_open(tmp_path):
    """Repro: a save killed after replacing article.md but before the manifest left the new
    text beside the old metadata, and nothing noticed. The next open finishes the save."""
    folder = make_project(tmp_path / "p")
    _crash_on_second_rename(folder)
    assert (folder / "article.md").read_bytes() == b"# New text\n"
    assert (folder / JOURNAL_NAME).exists()
    project = open_project(folder)
    assert project.text == "# New text\n"
    assert project.manifest.article.title == "New title"
    assert project.open_notes == ["hi.retro: an interrupted save was finished"]
    assert sorted(p.name for p in folder.iterdir()) == ["article.md", "assets", "hi.retro"]


def test_save_keeps_the_mode_and_reports_nothing_when_all_is_kept(tmp_path):
    folder = make_project(tmp_path / "p")
    os.chmod(folder / "article.md", 0o640)
    project = open_project(folder)
    project.text = "# Changed\n"
    assert save_project(project) == []
    assert stat.S_IMODE(os.stat(folder / "article.md").st_mode) == 0o640
    assert json.loads((folder / "hi.retro").read_bytes())["format"]
