"""A lock file that keeps two app instances from editing one project.

The lock names its holder (host, process, the process's start time, user, time). It is
written complete under a temporary name and then linked into place, so it is never seen
empty or half-written (where hard links are not supported it is created with O_EXCL and
written at once; a lock file that cannot be read is only called stale once it is older than
:data:`UNREADABLE_GRACE` seconds).

A lock whose process no longer runs on this host, or whose process id now belongs to a
process started later (the id was reused), is *stale*: it was left by a crash and is cleared
without asking. A lock held by another host cannot be checked, so the writer decides.
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
from retro_editor.core.storage import describe_os_error, process_running, read_bytes_limited, temp_name_for

LOCK_NAME = ".retro-editor.lock"
#: an unreadable lock younger than this may be one being created by an older version
UNREADABLE_GRACE = 10.0
_MAX_LOCK_BYTES = 64 * 1024


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    user: str
    since: float
    #: the holder's start time as the OS counts it (None where it cannot be read)
    started: int | None = None

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


def process_start_time(pid: int) -> int | None:
    """When process ``pid`` started, in the OS's clock ticks since boot (Linux), else None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat_line = handle.read()
        return int(stat_line[stat_line.rindex(b")") + 2:].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _current_info() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some containers
        user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    pid = os.getpid()
    return LockInfo(socket.gethostname(), pid, user, time.time(), process_start_time(pid))


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(read_bytes_limited(path, _MAX_LOCK_BYTES).decode("utf-8"))
        started = data.get("started")
        return LockInfo(str(data["host"]), int(data["pid"]), str(data["user"]),
                        float(data["since"]), None if started is None else int(started))
    except (ProjectError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _same_process(info: LockInfo) -> bool:
    """The lock's process still runs, and is the same process (not a reuse of its id)."""
    if not process_running(info.pid):
        return False
    if info.started is None:
        return True
    now = process_start_time(info.pid)
    return now is None or now == info.started


def _age(path: Path) -> float:
    try:
        return time.time() - os.stat(path).st_mtime
    except OSError:
        return 0.0


def is_stale(info: LockInfo | None, path: Path | None = None) -> bool:
    """Locks of gone (or replaced) processes on this host are stale; so is an unreadable lock
    once older than :data:`UNREADABLE_GRACE` (a younger one may still be being written)."""
    if info is None:
        return path is None or _age(path) >= UNREADABLE_GRACE
    return info.host == socket.gethostname() and not _same_process(info)


def _payload(info: LockInfo) -> bytes:
    return json.dumps({"host": info.host, "pid": info.pid, "user": info.user,
                       "since": info.since, "started": info.started}).encode("utf-8")


def _create(path: Path, payload: bytes) -> bool:
    """Puts a complete lock file at ``path``; False if one exists. Written under a temporary
    name and hard-linked into place (atomic, fails if taken); O_EXCL where links are not
    supported."""
    temp = temp_name_for(path)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temp, path)
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # no hard links here: fall back to O_EXCL below
    finally:
        try:
            os.unlink(temp)
        except OSError:
            pass
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _remove_if_still(path: Path, seen: LockInfo) -> None:
    """Removes the lock at ``path`` only if it is still the stale one ``seen``: it is moved
    aside first, so a lock another instance took meanwhile is put back, not deleted."""
    aside = temp_name_for(path)
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return
    if read_lock(aside) != seen:
        try:
            os.link(aside, path)
        except OSError:
            pass
    try:
        os.unlink(aside)
    except OSError:
        pass


def acquire_lock(folder: Path) -> ProjectLock | LockedBy:
    """Takes the project's lock, or says who holds it. Never waits; a lock of a process on
    this host that is gone (a crash) is cleared without asking."""
    path = Path(folder) / LOCK_NAME
    info = _current_info()
    payload = _payload(info)
    for _ in range(3):
        try:
            if _create(path, payload):
                return ProjectLock(path, info)
        except OSError as exc:
            raise ProjectError(path, f"cannot create the lock file: {describe_os_error(exc)}") from exc
        holder = read_lock(path)
        if holder is not None and holder.host == info.host and holder.pid == info.pid \
                and holder.started == info.started:
            return ProjectLock(path, holder)
        if holder is None or not is_stale(holder):
            return LockedBy(holder, is_stale(holder, path), path)
        _remove_if_still(path, holder)
    return LockedBy(read_lock(path), False, path)


def clear_lock(locked: LockedBy) -> None:
    """Removes a lock the writer chose to clear (stale, or confirmed abandoned)."""
    try:
        locked.path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise ProjectError(locked.path, f"cannot remove the lock file: {describe_os_error(exc)}") from exc
