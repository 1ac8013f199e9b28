"""The manifest's ``spelling`` object: which languages the spell check uses for the project.

Apart from :mod:`retro_editor.core.manifest` only to keep that module within its size; the
manifest imports and re-exports :class:`SpellingSettings`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from retro_editor.core.field_checks import LANGUAGE_PATTERN, check_language

__all__ = ["SpellingSettings"]


def _language(value: str) -> str:
    try:
        return check_language(value)
    except ValueError as exc:
        raise PydanticCustomError("retro_editor", str(exc)) from None


class SpellingSettings(BaseModel):
    """The spell check's languages, all checked at once; empty: the article's language."""

    model_config = ConfigDict(extra="forbid", strict=True)

    languages: list[Annotated[str, AfterValidator(_language),
                              Field(json_schema_extra={"pattern": LANGUAGE_PATTERN})]] = Field(
        default_factory=list,
        description="BCP 47 tags; a word is correct if any of their dictionaries accepts it")
