"""What the preview may load and which links it may open.

:func:`request_allowed` and :func:`link_action` are plain functions (unit-tested alone);
:class:`ProjectUrlInterceptor` applies the first to every request the page makes.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

#: schemes a preview page may load resources from (file: only inside the project)
LOADABLE_SCHEMES = frozenset({"http", "https", "file", "data", "qrc"})
#: schemes a clicked link may open in the system's handler
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


def _inside(path: Path, folder: Path) -> bool:
    try:
        real = path.resolve()
        root = folder.resolve()
    except (OSError, RuntimeError):
        return False
    return real == root or real.is_relative_to(root)


def request_allowed(url: QUrl, project_folder: Path | None) -> bool:
    """May the preview load ``url``? file: only inside the project (symbolic links followed)."""
    scheme = url.scheme().lower()
    if scheme not in LOADABLE_SCHEMES:
        return False
    if scheme != "file":
        return True
    if project_folder is None or url.host() not in ("", "localhost"):
        return False
    local = url.toLocalFile()
    return bool(local) and _inside(Path(local), project_folder)


class LinkAction(Enum):
    OPEN = "open"        # hand to the system (browser, mail client)
    SCROLL = "scroll"    # an anchor in the page itself
    REFUSE = "refuse"


def link_action(url: QUrl, page_url: QUrl | None = None) -> LinkAction:
    """What a click on ``url`` does: open outside, scroll within the page, or nothing."""
    if page_url is not None and url.hasFragment():
        here = QUrl(page_url)
        here.setFragment(None)  # type: ignore[arg-type]  # Qt takes a null string; stub: str
        there = QUrl(url)
        there.setFragment(None)  # type: ignore[arg-type]
        if there == here or not there.toString():
            return LinkAction.SCROLL
    if url.scheme().lower() in EXTERNAL_SCHEMES and url.isValid():
        return LinkAction.OPEN
    return LinkAction.REFUSE


def mail_address(url: QUrl) -> str | None:
    """The address(es) of a ``mailto:`` link, without its ``?subject=…`` part; else None."""
    if url.scheme().lower() != "mailto":
        return None
    return url.path(QUrl.ComponentFormattingOption.FullyDecoded) or None


class ProjectUrlInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request :func:`request_allowed` refuses and says which.

    An imported project's images that its first save has not copied yet
    (``Project.pending_assets``) are read from where they are: a request for one is redirected
    to its file, which may then be loaded."""

    blocked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        self._pending: dict[str, Path] = {}

    def set_project_folder(self, folder: Path | None,
                           pending: Mapping[str, Path] | None = None) -> None:
        self._folder = folder
        self._pending = dict(pending or {})

    def _pending_source(self, url: QUrl) -> Path | None:
        if not self._pending or self._folder is None or url.scheme().lower() != "file":
            return None
        local = Path(url.toLocalFile())
        try:
            relative = local.relative_to(self._folder.absolute()).as_posix()
        except ValueError:
            return None
        source = self._pending.get(relative)
        return source if source is not None and not local.exists() else None

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
        url = info.requestUrl()
        source = self._pending_source(url)
        if source is not None:
            info.redirect(QUrl.fromLocalFile(str(source)))
            return
        if request_allowed(url, self._folder) or (
                url.scheme().lower() == "file" and Path(url.toLocalFile()) in self._pending.values()):
            return
        info.block(True)
        self.blocked.emit(url.toString())
