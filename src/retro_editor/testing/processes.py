"""Other processes for tests: another Retro Editor holding a project's lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def hold_lock_in_child(folder: Path | str) -> subprocess.Popen[str]:
    """Starts a process that takes the project's lock and keeps it until a line is written
    to its stdin; returns it once it holds the lock."""
    script = textwrap.dedent(f"""
        import sys
        from retro_editor.core.lock import acquire_lock
        lock = acquire_lock({str(folder)!r})
        print(type(lock).__name__, flush=True)
        sys.stdin.readline()
        lock.release()
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    held = child.stdout.readline().strip()
    if held != "ProjectLock":
        child.kill()
        raise AssertionError(f"the child process did not take the lock (it said {held!r})")
    return child
