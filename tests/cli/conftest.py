"""Shared by the command-line tests: a copy of the sample project, and running a command."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from retro_editor.cli import main


@pytest.fixture
def sample_copy(tmp_path: Path, sample_project_dir: Path) -> Path:
    target = tmp_path / "project"
    shutil.copytree(sample_project_dir, target)
    return target


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Runs ``retro-editor ARGV`` as the installed entry point does; (status, stdout, stderr)."""
    with pytest.raises(SystemExit) as exited:
        sys.exit(main(list(argv)))
    out, err = capsys.readouterr()
    return exited.value.code, out, err
