"""The project's history: versions of its files in a bare git repository at ``.history/``.

Written with dulwich (pure Python, no ``git`` program needed). Commits, trees and blobs are
built here and the branch is moved with a compare-and-swap, so no git index, work tree or
hook is ever involved: dulwich runs hooks only from ``Repo.do_commit`` and its server side,
neither of which this module calls, so a received project's ``.history/hooks`` never runs.

Coalescing rule: an *autosave* replaces the newest version when that version is itself an
unnamed autosave whose run of autosaves began less than ``WINDOW_SECONDS`` ago, so there is
at most one unnamed autosave version per ten minutes of writing. Every other kind (an explicit
save, close, sync, snapshot, restore) always records a version. Nothing is recorded when the
files are the same as in the newest version.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from dulwich.errors import NotGitRepository
from dulwich.objects import Blob, Commit, ObjectID, Tag, Tree
from dulwich.refs import Ref
from dulwich.repo import Repo

from retro_editor.core.errors import ProjectError
from retro_editor.core.history_message import (
    Version,
    VersionKind,
    format_message,
    parse_message,
)
from retro_editor.core.history_summary import Chunks, split_chunks, summarise_change
from retro_editor.core.storage import atomic_write, describe_os_error
from retro_editor.core.textstats import count_words

HISTORY_NAME = ".history"
BRANCH = Ref(b"refs/heads/main")
TAG_PREFIX = Ref(b"refs/tags/")
WINDOW_SECONDS = 600
NEUTRAL_AUTHOR = "Retro Editor"
ARTICLE = "article.md"
#: the files of the project a version holds, besides the manifest (``*.retro``) and assets/
TOP_FILES = (ARTICLE, "spelling.txt")
ASSETS = "assets"
_FILE_MODE = 0o100644
_TREE_MODE = 0o040000


@dataclass(frozen=True)
class _Stat:
    size: int
    mtime_ns: int
    inode: int


def _author_line(manifest: bytes | None) -> bytes:
    """The manifest's author, or a neutral name: never the OS user or host."""
    name = ""
    if manifest:
        try:
            data = json.loads(manifest)
            name = str(data.get("article", {}).get("author") or "")
        except (ValueError, AttributeError):
            name = ""
    name = " ".join(name.replace("<", "").replace(">", "").split()) or NEUTRAL_AUTHOR
    return f"{name} <>".encode()


def _timezone() -> int:
    return time.localtime().tm_gmtoff


