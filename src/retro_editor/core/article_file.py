"""The project's files that can be read without the manifest's model: their names, the
article's bytes decoded, the one manifest of a folder.

Kept apart from :mod:`retro_editor.core.project` (and its pydantic manifest model) so the app
can show an article's text before the rest of it is loaded (``ui.first_text``); opening a
project reads the article through :func:`read_article` too, so both see the same text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import describe_os_error, read_bytes_limited

ARTICLE_NAME = "article.md"
ASSETS_NAME = "assets"
MANIFEST_SUFFIX = ".retro"
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
MAX_IMPORT_BYTES = 20 * 1024 * 1024
BOM = b"\xef\xbb\xbf"


# --- text encoding ----------------------------------------------------------------------

def decode_text(data: bytes, path: Path | str) -> tuple[str, str, bool]:
    """``(text with "\\n" newlines, dominant newline on disk, had a BOM)``."""
    bom = data.startswith(BOM)
    start = len(BOM) if bom else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + start
        line = data.count(b"\n", 0, offset) + 1
        raise ProjectError(path, f"is not UTF-8 text (byte 0x{data[offset]:02x} at offset "
                                 f"{offset}, line {line})") from None
    crlf = text.count("\r\n")
    newline = "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, newline, bom


def encode_text(text: str, newline: str, bom: bool, path: Path | str) -> bytes:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count(newline, 0, exc.start) + 1
        raise ProjectError(path, f"line {line} holds a character that cannot be saved as "
                                 f"UTF-8 (U+{ord(text[exc.start]):04X})") from None
    return BOM + data if bom else data


# --- links leaving the project ------------------------------------------------------------

def link_leaving_project(folder: Path, path: Path) -> str | None:
    """Why ``path`` (a project file) may not be used: a symbolic link leading outside the
    project folder (reading would show, and saving would overwrite, a file elsewhere).
    None when it is a plain file, or a link staying inside the folder."""
    if not path.is_symlink():
        return None
    try:
        real = path.resolve()
        root = folder.resolve()
    except (OSError, RuntimeError) as exc:
        return f"is a symbolic link that cannot be followed: {exc}"
    if real.is_relative_to(root):
        return None
    return (f"is a symbolic link to {real}, outside the project folder; replace it with "
            "the file itself")


def refuse_link_leaving(folder: Path, path: Path) -> None:
    reason = link_leaving_project(folder, path)
    if reason:
        raise ProjectError(path, reason)


# --- finding the files ------------------------------------------------------------------------

def manifests_in(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir()
                      if p.suffix.lower() == MANIFEST_SUFFIX and p.is_file())
    except OSError as exc:
        raise ProjectError(folder, describe_os_error(exc)) from None


def find_manifest(folder: Path) -> Path:
    """The one `.retro` manifest in ``folder`` (``ProjectError`` if none or several)."""
    found = manifests_in(folder)
    if not found:
        odd = next((p for p in folder.glob(f"*{MANIFEST_SUFFIX}") if p.is_dir()), None)
        if odd is not None:
            raise ProjectError(odd, "is a folder, not a manifest file")
        raise ProjectError(folder, "holds no .retro manifest; this is not a Retro Editor project")
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise ProjectError(folder, f"holds {len(found)} .retro manifests ({names}); "
                                   "a project folder must hold exactly one")
    return found[0]


def content_digest(data: bytes) -> str:
    """What a file's content is compared by (SHA-256, hex): ``DiskState`` holds these."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class ArticleFile:
    """The article as read: its text (``"\\n"`` newlines), how it was written, its bytes."""

    text: str
    newline: str
    bom: bool
    data: bytes


def read_article(folder: Path, manifest_name: str) -> ArticleFile:
    """Reads and decodes ``article.md`` of the project ``folder`` (``ProjectError`` if it
    is missing, too large, not UTF-8, or a link leading out of the folder)."""
    article_path = folder / ARTICLE_NAME
    refuse_link_leaving(folder, article_path)
    if not article_path.exists():
        raise ProjectError(article_path, "is missing; the project's text lives in "
                                         f"{ARTICLE_NAME} beside {manifest_name}")
    data = read_bytes_limited(article_path, MAX_ARTICLE_BYTES, ARTICLE_NAME)
    text, newline, bom = decode_text(data, article_path)
    return ArticleFile(text, newline, bom, data)
