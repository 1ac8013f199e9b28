"""The one-line summary a version carries ("Edited: The Crash, Aftermath; added: Legacy").

It must cost a few milliseconds on a 100,000-word article, so it splits the text at ATX
heading lines with one regular expression instead of the full outline scan: a ``#`` line inside
fenced code may count as a heading here. The summary only describes a version; comparing and
restoring use the real outline (:mod:`.history_compare`).
"""

from __future__ import annotations

import difflib
import re

#: a heading line's start; led by the newline, which the regex engine finds fast
_HEADING = re.compile(r"\n {0,3}#{1,6}[ \t]")
MAX_SUMMARY_CHARS = 120
#: (heading title, text from that heading to the next)
Chunks = list[tuple[str, str]]


def _title(heading: str) -> str:
    return heading.strip().lstrip("#").strip().rstrip("#").strip()


def split_chunks(text: str) -> Chunks:
    """(heading title, chunk text) from each heading to the next; the part before the first
    heading is titled ''."""
    starts = [m.start() + 1 for m in _HEADING.finditer(text)]
    if _HEADING.match("\n" + text[:12]):
        starts.insert(0, 0)
    chunks: Chunks = []
    previous, title = 0, ""
    for start in starts:
        end = text.find("\n", start)
        next_title = _title(text[start:end if end >= 0 else len(text)])
        if start > previous or title:
            chunks.append((title, text[previous:start]))
        previous, title = start, next_title
    chunks.append((title, text[previous:]))
    return chunks


def _titles(titles: list[str]) -> list[str]:
    return [title or "the opening" for title in titles]


def summarise_change(old: Chunks | None, new: Chunks, metadata_changed: bool) -> str:
    """What changed between two article texts (as :func:`split_chunks` gives them)."""
    if old is None:
        return "First version"
    edited: list[str] = []
    added: list[str] = []
    removed: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        old_titles = [t for t, _ in old[i1:i2]]
        new_titles = [t for t, _ in new[j1:j2]]
        if op == "replace" and len(old_titles) == len(new_titles):
            edited += new_titles  # edited in place, perhaps renamed
            continue
        edited += [t for t in new_titles if t in old_titles]
        added += [t for t in new_titles if t not in old_titles]
        removed += [t for t in old_titles if t not in new_titles]
    parts = []
    for verb, titles in (("Edited", edited), ("added", added), ("removed", removed)):
        if titles:
            parts.append(f"{verb}: {', '.join(dict.fromkeys(_titles(titles)))}")
    if metadata_changed:
        parts.append("details edited")
    summary = "; ".join(parts) or "Saved"
    summary = summary[0].upper() + summary[1:]
    if len(summary) > MAX_SUMMARY_CHARS:
        summary = summary[:MAX_SUMMARY_CHARS - 1].rstrip(" ,;") + "…"
    return summary