class HistoryStore:
    """One project's ``.history`` repository."""

    def __init__(self, folder: Path, repo: Repo) -> None:
        self.folder = Path(folder)
        self.repo = repo
        self._blob_cache: dict[str, tuple[_Stat, ObjectID]] = {}
        #: the article last read or recorded, split into chunks for the summary
        self._article_cache: dict[bytes, tuple[str, Chunks]] = {}

    # --- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path | str, *, create: bool = True) -> HistoryStore | None:
        """The project's history; created when missing if ``create``, else None."""
        folder = Path(folder)
        path = folder / HISTORY_NAME
        try:
            if not path.exists():
                if not create:
                    return None
                return cls(folder, _init_repository(path))
            return cls(folder, Repo(str(path)))
        except NotGitRepository:
            raise ProjectError(path, "is not a history repository (it holds no git data)") from None
        except OSError as exc:
            raise ProjectError(exc.filename or path,
                               f"cannot open the history: {describe_os_error(exc)}") from None

    def close(self) -> None:
        self.repo.close()

    # --- reading ------------------------------------------------------------------------
    def head(self) -> ObjectID | None:
        try:
            return self.repo.refs[BRANCH]
        except KeyError:
            return None

    def _commit(self, sha: bytes) -> Commit:
        obj = self.repo[sha]
        if isinstance(obj, Tag):
            obj = self.repo[obj.object[1]]
        if not isinstance(obj, Commit):
            raise ProjectError(self.folder / HISTORY_NAME, f"{sha.decode()} is not a version")
        return obj

    def names(self) -> dict[ObjectID, list[str]]:
        """Version id → the names given to it (git tags; an annotated tag's message is the
        name as typed, its ref a git-safe form of it)."""
        found: dict[ObjectID, list[str]] = {}
        for ref in self.repo.refs.keys(base=TAG_PREFIX):
            obj = self.repo[TAG_PREFIX + ref]
            name = ref.decode("utf-8", "replace")
            if isinstance(obj, Tag):
                name = obj.message.decode("utf-8", "replace").strip() or name
                target = obj.object[1]
            else:
                target = obj.id
            found.setdefault(target, []).append(name)
        return found

    def _version(self, commit: Commit, names: dict[ObjectID, list[str]]) -> Version:
        parsed = parse_message(commit.message.decode("utf-8", "replace"))
        return Version(commit.id.decode(), float(commit.commit_time), parsed.words, parsed.change,
                       parsed.summary, parsed.kind, parsed.window_start,
                       tuple(names.get(commit.id, ())))

    def versions(self, limit: int | None = None) -> list[Version]:
        """Newest first: every version the newest one descends from (after a sync, the other
        machine's versions too)."""
        head = self.head()
        if head is None:
            return []
        names = self.names()
        return [self._version(entry.commit, names)
                for entry in self.repo.get_walker(include=[head], max_entries=limit)]

    def version(self, version_id: str) -> Version:
        return self._version(self._commit(version_id.encode()), self.names())

    def resolve(self, spec: str) -> str:
        """A version id from what a writer types: an id or its first characters, a version's
        name, or ``latest``. ``ProjectError`` naming ``spec`` when nothing matches."""
        versions = self.versions()
        where = self.folder / HISTORY_NAME
        if not versions:
            raise ProjectError(where, "holds no versions yet")
        wanted = spec.strip()
        if wanted.lower() in ("latest", "head"):
            return versions[0].id
        named = [v for v in versions if any(n.casefold() == wanted.casefold() for n in v.names)]
        if named:
            return named[0].id
        if len(wanted) >= 4 and all(c in "0123456789abcdef" for c in wanted.lower()):
            matches = [v for v in versions if v.id.startswith(wanted.lower())]
            if len(matches) == 1:
                return matches[0].id
            if len(matches) > 1:
                raise ProjectError(where, f"more than one version starts with {wanted}", spec)
        raise ProjectError(where, "no version has this id or name", spec)

    def files_at(self, version_id: str) -> dict[str, bytes]:
        """Every file of a version, by its path relative to the project folder."""
        tree = self._commit(version_id.encode()).tree
        return {path: self._blob_bytes(sha) for path, sha in _walk_names(self.repo, tree, "")}

    def current_files(self) -> dict[str, bytes]:
        """The files a version would hold, as they are on disk now."""
        try:
            return {rel: path.read_bytes() for rel, path in sorted(self._project_files().items())}
        except OSError as exc:
            raise ProjectError(exc.filename or self.folder,
                               f"cannot be read: {describe_os_error(exc)}") from None

    # --- recording ----------------------------------------------------------------------
    def _blob(self, data: bytes) -> ObjectID:
        blob = Blob.from_string(data)
        if blob.id not in self.repo.object_store:
            self.repo.object_store.add_object(blob)
        return blob.id

    def _file_blob(self, relative: str, path: Path) -> ObjectID | None:
        """The blob id of a file, from the cache when its size, time and inode are unchanged."""
        try:
            info = path.stat()
            stat = _Stat(info.st_size, info.st_mtime_ns, info.st_ino)
            cached = self._blob_cache.get(relative)
            if cached is not None and cached[0] == stat:
                return cached[1]
            sha = self._blob(path.read_bytes())
        except FileNotFoundError:
            return None
        self._blob_cache[relative] = (stat, sha)
        return sha

    def _tree(self, entries: dict[str, ObjectID]) -> ObjectID:
        """Stores the trees for ``path -> blob id`` entries; the root tree's id."""
        nested: dict[str, dict[str, ObjectID]] = {}
        tree = Tree()
        for path, sha in entries.items():
            head, sep, rest = path.partition("/")
            if sep:
                nested.setdefault(head, {})[rest] = sha
            else:
                tree.add(head.encode("utf-8", "surrogateescape"), _FILE_MODE, sha)
        for name, children in nested.items():
            tree.add(name.encode("utf-8", "surrogateescape"), _TREE_MODE, self._tree(children))
        if tree.id not in self.repo.object_store:
            self.repo.object_store.add_object(tree)
        return tree.id

    def _project_files(self) -> dict[str, Path]:
        """The files a version holds: article.md, spelling.txt, the manifest, assets/."""
        folder = self.folder
        found = {name: folder / name for name in TOP_FILES if (folder / name).is_file()}
        for entry in folder.iterdir():
            if entry.suffix.lower() == ".retro" and entry.is_file():
                found[entry.name] = entry
        assets = folder / ASSETS
        if assets.is_dir():
            for path in assets.rglob("*"):
                if path.is_file() and not path.is_symlink() and ".retro-tmp-" not in path.name:
                    found[path.relative_to(folder).as_posix()] = path
        return found

    def _article(self, sha: bytes, path: Path | None = None) -> tuple[str, Chunks]:
        """An article blob's text and chunks, read from ``path`` when given (its file, cheaper
        than inflating the blob). The last three are kept (the newest version, its parent and
        the one being recorded), so a save reads and splits only the new text."""
        found = self._article_cache.get(sha)
        if found is None:
            if path is not None:
                data = path.read_bytes()
            else:
                blob = self.repo[sha]
                assert isinstance(blob, Blob)
                data = blob.as_raw_string()
            if Blob.from_string(data).id != sha:
                raise ProjectError(path or self.folder, "changed while the version was recorded")
            text = data.decode("utf-8", "replace")
            found = (text, split_chunks(text))
            self._article_cache = {key: value for key, value in self._article_cache.items()
                                   if key != sha}
            while len(self._article_cache) >= 3:
                self._article_cache.pop(next(iter(self._article_cache)))
            self._article_cache[sha] = found
        return found

    def _entry(self, tree_id: ObjectID, name: str) -> ObjectID | None:
        tree = self.repo[tree_id]
        assert isinstance(tree, Tree)
        try:
            return tree[name.encode()][1]
        except KeyError:
            return None

    def record(self, kind: VersionKind, *, summary: str | None = None, words: int | None = None,
               now: float | None = None, merged: ObjectID | None = None) -> Version | None:
        """Records the project's files as they are on disk; None when nothing changed.

        ``words`` is the article's word count when the caller already has it for exactly the
        text on disk (the editor's analysis of the saved text); it is counted otherwise.
        ``merged``: the other version a sync merged in, the commit's second parent (recorded
        even when the files equal the newest version's).
        ``ProjectError`` (one line) when a file cannot be read or the history not written.
        """
        try:
            return self._record(kind, summary, words, time.time() if now is None else now, merged)
        except OSError as exc:
            raise ProjectError(exc.filename or self.folder / HISTORY_NAME,
                               f"the version was not recorded: {describe_os_error(exc)}") from None

    def _record(self, kind: VersionKind, summary: str | None, words: int | None,
                now: float, merged: ObjectID | None) -> Version | None:
        files = self._project_files()
        entries = {rel: sha for rel, path in sorted(files.items())
                   if (sha := self._file_blob(rel, path)) is not None}
        tree_id = self._tree(entries)
        head_id = self.head()
        head = self._commit(head_id) if head_id is not None else None
        if head is not None and head.tree == tree_id and merged is None:
            return None
        names = self.names()
        parent = head
        window_start: float | None = now if kind is VersionKind.AUTOSAVE else None
        if kind is VersionKind.AUTOSAVE and head is not None and head_id not in names \
                and len(head.parents) < 2:
            previous = parse_message(head.message.decode("utf-8", "replace"))
            started = previous.window_start
            if previous.kind is VersionKind.AUTOSAVE and started is not None \
                    and now - started < WINDOW_SECONDS:
                window_start = started
                parent = self._commit(head.parents[0]) if head.parents else None
        if parent is not None and parent.tree == tree_id and merged is None:
            self._move_branch(head_id, parent.id)  # the autosaves came back to the saved text
            return None
        article_id = entries.get(ARTICLE)
        text, chunks = self._article(article_id, files[ARTICLE]) if article_id is not None \
            else ("", [])
        old_article = self._entry(parent.tree, ARTICLE) if parent is not None else None
        old_chunks = self._article(old_article)[1] if old_article is not None else None
        if parent is not None and old_chunks is None:
            old_chunks = []
        if words is None:
            words = count_words(text)
        old_words = parse_message(parent.message.decode("utf-8", "replace")).words \
            if parent is not None else 0
        manifest_name = next((n for n in entries if n.endswith(".retro") and "/" not in n), None)
        manifest = files[manifest_name].read_bytes() if manifest_name else None
        if summary is None:
            meta_changed = parent is not None and self._details_changed(parent, entries)
            summary = summarise_change(old_chunks, chunks, meta_changed)
        commit = Commit()
        commit.tree = tree_id
        commit.parents = [parent.id] if parent is not None else []
        if merged is not None:
            commit.parents.append(merged)
        commit.author = commit.committer = _author_line(manifest)
        commit.author_time = commit.commit_time = int(now)
        commit.author_timezone = commit.commit_timezone = _timezone()
        commit.encoding = b"UTF-8"
        commit.message = format_message(summary, words, words - old_words, kind,
                                        window_start).encode("utf-8")
        self.repo.object_store.add_object(commit)
        self._move_branch(head_id, commit.id)
        return self._version(commit, names)

    def _details_changed(self, parent: Commit, entries: dict[str, ObjectID]) -> bool:
        """Whether anything but the article changed: the manifest by its values (a save may
        rewrite its layout), the other files by their bytes."""
        old_names = set()
        for entry in _walk_names(self.repo, parent.tree, ""):
            old_names.add(entry[0])
            if entry[0] == ARTICLE:
                continue
            if entries.get(entry[0]) != entry[1] and not (
                    entry[0].endswith(".retro") and entry[0] in entries
                    and _same_json(self._blob_bytes(entry[1]), self._blob_bytes(entries[entry[0]]))):
                return True
        return bool(set(entries) - old_names - {ARTICLE})

    def _blob_bytes(self, sha: bytes) -> bytes:
        blob = self.repo[sha]
        assert isinstance(blob, Blob)
        return blob.as_raw_string()

    def _move_branch(self, old: ObjectID | None, new: ObjectID) -> None:
        if not self.repo.refs.set_if_equals(BRANCH, old, new):
            raise ProjectError(self.folder / HISTORY_NAME,
                               "was changed by another program while recording; try again")

    # --- names --------------------------------------------------------------------------
    def name_version(self, version_id: str, name: str) -> None:
        """Gives a version a name (an annotated git tag). Names are unique, case ignored."""
        name = " ".join(name.split())
        where = self.folder / HISTORY_NAME
        if not name:
            raise ProjectError(where, "a version's name cannot be empty")
        for names in self.names().values():
            if any(n.casefold() == name.casefold() for n in names):
                raise ProjectError(where, "another version already has this name", name)
        commit = self._commit(version_id.encode())
        tag = Tag()
        tag.name = _tag_ref_name(name, self.repo.refs.keys(base=TAG_PREFIX))
        tag.object = (Commit, commit.id)
        tag.tagger = commit.author
        tag.tag_time = int(time.time())
        tag.tag_timezone = _timezone()
        tag.message = name.encode("utf-8") + b"\n"
        self.repo.object_store.add_object(tag)
        if not self.repo.refs.add_if_new(Ref(TAG_PREFIX + tag.name), tag.id):
            raise ProjectError(where, "another version was given this name at the same time", name)


