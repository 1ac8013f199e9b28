"""The one slug function: every path that derives a slug from a title gives the same one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retro_editor.core import manifest as manifest_module
from retro_editor.core.frontmatter_map import manifest_from_front_matter
from retro_editor.core.manifest import SLUG_PATTERN
from retro_editor.core.project import import_markdown, new_project
from retro_editor.core.slug import make_slug


@pytest.mark.parametrize(("title", "slug"), [
    ("Hero: A Retrospective", "hero-a-retrospective"),
    ("Café Society (1999)", "cafe-society-1999"),
    ("Don't Stop", "dont-stop"),
    ("Don’t Stop", "dont-stop"),
    ("L'Été indien", "lete-indien"),
    ("Straße der Ölmühle", "strasse-der-olmuhle"),
    ("Кино", "article"),
    ("  --  ", "article"),
])
def test_make_slug(title, slug):
    assert make_slug(title) == slug


def test_make_slug_fallback_and_length():
    assert make_slug("Кино", fallback="") == ""
    assert len(make_slug("word " * 40)) <= 80
    assert not make_slug("word " * 40).endswith("-")


@given(st.text(max_size=60))
def test_make_slug_is_always_a_valid_slug(title):
    import re

    assert re.fullmatch(SLUG_PATTERN, make_slug(title))


def test_new_project_and_import_agree(tmp_path):
    """Repro (issue 10 #11): "Don't Stop" gave don-t-stop for a new project and dont-stop
    once the title field was edited."""
    project = new_project(tmp_path / "p", "Don't Stop")
    assert project.manifest.article.slug == "dont-stop"
    assert project.manifest_name == "dont-stop.retro"
    md = tmp_path / "in.md"
    md.write_text("# Don't Stop\n\nText.\n", encoding="utf-8")
    assert import_markdown(md).manifest_name == "dont-stop.retro"


def test_imported_slug_lock_uses_the_same_rule(tmp_path):
    """A front-matter slug equal to the title's slug follows the title (not locked)."""
    manifest, _problems = manifest_from_front_matter({"title": "Don't Stop", "slug": "dont-stop"})
    assert manifest.article.slug_locked is False


def test_manifest_has_no_second_slug_function():
    assert not hasattr(manifest_module, "make_slug")


def test_export_file_names_use_the_same_slug(tmp_path):
    """An article without a slug (an import before its title is edited) still gets the
    title's slug as the default export name, not the raw folder name."""
    from retro_editor.export.registry import export_formats

    project = new_project(tmp_path / "My Folder", "Don't Stop")
    project.manifest.article = project.manifest.article.model_copy(update={"slug": ""})
    assert export_formats()["html"].default_destination(project).name == "dont-stop.html"
    assert export_formats()["hugo"].default_destination(project).name == "dont-stop-hugo"
