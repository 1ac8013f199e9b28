"""Copying images into a project's ``assets/`` folder under unique names."""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path, PurePath

from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import atomic_write, describe_os_error, read_bytes_limited

#: The image types a project can hold: the one list that import, the editor's drop and
#: paste, and the file choosers use. Each is shown by the preview's browser engine and
#: carried by the exports (TIFF and HEIC are not: browsers do not display them).
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp"})
MAX_ASSET_BYTES = 50 * 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def is_accepted_image(name: str | PurePath) -> bool:
    """Whether a file of this name is an image type a project can hold."""
    return PurePath(name).suffix.lower() in IMAGE_SUFFIXES


def is_refused_image(name: str | PurePath) -> bool:
    """An image by its name (``photo.tif``) of a type a project cannot hold: the editor
    answers it with :func:`image_type_problem` instead of taking it as text."""
    kind = mimetypes.guess_type(PurePath(name).name)[0] or ""
    return kind.startswith("image/") and not is_accepted_image(name)


def image_type_problem(path: str | PurePath) -> ProjectError | None:
    """Why a file cannot be added as an image (its type), or None when it can."""
    if is_accepted_image(path):
        return None
    return ProjectError(path, "is not an image this editor can add "
                              f"({', '.join(sorted(IMAGE_SUFFIXES))})")


def image_name_patterns() -> str:
    """The accepted types as file-chooser patterns: ``*.avif *.bmp …``."""
    return " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES))


def safe_asset_name(name: str) -> str:
    """A portable file name: ASCII letters, digits, dot, dash and underscore."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = _UNSAFE.sub("-", stem).strip("-._") or "image"
    suffix = _UNSAFE.sub("", suffix).lower()
    return f"{stem}.{suffix}" if suffix else stem


def unique_asset_path(assets_dir: Path, name: str) -> Path:
    candidate = assets_dir / name
    stem, suffix = candidate.stem, candidate.suffix
    n = 1
    while candidate.exists():
        n += 1
        candidate = assets_dir / f"{stem}-{n}{suffix}"
    return candidate


def add_asset(assets_dir: Path, name: str, data: bytes) -> str:
    """Writes ``data`` into ``assets_dir`` under a unique safe name; returns ``assets/NAME``."""
    if len(data) > MAX_ASSET_BYTES:
        raise ProjectError(name, f"is {len(data) / 1e6:.1f} MB; images up to "
                                 f"{MAX_ASSET_BYTES // 1_000_000} MB can be added")
    try:
        assets_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(assets_dir, f"cannot create the folder: {describe_os_error(exc)}") from exc
    target = unique_asset_path(assets_dir, safe_asset_name(name))
    atomic_write(target, data)
    return f"assets/{target.name}"


def import_image_file(assets_dir: Path, source: Path) -> str:
    """Copies an image file into ``assets_dir``; a file already inside it is linked as it is."""
    source = Path(source)
    problem = image_type_problem(source)
    if problem is not None:
        raise problem
    try:
        resolved = source.resolve()
        if resolved.parent == assets_dir.resolve():
            return f"assets/{resolved.name}"
        size = resolved.stat().st_size
    except OSError as exc:
        raise ProjectError(source, f"cannot read the image: {describe_os_error(exc)}") from exc
    if size > MAX_ASSET_BYTES:
        raise ProjectError(source, f"is {size / 1e6:.1f} MB; images up to "
                                   f"{MAX_ASSET_BYTES // 1_000_000} MB can be added")
    try:  # only a regular file is read: a FIFO named like an image would block forever
        data = read_bytes_limited(resolved, MAX_ASSET_BYTES, "the image")
    except ProjectError as exc:
        raise ProjectError(source, f"cannot read the image: {exc.reason}") from None
    return add_asset(assets_dir, source.name, data)
