"""Front matter keys mapped onto a manifest, losing nothing and never failing.

Keys used by Hugo, Jekyll and our own Markdown export fill the manifest's fields (matched
without regard to case; the first of a field's names found wins). Every key ends up somewhere:

- a value that fits a field is stored there;
- a value that is text (or a number) but not valid for its field is stored as that field's
  draft, exactly as typed, and reported (``2019-02-30`` for a date);
- every other key, and every key whose value a field holds only in part (a date with a time
  of day, the second of two categories, a cover's ``alt`` text), goes verbatim into the
  manifest's ``front_matter`` section, in file order, so the Markdown, Hugo and Jekyll exports
  write it back. A value that fits nowhere there is reported too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from retro_editor.core.field_checks import parse_views
from retro_editor.core.frontmatter import ImportProblem, json_value
from retro_editor.core.manifest import (
    ArticleMeta,
    Fact,
    Manifest,
    RelatedLink,
    validation_problems,
)
from retro_editor.core.slug import make_slug

# ArticleMeta field -> front matter keys (lower case), the first one found wins
ARTICLE_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "subtitle": ("subtitle",),
    "author": ("author", "authors"),
    "published": ("published", "date", "publishdate", "pubdate", "published_period"),
    "updated": ("updated", "lastmod", "modified", "last_modified_at", "updated_period"),
    "slug": ("slug",),
    "slug_locked": ("slug_locked",),
    "summary": ("summary", "description"),
    "tags": ("tags", "keywords"),
    "category": ("category", "categories"),
    "language": ("language", "lang"),
    "cover": ("cover", "image", "images"),
    "canonical_url": ("canonical_url", "canonicalurl", "canonical"),
}
_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\S")
_SCALAR = (str, int, float, bool, dt.date, dt.time)


def _is_scalar(value: Any) -> bool:
    return isinstance(value, _SCALAR)


def _typed_text(value: Any) -> str:
    """A scalar as the writer typed it, near enough: ``true``, ``1999``, ``2019-02-30``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


class _Mapping:
    """One import: the manifest data being built, what was consumed, and the problems."""

    def __init__(self, meta: dict[Any, Any], text_dates: set[str]) -> None:
        self.meta = {str(k): v for k, v in meta.items()}
        self.by_lower: dict[str, str] = {}
        for key in self.meta:
            self.by_lower.setdefault(key.lower(), key)
        self.text_dates = text_dates
        self.used: set[str] = set()  # keys whose value a field holds entirely
        self.problems: list[ImportProblem] = []

    def key_for(self, names: tuple[str, ...]) -> str | None:
        for name in names:
            key = self.by_lower.get(name)
            if key is not None and self.meta[key] is not None and key not in self.used:
                return key
        return None

    def report(self, key: str, reason: str, draft: str | None = None) -> None:
        self.problems.append(ImportProblem(key, reason, draft))

    def front_matter(self) -> dict[str, Any]:
        """Every key no field holds entirely; an empty key of a field (``published: null``,
        as our Markdown export writes it) is the field left empty, so it is not kept."""
        kept = {key: json_value(value) for key, value in self.meta.items()
                if key not in self.used and not (value is None and key.lower() in _FIELD_KEYS)}
        for key in kept:
            if key in self.text_dates and key.lower() not in _ALL_DATE_KEYS:
                self.report(key, "is not a real date or time; kept in front_matter as the "
                                 f"text {self.meta[key]!r}")
        return kept


_ALL_DATE_KEYS = set(ARTICLE_KEYS["published"] + ARTICLE_KEYS["updated"])
_FIELD_KEYS = {name for names in ARTICLE_KEYS.values() for name in names} | {
    "facts", "related", "sections", "drafts"}


# --- article ------------------------------------------------------------------------------

