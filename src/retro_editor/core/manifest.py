"""The project manifest (format 2): pydantic models, safe parsing, stable serialising, schema.

Format 1 files still open; they are written as format 2 (drafts, partial dates and
``front_matter`` are what format 2 adds).

Parsing never trusts the bytes: size, nesting depth, encoding, JSON syntax, the format version
and every field are checked, and each failure becomes one ``ProjectError`` naming the file,
the field (``related[2].url``) and the reason in plain words.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    WrapValidator,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from retro_editor.core import field_checks
from retro_editor.core.article_goals import ArticleGoals
from retro_editor.core.errors import ProjectError
from retro_editor.core.field_checks import (
    DATE_REASON,
    LANGUAGE_PATTERN,
    PARTIAL_DATE_PATTERN,
    RELATIVE_PATH_PATTERN,
    SLUG_PATTERN,
    THEME_PATTERN,
    URL_PATTERN,
    check_language,
    check_partial_date,
    check_slug,
    check_theme,
    check_url,
    parse_partial_date,
    parse_views,
)
from retro_editor.core.json_input import (
    MAX_JSON_DEPTH,
    MAX_MANIFEST_BYTES,
    json_depth_exceeds,
    load_json,
    size_error,
)
from retro_editor.core.publishing_settings import PublishingSettings
from retro_editor.core.spelling_settings import SpellingSettings
from retro_editor.core.typography_settings import TypographySettings

__all__ = [
    "ARTICLE_DRAFT_FIELDS", "ArticleGoals", "ArticleMeta", "Count", "DRAFTED_REQUIRED_SCHEMA",
    "Date",
    "ExportSettings", "FACT_DRAFT_FIELDS", "FORMAT_ID", "FORMAT_NAME", "FORMAT_VERSION", "Fact",
    "MAX_JSON_DEPTH", "MAX_MANIFEST_BYTES", "Manifest", "NewerFormatError", "NonEmptyText",
    "PartialDate", "READABLE_VERSIONS", "RELATED_DRAFT_FIELDS", "RELATED_LATE_FIELDS",
    "RelatedLink", "RelativePath",
    "SECTION_STATUSES", "SLUG_PATTERN", "SUMMARY_MAX", "SectionState", "SectionStatus",
    "PublishingSettings", "SpellingSettings", "Text", "TypographySettings", "Url",
    "check_manifest",
    "check_relative_path", "dump_manifest",
    "field_path", "json_depth_exceeds", "manifest_problems", "parse_manifest", "parse_partial_date",
    "parse_views", "peek_format_version", "read_manifest", "size_error", "validation_problems",
]

FORMAT_NAME = "retro-editor"
FORMAT_VERSION = 2
FORMAT_ID = f"{FORMAT_NAME}/{FORMAT_VERSION}"
READABLE_VERSIONS = (1, 2)

SUMMARY_MAX = 1000

#: a date as typed, full or partial: ``1999``, ``1999-03`` or ``1999-03-14``
PartialDate = str


def _fail(reason: str) -> PydanticCustomError:
    return PydanticCustomError("retro_editor", reason)


_Checked = TypeVar("_Checked")


def _plain(check: Callable[[Any], _Checked]) -> Callable[[Any], _Checked]:
    """A ``field_checks`` check whose ``ValueError`` becomes a plain pydantic reason."""
    def run(value: Any) -> _Checked:
        try:
            return check(value)
        except PydanticCustomError:
            raise
        except ValueError as exc:
            raise _fail(str(exc)) from None

    return run


def check_relative_path(value: str) -> str:
    """``field_checks.check_relative_path`` raising a pydantic-friendly error."""
    return _plain(field_checks.check_relative_path)(value)


def _to_partial_date(value: Any) -> Any:
    """A ``PartialDate`` string (or a ``date``, stored as its ISO text); nothing else."""
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if not isinstance(value, str):
        raise _fail(DATE_REASON)
    return _plain(check_partial_date)(value.strip())


def _check_format(value: str) -> str:
    readable = {f"{FORMAT_NAME}/{v}" for v in READABLE_VERSIONS}
    if value not in readable:
        raise _fail(f'must be "{FORMAT_ID}"')
    return FORMAT_ID


def _empty_slot(value: Any) -> bool:
    return value is None or value == [] or (isinstance(value, str) and not value.strip())


def _unless_drafted(default: Any) -> WrapValidator:
    """A field that may stay at ``default`` (its inner checks skipped) while it has a draft.

    The model's ``drafts`` field is declared first, so it is validated before this runs.
    """
    def wrap(value: Any, handler: ValidatorFunctionWrapHandler, info: ValidationInfo) -> Any:
        drafts = info.data.get("drafts") or {}
        if info.field_name not in drafts:
            return handler(value)
        if value == default or _empty_slot(value):
            return default
        raise _fail(f"must be left at {json.dumps(default)} while drafts.{info.field_name} "
                    "holds the text as typed")

    return WrapValidator(wrap)


def _drafts_of(fields: tuple[str, ...]) -> AfterValidator:
    def check(drafts: dict[str, str]) -> dict[str, str]:
        for key in drafts:
            if key not in fields:
                raise _fail(f'names "{key}", which is not a field here')
        return drafts

    return AfterValidator(check)


Text = Annotated[str, StringConstraints(strip_whitespace=True)]
NonEmptyText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Url = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_plain(check_url)),
                Field(json_schema_extra={"pattern": URL_PATTERN, "format": "uri"})]
RelativePath = Annotated[str, AfterValidator(check_relative_path),
                         Field(json_schema_extra={"pattern": RELATIVE_PATH_PATTERN})]
Date = Annotated[PartialDate | None, BeforeValidator(_to_partial_date),
                 Field(json_schema_extra={"pattern": PARTIAL_DATE_PATTERN})]
Count = Annotated[int, Field(ge=0)]
#: a required text that is empty only while its draft holds what was typed
DRAFTED_REQUIRED_SCHEMA = {"type": "string",
                           "description": "required; may be empty only while it has a draft"}

ARTICLE_DRAFT_FIELDS = ("title", "subtitle", "author", "published", "updated", "slug",
                        "summary", "tags", "category", "language", "cover", "canonical_url")
FACT_DRAFT_FIELDS = ("label", "value")
RELATED_DRAFT_FIELDS = ("title", "url", "source", "date", "views", "note", "author",
                        "description", "image", "archive_url", "issue", "page")


NO_URL_REASON = ("has no URL: give the page's URL, or for a print source its publication "
                 "as the source")


def _check_optional_url(value: str) -> str:
    return value if value == "" else check_url(value)


def _related_schema_rules() -> dict[str, Any]:
    """Schema: an empty title needs a draft; a missing or empty URL needs a draft or a source."""
    rules = _empty_needs_draft("title")
    rules["allOf"].append(
        {"if": {"not": {"required": ["url"], "properties": {"url": {"minLength": 1}}}},
         "then": {"anyOf": [
             {"required": ["drafts"], "properties": {"drafts": {"required": ["url"]}}},
             {"required": ["source"], "properties": {"source": {"minLength": 1}}}]}})
    return rules


def _empty_needs_draft(*fields: str) -> dict[str, Any]:
    """Schema: each required text field may be empty only when ``drafts`` names it."""
    return {"allOf": [{"if": {"properties": {f: {"const": ""}}, "required": [f]},
                       "then": {"required": ["drafts"],
                                "properties": {"drafts": {"required": [f]}}}}
                      for f in fields]}


_DRAFTS_DESCRIPTION = "text as typed for fields whose value is not valid (yet), by field name"
_ArticleDrafts = Annotated[dict[str, Text], _drafts_of(ARTICLE_DRAFT_FIELDS)]
_FactDrafts = Annotated[dict[str, Text], _drafts_of(FACT_DRAFT_FIELDS)]
_RelatedDrafts = Annotated[dict[str, Text], _drafts_of(RELATED_DRAFT_FIELDS)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ArticleMeta(_Model):
    """The article's metadata, shown in the side panel's Article tab and on the page."""

    model_config = ConfigDict(str_strip_whitespace=True)

    drafts: _ArticleDrafts = Field(default_factory=dict, description=_DRAFTS_DESCRIPTION)
    title: Annotated[Text, _unless_drafted("")] = ""
    subtitle: Annotated[Text, _unless_drafted("")] = ""
    author: Annotated[Text, _unless_drafted("")] = ""
    published: Annotated[Date, _unless_drafted(None)] = None
    updated: Annotated[Date, _unless_drafted(None)] = None
    slug: Annotated[
        Text,
        AfterValidator(_plain(check_slug)),
        Field(json_schema_extra={"pattern": SLUG_PATTERN}),
        _unless_drafted(""),
    ] = ""
    slug_locked: bool = False
    summary: Annotated[Text, Field(max_length=SUMMARY_MAX), _unless_drafted("")] = ""
    tags: Annotated[list[NonEmptyText], _unless_drafted([])] = Field(default_factory=list)
    category: Annotated[Text, _unless_drafted("")] = ""
    language: Annotated[
        Text,
        AfterValidator(_plain(check_language)),
        Field(json_schema_extra={"pattern": LANGUAGE_PATTERN}),
        _unless_drafted("en"),
    ] = "en"
    cover: Annotated[RelativePath | None, _unless_drafted(None)] = None
    canonical_url: Annotated[Url | None, _unless_drafted(None)] = None


class Fact(_Model):
    """One label/value line of the fact box (``Released: 2001``)."""

    model_config = ConfigDict(str_strip_whitespace=True,
                              json_schema_extra=_empty_needs_draft("label"))

    drafts: _FactDrafts = Field(default_factory=dict, description=_DRAFTS_DESCRIPTION)
    label: Annotated[NonEmptyText, _unless_drafted(""), WithJsonSchema(DRAFTED_REQUIRED_SCHEMA)]
    value: Annotated[Text, _unless_drafted("")] = ""


class RelatedLink(_Model):
    """One entry of the related-news list: a web page, or a print source with no URL (its
    publication in ``source``, with ``issue`` and ``page``)."""

    model_config = ConfigDict(str_strip_whitespace=True,
                              json_schema_extra=_related_schema_rules())

    drafts: _RelatedDrafts = Field(default_factory=dict, description=_DRAFTS_DESCRIPTION)
    title: Annotated[NonEmptyText, _unless_drafted(""), WithJsonSchema(DRAFTED_REQUIRED_SCHEMA)]
    url: Annotated[str, StringConstraints(strip_whitespace=True),
                   AfterValidator(_plain(_check_optional_url)), _unless_drafted(""),
                   WithJsonSchema(
        {"anyOf": [{"type": "string", "format": "uri", "pattern": URL_PATTERN},
                   {"const": ""}],
         "description": "an http or https URL; empty only while it has a draft, or for a "
                        "print source (one with a source)"})] = ""
    source: Annotated[Text, _unless_drafted("")] = ""
    date: Annotated[Date, _unless_drafted(None)] = None
    views: Annotated[Count | None, _unless_drafted(None)] = None
    note: Annotated[Text, _unless_drafted("")] = ""
    author: Annotated[Text, _unless_drafted("")] = ""
    description: Annotated[Text, _unless_drafted("")] = ""
    image: Annotated[Url | None, _unless_drafted(None)] = None
    archive_url: Annotated[Url | None, _unless_drafted(None)] = None
    issue: Annotated[Text, _unless_drafted("")] = ""
    page: Annotated[Text, _unless_drafted("")] = ""

    @model_validator(mode="after")
    def _url_or_print_source(self) -> RelatedLink:
        if not self.url and "url" not in self.drafts and not self.source:
            raise _fail(NO_URL_REASON)
        return self


#: a section's writing state; SECTION_STATUSES lists them in the order a section goes through
SectionStatus = Literal["draft", "revised", "final"]
SECTION_STATUSES: tuple[SectionStatus, ...] = get_args(SectionStatus)


class SectionState(_Model):
    """Per-section writing state, keyed in the manifest by the section's anchor."""

    status: SectionStatus = SECTION_STATUSES[0]
    note: str = ""
    target: Count | None = None


