"""Real faults for tests: a small tmpfs (a full disk), a read-only bind mount, a filled disk.

Each needs root or CAP_SYS_ADMIN; where the system cannot mount, the test is skipped with the
reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True).returncode == 0


@contextlib.contextmanager
def mounted_tmpfs(where: Path, size: str = "1m") -> Iterator[Path]:
    """A real tmpfs of ``size`` at ``where`` for the duration of the block."""
    where.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
        pytest.skip("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


@contextlib.contextmanager
def read_only_bind(folder: Path) -> Iterator[Path]:
    """``folder`` as a read-only bind mount of itself (root ignores permission bits)."""
    if not _run("mount", "--bind", str(folder), str(folder)):
        pytest.skip("cannot bind-mount here (needs root or CAP_SYS_ADMIN)")
    try:
        if not _run("mount", "-o", "remount,ro,bind", str(folder), str(folder)):
            pytest.skip("cannot remount read-only here")
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Fills the filesystem of ``folder`` until at most ``leave`` bytes are free."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        block = b"\0" * 4096
        while shutil.disk_usage(folder).free > leave:
            try:
                if os.write(fd, block) < len(block):
                    break
            except OSError:
                break
    finally:
        os.close(fd)
    return filler
