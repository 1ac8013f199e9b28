"""Where an export may not write: the project's own files, and anything that is not a plain
file (a device, a pipe, a socket, a symbolic link) or, for folder formats, a folder.

An export also refuses a project whose ``article.md`` or manifest is a symbolic link: what it
would include is then a file outside the project.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from retro_editor.core.article_file import MANIFEST_SUFFIX
from retro_editor.core.errors import ProjectError
from retro_editor.core.lock import LOCK_NAME
from retro_editor.core.project import Project


def _real(path: Path) -> Path:
    """``path`` with its folder's links followed (the last part kept as named)."""
    try:
        return path.parent.resolve() / path.name
    except (OSError, RuntimeError):
        return path.absolute()


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def is_project_file(project: Project, path: Path) -> bool:
    """True for the manifest, ``article.md``, anything in ``assets/``, any other ``.retro``
    file or the lock beside them: writing there would overwrite or break the project."""
    root = project.folder.resolve()
    candidates = {_real(path)}
    try:
        candidates.add(path.resolve())
    except (OSError, RuntimeError):
        pass
    own = {project.manifest_path.resolve(), project.article_path.resolve(),
           (root / project.manifest_name), (root / "article.md")}
    assets = project.assets_dir.resolve()
    for real in candidates:
        if real in own or _inside(real, assets) or real == root:
            return True
        if real.parent == root and (real.name.lower().endswith(MANIFEST_SUFFIX)
                                    or real.name == LOCK_NAME or ".retro-tmp-" in real.name):
            return True
    return False


def refuse_linked_sources(project: Project) -> None:
    """A symbolic-link ``article.md`` or manifest would carry a file from elsewhere out."""
    for path in (project.article_path, project.manifest_path):
        if path.is_symlink():
            raise ProjectError(path, "is a symbolic link; an export includes only the "
                                     "project's own files (replace the link with the file)")


def existing_kind(path: Path) -> str | None:
    """None when nothing is at ``path``; else "file", "folder", "link" or "special"."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ProjectError(path, f"cannot be examined: {exc.strerror or exc}") from None
    if stat.S_ISLNK(mode):
        return "folder" if path.is_dir() else "link"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    return "special"


_KIND_WORDS = {
    "link": "is a symbolic link",
    "special": "is a device, pipe or socket, not a regular file",
    "folder": "is a folder",
    "file": "is a file, not a folder",
}


_CHOOSE = {True: "choose a folder for the export", False: "choose a file name for the export"}


def refuse_unwritable_kind(path: Path, want_folder: bool) -> None:
    """Refuses ``path`` if something other than a regular file (or a folder) is there, or if
    what should be its folder is not one; the message names the real cause."""
    parent_kind = existing_kind(path.parent)
    if parent_kind not in (None, "folder"):
        raise ProjectError(path.parent, f"{_KIND_WORDS[parent_kind]}; {_CHOOSE[True]}")
    kind = existing_kind(path)
    wanted = "folder" if want_folder else "file"
    if kind is not None and kind != wanted:
        raise ProjectError(path, f"{_KIND_WORDS[kind]}; {_CHOOSE[want_folder]}")


def check_destination(project: Project, destination: Path, writes_folder: bool) -> None:
    """Everything about the destination that can be refused before any work is done."""
    refuse_linked_sources(project)
    refuse_unwritable_kind(destination, writes_folder)
    if is_project_file(project, destination) and not (
            writes_folder and _real(destination) == project.folder.resolve()):
        raise ProjectError(destination, "is one of the project's own files; export outside "
                                        "the manifest, article.md and assets/")
