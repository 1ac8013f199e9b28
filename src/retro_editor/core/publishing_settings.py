"""The manifest's ``publishing`` object: how search engines and social networks see the article.

``schema_type`` picks the schema.org type of the HTML export's structured data; the publisher
(the site or magazine) is named there as the article's ``publisher``. Every publisher value is
stored exactly as typed: ``retro-editor check`` warns about a URL that is not http(s), never
refuses it. Apart from :mod:`retro_editor.core.manifest` only to keep that module within its
size; the manifest imports and re-exports :class:`PublishingSettings`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = ["SCHEMA_TYPES", "PublishingSettings", "SchemaType"]

SchemaType = Literal["Article", "NewsArticle"]
SCHEMA_TYPES: tuple[SchemaType, ...] = ("Article", "NewsArticle")

_Text = Annotated[str, StringConstraints(strip_whitespace=True)]


class PublishingSettings(BaseModel):
    """Structured-data settings; all empty means "not set" and the object is left out."""

    model_config = ConfigDict(extra="forbid", strict=True)

    schema_type: SchemaType = Field(
        default="Article", description="schema.org type of the HTML export's JSON-LD")
    publisher_name: _Text = Field(default="", description="the site or magazine that publishes the article")
    publisher_url: _Text = Field(default="", description="the publisher's home page (http or https)")
    publisher_logo: _Text = Field(
        default="", description="the publisher's logo: an http(s) URL or a file in the project")

    def is_default(self) -> bool:
        return self == PublishingSettings()
