"""Pasted and dropped images: find them in mime data, import them, write the Markdown.

The importer is the window's callable ``fn(source: Path | QImage) -> str``: it copies the
image into the project (through ``core``) and returns the relative path to link, or raises
an exception whose message says why it could not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage, QTextCursor

ImageSource = Path | QImage
ImageImporter = Callable[[ImageSource], str]

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp",
                            ".avif", ".tif", ".tiff"})


def image_files(mime: QMimeData) -> list[Path]:
    """Local image files among the mime data's URLs (dropped from a file manager)."""
    if not mime.hasUrls():
        return []
    files = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMAGE_SUFFIXES:
                files.append(path)
    return files


def image_sources(mime: QMimeData) -> list[ImageSource]:
    """What an importer should get for this mime data: files first, else a bitmap."""
    files = image_files(mime)
    if files:
        return list(files)
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return [image]
    return []


def has_images(mime: QMimeData) -> bool:
    return bool(image_files(mime)) or mime.hasImage()


def _escape_alt(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def markdown_image(relative: str, alt: str) -> str:
    """``![alt](relative)``; the destination goes in ``<>`` when it has spaces or parens."""
    destination = relative.replace("\\", "/")
    if any(ch in destination for ch in " ()<>"):
        destination = "<" + destination.replace("<", "%3C").replace(">", "%3E") + ">"
    return f"![{_escape_alt(alt)}]({destination})"


def insert_images(cursor: QTextCursor, sources: list[ImageSource],
                  importer: ImageImporter) -> list[str]:
    """Imports each source and inserts its links at the cursor as one undo step.

    Returns the error messages of the sources that could not be imported.
    """
    links, errors = [], []
    for source in sources:
        try:
            relative = importer(source)
        except Exception as exc:  # the importer reports any failure by raising
            errors.append(str(exc) or type(exc).__name__)
            continue
        if isinstance(source, Path):
            alt = source.stem
        else:
            alt = PurePosixPath(relative.replace("\\", "/")).stem
        links.append(markdown_image(relative, alt))
    if links:
        cursor.beginEditBlock()
        cursor.insertText("\n".join(links))
        cursor.endEditBlock()
    return errors
