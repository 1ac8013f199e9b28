"""Safe file I/O: atomic replacement, bounded reads, clean-up of our own temporary files.

A save writes a temporary file beside the target, checks every write, fsyncs it, gives it
the old file's owner, group and permission bits (where the OS allows) and renames it over the
target, so the target is always either the complete old file or the complete new one.

Only regular files are read: a FIFO or device named like a project file would block a read
forever. Temporary files are named after their writer (host and process id), so a leftover
one whose process is gone is recognised and removed at once.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import socket
import stat
import time
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.json_input import size_error

TEMP_MARK = ".retro-tmp-"
#: ``.{name}.retro-tmp-{host}-{pid}-{random}``: the writer can be told from the name
_TEMP_RE = re.compile(r"^\..+\.retro-tmp-(?P<host>[A-Za-z0-9-]{1,32})-(?P<pid>[0-9]{1,10})"
                      r"-[0-9a-f]{8}$")
#: the names written before temporary files named their writer (cleaned by age only)
_OLD_TEMP_RE = re.compile(r"^\..+\.retro-tmp-[0-9a-f]{8}$")
_HOST_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")
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


def host_tag() -> str:
    """This host's name as it appears in temporary file names (letters, digits and -)."""
    return _HOST_UNSAFE.sub("-", socket.gethostname()).strip("-")[:32] or "host"


def temp_name_for(path: Path) -> Path:
    """A fresh temporary name beside ``path``: ``.{name}.retro-tmp-{host}-{pid}-XXXXXXXX``."""
    return path.with_name(f".{path.name}{TEMP_MARK}{host_tag()}-{os.getpid()}-"
                          f"{secrets.token_hex(4)}")


def process_running(pid: int) -> bool:
    """True if a process with this id runs on this host (it may be another program)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OSError, OverflowError):
        return False
    return True


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
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        return read_bytes_limited(path, len(data)) == data
    except (OSError, ProjectError):
        return False


class PreparedWrite:
    """A new file content written, synced and given the old file's owner and mode, in a
    temporary file beside its target, not yet in place: :meth:`commit` renames it over the
    target, :meth:`discard` removes it. Several files are prepared first and committed only
    when all are ready, so a save refused for one file touches none.

    ``note`` says what could not be kept (owner or group), or is None.
    """

    def __init__(self, path: Path, target: Path, temp: Path, note: str | None) -> None:
        self.path = path
        self.target = target
        self.temp: Path | None = temp
        self.note = note

    def commit(self) -> None:
        if self.temp is None:
            return
        try:
            os.replace(self.temp, self.target)
        except OSError as exc:
            self.discard()
            raise ProjectError(self.path, describe_os_error(exc)) from None
        self.temp = None

    def discard(self) -> None:
        if self.temp is not None:
            try:
                os.unlink(self.temp)
            except OSError:
                pass
            self.temp = None


def _keep_owner(temp: Path, old: os.stat_result, path: Path) -> str | None:
    """Gives ``temp`` the old file's owner and group; a note if the OS does not allow it.

    Without root only the group can change (to one the saver belongs to), so a group-shared
    file keeps its group; a file of another user saved by root keeps its owner."""
    if not hasattr(os, "chown"):
        return None
    new = os.stat(temp)
    if (new.st_uid, new.st_gid) == (old.st_uid, old.st_gid):
        return None
    try:
        os.chown(temp, old.st_uid, old.st_gid)
        return None
    except OSError:
        pass
    try:
        os.chown(temp, -1, old.st_gid)
    except OSError:
        return (f"{path.name} was saved, but its group could not be kept "
                f"(group {old.st_gid} became {new.st_gid})")
    if new.st_uid != old.st_uid:
        return (f"{path.name} was saved, but it now belongs to user {new.st_uid} "
                f"instead of {old.st_uid}")
    return None


def prepare_write(path: Path | str, data: bytes) -> PreparedWrite:
    """Writes ``data`` to a temporary file ready to replace ``path`` (see :class:`PreparedWrite`).

    Refuses, with a ``ProjectError`` and nothing left behind, what could not be replaced:
    a folder, something not a regular file, a read-only file, a full disk.
    """
    path = Path(path)
    target = path.resolve() if path.is_symlink() else path
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise ProjectError(path, describe_os_error(exc)) from None
    if old is not None and stat.S_ISDIR(old.st_mode):
        raise ProjectError(path, "is a folder, not a file")
    if old is not None and not stat.S_ISREG(old.st_mode):
        raise ProjectError(path, "is not a regular file; it was not replaced")
    if is_read_only(target):
        raise ProjectError(path, "the file is read-only; it was not replaced")

    fd: int | None = None
    temp: Path | None = None
    try:
        fd, temp = _create_temp(target)
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = None
        note = None
        if old is not None:
            note = _keep_owner(temp, old, path)
            os.chmod(temp, stat.S_IMODE(old.st_mode))
        prepared = PreparedWrite(path, target, temp, note)
        temp = None
        return prepared
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


def atomic_write(path: Path | str, data: bytes, *, sync: bool = True) -> str | None:
    """Replaces ``path`` with ``data`` atomically, keeping its mode, owner and group.

    On any failure the old file is untouched, no temporary file is left behind and a
    ``ProjectError`` names the file and the reason. A read-only file is never replaced.
    ``sync=False`` leaves the folder's fsync to the caller (``sync_folder``), so that a
    save of several files in one folder syncs it once. Returns a note when the owner or
    group could not be kept (the OS does not allow it), else None.
    """
    prepared = prepare_write(path, data)
    prepared.commit()
    if sync:
        sync_folder(prepared.target.parent)
    return prepared.note


def read_bytes_limited(path: Path | str, limit: int, what: str = "file") -> bytes:
    """The bytes of ``path``; a ``ProjectError`` if it is larger than ``limit``, unreadable
    or not a regular file (a FIFO would block the read forever; it is opened non-blocking
    and refused)."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ProjectError(path, describe_os_error(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ProjectError(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ProjectError(path, "is not a regular file (a pipe, device or socket); "
                                     "it was not read")
        if info.st_size > limit:
            raise size_error(path, what, info.st_size, limit)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ProjectError(path, describe_os_error(exc)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise size_error(path, what, len(data), limit)
    return data


def _writer_gone(match: re.Match[str]) -> bool:
    """True if the temporary file's writer ran on this host and no longer runs."""
    pid = int(match.group("pid"))
    return (match.group("host") == host_tag() and pid != os.getpid()
            and not process_running(pid))


def clean_stale_temp_files(folder: Path | str, older_than: float = 60.0) -> list[Path]:
    """Removes our leftover temporary files (from a crash mid-save) in ``folder``.

    One whose writer (named in it) ran on this host and is gone is removed at once. Others
    are removed once older than ``older_than`` seconds (a save still writing touches its file;
    the writer's process id may have been reused since). Returns what was removed; files that
    cannot be removed are left alone.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        named = _TEMP_RE.match(entry.name)
        if not named and not _OLD_TEMP_RE.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                continue
            if not (named and _writer_gone(named)) and now - info.st_mtime < older_than:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed
