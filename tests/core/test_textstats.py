"""Word count and reading time: what counts as a word, and section counts adding up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retro_editor.core.outline import iter_sections, parse_outline, split_lines
from retro_editor.core.textstats import count_words, reading_minutes


@pytest.mark.parametrize("text, words", [
    ("", 0),
    ("   \n\n", 0),
    ("The video was shot in one night.", 7),
    ("# The Making of a Classic ##", 5),
    ("Title\n=====", 1),
    ("- item one\n* item two\n+ three", 5),
    ("1. First step\n2) Second step\n10. Tenth", 5),
    ("> quoted words\n>> deeper", 3),
    ("**bold** and _italic_ and ~~gone~~", 5),
    ("[the video](https://example.com/a/b?c=d) here", 3),
    ('[x](https://example.com "A long title")', 1),
    ("![alt text](assets/cover.png) and ![](assets/other.png)", 3),
    ("[text][ref] and [other][]", 3),
    ("See <https://example.com> or <me@example.com>.", 2),
    ("<span class='x'>word</span> <br/> <em>two</em>", 2),
    ("before <!-- a note to self --> after", 2),
    ("rock &amp; roll &#8212; live", 3),
    ("night — day – dusk … dawn • noon", 5),
    ("don't stop well-known 2001 3.5", 5),
    ("a * b # c | d", 4),
    ("`print` it", 2),
    ("日本語", 3),
    ("日本語の文章、です。", 8),
    ("한국어 문장", 2),
    ("Кино и музыка", 3),
    ("| a | b |\n|---|---|\n| c | d |", 4),
    ("Text[^1].\n\n[^1]: The note.", 3),
    ("***\n---\n___", 0),
])
def test_count_words(text, words):
    assert count_words(text) == words


def test_code_front_matter_comments_and_references_are_not_counted():
    text = ("---\ntitle: Not counted here\n---\n"
            "Two words\n\n"
            "```python\nprint('not counted')\n```\n\n"
            "    indented code not counted\n\n"
            "<!--\nA comment block\n-->\n\n"
            "<script>\nvar notCounted = 1;\n</script>\n\n"
            "[ref]: https://example.com 'Title here'\n\n"
            "<div>\nthree more words\n</div>\n")
    assert count_words(text) == 5


@pytest.mark.parametrize("words, minutes", [
    (0, 0), (1, 1), (114, 1), (230, 1), (344, 1), (345, 2), (460, 2), (100_000, 435),
])
def test_reading_minutes(words, minutes):
    assert reading_minutes(words) == minutes


def test_reading_minutes_speed_and_bad_speed():
    assert reading_minutes(600, wpm=200) == 3
    with pytest.raises(ValueError):
        reading_minutes(10, wpm=0)


_LINES = st.sampled_from([
    "# Title", "## Section two", "### Sub **bold**", "Setext", "===", "---", "",
    "", "Plain words of prose.", "- item with [a link](https://x.y/z)", "1. numbered step",
    "> a quote", "```", "code line", "    indented code", "<!-- comment -->",
    "text <b>tag</b> &amp; more", "日本語の文", "— dash —", "| a | b |",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=25))
def test_section_counts_add_up_to_the_article(lines):
    text = "\n".join(lines) + "\n"
    roots = parse_outline(text)
    sections = list(iter_sections(roots))
    body = split_lines(text)
    for sec in sections:
        assert sec.words == sec.own_words + sum(c.words for c in sec.children)
        assert sec.words == count_words("\n".join(body[sec.line:sec.end_line]))
    preamble = count_words("\n".join(body[:sections[0].line] if sections else body))
    assert count_words(text) == preamble + sum(r.words for r in roots)
