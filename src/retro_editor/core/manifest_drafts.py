"""Drafts: text a writer typed that is kept as typed, with the reason it is not (yet) accepted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from pydantic import BaseModel, ValidationError

from retro_editor.core.field_checks import parse_views, split_tags
from retro_editor.core.manifest import (
    ArticleMeta,
    Fact,
    Manifest,
    RelatedLink,
    validation_problems,
)


class DraftProblem(NamedTuple):
    """A field saved as a draft: where (``related[2].url``), the text as typed, and why."""

    field: str
    value: str
    reason: str


#: the reason given for a draft whose text would be accepted now (drafts are never promoted
#: without the writer: they stay until the field is edited)
STILL_A_DRAFT = "is kept as typed until you edit the field"

#: an empty URL of a related row that names no source (a print source names its publication)
EMPTY_URL_REASON = "must not be empty, unless the row is a print source with its publication as source"

_MODELS: dict[str, type[BaseModel]] = {"article": ArticleMeta, "fact": Fact,
                                     "related": RelatedLink}
_VALID_BASE: dict[str, dict[str, str]] = {"article": {}, "fact": {"label": "x"},
               "related": {"title": "x", "url": "https://example.org/"}}


def typed_value(kind: str, field: str, text: str,
                others: Mapping[str, str] | None = None) -> Any:
    """The value to store for ``text`` typed into ``field`` of an ``article``, ``fact`` or
    ``related`` entry, or ``ValueError`` whose message is the plain reason it is invalid.

    Text is stripped; empty dates, views, covers and URLs mean "not set" (None); views accept
    ``12k`` and ``1.2M``; tags are separated by commas. ``others`` are the texts of the
    entry's other fields: a related row with a source may have no URL (a print source).
    """
    model = _MODELS[kind]
    text = text.strip()
    value: Any = text
    if not text and model.model_fields[field].is_required():
        raise ValueError("must not be empty")
    if field == "views":
        value = parse_views(text)
    elif field == "tags":
        value = split_tags(text)
        if "" in value:
            raise ValueError("has an empty tag between commas")
    elif not text and field in ("published", "updated", "date", "cover", "canonical_url",
                                "image", "archive_url"):
        value = None
    base = dict(_VALID_BASE[kind])
    if kind == "related" and field == "url":
        base["source"] = (others or {}).get("source", "").strip()
        if not text and not base["source"]:
            raise ValueError(EMPTY_URL_REASON)
    try:
        model.model_validate({**base, field: value})
    except ValidationError as exc:
        where, reason = validation_problems(exc)[0]
        inner = (where or "").removeprefix(field)
        raise ValueError(f"{inner.lstrip('.')} {reason}".strip() if inner else reason) from None
    return value


def _item_drafts(kind: str, prefix: str, drafts: dict[str, str]) -> list[DraftProblem]:
    found = []
    for field in _MODELS[kind].model_fields:
        if field in drafts:
            try:
                typed_value(kind, field, drafts[field])
                reason = STILL_A_DRAFT
            except ValueError as exc:
                reason = str(exc)
            found.append(DraftProblem(f"{prefix}.{field}", drafts[field], reason))
    return found


def draft_problems(manifest: Manifest) -> list[DraftProblem]:
    """Every draft of the manifest, in field order, with the reason it is not accepted."""
    found = _item_drafts("article", "article", manifest.article.drafts)
    for i, fact in enumerate(manifest.facts):
        found += _item_drafts("fact", f"facts[{i}]", fact.drafts)
    for i, link in enumerate(manifest.related):
        found += _item_drafts("related", f"related[{i}]", link.drafts)
    return found


