"""Writing an export's files: only new files, or files this program wrote there before and
nobody changed since.

Every export writes into one folder (the page's folder, Hugo's section folder, Jekyll's site)
and keeps there a record, ``.retro-export.json``, of the files it wrote and their SHA-256::

    {"about": "...", "version": 1,
     "exports": {"html:notes.html": {"notes.html": "<sha256>",
                                     "notes_files/assets/a.png": "<sha256>"}}}

Each export is keyed by format and name, so several exports can share a folder. A later
export replaces a file only if the record lists it with the hash it still has; a file that is
there but not recorded, or changed since, is a conflict (:class:`ExportConflict`), replaced
only with ``force``. Files an earlier run of the same export wrote and this one no longer does
are removed if unchanged. Folders are never replaced: files are added beside what is there.
All checks run before the first byte is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path, PurePosixPath

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project
from retro_editor.core.storage import atomic_write, describe_os_error
from retro_editor.export.destination import existing_kind, is_project_file

RECORD_NAME = ".retro-export.json"
RECORD_VERSION = 1
_ABOUT = ("Files Retro Editor exported into this folder, with their SHA-256. An export "
          "replaces or removes only files listed here whose content is unchanged.")

#: what a file of an export holds: its bytes, or the project file to copy
Content = bytes | Path


class ExportConflict(ProjectError):
    """The export would replace files it did not write, or that were changed since."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        shown = ", ".join(str(p) for p in paths[:3])
        more = f" and {len(paths) - 3} more" if len(paths) > 3 else ""
        super().__init__(None, f"the export would replace {len(paths)} file(s) it did not "
                               f"write or that were changed since: {shown}{more}; "
                               "export again with --force to replace them")


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_record(root: Path) -> dict[str, dict[str, str]]:
    """``{export key: {relative path: sha256}}``; empty when there is no usable record."""
    path = root / RECORD_NAME
    kind = existing_kind(path)
    if kind is None:
        return {}
    if kind != "file":
        raise ProjectError(path, "is not a regular file; the export cannot keep its record")
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ProjectError(path, describe_os_error(exc)) from None
    except (UnicodeDecodeError, ValueError):
        data = None
    exports = data.get("exports") if isinstance(data, dict) else None
    if not isinstance(exports, dict) or not all(
            isinstance(files, dict) and all(isinstance(v, str) for v in files.values())
            for files in exports.values()):
        raise ProjectError(path, "is not an export record this program can read; it is "
                                 "left as it is (move it away to export here)")
    return {str(key): {str(p): h for p, h in files.items()} for key, files in exports.items()}


def _write_record(root: Path, exports: dict[str, dict[str, str]]) -> None:
    data = {"about": _ABOUT, "version": RECORD_VERSION, "exports": exports}
    atomic_write(root / RECORD_NAME, (json.dumps(data, indent=2, sort_keys=True) + "\n")
                 .encode("utf-8"))


def _check_relative(relative: str) -> None:
    parts = PurePosixPath(relative).parts
    if (not parts or PurePosixPath(relative).is_absolute() or ".." in parts
            or relative == RECORD_NAME):
        raise ProjectError(None, f"an export cannot write {relative!r}")


def _copy_atomic(source: Path, target: Path) -> str:
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".retro-tmp",
                                     dir=target.parent)
    temp = Path(temp_name)
    try:
        digest = hashlib.sha256()
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                dst.write(block)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ProjectError(target, f"cannot copy the image: {describe_os_error(exc)}") from None
    return digest.hexdigest()


def _prepare_folders(root: Path, relative: str) -> None:
    folder = root
    for part in PurePosixPath(relative).parent.parts:
        folder = folder / part
        kind = existing_kind(folder)
        if kind is None:
            try:
                folder.mkdir()
            except OSError as exc:
                raise ProjectError(folder, f"cannot create the folder: "
                                           f"{describe_os_error(exc)}") from None
        elif kind != "folder":
            raise ProjectError(folder, "is in the way: the export needs a folder there")


def ensure_root(root: Path) -> None:
    """Creates the export's folder if its parent exists; refuses anything else there."""
    kind = existing_kind(root)
    if kind == "folder":
        return
    if kind is not None:
        raise ProjectError(root, "exists and is not a folder")
    if not root.parent.is_dir():
        raise ProjectError(root.parent, "the destination folder does not exist")
    try:
        root.mkdir()
    except OSError as exc:
        raise ProjectError(root, f"cannot create the folder: {describe_os_error(exc)}") from None


def _plan(project: Project, root: Path, files: dict[str, Content],
          recorded: dict[str, dict[str, str]]) -> list[Path]:
    """Refuses what may never be written; returns the conflicts ``force`` may override."""
    known = {(path, digest) for entries in recorded.values() for path, digest in entries.items()}
    conflicts = []
    for relative in files:
        _check_relative(relative)
        target = root / relative
        if is_project_file(project, target):
            raise ProjectError(target, "is one of the project's own files; export outside "
                                       "the manifest, article.md and assets/")
        kind = existing_kind(target)
        if kind is None:
            continue
        if kind != "file":
            word = {"link": "a symbolic link", "folder": "a folder"}.get(
                kind, "a device, pipe or socket")
            raise ProjectError(target, f"is {word}, not a regular file; the export does not "
                                       "replace it (choose another destination)")
        try:
            digest = file_digest(target)
        except OSError as exc:
            raise ProjectError(target, describe_os_error(exc)) from None
        if (relative, digest) not in known:
            conflicts.append(target)
    return conflicts


def _remove_stale(root: Path, stale: dict[str, str]) -> None:
    """Removes files a previous run wrote and this one does not, if still unchanged."""
    for relative, digest in stale.items():
        target = root / relative
        try:
            if existing_kind(target) != "file" or file_digest(target) != digest:
                continue
            target.unlink()
            folder = target.parent
            while folder != root and folder.is_relative_to(root) and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent
        except (OSError, ProjectError):
            continue


def commit_files(project: Project, root: Path, key: str, files: dict[str, Content],
                 force: bool = False) -> None:
    """Writes ``files`` (path relative to ``root`` → content) under the export record."""
    ensure_root(root)
    exports = read_record(root)
    conflicts = _plan(project, root, files, exports)
    if conflicts and not force:
        raise ExportConflict(conflicts)
    previous = exports.get(key, {})
    written: dict[str, str] = {}
    finished = False
    try:
        for relative, content in files.items():
            target = root / relative
            _prepare_folders(root, relative)
            if isinstance(content, bytes):
                atomic_write(target, content)
                written[relative] = hashlib.sha256(content).hexdigest()
            else:
                written[relative] = _copy_atomic(content, target)
        _remove_stale(root, {p: d for p, d in previous.items() if p not in files})
        finished = True
    finally:
        if written or key in exports:
            # after a failure, what the earlier run wrote and this one did not replace is
            # still that run's
            kept = {} if finished else {p: d for p, d in previous.items() if p not in written}
            exports[key] = {**kept, **written}
            _write_record(root, exports)
