"""Front matter of imported Markdown: YAML (``---``) or TOML (``+++``) read without ever failing.

Reading never raises: what cannot be read becomes an ``ImportProblem`` and the text is kept
(front matter that does not parse stays at the top of the text, where the preview hides it).
``core.frontmatter_map`` then maps the keys onto a manifest.

YAML is read with the YAML 1.2 core types only: ``true``/``false``, decimal numbers (a float
has a point: ``1e3`` stays text, as YAML 1.1 readers such as Jekyll's read it), ``null``;
everything else, dates included, stays the text as written (``yes`` is not true, ``007`` is not
7, ``2019-02-30`` is the text ``2019-02-30``, not a crash). A key written twice keeps its last
value, as Jekyll reads it; the earlier value is kept under ``KEY (line N)`` and reported.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from retro_editor.core.errors import ProjectError

MAX_FRONT_MATTER_CHARS = 256 * 1024
_MAX_DATE_FIXES = 100

_FENCES = {"---": ("yaml", re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)),
           "+++": ("toml", re.compile(r"^\+\+\+[ \t]*$", re.M))}


@dataclass(frozen=True)
class ImportProblem:
    """Something in an imported file that did not fit; what was typed is kept (see ``reason``).

    ``key`` names the front matter key as written (``lastmod``, ``related[2].url``), None for
    the front matter as a whole; ``draft`` the manifest field that now holds the text as a
    draft (``article.updated``), if any.
    """

    key: str | None
    reason: str
    draft: str | None = None
    path: Path | None = None

    def __str__(self) -> str:
        if self.key:
            return ProjectError(self.path, self.reason, f"front matter: {self.key}").message
        return ProjectError(self.path, f"front matter {self.reason}").message


@dataclass
class FrontMatter:
    """``data`` is None when the file has no usable front matter; ``body`` is then the text."""

    data: dict[str, Any] | None
    body: str
    problems: list[ImportProblem] = field(default_factory=list)
    #: top-level keys whose value was an impossible TOML date, read as its text
    text_dates: set[str] = field(default_factory=set)


class _Loader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no type hints
    """Safe YAML, 1.2 core types, no aliases (a small file cannot expand), duplicates kept."""

    # Its own table (first character -> (tag, pattern)), filled below.
    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int, int]] = []

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not supported in front matter", event.start_mark)
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected a mapping, found {node.id}", node.start_mark)
        mapping: dict[Any, Any] = {}
        lines: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be a name, not a list or mapping",
                    key_node.start_mark) from None
            value = self.construct_object(value_node, deep=deep)
            line = key_node.start_mark.line + 2  # +1: 1-based, +1: the opening --- line
            if key in mapping:
                earlier = f"{key} (line {lines[key]})"
                mapping = {(earlier if k == key else k): v for k, v in mapping.items()}
                self.duplicates.append((str(key), lines[key], line))
            mapping[key] = value
            lines[key] = line
        return mapping


_Loader.add_implicit_resolver("tag:yaml.org,2002:bool",
                              re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"),
                              list("-+0123456789"))
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)\.[0-9]*)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))
_Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"),
                              ["~", "n", "N", ""])


def split_front_matter(text: str) -> FrontMatter:
    """The front matter and body of ``text`` ("\\n" newlines, no BOM); never raises.

    Blank lines between the front matter and the body are dropped.
    """
    fence = text[:3]
    if fence not in _FENCES or text[3:].split("\n", 1)[0].strip():
        return FrontMatter(None, text)
    kind, closing = _FENCES[fence]
    start = text.find("\n") + 1
    if start == 0:
        return FrontMatter(None, text)
    end = closing.search(text, start, start + MAX_FRONT_MATTER_CHARS + 8)
    if end is None:
        if kind == "yaml":
            return FrontMatter(None, text)
        return FrontMatter(None, text, [ImportProblem(
            None, "has no closing +++ line; the text was imported as it is")])
    raw = text[start:end.start()]
    body = text[end.end():].lstrip("\n")
    if not raw.strip():
        return FrontMatter({}, body)
    result = _load_yaml(raw) if kind == "yaml" else _load_toml(raw)
    if isinstance(result, ImportProblem):
        return FrontMatter(None, text, [result])
    if kind == "yaml" and not isinstance(result[0], dict):
        return FrontMatter(None, text)  # e.g. "---\nwords\n---": a rule and a heading
    data, problems, text_dates = result
    return FrontMatter(data, body, problems, text_dates)


def _kept(reason: str) -> ImportProblem:
    return ImportProblem(None, f"{reason}; it was left at the top of the text")


def _yaml_problem(exc: yaml.YAMLError) -> ImportProblem:
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark else ""
    problem = " ".join(str(getattr(exc, "problem", None) or exc).split())  # one line
    return _kept(f"is not valid YAML{where}: {problem}")


def _load_yaml(raw: str) -> tuple[Any, list[ImportProblem], set[str]] | ImportProblem:
    try:
        loader = _Loader(raw)  # its reader already refuses control characters
    except yaml.YAMLError as exc:
        return _yaml_problem(exc)
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        return _yaml_problem(exc)
    except RecursionError:
        return _kept("is nested too deeply")
    except (ValueError, TypeError, OverflowError) as exc:  # explicit tags: !!timestamp 2019-02-30
        return _kept(f"is not valid YAML: {exc}")
    finally:
        loader.dispose()
    problems = [ImportProblem(key, f"appears twice (lines {first} and {second}): the value on "
                                   f"line {second} is used, the one on line {first} is kept "
                                   f'as "{key} (line {first})"')
                for key, first, second in loader.duplicates]
    return data, problems, set()


_INVALID_DATE = re.compile(r"^Invalid date or datetime \(at line (\d+), column (\d+)\)")
_TOML_VALUE_END = re.compile(r"[\s,\]}#]")


def _load_toml(raw: str) -> tuple[Any, list[ImportProblem], set[str]] | ImportProblem:
    """TOML; a value that looks like a date but is not on the calendar is read as its text."""
    text_dates: set[str] = set()
    for _ in range(_MAX_DATE_FIXES):
        try:
            return tomllib.loads(raw), [], text_dates
        except tomllib.TOMLDecodeError as exc:
            match = _INVALID_DATE.match(str(exc))
            fixed = _quote_value(raw, int(match.group(1)), int(match.group(2))) if match else None
            if fixed is None:
                return _kept(f"is not valid TOML: {exc}")
            raw, key = fixed
            text_dates.add(key)
        except RecursionError:
            return _kept("is nested too deeply")
    return _kept("is not valid TOML: too many impossible dates")


def _quote_value(raw: str, line: int, column: int) -> tuple[str, str] | None:
    lines = raw.split("\n")
    if not 1 <= line <= len(lines):
        return None
    text = lines[line - 1]
    start = column - 1
    end_match = _TOML_VALUE_END.search(text, start)
    end = end_match.start() if end_match else len(text)
    if end_match and text[end_match.start()] == " " and re.match(r" \d{2}:", text[end:]):
        more = _TOML_VALUE_END.search(text, end + 1)  # "2019-02-30 10:00:00": one value
        end = more.start() if more else len(text)
    value = text[start:end]
    if not value or '"' in value:
        return None
    lines[line - 1] = f'{text[:start]}"{value}"{text[end:]}'
    return "\n".join(lines), text.split("=", 1)[0].strip().strip("\"'")


def json_value(value: Any) -> Any:
    """A front matter value as JSON can hold it: dates as their ISO text, other odd types as text."""
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [json_value(v) for v in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)
