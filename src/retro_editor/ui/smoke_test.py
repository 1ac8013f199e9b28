"""``retro-editor --smoke-test``: proves that a build (frozen, installed or from source) works.

With the window shown and the project opened, it waits for the live preview to render once,
exports the open project to HTML and PDF through the export registry into a temporary folder,
checks both files, prints one line per step and returns the exit status: 0 when every step
passed, 1 with a line saying which step failed. A watchdog ends the process if a step hangs.
"""

from __future__ import annotations

import dataclasses
import faulthandler
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

PREVIEW_TIMEOUT_S = 60.0
#: the whole test, as a last resort against a hang inside a step (the process then prints
#: every thread's stack and exits with status 1)
WATCHDOG_S = 420.0
EXPORTS = ("html", "pdf")


class SmokeTestFailure(Exception):
    """A step failed; the message says which and why."""


def say(message: str) -> None:
    print(f"smoke test: {message}", flush=True)


def _wait_for(condition: Callable[[], object], timeout_s: float) -> bool:
    """Runs the event loop in 50 ms slices until ``condition()`` holds or time runs out."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():
        if time.monotonic() >= deadline:
            return False
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    return True


def _page_text(view: Any, timeout_s: float) -> str:
    """The preview page's text, read through the web engine."""
    found: list[str] = []
    view.page().toPlainText(found.append)
    if not _wait_for(lambda: bool(found), timeout_s):
        raise SmokeTestFailure("the preview page did not answer with its text")
    return found[0]


def wait_for_preview(window: Any, title: str, timeout_s: float = PREVIEW_TIMEOUT_S) -> float:
    """Seconds until the preview showed the whole article once: its ``contentUpdated("full")``
    signal (or a web view's ``loadFinished``), then the article's title in the page's text."""
    from PySide6.QtWebEngineWidgets import QWebEngineView

    started = time.monotonic()
    preview = getattr(window, "preview", None)
    if not isinstance(preview, QWebEngineView):
        raise SmokeTestFailure(f"the preview is a {type(preview).__name__}, not a web view: "
                               "the web engine is missing or could not start")
    rendered: list[bool] = []
    failures: list[str] = []
    from retro_editor.ui.preview.view import PreviewView

    if isinstance(preview, PreviewView):
        preview.contentUpdated.connect(lambda kind: rendered.append(kind == "full"))
        preview.renderFailed.connect(failures.append)
    else:
        preview.loadFinished.connect(rendered.append)
    if not _wait_for(lambda: any(rendered) or failures, timeout_s):
        raise SmokeTestFailure(f"the preview did not render within {timeout_s:.0f} s")
    if failures:
        raise SmokeTestFailure(f"the preview failed to render: {failures[0]}")
    text = ""
    while time.monotonic() - started < timeout_s:
        text = _page_text(preview, timeout_s)
        if title in text:
            return time.monotonic() - started
        _wait_for(lambda: False, 0.2)
    raise SmokeTestFailure(f"the preview rendered but does not show the title {title!r} "
                           f"({len(text)} characters of text)")


def check_helpers(timeout_s: float = PREVIEW_TIMEOUT_S) -> str:
    """Starts the helper processes (they run ``sys.executable``, the app itself when frozen):
    the preview's render worker renders a page with code, the highlighter colours it, the
    paste helper converts HTML."""
    from retro_editor.render.helper_process import HelperClient, HelperError
    from retro_editor.render.highlight import Highlighter
    from retro_editor.render.paste_helper import PASTE_HELPER
    from retro_editor.ui.preview.render_process import RenderProcess

    code = "print('retro')"
    process = RenderProcess(timeout_ms=int(timeout_s * 1000))
    answers: list[tuple[Any, ...]] = []
    process.finished.connect(lambda *args: answers.append(("ok", *args)))
    process.failed.connect(lambda *args: answers.append(("failed", *args)))
    try:
        process.request(f"# Helpers\n\n```python\n{code}\n```\n")
        if not _wait_for(lambda: bool(answers), timeout_s):
            raise SmokeTestFailure("the render worker did not answer")
    finally:
        process.shutdown()
    if answers[0][0] != "ok" or "<h1" not in answers[0][-1]:
        raise SmokeTestFailure(f"the render worker failed: {answers[0][-1]}")
    highlighter = Highlighter(timeout=timeout_s)
    try:
        coloured = highlighter.highlight("python", code)
    finally:
        highlighter.close()
    if not coloured or "<span" not in coloured:
        reason = highlighter.disabled_reason or "no highlighted HTML came back"
        raise SmokeTestFailure(f"the highlighting worker failed: {reason}")
    paste = HelperClient(PASTE_HELPER, startup_timeout=timeout_s)
    try:
        _meta, markdown = paste.request({}, "<p>A <b>bold</b> paste</p>", timeout_s)
    except HelperError as exc:
        raise SmokeTestFailure(f"the paste helper failed: {exc}") from None
    finally:
        paste.close()
    if markdown != "A **bold** paste":
        raise SmokeTestFailure(f"the paste helper answered {markdown!r}")
    return "render worker, highlighting worker and paste helper answered"


