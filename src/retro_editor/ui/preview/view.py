"""The live preview widget: the exported page, kept in step with the editor block by block.

How an edit reaches the page ("typing never waits", docs/architecture.md):

1. ``contentsChange`` marks lines dirty (:class:`~.patcher.DirtyRegion`); a zero-delay timer
   flushes after the key event is done, so several changes of one key are one update.
2. :func:`~.patcher.plan` re-renders only the top-level blocks the edit touched, in this
   process (a paragraph: well under a millisecond), and the result replaces just those
   elements of ``<article id="retro-body">`` through an isolated-world script. Nothing waits
   for the web process: its answer (the element count) is only checked, later.
3. When the patcher cannot be sure (fences, definitions, headings whose ids may move, large
   edits, …) the whole text is rendered by the helper process (:class:`~.render_process.
   RenderProcess`, never more than one at a time, newest text wins) and swaps in the body;
   edits made meanwhile are patched on top of it once it arrives. Short texts are rendered
   in-process, which is quicker than the round trip.
4. One patch at a time: until the page has answered the last one, the next edits wait and go
   as one patch. On a busy machine a web process slower than the keys would otherwise fall
   further behind with every key (seconds behind at 100,000 words); this way the preview is
   never more than one patch behind the page's own pace.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QCursor, QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QToolTip, QWidget

from retro_editor.render.blocks import analyse_body
from retro_editor.render.page import preview_title_slot
from retro_editor.render.typography import PLAIN, Typesetting, typesetting_for
from retro_editor.ui.preview import scripts
from retro_editor.ui.preview.page import PreviewPage, UrlOpener
from retro_editor.ui.preview.patcher import (
    BlockMap,
    DirtyRegion,
    FullRender,
    LargeSpan,
    Patch,
    apply,
    body_diff,
    finish,
    plan,
)
from retro_editor.ui.preview.render_process import RenderProcess
from retro_editor.ui.preview.url_policy import mail_address
from retro_editor.ui.text_access import long_edit_running, raw_text

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument

_log = logging.getLogger(__name__)

#: texts up to this many characters are fully rendered in-process (a few milliseconds)
INLINE_FULL_CHARS = 12_000
#: a patch the page has not answered within this long no longer holds the next one back (ms)
PATCH_ANSWER_WAIT_MS = 1000
#: how often (ms) a flush held by a long edit going in looks again (the edit's last piece
#: schedules one too)
LONG_EDIT_WAIT_MS = 50
#: the page's garbage is collected once the writer pauses this long after this many changes
COLLECT_PAUSE_MS = 1500
COLLECT_AFTER_CHANGES = 40
_BLANK_PAGE = "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body></body></html>"
_FIRST_H1 = re.compile(r"\s*<h1\b[^>]*>.*?</h1>", re.S)


class DocumentLines:
    """The patcher's view of a QTextDocument: one line per text block."""

    def __init__(self, document: QTextDocument) -> None:
        self._document = document

    def count(self) -> int:
        return self._document.blockCount()

    def line(self, number: int) -> str:
        return self._document.findBlockByNumber(number).text()

    def slice(self, first: int, end: int) -> list[str]:
        block = self._document.findBlockByNumber(first)
        lines = []
        for _ in range(max(0, end - first)):
            lines.append(block.text())
            block = block.next()
        return lines



def _default_page_builder() -> Callable[..., str]:
    from retro_editor.render.page import render_page
    return render_page


def _default_renderer(typesetting: Typesetting) -> Any:
    from retro_editor.render.markdown import MarkdownRenderer
    return MarkdownRenderer(typesetting=typesetting)


