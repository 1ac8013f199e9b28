"""One Markdown file whose YAML front matter holds everything the manifest holds about the
article: metadata, facts, related links and section states, under the keys
``core.frontmatter`` reads back, so opening the file gives the same project again.

The body is the article text unchanged. Images stay linked as written (``assets/…``); with
``images=copy`` the files they name are copied into an ``assets`` folder beside the ``.md``,
so the file displays in any Markdown viewer. Export settings (theme, targets) are not part of
the article and are not written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from retro_editor.core.manifest import RELATED_LATE_FIELDS, Manifest
from retro_editor.core.project import Project
from retro_editor.core.translatable import translatable
from retro_editor.export.base import ExportFormat, ExportOption, Output, Step
from retro_editor.export.frontmatter_out import entry, with_front_matter
from retro_editor.export.raw_html import RAW_HTML_OPTION
from retro_editor.export.site_source import site_source


def front_matter(manifest: Manifest) -> dict[str, Any]:
    """Every article field (empty ones too, so nothing is guessed on import), then the rest;
    drafts are kept, so importing the file gives back exactly what the writer typed. The
    related fields a row rarely has (author, image, archived copy…) are left out while empty."""
    return {
        **entry(manifest.article, keep_drafts=True),
        "facts": [entry(fact, keep_drafts=True) for fact in manifest.facts],
        "related": [{key: value for key, value in entry(link, keep_drafts=True).items()
                     if key not in RELATED_LATE_FIELDS or value not in ("", None)}
                    for link in manifest.related],
        "sections": {anchor: state.model_dump() for anchor, state in manifest.sections.items()},
        **({"spelling": manifest.spelling.model_dump()} if manifest.spelling.languages else {}),
        **({} if manifest.publishing.is_default()
           else {"publishing": manifest.publishing.model_dump()}),
        **({} if manifest.typography.is_default()
           else {"typography": manifest.typography.model_dump()}),
    }


def run(project: Project, destination: Path, options: dict[str, Any],
        output: Output) -> Iterator[Step]:
    yield (0, 3)
    source = site_source(project, options)
    text = with_front_matter(front_matter(project.manifest), source.body,
                             project.manifest.front_matter)
    yield (1, 3)
    copies = source.files if options["images"] == "copy" else {}
    yield (2, 3)
    output.commit_file(destination, text.encode("utf-8"), copies)
    yield (3, 3)


FORMAT = ExportFormat(
    name="markdown",
    label=translatable("ExportDialog", "Markdown with front matter"),
    extension=".md",
    produce=run,
    description="One .md file; its YAML front matter holds all the metadata, facts, related "
                "links and section states, and opening it gives the same project.",
    options=(
        ExportOption("images", translatable("ExportDialog", "Images"), "keep", ("keep", "copy"),
                     "keep: links left as written; copy: the images are also copied into an "
                     "assets folder beside the file"),
        RAW_HTML_OPTION,
    ),
)
