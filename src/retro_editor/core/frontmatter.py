"""Front matter of imported Markdown: YAML (``---``) or TOML (``+++``) mapped onto a manifest.

Keys used by Hugo, Jekyll and our own Markdown export are understood; unknown keys are
ignored. Anything that cannot be read or does not fit the manifest is a ``ProjectError``
naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import Manifest, make_slug, validation_problems

MAX_FRONT_MATTER_CHARS = 256 * 1024

_FENCES = {"---": ("yaml", re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)),
           "+++": ("toml", re.compile(r"^\+\+\+[ \t]*$", re.M))}

# front matter key -> ArticleMeta field; the first key found wins
_ARTICLE_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "subtitle": ("subtitle",),
    "author": ("author", "authors"),
    "published": ("published", "date", "publishdate", "pubdate"),
    "updated": ("updated", "lastmod", "modified", "last_modified_at"),
    "slug": ("slug",),
    "slug_locked": ("slug_locked",),
    "summary": ("summary", "description"),
    "tags": ("tags", "keywords"),
    "category": ("category", "categories"),
    "language": ("language", "lang"),
    "cover": ("cover", "image", "images"),
    "canonical_url": ("canonical_url", "canonicalurl", "canonical"),
}


class _NoAliasLoader(yaml.SafeLoader):
    """Safe YAML without aliases, so a small file cannot expand into a huge structure."""

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not supported in front matter", event.start_mark)
        return super().compose_node(parent, index)


def split_front_matter(text: str, path: Path | str | None = None
                       ) -> tuple[dict[str, Any] | None, str]:
    """``(front matter, body)``; front matter is None when the text has none.

    ``text`` has "\\n" newlines and no BOM. Blank lines between the front matter and the
    body are dropped.
    """
    fence = text[:3]
    if fence not in _FENCES or text[3:].split("\n", 1)[0].strip():
        return None, text
    kind, closing = _FENCES[fence]
    start = text.find("\n") + 1
    if start == 0:
        return None, text
    end = closing.search(text, start, start + MAX_FRONT_MATTER_CHARS + 8)
    if end is None:
        if kind == "yaml":
            return None, text
        raise ProjectError(path, "front matter: the closing +++ line is missing")
    raw = text[start:end.start()]
    body = text[end.end():].lstrip("\n")
    data = _load_yaml(raw, path) if kind == "yaml" else _load_toml(raw, path)
    if data is None:
        return ({}, body) if not raw.strip() else (None, text)
    return data, body


def _load_yaml(raw: str, path: Path | str | None) -> dict[str, Any] | None:
    try:
        data = yaml.load(raw, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark else ""
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())  # one line
        raise ProjectError(path, f"front matter is not valid YAML{where}: {problem}") from None
    except RecursionError:
        raise ProjectError(path, "front matter is nested too deeply") from None
    return data if isinstance(data, dict) else None


def _load_toml(raw: str, path: Path | str | None) -> dict[str, Any]:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ProjectError(path, f"front matter is not valid TOML: {exc}") from None
    except RecursionError:
        raise ProjectError(path, "front matter is nested too deeply") from None


def _text(value: Any) -> Any:
    """Scalars as text (``title: 1999``); lists of names joined (``author: [A, B]``)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float | dt.date):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    return value


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}[T ]", value.strip()):
        return value.strip()[:10]
    return value


def _article(meta: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """ArticleMeta fields from front matter, and which front matter key each came from."""
    article: dict[str, Any] = {}
    source: dict[str, str] = {}
    for field, keys in _ARTICLE_KEYS.items():
        for key in keys:
            if key in meta and meta[key] is not None:
                article[field], source[field] = meta[key], key
                break
    for field in ("title", "subtitle", "author", "summary", "slug", "language"):
        if field in article:
            article[field] = _text(article[field])
    for field in ("published", "updated"):
        if field in article:
            article[field] = _date(article[field])
    tags = article.get("tags")
    if isinstance(tags, str):
        article["tags"] = [t.strip() for t in tags.split(",") if t.strip()]
    elif isinstance(tags, list):
        article["tags"] = [_text(t) for t in tags]
    for field in ("category", "cover"):
        value = article.get(field)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict) and field == "cover":
            value = value.get("src") or value.get("image") or value.get("path")
        if value is None:
            article.pop(field, None)
        else:
            article[field] = _text(value)
    if isinstance(article.get("cover"), str):
        article["cover"] = article["cover"].lstrip("/")  # site-root paths, as Hugo writes them
    if isinstance(article.get("language"), str):
        article["language"] = article["language"].replace("_", "-")
    if isinstance(article.get("slug"), str) and article["slug"].strip():
        article["slug"] = make_slug(article["slug"], fallback="")
    if "slug_locked" not in article and article.get("slug"):
        title = article.get("title")
        derived = make_slug(title if isinstance(title, str) else "", fallback="")
        article["slug_locked"] = article["slug"] != derived
    return article, source


def _facts(value: Any) -> Any:
    if isinstance(value, dict):
        return [{"label": str(k), "value": _text(v)} for k, v in value.items()]
    if isinstance(value, list):
        return [{k: _text(v) for k, v in item.items()} if isinstance(item, dict) else item
                for item in value]
    return value


def _related(value: Any) -> Any:
    if not isinstance(value, list):
        return value
    out = []
    for item in value:
        if isinstance(item, dict):
            item = {k: (_date(v) if k == "date" else v) for k, v in item.items()}
            for key in ("title", "source", "note"):
                if key in item:
                    item[key] = _text(item[key])
        out.append(item)
    return out


def manifest_from_front_matter(meta: dict[str, Any], path: Path | str | None = None
                               ) -> Manifest:
    """A manifest from front matter keys (see the module docstring); unknown keys ignored."""
    meta = {str(k).lower(): v for k, v in meta.items()}
    article, source = _article(meta)
    data: dict[str, Any] = {"article": article}
    if meta.get("facts") is not None:
        data["facts"] = _facts(meta["facts"])
    if meta.get("related") is not None:
        data["related"] = _related(meta["related"])
    if meta.get("sections") is not None:
        data["sections"] = meta["sections"]
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        field, reason = validation_problems(exc)[0]
        if field and field.startswith("article."):
            name = field.split(".")[1].split("[")[0]
            field = source.get(name, name) + field[len("article.") + len(name):]
        raise ProjectError(path, reason, f"front matter: {field}" if field else "front matter"
                           ) from None
