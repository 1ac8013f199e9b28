"""A lock file that keeps two app instances from editing one project.

The lock names its holder (host, process, user, time). Creating it is atomic (O_EXCL). A lock
whose process no longer runs on this host is *stale* (left by a crash) and may be cleared; a
lock held by another host cannot be checked, so the writer decides.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import describe_os_error

LOCK_NAME = ".retro-editor.lock"


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    user: str
    since: float

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.since))
        return f"{self.user} on {self.host} (process {self.pid}) since {when}"


@dataclass(frozen=True)
class LockedBy:
    """The explicit result of a failed attempt: who holds the lock, and whether it is stale."""

    info: LockInfo | None
    stale: bool
    path: Path


class ProjectLock:
    """A held lock. ``release()`` removes the file if it is still ours."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info

    def release(self) -> None:
        current = read_lock(self.path)
        if current == self.info:
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass


def _current_info() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some containers
        user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return LockInfo(socket.gethostname(), os.getpid(), user, time.time())


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return LockInfo(str(data["host"]), int(data["pid"]), str(data["user"]), float(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _process_running(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def is_stale(info: LockInfo | None) -> bool:
    """Unreadable locks and locks of dead processes on this host are stale."""
    if info is None:
        return True
    return info.host == socket.gethostname() and not _process_running(info.pid)


def acquire_lock(folder: Path) -> ProjectLock | LockedBy:
    """Takes the project's lock, or says who holds it. Never waits, never steals."""
    path = Path(folder) / LOCK_NAME
    info = _current_info()
    payload = json.dumps({"host": info.host, "pid": info.pid, "user": info.user,
                          "since": info.since}).encode("utf-8")
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        holder = read_lock(path)
        if holder is not None and holder.host == info.host and holder.pid == info.pid:
            return ProjectLock(path, holder)
        return LockedBy(holder, is_stale(holder), path)
    except OSError as exc:
        raise ProjectError(path, f"cannot create the lock file: {describe_os_error(exc)}") from exc
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)
    return ProjectLock(path, info)


def clear_lock(locked: LockedBy) -> None:
    """Removes a lock the writer chose to clear (stale, or confirmed abandoned)."""
    try:
        locked.path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise ProjectError(locked.path, f"cannot remove the lock file: {describe_os_error(exc)}") from exc