class ExportSettings(_Model):
    theme: Annotated[
        str,
        AfterValidator(_plain(check_theme)),
        Field(json_schema_extra={"pattern": THEME_PATTERN}),
    ] = "light"
    targets: dict[str, dict[str, Any]] = Field(default_factory=dict)


class Manifest(_Model):
    """The whole ``.retro`` file."""

    format: Annotated[str, AfterValidator(_check_format),
                      Field(json_schema_extra={"const": FORMAT_ID})] = FORMAT_ID
    article: ArticleMeta = Field(default_factory=ArticleMeta)
    facts: list[Fact] = Field(default_factory=list)
    related: list[RelatedLink] = Field(default_factory=list)
    sections: dict[str, SectionState] = Field(default_factory=dict)
    export: ExportSettings = Field(default_factory=ExportSettings)
    spelling: SpellingSettings = Field(default_factory=SpellingSettings)
    publishing: PublishingSettings = Field(default_factory=PublishingSettings)
    typography: TypographySettings = Field(default_factory=TypographySettings)
    goals: ArticleGoals = Field(default_factory=ArticleGoals)
    front_matter: dict[str, Any] = Field(
        default_factory=dict,
        description="front matter keys of an imported Markdown file that have no field here, "
                    "verbatim and in file order")


class NewerFormatError(ProjectError):
    """The manifest was written by a newer Retro Editor; it must be neither read nor replaced."""

    def __init__(self, path: Path | str | None, version: int):
        self.version = version
        super().__init__(
            path,
            f"was written by a newer Retro Editor (format {version}); "
            f"this version reads formats up to {FORMAT_VERSION}",
        )


