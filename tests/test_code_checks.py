"""The code checks catch what they are there for: each is run on a planted violation.

``scripts/run-tests.sh`` runs ``ruff`` and ``mypy`` over the tree before the suite; these tests
prove the configuration in ``pyproject.toml`` bites (a check that passes everything would look
the same as a clean tree).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from test_layering import NO_QT

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed in this environment")
    return found


def _planted_package(tmp_path: Path, layer: str, source: str) -> Path:
    package = tmp_path / "src" / "retro_editor"
    (package / layer).mkdir(parents=True)
    (package / "__init__.py").write_text("", "utf-8")
    (package / layer / "__init__.py").write_text("", "utf-8")
    planted = package / layer / "planted.py"
    planted.write_text(textwrap.dedent(source), "utf-8")
    return planted


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_tool("mypy"), "--config-file", str(PYPROJECT), "--no-incremental",
                           str(path)], capture_output=True, text=True, timeout=300,
                          cwd=path.parents[3])


def test_mypy_finds_a_planted_type_error(tmp_path):
    planted = _planted_package(tmp_path, "ui", 'count: int = "three"\n')
    result = _mypy(planted)
    assert result.returncode == 1 and "Incompatible types in assignment" in result.stdout


def test_mypy_is_strict_for_core_and_not_for_ui(tmp_path):
    source = "def untyped(value):\n    return value\n"
    core = _mypy(_planted_package(tmp_path / "a", "core", source))
    ui = _mypy(_planted_package(tmp_path / "b", "ui", source))
    assert core.returncode == 1 and "missing a type annotation" in core.stdout
    assert ui.returncode == 0, ui.stdout


def test_ruff_finds_unsorted_imports_and_unused_names(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("import sys\nimport os\n", "utf-8")
    result = subprocess.run([_tool("ruff"), "check", "--config", str(PYPROJECT), str(planted)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "I001" in result.stdout and "F401" in result.stdout


def test_the_layering_check_catches_a_qt_import_in_core(tmp_path):
    """A copy of the package with ``import PySide6`` planted in a core module fails the same
    import-without-Qt check that tests/test_layering.py runs on the real one."""
    copy = tmp_path / "retro_editor"
    shutil.copytree(ROOT / "src" / "retro_editor", copy,
                    ignore=shutil.ignore_patterns("__pycache__"))
    textstats = copy / "core" / "textstats.py"
    textstats.write_text(textstats.read_text("utf-8") + "\nimport PySide6.QtCore\n", "utf-8")
    script = NO_QT + 'importlib.import_module("retro_editor.core.textstats")\n'
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin"})
    assert result.returncode != 0 and "Qt is not allowed here" in result.stderr
