"""Hugo: the front matter written for Hugo 0.111 (Debian 12) and current Hugo (sites built
with both in test_hugo_versions.py), and the warning about raw HTML that Hugo's default
Goldmark settings drop."""

from __future__ import annotations

import shutil

import yaml

from conftest import export, run_cli
from retro_editor.core.project import open_project
from retro_editor.export.hugo import raw_html_warnings

CUSTOM = ("subtitle", "author", "canonical_url", "language", "facts", "related")


def _front_matter(path):
    head = path.read_text("utf-8")[4:].split("\n---\n", 1)[0]
    return yaml.safe_load(head)


def test_custom_values_are_at_the_top_and_under_params(sample_copy, tmp_path):
    export(sample_copy, "hugo", tmp_path)
    meta = _front_matter(tmp_path / "neon-harbor-at-25" / "index.md")
    for key in CUSTOM:
        assert meta[key] == meta["params"][key], key
    assert meta["params"]["images"] == ["cover.png"]
    assert "images" not in meta  # Hugo 0.111 would take it from the site root
    assert "resources" not in meta  # Hugo 0.111 finds cover.png by its name
    assert meta["subtitle"] == sample_copy.manifest.article.subtitle


def test_raw_html_is_named_in_a_warning(feature_project):
    warnings = raw_html_warnings(feature_project, {})
    assert len(warnings) == 2
    lines = feature_project.text.split("\n")
    first = next(i for i, line in enumerate(lines) if "<span>" in line) + 1
    assert f"article.md: line {first}: raw HTML '<span>' is dropped" in warnings[0]
    assert f"line {first + 2}: raw HTML '<div>A raw HTML block</div>'" in warnings[1]
    assert "markup.goldmark.renderer.unsafe = true" in warnings[0]


def test_no_warning_without_raw_html_or_for_the_summary_divider(sample_copy):
    sample_copy.text = "Intro.\n\n<!--more-->\n\nRest with `<b>code</b>`.\n"
    assert raw_html_warnings(sample_copy, {}) == []


def test_the_command_line_prints_the_warning_and_strict_fails(feature_project, tmp_path):
    args = ["export", str(feature_project.folder), "--format", "hugo", "-o", str(tmp_path), "-q"]
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("retro-editor: warning:") == 2
    assert "dropped by Hugo's default Markdown settings" in result.stderr
    assert run_cli(*args, "--force", "--strict").returncode == 1


def test_a_cover_named_otherwise_is_named_cover_as_a_page_resource(sample_copy, tmp_path):
    shutil.copyfile(sample_copy.assets_dir / "cover.png", sample_copy.assets_dir / "poster.png")
    sample_copy.manifest.article.cover = "assets/poster.png"
    export(sample_copy, "hugo", tmp_path)
    meta = _front_matter(tmp_path / "neon-harbor-at-25" / "index.md")
    assert meta["params"]["images"] == ["poster.png"]
    assert meta["resources"] == [{"src": "poster.png", "name": "cover"}]


def test_the_bundle_opens_again_with_its_cover_and_partial_date(sample_copy, tmp_path):
    sample_copy.manifest.article.published = "2024-10"
    export(sample_copy, "hugo", tmp_path)
    again = open_project(tmp_path / "neon-harbor-at-25" / "index.md").manifest.article
    assert (again.cover, again.published) == ("assets/cover.png", "2024-10")
