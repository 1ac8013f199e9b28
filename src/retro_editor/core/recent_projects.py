"""What the start screen shows of a recent project: its title, words and last edit.

Read without opening the project (no lock, no repair of an interrupted save, nothing written):
the manifest's title and the article's words, each file read with a size bound. A project that
cannot be read is still listed, with the reason, so the writer can remove it from the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from retro_editor.core.article_file import ARTICLE_NAME, MAX_ARTICLE_BYTES, decode_text, find_manifest
from retro_editor.core.errors import ProjectError
from retro_editor.core.json_input import MAX_MANIFEST_BYTES, load_json
from retro_editor.core.storage import read_bytes_limited
from retro_editor.core.textstats import count_words


@dataclass(frozen=True)
class ProjectSummary:
    folder: Path
    #: the article's title, else the folder's name
    title: str
    words: int | None = None
    #: when the article or the manifest last changed (seconds since the epoch)
    edited: float | None = None
    #: why the project cannot be read ("" when it can)
    problem: str = ""


def summarize(folder: Path | str) -> ProjectSummary:
    """The summary of the project in ``folder``; never raises for a missing or broken one."""
    folder = Path(folder)
    try:
        manifest = find_manifest(folder)
        data = load_json(read_bytes_limited(manifest, MAX_MANIFEST_BYTES, "manifest"), manifest)
        article = folder / ARTICLE_NAME
        text, _newline, _bom = decode_text(
            read_bytes_limited(article, MAX_ARTICLE_BYTES, "article"), article)
        edited = max(manifest.stat().st_mtime, article.stat().st_mtime)
    except ProjectError as exc:
        return ProjectSummary(folder, folder.name, problem=exc.reason)
    except OSError as exc:
        return ProjectSummary(folder, folder.name, problem=exc.strerror or str(exc))
    meta = data.get("article") if isinstance(data, dict) else None
    title = meta.get("title") if isinstance(meta, dict) else None
    title = title.strip() if isinstance(title, str) else ""
    return ProjectSummary(folder, title or folder.name, count_words(text), edited)