def _article_value(field: str, value: Any) -> tuple[Any, bool]:
    """``(value for the field, True if the field holds all of it)``; ``value`` unchanged when
    it has no usable shape (the caller then drafts or keeps it)."""
    if field in ("published", "updated"):
        if isinstance(value, dt.datetime):
            return value.date().isoformat(), value.time() == dt.time(0)
        if isinstance(value, dt.date):
            return value.isoformat(), True
        if isinstance(value, str):
            match = _DATE_TIME.match(value.strip())
            return (match.group(1), False) if match else (value.strip(), True)
        return value, True
    if field == "tags":
        if isinstance(value, str):
            return [t.strip() for t in value.split(",") if t.strip()], True
        if isinstance(value, list) and all(_is_scalar(t) for t in value):
            return [_typed_text(t) for t in value], True
        return value, True
    if field in ("category", "cover"):
        whole = True
        if isinstance(value, list):
            whole = len(value) <= 1
            value = value[0] if value else None
        if isinstance(value, dict) and field == "cover":
            found = next((value[k] for k in ("src", "image", "path") if isinstance(value.get(k),
                                                                                   str)), None)
            whole, value = whole and len(value) == 1, found if found is not None else value
        if field == "cover" and isinstance(value, str) and value.startswith("/"):
            return value.lstrip("/"), False  # site-root paths, as Hugo writes them
        return (_typed_text(value) if _is_scalar(value) else value), whole
    if field == "author":
        if isinstance(value, list) and all(_is_scalar(v) for v in value):
            return ", ".join(_typed_text(v) for v in value), True
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            return value["name"], len(value) == 1
    if field == "slug_locked":
        return value, True
    if field == "language" and isinstance(value, str) and "_" in value:
        return value.replace("_", "-"), False
    if field == "slug" and isinstance(value, str) and value.strip():
        slug = make_slug(value, fallback="")
        return slug, slug == value.strip()
    return (_typed_text(value) if _is_scalar(value) else value), True


def _draft_text(field: str, original: Any) -> str | None:
    """The text a draft keeps for a value that does not fit, or None if it is not text."""
    if field == "tags" and isinstance(original, list) and all(_is_scalar(t) for t in original):
        return ", ".join(_typed_text(t) for t in original)
    if field == "slug_locked" or not _is_scalar(original):
        return None
    return _typed_text(original)


def _hugo_params(m: _Mapping) -> dict[str, Any]:
    """Hugo's ``params`` map (custom fields since Hugo 0.123; our Hugo export keeps the cover
    only there), looked in for a field the top level lacks. It stays in front_matter whole."""
    key = m.by_lower.get("params")
    params = m.meta[key] if key is not None else None
    return {str(k).lower(): v for k, v in params.items()} if isinstance(params, dict) else {}


def _map_article(m: _Mapping) -> dict[str, Any]:
    article: dict[str, Any] = {}
    drafts: dict[str, str] = {}
    params = _hugo_params(m)
    for field, names in ARTICLE_KEYS.items():
        key = m.key_for(names)
        if key is None:
            nested = next((params[n] for n in names if params.get(n) is not None), None)
            if nested is not None:
                value = _article_value(field, nested)[0]
                try:
                    ArticleMeta.model_validate({field: value})
                    article[field] = value
                except ValidationError:
                    pass  # kept in front_matter with the rest of params
            continue
        original = m.meta[key]
        value, whole = _article_value(field, original)
        try:
            ArticleMeta.model_validate({field: value})
        except ValidationError as exc:
            reason = validation_problems(exc)[0][1]
            text = _draft_text(field, original)
            if text is None or not text.strip():
                m.report(key, f"{reason}; kept in front_matter")
                continue
            drafts[field] = text
            m.used.add(key)
            m.report(key, f"{reason}; {text!r} is kept as a draft of article.{field}",
                     f"article.{field}")
            continue
        article[field] = value
        if whole:
            m.used.add(key)
    key = m.key_for(("drafts",))
    given = _given_drafts(m.meta[key], ArticleMeta) if key is not None else None
    if given is not None and key is not None:
        for field, text in given.items():
            article.pop(field, None)
            drafts.setdefault(field, text)
        m.used.add(key)
    if article.get("slug") and "slug_locked" not in article:
        title = article.get("title")
        derived = make_slug(title if isinstance(title, str) else "", fallback="")
        article["slug_locked"] = article["slug"] != derived
    if drafts:
        article["drafts"] = drafts
    return article


# --- facts and related links ----------------------------------------------------------------

