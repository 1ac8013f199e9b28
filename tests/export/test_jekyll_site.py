"""Jekyll sites built from the export with Jekyll 4 and the real jekyll-seo-tag (Debian's
``jekyll`` and ``ruby-jekyll-seo-tag``, installed by scripts/bootstrap.sh): what the plugin
writes in the page's head is what search engines and social sites read.

Built with a plain ``jekyll build`` and no Gemfile, so no bundler and no network; ``--safe``
would not do: it loads only plugins the site's ``whitelist`` names."""

from __future__ import annotations

import json
import shutil
import subprocess

import lxml.html
import pytest

from conftest import AWKWARD, export, meta_content

LAYOUT = """<!doctype html><html><head>{% seo %}</head><body>
<h1>{{ page.title | escape }}</h1><p class="subtitle">{{ page.subtitle | escape }}</p>
<p class="category">{{ page.category_title | default: page.categories.first | escape }}</p>
<p class="period">{{ page.published_period }}|{{ page.updated_period }}</p>
<dl class="facts">{% for fact in page.facts %}<dt>{{ fact.label | escape }}</dt><dd>{{ fact.value | escape }}</dd>{% endfor %}</dl>
<ul class="related">{% for link in page.related %}<li><a href="{{ link.url | escape }}">{{ link.title | escape }}</a></li>{% endfor %}</ul>
<article>{{ content }}</article></body></html>
"""


@pytest.fixture(scope="module")
def jekyll():
    """The ``jekyll`` program, when it and the jekyll-seo-tag gem are installed."""
    program = shutil.which("jekyll")
    if program is None:
        pytest.skip("jekyll is not installed (scripts/bootstrap.sh installs Debian's jekyll)")
    found = subprocess.run(["ruby", "-e", "require 'jekyll-seo-tag'"], capture_output=True,
                           timeout=60)
    if found.returncode != 0:
        pytest.skip("jekyll-seo-tag is not installed (scripts/bootstrap.sh installs "
                    "Debian's ruby-jekyll-seo-tag)")
    return program


def build_site(jekyll, project, folder, config="url: https://example.org\n"):
    """The built post (its URL path and the page a reader gets)."""
    site = folder / "site"
    (site / "_layouts").mkdir(parents=True)
    (site / "_layouts" / "post.html").write_text(LAYOUT, "utf-8")
    (site / "_config.yml").write_text(f"title: Site\nplugins: [jekyll-seo-tag]\n{config}", "utf-8")
    export(project, "jekyll", site)
    public = folder / "public"
    result = subprocess.run([jekyll, "build", "--source", str(site), "--destination", str(public)],
                            capture_output=True, text=True, timeout=300, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    [post] = public.rglob("*.html")
    page = lxml.html.fromstring(post.read_text("utf-8"))
    return "/" + post.relative_to(public).as_posix(), page


def _json_ld(page):
    [script] = page.xpath("//script[@type='application/ld+json']")
    return json.loads(script.text)


def test_the_seo_tag_reads_every_value_of_the_sample(jekyll, sample_copy, tmp_path):
    article = sample_copy.manifest.article
    url, page = build_site(jekyll, sample_copy, tmp_path,
                           "url: https://example.org\nbaseurl: /blog\n")
    assert url == "/music-videos/2024/10/30/neon-harbor-at-25.html"  # "Music videos"
    assert page.findtext(".//title") == f"{article.title} | Site"
    assert meta_content(page, "property", "og:title") == [article.title]
    assert meta_content(page, "property", "og:description") == [article.summary]
    assert meta_content(page, "name", "description") == [article.summary]
    cover = "https://example.org/blog/assets/neon-harbor-at-25/cover.png"
    assert meta_content(page, "property", "og:image") == [cover]
    assert meta_content(page, "property", "twitter:image") == [cover]
    assert meta_content(page, "property", "article:published_time") == ["2024-10-30T00:00:00+00:00"]
    assert meta_content(page, "name", "author") == [article.author]
    assert meta_content(page, "property", "og:locale") == ["en"]
    assert page.xpath("//link[@rel='canonical']/@href") == [article.canonical_url]
    data = _json_ld(page)
    expected = {
        "@context": "https://schema.org",
        "@type": sample_copy.manifest.publishing.schema_type,
        "headline": article.title,
        "description": article.summary,
        "image": cover,
        "datePublished": "2024-10-30T00:00:00+00:00",
        "dateModified": "2024-11-06T00:00:00+00:00",
        "author": {"@type": "Person", "name": article.author},
        "url": article.canonical_url,
    }
    assert {key: data.get(key) for key in expected} == expected
    assert page.findtext(".//p[@class='category']") == "Music videos"
    assert page.findtext(".//p[@class='subtitle']") == article.subtitle
    assert page.xpath("//article//img/@src")[0] == "/blog/assets/neon-harbor-at-25/cover.png"


def test_without_a_site_url_the_cover_is_a_site_path(jekyll, sample_copy, tmp_path):
    _, page = build_site(jekyll, sample_copy, tmp_path, "")
    assert meta_content(page, "property", "og:image") == ["/assets/neon-harbor-at-25/cover.png"]
    assert not page.xpath("//link[@rel='canonical']")


def test_awkward_values_reach_the_page_and_the_structured_data(jekyll, feature_project, tmp_path):
    manifest = feature_project.manifest
    url, page = build_site(jekyll, feature_project, tmp_path)
    assert url == "/concerts-tours/2023/05/17/tom-and-jerry-live.html"
    assert page.findtext(".//h1") == AWKWARD["title"]
    assert page.findtext(".//p[@class='category']") == manifest.article.category
    assert meta_content(page, "name", "author") == [AWKWARD["author"]]
    assert meta_content(page, "property", "og:locale") == ["ja"]
    data = _json_ld(page)
    assert data["author"] == {"@type": "Person", "name": AWKWARD["author"]}
    assert data["image"] == "https://example.org/assets/tom-and-jerry-live/cover.png"
    assert data["url"] == manifest.article.canonical_url
    assert [e.text for e in page.xpath("//dl[@class='facts']/dd")] == [f.value for f in manifest.facts]
    assert [e.text for e in page.xpath("//ul[@class='related']//a")] == [r.title for r in manifest.related]
    assert page.xpath("//ul[@class='related']//a/@href") == [r.url for r in manifest.related]


def test_partial_dates_build_and_are_kept_as_written(jekyll, sample_copy, tmp_path):
    """Jekyll refuses a partial ``date`` and reads ``last_modified_at: '2024'`` as seconds."""
    sample_copy.manifest.article.published = "1999-10"
    sample_copy.manifest.article.updated = "2024"
    url, page = build_site(jekyll, sample_copy, tmp_path)
    assert url == "/music-videos/1999/10/01/neon-harbor-at-25.html"  # the file name's day
    assert meta_content(page, "property", "article:published_time") == ["1999-10-01T00:00:00+00:00"]
    data = _json_ld(page)
    assert data["datePublished"] == data["dateModified"] == "1999-10-01T00:00:00+00:00"
    assert page.findtext(".//p[@class='period']") == "1999-10|2024"
