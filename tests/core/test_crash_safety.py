"""A save killed with SIGKILL at a random moment leaves the complete old or new version.

A forked child process saves a 1 MB article over and over, alternating two versions; the test
kills it at random points 200 times and opens the project after each kill.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from retro_editor.core.project import new_project, open_project, save_project
from retro_editor.core.storage import TEMP_MARK

KILLS = 200

VERSIONS = [("A" * 99 + "\n") * 10_000, ("B" * 99 + "\n") * 10_000]


def _save_forever(folder) -> None:
    """The child's loop (never returns; killed by the parent)."""
    project = open_project(folder)
    n = 0
    while True:
        project.text = VERSIONS[n % 2]
        project.manifest.article.subtitle = "version " + "AB"[n % 2]
        save_project(project)
        n += 1


def _start_saver(folder) -> int:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            os.write(write_end, b"r")
            _save_forever(folder)
        finally:
            os._exit(1)
    os.close(write_end)
    assert os.read(read_end, 1) == b"r"
    os.close(read_end)
    return pid


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_killed_saves_leave_old_or_new_version(tmp_path):
    project = new_project(tmp_path / "p", "Crash test")
    project.text = ("A" * 99 + "\n") * 10_000
    project.manifest.article.subtitle = "version A"
    save_project(project)
    rng = random.Random(1234)
    seen = set()
    for _ in range(KILLS):
        pid = _start_saver(project.folder)
        time.sleep(rng.uniform(0.002, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reopened = open_project(project.folder)
        letters = set(reopened.text.replace("\n", ""))
        assert len(reopened.text) == 1_000_000
        assert letters in ({"A"}, {"B"})
        assert reopened.manifest.article.subtitle in {"version A", "version B"}
        seen.add(next(iter(letters)))
    assert seen == {"A", "B"}, "the kills never landed between two different saves"
    leftovers = [p for p in project.folder.iterdir() if TEMP_MARK in p.name]
    for stray in leftovers:
        os.utime(stray, (time.time() - 3600, time.time() - 3600))
    open_project(project.folder)
    assert not [p for p in project.folder.iterdir() if TEMP_MARK in p.name]
