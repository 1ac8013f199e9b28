"""Golden files for the formats ``test_reference_output`` does not cover: the HTML page, the
Markdown file, the Hugo bundle and the Jekyll post of the sample and of a kitchen-sink
article (every Markdown construct: ``data/kitchen-sink.md``), and the kitchen sink's EPUB.

Each dump lists the files the export wrote, then the text of its main file, normalised: the
page's inline stylesheet (the theme, tested on its own) is replaced by a marker. Nothing else
varies between runs (the articles have publication dates; the EPUB identifier comes from the
slug). After an intended change of output, rewrite them with ``RETRO_UPDATE_REFERENCE=1``
(or ``scripts/update-references.sh``) and review the diff.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from test_reference_output import _compare, epub_dump

from conftest import HERE, SAMPLE, export, files_below
from retro_editor.core.manifest import ArticleMeta, Fact, RelatedLink
from retro_editor.core.project import Project, new_project, open_project, save_project

_STYLE = re.compile(r"<style>\n.*?</style>", re.S)


def make_kitchen_sink(folder: Path) -> Project:
    project = new_project(folder, "Kitchen Sink")
    shutil.copyfile(SAMPLE / "assets" / "storyboard.png", project.assets_dir / "storyboard.png")
    shutil.copyfile(SAMPLE / "assets" / "cover.png", project.assets_dir / "cover.png")
    project.text = (HERE / "data" / "kitchen-sink.md").read_text(encoding="utf-8")
    project.manifest.article = ArticleMeta(
        title="Kitchen Sink", subtitle="Every construct, once", author="Ada Example",
        published=dt.date(2024, 3, 15), updated=dt.date(2024, 4, 1), slug="kitchen-sink",
        slug_locked=True, summary="A test article using every Markdown construct.",
        tags=["test", "markdown"], category="Film & TV", language="en-GB",
        cover="assets/cover.png", canonical_url="https://example.org/kitchen-sink")
    project.manifest.facts = [Fact(label="Constructs", value="all of them")]
    project.manifest.related = [RelatedLink(title="A related story",
                                            url="https://example.org/related", source="Example",
                                            date=dt.date(2024, 1, 2), views=1234)]
    save_project(project)
    return open_project(folder)


@pytest.fixture(scope="module")
def projects(session_projects, tmp_path_factory):
    return {"sample": session_projects["sample"],
            "kitchen-sink": make_kitchen_sink(tmp_path_factory.mktemp("ks") / "kitchen-sink")}


def _dump(folder: Path, main: Path) -> str:
    listing = "\n".join(files_below(folder))
    text = _STYLE.sub("<style>/* the theme's CSS */</style>", main.read_text(encoding="utf-8"))
    return f"=== files\n{listing}\n=== {main.relative_to(folder).as_posix()}\n{text}"


@pytest.mark.parametrize("name", ["sample", "kitchen-sink"])
def test_html_matches_reference(projects, tmp_path, name):
    page = export(projects[name], "html", tmp_path / f"{name}.html", images="copy")
    _compare(_dump(tmp_path, page), f"{name}.html.txt")


@pytest.mark.parametrize("name", ["sample", "kitchen-sink"])
def test_markdown_matches_reference(projects, tmp_path, name):
    path = export(projects[name], "markdown", tmp_path / f"{name}.md", images="copy")
    _compare(_dump(tmp_path, path), f"{name}.md.txt")


@pytest.mark.parametrize("name", ["sample", "kitchen-sink"])
def test_hugo_matches_reference(projects, tmp_path, name):
    export(projects[name], "hugo", tmp_path)
    main = next(tmp_path.glob("*/index.md"))
    _compare(_dump(tmp_path, main), f"{name}.hugo.txt")


@pytest.mark.parametrize("name", ["sample", "kitchen-sink"])
def test_jekyll_matches_reference(projects, tmp_path, name):
    export(projects[name], "jekyll", tmp_path)
    main = next((tmp_path / "_posts").iterdir())
    _compare(_dump(tmp_path, main), f"{name}.jekyll.txt")


def test_kitchen_sink_epub_matches_reference(projects, tmp_path):
    path = export(projects["kitchen-sink"], "epub", tmp_path / "kitchen-sink.epub")
    _compare(epub_dump(path), "kitchen-sink.epub.txt")


def test_reference_notices_a_changed_word(projects, tmp_path):
    """The comparison is not blind: one word changed in the article changes the page."""
    project = projects["kitchen-sink"]
    original = project.text
    try:
        project.text = original.replace("Closing words", "Closing word")
        page = export(project, "html", tmp_path / "kitchen-sink.html", images="copy")
    finally:
        project.text = original
    reference = (HERE / "reference" / "kitchen-sink.html.txt").read_text(encoding="utf-8")
    assert _dump(tmp_path, page) != reference
