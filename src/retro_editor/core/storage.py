"""Safe file I/O: atomic replacement, bounded reads, clean-up of our own temporary files.

A save writes a temporary file beside the target, checks every write, fsyncs it, gives it
the old file's permission bits and renames it over the target, so the target is always
either the complete old file or the complete new one.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import size_error

TEMP_MARK = ".retro-tmp-"
_TEMP_RE = re.compile(r"^\..+\.retro-tmp-[0-9a-f]{8}$")
_CHUNK = 1024 * 1024

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "not found",
    errno.EIO: "the disk reported an input/output error",
    errno.EISDIR: "is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EEXIST: "already exists",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "the disk quota is exceeded"


#: Windows: another program holds the file open without sharing (ERROR_SHARING_VIOLATION,
#: ERROR_LOCK_VIOLATION); Python reports these as EACCES, which would read "permission denied"
_WINDOWS_IN_USE = {32, 33}


def describe_os_error(exc: OSError) -> str:
    """The reason of an ``OSError`` in plain words (``the disk is full``)."""
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        return "the file is in use by another program; close it there and save again"
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    text = exc.strerror or str(exc) or type(exc).__name__
    return text[:1].lower() + text[1:]


def temp_name_for(path: Path) -> Path:
    """A fresh temporary name beside ``path``: ``.{name}.retro-tmp-XXXXXXXX``."""
    return path.with_name(f".{path.name}{TEMP_MARK}{secrets.token_hex(4)}")


def is_read_only(path: Path) -> bool:
    """True if ``path`` exists and must not be replaced (no write bit, or no write access)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    return not (mode & writable_bits) or not os.access(path, os.W_OK)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:_CHUNK])
        if written is None or written <= 0:
            raise OSError(errno.ENOSPC, "nothing could be written")
        view = view[written:]


def _create_temp(target: Path) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = temp_name_for(target)
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "no free temporary file name")


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def sync_folder(folder: Path | str) -> None:
    """Makes the renames done in ``folder`` durable (a no-op where folders cannot be synced)."""
    try:
        _fsync_folder(Path(folder))
    except OSError as exc:
        raise ProjectError(folder, describe_os_error(exc)) from None


def same_content(path: Path | str, data: bytes) -> bool:
    """True if ``path`` is a regular file holding exactly ``data`` (read only if sizes match)."""
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False


def atomic_write(path: Path | str, data: bytes, *, sync: bool = True) -> None:
    """Replaces ``path`` with ``data`` atomically, keeping its permission bits.

    On any failure the old file is untouched, no temporary file is left behind and a
    ``ProjectError`` names the file and the reason. A read-only file is never replaced.
    ``sync=False`` leaves the folder's fsync to the caller (``sync_folder``), so that a
    save of several files in one folder syncs it once.
    """
    path = Path(path)
    target = path.resolve() if path.is_symlink() else path
    if target.is_dir():
        raise ProjectError(path, "is a folder, not a file")
    if is_read_only(target):
        raise ProjectError(path, "the file is read-only; it was not replaced")
    try:
        old_mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        old_mode = None
    except OSError as exc:
        raise ProjectError(path, describe_os_error(exc)) from None

    fd: int | None = None
    temp: Path | None = None
    try:
        fd, temp = _create_temp(target)
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = None
        if old_mode is not None:
            os.chmod(temp, old_mode)
        os.replace(temp, target)
        temp = None
        if sync:
            _fsync_folder(target.parent)
    except OSError as exc:
        raise ProjectError(path, describe_os_error(exc)) from None
    finally:
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass


def read_bytes_limited(path: Path | str, limit: int, what: str = "file") -> bytes:
    """The bytes of ``path``; a ``ProjectError`` if it is larger than ``limit`` or unreadable."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise size_error(path, what, size, limit)
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ProjectError(path, describe_os_error(exc)) from None
    if len(data) > limit:
        raise size_error(path, what, len(data), limit)
    return data


def clean_stale_temp_files(folder: Path | str, older_than: float = 60.0) -> list[Path]:
    """Removes our leftover temporary files (from a crash mid-save) in ``folder``.

    Files younger than ``older_than`` seconds are kept: another save may be writing them.
    Returns what was removed; files that cannot be removed are left alone.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_RE.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < older_than:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
