"""Between what a writer typed in the side panel and the manifest's entries, both ways.

A form or table row is a set of texts, one per field. Each text is either a valid value (stored
in its field, as typed, surrounding whitespace aside) or a draft (kept as typed in the entry's
``drafts``, the field left at its default). Nothing typed is dropped. A field loaded as a draft
stays a draft until the writer edits it, even if its text would now be accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import Any, cast

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from retro_editor.core.manifest import ArticleMeta, Fact, RelatedLink
from retro_editor.core.manifest_drafts import STILL_A_DRAFT, typed_value

MODELS: dict[str, type[BaseModel]] = {"article": ArticleMeta, "fact": Fact,
                                      "related": RelatedLink}


def field_default(kind: str, field: str) -> Any:
    """The value a field holds while it has a draft (``""`` for the required texts)."""
    info = MODELS[kind].model_fields[field]
    if info.default_factory is not None:  # no field's factory takes the validated data
        return cast(Callable[[], Any], info.default_factory)()
    return "" if info.default is PydanticUndefined else info.default


def text_of(value: Any) -> str:
    """A stored value as the text a field shows: ``None`` → ``""``, tags joined by ``, ``."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def texts_of(kind: str, item: BaseModel, fields: tuple[str, ...]) -> tuple[dict[str, str],
                                                                            set[str]]:
    """``(text per field, the fields that are drafts)`` of a manifest entry."""
    drafts: dict[str, str] = getattr(item, "drafts", {})
    texts = {field: drafts[field] if field in drafts else text_of(getattr(item, field))
             for field in fields}
    return texts, {field for field in fields if field in drafts}


def draft_reason(kind: str, field: str, text: str) -> str:
    """Why the text of a draft is not a value (or that it is kept until edited)."""
    try:
        typed_value(kind, field, text)
    except ValueError as exc:
        return str(exc)
    return STILL_A_DRAFT


def entry_from_texts(kind: str, texts: dict[str, str], kept_drafts: Set[str] = frozenset(),
                     extra: dict[str, Any] | None = None) -> tuple[BaseModel, dict[str, str]]:
    """The manifest entry for ``texts`` and ``{field: reason}`` of the fields saved as drafts.

    ``kept_drafts`` are fields loaded as drafts and not edited since: they stay drafts.
    ``extra`` gives fields that are not typed (``slug_locked``).
    """
    values: dict[str, Any] = dict(extra or {})
    drafts: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for field, text in texts.items():
        text = text.strip()
        if field in kept_drafts:
            drafts[field], reasons[field] = text, draft_reason(kind, field, text)
            continue
        try:
            values[field] = typed_value(kind, field, text, texts)
        except ValueError as exc:
            drafts[field], reasons[field] = text, str(exc)
    for field in drafts:
        values[field] = field_default(kind, field)
    return MODELS[kind].model_validate({**values, "drafts": drafts}), reasons