def _walk_names(repo: Repo, tree_id: ObjectID, prefix: str) -> list[tuple[str, ObjectID]]:
    """(path, blob id) of every file under a tree."""
    tree = repo[tree_id]
    assert isinstance(tree, Tree)
    found: list[tuple[str, ObjectID]] = []
    for entry in tree.items():
        path = prefix + entry.path.decode("utf-8", "surrogateescape")
        if entry.mode == _TREE_MODE:
            found += _walk_names(repo, entry.sha, path + "/")
        else:
            found.append((path, entry.sha))
    return found


def _same_json(old: bytes, new: bytes) -> bool:
    try:
        return bool(json.loads(old) == json.loads(new))
    except ValueError:
        return old == new


def _tag_ref_name(name: str, taken: set[Ref]) -> bytes:
    """A git-safe tag name for a version name ("Sent to editor" → ``sent-to-editor``)."""
    from retro_editor.core.anchors import slugify

    base = slugify(name) or "version"
    candidate, n = base, 1
    while candidate.encode() in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate.encode()


def _init_repository(path: Path) -> Repo:
    """A new bare repository that git itself reads, hidden from an enclosing work tree."""
    repo = Repo.init_bare(str(path), mkdir=True, default_branch=b"main")
    repo.refs.set_symbolic_ref(Ref(b"HEAD"), BRANCH)
    config = repo.get_config()
    config.set((b"core",), b"looseCompression", b"1")
    config.write_to_path()
    atomic_write(path / ".gitignore", b"*\n")
    repo.close()
    return Repo(str(path))  # opened again so that the object store uses the compression set
