"""Markdown, Hugo and Jekyll exports: front matter read back with yaml.safe_load, images
copied and relinked, and Markdown export → import giving the same project."""

from __future__ import annotations

import datetime as dt
import string

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import AWKWARD, export
from retro_editor.core.dates import front_matter_date, full_date
from retro_editor.core.manifest import (
    RELATED_LATE_FIELDS,
    ArticleMeta,
    Fact,
    Manifest,
    RelatedLink,
    SectionState,
)
from retro_editor.core.project import open_project
from retro_editor.core.slug import make_slug


def split(path):
    text = path.read_text("utf-8")
    assert text.startswith("---\n")
    head, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(head), body.lstrip("\n")


def test_hugo_bundle_of_the_sample(sample_copy, tmp_path):
    export(sample_copy, "hugo", tmp_path / "content", draft=True)
    bundle = tmp_path / "content" / "neon-harbor-at-25"
    meta, body = split(bundle / "index.md")
    article = sample_copy.manifest.article
    assert meta["title"] == article.title
    assert meta["date"] == full_date(article.published)
    assert meta["lastmod"] == full_date(article.updated)
    assert meta["draft"] is True
    assert meta["slug"] == "neon-harbor-at-25"
    assert meta["description"] == meta["summary"] == article.summary
    assert meta["tags"] == article.tags
    assert meta["categories"] == ["Music videos"]
    params = meta["params"]
    assert params["subtitle"] == article.subtitle and params["author"] == article.author
    assert params["canonical_url"] == article.canonical_url
    assert params["images"] == ["cover.png"]
    assert params["facts"] == [{"label": f.label, "value": f.value} for f in sample_copy.manifest.facts]
    assert [r["title"] for r in params["related"]] == [r.title for r in sample_copy.manifest.related]
    assert params["related"][0]["date"] == dt.date(2024, 9, 12)
    assert (bundle / "cover.png").read_bytes() == (sample_copy.assets_dir / "cover.png").read_bytes()
    assert (bundle / "storyboard.png").is_file()
    assert "](cover.png)" in body and "](storyboard.png" in body and "assets/" not in body
    assert not body.startswith("# ")  # Hugo themes print the title themselves
    assert "## The Making of Neon Harbor" in body


def test_hugo_escapes_awkward_metadata(feature_project, tmp_path):
    export(feature_project, "hugo", tmp_path)
    meta, body = split(tmp_path / "tom-and-jerry-live" / "index.md")
    assert meta["title"] == AWKWARD["title"] and meta["summary"] == AWKWARD["summary"]
    assert meta["params"]["author"] == AWKWARD["author"]
    assert meta["params"]["subtitle"] == AWKWARD["subtitle"]
    assert meta["params"]["facts"][0]["value"] == AWKWARD["fact_value"]
    assert meta["params"]["related"][0]["title"] == AWKWARD["related_title"]
    assert meta["categories"] == ['Concerts & "Tours"']
    assert "![icon](icon.png)" in body and "](storyboard.png" in body
    assert 'return f"<hi> {name} & bye"' in body  # code untouched


def test_jekyll_post_of_the_sample(sample_copy, tmp_path):
    site = tmp_path / "site"
    export(sample_copy, "jekyll", site)
    post = site / "_posts" / "2024-10-30-neon-harbor-at-25.md"
    meta, body = split(post)
    article = sample_copy.manifest.article
    assert meta["layout"] == "post"
    assert meta["title"] == article.title and meta["date"] == full_date(article.published)
    assert meta["categories"] == ["music-videos"] and meta["tags"] == article.tags
    assert meta["category_title"] == "Music videos"
    assert meta["description"] == article.summary and meta["author"] == article.author
    assert meta["lang"] == "en" and meta["canonical_url"] == article.canonical_url
    assert meta["image"] == "/assets/neon-harbor-at-25/cover.png"
    assert meta["seo"] == {"type": "Article"}  # jekyll-seo-tag's type, from the project
    assert len(meta["related"]) == len(sample_copy.manifest.related)
    assert (site / "assets" / "neon-harbor-at-25" / "storyboard.png").is_file()
    assert "({{ '/assets/neon-harbor-at-25/storyboard.png' | relative_url }}" in body


