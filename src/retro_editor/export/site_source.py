"""What the Markdown-based exports (Markdown, Hugo, Jekyll) start from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown_it.token import Token

from retro_editor.core.project import Project
from retro_editor.export.assets import referenced_files
from retro_editor.export.raw_html import sanitize_raw_html
from retro_editor.export.tokens import local_image_sources
from retro_editor.render.markdown import MarkdownRenderer


@dataclass(frozen=True)
class SiteSource:
    """The article's tokens, the project files its images name (relative path -> file), and
    its text with raw HTML cleaned unless the writer chose to keep it."""

    tokens: list[Token]
    files: dict[str, Path]
    body: str


def site_source(project: Project, options: dict[str, Any]) -> SiteSource:
    tokens = MarkdownRenderer().parse(project.text)
    files = referenced_files(project, local_image_sources(tokens))
    body = project.text if options["raw_html"] else sanitize_raw_html(project.text, tokens)
    return SiteSource(tokens, dict(files), body)
