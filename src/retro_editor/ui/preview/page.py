"""The preview's web page: no page script, no navigation, links routed through one policy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)

from retro_editor.ui.preview.url_policy import LinkAction, ProjectUrlInterceptor, link_action

UrlOpener = Callable[[QUrl], object]

#: how long a load may stay unfinished before the next one is started anyway (ms)
LOAD_GIVE_UP_MS = 5_000

_OFF = (
    QWebEngineSettings.WebAttribute.JavascriptEnabled,
    QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows,
    QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
    QWebEngineSettings.WebAttribute.PluginsEnabled,
    QWebEngineSettings.WebAttribute.PdfViewerEnabled,
    QWebEngineSettings.WebAttribute.AutoLoadIconsForPage,
    QWebEngineSettings.WebAttribute.FullScreenSupportEnabled,
    QWebEngineSettings.WebAttribute.ScreenCaptureEnabled,
    QWebEngineSettings.WebAttribute.WebGLEnabled,
    QWebEngineSettings.WebAttribute.DnsPrefetchEnabled,
)


class PreviewPage(QWebEnginePage):
    """Shows what the view loads and nothing else.

    Every navigation away from the page is refused; a clicked http, https or mailto link goes
    to ``opener`` (the system browser by default), any other link emits :attr:`linkRefused`.
    Links that ask for a new window take the same way.
    """

    linkRefused = Signal(str)
    linkOpened = Signal(str)

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None, *,
                 opener: UrlOpener | None = None) -> None:
        super().__init__(profile, parent)
        self._opener: UrlOpener = opener or QDesktopServices.openUrl
        self._loads_expected = 0
        # One load at a time: a setHtml started while another is still loading was seen to
        # leave the page with a data: address instead of its base URL (the view then never
        # knew its page was ready). A newer request replaces a queued one.
        self._loading = False
        self._queued: tuple[str, QUrl] | None = None
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(LOAD_GIVE_UP_MS)
        self._give_up.timeout.connect(self._load_ended)
        self.loadFinished.connect(self._load_ended)
        settings = self.settings()
        for attribute in _OFF:
            settings.setAttribute(attribute, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.ErrorPageEnabled, False)
        self.interceptor = ProjectUrlInterceptor(self)
        self.setUrlRequestInterceptor(self.interceptor)
        self.newWindowRequested.connect(self._on_new_window)

    def set_opener(self, opener: UrlOpener) -> None:
        self._opener = opener

    def load_html(self, html: str, base_url: QUrl) -> None:
        """``setHtml`` that the navigation policy lets through, once the page's current load
        (if any) has finished."""
        if self._loading:
            self._queued = (html, QUrl(base_url))
            return
        self._queued = None  # an older request waiting for its turn must not follow this one
        self._loading = True
        self._give_up.start()
        self._loads_expected += 1
        self.setHtml(html, base_url)

    def _load_ended(self, *_args: object) -> None:
        self._loading = False
        self._give_up.stop()
        if self._queued is not None:
            # after every other slot of this loadFinished has seen the finished page's URL
            QTimer.singleShot(0, self, self._start_queued)  # dropped if the page goes first

    def _start_queued(self) -> None:
        if self._queued is not None and not self._loading:
            html, base_url = self._queued
            self._queued = None
            self.load_html(html, base_url)

    def handle_link(self, url: QUrl) -> None:
        action = link_action(url, self.url())
        if action is LinkAction.OPEN:
            self.linkOpened.emit(url.toString())
            self._opener(url)
        elif action is LinkAction.REFUSE:
            self.linkRefused.emit(url.toString())

    # --- QWebEnginePage ----------------------------------------------------------------------
    def acceptNavigationRequest(self, url: QUrl | str,  # noqa: N802
                                navigation_type: QWebEnginePage.NavigationType,
                                is_main_frame: bool) -> bool:
        url = QUrl(url)  # Qt passes a QUrl; the stub also allows a str
        kind = QWebEnginePage.NavigationType
        if (navigation_type == kind.NavigationTypeTyped and is_main_frame
                and self._loads_expected and url.scheme() == "data"):
            self._loads_expected -= 1
            return True
        if navigation_type == kind.NavigationTypeLinkClicked and is_main_frame:
            if link_action(url, self.url()) is LinkAction.SCROLL:
                return True
            self.handle_link(url)
        return False

    # None (no window) is allowed by Qt; the stub's return type lacks it
    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> None:  # type: ignore[override]  # noqa: N802
        return None  # newWindowRequested brings the URL to handle_link

    def javaScriptConsoleMessage(self, *_args: object) -> None:  # noqa: N802
        return None

    def _on_new_window(self, request: QWebEngineNewWindowRequest) -> None:
        self.handle_link(request.requestedUrl())
