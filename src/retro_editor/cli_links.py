"""The ``related add`` and ``links`` commands: the web part of the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from retro_editor.core.manifest import RelatedLink
from retro_editor.core.project import Project, open_project, save_project


class CommandFailed(Exception):
    """Raised by these commands for a one-line error with exit status 2."""


def add_parsers(sub: Any, common: dict[str, Any]) -> None:
    from pathlib import Path

    related = sub.add_parser("related", help="edit the related-news list", **common)
    related_sub = related.add_subparsers(dest="related_command", required=True,
                                         metavar="ACTION")
    add = related_sub.add_parser(
        "add", help="add a related link, filled from the page's own metadata", **common)
    add.add_argument("project", type=Path, help="project folder or .retro file")
    add.add_argument("url", help="the http or https URL of the related page")

    links = sub.add_parser(
        "links", help="check every link: the article's, the related URLs, the canonical URL",
        **common)
    links.add_argument("project", type=Path, help="project folder, .retro file or .md file")
    links.add_argument("--format", choices=("text", "json"), default="text",
                       help="text: one line per problem; json: every link with its status")
    links.add_argument("--no-archive", action="store_true",
                       help="do not ask the web archive for copies of broken links")


_FILLED = ("title", "source", "date", "author", "description", "image")


def _filled_row(url: str, meta: Any) -> RelatedLink:
    """The row for ``url`` with what the page gave; a missing title is a draft (never refused)."""
    values: dict[str, Any] = {"url": url}
    for name in _FILLED:
        values[name] = (getattr(meta, name, "") if meta is not None else "") or None
    values["title"] = values["title"] or ""
    for name in ("source", "author", "description"):
        values[name] = values[name] or ""
    if not values["title"]:
        values["drafts"] = {"title": ""}
    return RelatedLink.model_validate(values)


@contextmanager
def project_locked(project: Project, instead: str) -> Iterator[None]:
    """Holds the project's lock while a command changes it; refused (``instead`` says what to
    do) while Retro Editor has it open."""
    from retro_editor.core.lock import LockedBy, acquire_lock

    lock = acquire_lock(project.folder)
    if isinstance(lock, LockedBy):
        holder = lock.info.describe() if lock.info else "another program"
        raise CommandFailed(f"{project.folder}: the project is open in Retro Editor ({holder}); "
                            f"{instead} or close it first")
    try:
        yield
    finally:
        lock.release()


def _save_with_row(project: Project, row: RelatedLink) -> int:
    with project_locked(project, "add the link there"):
        project.manifest = project.manifest.model_copy(
            update={"related": [*project.manifest.related, row]})
        save_project(project)
    return len(project.manifest.related) - 1


def cmd_related_add(args: argparse.Namespace, console: Any) -> int:
    from retro_editor.core.field_checks import check_url
    from retro_editor.web.fetch_page import fetch_page

    url = args.url.strip()
    try:
        check_url(url)
    except ValueError as exc:
        raise CommandFailed(f"{url!r}: {exc}") from None
    project = open_project(args.project)
    result = fetch_page(url)
    meta = result.metadata
    row = _filled_row(url, meta)
    index = _save_with_row(project, row)
    print(f"related[{index}]")
    for name in ("title", "url", *_FILLED[1:]):
        print(f"  {name}: {getattr(row, name) or ''}")
    if result.error:
        console.line(f"retro-editor: {url}: {result.error}; the row was added with its URL only")
        return 1
    if not row.title:
        console.line(f"retro-editor: {url}: the page gives no title; related[{index}].title "
                     "is left as a draft")
        return 1
    return 0


def _remember_results(project: Project, results: list[Any]) -> None:
    """Keeps the results, stamped, in the project's state file, as Check Links does, so the
    app shows them; skipped for an imported .md file and while the app has the project open
    (it keeps its own), and a state file that cannot be written costs only the results."""
    import dataclasses
    import datetime as dt

    from retro_editor.core.errors import ProjectError
    from retro_editor.core.lock import LockedBy, acquire_lock
    from retro_editor.core.project_state import read_state, write_state

    if not (project.folder / project.manifest_name).is_file():
        return
    lock = acquire_lock(project.folder)
    if isinstance(lock, LockedBy):
        return
    try:
        now = dt.datetime.now(dt.UTC)
        state = read_state(project.folder)
        links = {**state.links, **{r.target.url: r.record(now) for r in results
                                   if r.status.value != "cancelled"}}
        write_state(project.folder, dataclasses.replace(state, links=links))
    except ProjectError:
        pass
    finally:
        lock.release()


def cmd_links(args: argparse.Namespace, console: Any) -> int:
    from retro_editor.web.article_links import project_links
    from retro_editor.web.link_check import PROBLEMS, CheckOptions, LinkStatus, check_links

    project = open_project(args.project)
    targets = project_links(project.text, project.manifest)

    def progress(done: int, total: int) -> None:
        if args.format == "text":
            console.progress(f"checking links: {done}/{total}")

    results = check_links(targets, CheckOptions(archive=not args.no_archive), progress)
    console.end_progress()
    _remember_results(project, results)
    if args.format == "json":
        print(json.dumps([r.as_dict() for r in results], indent=2, ensure_ascii=False))
    else:
        for r in results:
            if r.status in PROBLEMS:
                print(r.problem_line())
        broken = sum(r.status is LinkStatus.BROKEN for r in results)
        console.line(f"{len(results)} link(s) checked, {broken} broken")
    return 1 if any(r.status is LinkStatus.BROKEN for r in results) else 0
