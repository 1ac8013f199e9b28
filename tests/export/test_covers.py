"""One rule for covers, in core, applied by check and by every export (issue 11, item 14):
a cover is an image file in the project named by a relative path, never a URL."""

from __future__ import annotations

import pytest

from conftest import export, files_below
from retro_editor.core.check import check_project
from retro_editor.core.errors import ProjectError

URL_COVERS = ["https://example.org/cover.png", "http://example.org/c.png",
              "file:///etc/hostname", "javascript:alert(1)", "JavaScript:alert(1)",
              "data:image/png;base64,AAAA", "//example.org/c.png", "ftp://x/c.png"]
ALL = ["html", "pdf", "docx", "epub", "markdown", "hugo", "jekyll"]


@pytest.mark.parametrize("cover", URL_COVERS)
def test_check_flags_a_url_cover(cover, sample_copy):
    """Repro: an ``https:`` cover passed check, and exports then failed with a misleading
    error (main: check found no problem with it)."""
    sample_copy.manifest.article.cover = cover
    problems = [p for p in check_project(sample_copy) if p.field == "article.cover"]
    assert any("must be an image file in the project" in p.message for p in problems)


@pytest.mark.parametrize("cover", ["/etc/hostname", "../outside.png", "assets/c.png?x=1"])
def test_check_flags_a_cover_path_outside_or_with_a_query(cover, sample_copy):
    sample_copy.manifest.article.cover = cover
    assert [p for p in check_project(sample_copy) if p.field == "article.cover"]


def test_a_project_cover_passes_the_rule(sample_copy):
    from retro_editor.core.cover import cover_problem

    assert cover_problem("assets/cover.png") is None and cover_problem("") is None
    assert not [p for p in check_project(sample_copy) if p.field == "article.cover"]


@pytest.fixture
def pdf_app(request):
    if "pdf" in request.node.name:
        request.getfixturevalue("qapp")


@pytest.mark.parametrize("cover", ["javascript:alert(1)", "file:///etc/hostname",
                                   "https://example.org/cover.png"])
@pytest.mark.parametrize("name", ALL)
def test_every_export_refuses_a_url_cover_with_the_same_message(name, cover, sample_copy,
                                                               tmp_path, pdf_app):
    """Repro: ``file:`` and ``javascript:`` covers reached the HTML ``<img>`` (main: the HTML
    export wrote ``<img src="javascript:alert(1)">``), an ``https:`` one failed four exporters
    with a misleading error."""
    sample_copy.manifest.article.cover = cover
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ProjectError, match="article.cover: the cover .* must be an image file "
                                           "in the project"):
        export(sample_copy, name, out / f"x.{name}")
    assert files_below(out) == []
