"""Making a save of several files all-or-nothing, even across a crash.

A save first writes every new file to a temporary file beside its target (synced), so any
refusal (read-only file, full disk) happens before anything is replaced. When more than one
file changes, a small journal (:data:`JOURNAL_NAME`) then lists each temporary file, its
target and the SHA-256 of its bytes, and is synced before the first rename. The renames
follow; the journal is removed after the last one.

A crash between two renames leaves the journal, the files already renamed (new) and the
temporary files not yet renamed (complete and synced). The next open finds the journal and
finishes the save (:func:`finish_interrupted_save`): each temporary file whose bytes match
the journal is renamed over its target, so the project is the complete new save. A crash
before the journal was written leaves only the old files and temporary files, which are
removed as leftovers.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import (
    TEMP_MARK,
    PreparedWrite,
    atomic_write,
    describe_os_error,
    read_bytes_limited,
    sync_folder,
)

JOURNAL_NAME = ".retro-save.retro-tmp-journal"
_MAX_JOURNAL_BYTES = 64 * 1024
_MAX_FILE_BYTES = 256 * 1024 * 1024


def _relative(folder: Path, path: Path) -> str:
    return Path(os.path.relpath(path, folder)).as_posix()


def write_journal(folder: Path, prepared: list[PreparedWrite], digests: list[str]) -> Path:
    """Records the pending renames; synced before it returns."""
    entries = [{"target": _relative(folder, p.target), "temp": _relative(folder, p.temp),
                "sha256": digest} for p, digest in zip(prepared, digests, strict=True) if p.temp]
    path = folder / JOURNAL_NAME
    atomic_write(path, json.dumps({"renames": entries}).encode("utf-8"), sync=True)
    return path


def remove_journal(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise ProjectError(path, describe_os_error(exc)) from None


def _inside(root: Path, relative: object) -> Path | None:
    if not isinstance(relative, str) or not relative or relative.startswith("/"):
        return None
    path = root / relative
    try:
        parent = path.parent.resolve()
    except (OSError, RuntimeError):
        return None
    return parent / path.name if parent.is_relative_to(root) else None


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(read_bytes_limited(path, _MAX_FILE_BYTES)).hexdigest()
    except ProjectError:
        return None


def finish_interrupted_save(folder: Path | str) -> list[str]:
    """Completes a save a crash interrupted (see the module notes); what was done, in words.

    Only journal entries naming our temporary files inside ``folder`` are followed. An entry
    that cannot be completed (its temporary file gone or changed) is reported, not guessed at.
    """
    folder = Path(folder)
    journal = folder / JOURNAL_NAME
    if not journal.is_file() or journal.is_symlink():
        return []
    root = folder.resolve()
    try:
        entries = json.loads(read_bytes_limited(journal, _MAX_JOURNAL_BYTES))["renames"]
        if not isinstance(entries, list):
            raise ValueError
    except (ProjectError, ValueError, KeyError, TypeError):
        entries = []
    notes: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        target = _inside(root, entry.get("target"))
        temp = _inside(root, entry.get("temp"))
        digest = entry.get("sha256")
        if target is None or temp is None or TEMP_MARK not in temp.name:
            continue
        if temp.is_file() and _sha256(temp) == digest:
            try:
                os.replace(temp, target)
            except OSError as exc:
                notes.append(f"{target.name}: an interrupted save could not be finished "
                             f"({describe_os_error(exc)})")
                continue
            notes.append(f"{target.name}: an interrupted save was finished")
        elif _sha256(target) != digest:
            notes.append(f"{target.name}: an interrupted save could not be finished; "
                         "the file is as it was before that save")
    sync_folder(folder)
    remove_journal(journal)
    return notes
