"""Rolling zip backups of a project's files, kept outside the project folder.

Each project gets its own folder of ``YYYYMMDD-HHMMSS-NNNNNNNNN.zip`` files (names sort by
time); the newest ``keep`` are kept.
A zip is written under a temporary name and renamed when complete, so a crash mid-backup never
leaves a zip that looks whole.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from retro_editor.core.anchors import slugify
from retro_editor.core.errors import ProjectError
from retro_editor.core.history_store import HISTORY_NAME
from retro_editor.core.lock import LOCK_NAME
from retro_editor.core.project_state import STATE_NAME
from retro_editor.core.storage import atomic_write, describe_os_error

_BACKUP_NAME = re.compile(r"^\d{8}-\d{6}-\d{9}\.zip$")
MAX_BACKUP_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class Backup:
    path: Path
    created: float

    @property
    def label(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.created))


def backups_folder(backups_root: Path, project_folder: Path) -> Path:
    """One folder per project, named readably and made unique by the project's path."""
    absolute = str(Path(project_folder).absolute())
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:10]
    return Path(backups_root) / f"{slugify(Path(project_folder).name)}-{digest}"


def _project_files(folder: Path) -> list[Path]:
    """The files a backup holds: the writer's, not the lock, the machine state, temp files or
    the history (``.history/``, which has its own copies and can be large)."""
    files = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        if path.relative_to(folder).parts[0] == HISTORY_NAME:
            continue
        if path.name in (LOCK_NAME, STATE_NAME) or ".retro-tmp-" in path.name:
            continue
        files.append(path)
    return files


def list_backups(folder: Path) -> list[Backup]:
    """Newest first."""
    if not folder.is_dir():
        return []
    found = [Backup(p, p.stat().st_mtime) for p in folder.iterdir() if _BACKUP_NAME.match(p.name)]
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def make_backup(project_folder: Path, folder: Path, keep: int) -> Path:
    """Zips the project's files into ``folder`` and prunes to the newest ``keep`` backups."""
    project_folder = Path(project_folder)
    tmp: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        now = time.time_ns()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now / 1e9))
        target = folder / f"{stamp}-{now % 10**9:09d}.zip"
        tmp = folder / f".{target.name}.partial"
        total = 0
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in _project_files(project_folder):
                total += path.stat().st_size
                if total > MAX_BACKUP_BYTES:
                    raise ProjectError(project_folder, "is too large to back up "
                                                       f"(over {MAX_BACKUP_BYTES // 2**20} MB)")
                archive.write(path, path.relative_to(project_folder).as_posix())
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except (OSError, ProjectError) as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, ProjectError):
            raise
        raise ProjectError(exc.filename or folder, f"the backup failed: {describe_os_error(exc)}") from exc
    prune_backups(folder, keep)
    return target


def prune_backups(folder: Path, keep: int) -> None:
    for old in list_backups(folder)[max(keep, 1):]:
        old.path.unlink(missing_ok=True)


def newest_backup_age(folder: Path) -> float | None:
    """Seconds since the newest backup, or None if there is none."""
    backups = list_backups(folder)
    return time.time() - backups[0].created if backups else None


def restore_backup(backup: Path, project_folder: Path) -> list[str]:
    """Writes every file of the backup back into the project (atomically, file by file).

    Files added since the backup are left alone. Returns the restored relative paths.
    """
    project_folder = Path(project_folder)
    root = project_folder.resolve()
    restored = []
    try:
        with zipfile.ZipFile(backup) as archive:
            for member in archive.infolist():
                if member.is_dir():
                    continue
                target = (project_folder / member.filename).resolve()
                if not target.is_relative_to(root):
                    raise ProjectError(backup, f"{member.filename}: points outside the project")
                target.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(target, archive.read(member))
                restored.append(member.filename)
    except zipfile.BadZipFile as exc:
        raise ProjectError(backup, f"is not a readable backup: {exc}") from exc
    except OSError as exc:
        raise ProjectError(exc.filename or backup, f"cannot restore: {describe_os_error(exc)}") from exc
    return restored
