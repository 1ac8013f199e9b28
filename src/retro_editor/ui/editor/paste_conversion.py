"""Large clipboard HTML converted in the paste helper process, never on the GUI thread.

Converting 2 MB of HTML takes seconds of pure Python; on a pool thread it would hold the GIL
and stall typing (bench/html_paste.py measures the event loop's longest stall both ways), so
it runs in :mod:`retro_editor.render.paste_helper`. The writer may go on typing meanwhile: the
Markdown goes in at a cursor kept from the moment of the paste, which moves with every edit
made before it (text typed at that very place stays after the paste, as it was typed after
it), as one undo step, in chunks over a few event-loop turns (:mod:`.chunked_edit`).
Pastes made while one converts wait their turn, in order. Cancel drops them all and leaves the
document as it is; if the helper fails, the clipboard's plain text is pasted instead, so
nothing the writer pasted is lost.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from retro_editor.render.helper_process import helper_command
from retro_editor.render.paste_helper import PASTE_HELPER
from retro_editor.ui.editor import paste
from retro_editor.ui.editor.chunked_edit import ChunkedInsert
from retro_editor.ui.editor.read_only import can_edit
from retro_editor.ui.preview.render_process import RenderProcess
from retro_editor.ui.translate import translator

tr = translator("PasteConversion")
_log = logging.getLogger(__name__)

#: the longest a conversion may take before the helper is stopped and the text pasted plain
TIMEOUT_MS = 60_000


@dataclass
class _Paste:
    html: str
    plain: str
    cursor: QTextCursor
    selected: str  # the selection the paste replaces, as it was at the paste


def helper_process(parent: QObject | None = None) -> RenderProcess:
    """A client of the paste helper (not started until the first request)."""
    program, *arguments = helper_command(PASTE_HELPER)
    return RenderProcess(parent, timeout_ms=TIMEOUT_MS, command=(program, arguments))


class PasteConversion(QObject):
    """The editor's pastes whose HTML converts in the helper; results go in as they come."""

    #: True while a paste converts (the status bar shows progress and Cancel), False after
    busyChanged = Signal(bool)
    #: a one-line message for the status bar (cancelled, pasted as plain text)
    notice = Signal(str)

    def __init__(self, editor: QPlainTextEdit, process: RenderProcess | None = None) -> None:
        super().__init__(editor)
        self._editor = editor
        self._process = process or helper_process(self)
        self._process.finished.connect(self._on_finished)
        self._process.failed.connect(self._on_failed)
        self._waiting: deque[_Paste] = deque()
        self._current: tuple[int, _Paste] | None = None
        self._inserting: ChunkedInsert | None = None

    def busy(self) -> bool:
        return self._current is not None

    def convert(self, html: str, plain: str, cursor: QTextCursor) -> None:
        """Converts ``html`` and inserts its Markdown at ``cursor`` (its selection replaced)."""
        kept = QTextCursor(cursor)
        kept.setKeepPositionOnInsert(True)
        self._waiting.append(_Paste(html, plain, kept, cursor.selectedText()))
        if self._current is None:
            self.busyChanged.emit(True)
            self._send_next()

    def cancel(self) -> None:
        """Drops every paste still converting; the document stays as it is."""
        if self._current is None:
            return
        self._waiting.clear()
        self._current = None
        if self._inserting is not None:
            self._inserting.cancel()
            self._inserting = None
        self._process.cancel()
        self.busyChanged.emit(False)
        self.notice.emit(tr("Paste cancelled."))

    def shutdown(self) -> None:
        self._process.shutdown()

    # --- internals -------------------------------------------------------------------------
    def _send_next(self) -> None:
        if not self._waiting:
            self._current = None
            self.busyChanged.emit(False)
            return
        item = self._waiting.popleft()
        self._current = (self._process.request(item.html), item)

    def _take(self, request_id: int) -> _Paste | None:
        if self._current is None or self._current[0] != request_id:
            return None
        return self._current[1]

    def _on_finished(self, request_id: int, meta: dict[str, Any], markdown: str) -> None:
        item = self._take(request_id)
        if item is None:
            return
        converted = bool(meta.get("markdown")) and paste.has_text(markdown)
        self._insert(item, markdown if converted else item.plain,
                     markdown if converted else "")

    def tell_web_images(self, markdown: str) -> None:
        """After a paste: if it links images on the web, the hint that they can be copied."""
        notice = paste.web_images_notice(markdown)
        if notice:
            self.notice.emit(notice)

    def _on_failed(self, request_id: int, reason: str) -> None:
        item = self._take(request_id)
        if item is None:
            return
        # the client's reason speaks of the preview it usually serves: logged, not shown
        _log.warning("paste helper failed: %s", reason)
        self.notice.emit(tr("The pasted HTML could not be converted (its helper process "
                            "failed); it was pasted as plain text."))
        self._insert(item, item.plain, "")

    def _insert(self, item: _Paste, text: str, markdown: str) -> None:
        """Inserts ``text`` for ``item``; then the next paste converts (``markdown``: what the
        web-image hint looks at)."""
        cursor = item.cursor
        if cursor.document() is not self._editor.document() or not can_edit(self._editor):
            self.notice.emit(tr("The paste was not inserted: the document can no longer "
                                "be edited."))
            self._send_next()
            return
        if cursor.hasSelection() and cursor.selectedText() != item.selected:
            cursor.clearSelection()  # the writer changed what was selected: keep their words
        inserting = self._inserting = ChunkedInsert(self._editor, cursor, text)
        inserting.finished.connect(lambda: self._inserted(inserting, markdown))
        inserting.start()

    def _inserted(self, inserting: ChunkedInsert, markdown: str) -> None:
        if inserting is not self._inserting:
            return  # cancelled
        self._inserting = None
        inserting.deleteLater()
        self._send_next()
        if markdown:
            self.tell_web_images(markdown)