@pytest.mark.parametrize("category, slug", [("Music videos", "music-videos"),
                                            ("Film & TV", "film-tv"), ("Über_Kunst 2", "über-kunst-2"),
                                            ("reviews", "reviews")])
def test_jekyll_category_is_a_url_segment_without_spaces(sample_copy, tmp_path, category, slug):
    sample_copy.manifest.article.category = category
    export(sample_copy, "jekyll", tmp_path)
    meta, _ = split(next((tmp_path / "_posts").iterdir()))
    assert meta["categories"] == [slug]
    assert meta.get("category_title") == (None if category == slug else category)
    assert "category" not in meta


def test_jekyll_escapes_liquid_and_metadata(feature_project, tmp_path):
    feature_project.text += "\nTemplates look like {{ page.title }} and {% raw %}.\n"
    export(feature_project, "jekyll", tmp_path, layout="article")
    meta, body = split(tmp_path / "_posts" / "2023-05-17-tom-and-jerry-live.md")
    assert meta["layout"] == "article"
    assert meta["title"] == AWKWARD["title"] and meta["author"] == AWKWARD["author"]
    assert meta["description"] == AWKWARD["summary"] and meta["lang"] == "ja"
    assert meta["tags"] == ["live & loud", "<tag>", "日本"]
    assert meta["categories"] == ["concerts-tours"]
    assert meta["category_title"] == 'Concerts & "Tours"'
    assert "{{ '{{' }} page.title }} and {{ '{%' }} raw %}" in body
    assert "{{ '/assets/tom-and-jerry-live/icon.png' | relative_url }}" in body


def test_markdown_front_matter_holds_everything(feature_project, tmp_path):
    out = export(feature_project, "markdown", tmp_path / "article.md")
    meta, body = split(out)
    manifest = feature_project.manifest
    assert body == feature_project.text
    for field, value in manifest.article.model_dump(exclude={"drafts"}).items():
        expected = front_matter_date(value) if field in ("published", "updated") else value
        assert meta[field] == expected, field
    assert meta["facts"] == [f.model_dump(exclude={"drafts"}) for f in manifest.facts]
    assert meta["related"] == [  # the rarely used fields only when set
        {**r.model_dump(exclude={"drafts", *RELATED_LATE_FIELDS}),
         "date": front_matter_date(r.date)}
        for r in manifest.related]
    assert meta["sections"] == {"1999-and-after": {"status": "revised", "note": "n & <m>",
                                                   "target": 500}}


def test_markdown_can_copy_images_beside_the_file(sample_copy, tmp_path):
    export(sample_copy, "markdown", tmp_path / "neon.md", images="copy")
    assert (tmp_path / "assets" / "cover.png").is_file()
    assert (tmp_path / "assets" / "storyboard.png").is_file()


def test_markdown_round_trip_of_the_sample(sample_copy, tmp_path):
    out = export(sample_copy, "markdown", tmp_path / "neon.md")
    again = open_project(out)
    assert again.text == sample_copy.text
    assert again.manifest.model_dump(exclude={"export"}) == sample_copy.manifest.model_dump(
        exclude={"export"})


# --- round trip over generated manifests and texts --------------------------------------

_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\r\x00"),
                max_size=40).map(str.strip)
_NAME = _TEXT.filter(bool)
_DATE = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
_SLUG = st.text(string.ascii_lowercase + string.digits + "-", max_size=20)
# import tidies slugs ("-a--b" → "a-b"), so only tidy ones can come back unchanged
_TIDY_SLUG = _SLUG.map(lambda s: make_slug(s, fallback=""))
_URL = st.builds(lambda host, path: f"https://{host}.example/{path}",
                 st.text(string.ascii_lowercase, min_size=1, max_size=10),
                 st.text(string.ascii_letters + string.digits + "-_/?=&", max_size=20))
_ARTICLE = st.builds(
    ArticleMeta, title=_NAME, subtitle=_TEXT, author=_TEXT, published=_DATE, updated=_DATE,
    slug=_TIDY_SLUG, slug_locked=st.booleans(), summary=_TEXT, tags=st.lists(_NAME, max_size=4),
    category=_TEXT, language=st.sampled_from(["en", "pt-BR", "ja", "zh-Hant-TW"]),
    cover=st.one_of(st.none(), st.just("assets/cover.png")), canonical_url=st.one_of(st.none(), _URL))
