"""Storage edge cases: only regular files are read, saves keep owner and group, temporary
files name their writer."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

import pytest

from retro_editor.core import storage
from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import (
    atomic_write,
    clean_stale_temp_files,
    read_bytes_limited,
    same_content,
)
from retro_editor.testing.hang_guard import BOUND, returns_within

from .unprivileged import EDITORS, NOBODY, OTHER_USER, needs_root, run_as

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and owners are POSIX")


@pytest.fixture
def shared():
    """A folder other users can write (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="retro-perm-", dir="/tmp"))
    os.chmod(folder, 0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@posix_only
def test_fifo_is_refused_not_waited_on(tmp_path):
    """Repro: ``mkfifo article.md``: reading it (check, open) blocked forever waiting for a
    writer. It must be refused at once, naming the file."""
    fifo = tmp_path / "article.md"
    os.mkfifo(fifo)
    with pytest.raises(ProjectError) as info:
        returns_within(BOUND, read_bytes_limited, fifo, 1024)
    assert str(info.value) == f"{fifo}: is not a regular file (a pipe, device or socket); it was not read"
    assert returns_within(BOUND, same_content, fifo, b"") is False


@posix_only
def test_fifo_is_not_replaced_by_a_save(tmp_path):
    fifo = tmp_path / "article.md"
    os.mkfifo(fifo)
    with pytest.raises(ProjectError, match="is not a regular file; it was not replaced"):
        atomic_write(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["article.md"]


@posix_only
def test_group_shared_file_keeps_its_group(shared):
    """Repro: a file of the group "editors", mode 0660, saved by another member of the group
    became the saver's own group, so the rest of the group lost access."""
    needs_root()
    path = shared / "article.md"
    path.write_bytes(b"old")
    os.chown(path, OTHER_USER, EDITORS)
    os.chmod(path, 0o660)
    note = run_as(NOBODY, NOBODY, [EDITORS], atomic_write, path, b"new")
    info = os.stat(path)
    assert path.read_bytes() == b"new"
    assert (info.st_gid, stat.S_IMODE(info.st_mode)) == (EDITORS, 0o660)
    # only root can give a file away: the saver now owns it, and says so
    assert info.st_uid == NOBODY
    assert note == f"article.md was saved, but it now belongs to user {NOBODY} instead of {OTHER_USER}"


@posix_only
def test_group_that_cannot_be_kept_is_reported(shared):
    needs_root()
    path = shared / "article.md"
    path.write_bytes(b"old")
    os.chown(path, OTHER_USER, EDITORS)
    os.chmod(path, 0o666)
    note = run_as(NOBODY, NOBODY, [], atomic_write, path, b"new")
    assert path.read_bytes() == b"new"
    assert note == f"article.md was saved, but its group could not be kept (group {EDITORS} became {NOBODY})"


@posix_only
def test_root_save_keeps_the_owner(tmp_path):
    """Repro: a save by root of another user's file made root its owner; the owner was then
    told the file is read-only."""
    needs_root()
    path = tmp_path / "article.md"
    path.write_bytes(b"old")
    os.chown(path, OTHER_USER, EDITORS)
    os.chmod(path, 0o644)
    assert atomic_write(path, b"new") is None
    info = os.stat(path)
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (OTHER_USER, EDITORS, 0o644)
    assert path.read_bytes() == b"new"


def test_temp_name_names_host_and_process(tmp_path):
    name = storage.temp_name_for(tmp_path / "hero.retro").name
    assert name.startswith(f".hero.retro.retro-tmp-{storage.host_tag()}-{os.getpid()}-")


def test_temp_file_of_a_dead_writer_is_removed_at_once(tmp_path):
    """Repro: 40 of 100 saves killed mid-write left a temp file that an immediate reopen kept
    (only files older than 60 s were removed). One whose writer on this host is gone goes now;
    one of a running writer, of another host, or named the old way, waits for the age rule."""
    gone = _dead_pid()
    host = storage.host_tag()
    dead = tmp_path / f".article.md.retro-tmp-{host}-{gone}-0123abcd"
    alive = tmp_path / f".article.md.retro-tmp-{host}-{os.getppid()}-0123abcd"
    ours = tmp_path / f".article.md.retro-tmp-{host}-{os.getpid()}-0123abcd"
    elsewhere = tmp_path / f".article.md.retro-tmp-otherhost-{gone}-0123abcd"
    old_style = tmp_path / ".article.md.retro-tmp-0123abcd"
    for path in (dead, alive, ours, elsewhere, old_style):
        path.write_bytes(b"partial")
    assert clean_stale_temp_files(tmp_path) == [dead]
    assert all(p.exists() for p in (alive, ours, elsewhere, old_style))
    past = time.time() - 3600
    for path in (alive, elsewhere, old_style):
        os.utime(path, (past, past))
    assert sorted(clean_stale_temp_files(tmp_path)) == sorted([alive, elsewhere, old_style])


def _dead_pid() -> int:
    """The id of a process that has ended (a child reaped at once)."""
    pid = os.fork() if hasattr(os, "fork") else None
    if pid is None:
        pytest.skip("needs fork")
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_atomic_write_prepares_before_replacing(tmp_path):
    """Nothing is replaced until commit; discard leaves the old file and no temp file."""
    path = tmp_path / "a.md"
    path.write_bytes(b"old")
    prepared = storage.prepare_write(path, b"new")
    assert path.read_bytes() == b"old" and prepared.temp.exists()
    prepared.discard()
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
