"""Raw HTML in site exports gets the preview's cleaning unless ``raw_html`` keeps it
(issue 11, item 15)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import export
from retro_editor.export.registry import export_formats

SITE = ["markdown", "hugo", "jekyll"]
DANGEROUS = """
Inline <span onclick="steal()">hover</span> and <a href="javascript:alert(1)">link</a>.

<script>
alert("published")
</script>

<div onmouseover='evil()'><img src="assets/cover.png" onerror="evil()" alt="c"></div>

<iframe src="https://evil.example"></iframe>

Code stays: `<script>alert(2)</script>` and

```html
<script>alert(3)</script>
```
"""


def _written_text(name: str, project, tmp_path, **options) -> str:
    destination = tmp_path / ("out.md" if name == "markdown" else "site")
    export(project, name, destination, **options)
    return "\n".join(p.read_text("utf-8") for p in
                     ([destination] if name == "markdown" else destination.rglob("*.md")))


@pytest.mark.parametrize("name", SITE)
def test_scripts_and_event_handlers_are_cleaned_by_default(name, sample_copy, tmp_path):
    """Repro: ``<script>`` and ``onclick=`` in the article were copied verbatim into Hugo,
    Jekyll and Markdown exports, where the site publishes them (main: all still there)."""
    sample_copy.text += DANGEROUS
    text = _written_text(name, sample_copy, tmp_path)
    assert 'alert("published")' not in text and "<iframe" not in text
    assert not re.search(r"\son\w+\s*=", text.replace("`", "")), text
    assert "javascript:" not in text
    assert '<span>hover</span>' in text and 'alt="c"' in text
    assert "`<script>alert(2)</script>`" in text and "<script>alert(3)</script>" in text


@pytest.mark.parametrize("name", SITE)
def test_raw_html_option_keeps_it_as_written(name, sample_copy, tmp_path):
    sample_copy.text += DANGEROUS
    text = _written_text(name, sample_copy, tmp_path, raw_html=True)
    assert 'alert("published")' in text and 'onclick="steal()"' in text


def test_the_option_is_off_and_warned_about():
    for name in SITE:
        option = {o.name: o for o in export_formats()[name].options}["raw_html"]
        assert option.default is False and "unsafe" in option.label.lower()
        assert "script" in option.help


def test_cleaning_keeps_every_line_in_place(sample_copy, tmp_path):
    """Removed HTML keeps its line breaks, so headings and the rest stay where they were."""
    from retro_editor.export.raw_html import sanitize_raw_html
    from retro_editor.render.markdown import MarkdownRenderer

    text = sample_copy.text + DANGEROUS
    cleaned = sanitize_raw_html(text, MarkdownRenderer().parse(text))
    assert cleaned.count("\n") == text.count("\n")
    assert cleaned.startswith(sample_copy.text)


FRAGMENTS = ["<script>", "</script>", "<scr", "ipt>", "<img src=x onerror=e()>", "<a ",
             "href='javascript:x'>", "onclick=x", "<div ", ">", "<", "`", "\n", "\n\n",
             "text", "<!--", "-->", "<style>", "<svg onload=x>", "<b>", "</b>", '"', "'"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_no_script_or_handler_survives_rendering(parts):
    """Whatever pieces are put together, the cleaned Markdown renders with no script element
    or event handler (as a site's CommonMark renderer with raw HTML on would)."""
    from retro_editor.export.raw_html import sanitize_raw_html
    from retro_editor.render.markdown import MarkdownRenderer

    text = "".join(parts)
    cleaned = sanitize_raw_html(text, MarkdownRenderer().parse(text))
    rendered = MarkdownIt("commonmark", {"html": True}).render(cleaned)
    without_code = re.sub(r"<code>.*?</code>", "", rendered, flags=re.S)
    assert not re.search(r"<(script|style|svg|iframe)\b", without_code, re.I), cleaned
    assert not re.search(r"<[a-z][^>]*\son\w+\s*=", without_code, re.I), cleaned
    assert not re.search(r"<[a-z][^>]*\s(href|src)\s*=\s*['\"]?\s*javascript:", without_code,
                         re.I), cleaned


def test_inert_comments_are_kept_and_tricky_ones_are_not():
    """Hugo's ``<!--more-->`` summary divider was removed from real posts; a comment that a
    browser closes early (``<!-->``) or a conditional one must still go."""
    from retro_editor.export.raw_html import sanitize_raw_html
    from retro_editor.render.markdown import MarkdownRenderer

    text = ("Intro.\n\n<!--more-->\n\nBody <!-- note to self --> here.\n\n"
            "<!--><script>alert(1)</script>-->\n\n<!--[if IE]><script>x()</script><![endif]-->\n")
    cleaned = sanitize_raw_html(text, MarkdownRenderer().parse(text))
    assert "<!--more-->" in cleaned and "<!-- note to self -->" in cleaned
    assert "script" not in cleaned and "<!-->" not in cleaned
    assert cleaned.count("\n") == text.count("\n")


def test_hugo_highlight_blocks_are_code_and_stay_as_written():
    """A real Hugo post showed an HTML page inside ``{{< highlight html >}}``: the cleaner
    emptied it and wrote the closing shortcode as ``{{&lt; /highlight >}}``."""
    from retro_editor.export.raw_html import sanitize_raw_html
    from retro_editor.render.markdown import MarkdownRenderer

    code = ("{{< highlight html >}}\n<!doctype html>\n<html lang=\"en\">\n<body>\n"
            "<script src=\"app.js\"></script>\n</body>\n</html>\n{{< /highlight >}}\n")
    text = "Before.\n\n" + code + "\n<div onclick=\"x()\">after</div>\n"
    cleaned = sanitize_raw_html(text, MarkdownRenderer().parse(text))
    assert code in cleaned
    assert "onclick" not in cleaned
