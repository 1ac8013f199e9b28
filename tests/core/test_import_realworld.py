"""Real posts from public static-site repositories (see tests/data/realworld/README.md) import
with every front matter key held, and export to HTML and back to Markdown cleanly."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

from retro_editor.core.frontmatter_map import ARTICLE_KEYS
from retro_editor.core.project import import_markdown
from retro_editor.export.registry import export_formats

DATA = Path(__file__).resolve().parents[1] / "data" / "realworld"
POSTS = sorted(DATA.glob("*.md"))
POSTS = [p for p in POSTS if p.name != "README.md"]
MAPPED = {name for names in ARTICLE_KEYS.values() for name in names}


def source_front_matter(path: Path) -> dict:
    """The file's front matter read by the standard parsers, independently of the import."""
    text = path.read_text("utf-8")
    fence = text[:3]
    raw = text[4:text.index(f"\n{fence}", 3)]
    return tomllib.loads(raw) if fence == "+++" else yaml.safe_load(raw)


def export(project, fmt: str, destination: Path) -> None:
    format_ = export_formats()[fmt]
    for _ in format_.run(project, destination, format_.resolve_options({})):
        pass


def test_the_corpus_is_there():
    assert len(POSTS) >= 4
    readme = (DATA / "README.md").read_text("utf-8")
    for post in POSTS:
        assert post.name in readme


@pytest.mark.parametrize("post", POSTS, ids=[p.stem for p in POSTS])
def test_real_post_imports_with_every_key_held(post):
    source = source_front_matter(post)
    project = import_markdown(post)
    assert project.import_problems == []
    article = project.manifest.article
    assert article.title == source["title"]
    assert article.slug and article.published
    assert not project.text.startswith(("---", "+++"))
    for key in source:
        assert key.lower() in MAPPED or key in project.manifest.front_matter, key


@pytest.mark.parametrize("post", POSTS, ids=[p.stem for p in POSTS])
def test_real_post_exports_to_html_with_its_text(post, tmp_path):
    project = import_markdown(post)
    out = tmp_path / "page.html"
    export(project, "html", out)
    html = out.read_text("utf-8")
    title = project.manifest.article.title.replace("'", "&#x27;")
    assert title in html or project.manifest.article.title in html
    assert not re.search(r"^\s*(title|author) ?[=:]", html, re.M), "front matter leaked"
    for marker in ("{{&lt;", "{%", "{{ "):
        if marker.replace("&lt;", "<") in project.text:
            assert marker in html, marker  # shortcodes and Liquid tags shown as written


@pytest.mark.parametrize("post", POSTS, ids=[p.stem for p in POSTS])
def test_real_post_round_trips_through_markdown_export(post, tmp_path):
    project = import_markdown(post)
    out = tmp_path / "again.md"
    export(project, "markdown", out)
    again = import_markdown(out)
    assert again.import_problems == []
    assert again.manifest.article == project.manifest.article
    assert again.text.rstrip("\n") == project.text.rstrip("\n")
    for key, value in project.manifest.front_matter.items():
        assert again.manifest.front_matter.get(key, value) == value
