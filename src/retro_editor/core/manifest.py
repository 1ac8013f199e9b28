"""The project manifest (format 1): pydantic models, safe parsing, stable serialising, schema.

Parsing never trusts the bytes: size, nesting depth, encoding, JSON syntax, the format version
and every field are checked, and each failure becomes one ``ProjectError`` naming the file,
the field (``related[2].url``) and the reason in plain words.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from retro_editor.core.errors import ProjectError

FORMAT_NAME = "retro-editor"
FORMAT_VERSION = 1
FORMAT_ID = f"{FORMAT_NAME}/{FORMAT_VERSION}"

MAX_MANIFEST_BYTES = 5 * 1024 * 1024
MAX_JSON_DEPTH = 64
SUMMARY_MAX = 1000

URL_PATTERN = r"^https?://[^\s/?#]+([/?#]\S*)?$"
SLUG_PATTERN = r"^[a-z0-9-]*$"
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
THEME_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
# Relative, forward slashes only, no drive, no ".." segment, no NUL.
RELATIVE_PATH_PATTERN = r"^(?![/\\])(?![A-Za-z]:)(?!(.*/)?\.\.(/|$))[^\\\x00]+$"
DATE_EXAMPLE = "2001-10-30"

_URL_RE = re.compile(URL_PATTERN)
_SLUG_RE = re.compile(SLUG_PATTERN)
_LANGUAGE_RE = re.compile(LANGUAGE_PATTERN)
_THEME_RE = re.compile(THEME_PATTERN)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _fail(reason: str) -> PydanticCustomError:
    return PydanticCustomError("retro_editor", reason)


def check_relative_path(value: str) -> str:
    """Returns ``value`` if it is a relative path that stays inside the project, else raises.

    Only the spelling is checked here; ``Project.resolve`` checks the real file system
    (symbolic links included).
    """
    if not value:
        raise _fail("must not be empty (use null for no file)")
    if "\x00" in value:
        raise _fail("must not contain a NUL character")
    if "\\" in value:
        raise _fail("must use / between folders, not \\")
    if value.startswith("/") or re.match(r"^[A-Za-z]:", value):
        raise _fail("must be a path relative to the project folder, like assets/cover.png")
    if ".." in value.split("/"):
        raise _fail("must stay inside the project folder (no ..)")
    return value


def _check_url(value: str) -> str:
    if len(value) > 2048 or not _URL_RE.match(value):
        raise _fail("must be an http or https URL")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise _fail("must be an http or https URL") from None
    if not parts.hostname:
        raise _fail("must be an http or https URL")
    return value


def _pattern(regex: re.Pattern[str], reason: str):
    def check(value: str) -> str:
        if not regex.match(value):
            raise _fail(reason)
        return value

    return check


def _to_date(value: Any) -> Any:
    """Accepts a ``date`` or an ISO ``YYYY-MM-DD`` string, nothing else (no timestamps)."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str) and _DATE_RE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail(f"must be a date like {DATE_EXAMPLE}")


def _check_format(value: str) -> str:
    if value != FORMAT_ID:
        raise _fail(f'must be "{FORMAT_ID}"')
    return value


Text = Annotated[str, StringConstraints(strip_whitespace=True)]
NonEmptyText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Url = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_check_url),
                Field(json_schema_extra={"pattern": URL_PATTERN, "format": "uri"})]
RelativePath = Annotated[str, AfterValidator(check_relative_path),
                         Field(json_schema_extra={"pattern": RELATIVE_PATH_PATTERN})]
