"""A Hugo page bundle: ``SLUG/index.md`` with the images beside it.

The destination is a content section folder (``content/posts``); the bundle folder
``SLUG`` inside it is built aside and replaces any earlier export as a whole. Images are copied
into the bundle, dropping the leading ``assets/`` (so ``assets/cover.png`` becomes
``cover.png``, a page resource), and the body's links follow.

Front matter uses Hugo's own field names, read alike by Hugo 0.111 (Debian 12) and current
Hugo (both built in the tests). What Hugo has no field for (subtitle, author, canonical URL,
language, facts, related news, images) goes under ``params``, where current Hugo documents
custom fields and merges them into ``.Params``; Hugo before 0.123 reads a ``params`` map only
as ``.Params.params``, so the same values are also written at the top level, which every
version merges into ``.Params``. The two copies hold the same values.

``images`` is the exception, kept under ``params`` only: current Hugo's built-in Open Graph,
Twitter and schema templates look each entry up among the page's resources (the bundle's
``cover.png``), but Hugo 0.111's take it as a path from the site root
(``https://example.org/cover.png``, a page that does not exist). Without a top-level
``images``, Hugo 0.111's templates pick the bundle image whose name holds ``feature``,
``cover`` or ``thumbnail``, so a cover named otherwise is given the resource name ``cover``
(front matter ``resources``) and every version shows the same cover.

Hugo's default Markdown renderer (Goldmark with ``unsafe = false``) replaces raw HTML with
``<!-- raw HTML omitted -->``: :func:`raw_html_warnings` names the article's raw HTML so the
writer can enable ``markup.goldmark.renderer.unsafe`` in the site or rewrite it.
"""

from __future__ import annotations

from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from retro_editor.core.dates import full_date
from retro_editor.core.project import Project
from retro_editor.core.translatable import translatable
from retro_editor.export.assets import project_relative
from retro_editor.export.base import ExportFormat, ExportOption, Output, Step
from retro_editor.export.frontmatter_out import (
    drop_empty,
    partial_dates,
    published_related,
    slug_of,
    with_front_matter,
)
from retro_editor.export.raw_html import RAW_HTML_OPTION
from retro_editor.export.site_source import site_source
from retro_editor.export.tokens import drop_title_heading, raw_html_lines, rewrite_image_links
from retro_editor.render.markdown import MarkdownRenderer

_MORE = "<!--more-->"  # Hugo's summary divider, read before rendering
#: the names Hugo 0.111's built-in social templates look for among a page's images
_FEATURED = ("*feature*", "*cover*", "*thumbnail*")


def bundle_name(relative: str) -> str:
    """Where a project file goes inside the bundle."""
    return relative.removeprefix("assets/") or relative


def front_matter(project: Project, draft: bool) -> dict[str, Any]:
    article = project.manifest.article
    cover = bundle_name(project_relative(project, article.cover)) if article.cover else None
    custom = drop_empty({
        "subtitle": article.subtitle,
        "author": article.author,
        "canonical_url": article.canonical_url,
        "language": article.language,
        "images": [cover] if cover else [],
        "facts": [{"label": f.label, "value": f.value} for f in project.manifest.facts],
        "related": published_related(project.manifest),
        **partial_dates(article),
    })
    shared = {key: value for key, value in custom.items() if key != "images"}
    return drop_empty({
        "title": article.title,
        "date": full_date(article.published),
        "lastmod": full_date(article.updated),
        "draft": draft,
        "slug": slug_of(project),
        "description": article.summary,
        "summary": article.summary,
        "tags": list(article.tags),
        "categories": [article.category] if article.category else [],
        **shared,
        "params": custom,
        "resources": _cover_resource(cover),
    })


def _cover_resource(cover: str | None) -> list[dict[str, str]]:
    """The cover's resource name for Hugo 0.111's social templates, when its file name is not
    one they find (they match names case-insensitively)."""
    if cover is None or any(fnmatch(cover.lower(), pattern) for pattern in _FEATURED):
        return []
    return [{"src": cover, "name": "cover"}]


def raw_html_warnings(project: Project, options: dict[str, Any]) -> list[str]:
    """One warning per line holding raw HTML that a default Hugo site would drop."""
    warnings = []
    lines: set[int] = set()
    for line, html in raw_html_lines(MarkdownRenderer().parse(project.text)):
        if html.strip().lower() != _MORE and line not in lines:
            lines.add(line)
            shown = html.strip().splitlines()[0][:60]
            warnings.append(
                f"{project.article_path}: line {line + 1}: raw HTML {shown!r} is dropped by "
                "Hugo's default Markdown settings; set markup.goldmark.renderer.unsafe = true "
                "in the site configuration to publish it")
    return warnings


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
    warnings=raw_html_warnings,
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
