"""Hugo: the front matter read alike by Hugo 0.111 (Debian 12) and current Hugo, checked by
building a tiny site with the installed ``hugo`` when there is one, and the warning about raw
HTML that Hugo's default Goldmark settings drop."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from conftest import AWKWARD, export, run_cli
from retro_editor.export.hugo import raw_html_warnings

CUSTOM = ("subtitle", "author", "canonical_url", "language", "images", "facts", "related")

SINGLE = """\
{{ define "main" }}TITLE={{ .Title }}
SUBTITLE={{ .Params.subtitle }}
AUTHOR={{ .Params.author }}
IMAGES={{ range .Params.images }}{{ . }};{{ end }}
FACTS={{ range .Params.facts }}{{ .label }}={{ .value }};{{ end }}
RELATED={{ range .Params.related }}{{ .title }};{{ end }}
CONTENT={{ .Content }}{{ end }}
"""


def _front_matter(path):
    head = path.read_text("utf-8")[4:].split("\n---\n", 1)[0]
    return yaml.safe_load(head)


def test_custom_values_are_at_the_top_and_under_params(sample_copy, tmp_path):
    export(sample_copy, "hugo", tmp_path)
    meta = _front_matter(tmp_path / "neon-harbor-at-25" / "index.md")
    for key in CUSTOM:
        assert meta[key] == meta["params"][key], key
    assert meta["images"] == ["cover.png"]
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


@pytest.mark.skipif(shutil.which("hugo") is None,
                    reason="hugo is not installed (scripts/bootstrap.sh installs Debian's 0.111)")
def test_hugo_builds_the_bundle_with_every_value(feature_project, tmp_path):
    site = tmp_path / "site"
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "_default" / "baseof.html").write_text('{{ block "main" . }}{{ end }}')
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE)
    (site / "config.toml").write_text('baseURL = "https://example.org/"\n'
                                      'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    (site / "content" / "posts").mkdir(parents=True)
    export(feature_project, "hugo", site / "content" / "posts")
    result = subprocess.run(["hugo", "--source", str(site), "--destination", str(tmp_path / "public")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (tmp_path / "public" / "posts" / "tom-and-jerry-live" / "index.html").read_text("utf-8")
    text = page.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace(
        "&#34;", '"').replace("&#39;", "'")
    assert f"TITLE={AWKWARD['title']}" in text
    assert f"SUBTITLE={AWKWARD['subtitle']}" in text
    assert f"AUTHOR={AWKWARD['author']}" in text
    assert "IMAGES=cover.png;" in text
    assert f"FACTS=Venue & city={AWKWARD['fact_value']};" in text
    assert f"RELATED={AWKWARD['related_title']};Plain related title;" in text
    assert "raw HTML omitted" in page  # what the warning is about
