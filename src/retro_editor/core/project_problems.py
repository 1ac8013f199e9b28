"""What a project keeps but cannot use yet, one line each: the command line's warnings.

A Markdown import's problems come first (they name the file and the front matter key as the
writer wrote them), then every draft (a typed value that does not validate) not already named
by one of them.
"""

from __future__ import annotations

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import draft_problems
from retro_editor.core.project import Project


def project_warnings(project: Project) -> list[str]:
    lines = [str(problem) for problem in project.import_problems]
    named = {problem.draft for problem in project.import_problems if problem.draft}
    for draft in draft_problems(project.manifest):
        if draft.field not in named:
            reason = f"{draft.reason} (kept as a draft: {draft.value!r})"
            lines.append(ProjectError(project.manifest_path, reason, draft.field).message)
    return lines
