"""The manifest's ``typography`` object: how the published outputs set the article's text.

Apart from :mod:`retro_editor.core.manifest` only to keep that module within its size; the
manifest imports and re-exports :class:`TypographySettings`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["CAPTION_SOURCES", "TypographySettings"]

CAPTION_SOURCES = ("title", "alt", "none")


class TypographySettings(BaseModel):
    """Smart punctuation and figure captions of the HTML, PDF, EPUB and DOCX outputs (and the
    preview); the Markdown, Hugo and Jekyll exports keep the text as typed."""

    model_config = ConfigDict(extra="forbid", strict=True)

    smart_punctuation: bool = Field(
        default=True,
        description="curly quotes by the article's language, -- and --- as dashes, ... as an "
                    "ellipsis")
    captions: Literal["title", "alt", "none"] = Field(
        default="title",
        description="what a standalone image's caption is made from: its title, its alt text, "
                    "or no caption")

    def is_default(self) -> bool:
        return self == TypographySettings()