# --- errors -----------------------------------------------------------------------------

_PLAIN_REASONS = {
    "missing": "is required",
    "extra_forbidden": "unknown field",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "date_type": DATE_REASON,
    "string_too_short": "must not be empty",
}
_KEY_RE = re.compile(r"^[A-Za-z0-9_-]+$")


def field_path(loc: tuple[Any, ...]) -> str | None:
    """``("related", 2, "url")`` → ``related[2].url``; odd dictionary keys are quoted."""
    out = ""
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        elif out and not _KEY_RE.match(str(part)):
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
        else:
            out += f".{part}" if out else str(part)
    return out or None


def _plain_reason(error: ErrorDetails) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "retro_editor":
        return error["msg"]
    if kind in _PLAIN_REASONS:
        return _PLAIN_REASONS[kind]
    if kind == "greater_than_equal":
        return f"must be {ctx.get('ge')} or more"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected')}"
    message = str(error.get("msg", kind))
    return message[:1].lower() + message[1:]


def validation_problems(exc: ValidationError) -> list[tuple[str | None, str]]:
    """Every problem of a pydantic error as ``(field path, plain reason)``."""
    return [(field_path(err["loc"]), _plain_reason(err)) for err in exc.errors()]


# --- reading ----------------------------------------------------------------------------