class PreviewView(QWebEngineView):
    """Shows a :class:`~retro_editor.ui.document.ProjectDocument` as the exported page."""

    #: a clicked link was not opened (its scheme is not http, https or mailto)
    linkRefused = Signal(str)
    #: a clicked link could not be opened: the message says why (shown by the pointer too)
    linkFailed = Signal(str)
    #: the page could not be brought up to date (the message is for the writer)
    renderFailed = Signal(str)
    #: the page changed: "full" (whole body), "patch" (some blocks) or "chrome" (around it)
    contentUpdated = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, opener: UrlOpener | None = None,
                 renderer: Any = None, render_process: RenderProcess | None = None,
                 page_builder: Callable[..., str] | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Preview"))
        profile = QWebEngineProfile()  # off the record: nothing kept on disk
        self._opener: UrlOpener = opener or QDesktopServices.openUrl
        self._page = PreviewPage(profile, self, opener=self._open_link)
        profile.setParent(self._page)  # the page must go before its profile
        self._page.linkRefused.connect(self.linkRefused)
        self.setPage(self._page)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.addAction(self._page.action(QWebEnginePage.WebAction.Copy))
        self._page.load_html(_BLANK_PAGE, QUrl("about:blank"))  # before show(): see docs

        self._renderer = renderer
        self._own_renderer = renderer is None  # made (and remade) for the project's typography
        self._shown_typesetting = PLAIN
        self._page_builder = page_builder
        self._process = render_process or RenderProcess(self)
        self._process.finished.connect(self._on_full_result)
        self._process.failed.connect(self._on_full_failed)

        self._doc: ProjectDocument | None = None
        self._lines: DocumentLines | None = None
        self._map: BlockMap | None = None
        self._dirty = DirtyRegion()
        self._block_count = 0
        self._revision = 0
        self._full_id: int | None = None
        self._span: tuple[int, LargeSpan] | None = None  # a long edit the helper is rendering
        self._dom_map: BlockMap | None = None  # what the page's body holds (None: unknown)
        self._pending_bounds: list[tuple[int, int]] | None = None  # its elements in the body
        self._page_ready = False
        self._pending_body: str | None = None
        self._chrome_hint = ""
        self._page_hint: str | None = None  # the hint the loaded page's header was built from
        self._theme = ""
        self._follow_line: int | None = None
        self._cursor_line: int | None = None  # the writer's line, kept in view while shown

        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self._patch_answer_timer = QTimer(self)  # running: a patch awaits the page's answer
        self._patch_answer_timer.setSingleShot(True)
        self._patch_answer_timer.setInterval(PATCH_ANSWER_WAIT_MS)
        self._patch_answer_timer.timeout.connect(self._flush)
        self._long_edit_timer = QTimer(self)
        self._long_edit_timer.setSingleShot(True)
        self._long_edit_timer.setInterval(LONG_EDIT_WAIT_MS)
        self._long_edit_timer.timeout.connect(self._schedule_flush)
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(15)
        self._follow_timer.timeout.connect(self._apply_follow)
        self._changes_since_collect = 0
        self._collect_timer = QTimer(self)  # the writer paused after many changes
        self._collect_timer.setSingleShot(True)
        self._collect_timer.setInterval(COLLECT_PAUSE_MS)
        self._collect_timer.timeout.connect(self._collect)
        self._page.loadFinished.connect(self._on_load_finished)

    # --- public ----------------------------------------------------------------------------
    @property
    def preview_page(self) -> PreviewPage:
        return self._page

    def set_opener(self, opener: UrlOpener) -> None:
        """Where http, https and mailto links go (the system browser by default)."""
        self._opener = opener

    def _open_link(self, url: QUrl) -> bool:
        """Hands ``url`` to the opener; when it reports failure (no program handles mail
        links, say), the writer is told by the pointer, and a mail address is copied so the
        click still gives something to use."""
        if self._opener(url) is not False:
            return True
        message = self.tr("No program on this computer is set up to open {link}.").format(
            link=url.toString())
        address = mail_address(url)
        if address:
            QGuiApplication.clipboard().setText(address)
            message += " " + self.tr("The address {address} was copied to the clipboard.").format(
                address=address)
        self.linkFailed.emit(message)
        QToolTip.showText(QCursor.pos(), message, self)
        return False

    def set_document(self, doc: Any) -> None:
        """Shows ``doc`` (a ProjectDocument) and follows its changes from now on."""
        if self._doc is not None:
            self._disconnect(self._doc)
        self._doc = doc
        self._forget_page_state()
        if doc is None:  # Close Project: nothing of the old article stays on show
            self._lines = None
            self._page.load_html(_BLANK_PAGE, QUrl("about:blank"))
            return
        text_document = doc.text_document
        self._lines = DocumentLines(text_document)
        text_document.contentsChange.connect(self._on_contents_change)
        doc.manifestChanged.connect(self._on_manifest_changed)
        doc.textReplaced.connect(self._rebuild)
        self._page.interceptor.set_project_folder(doc.project.folder, doc.project.pending_assets)
        if text_document.characterCount() > INLINE_FULL_CHARS:
            self._process.start()
        self._renderer_instance()  # built now, not on the first key (it takes ~0.2 s)
        self._rebuild(reload_page=True)

    def shutdown(self) -> None:
        """Stops the render process (it starts again when needed)."""
        self._process.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def follow_line(self, line: int, cursor_line: int | None = None) -> None:
        """Scrolls so the block holding source ``line`` is at the top (editor scrolled).

        ``cursor_line``: the writer's line when the editor shows it; its block stays in view,
        since the preview's column holds less text than the editor's.
        """
        self._follow_line = line
        self._cursor_line = cursor_line
        if not self._follow_timer.isActive():
            self._follow_timer.start()

    @Slot(int)
    def show_line(self, line: int) -> None:
        """Brings the block holding source ``line`` into view if it is not (cursor moved)."""
        self._cursor_line = line
        if self._map is None or not self._page_ready:
            return
        found = self._map.element_for_line(line)
        if found is not None:
            self._run(scripts.reveal_script(found[0]))

    def _cursor_element(self) -> int:
        """Element index of the writer's line (-1: unknown)."""
        if self._cursor_line is None or self._map is None:
            return -1
        found = self._map.element_for_line(self._cursor_line)
        return found[0] if found is not None else -1

    def _cursor_among(self, first: int, end: int) -> int:
        """The writer's element if a change put it among elements ``first..end-1``, else -1:
        a change elsewhere (a Replace All far off) must not move the page."""
        cursor = self._cursor_element()
        return cursor if first <= cursor < end else -1

    # --- building the page -----------------------------------------------------------------
    def _forget_page_state(self) -> None:
        """What belonged to the previous document's page: its map, pending body and edits,
        render request and header hint (a new page must not be built from the old one's)."""
        self._flush_timer.stop()
        self._patch_answer_timer.stop()
        self._map = None
        self._dirty.clear()
        self._full_id = None
        self._span = None
        self._dom_map = None
        self._pending_body = None
        self._page_ready = False
        self._chrome_hint = ""
        self._page_hint = None
        self._follow_line = None
        self._cursor_line = None

    def _disconnect(self, doc: Any) -> None:
        for signal, slot in ((doc.text_document.contentsChange, self._on_contents_change),
                             (doc.manifestChanged, self._on_manifest_changed),
                             (doc.textReplaced, self._rebuild)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def _builder(self) -> Callable[..., str]:
        if self._page_builder is None:
            self._page_builder = _default_page_builder()
        return self._page_builder

    def _typesetting(self) -> Typesetting:
        """The published page's typography: the preview shows the page as it will be."""
        return typesetting_for(self._doc.manifest) if self._doc is not None else PLAIN

    def _renderer_instance(self) -> Any:
        wanted = self._typesetting()
        if self._own_renderer and (self._renderer is None
                                   or self._renderer.typesetting != wanted):
            if self._renderer is not None:
                self._renderer.close()
            self._renderer = _default_renderer(wanted)
        return self._renderer

    def _base_url(self) -> QUrl:
        """The project folder as a file: URL (absolute: the page reports it that way)."""
        if self._doc is None:
            return QUrl("about:blank")
        folder = str(Path(self._doc.project.folder).absolute())
        return QUrl.fromLocalFile(folder.rstrip("/\\") + "/")

    def _page_html(self) -> str:
        assert self._doc is not None, "only a shown document has a page"
        manifest = self._doc.manifest
        self._theme = manifest.export.theme
        self._page_hint = self._chrome_hint
        return self._builder()(manifest, self._chrome_hint, theme=self._theme, mode="preview",
                               typesetting=self._typesetting())

    def _rebuild(self, reload_page: bool = False) -> None:
        """Renders everything again (new document, or its text replaced wholesale)."""
        if self._doc is None:
            return
        self._map = None
        self._dirty.clear()
        self._block_count = self._doc.text_document.blockCount()
        self._revision = self._doc.text_document.revision()
        if reload_page or not self._page_ready:
            self._page_ready = False
            self._dom_map = None
            self._page.load_html(self._page_html(), self._base_url())
        self._request_full()

    def _on_load_finished(self, ok: bool) -> None:
        if not ok or self._doc is None or self._page.url() != self._base_url():
            return  # the blank page, or a load that a newer one replaced
        self._page_ready = True
        if self._pending_body is not None:
            self._inject_body()
        if self._page_hint != self._chrome_hint:
            self._refresh_chrome()  # the first render arrived while the page was loading
        self._schedule_flush()
        if self._follow_line is not None:
            self._apply_follow()

    def _update_chrome_hint(self, body_html: str) -> None:
        """The body bits the page's header depends on: a first ``<h1>``, the cover image."""
        first = _FIRST_H1.match(body_html)
        hint = first.group(0) if first else ""
        cover = self._doc.manifest.article.cover if self._doc is not None else None
        if cover and f'src="{html_lib.escape(cover, quote=True)}"' in body_html:
            hint += f'<img src="{html_lib.escape(cover, quote=True)}">'
        if hint != self._chrome_hint:
            self._chrome_hint = hint
            self._refresh_chrome()

    def _refresh_chrome(self) -> None:
        if self._doc is not None and self._page_ready:
            if self._pending_body is None:
                self._slot_title()
            self._run(scripts.chrome_script(self._page_html()),
                      lambda _ok: self.contentUpdated.emit("chrome"))

    def _with_title_slot(self, body_html: str) -> str:
        """The body as shown: a leading H1 that is the title gives way to a slot."""
        assert self._doc is not None
        return preview_title_slot(body_html, self._doc.manifest.article.title)

    def _slot_title(self) -> None:
        """Puts the body's first H1 (the hint holds it) or its slot in element 0, as the
        title now asks: the title changed, or the H1 did."""
        first = _FIRST_H1.match(self._chrome_hint)
        if first is not None:
            self._run(scripts.patch_script(0, 1, self._with_title_slot(first.group(0)), 0))

    def _on_manifest_changed(self, part: str) -> None:
        if part != "sections":
            self._refresh_chrome()
        if self._own_renderer and self._typesetting() != self._shown_typesetting:
            self._rebuild()  # the language (quotes) or the typography settings changed

    # --- full renders ----------------------------------------------------------------------
    def _request_full(self) -> None:
        if self._doc is None:
            return
        text = raw_text(self._doc.text_document)  # not toPlainText: see text_access
        self._dirty.clear()
        self._map = None
        self._span = None
        self._shown_typesetting = self._typesetting()
        if len(text) <= INLINE_FULL_CHARS or not self._process.available():
            self._full_id = None
            try:
                html = self._renderer_instance().render(text)
            except Exception as exc:  # the renderer promises not to; keep the last page
                _log.exception("preview render failed")
                self.renderFailed.emit(self.tr("The preview could not be updated: {reason}").format(
                    reason=exc))
                return
            self._take_full(analyse_body(html, text), html)
        else:
            self._full_id = self._process.request(
                text, {"typesetting": self._shown_typesetting.to_meta()})

    def _on_full_result(self, request_id: int, analysis: dict, html: str) -> None:
        if request_id == self._full_id:
            self._full_id = None
            self._take_full(analysis, html)
        elif self._span is not None and request_id == self._span[0]:
            large, self._span = self._span[1], None
            result = finish(self._map, large, html) if self._map is not None else None
            if isinstance(result, Patch):
                self._send_patch(result)
                self._schedule_flush()  # what was typed meanwhile
            else:
                _log.debug("preview: full render after a long edit (%s)",
                           result.reason if result is not None else "no block map")
                self._request_full()

    def _on_full_failed(self, request_id: int, message: str) -> None:
        if self._span is not None and request_id == self._span[0]:
            self._span = None
            self._request_full()  # which says why if the helper is gone for good
        elif request_id == self._full_id:
            self._full_id = None
            self.renderFailed.emit(self.tr("The preview could not be updated: {reason}").format(
                reason=message))

    def _take_full(self, analysis: dict, html: str) -> None:
        self._map = BlockMap.from_analysis(analysis)
        self._pending_body = html
        blocks = analysis.get("blocks") or []
        self._pending_bounds = [(entry[5], entry[6]) for entry in blocks] \
            if self._map is not None and all(len(entry) > 6 for entry in blocks) else None
        self._update_chrome_hint(html)
        if self._page_ready:
            self._inject_body()
        if self._dirty:
            self._schedule_flush()

    def _inject_body(self) -> None:
        """Puts the full render in the page: only the elements that differ from the page's
        when it can tell, else the whole body."""
        html, self._pending_body = self._pending_body or "", None
        bounds, self._pending_bounds = self._pending_bounds, None
        shown, fresh = self._dom_map, self._map
        self._dom_map = fresh
        expected = len(fresh.blocks) if fresh is not None else None
        script = scripts.body_script(self._with_title_slot(html))
        if shown is not None and fresh is not None and bounds is not None:
            index, remove, delta = body_diff(shown.blocks, fresh.blocks)
            end = len(fresh.blocks) - (len(shown.blocks) - index - remove)
            part = html[bounds[index][0]:bounds[end - 1][1]] if end > index else ""
            if index == 0:
                part = self._with_title_slot(part)
            script = scripts.patch_script(index, remove, part, delta,
                                          self._cursor_among(index, end))
        self._run(script, lambda count: self._check(count, expected, "full"))
        self._changed_page()
        if self._follow_line is not None:
            self._apply_follow()

    # --- incremental updates ---------------------------------------------------------------
    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._doc is None:
            return
        document = self._doc.text_document
        count = document.blockCount()
        revision = document.revision()
        if removed == added and count == self._block_count and revision == self._revision:
            return  # a format-only change
        self._revision = revision
        delta = count - self._block_count
        self._block_count = count
        first = document.findBlock(position).blockNumber()
        last_block = document.findBlock(position + added)
        last = last_block.blockNumber() if last_block.isValid() else count - 1
        self._dirty.add(max(0, first), max(first, last), delta)
        self._schedule_flush()

    def _schedule_flush(self) -> None:
        if self._dirty and not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        if not self._dirty or self._doc is None or self._lines is None:
            return
        if not self._page_ready or self._pending_body is not None or self._full_busy():
            return  # picked up when the page or the full render arrives
        if self._patch_answer_timer.isActive():
            return  # picked up when the page answers the patch it is applying
        if long_edit_running(self._doc.text_document):
            self._long_edit_timer.start()  # its pieces render as one when it is all in
            return
        result = plan(self._map, self._dirty, self._lines, self._render_span)
        if isinstance(result, LargeSpan):
            if 2 * len(result.source) < self._doc.text_document.characterCount() and \
                    self._process.available():
                self._dirty.clear()  # later edits count from the text the helper renders
                meta = {"typesetting": self._typesetting().to_meta(),
                        "line_offset": result.line_offset}
                self._span = (self._process.request(result.source, meta), result)
                return
            result = FullRender("large edit")
        if isinstance(result, FullRender):
            _log.debug("preview: full render (%s)", result.reason)
            self._request_full()
            return
        self._dirty.clear()
        self._send_patch(result)

    def _send_patch(self, result: Patch) -> None:
        """Applies ``result`` to the block map and sends it to the page."""
        if not result.remove and not result.html:
            return
        assert self._map is not None, "without a block map plan() asks for a full render"
        before = len(self._map.blocks)
        apply(self._map, result)
        expected = len(self._map.blocks)
        reveal = self._cursor_among(result.index, result.index + expected - before + result.remove)
        self._patch_answer_timer.start()
        self._changed_page()
        html = self._with_title_slot(result.html) if result.index == 0 else result.html
        self._run(scripts.patch_script(result.index, result.remove, html, result.delta, reveal,
                                       result.renames),
                  lambda count: self._on_patch_answer(count, expected))
        if result.index == 0:
            self._update_chrome_hint(result.html)

    def _changed_page(self) -> None:
        """Counts a change of the page: after enough of them, collect at the next pause."""
        self._changes_since_collect += 1
        if self._changes_since_collect >= COLLECT_AFTER_CHANGES:
            self._collect_timer.start()

    def _collect(self) -> None:
        self._changes_since_collect = 0
        if self._page_ready:
            self._run(scripts.collect_script())

    def _on_patch_answer(self, count: Any, expected: int) -> None:
        self._patch_answer_timer.stop()
        self._check(count, expected, "patch")
        self._schedule_flush()

    def _full_busy(self) -> bool:
        return self._full_id is not None or self._span is not None

    def _render_span(self, text: str, line_offset: int) -> str:
        return self._renderer_instance().render(text, line_offset=line_offset)

    def _check(self, count: Any, expected: int | None, kind: str) -> None:
        """The web process's answer to a change: resynchronise if the body went astray."""
        if expected is not None and count != expected and self._doc is not None:
            _log.warning("preview body out of step (%s elements, %s expected)", count, expected)
            self._dom_map = None
            if not self._full_busy():
                self._request_full()
            return
        self.contentUpdated.emit(kind)

    # --- scrolling -------------------------------------------------------------------------
    def _apply_follow(self) -> None:
        line = self._follow_line
        if line is None or self._map is None or not self._page_ready:
            return
        found = self._map.element_for_line(line)
        index, fraction = found if found is not None else (-1, 0.0)
        sourced = self._map.sourced()
        if sourced and index == sourced[0] and line <= self._map.start_of(0):
            index = -1  # the first line shows the page's top, header included
        self._run(scripts.scroll_script(index, fraction, self._cursor_element()))

    def _run(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        if callback is None:
            self._page.runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld)
        else:
            self._page.runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld,
                                     callback)
