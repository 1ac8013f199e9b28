"""The preview renumbers repeated heading ids without a full render: the title it gives the
anchor allocator must be the one markdown-it reads from the line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from retro_editor.render.blocks import atx_heading_title, block_key

_md = MarkdownIt("commonmark")

lines = st.builds(
    lambda indent, hashes, gap, words, tail: indent + hashes + gap + words + tail,
    st.sampled_from(["", " ", "   ", "    ", "\t"]),
    st.text("#", min_size=0, max_size=8),
    st.sampled_from(["", " ", "\t", "  "]),
    st.text(st.sampled_from("ab #\\*\t\u00a0x"), max_size=12),
    st.sampled_from(["", " #", " ##  ", "#", " \\#", "\t#\t"]),
)


@given(lines)
def test_the_title_is_the_one_markdown_it_reads(line):
    tokens = _md.parse(line)
    if tokens and tokens[0].type == "heading_open" and tokens[0].markup.startswith("#"):
        assert atx_heading_title(line) == tokens[1].content
    else:
        assert atx_heading_title(line) is None


def test_examples():
    assert atx_heading_title("## Intro ##") == "Intro"
    assert atx_heading_title("## a#") == "a#"
    assert atx_heading_title("####### seven") is None
    assert atx_heading_title("#hashtag") is None
    assert atx_heading_title("Paragraph") is None


def test_block_keys_ignore_where_the_lines_are_but_not_how_they_relate():
    moved = '<ul data-source-line="12">\n<li data-source-line="13">x</li>\n</ul>'
    here = '<ul data-source-line="2">\n<li data-source-line="3">x</li>\n</ul>'
    apart = '<ul data-source-line="2">\n<li data-source-line="4">x</li>\n</ul>'
    assert block_key(moved, 12) == block_key(here, 2) != block_key(apart, 2)
