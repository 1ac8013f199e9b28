"""What every exporter declares and how its output reaches the disk without half-written files.

An exporter is a generator ``run(project, destination, options)`` that yields ``(done, total)``
steps, so the command line can print progress and the window can show a cancellable dialog
(closing the generator cancels it). Output is built in a temporary place beside the destination
and moved into place only when complete.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project
from retro_editor.core.slug import make_slug
from retro_editor.core.storage import atomic_write

Step = tuple[int, int]
ExportRun = Callable[[Project, Path, dict[str, Any]], Iterator[Step]]


@dataclass(frozen=True)
class ExportOption:
    """One option an exporter takes: the dialog builds a widget from it, the CLI a ``--set``."""

    name: str
    label: str
    default: Any
    choices: tuple[Any, ...] = ()
    help: str = ""

    def coerce(self, value: Any) -> Any:
        """Turns a value from the command line or settings into this option's type."""
        if isinstance(self.default, bool) and isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                value = True
            elif lowered in {"0", "false", "no", "off"}:
                value = False
            else:
                raise ValueError(f"{self.name} must be true or false, not {value!r}")
        if self.choices and value not in self.choices:
            allowed = ", ".join(str(c) for c in self.choices)
            raise ValueError(f"{self.name} must be one of {allowed}, not {value!r}")
        return value


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    extension: str  # ".html"; "" when the output is a folder
    run: ExportRun
    options: tuple[ExportOption, ...] = field(default_factory=tuple)
    description: str = ""
    # True when ``run`` must be stepped on the GUI thread (it drives Qt itself: PDF printing);
    # a job runner must then not move it to a worker thread.
    runs_on_gui_thread: bool = False

    @property
    def writes_folder(self) -> bool:
        return not self.extension

    def resolve_options(self, given: dict[str, Any] | None) -> dict[str, Any]:
        """Defaults filled in, values checked; an unknown name is an error, not ignored."""
        given = dict(given or {})
        known = {opt.name: opt for opt in self.options}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise ValueError(f"{self.name} export has no option {unknown[0]!r}")
        return {name: opt.coerce(given.get(name, opt.default)) for name, opt in known.items()}

    def default_destination(self, project: Project) -> Path:
        article = project.manifest.article
        slug = article.slug or make_slug(article.title or project.folder.name)
        return project.folder.parent / f"{slug}{self.extension}" if self.extension else (
            project.folder.parent / f"{slug}-{self.name}")


def no_folder_error(folder: Path) -> ProjectError:
    """Why ``folder`` cannot hold the export: it is missing, or it is a file."""
    if folder.exists():
        return ProjectError(folder, "is a file, not a folder; choose a folder for the export")
    return ProjectError(folder, "the destination folder does not exist")


def write_output_file(destination: Path, data: bytes) -> None:
    """Writes one export file atomically, with errors that name the file."""
    folder = destination.parent
    if not folder.is_dir():
        raise no_folder_error(folder)
    atomic_write(destination, data)


@contextmanager
def staged_folder(destination: Path) -> Iterator[Path]:
    """Yields an empty temporary folder beside ``destination``; on success it replaces it.

    On failure (or cancellation) the temporary folder is removed and ``destination`` is left as
    it was. An existing destination is replaced only if it is a folder.
    """
    parent = destination.parent
    if not parent.is_dir():
        raise no_folder_error(parent)
    if destination.exists() and not destination.is_dir():
        raise ProjectError(destination, "exists and is not a folder")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.export-", dir=parent))
    except OSError as exc:
        raise ProjectError(parent, f"cannot write here: {exc.strerror or exc}") from exc
    try:
        yield staging
        if destination.exists():
            old = staging.with_name(staging.name + "-old")
            os.replace(destination, old)
            os.replace(staging, destination)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, destination)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ProjectError(destination, f"cannot write the export: {exc.strerror or exc}") from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
