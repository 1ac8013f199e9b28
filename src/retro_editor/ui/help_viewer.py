"""Help → User Guide and Help → Markdown Cheat Sheet: bundled pages rendered by the app's own
Markdown renderer into a ``QTextBrowser``, offline. Links between the bundled pages and to
headings stay in the viewer; web and mail links open in the browser."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from retro_editor.core.errors import ProjectError
from retro_editor.core.storage import read_bytes_limited
from retro_editor.render.highlight import Highlighter
from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.resources import HELP_PAGES, help_page
from retro_editor.ui.markdown_cheat_sheet import cheat_sheet_html
from retro_editor.ui.translate import translator

tr = translator("HelpViewer")
_PAGE_LIMIT = 2_000_000
_CHECKED_BOX = re.compile(r"<input\b[^>]*\bchecked\b[^>]*>")
_BOX = re.compile(r"<input\b[^>]*>")

#: rich-text styling of the help pages (colours come from the palette, light or dark)
_STYLE = """
h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; }
pre, code { font-family: monospace; }
th { border-bottom: 1px solid gray; }
td { border-bottom: 1px solid gray; vertical-align: top; }
"""


class HelpTopic(Enum):
    USER_GUIDE = "user-guide.md"
    MARKDOWN = "markdown"


class _NoHighlighting(Highlighter):
    """The help pages' code blocks stay plain: no highlighting process for a help page."""

    def highlight(self, language: str, code: str, *, deadline: float | None = None) -> str | None:
        return None


class HelpViewer(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpViewer")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDefaultStyleSheet(_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 720)
        self.page = ""

    def show_topic(self, topic: HelpTopic) -> None:
        if topic is HelpTopic.MARKDOWN:
            self.setWindowTitle(tr("Markdown Cheat Sheet"))
            self._show_html("markdown", _render(cheat_sheet_html))
        else:
            self.show_page(topic.value)

    def show_page(self, name: str, anchor: str = "") -> None:
        """Shows a bundled documentation page (``user-guide.md``) at ``anchor``."""
        self.setWindowTitle(tr("User Guide") if name == "user-guide.md" else name)
        try:
            text = read_bytes_limited(help_page(name), _PAGE_LIMIT, "help page").decode("utf-8")
        except (OSError, ProjectError, UnicodeDecodeError) as exc:
            text = tr("This page is missing from the installation: {reason}").format(reason=exc)
        self._show_html(name, _render(lambda renderer: renderer.render(text)))
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def _show_html(self, page: str, html: str) -> None:
        self.page = page
        self.browser.setHtml(html)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif not url.scheme() and url.path() in HELP_PAGES:
            self.show_page(url.path(), url.fragment())
        elif not url.scheme() and not url.path() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())


def _render(make: Callable[[MarkdownRenderer], str]) -> str:
    """The page's HTML; task-list boxes (inputs, which rich text cannot show) as ☑ and ☐."""
    renderer = MarkdownRenderer(highlighter=_NoHighlighting())
    try:
        html = make(renderer)
        html = _CHECKED_BOX.sub("☑ ", html)
        return _BOX.sub("☐ ", html)
    finally:
        renderer.close()


def show_help(window: QWidget, topic: HelpTopic) -> HelpViewer:
    """Shows ``topic`` in the window's help viewer (one, kept open beside the text if wanted)."""
    viewer = window.findChild(HelpViewer, "helpViewer")
    if viewer is None:
        viewer = HelpViewer(window)
    viewer.show_topic(topic)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer
