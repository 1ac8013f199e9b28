"""The images of an imported Markdown file go into the new project's ``assets/``.

A Markdown export with ``images=copy`` puts its images beside the ``.md`` file; importing the
file makes a project in a new sibling folder, where the same relative links would find
nothing. :func:`gather_images` finds each local image the text (and the cover) refers to,
relative to the Markdown file's folder, checks it by the rules of :mod:`.assets` (an accepted
type, a regular file, at most ``MAX_ASSET_BYTES``), and chooses its place in ``assets/``:
``assets/NAME`` stays as written when ``NAME`` is a safe name; any other link is pointed at a
new safe, unique name. The files are copied when the project is first saved
(:func:`copy_pending_assets`); until then the project reads them where they are. An image that
cannot be taken is named in an import problem and its link is kept as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from retro_editor.core.assets import MAX_ASSET_BYTES, image_type_problem, safe_asset_name
from retro_editor.core.errors import ProjectError
from retro_editor.core.frontmatter import ImportProblem
from retro_editor.core.image_refs import code_lines, image_references, parse_markdown, rewrite_destinations
from retro_editor.core.storage import atomic_write, describe_os_error, read_bytes_limited

ASSETS = "assets"


@dataclass
class GatheredImages:
    text: str
    cover: str | None
    #: project-relative path (``assets/NAME``) → the file it is copied from on the first save
    pending: dict[str, Path] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)


def _local_path(src: str) -> str | None:
    try:
        parts = urlsplit(src)
    except ValueError:
        return None
    if parts.scheme or parts.netloc or src.startswith(("#", "/")) or not parts.path:
        return None
    return unquote(parts.path)


def _source_problem(source: Path) -> str | None:
    type_problem = image_type_problem(source.name)
    if type_problem is not None:
        return f"is not an image a project can hold ({type_problem.reason})"
    try:
        if not source.is_file():
            return "was not found beside the Markdown file"
        size = source.stat().st_size
    except OSError as exc:
        return f"cannot be read: {describe_os_error(exc)}"
    if size > MAX_ASSET_BYTES:
        return f"is {size / 1e6:.1f} MB; images up to {MAX_ASSET_BYTES // 1_000_000} MB can be added"
    return None


def gather_images(text: str, folder: Path, cover: str | None) -> GatheredImages:
    """The text and cover with their local images placed in ``assets/`` (see the module)."""
    result = GatheredImages(text, cover)
    tokens = parse_markdown(text)
    sources = [src for _, src in image_references(tokens)]
    new_urls: dict[str, str] = {}
    claimed: dict[str, Path] = {}
    for src in [*sources, *([cover] if cover else [])]:
        relative = _local_path(src)
        if relative is None or src in new_urls:
            continue
        source = (folder / relative).resolve()
        problem = _source_problem(source)
        if problem:
            result.problems.append(ImportProblem(None, f"image {src} {problem}; its link is kept"))
            continue
        target = _place(PurePosixPath(relative), source, claimed)
        claimed[target] = source
        new_urls[src] = target
    result.pending = {target: source for target, source in claimed.items()}
    changed = {src: url for src, url in new_urls.items() if url != src}
    result.text = rewrite_destinations(text, changed, code_lines(tokens))
    if cover and cover in changed:
        result.cover = changed[cover]
    return result


def _place(relative: PurePosixPath, source: Path, claimed: dict[str, Path]) -> str:
    """``assets/NAME`` for this image: its own path when that is already one and free."""
    as_written = relative.as_posix()
    if (len(relative.parts) == 2 and relative.parts[0] == ASSETS
            and safe_asset_name(relative.name) == relative.name
            and claimed.get(as_written, source) == source):
        return as_written
    name = safe_asset_name(relative.name)
    stem, dot, suffix = name.rpartition(".")
    candidate, n = f"{ASSETS}/{name}", 1
    while candidate in claimed and claimed[candidate] != source:
        n += 1
        candidate = f"{ASSETS}/{stem}-{n}{dot}{suffix}" if dot else f"{ASSETS}/{name}-{n}"
    return candidate


def copy_pending_assets(folder: Path, pending: dict[str, Path]) -> None:
    """Copies the imported images into the project; a file already there is left alone."""
    for relative, source in pending.items():
        target = folder / relative
        if target.exists():
            continue
        data = read_bytes_limited(source, MAX_ASSET_BYTES, "image")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectError(target.parent,
                               f"cannot create the folder: {describe_os_error(exc)}") from None
        atomic_write(target, data)
