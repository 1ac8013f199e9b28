"""PDF: the themed export page printed by Qt WebEngine (Chromium), so text stays selectable,
links stay links and images are those of the web page.

Printing needs a Qt application and the GUI thread. From the command line there is none: one
is created, on the offscreen platform when there is no display, with Chromium's sandbox off
when running as root (Chromium refuses to start otherwise). Such an application keeps Qt's
and Chromium's console chatter (no GPU, no D-Bus: harmless without a display) off stderr:
Qt's messages go to the ``retro_editor.qt`` logger (debug level; critical ones as errors)
and Chromium logs only fatal errors. In the app the format declares
``runs_on_gui_thread``: its generator must be stepped on the GUI thread, and between steps it
pumps Qt's events itself (at most ~50 ms per step), so progress and Cancel keep working.

The page is written to a temporary folder and loaded from there, with images linked to the
project's files (Chromium's ``setHtml`` is limited to 2 MB). The page size and margins are
given both to the printer and as a CSS ``@page`` rule after the theme's, which wins over the
theme's own print margins; the same rule prints the running head (the title) and the page
numbers in the page margins (the head typeset as the header's title), and :mod:`.print_page`
prepares the rest of the page for print.
Chromium's file then gets the document information, bookmarks and language
(:mod:`.pdf_finish`).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project
from retro_editor.core.translatable import translatable
from retro_editor.export.assets import embeddable_file, is_local
from retro_editor.export.base import ExportFormat, ExportOption, Output, Step
from retro_editor.export.html import page_html, social_tags, theme_option
from retro_editor.export.pdf_finish import finish_pdf
from retro_editor.export.print_page import Heading, prepare_page, print_css
from retro_editor.render.typography import typeset_text, typesetting_for

_qt_log = logging.getLogger("retro_editor.qt")
LOAD_TIMEOUT_S = 120.0
_PAGE_SIZES = {"A4": "A4", "Letter": "Letter"}


def _log_qt_message(mode: Any, context: Any, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    serious = mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    _qt_log.log(logging.ERROR if serious else logging.DEBUG, "%s", message)


def _quiet_chromium() -> None:
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if not any(flag.startswith("--log-level") for flag in flags.split()):
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --log-level=3".strip()


def ensure_application() -> Any:
    """The running QApplication, or a new one set up to work without a display."""
    from PySide6.QtCore import QCoreApplication, Qt, qInstallMessageHandler

    app = QCoreApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags.split():
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()
    _quiet_chromium()
    qInstallMessageHandler(_log_qt_message)
    import PySide6.QtWebEngineCore  # noqa: F401 - must be loaded before the application
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        pass
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    return QApplication([sys.argv[0] if sys.argv else "retro-editor"])


def page_layout(options: dict[str, Any]) -> Any:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    size = QPageSize(getattr(QPageSize.PageSizeId, _PAGE_SIZES[options["page_size"]]))
    margin = float(options["margin_mm"])
    return QPageLayout(size, QPageLayout.Orientation.Portrait,
                       QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)


def _margin(value: Any) -> float:
    try:
        margin = float(value)
    except (TypeError, ValueError):
        raise ProjectError(None, f"margin_mm must be a number of millimetres, not {value!r}") from None
    if not 0 <= margin <= 60:
        raise ProjectError(None, f"margin_mm must be between 0 and 60, not {value!r}")
    return margin


def _wait(condition: Callable[[], bool], step: Step, what: str) -> Iterator[Step]:
    """Runs a nested event loop for ~50 ms at a time until ``condition()`` holds, yielding
    ``step`` in between. (``processEvents(flags, maxtime)`` crashes PySide6 6.12.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise ProjectError(None, f"PDF export: {what} took longer than "
                                     f"{LOAD_TIMEOUT_S:.0f} seconds")
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        yield step


def request_allowed(scheme: str, host: str, local: str, page_file: Path,
                    project_folder: Path) -> bool:
    """May the printed page load this? Like the preview: file: only the page itself and files
    inside the project (links followed); web and data: URLs as they are."""
    scheme = scheme.lower()
    if scheme in ("http", "https", "data"):
        return True
    if scheme != "file" or host not in ("", "localhost") or not local:
        return False
    try:
        real = Path(local).resolve()
        root = project_folder.resolve()
    except (OSError, RuntimeError):
        return False
    return real == page_file.resolve() or real.is_relative_to(root)


def _request_guard(page_file: Path, project_folder: Path, blocked: list[str]) -> Any:
    """A request interceptor that blocks (and lists) what :func:`request_allowed` refuses."""
    from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor

    class Guard(QWebEngineUrlRequestInterceptor):
        def interceptRequest(self, info: Any) -> None:  # noqa: N802
            url = info.requestUrl()
            if not request_allowed(url.scheme(), url.host(), url.toLocalFile(), page_file,
                                   project_folder):
                info.block(True)
                blocked.append(url.toString())

    return Guard()


def printed_page(project: Project, options: dict[str, Any]) -> tuple[str, list[Heading]]:
    """The page Chromium prints (images linked to the project's files) and the headings its
    bookmarks point to."""
    title = typeset_text(project.manifest.article.title, typesetting_for(project.manifest))
    css = print_css(title, options["page_size"],
                    _margin(options["margin_mm"]))
    return prepare_page(page_html(
        project, options,
        lambda url: embeddable_file(project, url).as_uri() if is_local(url) else url,
        social_tags(project.manifest) + "\n" + css))


def run(project: Project, destination: Path, options: dict[str, Any],
        output: Output) -> Iterator[Step]:
    _margin(options["margin_mm"])  # a bad value is refused before anything starts
    yield (0, 4)
    if not destination.parent.is_dir():
        raise ProjectError(destination.parent, "the destination folder does not exist")
    app = ensure_application()
    from PySide6.QtCore import QThread, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings

    if QThread.currentThread() is not app.thread():
        raise ProjectError(destination, "the PDF export must run on the GUI thread")
    article = project.manifest.article
    html, headings = printed_page(project, options)
    with tempfile.TemporaryDirectory(prefix="retro-pdf-") as folder:
        page_file = Path(folder) / "page.html"
        page_file.write_text(html, encoding="utf-8")
        blocked: list[str] = []
        guard = _request_guard(page_file, project.folder, blocked)
        profile = QWebEngineProfile()
        profile.setUrlRequestInterceptor(guard)
        page = QWebEnginePage(profile)
        try:
            settings = page.settings()
            settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
            settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
            loaded: list[bool] = []
            page.loadFinished.connect(lambda ok: loaded.append(bool(ok)))
            page.load(QUrl.fromLocalFile(str(page_file)))
            yield from _wait(lambda: bool(loaded), (1, 4), "loading the page")
            if blocked:
                raise ProjectError(project.article_path, f"the article refers to {blocked[0]}, "
                                   "outside the project; a PDF includes only the project's "
                                   "own files")
            if not loaded[0]:
                raise ProjectError(page_file, "the page could not be loaded for printing")
            printed: list[bool] = []
            pdf_file = Path(folder) / "page.pdf"
            page.pdfPrintingFinished.connect(lambda _path, ok: printed.append(bool(ok)))
            page.printToPdf(str(pdf_file), page_layout(options))
            yield from _wait(lambda: bool(printed), (2, 4), "printing")
            data = pdf_file.read_bytes() if printed[0] and pdf_file.is_file() else b""
        finally:
            del page
            del profile
            del guard
        if not data:
            raise ProjectError(destination, "printing to PDF failed")
    yield (3, 4)
    data = finish_pdf(data, {"/Title": article.title, "/Author": article.author,
                             "/Subject": article.summary, "/Keywords": ", ".join(article.tags),
                             "/Creator": "Retro Editor"}, headings, article.language)
    output.commit_file(destination, data)
    yield (4, 4)


FORMAT = ExportFormat(
    name="pdf",
    label=translatable("ExportDialog", "PDF"),
    extension=".pdf",
    produce=run,
    runs_on_gui_thread=True,
    description="The themed web page printed to PDF: selectable text, working links, images.",
    options=(
        ExportOption("page_size", translatable("ExportDialog", "Page size"), "A4", tuple(_PAGE_SIZES)),
        ExportOption("margin_mm", translatable("ExportDialog", "Margins (mm)"), "18",
                     help=translatable("ExportDialog", "margin on every side, in millimetres (0 to 60)")),
        theme_option(),
    ),
)
