"""YAML front matter for the Markdown-based exports (Markdown, Hugo, Jekyll).

Written with PyYAML's safe dumper, so every value is quoted or escaped as YAML needs; any
text with a line break or other special character is written double-quoted on one line, so no
line of the front matter can look like its closing ``---``.
"""

from __future__ import annotations

from typing import Any

import yaml
from pydantic import BaseModel

from retro_editor.core.dates import front_matter_date, full_date
from retro_editor.core.manifest import ArticleMeta, Manifest
from retro_editor.core.project import Project
from retro_editor.core.slug import make_slug

_WIDTH = 2**30


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no type hints
    """Safe dumping with one-line double-quoted strings where plain ones would be unsafe."""

    def ignore_aliases(self, data: Any) -> bool:  # a repeated list must not become an alias
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if any(ch in value for ch in "\n\r\t\x85\u2028\u2029") or value != value.strip():
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: dict[str, Any]) -> str:
    text: str = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                          width=_WIDTH, default_flow_style=False)
    return text


def with_front_matter(data: dict[str, Any], body: str, kept: dict[str, Any] | None = None) -> str:
    """``---`` front matter ``---``, a blank line, then ``body`` as it is (leading blank
    lines aside: readers drop them). ``kept`` (the manifest's ``front_matter``) is written
    after ``data``, see :func:`with_kept_keys`."""
    body = body.lstrip("\n")
    return f"---\n{dump_yaml(with_kept_keys(data, kept or {}))}---\n\n{body}"


def with_kept_keys(data: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
    """``data`` followed by the imported keys it does not write itself, in their order.

    A key the exporter writes wins (compared without regard to case, as Hugo reads keys);
    where both are mappings (Hugo's ``params``), the kept entries it lacks are added.
    """
    merged = dict(data)
    written = {str(key).lower(): key for key in data}
    for key, value in kept.items():
        own = written.get(key.lower())
        if own is None:
            merged[key] = value
        elif isinstance(merged[own], dict) and isinstance(value, dict):
            merged[own] = with_kept_keys(merged[own], value)
    return merged


_DATE_FIELDS = ("published", "updated", "date")


def entry(model: BaseModel, *, keep_drafts: bool = False) -> dict[str, Any]:
    """A manifest entry (article, fact, related link) for front matter: full dates as YAML
    dates, partial ones as written; its drafts only where asked (our own Markdown keeps them so
    that importing the file gives them back) and only when there are any."""
    data = model.model_dump()
    drafts = data.pop("drafts", None)
    for key in _DATE_FIELDS:
        if key in data:
            data[key] = front_matter_date(data[key])
    if keep_drafts and drafts:
        data["drafts"] = drafts
    return data


def published_related(manifest: Manifest) -> list[dict[str, Any]]:
    """The related links a site publishes: those with a title and a URL, and print sources
    (a row whose title or URL is still a draft is not published), without drafts or empty
    fields."""
    return [drop_empty(entry(link)) for link in manifest.related
            if link.title and "url" not in link.drafts]


def partial_dates(article: ArticleMeta) -> dict[str, str]:
    """The publication and update dates a site generator cannot read, as written.

    Hugo and Jekyll read only full dates in their date fields: Hugo 0.111 takes ``2024-03`` as
    year 1, current Hugo refuses to build, Jekyll refuses a partial ``date`` and reads
    ``last_modified_at: '2024'`` as 2024 seconds after 1970. So their date fields get full
    dates only and a partial one is kept as ``published_period`` / ``updated_period`` for
    layouts to show (not ``published``: Hugo reads that as a date, Jekyll as a switch).
    """
    dates = {"published_period": article.published, "updated_period": article.updated}
    return {key: value for key, value in dates.items() if value and full_date(value) is None}


def drop_empty(data: dict[str, Any]) -> dict[str, Any]:
    """Without keys whose value is None, "" or an empty list/dict (``False`` and 0 are kept)."""
    return {k: v for k, v in data.items() if v is not None and v != "" and v != [] and v != {}}


def slug_of(project: Project) -> str:
    """The article's slug, or one made from its title (or folder name) when it has none
    (the same rule as :meth:`~retro_editor.export.base.ExportFormat.default_destination`)."""
    article = project.manifest.article
    return article.slug or make_slug(article.title or project.folder.name)
