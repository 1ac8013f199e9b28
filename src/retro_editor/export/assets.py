"""How exported pages refer to the project's images: embedded as data URIs or copied beside."""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project
from retro_editor.export.limits import refuse_big_image

_IMAGE_TYPES = {
    ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
    ".webp": "image/webp", ".svg": "image/svg+xml", ".avif": "image/avif", ".bmp": "image/bmp",
}


def is_local(url: str) -> bool:
    """True for a relative path into the project; False for remote, data and anchor URLs."""
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith("#") and bool(parts.path)


def local_file(project: Project, url: str) -> Path:
    """The project file a relative URL names; a clear error if it escapes or is missing."""
    relative = unquote(urlsplit(url).path)
    path = project.resolve(relative)
    if not path.is_file():
        if path.exists():  # a pipe or a device would block the read, a folder cannot be one
            raise ProjectError(path, "is not a regular file, so it cannot be an image")
        raise ProjectError(path, "image is missing (the article or its cover refers to it)")
    return path


def embeddable_file(project: Project, url: str) -> Path:
    """:func:`local_file`, refused when it is too big to hold in memory while exporting."""
    path = local_file(project, url)
    refuse_big_image(path)
    return path


def mime_type(path: Path) -> str:
    return _IMAGE_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or (
        "application/octet-stream")


class DataUriAssets:
    """asset_url callable: local images become data URIs (read once each)."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._cache: dict[str, str] = {}

    def __call__(self, url: str) -> str:
        if not is_local(url):
            return url
        if url not in self._cache:
            path = embeddable_file(self._project, url)
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            self._cache[url] = f"data:{mime_type(path)};base64,{data}"
        return self._cache[url]


class CopiedAssets:
    """asset_url callable: local images are to be copied into the folder ``prefix`` beside the
    page, keeping their path below the project, and are linked relatively. ``files`` maps
    each copy's path (``prefix/assets/x.png``) to its source, for the export to write."""

    def __init__(self, project: Project, prefix: str) -> None:
        self._project = project
        self._prefix = prefix.rstrip("/")
        self.copied: dict[str, str] = {}
        self.files: dict[str, Path] = {}

    def __call__(self, url: str) -> str:
        if not is_local(url):
            return url
        if url not in self.copied:
            source = local_file(self._project, url)
            relative = source.relative_to(self._project.folder.resolve()).as_posix()
            self.files[f"{self._prefix}/{relative}"] = source
            self.copied[url] = f"{quote(self._prefix)}/{quote(relative)}"
        return self.copied[url]


def referenced_files(project: Project, sources: list[str]) -> dict[str, Path]:
    """Project-relative path → file, for the local image URLs ``sources`` and the cover.

    A missing or escaping file is a ``ProjectError`` naming it, raised before an exporter
    writes anything.
    """
    sources = list(sources)
    if project.manifest.article.cover:
        sources.append(project.manifest.article.cover)
    root = project.folder.resolve()
    files: dict[str, Path] = {}
    for src in sources:
        path = local_file(project, src)
        files.setdefault(path.relative_to(root).as_posix(), path)
    return files


def project_relative(project: Project, url: str) -> str:
    """The project-relative path a local URL names (``assets/a%20b.png`` → ``assets/a b.png``)."""
    return local_file(project, url).relative_to(project.folder.resolve()).as_posix()
