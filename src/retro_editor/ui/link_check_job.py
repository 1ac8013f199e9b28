"""Project → Check Links: the project's links checked off the GUI thread, with progress and
Cancel; the results, stamped, go to the document (the Related table and the Links tab show
them) and to the project state, and the Links tab opens on the report."""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from retro_editor.ui.jobs import Job, JobCancelled, Step
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument
    from retro_editor.ui.window_parts import ActionParts
    from retro_editor.web.link_check import LinkResult, LinkTarget

tr = translator("LinkCheck")
#: how often the job looks for Cancel while it waits for the next answer (seconds)
_POLL = 0.1
_NOTICE_MS = 10_000


def link_check_steps(targets: list[LinkTarget], results: list[LinkResult]) -> Iterator[Step]:
    """Checks ``targets`` on a thread of its own and yields ``(done, total)`` while it runs,
    so the job can stop between two steps; stopping cancels the links not yet asked."""
    from retro_editor.web.link_check import CheckOptions, check_links

    progress: queue.Queue[Step] = queue.Queue()
    options = CheckOptions()
    worker = threading.Thread(
        target=lambda: results.extend(check_links(targets, options,
                                                  lambda d, t: progress.put((d, t)))),
        name="link-check", daemon=True)
    worker.start()
    last: Step = (0, len(targets))
    try:
        while worker.is_alive() or not progress.empty():
            try:
                last = progress.get(timeout=_POLL)
            except queue.Empty:
                pass
            yield last
    finally:
        options.cancel.set()


def problem_lines(results: list[LinkResult]) -> list[str]:
    from retro_editor.web.link_check import PROBLEMS

    return [r.problem_line(tr("; archived copy: {url}")) for r in results
            if r.status in PROBLEMS]


def keep(doc: ProjectDocument, results: list[LinkResult]) -> None:
    """The results, stamped now, become the document's link records (links cancelled before
    they were asked keep their earlier result) and are written to the project state."""
    from retro_editor.web.link_check import LinkStatus

    now = dt.datetime.now(dt.UTC)
    doc.set_link_records({r.target.url: r.record(now) for r in results
                          if r.status is not LinkStatus.CANCELLED})


def check_links_action(parts: ActionParts) -> Job | None:
    """Starts the check of the open project's links; the result is told through prompts."""
    from retro_editor.web.article_links import project_links

    doc = parts.controller.document
    if doc is None:
        return None
    project = doc.sync_text_to_project()
    targets = project_links(project.text, project.manifest)
    title = tr("Check Links")
    if not targets:
        parts.prompts.show_info(title, tr("The project has no links to check."))
        return None
    results: list[LinkResult] = []
    job = Job(tr("Checking {n} link(s)…").format(n=len(targets)),
              lambda: link_check_steps(targets, results), parts.job_parent(), modal=False)

    def finished(error: BaseException | None) -> None:
        if isinstance(error, JobCancelled):
            parts.show_status_message(tr("The link check was cancelled."), _NOTICE_MS)
            return
        if error is not None:
            parts.prompts.show_error(title, f"{type(error).__name__}: {error}")
            return
        if parts.controller.document is not doc:
            return  # another project was opened meanwhile
        keep(doc, results)
        parts.controller.remember_state()
        problems = problem_lines(results)
        parts.side_dock.show()
        parts.side_panel.show_links()
        if problems:
            parts.show_status_message(tr("{n} link(s) checked, {p} need attention: see the "
                                         "Links tab.").format(n=len(results), p=len(problems)),
                                      _NOTICE_MS)
        else:
            parts.show_status_message(tr("All {n} link(s) work.").format(n=len(results)),
                                      _NOTICE_MS)

    job.done.connect(finished)
    job.start()
    return job