#: a word every English dictionary refuses, and its correction
MISSPELT, CORRECTED = "recieve", "receive"


def check_spelling() -> str:
    """The spell check works: Enchant loads, an English dictionary is found, a misspelling is
    marked and a correct word is not (a build without its Enchant or dictionaries fails here,
    on every platform: Windows and macOS builds bundle them, Linux packages depend on them)."""
    from retro_editor.core.spelling import open_spell_checker

    setup = open_spell_checker(["en-US"], None)
    if setup.notice or not setup.checker.active:
        reason = setup.notice or "no dictionary loaded"
        raise SmokeTestFailure(f"spell check: {reason}")
    line = f"We {MISSPELT} letters."
    marked = [line[start:end] for start, end in setup.checker.misspelt_in_line(line)]
    if marked != [MISSPELT] or not setup.checker.is_correct(CORRECTED):
        raise SmokeTestFailure(f"spell check marked {marked} in {line!r}")
    if CORRECTED not in setup.checker.suggestions(MISSPELT):
        raise SmokeTestFailure(f"spell check does not suggest {CORRECTED!r} for {MISSPELT!r}")
    return f"spell check marked {MISSPELT!r} and suggested {CORRECTED!r}"


def check_output(name: str, path: Path, title: str) -> str:
    """A short description of a good export file; SmokeTestFailure if it is not one."""
    if not path.is_file() or path.stat().st_size == 0:
        raise SmokeTestFailure(f"the {name} export wrote no file at {path}")
    data = path.read_bytes()
    if name == "pdf":
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise SmokeTestFailure(f"{path} is not a complete PDF file")
    elif name == "html":
        text = data.decode("utf-8", "replace")
        if "<html" not in text or title not in text:
            raise SmokeTestFailure(f"{path} is not the article's web page")
    return f"{path.name}, {len(data):,} bytes"


def export_project(project: Any, folder: Path, title: str) -> None:
    from retro_editor.export.registry import export_formats

    formats = export_formats()
    for name in EXPORTS:
        fmt = formats.get(name)
        if fmt is None:
            raise SmokeTestFailure(f"the export registry has no {name} format")
        destination = folder / f"smoke-test{fmt.extension or '-' + name}"
        started = time.monotonic()
        try:
            for _step in fmt.run(project, destination, fmt.resolve_options({})):
                pass
        except Exception as exc:  # any failure of an exporter fails the test with its reason
            raise SmokeTestFailure(f"{name} export failed: {type(exc).__name__}: {exc}") from exc
        described = check_output(name, destination, title)
        say(f"exported {name} in {time.monotonic() - started:.2f} s ({described})")


def _steps(window: Any, opened: bool) -> None:
    document = getattr(window.controller, "document", None)
    if not opened or document is None:
        raise SmokeTestFailure("no project is open (see the messages above)")
    project = document.project
    title = project.manifest.article.title or project.folder.name
    say(f"opened {project.folder} ({len(document.text().split()):,} words)")
    say(f"preview rendered in {wait_for_preview(window, title):.2f} s")
    say(check_helpers())
    say(check_spelling())
    snapshot = dataclasses.replace(project, manifest=project.manifest.model_copy(deep=True))
    with tempfile.TemporaryDirectory(prefix="retro-editor-smoke-") as folder:
        export_project(snapshot, Path(folder), title)


def _start_watchdog() -> bool:
    try:
        faulthandler.dump_traceback_later(WATCHDOG_S, exit=True)
    except (RuntimeError, OSError, ValueError):  # no usable stderr (a windowed build)
        return False
    return True


def dismiss_dialogs(app: Any) -> QTimer:
    """No one answers dialogs in a smoke test: each one that opens (a broken project, a stale
    lock) is printed and cancelled, so the run fails with its message instead of hanging."""
    from PySide6.QtWidgets import QMessageBox

    def dismiss() -> None:
        dialog = app.activeModalWidget()
        if dialog is None:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        say(f"dialog dismissed: {text}")
        dialog.reject()

    timer = QTimer(app)
    timer.setInterval(300)
    timer.timeout.connect(dismiss)
    timer.start()
    return timer


def run_smoke_test(app: Any, window: Any, opened: bool) -> int:
    """Runs every step; 0 when all passed, 1 otherwise. The window is closed at the end."""
    watchdog = _start_watchdog()
    try:
        _steps(window, opened)
    except SmokeTestFailure as exc:
        say(f"FAILED: {exc}")
        return 1
    finally:
        if watchdog:
            faulthandler.cancel_dump_traceback_later()
        window.controller.close_project()
        shutdown = getattr(window.preview, "shutdown", None)
        if shutdown is not None:
            shutdown()  # its render worker
        window.close()
        app.processEvents()
    say("passed")
    return 0