def _item(model: type[Fact | RelatedLink], item: dict[str, Any]
          ) -> tuple[dict[str, Any], dict[str, str], list[tuple[str, str]], bool]:
    """``(fields, drafts, [(field, reason)], holds everything)`` for one list entry."""
    fields: dict[str, Any] = {}
    whole = True
    for name, value in item.items():
        name = str(name)
        if name == "date" and isinstance(value, dt.date | str):
            value, date_whole = _article_value("published", value)
            whole = whole and date_whole
        elif name == "views" and isinstance(value, str):
            try:
                value = parse_views(value)
            except ValueError:
                pass
        elif name != "views" and _is_scalar(value) and name in model.model_fields:
            value = _typed_text(value)
        fields[name] = value
    drafts = _given_drafts(fields.pop("drafts", {}), model)
    if drafts is None:
        return {}, {}, [("drafts", "must map field names to text")], False
    reasons: list[tuple[str, str]] = []
    for name in [n for n in fields if n not in model.model_fields]:
        reasons.append((name, "unknown field"))
        fields.pop(name)
        whole = False
    for _ in range(len(fields) + 1):
        try:
            model.model_validate({**fields, "drafts": drafts} if drafts else fields)
            return fields, drafts, reasons, whole
        except ValidationError as exc:
            problems = validation_problems(exc)
        for where, reason in problems:
            name = (where or "").split(".")[0].split("[")[0]
            if name not in fields:  # a required field is missing: the entry cannot be held
                reasons.append((name, reason))
                return {}, {}, reasons, False
            original = item.get(name)
            required = model.model_fields[name].is_required()
            if name not in drafts and _is_scalar(original) and _typed_text(original).strip():
                drafts[name] = _typed_text(original)
                reasons.append((name, f"{reason}; {drafts[name]!r} is kept as a draft"))
            else:
                reasons.append((name, reason))
                whole = False
                if required:
                    return {}, {}, reasons, False
            if required:
                fields[name] = ""
            else:
                fields.pop(name)
    return {}, {}, reasons, False


def _given_drafts(value: Any, model: type[ArticleMeta] | type[Fact | RelatedLink]
                  ) -> dict[str, str] | None:
    """Drafts written by our own Markdown export (``drafts: {url: "x"}``), or None if the
    value is not such a mapping."""
    if not isinstance(value, dict) or not all(
            str(k) in model.model_fields and isinstance(v, str) and v.strip()
            for k, v in value.items()):
        return None
    return {str(k): v for k, v in value.items()}


def _map_list(m: _Mapping, names: tuple[str, ...], model: type[Fact | RelatedLink],
              field: str) -> list[dict[str, Any]]:
    key = m.key_for(names)
    if key is None:
        return []
    value = m.meta[key]
    if field == "facts" and isinstance(value, dict):
        value = [{"label": str(k), "value": v} for k, v in value.items()]
    if not isinstance(value, list):
        m.report(key, "must be a list; kept in front_matter")
        return []
    out: list[dict[str, Any]] = []
    whole = True
    for i, entry in enumerate(value):
        if not isinstance(entry, dict):
            m.report(f"{key}[{i}]", "must be an object; kept in front_matter")
            whole = False
            continue
        fields, drafts, reasons, item_whole = _item(model, entry)
        index = len(out)
        for name, reason in reasons:
            draft = f"{field}[{index}].{name}" if name in drafts else None
            kept = "" if draft else "; the entry is also kept in front_matter"
            m.report(f"{key}[{i}].{name}", reason + kept, draft)
        whole = whole and item_whole
        if fields or drafts:
            out.append({**fields, "drafts": drafts} if drafts else fields)
    if whole:
        m.used.add(key)
    return out


def _map_part(m: _Mapping, part: str) -> Any:
    """A manifest part written whole by our Markdown export (``sections``, ``spelling``,
    ``publishing``, ``typography``): taken as it is when it validates, else reported and kept
    in front_matter."""
    key = m.key_for((part,))
    if key is None:
        return None
    try:
        Manifest.model_validate({part: m.meta[key]})
    except ValidationError as exc:
        where, reason = validation_problems(exc)[0]
        m.report(where.replace(part, key, 1) if where else key,
                 f"{reason}; kept in front_matter")
        return None
    m.used.add(key)
    return m.meta[key]


def manifest_from_front_matter(meta: dict[Any, Any], text_dates: set[str] | None = None
                               ) -> tuple[Manifest, list[ImportProblem]]:
    """A manifest holding every key of ``meta`` (see the module docstring), and the problems."""
    m = _Mapping(meta, text_dates or set())
    data: dict[str, Any] = {"article": _map_article(m)}
    data["facts"] = _map_list(m, ("facts",), Fact, "facts")
    data["related"] = _map_list(m, ("related",), RelatedLink, "related")
    for part in ("sections", "spelling", "publishing", "typography"):
        value = _map_part(m, part)
        if value is not None:
            data[part] = value
    data["front_matter"] = m.front_matter()
    try:
        return Manifest.model_validate(data), m.problems
    except ValidationError as exc:  # a case the mapping above does not foresee: keep it all
        where, reason = validation_problems(exc)[0]
        everything = {str(k): json_value(v) for k, v in meta.items()}
        problem = ImportProblem(where or "?", f"{reason}; the whole front matter is kept "
                                              "in front_matter")
        return Manifest(front_matter=everything), [problem]
