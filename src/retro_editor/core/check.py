"""``retro-editor check``: every problem of a project, one line each.

Checks what opening does not: a manifest changed in memory, values kept as drafts (typed but
not valid yet), files the manifest and the article refer to (cover, images), duplicate related
links and section states whose heading is gone, and how search engines and social networks will
see the article (``publishing_checks``). Problems are listed, never raised.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

from retro_editor.core.article_file import link_leaving_project
from retro_editor.core.control_chars import xml_control_problems
from retro_editor.core.cover import cover_problem
from retro_editor.core.errors import ProjectError
from retro_editor.core.image_refs import image_references, parse_markdown
from retro_editor.core.manifest import check_manifest
from retro_editor.core.manifest_drafts import draft_problems
from retro_editor.core.outline import iter_sections, parse_outline
from retro_editor.core.project import Project
from retro_editor.core.publishing_checks import publishing_warnings

_REMOTE = ("http", "https", "data")


@dataclass(frozen=True)
class Problem:
    file: Path
    field: str | None
    message: str
    #: ``advice``: how search engines and social networks will see the article
    #: (``publishing_checks``); it changes ``check``'s exit status only with ``--strict``
    level: Literal["error", "warning", "advice"] = "error"

    def __str__(self) -> str:
        parts = [str(self.file)] + ([self.field] if self.field else []) + [self.message]
        line = ": ".join(parts)
        suffix = {"warning": " (warning)", "advice": " (search and social warning)"}
        return line + suffix.get(self.level, "")


def heading_anchors(text: str) -> set[str]:
    """Anchors of the article's sections, from the outline (the same ids the renderer gives)."""
    return {section.anchor for section in iter_sections(parse_outline(text))}


def _file_problem(project: Project, relative: str, file: Path, field: str | None,
                  what: str) -> Problem | None:
    scheme = urlsplit(relative).scheme.lower()
    if scheme in _REMOTE or relative.startswith("#"):
        return None
    if scheme and len(scheme) > 1:
        return Problem(file, field, f"{what} {relative} must be a file in the project "
                                    "or an http(s) URL")
    local = unquote(relative.split("#", 1)[0].split("?", 1)[0])
    try:
        real = project.resolve(local)
    except ProjectError as exc:
        return Problem(file, field, f"{what} {relative}: {exc.reason}")
    if not real.is_file():
        return Problem(file, field, f"{what} {relative} does not exist in the project")
    return None


def _project_file_problems(project: Project) -> Iterator[Problem]:
    """The manifest or ``article.md`` replaced since opening by a link leaving the project, or
    by something that is not a regular file (a FIFO would block every reader)."""
    for path in (project.manifest_path, project.article_path):
        reason = link_leaving_project(project.folder, path)
        if reason:
            yield Problem(path, None, reason)
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode):
            yield Problem(path, None, "is not a regular file (a pipe, device or socket)")


def draft_warnings(project: Project) -> list[Problem]:
    """One warning per draft: the field, the text as typed and why it is not a value yet."""
    return [Problem(project.manifest_path, draft.field,
                    f"holds the draft {json.dumps(draft.value, ensure_ascii=False)}, "
                    f"which {draft.reason}", "warning")
            for draft in draft_problems(project.manifest)]


def check_project(project: Project) -> list[Problem]:
    """Every problem found, manifest first, then the article; empty when all is well."""
    mpath = project.manifest_path
    problems = list(_project_file_problems(project))
    problems += [Problem(mpath, e.field, e.reason) for e in check_manifest(project.manifest, mpath)]
    problems += draft_warnings(project)
    problems += [Problem(e.path or mpath, e.field, e.reason, "warning")
                 for e in xml_control_problems(project, "DOCX and EPUB")]
    article = project.manifest.article
    if article.cover:
        reason = cover_problem(article.cover)
        found = (Problem(mpath, "article.cover", reason) if reason else
                 _file_problem(project, article.cover, mpath, "article.cover", "the cover"))
        if found:
            problems.append(found)

    first_index: dict[str, int] = {}
    for i, link in enumerate(project.manifest.related):
        url = str(link.url)
        if not url:
            continue  # a draft (reported above) or a print source
        if url in first_index:
            problems.append(Problem(mpath, f"related[{i}].url",
                                    f"the same URL as related[{first_index[url]}]", "warning"))
        else:
            first_index[url] = i

    tokens = parse_markdown(project.text)
    for line, src in image_references(tokens):
        where = f"line {line + 1}" if line is not None else None
        found = _file_problem(project, src, project.article_path, where, "image")
        if found:
            problems.append(found)

    anchors = heading_anchors(project.text)
    for key in project.manifest.sections:
        if key not in anchors:
            problems.append(Problem(mpath, f"sections.{key}",
                                    "no heading in article.md has this anchor", "warning"))
    files = {"manifest": mpath, "article": project.article_path}
    problems += [Problem(files[w.where], w.field, w.message, "advice")
                 for w in publishing_warnings(project)]
    return problems
