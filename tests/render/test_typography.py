"""Smart punctuation by language, figures with captions and credit lines, note labels and
bare-URL links: what a reader of the typeset outputs sees."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retro_editor.core.manifest import Manifest, TypographySettings
from retro_editor.render.markdown import MarkdownRenderer, same_title
from retro_editor.render.typography import PLAIN, Typesetting, quotes_for, typesetting_for

NNBSP = "\u202f"


def typeset(language: str, captions: str = "title") -> MarkdownRenderer:
    return MarkdownRenderer(typesetting=Typesetting(quotes_for(language), captions))


@pytest.fixture(scope="module")
def english():
    r = typeset("en")
    yield r
    r.close()


@pytest.mark.parametrize("language, expected", [
    ("en-GB", "“it’s ‘fine’”"),
    ("de", "„it’s ‚fine‘“"),
    ("fr-CA", f"«{NNBSP}it’s ‹{NNBSP}fine{NNBSP}›{NNBSP}»"),
    ("es", "«it’s “fine”»"),
    ("xx", "“it’s ‘fine’”"),
])
def test_quotes_follow_the_language(language, expected):
    renderer = typeset(language)
    try:
        assert expected in renderer.render("He said \"it's 'fine'\".")
    finally:
        renderer.close()


def test_dashes_and_ellipsis(english):
    html = english.render("1990--1999 --- and then... a ---- rule")
    assert "1990–1999 — and then… a ---- rule" in html


def test_the_default_renderer_keeps_the_text_as_typed():
    renderer = MarkdownRenderer()
    try:
        assert "\"it's\" -- so..." in renderer.render("\"it's\" -- so...").replace("&quot;", '"')
    finally:
        renderer.close()


def test_code_urls_and_attributes_are_left_alone(english):
    html = english.render(
        'A `"code" -- span` and <code>"raw" -- code</code>, <kbd>--x</kbd>, '
        'https://example.org/a--b and [https://example.org/"q"--](https://example.org/q)'
        ' and <span title="a -- b">"x"</span>\n\n```\n"fenced" -- code...\n```\n')
    assert '<code>"code" -- span</code>' in html.replace("&quot;", '"')
    assert '<code>"raw" -- code</code>' in html.replace("&quot;", '"')
    assert "<kbd>--x</kbd>" in html
    assert ">https://example.org/a--b</a>" in html
    assert 'title="a -- b"' in html
    assert '"fenced" -- code...' in html.replace("&quot;", '"')
    assert "“x”" in html


_CODE = st.text(st.sampled_from("\"'-.ab <>&`"), min_size=1, max_size=20).filter(
    lambda s: "`" not in s and s.strip() == s and s.strip())


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prose=st.text(st.sampled_from("\"'-. aé"), max_size=30), code=_CODE, fence=_CODE)
def test_code_is_never_changed(english, prose, code, fence):
    text = f"{prose} `{code}` {prose}\n\n```\n{fence}\n```\n"
    plain = MarkdownRenderer()
    try:
        expected = re.findall(r"<code>(.*?)</code>", plain.render(text), re.S)
    finally:
        plain.close()
    assert re.findall(r"<code>(.*?)</code>", english.render(text), re.S) == expected


def test_a_title_in_smart_quotes_is_still_the_title():
    assert same_title("„Neon“ Harbor – 1999", '"Neon" Harbor -- 1999')
    assert same_title(f"«{NNBSP}Neon{NNBSP}» Harbor", '"Neon" Harbor')
    assert not same_title("Neon Harbour", "Neon Harbor")


def test_typesetting_comes_from_the_manifest():
    manifest = Manifest()
    manifest.article.language = "de-AT"
    assert typesetting_for(manifest) == Typesetting(quotes_for("de"), "title")
    manifest.typography = TypographySettings(smart_punctuation=False, captions="none")
    assert typesetting_for(manifest) == PLAIN


FIGURE = ('![Harbor at night](assets/h.png "The \'old\' harbor")\n'
          "*Photo: Jane Doe, [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)*\n")


def test_figure_with_caption_and_credit(english):
    html = english.render(FIGURE)
    assert html.startswith('<figure data-source-line="0"><img src="assets/h.png" alt="Harbor at night"')
    assert ("<figcaption>The ‘old’ harbor <span class=\"figure-credit\">Photo: Jane Doe, "
            '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></span>'
            "</figcaption>") in html
    assert "<p" not in html


def test_caption_from_alt_or_none():
    by_alt, none = typeset("en", "alt"), typeset("en", "none")
    try:
        assert "<figcaption>Harbor at night <span" in by_alt.render(FIGURE)
        assert "<figcaption><span class=\"figure-credit\">" in none.render(FIGURE)
        assert "<figure" not in none.render("![Harbor](h.png \"Title\")")
    finally:
        by_alt.close()
        none.close()


@pytest.mark.parametrize("text", ["![alt](h.png)", "Words ![a](h.png \"T\") words",
                                  "[![a](h.png \"T\")](https://example.org)",
                                  "- ![a](h.png \"T\")"])
def test_no_figure_without_caption_or_among_words(english, text):
    assert "<figure" not in english.render(text)


def test_a_note_cited_twice_has_the_same_label(english):
    html = english.render("One[^a] two[^a].\n\n[^a]: Note.\n")
    assert html.count(">[1]</a></sup>") == 2
    assert "[1:1]" not in html


def test_links_spelling_their_url_are_marked(english):
    html = english.render("<https://example.org/x> and [example](https://example.org/x)")
    assert '<a href="https://example.org/x" class="bare-url">https://example.org/x</a>' in html
    assert '<a href="https://example.org/x">example</a>' in html


def test_the_render_helper_renders_with_the_requested_typesetting():
    from retro_editor.render.worker import render_handler

    plain = MarkdownRenderer()
    handler = render_handler(plain)
    try:
        german = {"typesetting": Typesetting(quotes_for("de"), "title").to_meta()}
        assert "„x“" in handler(german, '"x"')[1]
        assert '"x"' in handler({}, '"x"')[1].replace("&quot;", '"')
        assert "“x”" in handler({"typesetting": Typesetting(quotes_for("en")).to_meta()}, '"x"')[1]
    finally:
        plain.close()


@pytest.mark.parametrize("meta", [None, [], {"quotes": ["a"], "captions": "title"},
                                  {"quotes": None, "captions": "figure"}])
def test_malformed_typesetting_meta_reads_as_plain(meta):
    assert Typesetting.from_meta(meta) == PLAIN
