"""The history commands: ``history``, ``snapshot``, ``diff`` and ``restore``."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from retro_editor.cli_links import CommandFailed, project_locked
from retro_editor.core.history_compare import (
    Comparison,
    SectionStatus,
    article_text,
    compare_versions,
)
from retro_editor.core.history_message import Version, VersionKind
from retro_editor.core.history_restore import (
    section_replacement,
    version_manifest,
    whole_replacement,
)
from retro_editor.core.history_store import HistoryStore
from retro_editor.core.project import Project, open_project, save_project
from retro_editor.core.storage import atomic_write


def add_parsers(sub: Any, common: dict[str, Any]) -> None:
    listing = sub.add_parser("history", help="list the project's versions, newest first "
                             "(id, time, words, change, name, summary)", **common)
    listing.add_argument("project", type=Path, help="project folder or .retro file")

    snapshot = sub.add_parser("snapshot", help="record the project as it is and name the "
                              "version", **common)
    snapshot.add_argument("project", type=Path, help="project folder or .retro file")
    snapshot.add_argument("-m", "--name", required=True, help='the name, e.g. "Sent to editor"')

    diff = sub.add_parser("diff", help="compare two versions, section by section (NEW: the "
                          "project as it is now)", **common)
    diff.add_argument("project", type=Path, help="project folder or .retro file")
    diff.add_argument("old", help="a version: its id (or the first characters) or its name")
    diff.add_argument("new", nargs="?", help="a version (default: the project on disk now)")

    restore = sub.add_parser("restore", help="bring back a version's article and details, or "
                             "one section; the text before is recorded first", **common)
    restore.add_argument("project", type=Path, help="project folder or .retro file")
    restore.add_argument("version", help="a version: its id (or the first characters) or name")
    sync = sub.add_parser("sync", help="sync the project with a git remote: pull, merge by "
                          "section, push; exit 1 listing the conflicts when any remain", **common)
    sync.add_argument("project", type=Path, help="project folder or .retro file")
    sync.add_argument("--remote", metavar="URL", help="a folder path, ssh:// or https:// URL of "
                      "a git repository (remembered; default: the last one)")
    sync.add_argument("--take", choices=("mine", "theirs"), help="settle every conflict with "
                      "this machine's version (mine) or the remote's (theirs); both stay in the "
                      "history")

    clone = sub.add_parser("clone", help="get a synced project onto this machine", **common)
    clone.add_argument("url", help="the remote: a folder path, ssh:// or https:// URL")
    clone.add_argument("folder", type=Path, help="a new, empty folder for the project")

    restore.add_argument("--section", metavar="ANCHOR",
                         help="restore only this section (its heading's anchor, e.g. "
                              "the-crash), with its subsections")


def _store(project: Project, create: bool = False) -> HistoryStore:
    store = HistoryStore.open(project.folder, create=create)
    if store is None:
        raise CommandFailed(f"{project.folder}: has no history yet (it is recorded when the "
                            "project is saved in Retro Editor, or by retro-editor snapshot)")
    return store


def version_line(version: Version) -> str:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(version.time))
    name = version.label or "-"
    return (f"{version.short_id}  {when}  {version.words} words  {version.change:+d}  "
            f"{name}  {version.summary}")


def cmd_history(args: argparse.Namespace, console: Any) -> int:
    project = open_project(args.project)
    store = _store(project)
    try:
        for version in store.versions():
            print(version_line(version))
    finally:
        store.close()
    return 0


def cmd_snapshot(args: argparse.Namespace, console: Any) -> int:
    project = open_project(args.project)
    with project_locked(project, "use Project → Name This Version there"):
        store = _store(project, create=True)
        try:
            version = store.record(VersionKind.SNAPSHOT)
            version_id = version.id if version is not None else store.resolve("latest")
            store.name_version(version_id, args.name)
            print(version_line(store.version(version_id)))
        finally:
            store.close()
    return 0


def _value(value: object) -> str:
    return "(none)" if value is None else json.dumps(value, ensure_ascii=False)


def print_comparison(comparison: Comparison) -> None:
    """Sections (``## Title (#anchor): changed``) with changed paragraphs word by word in
    ``[-deleted-]{+inserted+}`` marks, then the details and other files."""
    for change in comparison.sections:
        status = change.status.value
        if change.status is SectionStatus.MOVED and change.edited:
            status = "moved and changed"
        title = change.title or "(before the first heading)"
        print(f"## {title} (#{change.anchor}): {status}")
        for paragraph in change.paragraphs:
            marked = "".join(run.text if run.op == "equal"
                             else f"[-{run.text}-]" if run.op == "delete" else f"{{+{run.text}+}}"
                             for run in paragraph.runs)
            print("   " + marked.strip().replace("\n", "\n   "))
    for field in comparison.fields:
        print(f"detail {field.field}: {_value(field.old)} -> {_value(field.new)}")
    for name in comparison.files:
        print(f"file {name}: changed")
    if comparison.unchanged:
        print("no differences")


def cmd_diff(args: argparse.Namespace, console: Any) -> int:
    project = open_project(args.project)
    store = _store(project)
    try:
        old = store.resolve(args.old)
        new = store.resolve(args.new) if args.new else None
        print_comparison(compare_versions(store, old, new))
    finally:
        store.close()
    return 0


def cmd_restore(args: argparse.Namespace, console: Any) -> int:
    project = open_project(args.project)
    with project_locked(project, "restore it from the History panel"):
        store = _store(project)
        try:
            version_id = store.resolve(args.version)
            files = store.files_at(version_id)
            store.record(VersionKind.SAVE, summary="Before restoring")
            if args.section is not None:
                edit = section_replacement(project.text, article_text(files), args.section)
                what = f"section #{args.section}"
            else:
                edit = whole_replacement(project.text, files)
                project.manifest = version_manifest(files)
                _restore_missing_assets(project, files)
                what = "the article and its details"
            project.text = edit.applied_to(project.text)
            save_project(project)
            short = version_id[:10]
            store.record(VersionKind.RESTORE, summary=f"Restored {what} from {short}")
            print(f"restored {what} from {short}")
        finally:
            store.close()
    return 0


def _restore_missing_assets(project: Project, files: dict[str, bytes]) -> None:
    """Puts back the version's assets that are missing now (none is overwritten or removed)."""
    for name, data in files.items():
        if name.startswith("assets/"):
            target = project.resolve(name)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(target, data)


def cmd_sync(args: argparse.Namespace, console: Any) -> int:
    from retro_editor.core.history_merge import Side
    from retro_editor.core.history_sync import CONFLICT_NAME, sync_project

    project = open_project(args.project)
    prefer: Side | None = "ours" if args.take == "mine" else "theirs" if args.take else None
    with project_locked(project, "sync it from there"):
        result = sync_project(project.folder, args.remote, prefer)
    if result.state == "conflicts":
        for conflict in result.conflicts:
            print(f"conflict: {conflict.kind} {conflict.name}")
        console.line(f"retro-editor: {len(result.conflicts)} conflict(s); both versions are in "
                     f"{project.folder / CONFLICT_NAME}; nothing was changed: settle them with "
                     "--take mine or --take theirs")
        return 1
    for conflict in result.conflicts:
        print(f"settled with {args.take}: {conflict.kind} {conflict.name}")
    print(result.state)
    return 0


def cmd_clone(args: argparse.Namespace, console: Any) -> int:
    from retro_editor.core.history_sync import clone_project

    print(f"cloned into {clone_project(args.url, args.folder)}")
    return 0


HANDLERS = {"history": cmd_history, "snapshot": cmd_snapshot, "diff": cmd_diff,
            "restore": cmd_restore, "sync": cmd_sync, "clone": cmd_clone}
