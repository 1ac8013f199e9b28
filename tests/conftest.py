"""Test-wide set-up: offscreen Qt, web engine flags and private config/cache folders.

The environment must be set before any QApplication exists, so it is done at import.
"""

from __future__ import annotations

import atexit
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
