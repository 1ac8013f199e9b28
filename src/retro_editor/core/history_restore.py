"""Bringing back part of an older version: one section, one detail, or the whole article.

Each function works out the new text or manifest; it writes nothing. The window applies the
result as one undoable edit of the open document, the command line saves it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from retro_editor.core.errors import ProjectError
from retro_editor.core.history_compare import article_text
from retro_editor.core.history_sections import OPENING, article_parts, section_span
from retro_editor.core.manifest import Manifest, parse_manifest

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Replacement:
    """Replace ``current[start:end]`` with ``text``: the one edit a restore makes."""

    start: int
    end: int
    text: str

    def applied_to(self, current: str) -> str:
        return current[:self.start] + self.text + current[self.end:]


def _section_text(old_text: str, anchor: str) -> str:
    span = section_span(old_text, anchor)
    if span is None:
        what = "text before the first heading" if anchor == OPENING else f"section #{anchor}"
        raise ProjectError("article.md", f"this version has no {what}", anchor)
    return old_text[span[0]:span[1]]


def _insertion_point(current: str, old_text: str, anchor: str) -> int:
    """Where a section the current text lacks goes: after the nearest section before it in
    the older version that the current text still has (else at the start or the end)."""
    order = [part.anchor for part in article_parts(old_text)]
    for earlier in reversed(order[:order.index(anchor)] if anchor in order else order):
        span = section_span(current, earlier)
        if span is not None:
            return span[1]
    return 0 if anchor == OPENING else len(current)


def section_replacement(current: str, old_text: str, anchor: str) -> Replacement:
    """The edit that puts the older version's section (with its subsections) in place of the
    current one, or inserts it where it was when the current text has none. The rest of the
    current text is untouched."""
    text = _section_text(old_text, anchor)
    span = section_span(current, anchor)
    start, end = span if span is not None else (_insertion_point(current, old_text, anchor),) * 2
    if start > 0 and not current[:start].endswith("\n"):
        text = "\n" + text
    if end < len(current) and not text.endswith("\n"):
        text += "\n"
    if span is None and end < len(current) and not text.endswith("\n\n"):
        text += "\n"  # a blank line before the heading that follows
    return Replacement(start, end, text)


def whole_replacement(current: str, files: dict[str, bytes]) -> Replacement:
    """The edit that makes the current text the version's article."""
    return Replacement(0, len(current), article_text(files))


def _steps(path: str) -> list[str | int]:
    steps: list[str | int] = []
    for name, index in _STEP.findall(path):
        steps.append(int(index) if index else name)
    if not steps:
        raise ProjectError("manifest", "is not a detail's name", path)
    return steps


def _get(data: Any, steps: list[str | int]) -> Any:
    for step in steps:
        if isinstance(step, int):
            data = data[step] if isinstance(data, list) and step < len(data) else None
        else:
            data = data.get(step) if isinstance(data, dict) else None
    return data


def _set(data: dict[str, Any], steps: list[str | int], value: Any) -> None:
    target: Any = data
    for step, following in zip(steps, steps[1:], strict=False):
        child = _get(target, [step])
        if child is None:
            child = [] if isinstance(following, int) else {}
            if isinstance(step, int):
                while len(target) <= step:
                    target.append(None)
            target[step] = child
        target = child
    last = steps[-1]
    if value is None:
        if isinstance(last, int) and isinstance(target, list) and last < len(target):
            target.pop(last)
        elif isinstance(target, dict):
            target.pop(last, None)
        return
    if isinstance(last, int):
        while len(target) <= last:
            target.append({})
    target[last] = value


def restored_manifest(current: Manifest, files: dict[str, bytes], path: str) -> Manifest:
    """The current manifest with one detail (``article.title``, ``facts[2].value`` …) as it
    was in the version; a detail the version lacked is removed. The result is checked like
    any manifest (a value that is no longer valid is refused, nothing half-done)."""
    old = version_manifest_data(files)
    data = current.model_dump(mode="json", exclude_none=True)
    steps = _steps(path)
    _set(data, steps, _get(old, steps))
    try:
        return parse_manifest(json.dumps(data).encode(), "manifest")
    except ProjectError as exc:
        raise ProjectError("manifest", f"cannot be restored: {exc}", path) from None


def version_manifest_data(files: dict[str, bytes]) -> dict[str, Any]:
    name = next((n for n in files if n.endswith(".retro") and "/" not in n), None)
    if name is None:
        raise ProjectError("manifest", "this version holds no manifest")
    data = json.loads(files[name])
    return data if isinstance(data, dict) else {}


def version_manifest(files: dict[str, bytes]) -> Manifest:
    """The version's whole manifest, read as opening a project reads one."""
    name = next((n for n in files if n.endswith(".retro") and "/" not in n), None)
    if name is None:
        raise ProjectError("manifest", "this version holds no manifest")
    return parse_manifest(files[name], name)
