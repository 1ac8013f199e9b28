"""What every exporter declares, and the checks and writing every export goes through.

An exporter is a generator ``produce(project, destination, options, output)`` that yields
``(done, total)`` steps, so the command line can print progress and the window can show a
cancellable dialog (closing the generator cancels it). It builds its files in memory (images
are copied from the project) and hands them to ``output.commit`` in one go at the end, which
writes them under the export record (:mod:`retro_editor.export.writing`).
:meth:`ExportFormat.run` checks the project and the destination first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retro_editor.core.cover import cover_problem
from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project
from retro_editor.core.slug import make_slug
from retro_editor.export.destination import check_destination
from retro_editor.export.limits import refuse_big_tables_in_text
from retro_editor.export.writing import Content, commit_files

Step = tuple[int, int]


@dataclass(frozen=True)
class Output:
    """Where an exporter's files go: ``commit`` writes them, refusing what it may not touch."""

    project: Project
    format_name: str
    force: bool = False

    def commit(self, root: Path, name: str, files: dict[str, Content]) -> None:
        """Writes ``files`` (relative to ``root``) as the export ``name`` in that folder."""
        commit_files(self.project, root, f"{self.format_name}:{name}", files, self.force)

    def commit_file(self, destination: Path, data: bytes,
                    beside: Mapping[str, Content] | None = None) -> None:
        """Writes one output file, and ``beside`` it (relative to its folder) its images."""
        folder = destination.parent
        if not folder.is_dir():
            raise ProjectError(folder, "the destination folder does not exist")
        self.commit(folder, destination.name, {**(beside or {}), destination.name: data})


Producer = Callable[[Project, Path, dict[str, Any], Output], Iterator[Step]]
#: What an export of this project will not carry over as the writer may expect, one line each.
WarningsOf = Callable[[Project, dict[str, Any]], list[str]]
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
            allowed = ", ".join(str(c) if c != "" else '"" (empty)' for c in self.choices)
            raise ValueError(f"{self.name} must be one of {allowed}, not {value!r}")
        return value


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    extension: str  # ".html"; "" when the output is a folder
    produce: Producer
    options: tuple[ExportOption, ...] = field(default_factory=tuple)
    description: str = ""
    # True when ``run`` must be stepped on the GUI thread (it drives Qt itself: PDF printing);
    # a job runner must then not move it to a worker thread.
    runs_on_gui_thread: bool = False
    warnings: WarningsOf | None = None

    def export_warnings(self, project: Project, options: dict[str, Any]) -> list[str]:
        """This format's warnings for ``project`` (the export still runs)."""
        return self.warnings(project, options) if self.warnings else []

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

    def run(self, project: Project, destination: Path, options: dict[str, Any],
            force: bool = False) -> Iterator[Step]:
        """Exports ``project`` to ``destination``; ``force`` replaces files that changed since
        an earlier export wrote them (or that it did not write)."""
        check_destination(project, destination, self.writes_folder)
        refuse_big_tables_in_text(project.text, project.article_path)
        problem = cover_problem(project.manifest.article.cover)
        if problem:
            raise ProjectError(project.manifest_path, problem, "article.cover")
        yield from self.produce(project, destination, options,
                                Output(project, self.name, force))
