"""A Hugo page bundle: ``SLUG/index.md`` with the images beside it.

The destination is a content section folder (``content/posts``); the bundle folder
``SLUG`` inside it is built aside and replaces any earlier export as a whole. Front matter uses
Hugo's own field names; what Hugo has no field for (subtitle, author, canonical URL, language,
facts, related news) and the images go under ``params``, which Hugo (0.123+) merges into
``.Params``. Images are copied into the bundle, dropping the leading ``assets/`` (so
``assets/cover.png`` becomes ``cover.png``, a page resource), and the body's links follow.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from retro_editor.core.dates import front_matter_date
from retro_editor.core.project import Project
from retro_editor.core.translatable import translatable
from retro_editor.export.assets import project_relative
from retro_editor.export.base import ExportFormat, ExportOption, Output, Step
from retro_editor.export.frontmatter_out import drop_empty, published_related, slug_of, with_front_matter
from retro_editor.export.raw_html import RAW_HTML_OPTION
from retro_editor.export.site_source import site_source
from retro_editor.export.tokens import drop_title_heading, rewrite_image_links


def bundle_name(relative: str) -> str:
    """Where a project file goes inside the bundle."""
    return relative.removeprefix("assets/") or relative


def front_matter(project: Project, draft: bool) -> dict[str, Any]:
    article = project.manifest.article
    cover = bundle_name(project_relative(project, article.cover)) if article.cover else None
    params = drop_empty({
        "subtitle": article.subtitle,
        "author": article.author,
        "canonical_url": article.canonical_url,
        "language": article.language,
        "images": [cover] if cover else [],
        "facts": [{"label": f.label, "value": f.value} for f in project.manifest.facts],
        "related": published_related(project.manifest),
    })
    return drop_empty({
        "title": article.title,
        "date": front_matter_date(article.published),
        "lastmod": front_matter_date(article.updated),
        "draft": draft,
        "slug": slug_of(project),
        "description": article.summary,
        "summary": article.summary,
        "tags": list(article.tags),
        "categories": [article.category] if article.category else [],
        "params": params,
    })


def run(project: Project, destination: Path, options: dict[str, Any],
        output: Output) -> Iterator[Step]:
    yield (0, 3)
    source = site_source(project, options)
    tokens, files = source.tokens, source.files
    body = rewrite_image_links(source.body, tokens,
                               lambda src: bundle_name(project_relative(project, src)))
    if not options["keep_title"]:
        body = drop_title_heading(body, tokens, project.manifest.article.title)
    text = with_front_matter(front_matter(project, options["draft"]), body,
                             project.manifest.front_matter)
    yield (1, 3)
    slug = slug_of(project)
    bundle = {f"{slug}/{bundle_name(relative)}": source for relative, source in files.items()}
    yield (2, 3)
    output.commit(destination, slug, {**bundle, f"{slug}/index.md": text.encode("utf-8")})
    yield (3, 3)


FORMAT = ExportFormat(
    name="hugo",
    label=translatable("ExportDialog", "Hugo page bundle"),
    extension="",
    produce=run,
    description="A page bundle folder SLUG/index.md with its images, inside the chosen "
                "content folder.",
    options=(
        ExportOption("draft", translatable("ExportDialog", "Draft"), False,
                     help=translatable("ExportDialog", "mark the page as a draft (draft: true)")),
        ExportOption("keep_title", translatable("ExportDialog", "Keep the title heading"), False,
                     help=translatable("ExportDialog", "keep the article's leading # heading (themes "
                                       "print the title from the front matter)")),
        RAW_HTML_OPTION,
    ),
)
