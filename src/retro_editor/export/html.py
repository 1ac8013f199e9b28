"""A standalone web page: CSS inline, images embedded (data URIs) or copied into a sibling folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from retro_editor.core.project import Project
from retro_editor.export.assets import CopiedAssets, DataUriAssets
from retro_editor.export.base import ExportFormat, ExportOption, Step, staged_folder, write_output_file
from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.render.page import render_page


def page_html(project: Project, options: dict[str, Any], asset_url) -> str:
    """The exported page's HTML, shared with the PDF exporter."""
    body = MarkdownRenderer().render(project.text)
    theme = options.get("theme") or project.manifest.export.theme
    return render_page(project.manifest, body, theme=theme, mode="export", asset_url=asset_url)


def run(project: Project, destination: Path, options: dict[str, Any]) -> Iterator[Step]:
    yield (0, 2)
    if options["images"] == "embed":
        page = page_html(project, options, DataUriAssets(project))
        yield (1, 2)
        write_output_file(destination, page.encode("utf-8"))
    else:
        folder_name = f"{destination.stem}_files"
        with staged_folder(destination.with_name(folder_name)) as staging:
            page = page_html(project, options, CopiedAssets(project, staging, folder_name))
            yield (1, 2)
            write_output_file(destination, page.encode("utf-8"))
    yield (2, 2)


FORMAT = ExportFormat(
    name="html",
    label="Web page (HTML)",
    extension=".html",
    run=run,
    description="One standalone page with the theme's CSS inline.",
    options=(
        ExportOption("images", "Images", "embed", ("embed", "copy"),
                     "embed: inside the page as data URIs; copy: into a folder beside the page"),
        ExportOption("theme", "Theme", "", help="a theme name; empty uses the project's theme"),
    ),
)
