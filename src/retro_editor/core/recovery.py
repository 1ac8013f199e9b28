"""Recovery snapshots: the unsaved state of a project, written every few seconds while it is
modified, so that a crash loses at most those seconds.

Snapshots live in the user's data folder, one folder per project, never in the project itself,
and never overwrite the project: restoring hands the state back to the UI as an unsaved project.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import dump_manifest, parse_manifest
from retro_editor.core.project import Project
from retro_editor.core.storage import atomic_write, describe_os_error

INFO = "info.json"
TEXT = "article.md"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Snapshot:
    folder: Path           # the snapshot's own folder
    project_folder: Path   # the project it belongs to
    manifest_name: str
    title: str
    written: float
    project_saved: bool    # False for a project that was never saved

    @property
    def label(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.written))


def snapshot_folder(recovery_root: Path, project_folder: Path) -> Path:
    key = hashlib.sha256(str(Path(project_folder).absolute()).encode("utf-8")).hexdigest()[:16]
    return Path(recovery_root) / key


def write_snapshot(recovery_root: Path, project: Project) -> Path:
    """Writes text, manifest and info atomically; the info file last marks it complete."""
    folder = snapshot_folder(recovery_root, project.folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(folder, f"cannot create the recovery folder: {describe_os_error(exc)}") from exc
    info = {
        "project_folder": str(Path(project.folder).absolute()),
        "manifest_name": project.manifest_name,
        "title": project.manifest.article.title,
        "written": time.time(),
        "project_saved": project.saved,
    }
    atomic_write(folder / TEXT, project.text.encode("utf-8"))
    atomic_write(folder / MANIFEST, dump_manifest(project.manifest))
    atomic_write(folder / INFO, json.dumps(info, indent=2).encode("utf-8"))
    return folder


def discard_snapshot(recovery_root: Path, project_folder: Path) -> None:
    shutil.rmtree(snapshot_folder(recovery_root, project_folder), ignore_errors=True)


def list_snapshots(recovery_root: Path) -> list[Snapshot]:
    """Complete snapshots, newest first; unreadable ones are skipped."""
    root = Path(recovery_root)
    if not root.is_dir():
        return []
    found = []
    for folder in root.iterdir():
        try:
            info = json.loads((folder / INFO).read_text("utf-8"))
            found.append(Snapshot(folder, Path(info["project_folder"]), str(info["manifest_name"]),
                                  str(info.get("title", "")), float(info["written"]),
                                  bool(info.get("project_saved", True))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda s: s.written, reverse=True)


def load_snapshot(snapshot: Snapshot, base: Project | None = None) -> Project:
    """The snapshot as an unsaved Project for the project's folder.

    ``base`` (the project as on disk, if it still opens) supplies newline style and BOM.
    """
    try:
        text = (snapshot.folder / TEXT).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProjectError(snapshot.folder / TEXT, f"the recovered text is unreadable: {exc}") from exc
    manifest_path = snapshot.folder / MANIFEST
    try:
        manifest = parse_manifest(manifest_path.read_bytes(), manifest_path)
    except OSError as exc:
        raise ProjectError(manifest_path, f"cannot read: {describe_os_error(exc)}") from exc
    if base is not None:
        return dataclasses.replace(base, manifest=manifest, text=text, saved=False)
    return Project(folder=snapshot.project_folder, manifest_name=snapshot.manifest_name,
                   manifest=manifest, text=text, saved=False)
