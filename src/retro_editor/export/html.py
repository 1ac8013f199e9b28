"""A standalone web page: CSS inline, images embedded (data URIs) or copied into a sibling folder.

The page template already writes the title, description, canonical link, ``lang`` and the
basic Open Graph tags; :func:`social_tags` adds what it leaves out: ``og:image``, the
article's author, section and tags, the locale and the Twitter card. Social
networks only fetch absolute image URLs, so ``og:image`` is the ``image_url`` option when given,
else the copied cover's URL resolved against the canonical URL (``images=copy``), else omitted.
The schema.org structured data (:mod:`retro_editor.export.structured_data`) goes in the head too.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import Manifest
from retro_editor.core.project import Project
from retro_editor.core.translatable import translatable
from retro_editor.export.assets import CopiedAssets, DataUriAssets, is_local
from retro_editor.export.base import ExportFormat, ExportOption, Output, Step
from retro_editor.export.limits import refuse_big_tables
from retro_editor.export.structured_data import article_json_ld, json_ld_script
from retro_editor.export.tokens import published_renderer
from retro_editor.render.page import AssetUrl, render_page
from retro_editor.render.themes import available_themes
from retro_editor.resources import resource_path


def theme_option() -> ExportOption:
    """The ``theme`` option of the themed exports: one of the bundled themes
    (``render.themes.available_themes``), or empty for the project's own."""
    return ExportOption("theme", translatable("ExportDialog", "Theme"), "", ("", *available_themes()),
                        help=translatable("ExportDialog", "a bundled theme; empty uses the project's theme"))


def chosen_theme(project: Project, options: dict[str, Any]) -> str:
    """The ``theme`` option, else the project's theme; an unknown name is an error."""
    theme = options.get("theme") or project.manifest.export.theme
    if theme not in available_themes():
        raise ProjectError(resource_path("themes", f"{theme}.css"),
                           f"theme {theme!r} does not exist; choose one of "
                           f"{', '.join(available_themes())}")
    return theme


def _meta(attribute: str, name: str, content: str) -> str:
    return f'<meta {attribute}="{name}" content="{html.escape(content, quote=True)}">'


def social_tags(manifest: Manifest, image_url: str = "") -> str:
    """Open Graph and Twitter card tags the page template does not write itself."""
    article = manifest.article
    tags = [_meta("property", "og:locale", article.language.replace("-", "_"))]
    if image_url:
        tags.append(_meta("property", "og:image", image_url))
        if article.title:
            tags.append(_meta("property", "og:image:alt", article.title))
    if article.author:
        tags.append(_meta("property", "article:author", article.author))
    if article.category:
        tags.append(_meta("property", "article:section", article.category))
    tags.extend(_meta("property", "article:tag", tag) for tag in article.tags)
    tags.append(_meta("name", "twitter:card", "summary_large_image" if image_url else "summary"))
    if article.title:
        tags.append(_meta("name", "twitter:title", article.title))
    if article.summary:
        tags.append(_meta("name", "twitter:description", article.summary))
    if image_url:
        tags.append(_meta("name", "twitter:image", image_url))
    return "\n".join(tags)


def social_image_url(manifest: Manifest, options: dict[str, Any], cover_url: str | None) -> str:
    if options.get("image_url"):
        return str(options["image_url"])
    canonical = manifest.article.canonical_url
    if canonical and cover_url and is_local(cover_url):
        return urljoin(canonical, cover_url)
    return ""


def page_html(project: Project, options: dict[str, Any], asset_url: AssetUrl,
              extra_head: str = "") -> str:
    """The exported page's HTML, shared with the PDF exporter."""
    renderer = published_renderer(project)
    env: dict[str, Any] = {}
    tokens = renderer.parse(project.text, env)
    refuse_big_tables(tokens, project.article_path)
    body = renderer.render_tokens(tokens, env)
    return render_page(project.manifest, body, theme=chosen_theme(project, options),
                       mode="export", asset_url=asset_url, extra_head=extra_head,
                       typesetting=renderer.typesetting)


def _check_image_url(value: str) -> None:
    if value and not value.startswith(("http://", "https://")):
        raise ProjectError(None, f"image_url must be an http or https URL, not {value!r}")


def run(project: Project, destination: Path, options: dict[str, Any],
        output: Output) -> Iterator[Step]:
    yield (0, 2)
    _check_image_url(options.get("image_url", ""))
    manifest = project.manifest
    cover = manifest.article.cover
    copies: dict[str, Path] = {}
    override = options.get("image_url", "")
    if options["images"] == "embed":
        head = social_tags(manifest, social_image_url(manifest, options, None))
        head += "\n" + json_ld_script(article_json_ld(manifest, project.text, None, override))
        page = page_html(project, options, DataUriAssets(project), head)
    else:
        copied = CopiedAssets(project, f"{destination.stem}_files")
        cover_url = copied(cover) if cover else None
        head = social_tags(manifest, social_image_url(manifest, options, cover_url))
        head += "\n" + json_ld_script(article_json_ld(manifest, project.text, copied, override))
        page = page_html(project, options, copied, head)
        copies = copied.files
    yield (1, 2)
    output.commit_file(destination, page.encode("utf-8"), copies)
    yield (2, 2)


FORMAT = ExportFormat(
    name="html",
    label=translatable("ExportDialog", "Web page (HTML)"),
    extension=".html",
    produce=run,
    description="One standalone page with the theme's CSS inline.",
    options=(
        ExportOption("images", translatable("ExportDialog", "Images"), "embed", ("embed", "copy"),
                     "embed: inside the page as data URIs; copy: into a folder beside the page"),
        theme_option(),
        ExportOption("image_url", translatable("ExportDialog", "Social image URL"), "",
                     help=translatable("ExportDialog",
                                       "absolute URL of the cover for Open Graph and Twitter cards; "
                                       "empty: the copied cover resolved against the canonical URL, if any")),
    ),
)
