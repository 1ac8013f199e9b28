"""The web engine's processes yield the CPU to the window.

Chromium renders the preview in processes of its own (a zygote, the page's renderer, the GPU
process), at the app's priority. With a core kept busy by another program, they and the
window's event loop share what is left, and the editor was seen to wait up to 37 ms for a
core after a key (``bench/preview_latency.py --busy-core`` at 100,000 words). A lower
priority for them lets keys and paints go first; the preview then waits instead (its p95 rose
from 44 to 51 ms in that bench, the stall max fell to 17 ms).

Linux only (the processes are found in ``/proc``); elsewhere nothing changes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

#: the niceness they are given (POSIX ``nice``; the app's is normally 0), as the helpers'
WEB_ENGINE_NICENESS = 5
PROCESS_NAME = "QtWebEngineProc"  # /proc/PID/comm keeps 15 characters


def _parent_and_name(pid: int) -> tuple[int, str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("utf-8", errors="replace")
    except OSError:
        return None
    name_end = stat.rfind(")")
    fields = stat[name_end + 2:].split()
    if name_end < 0 or len(fields) < 2:
        return None
    return int(fields[1]), stat[stat.find("(") + 1:name_end]


def web_engine_processes(root: int) -> list[int]:
    """The web engine processes among ``root``'s descendants."""
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    for entry in entries:
        if entry.isdigit() and (found := _parent_and_name(int(entry))) is not None:
            children.setdefault(found[0], []).append(int(entry))
            names[int(entry)] = found[1]
    result, waiting = [], list(children.get(root, []))
    while waiting:
        pid = waiting.pop()
        if names.get(pid, "").startswith(PROCESS_NAME):
            result.append(pid)
        waiting.extend(children.get(pid, []))
    return result


def _threads(pid: int) -> list[int]:
    """The process's threads: on Linux a priority belongs to each thread, and the threads
    a process has already started keep theirs."""
    try:
        return [int(tid) for tid in os.listdir(f"/proc/{pid}/task") if tid.isdigit()]
    except OSError:
        return [pid]


def lower_web_engine_priority(root: int | None = None) -> int:
    """Lowers the priority of this app's web engine processes, every thread of them
    (never raising one a user lowered further); returns how many processes were lowered."""
    if not hasattr(os, "setpriority"):
        return 0
    lowered = 0
    for pid in web_engine_processes(os.getpid() if root is None else root):
        changed = False
        for tid in _threads(pid):
            try:
                if os.getpriority(os.PRIO_PROCESS, tid) < WEB_ENGINE_NICENESS:
                    os.setpriority(os.PRIO_PROCESS, tid, WEB_ENGINE_NICENESS)
                    changed = True
            except OSError:
                continue  # gone meanwhile, or not ours to change
        lowered += changed
    return lowered


def lower_after_first_render(preview: QWidget) -> None:
    """Lowers them once the preview has rendered (its renderer process exists by then;
    later ones are forked from the zygote, which passes its priority on)."""
    updated = getattr(preview, "contentUpdated", None)
    if updated is None:
        return

    def rendered(kind: str) -> None:
        if kind == "full":
            updated.disconnect(rendered)
            lower_web_engine_priority()

    updated.connect(rendered)
