"""Sync: the same project on every machine through a plain git repository (the *remote*).

The remote's branch ``main`` holds the project's files at its root, so ``git clone`` gives a
project folder. A sync records the project, fetches the remote, then:

- nothing new on either side: done;
- only this machine has new versions: they are pushed;
- only the remote has: its files are written into the project and the branch moves on;
- both have: the section-keyed three-way merge (:mod:`.history_merge`). Without conflicts the
  merge is written, recorded with both versions as parents, and pushed. With conflicts nothing
  is written or pushed unless ``prefer`` names the side to take; ``CONFLICT_NAME`` in the
  project folder then lists each conflict with both versions, and both versions stay in the
  history either way.

The transport is dulwich's client, made without the repository's configuration, so settings
in a received project's ``.history/config`` (``core.sshCommand`` …) are never used; a local
remote is written directly (no hooks run). The remote's URL is kept in ``.history/config``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dulwich.client import GitClient, HTTPUnauthorized, get_transport_and_path
from dulwich.errors import GitProtocolError, HangupException, NotGitRepository
from dulwich.graph import can_fast_forward, find_merge_base
from dulwich.objects import ObjectID
from dulwich.refs import Ref

from retro_editor.core.credentials import credential_key, needs_credentials, stored_credentials
from retro_editor.core.errors import ProjectError
from retro_editor.core.history_merge import Conflict, Resolutions, Side, merge_files
from retro_editor.core.history_message import VersionKind
from retro_editor.core.history_store import BRANCH, HISTORY_NAME, TAG_PREFIX, HistoryStore
from retro_editor.core.manifest import dump_manifest, parse_manifest
from retro_editor.core.storage import atomic_write, describe_os_error

CONFLICT_NAME = ".retro-sync-conflicts.json"
_REMOTE_SECTION = (b"remote", b"origin")


@dataclass
class SyncResult:
    """``state``: up-to-date, pushed, pulled, merged or conflicts."""

    state: str
    conflicts: list[Conflict] = field(default_factory=list)


def remote_url(store: HistoryStore) -> str | None:
    try:
        return store.repo.get_config().get(_REMOTE_SECTION, b"url").decode("utf-8")
    except KeyError:
        return None


def remember_remote(store: HistoryStore, url: str) -> None:
    config = store.repo.get_config()
    config.set(_REMOTE_SECTION, b"url", url.encode("utf-8"))
    config.write_to_path()


class CredentialsNeeded(ProjectError):
    """The https remote asks for a user name and password (none given, or refused)."""


Credentials = tuple[str, str]


def forget_remote(folder: Path) -> None:
    """Removes the remembered remote of a project's history, if it has one."""
    path = Path(folder) / HISTORY_NAME / "config"
    if not path.is_file():
        return
    store = HistoryStore.open(folder, create=False)
    if store is None:
        return
    try:
        config = store.repo.get_config()
        if config.has_section(_REMOTE_SECTION):
            del config[_REMOTE_SECTION]
            config.write_to_path()
    finally:
        store.close()


def _client(url: str, credentials: Credentials | None = None) -> tuple[GitClient, str]:
    """dulwich's client for the URL, made without any git configuration; an https remote gets
    the credentials given, else those in the keyring."""
    found = credentials or stored_credentials(url) if needs_credentials(url) else None
    try:
        return get_transport_and_path(url, username=found[0] if found else None,
                                      password=found[1] if found else None)
    except ValueError as exc:
        raise ProjectError(url, f"is not a remote this can sync with: {exc}") from None


def _refused(url: str, exc: BaseException) -> ProjectError:
    if isinstance(exc, HTTPUnauthorized):
        return CredentialsNeeded(credential_key(url), "asks for a user name and password "
                                                      "(none given, or they were refused)")
    return _unreachable(url, exc)


def _unreachable(url: str, exc: BaseException) -> ProjectError:
    reason = describe_os_error(exc) if isinstance(exc, OSError) else str(exc) or type(exc).__name__
    return ProjectError(url, f"cannot be reached ({reason}); the project here is unchanged")


def fetch_remote(store: HistoryStore, url: str,
                 credentials: Credentials | None = None) -> dict[Ref, ObjectID]:
    """Brings the remote's versions and names into the history; the remote's refs."""
    client, path = _client(url, credentials)

    def wants(refs: Mapping[Ref, ObjectID], depth: int | None = None) -> list[ObjectID]:
        return [sha for name, sha in refs.items()
                if (name == BRANCH or name.startswith(TAG_PREFIX))
                and sha not in store.repo.object_store]

    try:
        result = client.fetch(path, store.repo, determine_wants=wants)
    except (OSError, GitProtocolError, HangupException, NotGitRepository,
            HTTPUnauthorized) as exc:
        raise _refused(url, exc) from None
    refs = {name: sha for name, sha in result.refs.items() if sha is not None}
    for name, sha in refs.items():
        if name.startswith(TAG_PREFIX) and not name.endswith(b"^{}"):
            store.repo.refs.add_if_new(name, sha)
    return refs


