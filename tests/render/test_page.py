"""The page: structure, escaping of every metadata field, export image URLs, themes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from retro_editor.core.manifest import ArticleMeta, Fact, Manifest, RelatedLink
from retro_editor.render.page import long_date, preview_title_slot, render_page, theme_css
from retro_editor.render.themes import available_themes, pygments_style_for, theme_stylesheet

from .helpers import check_golden

NASTY = '<script>alert("x")</script> & \'quotes\' "double" Кино 映画 مرحبا'


def manifest(**article) -> Manifest:
    return Manifest(
        article=ArticleMeta(**{
            "title": "Glasshouse Summer at 20", "subtitle": "The album that taught indie to whisper",
            "author": "Elena Marsh", "published": dt.date(2024, 9, 12),
            "updated": dt.date(2024, 10, 1), "summary": "A look back at a quiet record.",
            "language": "en", "cover": "assets/cover.png",
            "canonical_url": "https://example.org/glasshouse", "category": "Albums",
            "tags": ["indie", "2004"], **article}),
        facts=[Fact(label="Released", value="12 September 2004"),
               Fact(label="Label", value="Tidewater Records")],
        related=[RelatedLink(title="Neon Harbor at 25", url="https://example.org/neon",
                             source="Elena Marsh", date=dt.date(2024, 10, 30), views=1234),
                 RelatedLink(title="One view", url="https://example.org/one", views=1,
                             note="A short note")],
    )


BODY = '<p data-source-line="0">Body <img src="assets/in%20body.png" alt="x"> ' \
       '<img src="https://e.org/remote.png" alt="r"></p>\n'


def _without_css(page: str) -> str:
    return re.sub(r"<style>.*?</style>", "<style>/* theme css */</style>", page, flags=re.S)


def test_page_matches_golden():
    check_golden("page.html", _without_css(render_page(manifest(), BODY, mode="preview")))


def test_page_structure():
    page = render_page(manifest(), BODY)
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    for needle in ['<meta charset="utf-8">', 'name="viewport"',
                   "<title>Glasshouse Summer at 20</title>",
                   '<meta name="description" content="A look back at a quiet record.">',
                   '<link rel="canonical" href="https://example.org/glasshouse">',
                   '<h1 class="article-title">Glasshouse Summer at 20</h1>',
                   '<p class="article-subtitle">', "By Elena Marsh",
                   '<time class="published" datetime="2024-09-12">September 12, 2024</time>',
                   'Updated <time datetime="2024-10-01">October 1, 2024</time>',
                   '<figure class="cover"><img src="assets/cover.png" alt=""></figure>',
                   '<aside class="fact-box"', "<dt>Released</dt><dd>12 September 2004</dd>",
                   '<article id="retro-body" class="article-body">\n' + BODY,
                   '<a class="related-title" href="https://example.org/neon">Neon Harbor at 25</a>',
                   "1,234 views", "1 view<", "A short note", "<footer"]:
        assert needle in page, needle
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "script-src &#39;none&#39;" in csp and "default-src &#39;none&#39;" in csp
    assert "img-src &#39;self&#39; data:" in csp
    assert "<script" not in page


def test_empty_fact_box_and_related_list_are_left_out():
    page = render_page(Manifest(), "")
    assert "fact-box" not in page.split("</style>")[1]
    assert "related-news" not in page.split("</style>")[1]
    assert "<title>Untitled</title>" in page
    assert "canonical" not in page.split("</style>")[1]


def test_every_metadata_field_is_escaped():
    m = manifest(title=NASTY, subtitle=NASTY, author=NASTY, summary=NASTY, category=NASTY,
                 tags=[NASTY])
    m.facts = [Fact(label=NASTY, value=NASTY)]
    m.related = [RelatedLink(title=NASTY, url="https://e.org/?a=1&b=\"2\"", source=NASTY,
                             note=NASTY)]
    page = render_page(m, "")
    assert "<script" not in page
    assert "alert(&#34;x&#34;)" in page
    assert "&amp; &#39;quotes&#39; &#34;double&#34; Кино 映画 مرحبا" in page
    assert 'href="https://e.org/?a=1&amp;b=%222%22"' in page or 'href="https://e.org/?a=1&amp;b=&#34;2&#34;"' in page
    assert page.count("&lt;script&gt;") >= 10


def test_unsafe_urls_from_an_unvalidated_manifest_are_dropped():
    m = Manifest.model_construct(
        article=ArticleMeta.model_construct(**{**ArticleMeta().__dict__,
                                               "canonical_url": "javascript:alert(1)",
                                               "language": '"><script>'}),
        facts=[], related=[RelatedLink.model_construct(title="t", url="javascript:alert(1)",
                                                       source="", date=None, views=None, note="")],
        sections={}, export=Manifest().export)
    page = render_page(m, "")
    assert "javascript:" not in page
    assert '<html lang="en">' in page


def test_export_mode_sends_relative_images_through_asset_url():
    seen = []

    def asset_url(url: str) -> str:
        seen.append(url)
        return "data:image/png;base64,QUJD" if url == "assets/cover.png" else f"files/{url}"

    page = render_page(manifest(), BODY, mode="export", asset_url=asset_url)
    assert seen == ["assets/in%20body.png", "assets/cover.png"]
    assert '<img src="files/assets/in%20body.png" alt="x">' in page
    assert '<img src="https://e.org/remote.png"' in page
    assert '<figure class="cover"><img src="data:image/png;base64,QUJD"' in page
    preview = render_page(manifest(), BODY, mode="preview", asset_url=asset_url)
    assert 'src="assets/in%20body.png"' in preview and len(seen) == 2


def test_cover_and_title_already_in_the_body_are_not_repeated():
    body = ('<h1 data-source-line="0" id="x">Glasshouse Summer at 20</h1>\n'
            '<p data-source-line="2"><img src="assets/cover.png" alt="c"></p>\n')
    page = render_page(manifest(), body)
    assert '<figure class="cover">' not in page
    assert page.count("<h1") == 1
    assert '<h1 class="article-title" id="x">Glasshouse Summer at 20</h1>' in page
    assert '<article id="retro-body" class="article-body">\n<div class="title-slot" ' \
           'data-source-line="0"></div>\n<p data-source-line="2">' in page


def test_the_preview_body_keeps_a_slot_for_the_title_heading_only():
    body = '<h1 data-source-line="3" id="t">Glasshouse  summer AT 20</h1>\n<p>x</p>'
    assert preview_title_slot(body, "Glasshouse Summer at 20") == (
        '<div class="title-slot" data-source-line="3"></div>\n<p>x</p>')
    other = '<h1 data-source-line="0" id="o">Another heading</h1>\n<p>x</p>'
    assert preview_title_slot(other, "Glasshouse Summer at 20") == other
    assert preview_title_slot('<p>x</p>\n<h1 id="t">T</h1>', "T") == '<p>x</p>\n<h1 id="t">T</h1>'


def test_unknown_theme_falls_back_and_mode_is_checked():
    assert render_page(manifest(), "", theme="../../etc/passwd") == render_page(manifest(), "")
    with pytest.raises(ValueError):
        render_page(manifest(), "", mode="print")


def test_themes():
    assert available_themes() == ["dark", "light"]
    for theme in available_themes():
        css = theme_css(theme)
        assert "@media print" in css and ".fact-box" in css and ".related-news" in css
        assert ".highlight .k" in css
    assert pygments_style_for(theme_stylesheet("light")) == "friendly"
    assert pygments_style_for(theme_stylesheet("dark")) == "monokai"
    assert "theme-dark" in render_page(manifest(), "", theme="dark")
    with pytest.raises(ValueError):
        theme_css("nope")


def test_long_date_ignores_the_locale():
    assert long_date(dt.date(2001, 2, 3)) == "February 3, 2001"
    assert long_date(None) == ""


def test_rendered_article_in_page(renderer):
    page = render_page(manifest(), renderer.render("# Hi\n\n<script>x</script>text"))
    assert '<h1 data-source-line="0" id="hi">Hi</h1>' in page
    assert "<script" not in page


def test_no_theme_rule_makes_chromium_restyle_around_every_patched_paragraph():
    """A rule whose subject is any element's ::before/::after after a sibling combinator
    (".byline > * + *::before") made Chromium restyle around each paragraph the preview
    patches: 20 ms a key at 100,000 words (measured in the live preview). Such rules name
    their element instead (".byline > * + span::before")."""
    import re

    from retro_editor.resources import resource_path

    universal = re.compile(r"[+~]\s*\*::?(?:before|after)\b")
    offenders = [f"{path.name}: {line.strip()}"
                 for path in sorted(resource_path("themes").rglob("*.css"))
                 for line in path.read_text(encoding="utf-8").splitlines()
                 if universal.search(line)]
    assert offenders == []
