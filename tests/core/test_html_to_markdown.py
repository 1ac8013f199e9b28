"""Clipboard HTML from browsers and word processors becomes the Markdown a writer would type."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from retro_editor.core.html_to_markdown import MAX_HTML_CHARS, html_to_markdown
from retro_editor.core.html_tree import BLOCK, MAX_DEPTH, Element, parse_html
from retro_editor.render.markdown import MarkdownRenderer

from . import html_clipboard_samples as samples


def test_browser_page_keeps_headings_links_lists_and_code():
    assert html_to_markdown(samples.CHROME) == (
        "## History\n\n"
        "The **Commodore 64** was released in [1982](https://en.wikipedia.org/wiki/1982) at"
        " *$595*; see the CPU and this trick."
        "[\\[1\\]](https://en.wikipedia.org/wiki/C64#cite_note-1)\n\n"
        "- SID sound chip\n  - 3 voices\n- VIC-II graphics\n\n"
        '```basic\n10 PRINT "HELLO"\n20 GOTO 10\n```')


def test_quotes_ordered_lists_breaks_images_and_tables():
    assert html_to_markdown(samples.FIREFOX) == (
        "# Retro *gaming*\n\n"
        "> It was the best of times.\n>\n> > Really.\n\n"
        "3. Load the tape\n4. Type `RUN`\n\n"
        "First line\\\nsecond line with a \\* star and 1. number\n\n"
        "![The C64](https://example.org/c64.png) inline pixel\n\n"
        "| Model | Price \\| launch |\n|---|---|\n| C64 | **$595** |\n| VIC-20 |  |")


def test_libreoffice_styles_are_dropped_and_list_paragraphs_stay_tight():
    assert html_to_markdown(samples.LIBREOFFICE) == (
        "# Chapter one\n\n"
        "Plain, **bold**, *italic* and ~~struck~~ text.\n\n"
        "- first\n- second\n\n"
        "| Year | Units |\n|---|---|\n| 1983 | 2 000 000 |")


def test_word_inline_styles_list_paragraphs_and_empty_paragraphs():
    assert html_to_markdown(samples.WORD) == (
        "# Memories\n\n"
        "**Bold** words and *slanted* ones.\n\n"
        "- Disk drive\n  - 1541\n\n"
        "Price: 10\u00a0% off")


def test_google_docs_normal_weight_wrapper_is_not_bold():
    assert html_to_markdown(samples.GOOGLE_DOCS) == "Normal and **heavy** *leaning*"


def test_google_docs_wrapper_around_paragraphs_keeps_them_apart():
    assert html_to_markdown(samples.GOOGLE_DOCS_PARAGRAPHS) == (
        "# Title\n\nFirst paragraph.\n\nSecond one.")


def test_code_editor_html_is_left_to_the_plain_text():
    assert html_to_markdown(samples.VS_CODE) is None


@pytest.mark.parametrize(("html", "markdown"), [
    ('<a href="javascript:alert(1)">click</a>', "click"),
    ('<a href="data:text/html,x">data</a>', "data"),
    ('<a href="https://e.org/a (b)">x</a>', "[x](https://e.org/a%20%28b%29)"),
    ('<a href="mailto:a@b.org">mail</a>', "[mail](mailto:a@b.org)"),
    ('<img src="file:///C:/clip_image001.png" alt="scan">', "scan"),
    ("<p># not a heading</p><p>- not a list</p><p>1. not a list</p>",
     "\\# not a heading\n\n\\- not a list\n\n1\\. not a list"),
    ("<p>a_b _c_ [d] `e` &lt;div&gt; ~f~ \\</p>",
     "a_b \\_c\\_ \\[d\\] \\`e\\` \\<div> \\~f\\~ \\\\"),
    ("<h3>Issue #</h3>", "### Issue \\#"),
    ("<p>x <b> bold </b>y</p>", "x **bold** y"),
    ("<b>a<b>b</b></b>", "**ab**"),
    ("<code>a`b</code>", "``a`b``"),
    ("<pre><code class='language-py'>x = '```'\n</code></pre>", "```py\nx = '```'\n```"),
    ("<pre>```\nfence\n```</pre>", "````\n```\nfence\n```\n````"),
    ("<ul><li>a</li><ul><li>b</li></ul></ul>", "- a\n  - b"),
    ("<ol><li><p>one</p><p>more</p></li><li>two</li></ol>", "1. one\n\n   more\n\n2. two"),
    ("<p>x</p><hr><p>y</p>", "x\n\n---\n\ny"),
    ("<div>one<br>two<br><br>three<br></div>", "one\\\ntwo\n\nthree"),
    ("<p>a | b<br>| --- |</p>", "a | b\\\n\\| --- |"),
    ("<script>alert(1)</script><style>p{}</style><p>shown</p>", "shown"),
])
def test_small_pieces(html, markdown):
    assert html_to_markdown(html) == markdown


def test_nothing_to_convert_and_oversized_html_give_none():
    assert html_to_markdown("  ") is None
    assert html_to_markdown("<p> </p><!-- x -->") is None
    assert html_to_markdown("<p>" + "x" * MAX_HTML_CHARS + "</p>") is None


def test_deep_nesting_keeps_the_text():
    html = "<div><blockquote><b>" * 2000 + "deep words" + "</b></blockquote></div>" * 2000
    markdown = html_to_markdown(html)
    assert markdown is not None and "deep words" in markdown
    assert markdown.count(">") <= MAX_DEPTH


_WORD = re.compile(r"[^\W_]+")
_TAGS = ["p", "div", "b", "i", "em", "strong", "code", "pre", "a", "h1", "h3", "ul", "ol", "li",
         "blockquote", "table", "tr", "td", "th", "span", "br", "s", "sup", "o:p"]
_ATTRS = ["", ' href="https://e.org/x"', ' href="javascript:x()"', ' style="font-weight:bold"',
          ' class="language-c"', " style='mso-list:l0 level2 lfo1'"]
_texts = st.text(alphabet=st.sampled_from("ab cdÉ_*#->`[]()|!1.\\<&~\n"), max_size=12)
_html = st.lists(st.one_of(
    _texts,
    st.builds(lambda tag, attr: f"<{tag}{attr}>", st.sampled_from(_TAGS), st.sampled_from(_ATTRS)),
    st.builds(lambda tag: f"</{tag}>", st.sampled_from(_TAGS)),
    st.sampled_from(["<!--[if gte mso 9]>", "<![endif]-->", "<![if !supportLists]>", "&amp;",
                     "&nbsp;", "<!--", "-->", "<"]),
), max_size=40).map("".join)

_renderer = MarkdownRenderer()


def _visible_words(html: str) -> list[str]:
    """Words as a browser shows them: inline elements join their text, blocks separate it
    (so do Word's list paragraphs and inline elements around blocks, which the converter
    reads as blocks)."""
    def holds_blocks(node: Element) -> bool:
        return node.tag not in ("a", "img", "code") and any(
            isinstance(c, Element) and (c.tag in BLOCK or holds_blocks(c)) for c in node.children)

    def text(node: Element | str) -> str:
        if isinstance(node, str):
            return node
        if node.tag in ("img", "br"):
            return " "
        inner = "".join(text(child) for child in node.children)
        separate = (node.tag in BLOCK or re.search(r"mso-list:\S*?level\d", node.style())
                    or holds_blocks(node))
        return f" {inner} " if separate else inner
    return sorted(_WORD.findall(text(parse_html(html))))


# derandomized: a new random example per CI run made CI fail on shapes found earlier or later
# at random (found ones are pinned below); set derandomize=False locally to explore
@settings(max_examples=300, deadline=None, derandomize=True)
@given(_html)
@example("1<b><s>1")  # "1**~~1~~**": the bold cannot open after a digit, before "~"
@example("x<b>(y)</b>z")
def test_arbitrary_html_converts_without_losing_a_word_in_the_preview(html):
    markdown = html_to_markdown(html)
    if markdown is None:
        assert not _visible_words(html) or "white-space:pre" in html.replace(" ", "")
        return
    rendered = _renderer.render(markdown)
    words = _visible_words(rendered)
    expected = _visible_words(html)
    missing = [w for w in expected if w not in words]
    assert not missing, (markdown, rendered)
