"""Fixtures shared by the core tests."""

from __future__ import annotations

import shutil

import pytest

from retro_editor.core.project import open_project


@pytest.fixture
def project(tmp_path, sample_project_dir):
    """An open copy of the bundled sample project (tests may change and save it)."""
    shutil.copytree(sample_project_dir, tmp_path / "p")
    return open_project(tmp_path / "p")
