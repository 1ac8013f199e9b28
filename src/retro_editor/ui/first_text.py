"""The article's text shown before the rest of the app is loaded: the first stage of the start.

Launched with a project, the app reads just the article (no manifest model, no Markdown
parser, no panes), shows it in the window's editor and takes keys; the outline, side panel,
history, data safety and preview are then loaded a piece at a time (``MainWindow.complete``),
and the project is opened as usual, *adopting* the text document shown, with whatever the
writer typed meanwhile and its undo history (``ProjectController.open_path``).

Only the plain case takes this path: a project folder (or its ``.retro`` file) holding one
manifest that reads as JSON and an article that reads cleanly (and is short enough to read
at once: :data:`STAGED_MAX_BYTES`), no interrupted save to finish, no recovery snapshot to
offer, and the project's lock free. Any other case starts the usual way, where each has its
question or message; :func:`read_first_text` then returns None.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from retro_editor.core.article_file import (
    ARTICLE_NAME,
    MANIFEST_SUFFIX,
    content_digest,
    find_manifest,
    read_article,
    refuse_link_leaving,
)
from retro_editor.core.errors import ProjectError
from retro_editor.core.json_input import MAX_MANIFEST_BYTES, load_json
from retro_editor.core.lock import ProjectLock, acquire_lock
from retro_editor.core.project_state import read_state
from retro_editor.core.save_journal import JOURNAL_NAME
from retro_editor.core.storage import read_bytes_limited

#: a longer article is opened the usual way, read off the GUI thread with a progress dialog
#: (100,000 words take about 0.65 MB)
STAGED_MAX_BYTES = 4 * 1024 * 1024


@dataclass
class FirstText:
    """A project's article, shown before the project is opened."""

    folder: Path
    #: the text as read from disk (the project opened later must have the same)
    text: str
    #: its file's digest, as ``core.project.DiskState`` keeps it
    digest: str
    #: the document the editor shows and the opened project adopts
    document: QTextDocument
    #: the project's lock, taken before the first key could be typed
    lock: ProjectLock
    #: where the writer left the cursor and the view (the project's state file)
    cursor_position: int
    top_line: int
    #: what the window's title names: the article's title, else the folder's name
    name: str


def has_recovery_snapshots(recovery_root: Path) -> bool:
    """Whether a crash may have left something to offer (any entry counts)."""
    try:
        return any(Path(recovery_root).iterdir())
    except FileNotFoundError:
        return False
    except OSError:
        return True


def manifest_of(target: Path) -> Path | None:
    """The manifest of the project ``target`` names (its folder, or its ``.retro`` file)
    when its folder holds exactly that one manifest; else None."""
    folder = target if target.is_dir() else target.parent
    if folder is not target and target.suffix.lower() != MANIFEST_SUFFIX:
        return None
    try:
        manifest = find_manifest(folder)
    except ProjectError:
        return None
    return manifest if folder is target or manifest == target else None


def read_first_text(target: Path, recovery_root: Path, parent: QObject | None = None) -> FirstText | None:
    """The article of the project at ``target`` in a text document, its lock taken; None
    when the project is to be opened the usual way (see the module docstring)."""
    manifest = manifest_of(Path(target))
    if manifest is None:
        return None
    folder = manifest.parent
    if (folder / JOURNAL_NAME).exists() or has_recovery_snapshots(recovery_root):
        return None
    try:
        if (folder / ARTICLE_NAME).stat().st_size > STAGED_MAX_BYTES:
            return None
        refuse_link_leaving(folder, manifest)
        data = load_json(read_bytes_limited(manifest, MAX_MANIFEST_BYTES, "manifest"), manifest)
        article = read_article(folder, manifest.name)
        lock = acquire_lock(folder)
    except (ProjectError, OSError):
        return None
    if not isinstance(lock, ProjectLock):
        return None  # another instance holds it: the usual open asks what to do
    state = read_state(folder)
    document = QTextDocument(parent)
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    document.setPlainText(article.text)
    document.setModified(False)
    return FirstText(folder, article.text, content_digest(article.data), document, lock,
                     state.cursor_position, state.view.top_line,
                     unchecked_title(data) or folder.name)


def unchecked_title(manifest: object) -> str:
    """The article's title as the manifest's JSON holds it, not validated (the window's
    title until the project is open; the open's may differ only for an invalid manifest)."""
    article = manifest.get("article") if isinstance(manifest, dict) else None
    title = article.get("title") if isinstance(article, dict) else None
    return title if isinstance(title, str) else ""
