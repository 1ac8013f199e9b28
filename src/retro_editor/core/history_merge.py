"""The three-way merge of two versions of a project from their common ancestor, keyed by
section anchor (git's line merge would conflict across neighbouring sections and merge silently
inside one).

A section, a manifest field or another file changed on one side only takes that side's
version; changed alike on both, it is taken once; changed differently on both sides (edited on
one and deleted on the other included), it is a conflict: both versions are kept in the
:class:`Conflict`, and the merge takes the side ``prefer`` names, or ours until one is chosen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from retro_editor.core.history_compare import article_text, manifest_data
from retro_editor.core.history_sections import article_parts

Side = Literal["ours", "theirs"]
#: the writer's settling of conflicts: (kind, name) → the value to take (a section's text, a
#: field's value, a file's bytes; None removes it)
Resolutions = dict[tuple[str, str], Any]
_ABSENT: Any = object()


@dataclass(frozen=True)
class Conflict:
    """One unit changed differently on both sides: ``kind`` is ``section`` (``name`` its
    anchor), ``field`` (a manifest path like ``article.title``) or ``file``; None = absent."""

    kind: str
    name: str
    ours: Any
    theirs: Any

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "ours": _jsonable(self.ours),
                "theirs": _jsonable(self.theirs)}


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


@dataclass
class MergeResult:
    files: dict[str, bytes]
    conflicts: list[Conflict] = field(default_factory=list)


def _pick(base: Any, ours: Any, theirs: Any, kind: str, name: str, prefer: Side,
          conflicts: list[Conflict], resolutions: Resolutions | None = None) -> Any:
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    conflicts.append(Conflict(kind, name, None if ours is _ABSENT else ours,
                              None if theirs is _ABSENT else theirs))
    if resolutions is not None and (kind, name) in resolutions:
        chosen = resolutions[(kind, name)]
        return _ABSENT if chosen is None else chosen
    return ours if prefer == "ours" else theirs


def _order(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """The merged order of anchors: the side that reordered wins (ours if both did); anchors
    only the other side has go after their predecessor there."""
    primary, other = (theirs, ours) if ours == [a for a in base if a in ours] \
        and theirs != [a for a in base if a in theirs] else (ours, theirs)
    merged = list(primary)
    for index, anchor in enumerate(other):
        if anchor in merged:
            continue
        before = next((a for a in reversed(other[:index]) if a in merged), None)
        merged.insert(merged.index(before) + 1 if before is not None else 0, anchor)
    for anchor in base:
        if anchor not in merged:
            merged.append(anchor)
    return merged


def merge_texts(base: str, ours: str, theirs: str, prefer: Side = "ours",
                conflicts: list[Conflict] | None = None,
                resolutions: Resolutions | None = None) -> str:
    """The merged article; conflicting sections are appended to ``conflicts``."""
    found = conflicts if conflicts is not None else []
    parts = [{p.anchor: p.text for p in article_parts(text)} for text in (base, ours, theirs)]
    order = _order(*(list(p) for p in parts))
    pieces = []
    for anchor in order:
        b, o, t = (p.get(anchor, _ABSENT) for p in parts)
        chosen = _pick(b, o, t, "section", anchor, prefer, found, resolutions)
        if chosen is not _ABSENT:
            pieces.append(chosen)
    for i, piece in enumerate(pieces[:-1]):
        if not piece.endswith("\n"):
            pieces[i] = piece + "\n"
    return "".join(pieces)


def _leaves(value: Any, path: tuple[str, ...], out: dict[tuple[str, ...], Any]) -> None:
    """Objects are split into their keys; lists and scalars are single fields."""
    if isinstance(value, dict):
        for key, item in value.items():
            _leaves(item, (*path, str(key)), out)
    else:
        out[path] = value


def merge_manifests(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any],
                    prefer: Side = "ours", conflicts: list[Conflict] | None = None,
                    resolutions: Resolutions | None = None) -> dict[str, Any]:
    """The manifests merged field by field (``article.title``, ``facts`` …)."""
    found = conflicts if conflicts is not None else []
    flat = []
    for manifest in (base, ours, theirs):
        out: dict[tuple[str, ...], Any] = {}
        _leaves(manifest, (), out)
        flat.append(out)
    merged: dict[str, Any] = {}
    paths = list(dict.fromkeys([*flat[1], *flat[2], *flat[0]]))
    for path in paths:
        b, o, t = (f.get(path, _ABSENT) for f in flat)
        chosen = _pick(b, o, t, "field", ".".join(path), prefer, found, resolutions)
        if chosen is _ABSENT:
            continue
        target = merged
        for key in path[:-1]:
            target = target.setdefault(key, {})
        target[path[-1]] = chosen
    return merged


def _manifest_name(*sides: dict[str, bytes]) -> str | None:
    for files in sides:
        name = next((n for n in files if n.endswith(".retro") and "/" not in n), None)
        if name is not None:
            return name
    return None


def merge_files(base: dict[str, bytes], ours: dict[str, bytes], theirs: dict[str, bytes],
                prefer: Side = "ours", resolutions: Resolutions | None = None) -> MergeResult:
    """Two versions' files merged from their ancestor's. The manifest keeps ours's name."""
    conflicts: list[Conflict] = []
    files: dict[str, bytes] = {}
    text = merge_texts(article_text(base), article_text(ours), article_text(theirs), prefer,
                       conflicts, resolutions)
    files["article.md"] = text.encode("utf-8")
    name = _manifest_name(ours, theirs, base)
    if name is not None:
        merged = merge_manifests(manifest_data(base), manifest_data(ours),
                                 manifest_data(theirs), prefer, conflicts,
                                 resolutions)
        files[name] = (json.dumps(merged, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    others = [n for n in dict.fromkeys([*ours, *theirs, *base])
              if n != "article.md" and not (n.endswith(".retro") and "/" not in n)]
    for other in others:
        chosen = _pick(base.get(other, _ABSENT), ours.get(other, _ABSENT),
                       theirs.get(other, _ABSENT), "file", other, prefer, conflicts,
                       resolutions)
        if chosen is not _ABSENT:
            files[other] = chosen
    return MergeResult(files, conflicts)
