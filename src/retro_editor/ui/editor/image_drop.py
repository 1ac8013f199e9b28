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

from retro_editor.core.assets import image_type_problem, is_accepted_image, is_refused_image

ImageSource = Path | QImage
ImageImporter = Callable[[ImageSource], str]


def _local_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def image_files(mime: QMimeData) -> list[Path]:
    """Local image files of the types core accepts among the mime data's URLs."""
    return [path for path in _local_files(mime) if is_accepted_image(path)]


def refused_images(mime: QMimeData) -> list[str]:
    """Core's message for each dropped image of a type a project cannot hold (``.tif``)."""
    return [str(image_type_problem(path)) for path in _local_files(mime)
            if is_refused_image(path)]


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
    """Images to import, or refused ones to explain: the editor takes the drop either way."""
    return bool(image_files(mime)) or mime.hasImage() or bool(refused_images(mime))


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