def _format_version(obj: Any, path: Path | str | None) -> int:
    if not isinstance(obj, dict):
        raise ProjectError(path, "must be a JSON object")
    if "format" not in obj:
        raise ProjectError(path, f'is required; a manifest starts with "format": "{FORMAT_ID}"',
                           "format")
    value = obj["format"]
    match = re.fullmatch(rf"{FORMAT_NAME}/(\d{{1,9}})", value) if isinstance(value, str) else None
    if not match or int(match.group(1)) < 1:
        shown = json.dumps(value, ensure_ascii=False)[:80]
        raise ProjectError(path, f'unknown format {shown}; expected "{FORMAT_ID}"', "format")
    return int(match.group(1))


_FORMAT_2_ONLY = "is new in format 2; this file says it is format 1"
#: top-level fields a format-1 file cannot hold
_FORMAT_2_KEYS = ("front_matter", "spelling", "publishing", "typography", "goals")
#: related fields a format-1 file cannot hold, left out of a file while at their defaults
RELATED_LATE_FIELDS = ("author", "description", "image", "archive_url", "issue", "page")


def _format_1_extras(obj: dict[str, Any]) -> list[tuple[str | None, str]]:
    """Fields a format-1 file cannot hold, as ``(field path, reason)``."""
    found: list[tuple[str | None, str]] = [(k, _FORMAT_2_ONLY) for k in _FORMAT_2_KEYS if k in obj]
    article = obj.get("article")
    if isinstance(article, dict) and "drafts" in article:
        found.append(("article.drafts", _FORMAT_2_ONLY))
    for name in ("facts", "related"):
        items = obj.get(name)
        for i, item in enumerate(items if isinstance(items, list) else []):
            keys = item if isinstance(item, dict) else {}
            found += [(f"{name}[{i}].{key}", _FORMAT_2_ONLY)
                      for key in ("drafts", *RELATED_LATE_FIELDS) if key in keys]
    return found


