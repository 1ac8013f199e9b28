"""The Markdown renderer: features (golden file), heading ids, source lines, the token API."""

from __future__ import annotations

import re

import pytest

from retro_editor.core.anchors import AnchorAllocator
from retro_editor.render.markdown import MarkdownRenderer, heading_title

from .helpers import GOLDEN, check_golden

SOURCE = (GOLDEN / "representative.md").read_text(encoding="utf-8")


def test_representative_article_matches_golden(renderer):
    check_golden("representative.html", renderer.render(SOURCE))


def test_every_feature_is_present(renderer):
    html = renderer.render(SOURCE)
    for needle in ['<em>emphasis</em>', '<strong>strong</strong>', '<s>struck</s>',
                   '<code>inline code</code>', '<a href="https://example.org/a" title="Title">',
                   '<a href="https://example.com/auto" class="bare-url">',
                   '<a href="https://example.net/bare" class="bare-url">',
                   '<a href="mailto:mail@example.org" class="bare-url">', '<img src="assets/cover.png"',
                   '<div class="highlight"', '<code class="language-python">',
                   '<table', '<th class="align-center">', '<td class="align-right">',
                   'class="footnote-ref"', '<section class="footnotes"', 'type="checkbox"',
                   'checked', '<dl', '<dd>Second definition.</dd>', '<blockquote',
                   '<div data-source-line="67" class="sidebar">', '<kbd>Ctrl</kbd>',
                   '<pre data-source-line="65"><code>an indented code block']:
        assert needle in html, needle
    assert "Front matter is parsed" not in html
    assert "tags:" not in html
    assert "setup.py</a>" not in html
    assert "style=" not in html and "onclick" not in html and "<script" not in html
    assert "footnotes-sep" not in html


def _ids(html: str) -> list[str]:
    return re.findall(r'<h[1-6][^>]* id="([^"]+)"', html)


def test_heading_ids_follow_the_anchor_allocator_with_duplicates(renderer):
    text = "# Intro\n\n## Intro\n\nIntro\n=====\n\n## Dates & *Places*\n\n## `code` title\n\n## !!!\n"
    allocator = AnchorAllocator()
    expected = [allocator.anchor(t) for t in
                ["Intro", "Intro", "Intro", "Dates & *Places*", "`code` title", "!!!"]]
    assert _ids(renderer.render(text)) == expected == [
        "intro", "intro-1", "intro-2", "dates-places", "code-title", "section"]


def test_heading_ids_equal_the_outline_anchors(renderer):
    outline = pytest.importorskip("retro_editor.core.outline")

    text = ("# The *Making* of [x](https://e.org) ##\n\nLine one\nline two\n===\n\n"
            "## a &amp; b \\* `c.d`\n\n## Кино и *музыка*\n\n## Кино и музыка\n\n## 映画\n\n"
            "> # quoted\n\n- # listed\n\n## <b>bold</b> ![img](a.png)\n\n#\n")
    anchors = [s.anchor for s in outline.iter_sections(outline.parse_outline(text))]
    assert _ids(renderer.render(text)) == anchors
    assert anchors[:4] == ["the-making-of-xhttpseorg", "line-one-line-two", "a-amp-b-cd",
                           "кино-и-музыка"]


def test_headings_in_lists_and_quotes_get_no_id_and_do_not_use_anchors(renderer):
    html = renderer.render("> # Quoted\n\n- # Listed\n\n# Quoted\n")
    assert _ids(html) == ["quoted"]
    assert "<h1>Quoted</h1>" in html and "<h1>Listed</h1>" in html


def test_each_render_starts_a_fresh_allocator_unless_one_is_given(renderer):
    assert _ids(renderer.render("# A\n")) == ["a"]
    assert _ids(renderer.render("# A\n")) == ["a"]
    allocator = AnchorAllocator()
    allocator.anchor("A")
    assert _ids(renderer.render("# A\n", allocator=allocator)) == ["a-1"]


def test_heading_title_is_the_heading_source_text(renderer):
    tokens = renderer.parse("## The *Making* of `x` [here](https://e.org) ##\n")
    assert heading_title(tokens[1]) == "The *Making* of `x` [here](https://e.org)"


def _lines(html: str) -> list[tuple[str, int]]:
    return [(tag, int(n)) for tag, n in
            re.findall(r'<([a-z0-9]+)\b[^>]*\bdata-source-line="(\d+)"', html)]


BLOCKS = """# Title

Para one
still para one

- a
- b

> quote

```python
x = 1
```

    indented

***

| a |
|---|
| 1 |

<div>raw</div>

Term
: definition

Note.[^n]

[^n]: A footnote.
"""


@pytest.mark.parametrize("offset", [0, 7, 1000])
def test_source_lines_on_every_top_level_block(renderer, offset):
    html = renderer.render(BLOCKS, line_offset=offset)
    expected = [("h1", 0), ("p", 2), ("ul", 5), ("blockquote", 8), ("div", 10), ("pre", 14),
                ("hr", 16), ("table", 18), ("div", 22), ("dl", 24), ("p", 27), ("section", 29)]
    assert _lines(html) == [(tag, line + offset) for tag, line in expected]


def test_nested_blocks_carry_no_source_line(renderer):
    html = renderer.render("- para in list\n\n  second para\n\n> > nested\n")
    assert html.count("data-source-line") == 2


def test_source_line_goes_on_the_first_element_of_raw_html(renderer):
    html = renderer.render("text\n\n<!-- c -->\n\n<section class='x'>\nhi\n</section>\n")
    assert '<section data-source-line="4" class="x">' in html


def test_parse_and_render_tokens_give_the_same_html_as_render(renderer):
    env: dict = {}
    tokens = renderer.parse(SOURCE, env)
    assert renderer.render_tokens(tokens, env) == renderer.render(SOURCE)
    assert tokens[0].type == "front_matter"


def test_images_keep_relative_sources_and_links_nothing_special(renderer):
    html = renderer.render("![x](assets/a%20b.png) [l](https://e.org)")
    assert '<img src="assets/a%20b.png" alt="x">' in html
    assert '<a href="https://e.org">l</a>' in html


def test_nul_bytes_become_replacement_characters(renderer):
    assert "\x00" not in renderer.render("a\x00b")
    assert "a\ufffdb" in renderer.render("a\x00b")


def test_empty_and_whitespace_text(renderer):
    assert renderer.render("") == ""
    assert renderer.render("   \n\n") == ""


def test_renderer_is_usable_from_several_threads():
    import concurrent.futures

    r = MarkdownRenderer()
    try:
        text = "# T\n\nwww.example.com and https://e.org\n\n```python\nx = 1\n```\n"
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda _: r.render(text), range(16)))
        assert len(set(results)) == 1
    finally:
        r.close()
