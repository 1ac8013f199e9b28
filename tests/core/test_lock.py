"""The project lock: a second instance is told who holds it; stale locks can be cleared."""

from __future__ import annotations

import json
import socket

from retro_editor.core.lock import LOCK_NAME, LockedBy, ProjectLock, acquire_lock, clear_lock
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


def test_lock_of_a_killed_process_is_stale_and_can_be_cleared(tmp_path):
    child = hold_lock_in_child(tmp_path)
    child.kill()
    child.wait(timeout=30)
    result = acquire_lock(tmp_path)
    assert isinstance(result, LockedBy) and result.stale
    clear_lock(result)
    lock = acquire_lock(tmp_path)
    assert isinstance(lock, ProjectLock)
    lock.release()


def test_unreadable_lock_is_stale(tmp_path):
    (tmp_path / LOCK_NAME).write_text("garbage")
    result = acquire_lock(tmp_path)
    assert isinstance(result, LockedBy) and result.stale and result.info is None


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