def _validated(obj: Any, path: Path | str | None) -> tuple[Manifest | None, int,
                                                          list[ProjectError]]:
    version = _format_version(obj, path)
    if version > FORMAT_VERSION:
        return None, version, [NewerFormatError(path, version)]
    problems = _format_1_extras(obj) if version == 1 else []
    manifest = None
    try:
        manifest = Manifest.model_validate(obj)
    except ValidationError as exc:
        problems += validation_problems(exc)
    errors = [ProjectError(path, reason, field) for field, reason in problems]
    return (None if errors else manifest), version, errors


def manifest_problems(data: bytes, path: Path | str | None) -> list[ProjectError]:
    """Every problem of a manifest file (empty if it is fine). JSON-level problems stop early."""
    try:
        return _validated(load_json(data, path), path)[2]
    except ProjectError as exc:
        return [exc]


def read_manifest(data: bytes, path: Path | str | None) -> tuple[Manifest, int]:
    """The manifest in ``data`` and the format version it was written in.

    Raises ``ProjectError`` on the first problem; a newer format raises ``NewerFormatError``,
    so callers can tell it apart.
    """
    manifest, version, errors = _validated(load_json(data, path), path)
    if manifest is None:  # exactly when there are errors
        raise errors[0]
    return manifest, version


def parse_manifest(data: bytes, path: Path | str | None) -> Manifest:
    """The manifest in ``data`` (see :func:`read_manifest`)."""
    return read_manifest(data, path)[0]


def peek_format_version(data: bytes) -> int | None:
    """The format version a manifest declares, or None if it cannot be read as one."""
    try:
        return _format_version(load_json(data, None), None)
    except ProjectError:
        return None


# --- writing ----------------------------------------------------------------------------

def check_manifest(m: Manifest, path: Path | str | None = None) -> list[ProjectError]:
    """Re-validates a manifest that may have been changed in memory since it was built."""
    data = m.model_dump(mode="json", warnings=False)
    try:
        Manifest.model_validate(data)
    except ValidationError as exc:
        return [ProjectError(path, reason, field) for field, reason in validation_problems(exc)]
    return []


def _sorted_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted_keys(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted_keys(item) for item in value]
    return value


def _omit_defaults(data: dict[str, Any]) -> None:
    """Leaves out empty ``drafts`` and the related fields added late in format 2 while they
    hold their defaults, so a file without them stays as it was."""
    for item in [data["article"], *data["facts"], *data["related"]]:
        if not item.get("drafts"):
            item.pop("drafts", None)
    for item in data["related"]:
        for key in RELATED_LATE_FIELDS:
            if item.get(key) in ("", None):
                item.pop(key, None)


#: top-level objects left out of the file while they hold their defaults
_OMITTED_WHEN_DEFAULT = ("spelling", "publishing", "typography", "goals")


def dump_manifest(m: Manifest, path: Path | str | None = None) -> bytes:
    """Pretty, sorted, UTF-8 JSON ending in a newline; refuses a manifest that would not load.

    Keys are sorted for stable diffs, except inside ``front_matter``, which keeps the order
    of the file it came from. Empty ``drafts`` objects, the related fields of
    :func:`_omit_defaults` and the objects of ``_OMITTED_WHEN_DEFAULT`` holding their defaults
    are left out.
    """
    problems = check_manifest(m, path)
    if problems:
        raise problems[0]
    data = m.model_dump(mode="json")
    data["format"] = FORMAT_ID
    _omit_defaults(data)
    for part in _OMITTED_WHEN_DEFAULT:
        if data[part] == Manifest.model_fields[part].get_default(call_default_factory=True
                                                                  ).model_dump(mode="json"):
            del data[part]
    front_matter = data.pop("front_matter")
    data = _sorted_keys(data)
    data["front_matter"] = front_matter
    data = {key: data[key] for key in sorted(data)}
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")
