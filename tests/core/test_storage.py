"""Atomic saves: the old file survives every failure, no temporary file is left behind."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from retro_editor.core import storage
from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import (
    atomic_write,
    clean_stale_temp_files,
    describe_os_error,
    read_bytes_limited,
)

OLD = b"the old text\n" * 100
NEW = "the new text, ünïcödé 🎸\n".encode() * 50_000  # > one write chunk


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_bytes(OLD)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".retro-tmp-" in p.name)


def test_replaces_content(target):
    atomic_write(target, NEW)
    assert target.read_bytes() == NEW
    assert leftovers(target.parent) == []


def test_creates_new_file_with_normal_permissions(tmp_path):
    path = tmp_path / "new.retro"
    atomic_write(path, b"{}\n")
    assert path.read_bytes() == b"{}\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o604])
def test_keeps_permissions(target, mode):
    os.chmod(target, mode)
    atomic_write(target, NEW)
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_short_writes_are_continued(target, monkeypatch):
    real_write = os.write
    sizes = []

    def short_write(fd, data):
        n = real_write(fd, bytes(data[: max(1, len(data) // 3)]))
        sizes.append(n)
        return n

    monkeypatch.setattr(storage.os, "write", short_write)
    atomic_write(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == NEW
    assert len(sizes) > 3


def fail_with(exc):
    def fail(*args, **kwargs):
        raise exc
    return fail


FAILURES = [
    ("write: disk full", "write", fail_with(OSError(errno.ENOSPC, "No space left on device")),
     "the disk is full"),
    ("write: quota", "write", fail_with(OSError(errno.EDQUOT, "Disk quota exceeded")),
     "the disk quota is exceeded"),
    ("write: wrote nothing", "write", lambda fd, data: 0, "the disk is full"),
    ("write: I/O error", "write", fail_with(OSError(errno.EIO, "Input/output error")),
     "the disk reported an input/output error"),
    ("fsync fails", "fsync", fail_with(OSError(errno.EIO, "Input/output error")),
     "the disk reported an input/output error"),
    ("replace refused", "replace", fail_with(PermissionError(errno.EACCES, "Permission denied")),
     "permission denied"),
    ("create refused", "open", fail_with(OSError(errno.EROFS, "Read-only file system")),
     "the disk is read-only"),
]


@pytest.mark.parametrize(("name", "function", "fake", "reason"), FAILURES,
                         ids=[f[0] for f in FAILURES])
def test_failure_leaves_old_file_and_no_temp(target, monkeypatch, name, function, fake, reason):
    calls = {"n": 0}
    real = getattr(os, function)

    def partly(*args, **kwargs):
        calls["n"] += 1
        if function == "write" and calls["n"] == 1:
            return real(*args, **kwargs)  # the failure comes part-way through
        return fake(*args, **kwargs)

    monkeypatch.setattr(storage.os, function, partly)
    with pytest.raises(ProjectError) as info:
        atomic_write(target, NEW)
    monkeypatch.undo()
    assert str(info.value) == f"{target}: {reason}"
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_fsync_failure_with_new_file_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(storage.os, "fsync", fail_with(OSError(errno.ENOSPC, "full")))
    with pytest.raises(ProjectError, match="the disk is full"):
        atomic_write(tmp_path / "x.retro", b"data")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_read_only_file_is_refused_and_untouched(target):
    os.chmod(target, 0o444)
    with pytest.raises(ProjectError) as info:
        atomic_write(target, NEW)
    assert str(info.value) == f"{target}: the file is read-only; it was not replaced"
    assert target.read_bytes() == OLD
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert leftovers(target.parent) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder(tmp_path, target):
    os.chmod(tmp_path, 0o555)
    try:
        with pytest.raises(ProjectError, match="permission denied"):
            atomic_write(target, NEW)
        assert target.read_bytes() == OLD
    finally:
        os.chmod(tmp_path, 0o755)


def test_folder_refused(tmp_path):
    with pytest.raises(ProjectError, match="is a folder, not a file"):
        atomic_write(tmp_path, b"x")


def test_symlinked_file_is_written_through(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(OLD)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write(link, NEW)
    assert link.is_symlink() and real.read_bytes() == NEW


def test_read_bytes_limited(tmp_path):
    path = tmp_path / "big.retro"
    path.write_bytes(b"x" * (3 * 1024 * 1024 // 2))
    assert read_bytes_limited(path, 2 * 1024 * 1024) == path.read_bytes()
    with pytest.raises(ProjectError) as info:
        read_bytes_limited(path, 1024 * 1024, "manifest")
    assert str(info.value) == f"{path}: manifest is 1.5 MB; the limit is 1 MB"
    with pytest.raises(ProjectError) as info:
        read_bytes_limited(tmp_path / "missing", 10)
    assert str(info.value) == f"{tmp_path / 'missing'}: not found"
    with pytest.raises(ProjectError, match="is a folder, not a file"):
        read_bytes_limited(tmp_path, 10)


def test_clean_stale_temp_files(tmp_path):
    old = time.time() - 3600
    stale = tmp_path / ".article.md.retro-tmp-0123abcd"
    fresh = tmp_path / ".x.retro.retro-tmp-89abcdef"
    keep = [tmp_path / "article.md", tmp_path / ".article.md.retro-tmp-notours",
            tmp_path / "notes.retro-tmp-0123abcd"]
    for path in [stale, fresh, *keep]:
        path.write_bytes(b"x")
        if path != fresh:
            os.utime(path, (old, old))
    (tmp_path / ".dir.retro-tmp-00000000").mkdir()
    assert clean_stale_temp_files(tmp_path) == [stale]
    assert not stale.exists() and fresh.exists()
    assert all(p.exists() for p in keep)
    assert clean_stale_temp_files(tmp_path / "missing") == []


def test_temp_names_are_recognisable(tmp_path):
    name = storage.temp_name_for(tmp_path / "hero.retro").name
    assert name.startswith(".hero.retro.retro-tmp-")
    assert storage._TEMP_RE.match(name)


@pytest.mark.parametrize(("err", "words"), [
    (errno.ENOSPC, "the disk is full"), (errno.EACCES, "permission denied"),
    (errno.EPERM, "permission denied"), (errno.EROFS, "the disk is read-only"),
])
def test_describe_os_error(err, words):
    assert describe_os_error(OSError(err, os.strerror(err))) == words
    assert describe_os_error(OSError(errno.EBUSY, "Device or resource busy")) == \
        "device or resource busy"
