"""Comparing two versions of a project: by section, word by word inside changed paragraphs,
and the manifest's details field by field.

Sections are matched by their heading's anchor. A section present in both whose place among
the others changed is *moved* (and may be changed as well); one only in the newer version is
*added*, one only in the older *deleted*. Inside a changed section paragraphs (split at blank
lines) are matched, and a paragraph that changed is compared word by word.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from retro_editor.core.article_file import decode_text
from retro_editor.core.errors import ProjectError
from retro_editor.core.history_sections import Part, article_parts

if TYPE_CHECKING:
    from retro_editor.core.history_store import HistoryStore

_TOKENS = re.compile(r"\s+|[^\s]+")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
#: manifest keys that are not the writer's details
_NOT_DETAILS = frozenset({"format"})


class SectionStatus(StrEnum):
    CHANGED = "changed"
    ADDED = "added"
    DELETED = "deleted"
    MOVED = "moved"


@dataclass(frozen=True)
class WordRun:
    """A run of the compared text: ``equal``, ``insert`` (only in the newer) or ``delete``."""

    op: str
    text: str


@dataclass(frozen=True)
class ParagraphChange:
    old: str
    new: str
    runs: tuple[WordRun, ...]

    @property
    def kind(self) -> str:
        return "added" if not self.old else "deleted" if not self.new else "changed"


@dataclass(frozen=True)
class SectionChange:
    anchor: str
    title: str
    status: SectionStatus
    old_text: str
    new_text: str
    #: moved and also edited
    edited: bool = False
    paragraphs: tuple[ParagraphChange, ...] = ()


@dataclass(frozen=True)
class FieldChange:
    """One detail of the manifest: ``article.title``, ``facts[2].value`` …; None = absent."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Comparison:
    sections: tuple[SectionChange, ...]
    fields: tuple[FieldChange, ...]
    files: tuple[str, ...] = field(default=())  # other files (assets) added, removed or changed

    @property
    def unchanged(self) -> bool:
        return not (self.sections or self.fields or self.files)


def word_runs(old: str, new: str) -> tuple[WordRun, ...]:
    """``old`` → ``new`` word by word (spaces kept, so the runs join back to either text)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    runs: list[WordRun] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(WordRun("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(WordRun("delete", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(WordRun("insert", "".join(b[j1:j2])))
    return tuple(runs)


def paragraph_changes(old: str, new: str) -> tuple[ParagraphChange, ...]:
    """The paragraphs that differ between two texts of one section."""
    a, b = _PARAGRAPHS.split(old), _PARAGRAPHS.split(new)
    changes: list[ParagraphChange] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):
            before = olds[k] if k < len(olds) else ""
            after = news[k] if k < len(news) else ""
            if before.strip() or after.strip():
                changes.append(ParagraphChange(before, after, word_runs(before, after)))
    return tuple(changes)


def _moved(old: list[str], new: list[str]) -> set[str]:
    """Anchors in both whose order relative to the others changed."""
    common = set(old) & set(new)
    a = [x for x in old if x in common]
    b = [x for x in new if x in common]
    kept: set[str] = set()
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        kept.update(a[block.a:block.a + block.size])
    return common - kept


def compare_texts(old_text: str, new_text: str) -> tuple[SectionChange, ...]:
    """The sections that differ, in the newer text's order, deleted ones where they were."""
    old_parts = {p.anchor: p for p in article_parts(old_text)}
    new_list = article_parts(new_text)
    new_parts = {p.anchor: p for p in new_list}
    moved = _moved(list(old_parts), [p.anchor for p in new_list])
    changes: list[SectionChange] = []
    for part in new_list:
        before = old_parts.get(part.anchor)
        if before is None:
            changes.append(SectionChange(part.anchor, part.title, SectionStatus.ADDED, "",
                                         part.text, paragraphs=paragraph_changes("", part.text)))
            continue
        edited = before.text != part.text
        if part.anchor in moved:
            changes.append(SectionChange(part.anchor, part.title, SectionStatus.MOVED, before.text,
                                         part.text, edited,
                                         paragraph_changes(before.text, part.text) if edited else ()))
        elif edited:
            changes.append(SectionChange(part.anchor, part.title, SectionStatus.CHANGED,
                                         before.text, part.text, True,
                                         paragraph_changes(before.text, part.text)))
    for index, (anchor, part) in enumerate(old_parts.items()):
        if anchor not in new_parts:
            changes.insert(_deleted_place(changes, list(old_parts), index),
                           _deleted(part))
    return tuple(changes)


def _deleted(part: Part) -> SectionChange:
    return SectionChange(part.anchor, part.title, SectionStatus.DELETED, part.text, "",
                         paragraphs=paragraph_changes(part.text, ""))


def _deleted_place(changes: list[SectionChange], old_order: list[str], index: int) -> int:
    """Where a deleted section goes in the list: after the changes of the sections that came
    before it in the older version."""
    earlier = set(old_order[:index])
    place = 0
    for i, change in enumerate(changes):
        if change.anchor in earlier:
            place = i + 1
    return place


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    """Leaves by path; an empty list or object is no detail (as if absent)."""
    if value == [] or value == {}:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(value, list) and prefix:
        for index, item in enumerate(value):
            _flatten(item, f"{prefix}[{index}]", out)
    elif prefix:
        out[prefix] = value


def manifest_fields(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest's details by path (``article.title``, ``facts[0].label`` …)."""
    out: dict[str, Any] = {}
    _flatten({k: v for k, v in manifest.items() if k not in _NOT_DETAILS}, "", out)
    return out


def compare_manifests(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    a, b = manifest_fields(old), manifest_fields(new)
    names = list(a) + [name for name in b if name not in a]
    return tuple(FieldChange(name, a.get(name), b.get(name)) for name in names
                 if a.get(name) != b.get(name))


def manifest_data(files: dict[str, bytes]) -> dict[str, Any]:
    """The manifest among a version's files, as JSON data ({} when there is none or it is not
    an object)."""
    name = next((n for n in files if n.endswith(".retro") and "/" not in n), None)
    if name is None:
        return {}
    try:
        data = json.loads(files[name])
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def article_text(files: dict[str, bytes]) -> str:
    """The article of a version's files, with ``\\n`` line ends ('' when it has none)."""
    data = files.get("article.md")
    if data is None:
        return ""
    try:
        return decode_text(data, "article.md")[0]
    except ProjectError:
        return data.decode("utf-8", "replace")


def compare_files(old: dict[str, bytes], new: dict[str, bytes]) -> Comparison:
    """Two versions' files (as ``HistoryStore.files_at`` gives them) compared."""
    others = sorted(name for name in set(old) | set(new)
                    if name != "article.md" and not name.endswith(".retro")
                    and old.get(name) != new.get(name))
    return Comparison(compare_texts(article_text(old), article_text(new)),
                      compare_manifests(manifest_data(old), manifest_data(new)), tuple(others))


def compare_versions(store: HistoryStore, old_id: str, new_id: str | None = None) -> Comparison:
    """Two recorded versions compared; ``new_id`` None: the project's files on disk now."""
    new = store.current_files() if new_id is None else store.files_at(new_id)
    return compare_files(store.files_at(old_id), new)
