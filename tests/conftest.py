"""Test-wide set-up: offscreen Qt, web engine flags and private config/cache folders.

The environment must be set before any QApplication exists, so it is done at import.
"""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from retro_editor.app import prepare_environment

_private_home = Path(tempfile.mkdtemp(prefix="retro-tests-"))
atexit.register(shutil.rmtree, _private_home, ignore_errors=True)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
prepare_environment()  # the web engine's flags as the app sets them
for _var, _sub in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"),
                   ("XDG_DATA_HOME", "data"), ("XDG_RUNTIME_DIR", "runtime")):
    os.environ[_var] = str(_private_home / _sub)
    (_private_home / _sub).mkdir(mode=0o700, exist_ok=True)

try:  # the web engine must be imported before the QApplication is created
    import PySide6.QtWebEngineWidgets  # noqa: F401
except ImportError:  # core and render tests still run without Qt
    pass

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def sample_project_dir() -> Path:
    """The bundled sample project (read-only use: copy it before changing it)."""
    return REPO_ROOT / "resources" / "sample" / "Neon Harbor Retrospective"


@pytest.fixture(autouse=True)
def _qt_garbage_collected_at_teardown(request):
    """Deletes a Qt test's widgets and collects its garbage right after it ends.

    pytest-qt only schedules the deletion of a test's widgets (``deleteLater``, which runs
    in some later test's event loop), and fixtures such as a bare ``ProjectDocument`` live in
    reference cycles that the interpreter frees at an arbitrary later moment. Freed there,
    in the middle of another test's Qt calls, they crashed the process once in CI. Here they
    go at a known, quiet moment, and a crash would name the test that made them.
    """
    yield
    if not {"qtbot", "qapp", "qtmodeltester"} & set(request.fixturenames):
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.freeze()  # what outlived its test is left alone, so each collection stays short
