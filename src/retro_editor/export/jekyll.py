"""A Jekyll post: ``_posts/YYYY-MM-DD-SLUG.md`` and its images in ``assets/SLUG/``.

The destination is the site's root folder (it gets ``_posts/`` and ``assets/SLUG/``; other
files are left alone). The date is the publication date, else today's. Front matter follows
Jekyll and jekyll-seo-tag 2.8 (tests build a site with both): ``image`` is a site path the
plugin makes absolute, ``last_modified_at`` its ``dateModified``, ``seo.type`` its JSON-LD
type; the subtitle, facts and related news are custom keys a layout can use. A partial date
goes to ``published_period`` / ``updated_period`` (see ``partial_dates``).

The category goes into the post's URL (Jekyll's default permalink starts with
``/:categories/``), where Jekyll writes it lower-cased but otherwise as given, so "Music videos"
would give a URL with a space. It is written slugified by Jekyll's own ``slugify`` rule
(default mode: every run of characters that are not letters, marks or digits becomes ``-``,
lower case), and the category as typed is kept in ``category_title`` for layouts to show
(not ``category``: Jekyll adds that one to the categories too).

Links to images are written ``{{ '/assets/SLUG/x.png' | relative_url }}``, so they work for a
site served under a ``baseurl`` (GitHub project pages) as well as at the root. Because Jekyll
runs the post through Liquid, any ``{{`` or ``{%`` in the article's own text is escaped
(``{{ '{{' }}``) so it is shown as written instead of being run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from retro_editor.core.dates import full_date, period_start
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
from retro_editor.export.site_source import SiteSource, site_source
from retro_editor.export.tokens import drop_title_heading, rewrite_image_links

_LIQUID = re.compile(r"\{\{|\{%")
_NOT_SLUG = re.compile(r"[\W_]+")


def jekyll_slugify(text: str) -> str:
    """Jekyll's ``Utils.slugify`` in its default mode: ``Film & TV`` → ``film-tv``."""
    return _NOT_SLUG.sub("-", text).strip("-").lower()


def escape_liquid(text: str) -> str:
    return _LIQUID.sub(lambda m: "{{ '" + m.group(0) + "' }}", text)


def asset_path(slug: str, relative: str) -> str:
    """The site path of a project file: ``assets/x.png`` → ``/assets/SLUG/x.png``."""
    return f"/assets/{slug}/{relative.removeprefix('assets/')}"


def post_name(project: Project, today: dt.date | None = None) -> str:
    date = period_start(project.manifest.article.published) or today or dt.date.today()
    return f"{date.isoformat()}-{slug_of(project)}.md"


def front_matter(project: Project, layout: str) -> dict[str, Any]:
    article = project.manifest.article
    slug = slug_of(project)
    image = asset_path(slug, project_relative(project, article.cover)) if article.cover else None
    category = jekyll_slugify(article.category)
    return drop_empty({
        "layout": layout,
        "title": article.title,
        "subtitle": article.subtitle,
        "date": full_date(article.published),
        "last_modified_at": full_date(article.updated),
        **partial_dates(article),
        "categories": [category] if category else [],
        "category_title": article.category if article.category != category else "",
        "tags": list(article.tags),
        "description": article.summary,
        "image": image,
        "author": article.author,
        "lang": article.language,
        "canonical_url": article.canonical_url,
        # jekyll-seo-tag's structured-data type (it writes BlogPosting without it)
        "seo": {"type": project.manifest.publishing.schema_type},
        "facts": [{"label": f.label, "value": f.value} for f in project.manifest.facts],
        "related": published_related(project.manifest),
    })


def post_text(project: Project, source: SiteSource, options: dict[str, Any]) -> str:
    slug = slug_of(project)
    tokens = source.tokens
    body = escape_liquid(source.body)
    body = rewrite_image_links(
        body, tokens,
        lambda src: "{{ '" + asset_path(slug, project_relative(project, src)) + "' | relative_url }}",
        bracket_spaces=False)
    if not options["keep_title"]:
        body = drop_title_heading(body, tokens, project.manifest.article.title)
    return with_front_matter(front_matter(project, options["layout"]), body,
                             project.manifest.front_matter)


def run(project: Project, destination: Path, options: dict[str, Any],
        output: Output) -> Iterator[Step]:
    yield (0, 3)
    source = site_source(project, options)
    text = post_text(project, source, options)
    slug = slug_of(project)
    yield (1, 3)
    images = {asset_path(slug, relative).lstrip("/"): file
              for relative, file in source.files.items()}
    yield (2, 3)
    output.commit(destination, slug,
                  {**images, f"_posts/{post_name(project)}": text.encode("utf-8")})
    yield (3, 3)


FORMAT = ExportFormat(
    name="jekyll",
    label=translatable("ExportDialog", "Jekyll post"),
    extension="",
    produce=run,
    description="_posts/YYYY-MM-DD-SLUG.md and assets/SLUG/ inside the chosen site folder.",
    options=(
        ExportOption("layout", translatable("ExportDialog", "Layout"), "post",
                     help=translatable("ExportDialog", "the layout named in the front matter")),
        ExportOption("keep_title", translatable("ExportDialog", "Keep the title heading"), False,
                     help=translatable("ExportDialog", "keep the article's leading # heading (layouts "
                                       "print the title from the front matter)")),
        RAW_HTML_OPTION,
    ),
)