Date = Annotated[dt.date | None, BeforeValidator(_to_date)]
Count = Annotated[int, Field(ge=0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ArticleMeta(_Model):
    """The article's metadata, shown in the side panel's Article tab and on the page."""

    model_config = ConfigDict(str_strip_whitespace=True)

    title: Text = ""
    subtitle: Text = ""
    author: Text = ""
    published: Date = None
    updated: Date = None
    slug: Annotated[
        Text,
        AfterValidator(_pattern(_SLUG_RE, "must use only lowercase a-z, 0-9 and -")),
        Field(json_schema_extra={"pattern": SLUG_PATTERN}),
    ] = ""
    slug_locked: bool = False
    summary: Annotated[Text, Field(max_length=SUMMARY_MAX)] = ""
    tags: list[NonEmptyText] = Field(default_factory=list)
    category: Text = ""
    language: Annotated[
        Text,
        AfterValidator(_pattern(_LANGUAGE_RE, "must be a language tag like en or pt-BR")),
        Field(json_schema_extra={"pattern": LANGUAGE_PATTERN}),
    ] = "en"
    cover: RelativePath | None = None
    canonical_url: Url | None = None


class Fact(_Model):
    """One label/value line of the fact box (``Released: 2001``)."""

    model_config = ConfigDict(str_strip_whitespace=True)

    label: NonEmptyText
    value: Text = ""


class RelatedLink(_Model):
    """One entry of the related-news list."""

    model_config = ConfigDict(str_strip_whitespace=True)

    title: NonEmptyText
    url: Url
    source: Text = ""
    date: Date = None
    views: Count | None = None
    note: Text = ""


class SectionState(_Model):
    """Per-section writing state, keyed in the manifest by the section's anchor."""

    status: Literal["draft", "revised", "final"] = "draft"
    note: str = ""
    target: Count | None = None


class ExportSettings(_Model):
    theme: Annotated[
        str,
        AfterValidator(_pattern(_THEME_RE, "must be a theme name like light (a-z, 0-9, - and _)")),
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


class NewerFormatError(ProjectError):
    """The manifest was written by a newer Retro Editor; it must be neither read nor replaced."""

    def __init__(self, path: Path | str | None, version: int):
        self.version = version
        super().__init__(
            path,
            f"was written by a newer Retro Editor (format {version}); "
            f"this version reads format {FORMAT_VERSION}",
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
    "date_type": f"must be a date like {DATE_EXAMPLE}",
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


def _plain_reason(error: dict[str, Any]) -> str:
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

def _megabytes(n: int) -> str:
    mib = 1024 * 1024
    return f"{n // mib} MB" if n % mib == 0 else f"{n / mib:.1f} MB"


def size_error(path: Path | str | None, what: str, size: int, limit: int) -> ProjectError:
    return ProjectError(path, f"{what} is {_megabytes(size)}; the limit is {_megabytes(limit)}")


#: a JSON string, or an unterminated one running to the end: each byte is looked at once, so
#: the scan is linear even for input such as ``"\\"\\"\\"…`` (where a pattern that must find
#: the closing quote retries from every quote: 64 KB took 13 s)
_STRING_RE = re.compile(rb'"[^"\\]*+(?:\\.?[^"\\]*+)*+(?:"|\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def json_depth_exceeds(data: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True if the JSON nests deeper than ``limit``, found without recursion (strings skipped).

    Linear in time and memory: one regex pass without backtracking, then a pass over the
    brackets only (skipped when there are too few to nest that deep)."""
    brackets = _STRING_RE.sub(b"", data).translate(None, _NOT_BRACKETS)
    if brackets.count(b"[") + brackets.count(b"{") <= limit:
        return False
    depth = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(depth - 1, 0)
    return False


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f'has the key "{key}" twice')
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"contains {name}, which JSON does not allow")


def load_json(data: bytes, path: Path | str | None, what: str = "manifest",
              limit: int = MAX_MANIFEST_BYTES) -> Any:
    """Decodes JSON bytes with every bound checked first; errors name line and column."""
    if len(data) > limit:
        raise size_error(path, what, len(data), limit)
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + start
        raise ProjectError(path, f"is not UTF-8 text (byte 0x{data[offset]:02x} at offset "
                                 f"{offset})") from None
    if not text.strip():
        raise ProjectError(path, "is empty; a manifest is a JSON object")
    if json_depth_exceeds(data):
        raise ProjectError(path, f"JSON is nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip())
        what_wrong = "ends too early (truncated?)" if truncated else "is not valid JSON"
        raise ProjectError(path, f"{what_wrong} at line {exc.lineno}, column {exc.colno}: "
                                 f"{exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        raise ProjectError(path, f"is not valid JSON: {exc}") from None


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


def manifest_problems(data: bytes, path: Path | str | None) -> list[ProjectError]:
    """Every problem of a manifest file (empty if it is fine). JSON-level problems stop early."""
    try:
        obj = load_json(data, path)
        version = _format_version(obj, path)
    except ProjectError as exc:
        return [exc]
    if version > FORMAT_VERSION:
        return [NewerFormatError(path, version)]
    try:
        Manifest.model_validate(obj)
    except ValidationError as exc:
        return [ProjectError(path, reason, field) for field, reason in validation_problems(exc)]
    return []


def parse_manifest(data: bytes, path: Path | str | None) -> Manifest:
    """The manifest in ``data``; raises ``ProjectError`` on the first problem.

    A newer format raises ``NewerFormatError``, so callers can tell it apart.
    """
    obj = load_json(data, path)
    version = _format_version(obj, path)
    if version > FORMAT_VERSION:
        raise NewerFormatError(path, version)
    try:
        return Manifest.model_validate(obj)
    except ValidationError as exc:
        field, reason = validation_problems(exc)[0]
        raise ProjectError(path, reason, field) from None


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


def dump_manifest(m: Manifest, path: Path | str | None = None) -> bytes:
    """Pretty, sorted, UTF-8 JSON ending in a newline; refuses a manifest that would not load."""
    problems = check_manifest(m, path)
    if problems:
        raise problems[0]
    data = m.model_dump(mode="json")
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def make_slug(title: str, fallback: str = "article") -> str:
    """A URL and file-name slug from a title: ASCII a-z, 0-9 and single dashes."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return slug[:80].strip("-") or fallback


# --- schema -----------------------------------------------------------------------------

def manifest_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a format-1 manifest, as committed in docs/."""
    schema = Manifest.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Retro Editor project manifest, format 1"
    schema["description"] = (
        "The .retro file of a Retro Editor project. See docs/project-format.md; "
        "generated by `python -m retro_editor.core.manifest --schema`."
    )
    schema["required"] = ["format"]
    return schema


def schema_text() -> str:
    return json.dumps(manifest_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["--schema"]:
        print("usage: python -m retro_editor.core.manifest --schema", file=sys.stderr)
        return 2
    sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