def push_remote(store: HistoryStore, url: str, expected: ObjectID | None,
                credentials: Credentials | None = None) -> None:
    """Moves the remote's branch to ours (only from ``expected``) and adds our names."""
    client, path = _client(url, credentials)
    head = store.head()
    assert head is not None
    tags = {Ref(TAG_PREFIX + name): store.repo.refs[Ref(TAG_PREFIX + name)]
            for name in store.repo.refs.keys(base=TAG_PREFIX)}

    def update(refs: dict[Ref, ObjectID]) -> dict[Ref, ObjectID]:
        if refs.get(BRANCH) != expected:
            raise ProjectError(url, "changed while syncing; sync again")
        wanted = dict(refs)
        wanted[BRANCH] = head
        for name, sha in tags.items():
            wanted.setdefault(name, sha)
        return wanted

    try:
        result = client.send_pack(path.encode() if isinstance(path, str) else path, update,
                                  store.repo.generate_pack_data)  # type: ignore[arg-type]
    except (OSError, GitProtocolError, HangupException, NotGitRepository,
            HTTPUnauthorized) as exc:
        raise _refused(url, exc) from None
    failed = {name: why for name, why in (result.ref_status or {}).items() if why}
    if BRANCH in failed:
        raise ProjectError(url, f"refused the versions: {failed[BRANCH]}")


def _keeping_manifest_name(folder: Path, files: dict[str, bytes]) -> dict[str, bytes]:
    """The version's files with its manifest under the name the project has here: the
    manifest keeps one stable name whatever the other machine called it."""
    here = [p.name for p in folder.glob("*.retro") if p.is_file()]
    theirs = [n for n in files if n.endswith(".retro") and "/" not in n]
    if len(here) == 1 and len(theirs) == 1 and theirs[0] != here[0]:
        files = dict(files)
        files[here[0]] = files.pop(theirs[0])
    return files


def write_version_files(folder: Path, files: dict[str, bytes]) -> None:
    """Writes a version's files into the project, each atomically; files the version lacks
    are left alone (nothing here is deleted by a sync)."""
    root = folder.resolve()
    for name, data in _keeping_manifest_name(folder, files).items():
        target = (folder / name).resolve()
        if not target.is_relative_to(root) or name.split("/")[0].startswith(".history"):
            raise ProjectError(folder, f"{name}: points outside the project")
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, data)


def _canonical_manifest(files: dict[str, bytes]) -> dict[str, bytes]:
    """The merged manifest written as a save writes it (when it is valid)."""
    for name in [n for n in files if n.endswith(".retro") and "/" not in n]:
        try:
            files[name] = dump_manifest(parse_manifest(files[name], name))
        except ProjectError:
            pass
    return files


def sync_project(folder: Path, url: str | None = None, prefer: Side | None = None,
                 resolutions: Resolutions | None = None,
                 credentials: Credentials | None = None) -> SyncResult:
    """Syncs the project with the remote (``url``, or the one remembered). Conflicts are
    settled by ``resolutions`` (the writer's choice for each) or ``prefer`` (one side for all);
    a conflict neither settles stops the sync before anything is written. ``credentials``
    (user name, password) are for an https remote; without them the keyring's are used."""
    folder = Path(folder)
    store = HistoryStore.open(folder)
    assert store is not None
    try:
        url = url or remote_url(store)
        if not url:
            raise ProjectError(folder, "has no remote to sync with; give one with --remote URL")
        store.record(VersionKind.SYNC)
        refs = fetch_remote(store, url, credentials)
        remember_remote(store, url)
        return _integrate(store, url, refs.get(BRANCH), prefer, resolutions or {}, credentials)
    finally:
        store.close()


def _integrate(store: HistoryStore, url: str, remote: ObjectID | None,
               prefer: Side | None, resolutions: Resolutions,
               credentials: Credentials | None) -> SyncResult:
    local = store.head()
    repo = store.repo
    (store.folder / CONFLICT_NAME).unlink(missing_ok=True)
    if local is None and remote is None:
        return SyncResult("up-to-date")
    if remote is None or (local is not None and local != remote
                          and can_fast_forward(repo, remote, local)):
        push_remote(store, url, remote, credentials)
        return SyncResult("pushed")
    if local == remote:
        return SyncResult("up-to-date")
    if local is None or can_fast_forward(repo, local, remote):
        write_version_files(store.folder, store.files_at(remote.decode()))
        if not repo.refs.set_if_equals(BRANCH, local, remote):
            raise ProjectError(store.folder, "the history changed while syncing; sync again")
        return SyncResult("pulled")
    bases = find_merge_base(repo, [local, remote])
    base_files = store.files_at(bases[0].decode()) if bases else {}
    merged = merge_files(base_files, store.files_at(local.decode()),
                         store.files_at(remote.decode()), prefer or "ours", resolutions)
    unsettled = [c for c in merged.conflicts if (c.kind, c.name) not in resolutions]
    if unsettled and prefer is None:
        report = {"remote": remote.decode(), "local": local.decode(),
                  "conflicts": [c.as_dict() for c in merged.conflicts]}
        atomic_write(store.folder / CONFLICT_NAME,
                     json.dumps(report, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
        return SyncResult("conflicts", merged.conflicts)
    write_version_files(store.folder, _canonical_manifest(merged.files))
    store.record(VersionKind.SYNC, summary="Synced: merged the other machine's versions",
                 merged=remote)
    push_remote(store, url, remote, credentials)
    return SyncResult("merged", merged.conflicts)


def clone_project(url: str, folder: Path, credentials: Credentials | None = None) -> Path:
    """A new project folder from a remote: its files and its whole history."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise ProjectError(folder, "is not empty; choose a new folder")
    folder.mkdir(parents=True, exist_ok=True)
    store = HistoryStore.open(folder)
    assert store is not None
    try:
        remote = fetch_remote(store, url, credentials).get(BRANCH)
        if remote is None:
            raise ProjectError(url, "holds no project yet (sync one into it first)")
        write_version_files(folder, store.files_at(remote.decode()))
        store.repo.refs.set_if_equals(BRANCH, None, remote)
        remember_remote(store, url)
    finally:
        store.close()
    return folder
