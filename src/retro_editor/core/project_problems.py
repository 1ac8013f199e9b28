"""What a project keeps but cannot use yet, one line each: the command line's warnings.

A Markdown import's problems come first (they name the file and the front matter key as the
writer wrote them), then every draft (a typed value that does not validate) not already named
by one of them, worded as ``retro-editor check`` words it.
"""

from __future__ import annotations

from retro_editor.core.check import Problem, check_project, draft_warnings
from retro_editor.core.project import Project


def _named_by_import(project: Project, problem: Problem) -> bool:
    drafted = {p.draft for p in project.import_problems if p.draft}
    return problem.file == project.manifest_path and problem.field in drafted and (
        problem.message.startswith("holds the draft"))


def _line(problem: Problem) -> str:
    return ": ".join([str(problem.file)] + ([problem.field] if problem.field else [])
                     + [problem.message])


def project_warnings(project: Project) -> list[str]:
    """Import problems and drafts: kept, exportable, but worth a warning."""
    lines = [str(problem) for problem in project.import_problems]
    return lines + [_line(w) for w in draft_warnings(project) if not _named_by_import(project, w)]


def all_problems(project: Project) -> list[tuple[str, str]]:
    """Import problems, then ``check_project``'s (drafts the import already named left out),
    as ``(line, level)``; the level is ``Problem.level`` (an import problem is a warning)."""
    lines = [(str(problem), "warning") for problem in project.import_problems]
    return lines + [(str(p), p.level) for p in check_project(project)
                    if not _named_by_import(project, p)]
