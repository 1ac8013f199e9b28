"""core.analysis: one snapshot of the text's sections and counts, reused across edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from retro_editor.core import analysis as analysis_module
from retro_editor.core.analysis import TextAnalysis, analyse
from retro_editor.core.outline import parse_outline
from retro_editor.core.textstats import count_words, reading_minutes

ARTICLE = """Before the first heading, four words.

# Title

Intro words here.

## One

One one one.

### One point five

Deeper words.

## Two

Two two.
"""


def tree(sections) -> list:
    return [(s.level, s.title, s.anchor, s.line, s.body_line, s.end_line, s.words, s.own_words,
             tree(s.children)) for s in sections]


def same(a: TextAnalysis, b: TextAnalysis) -> bool:
    return ((a.text, a.words, a.preamble_words, tree(a.sections))
            == (b.text, b.words, b.preamble_words, tree(b.sections)))


def test_sections_and_counts() -> None:
    result = analyse(ARTICLE)
    assert tree(result.sections) == tree(parse_outline(ARTICLE))
    assert [s.anchor for s in result.iter_sections()] == ["title", "one", "one-point-five", "two"]
    assert result.preamble_words == 6
    assert result.words == count_words(ARTICLE) == 6 + result.sections[0].words
    assert result.characters == len(ARTICLE)
    assert result.reading_minutes == reading_minutes(result.words)
    one = result.sections[0].children[0]
    assert (one.own_words, one.words) == (4, 4 + 5)


def test_section_at_line() -> None:
    result = analyse(ARTICLE)
    lines = ARTICLE.split("\n")
    assert result.section_at(0) is None
    assert result.section_at(lines.index("Deeper words.")).anchor == "one-point-five"
    assert result.section_at(lines.index("Two two.")).anchor == "two"
    assert result.section_at(10_000) is None


def test_empty_text() -> None:
    result = analyse("")
    assert (result.sections, result.words, result.preamble_words) == ((), 0, 0)
    assert result.reading_minutes == 0 and result.section_at(0) is None


def test_text_without_a_heading() -> None:
    text = "Just prose, no heading at all.\n\n```\ncode is not counted\n```\n"
    result = analyse(text)
    assert result.sections == ()
    assert result.words == result.preamble_words == count_words(text) == 6


def counting(monkeypatch) -> list[str]:
    """Records every chunk the analysis counts words in."""
    counted: list[str] = []
    real = analysis_module.count_prose_words

    def count(prose: str) -> int:
        counted.append(prose)
        return real(prose)

    monkeypatch.setattr(analysis_module, "count_prose_words", count)
    return counted


def test_an_edit_in_one_section_recounts_only_that_section(monkeypatch) -> None:
    first = analyse(ARTICLE)
    counted = counting(monkeypatch)
    edited = ARTICLE.replace("Two two.", "Two two too.")
    second = analyse(edited, first)
    assert len(counted) == 1 and "Two two too." in counted[0]
    assert second.sections[0].children[1].words == 4
    assert second.words == first.words + 1
    assert same(second, analyse(edited))


def test_an_unchanged_text_counts_nothing(monkeypatch) -> None:
    first = analyse(ARTICLE)
    counted = counting(monkeypatch)
    assert same(analyse(ARTICLE, first), first)
    assert counted == []


def test_an_edit_before_the_first_heading_recounts_only_the_preamble(monkeypatch) -> None:
    first = analyse(ARTICLE)
    counted = counting(monkeypatch)
    second = analyse("More. " + ARTICLE, first)
    assert len(counted) == 1 and counted[0].startswith("More.")
    assert second.preamble_words == 7


_PIECES = st.sampled_from([
    "# Title\n", "## Section\n", "### Sub\n", "Setext\n===\n", "Under\n---\n", "\n", "\n\n",
    "Plain words of prose.\n", "- item with [a link](https://x.y/z)\n", "1. step\n",
    "> a quote\n", "```\n", "code line\n", "    indented code\n", "<!-- c -->\n",
    "<div>\n", "日本語の文\n", "| a | b |\n|---|---|\n", "word ", "#", "=", "`",
])
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]]]:
    """A text and a series of (start, end, replacement) edits, each within the text so far."""
    text = draw(_TEXTS)
    steps = []
    length = len(text)
    for _ in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, length))
        end = draw(st.integers(start, min(length, start + 40)))
        insert = draw(_TEXTS.map(lambda s: s[:30]))
        steps.append((start, end, insert))
        length += len(insert) - (end - start)
    return text, steps


@settings(max_examples=300, deadline=None)
@given(edits())
def test_incremental_always_equals_from_scratch(case) -> None:
    text, steps = case
    current = analyse(text)
    for start, end, insert in steps:
        text = text[:start] + insert + text[end:]
        current = analyse(text, current)
        fresh = analyse(text)
        assert same(current, fresh)
        assert current.words == count_words(text)
