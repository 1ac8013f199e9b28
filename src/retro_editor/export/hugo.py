"""A Hugo page bundle: ``SLUG/index.md`` with the images beside it.

The destination is a content section folder (``content/posts``); the bundle folder
``SLUG`` inside it is built aside and replaces any earlier export as a whole. Images are copied
into the bundle, dropping the leading ``assets/`` (so ``assets/cover.png`` becomes
``cover.png``, a page resource), and the body's links follow.

Front matter uses Hugo's own field names, read alike by Hugo 0.111 (Debian 12) and current
Hugo. What Hugo has no field for (subtitle, author, canonical URL, language, facts, related
news, images) goes under ``params``, where current Hugo documents custom fields and merges
them into ``.Params``; Hugo before 0.123 reads a ``params`` map only as ``.Params.params``, so
the same values are also written at the top level, which every version merges into
``.Params`` (``images`` there is also what Hugo's built-in Open Graph and Twitter templates
read). The two copies hold the same values, so either reading gives the same page.

Hugo's default Markdown renderer (Goldmark with ``unsafe = false``) replaces raw HTML with
``<!-- raw HTML omitted -->``: :func:`raw_html_warnings` names the article's raw HTML so the
writer can enable ``markup.goldmark.renderer.unsafe`` in the site or rewrite it.
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
from retro_editor.export.tokens import drop_title_heading, raw_html_lines, rewrite_image_links
from retro_editor.render.markdown import MarkdownRenderer

_MORE = "<!--more-->"  # Hugo's summary divider, read before rendering


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
        **custom,
        "params": custom,
    })


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
