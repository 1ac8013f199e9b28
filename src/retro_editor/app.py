"""Start-up of the desktop app: environment, QApplication, settings, the window, the project."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from retro_editor.ui.first_text import FirstText
    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.settings import Settings

#: the folders under the app's data folder where crash snapshots and backups are kept
RECOVERY = "recovery"
BACKUPS = "backups"


def prepare_environment() -> None:
    """Must run before QtWebEngine starts: Chromium refuses to run as root without
    ``--no-sandbox``; ``--expose-gc`` lets the preview collect the garbage its patches leave
    (with page scripts off, Chromium was seen to let it grow past 1 GB in three minutes of
    typing at 100,000 words before collecting it)."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        flags.append("--no-sandbox")
    if not any(flag.startswith("--js-flags") for flag in flags):
        flags.append("--js-flags=--expose-gc")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)


def default_project(settings: Settings) -> Path | None:
    """The last project if it is still there; None: the start screen is shown."""
    from retro_editor.ui import settings as keys

    last = settings.get(keys.LAST_PROJECT)
    return Path(last) if last and Path(last).exists() else None


def start_window(settings: Settings, path: Path | None, documents: Path,
                 data: Path, *, defer_preview: bool = False) -> tuple[MainWindow, bool]:
    """Shows the window with data safety attached, offers what a crash left behind, then
    opens ``path`` (or the last project; with none the start screen stays) unless a recovered
    project was restored. With ``defer_preview`` the live preview is put in once the window
    has painted (QtWebEngine then need not be imported before the QApplication: see
    :func:`run_app`), and a project whose text can be shown at once is: see
    :func:`start_staged`.
    Returns ``(window, opened)`` (``opened`` True for a staged start: it opens later)."""
    target = path if path is not None else default_project(settings)
    if defer_preview and target is not None:
        from retro_editor.ui.first_text import read_first_text

        first = read_first_text(target, data / RECOVERY)
        if first is not None:
            return start_staged(settings, target, first, documents, data), True
    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.safety import SafetyServices

    window = MainWindow(settings, documents_dir=documents, defer_preview=defer_preview)
    window.safety = SafetyServices(window, data / RECOVERY, data / BACKUPS)
    window.show()
    if window.safety.offer_recovery():
        if defer_preview:
            window.start_preview_after_first_paint()
        return window, True
    opened = target is not None and window.open_project(target)
    if defer_preview:
        window.start_preview_after_first_paint(opening=opened)
    return window, opened


def start_staged(settings: Settings, target: Path, first: FirstText, documents: Path,
                 data: Path) -> MainWindow:
    """The staged start: the window shows the project's text and takes keys first; once it
    has painted, the rest (the preview first) is built a few steps per event-loop turn, then
    the project is opened, adopting the text document as it then is. There is nothing to
    recover (``read_first_text`` made sure), so no recovery is offered."""
    from retro_editor.ui.main_window import MainWindow

    window = MainWindow(settings, documents_dir=documents, defer_preview=True, staged=True)
    window.show()  # laid out first: the cursor is centred in the editor's real height
    window.show_first_text(first)

    def open_it() -> None:
        from retro_editor.ui.safety import SafetyServices

        window.safety = SafetyServices(window, data / RECOVERY, data / BACKUPS)
        opened = window.open_project(target, first)
        document = window.controller.document
        if document is not None and document.text_document is first.document:
            if document.is_modified():  # typed before the project was open
                window.autosave.opened_with_changes()
                window.safety.watcher.check_now()  # the file may have changed meanwhile
            return
        if not opened:
            first.lock.release()  # else the project's lock is the same file, held now
            if first.document.isModified():
                window.keep_typed_text()
                return
            window.show_no_project()
        if window.editor.document() is not first.document:
            first.document.deleteLater()

    window.complete_after_first_paint(open_it)
    return window


def run_app(path: Path | None, smoke_test: bool = False, sample: bool = False) -> int:
    """Starts the desktop app on ``path`` (None: the last project or the start screen; with
    ``sample``, the writer's copy of the sample article)."""
    prepare_environment()
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
    from PySide6.QtWidgets import QApplication

    defer_preview = not smoke_test
    if defer_preview:
        # what importing QtWebEngine first would do: it can then come after the window
        # shows the text (0.15-0.2 s sooner at start)
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    else:
        try:
            import PySide6.QtWebEngineWidgets  # noqa: F401  (must precede the QApplication)
        except ImportError:
            pass

    from retro_editor import __version__
    from retro_editor.ui import settings as keys
    from retro_editor.ui.settings import Settings
    from retro_editor.ui.translate import install_translations, interface_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("RetroEditor")
    app.setApplicationName("Retro Editor")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("retro-editor")
    settings = Settings(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                  "RetroEditor", "Retro Editor"))
    install_translations(app, interface_language(settings.get(keys.INTERFACE_LANGUAGE)))
    documents = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    data = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation) or Path.home() / ".retro-editor")
    if sample:
        from retro_editor.core.sample import install_sample
        from retro_editor.resources import resource_path

        path = install_sample(resource_path("sample"), documents / "Retro Editor")
    if smoke_test:
        from retro_editor.ui.smoke_test import dismiss_dialogs, run_smoke_test

        dismiss_dialogs(app)
    window, opened = start_window(settings, path, documents, data, defer_preview=defer_preview)
    if smoke_test:
        return run_smoke_test(app, window, opened)
    return app.exec()
