"""Save As: the project's folder copied to a new place, then the current state saved there."""

from __future__ import annotations

import dataclasses
import os
import shutil
import stat
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project, save_project
from retro_editor.core.storage import describe_os_error

_NOT_COPIED = shutil.ignore_patterns("*.retro-tmp-*", "*.lock", ".~lock*")


def copy_project(project: Project, destination: Path) -> Project:
    """Copies ``project`` to ``destination`` (a new or empty folder) and saves it there.

    The original project is left as it was on disk; the returned project lives in the copy,
    with the original's history but not its sync remote (the copy is another project: a sync
    would mix the two).
    """
    destination = Path(destination).absolute()
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise ProjectError(destination, "already exists and is not an empty folder")
    source = project.folder
    if source.exists() and destination.resolve().is_relative_to(source.resolve()):
        raise ProjectError(destination, "is inside the project being copied")
    try:
        if source.is_dir():
            if destination.exists():
                destination.rmdir()
            shutil.copytree(source, destination, ignore=_NOT_COPIED)
        else:
            destination.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        shutil.rmtree(destination, ignore_errors=True)
        raise ProjectError(exc.filename or destination, f"cannot copy the project: "
                                                        f"{describe_os_error(exc)}") from exc
    from retro_editor.core.history_sync import forget_remote  # dulwich's client: 40 ms at start

    copied = dataclasses.replace(project, folder=destination)
    forget_remote(destination)
    _make_writable(copied)
    save_project(copied)
    return copied


def _make_writable(copied: Project) -> None:
    """The copy's own files are the writer's to change, even where the original's were
    read-only (often the reason for Save As): without this the save into the copy was refused."""
    for path in (copied.article_path, copied.manifest_path):
        try:
            mode = path.stat().st_mode
            if not mode & stat.S_IWUSR:
                os.chmod(path, stat.S_IMODE(mode) | stat.S_IWUSR)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ProjectError(path, f"cannot be made writable: {describe_os_error(exc)}") from exc
