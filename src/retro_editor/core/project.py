"""The project on disk: a folder with one ``.retro`` manifest, ``article.md`` and ``assets/``.

The text is held with "\\n" newlines and no BOM; the newline style and BOM found on disk
are remembered and restored on save, so an untouched CRLF or BOM file saves byte-identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from retro_editor.core.article_file import (
    ARTICLE_NAME,
    ASSETS_NAME,
    BOM,
    MANIFEST_SUFFIX,
    MARKDOWN_SUFFIXES,
    MAX_ARTICLE_BYTES,
    MAX_IMPORT_BYTES,
    content_digest,
    decode_text,
    encode_text,
    find_manifest,
    manifests_in,
    read_article,
    refuse_link_leaving,
)
from retro_editor.core.errors import ProjectError
from retro_editor.core.frontmatter import ImportProblem, split_front_matter
from retro_editor.core.frontmatter_map import manifest_from_front_matter
from retro_editor.core.import_images import copy_pending_assets, gather_images
from retro_editor.core.json_input import MAX_MANIFEST_BYTES
from retro_editor.core.manifest import (
    FORMAT_VERSION,
    ArticleMeta,
    ExportSettings,
    Manifest,
    NewerFormatError,
    check_relative_path,
    dump_manifest,
    peek_format_version,
    read_manifest,
)
from retro_editor.core.save_journal import finish_interrupted_save, remove_journal, write_journal
from retro_editor.core.slug import make_slug
from retro_editor.core.storage import (
    PreparedWrite,
    clean_stale_temp_files,
    describe_os_error,
    prepare_write,
    read_bytes_limited,
    same_content,
    sync_folder,
)


@dataclass(frozen=True)
class DiskState:
    """SHA-256 of ``article.md`` and the manifest as last read or written (None: no file)."""

    article: str | None
    manifest: str | None


@dataclass
class Project:
    folder: Path
    manifest_name: str
    manifest: Manifest
    text: str
    newline: str = "\n"
    bom: bool = False
    saved: bool = True
    #: what this program last read from or wrote to disk; None when unknown (nothing checked)
    disk_state: DiskState | None = field(default=None, compare=False, repr=False)
    #: what opening had to repair (an interrupted save finished), for the writer to be told
    open_notes: list[str] = field(default_factory=list, compare=False, repr=False)
    #: what did not fit when this project was imported from a Markdown file (all of it kept)
    import_problems: list[ImportProblem] = field(default_factory=list, compare=False, repr=False)
    #: the manifest format version on disk (older versions are upgraded by the next save)
    format_version_on_disk: int = field(default=FORMAT_VERSION, compare=False)
    #: images of an imported Markdown file, copied into ``assets/`` by the first save:
    #: project-relative path → the file beside the Markdown file (``core.import_images``)
    pending_assets: dict[str, Path] = field(default_factory=dict, compare=False, repr=False)

    @property
    def manifest_path(self) -> Path:
        return self.folder / self.manifest_name

    @property
    def article_path(self) -> Path:
        return self.folder / ARTICLE_NAME

    @property
    def assets_dir(self) -> Path:
        return self.folder / ASSETS_NAME

    def resolve(self, relative: str) -> Path:
        """The real path of a project-relative path; ``ProjectError`` if it leaves the folder.

        Symbolic links are followed, so a link inside the project pointing outside is refused.
        The error names the folder and, as its field, the path given.
        """
        shown = relative if isinstance(relative, str) else repr(relative)
        try:
            check_relative_path(relative)
        except (ValueError, TypeError) as exc:
            raise ProjectError(self.folder, str(exc), shown) from None
        pending = self.pending_assets.get(relative)
        if pending is not None and not (self.folder / relative).exists():
            return pending  # an imported image, not copied yet (checked by the import)
        root = self.folder.resolve()
        try:
            real = (root / relative).resolve()
        except (OSError, RuntimeError) as exc:
            raise ProjectError(self.folder, f"cannot be followed: {exc}", shown) from None
        if not real.is_relative_to(root):
            raise ProjectError(self.folder, "points outside the project folder", shown)
        return real


# --- opening ----------------------------------------------------------------------------

def open_project(path: Path | str) -> Project:
    """Opens a project folder, its ``.retro`` file, or imports a Markdown file."""
    path = Path(path)
    if path.is_dir():
        manifest_path = find_manifest(path)
    elif path.suffix.lower() in MARKDOWN_SUFFIXES:
        return import_markdown(path)
    elif path.suffix.lower() == MANIFEST_SUFFIX:
        if not path.exists():
            raise ProjectError(path, "not found")
        find_manifest(path.parent)  # two manifests in one folder: refuse, whichever is named
        manifest_path = path
    elif not path.exists():
        raise ProjectError(path, "not found")
    else:
        raise ProjectError(path, "is not a Retro Editor project (open a project folder, "
                                 "a .retro file or a Markdown file)")
    folder = manifest_path.parent
    notes = finish_interrupted_save(folder)
    clean_stale_temp_files(folder)
    refuse_link_leaving(folder, manifest_path)
    data = read_bytes_limited(manifest_path, MAX_MANIFEST_BYTES, "manifest")
    manifest, version = read_manifest(data, manifest_path)
    article = read_article(folder, manifest_path.name)
    return Project(folder=folder, manifest_name=manifest_path.name, manifest=manifest,
                   text=article.text, newline=article.newline, bom=article.bom, saved=True,
                   disk_state=DiskState(content_digest(article.data), content_digest(data)),
                   format_version_on_disk=version, open_notes=notes)


def _unique_folder(base: Path) -> Path:
    candidate, n = base, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = base.with_name(f"{base.name} {n}")
    return candidate


_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


def import_markdown(md_path: Path | str) -> Project:
    """A new, unsaved project from a Markdown file; its front matter becomes the metadata.

    Nothing of the file is lost and the text is always imported: what does not fit is kept
    (as drafts, in the manifest's ``front_matter``, or left in the text) and listed in
    ``Project.import_problems``. Only a file that cannot be read as UTF-8 text is refused
    (``ProjectError``). The project folder is a sibling of the file named after it (made
    unique); nothing is written until the project is saved. The local images the text and
    the cover refer to are taken into the project's ``assets/`` (``core.import_images``).
    """
    md_path = Path(md_path)
    if md_path.is_dir():
        raise ProjectError(md_path, "is a folder, not a Markdown file or a project folder")
    data = read_bytes_limited(md_path, MAX_IMPORT_BYTES, "Markdown file")
    text, newline, bom = decode_text(data, md_path)
    front = split_front_matter(text)
    manifest, problems = manifest_from_front_matter(front.data or {}, front.text_dates)
    article = manifest.article
    keys = {str(key).lower() for key in front.data or {}}
    if "title" not in keys:
        heading = _H1.search(front.body)
        article = article.model_copy(update={
            "title": heading.group(1).strip() if heading else md_path.stem})
    if "slug" not in keys:  # a slug written empty stays empty, as typed
        article = article.model_copy(update={"slug": make_slug(article.title, fallback="")})
    images = gather_images(front.body, md_path.parent, article.cover)
    manifest.article = article.model_copy(update={"cover": images.cover})
    name = article.slug or make_slug(md_path.stem)
    folder = _unique_folder(md_path.parent / (md_path.stem or "article"))
    found = front.problems + problems + images.problems
    return Project(folder=folder, manifest_name=f"{name}{MANIFEST_SUFFIX}", manifest=manifest,
                   text=images.text, newline=newline, bom=bom, saved=False,
                   disk_state=DiskState(None, None), pending_assets=images.pending,
                   import_problems=[replace(p, path=md_path) for p in found])


# --- saving -----------------------------------------------------------------------------

def _check_manifest_name(name: str, folder: Path) -> None:
    if (not name.lower().endswith(MANIFEST_SUFFIX) or "/" in name or "\\" in name
            or name in (MANIFEST_SUFFIX, "..") or name.startswith(".")):
        raise ProjectError(folder / name,
                           "is not a valid manifest file name (like my-article.retro)")


def _refuse_newer_on_disk(manifest_path: Path) -> None:
    """A newer Retro Editor's manifest is never overwritten, even if it appeared since opening."""
    try:
        data = read_bytes_limited(manifest_path, MAX_MANIFEST_BYTES, "manifest")
    except ProjectError:
        return
    version = peek_format_version(data)
    if version is not None and version > FORMAT_VERSION:
        raise NewerFormatError(manifest_path, version)


def _replace_all(folder: Path, files: list[tuple[Path, bytes]]) -> list[str]:
    """Replaces every file or none: all are written to temporary files first (a read-only
    file, a full disk is found before anything is replaced), then renamed; several renames
    are journalled so a crash between them is finished on the next open (``save_journal``).
    Returns notes about owners or groups that could not be kept."""
    if not files:
        return []
    prepared: list[PreparedWrite] = []
    try:
        for path, data in files:
            prepared.append(prepare_write(path, data))
    except ProjectError:
        for ready in prepared:
            ready.discard()
        raise
    journal = None
    try:
        if len(prepared) > 1:
            journal = write_journal(folder, prepared, [content_digest(data) for _, data in files])
        for ready in prepared:
            ready.commit()
    except ProjectError as exc:
        done = [ready.path.name for ready in prepared if ready.temp is None]
        for ready in prepared:
            ready.discard()
        if journal is not None:
            remove_journal(journal)
        if done:
            raise ProjectError(exc.path, f"{exc.reason}; only {', '.join(done)} was saved, "
                                         "save again to save the rest", exc.field) from None
        raise
    sync_folder(folder)
    if journal is not None:
        remove_journal(journal)
    return [ready.note for ready in prepared if ready.note]


def save_project(project: Project) -> list[str]:
    """Writes ``article.md`` and the manifest, all or nothing; marks the project saved.

    Everything is encoded and checked before anything is written, so a manifest that
    would not load again is refused without touching the disk, and a file that cannot be
    replaced (read-only, a link leaving the project) is refused before the other is
    replaced. A file whose bytes on disk are already the same is not rewritten (fewer
    fsyncs; watchers see no change). Returns notes for the writer (an owner or group the
    OS did not let the save keep); empty when there is nothing to say.
    """
    folder = project.folder
    _check_manifest_name(project.manifest_name, folder)
    manifest_bytes = dump_manifest(project.manifest, project.manifest_path)
    article_bytes = encode_text(project.text, project.newline, project.bom, project.article_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        project.assets_dir.mkdir(exist_ok=True)
    except OSError as exc:
        failed = folder if not folder.is_dir() else project.assets_dir
        raise ProjectError(failed, f"cannot create the folder: {describe_os_error(exc)}") from None
    others = [p for p in manifests_in(folder) if p.name != project.manifest_name]
    if others:
        raise ProjectError(folder, f"already holds another project's manifest ({others[0].name}); "
                                   "choose another folder")
    _refuse_newer_on_disk(project.manifest_path)
    files = [(project.article_path, article_bytes), (project.manifest_path, manifest_bytes)]
    for path, _ in files:
        refuse_link_leaving(folder, path)
    copy_pending_assets(folder, project.pending_assets)
    notes = _replace_all(folder, [(path, data) for path, data in files
                                  if not same_content(path, data)])
    project.pending_assets = {}
    project.saved = True
    project.disk_state = DiskState(content_digest(article_bytes), content_digest(manifest_bytes))
    project.format_version_on_disk = FORMAT_VERSION
    return notes


# --- changes made by other programs -------------------------------------------------------

def _file_digest(path: Path, limit: int) -> str | None:
    """The file's SHA-256, None if it does not exist; unreadable files get a marker that
    never equals a digest, so they count as changed."""
    try:
        return content_digest(read_bytes_limited(path, limit))
    except ProjectError:
        return None if not path.exists() and not path.is_symlink() else "unreadable"


def read_disk_state(project: Project) -> DiskState:
    """What is on disk now, in the terms of ``Project.disk_state``."""
    return DiskState(_file_digest(project.article_path, MAX_ARTICLE_BYTES),
                     _file_digest(project.manifest_path, MAX_MANIFEST_BYTES))


def changed_on_disk(project: Project, now: DiskState | None = None) -> list[Path]:
    """The project files whose bytes differ from what this program last read or wrote
    (changed, replaced, created or deleted by someone else). Empty if nothing is known."""
    expected = project.disk_state
    if expected is None:
        return []
    now = now or read_disk_state(project)
    changed = []
    if now.article != expected.article:
        changed.append(project.article_path)
    if now.manifest != expected.manifest:
        changed.append(project.manifest_path)
    return changed


def text_for_comparison(path: Path | str, limit: int = MAX_ARTICLE_BYTES) -> str:
    """A file's text to show beside the writer's version ("" if missing, undecodable bytes
    replaced, newlines normalised); never raises."""
    try:
        data = read_bytes_limited(Path(path), limit)
    except ProjectError as exc:
        return "" if not Path(path).exists() else f"({exc.reason})"
    text = data.removeprefix(BOM).decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def new_project(folder: Path | str, title: str, theme: str | None = None) -> Project:
    """Creates a project in a new or empty folder: ``<slug>.retro``, ``article.md``, ``assets/``;
    its page theme is ``theme`` (a bundled theme's name), else the default one."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ProjectError(folder, "exists and is not a folder")
    if folder.is_dir():
        try:
            if any(folder.iterdir()):
                raise ProjectError(folder, "is not empty; choose a new or empty folder")
        except OSError as exc:
            raise ProjectError(folder, describe_os_error(exc)) from None
    title = " ".join(title.split()) or folder.name or "Untitled"
    slug = make_slug(title)
    project = Project(
        folder=folder,
        manifest_name=f"{slug}{MANIFEST_SUFFIX}",
        manifest=Manifest(article=ArticleMeta(title=title, slug=slug),
                          export=ExportSettings(theme=theme) if theme else ExportSettings()),
        text="",  # the page prints the title from the manifest: no "# Title" to repeat it
        saved=False,
    )
    save_project(project)
    return project
