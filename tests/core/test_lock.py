"""The project lock: a second instance is told who holds it; stale locks can be cleared."""

from __future__ import annotations

import json
import os
import socket
import time

import pytest

from retro_editor.core.lock import (
    LOCK_NAME,
    LockedBy,
    ProjectLock,
    acquire_lock,
    clear_lock,
    process_start_time,
)
from retro_editor.testing.processes import hold_lock_in_child


def test_second_instance_sees_who_holds_the_lock(tmp_path):
    child = hold_lock_in_child(tmp_path)
    try:
        result = acquire_lock(tmp_path)
        assert isinstance(result, LockedBy)
        assert not result.stale
        assert result.info.pid == child.pid
        assert result.info.host == socket.gethostname()
        assert f"process {child.pid}" in result.info.describe()
    finally:
        child.communicate("\n", timeout=30)
    assert not (tmp_path / LOCK_NAME).exists()
    assert isinstance(acquire_lock(tmp_path), ProjectLock)


def test_lock_of_a_killed_process_on_this_host_is_cleared_without_asking(tmp_path):
    """Repro: after a crash, reopening on the same host asked whether to clear the lock of a
    process that is gone; it is taken over without a question."""
    child = hold_lock_in_child(tmp_path)
    child.kill()
    child.wait(timeout=30)
    lock = acquire_lock(tmp_path)
    assert isinstance(lock, ProjectLock) and lock.info.pid == os.getpid()
    lock.release()
    assert not (tmp_path / LOCK_NAME).exists()


def test_old_unreadable_lock_is_stale_and_can_be_cleared(tmp_path):
    path = tmp_path / LOCK_NAME
    path.write_text("garbage")
    past = time.time() - 3600
    os.utime(path, (past, past))
    result = acquire_lock(tmp_path)
    assert isinstance(result, LockedBy) and result.stale and result.info is None
    clear_lock(result)
    lock = acquire_lock(tmp_path)
    assert isinstance(lock, ProjectLock)
    lock.release()


def test_empty_lock_being_created_is_not_called_stale(tmp_path):
    """Repro: an empty lock file is what a live lock looked like while being created; it was
    called stale, with "Clear Lock and Open" as the default answer."""
    (tmp_path / LOCK_NAME).write_bytes(b"")
    result = acquire_lock(tmp_path)
    assert isinstance(result, LockedBy) and not result.stale and result.info is None
    assert (tmp_path / LOCK_NAME).read_bytes() == b""


def test_lock_of_a_reused_process_id_is_stale(tmp_path):
    """Repro: a lock naming a process id that now belongs to another (later) process looked
    alive forever and could never be cleared. The start time recorded in the lock tells the
    two apart, so the lock is taken over."""
    if process_start_time(os.getppid()) is None:
        pytest.skip("process start times cannot be read here (/proc)")
    (tmp_path / LOCK_NAME).write_text(json.dumps(
        {"host": socket.gethostname(), "pid": os.getppid(), "user": "ana", "since": 0,
         "started": process_start_time(os.getppid()) - 1}))
    lock = acquire_lock(tmp_path)
    assert isinstance(lock, ProjectLock) and lock.info.pid == os.getpid()
    lock.release()


def test_lock_of_a_live_process_with_its_start_time_is_kept(tmp_path):
    (tmp_path / LOCK_NAME).write_text(json.dumps(
        {"host": socket.gethostname(), "pid": os.getppid(), "user": "ana", "since": 0,
         "started": process_start_time(os.getppid())}))
    result = acquire_lock(tmp_path)
    assert isinstance(result, LockedBy) and not result.stale and result.info.user == "ana"


def _race(folder, rounds: int, report) -> None:
    stale = taken = 0
    for _ in range(rounds):
        result = acquire_lock(folder)
        if isinstance(result, ProjectLock):
            taken += 1
            result.release()
        elif result.stale:
            stale += 1
    report.write(f"{stale} {taken}\n")
    report.flush()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_racing_instances_never_see_a_live_lock_as_stale(tmp_path):
    """Repro: two instances opening one project over and over for 5 s reported the other's
    live lock as stale over 6,000 times each (they read it while it was still empty)."""
    read_end, write_end = os.pipe()
    children = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read_end)
                with os.fdopen(write_end, "w") as report:
                    _race(tmp_path, 3000, report)
            finally:
                os._exit(0)
        children.append(pid)
    os.close(write_end)
    for pid in children:
        os.waitpid(pid, 0)
    with os.fdopen(read_end) as results:
        counts = [tuple(map(int, line.split())) for line in results]
    assert len(counts) == 2
    assert [stale for stale, _ in counts] == [0, 0]
    assert all(taken > 0 for _, taken in counts)


def test_lock_from_another_host_is_not_called_stale(tmp_path):
    (tmp_path / LOCK_NAME).write_text(json.dumps(
        {"host": "elsewhere.example", "pid": 1, "user": "ana", "since": 0}))
    result = acquire_lock(tmp_path)
    assert isinstance(result, LockedBy) and not result.stale
    assert "ana on elsewhere.example" in result.info.describe()


def test_release_leaves_someone_elses_lock(tmp_path):
    lock = acquire_lock(tmp_path)
    (tmp_path / LOCK_NAME).write_text(json.dumps(
        {"host": "elsewhere.example", "pid": 1, "user": "ana", "since": 0}))
    lock.release()
    assert (tmp_path / LOCK_NAME).exists()