_MANIFEST = st.builds(
    Manifest, article=_ARTICLE,
    facts=st.lists(st.builds(Fact, label=_NAME, value=_TEXT), max_size=3),
    related=st.lists(st.builds(RelatedLink, title=_NAME, url=_URL, source=_TEXT, date=_DATE,
                               views=st.one_of(st.none(), st.integers(0, 10**9)), note=_TEXT),
                     max_size=3),
    sections=st.dictionaries(_SLUG.filter(bool), st.builds(
        SectionState, status=st.sampled_from(["draft", "revised", "final"]), note=_TEXT,
        target=st.one_of(st.none(), st.integers(0, 10**6))), max_size=3))
_BODY = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\r\x00"),
                max_size=300).map(lambda t: t.lstrip("\n"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(manifest=_MANIFEST, body=_BODY)
def test_markdown_round_trip(tmp_path, sample_copy, manifest, body):
    """Leading blank lines of the text are the one thing not kept (front matter ends there)."""
    sample_copy.manifest = manifest
    sample_copy.text = body
    out = export(sample_copy, "markdown", tmp_path / "round.md")
    again = open_project(out)
    assert again.manifest.model_dump(exclude={"export"}) == manifest.model_dump(exclude={"export"})
    assert again.text == body


def test_drafts_stay_out_of_site_exports_and_come_back_from_markdown(sample_copy, tmp_path):
    """A related row whose URL is a draft ("htp:/bad") and a partial date: Hugo and Jekyll
    publish only rows with a title and a URL, never a drafts key; our Markdown keeps the
    drafts, so importing it gives back exactly what was typed."""
    manifest = sample_copy.manifest
    manifest.related = [
        RelatedLink(title="Kept", url="https://example.org/kept", date="1999-03"),
        RelatedLink(title="Typed badly", url="", drafts={"url": "htp:/bad"}),
    ]
    export(sample_copy, "hugo", tmp_path / "hugo")
    export(sample_copy, "jekyll", tmp_path / "site")
    hugo = split(tmp_path / "hugo" / "neon-harbor-at-25" / "index.md")[0]["params"]["related"]
    jekyll = split(tmp_path / "site" / "_posts" / "2024-10-30-neon-harbor-at-25.md")[0]["related"]
    for published in (hugo, jekyll):
        assert published == [{"title": "Kept", "url": "https://example.org/kept",
                              "date": "1999-03"}]
    out = export(sample_copy, "markdown", tmp_path / "article.md")
    again = open_project(out)
    assert [link.drafts for link in again.manifest.related] == [{}, {"url": "htp:/bad"}]
    assert again.manifest.related[0].date == "1999-03"


def test_markdown_keeps_archived_copies_and_print_sources(feature_project, tmp_path):
    rows = [RelatedLink(title="Gone", url="https://old.example/a", author="Ana",
                        archive_url="https://web.archive.org/web/2004/https://old.example/a",
                        image="https://old.example/a.jpg", description="D"),
            RelatedLink(title="The making of", source="Sight & Screen", issue="No. 9",
                        page="34", date="2002-11")]
    feature_project.manifest = feature_project.manifest.model_copy(update={"related": rows})
    out = export(feature_project, "markdown", tmp_path / "article.md")
    assert open_project(out).manifest.related == rows


def test_hugo_publishes_the_archived_copy_and_print_sources(feature_project, tmp_path):
    rows = [RelatedLink(title="Gone", url="https://old.example/a",
                        archive_url="https://web.archive.org/web/2004/https://old.example/a"),
            RelatedLink(title="The making of", source="Sight & Screen", issue="No. 9"),
            RelatedLink(title="Half typed", url="", drafts={"url": "old.example/b"})]
    feature_project.manifest = feature_project.manifest.model_copy(update={"related": rows})
    export(feature_project, "hugo", tmp_path)
    meta, _body = split(tmp_path / "tom-and-jerry-live" / "index.md")
    assert meta["params"]["related"] == [
        {"title": "Gone", "url": "https://old.example/a",
         "archive_url": "https://web.archive.org/web/2004/https://old.example/a"},
        {"title": "The making of", "source": "Sight & Screen", "issue": "No. 9"}]
