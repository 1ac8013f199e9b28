"""Shared fixtures for the render tests: one renderer per test module (its highlighting worker
is started once and stopped at the end)."""

from __future__ import annotations

import pytest

from retro_editor.render.markdown import MarkdownRenderer


@pytest.fixture(scope="module")
def renderer():
    r = MarkdownRenderer()
    yield r
    r.close()
