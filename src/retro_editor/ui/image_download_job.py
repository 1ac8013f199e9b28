"""Edit → Download Web Images: the images the article links on the web (a pasted page's
``![alt](https://…)``) copied into ``assets/`` and the links pointed at the copies.

The downloads run off the GUI thread with progress and Cancel (:class:`~retro_editor.ui.jobs.Job`,
not modal: the writer keeps typing). Each image is written into ``assets/`` as it arrives;
Cancel removes the ones written and leaves the text alone. At the end the links are rewritten
in the text as it is *then* (what the writer typed meanwhile stays), only inside each link's
destination, as one undo step; an image that could not be downloaded keeps its link and is
listed, with the reason, in one message.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

from retro_editor.core.assets import add_asset
from retro_editor.core.errors import ProjectError
from retro_editor.core.image_refs import code_lines, parse_markdown, rewrite_destinations, web_images
from retro_editor.ui.jobs import Job, JobCancelled, Step
from retro_editor.ui.text_access import raw_text, utf16_length
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    import httpx

    from retro_editor.ui.window_parts import ActionParts

tr = translator("ImageDownload")
_POLL = 0.1
_NOTICE_MS = 10_000


class Downloads:
    """The images of one run: what was written where, what failed and why."""

    def __init__(self, urls: list[str], assets_dir: Path) -> None:
        self.urls = urls
        self.assets_dir = assets_dir
        self.saved: dict[str, str] = {}  # URL → assets/NAME
        self.failed: dict[str, str] = {}  # URL → reason
        self.cancel = threading.Event()
        self._lock = threading.Lock()

    def run(self, client: httpx.Client, progress: Callable[[int], None]) -> None:
        """Downloads and writes each image (on a worker thread) until done or cancelled."""
        from retro_editor.web.image_download import ImageDownload, download_image

        for done, url in enumerate(self.urls):
            if self.cancel.is_set():
                return
            try:
                result = download_image(url, client)
            except Exception as exc:  # listed with the others, never lost with the thread
                result = ImageDownload(url, error=f"{type(exc).__name__}: {exc}")
            with self._lock:
                if self.cancel.is_set():
                    return
                if result.error:
                    self.failed[url] = result.error
                else:
                    try:
                        self.saved[url] = add_asset(self.assets_dir, result.name, result.data)
                    except ProjectError as exc:
                        self.failed[url] = str(exc)
            progress(done + 1)

    def discard(self) -> None:
        """Cancel: stops the run and removes the images it wrote."""
        with self._lock:
            self.cancel.set()
            for relative in self.saved.values():
                (self.assets_dir.parent / relative).unlink(missing_ok=True)
            self.saved.clear()


def download_steps(downloads: Downloads, client: httpx.Client) -> Iterator[Step]:
    """Runs ``downloads`` on a thread of its own and yields ``(done, total)`` meanwhile, so the
    job can stop between two steps (the current download is then dropped)."""
    progress: queue.Queue[int] = queue.Queue()
    total = len(downloads.urls)

    def work() -> None:
        try:
            downloads.run(client, progress.put)
        finally:
            client.close()

    worker = threading.Thread(target=work, name="image-download", daemon=True)
    worker.start()
    done = 0
    try:
        while worker.is_alive() or not progress.empty():
            try:
                done = progress.get(timeout=_POLL)
            except queue.Empty:
                pass
            yield done, total
    finally:
        if worker.is_alive():
            downloads.discard()


def point_links_at_copies(document: QTextDocument, saved: dict[str, str]) -> int:
    """Rewrites the destinations of ``saved``'s URLs in ``document``, outside code, as one
    undo step touching only the changed characters; returns how many lines changed."""
    text = raw_text(document)
    lines = text.split("\n")
    new_lines = rewrite_destinations(text, saved, code_lines(parse_markdown(text))).split("\n")
    changed = [n for n, (old, new) in enumerate(zip(lines, new_lines, strict=True)) if old != new]
    if not changed:
        return 0
    cursor = document.rootFrame().firstCursorPosition()
    cursor.beginEditBlock()
    for number in changed:
        old, new = lines[number], new_lines[number]
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end = 0
        while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
            end += 1
        block = document.findBlockByNumber(number)
        cursor.setPosition(block.position() + utf16_length(old[:start]))
        cursor.setPosition(block.position() + utf16_length(old[:len(old) - end]),
                           cursor.MoveMode.KeepAnchor)
        cursor.insertText(new[start:len(new) - end])
    cursor.endEditBlock()
    return len(changed)


def download_images_action(parts: ActionParts,
                           client: Callable[[], httpx.Client] | None = None) -> Job | None:
    """Starts downloading the open article's web images; tells the outcome through prompts
    and the status bar. ``client`` makes the HTTP client (tests give short timeouts)."""
    from retro_editor.web.image_download import image_client

    doc = parts.controller.document
    if doc is None:
        return None
    title = tr("Download Web Images")
    urls = web_images(raw_text(doc.text_document))
    if not urls:
        parts.prompts.show_info(title, tr("The article links no images on the web."))
        return None
    downloads = Downloads(urls, doc.project.assets_dir)
    made = (client or image_client)()
    job = Job(tr("Downloading {n} image(s) into assets/…").format(n=len(urls)),
              lambda: download_steps(downloads, made), parts.job_parent(), modal=False)

    def finished(error: BaseException | None) -> None:
        if isinstance(error, JobCancelled) or parts.controller.document is not doc:
            downloads.discard()
            parts.show_status_message(tr("Downloading the images was cancelled; the article "
                                         "is unchanged."), _NOTICE_MS)
            return
        if error is not None:
            downloads.discard()
            parts.prompts.show_error(title, f"{type(error).__name__}: {error}")
            return
        point_links_at_copies(doc.text_document, downloads.saved)
        if downloads.failed:
            lines = "\n".join(f"{url}: {reason}" for url, reason in downloads.failed.items())
            parts.prompts.show_warning(title, tr(
                "{saved} image(s) were copied into assets/. These {n} could not be "
                "downloaded; their links are unchanged:\n\n{lines}").format(
                    saved=len(downloads.saved), n=len(downloads.failed), lines=lines))
        else:
            parts.show_status_message(tr("{n} image(s) copied into assets/; the links point "
                                         "at the copies.").format(n=len(downloads.saved)),
                                      _NOTICE_MS)

    job.done.connect(finished)
    job.start()
    return job
