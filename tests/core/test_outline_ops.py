"""Outline text operations: exact results, refusals, round trips and the outline they make."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from retro_editor.core.outline import (
    Section,
    delete_section,
    demote,
    find_section,
    insert_section,
    iter_sections,
    move_section,
    parse_outline,
    promote,
    remap_section_states,
    rename,
)
from retro_editor.core.outline_ops import OutlineEditRefused, SectionNotFound

DOC = """\
Intro paragraph.

## One

one text

### One A

a text

### One B

b text

## Two

two text

## Three

three text
"""

ONE = "## One\n\none text\n\n### One A\n\na text\n\n### One B\n\nb text\n"
TWO = "## Two\n\ntwo text\n"
THREE = "## Three\n\nthree text\n"


def flat(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in iter_sections(parse_outline(text))]


# --- move -------------------------------------------------------------------------------

def test_move_to_first_place():
    assert move_section(DOC, "three", "one", "before") == (
        "Intro paragraph.\n\n" + THREE + "\n" + ONE + "\n" + TWO)


def test_move_to_last_place_with_subsections():
    assert move_section(DOC, "one", "three", "after") == (
        "Intro paragraph.\n\n" + TWO + "\n" + THREE + "\n" + ONE)


def test_move_after_a_middle_section():
    assert move_section(DOC, "one", "two", "after") == (
        "Intro paragraph.\n\n" + TWO + "\n" + ONE + "\n" + THREE)


def test_move_into_relevels_the_subsections():
    assert move_section(DOC, "one", "two", "into") == (
        "Intro paragraph.\n\n## Two\n\ntwo text\n\n### One\n\none text\n\n#### One A\n\n"
        "a text\n\n#### One B\n\nb text\n\n" + THREE)


def test_move_into_goes_after_the_last_child():
    assert move_section(DOC, "three", "one", "into") == (
        "Intro paragraph.\n\n" + ONE + "\n### Three\n\nthree text\n\n" + TWO)


def test_move_a_subsection_out_as_a_sibling():
    assert move_section(DOC, "one-b", "two", "before") == (
        "Intro paragraph.\n\n## One\n\none text\n\n### One A\n\na text\n\n"
        "## One B\n\nb text\n\n" + TWO + "\n" + THREE)


def test_move_keeps_the_text_end_and_separates_glued_blocks():
    text = "## A\na\n## B\nb"  # no blank lines, no final newline
    assert move_section(text, "a", "b", "after") == "## B\nb\n\n## A\na"
    setext = "A\n=\ntext a\n\nB\n=\ntext b\n\n"
    assert move_section(setext, "b", "a", "before") == "B\n=\ntext b\n\nA\n=\ntext a\n\n"


def test_move_refusals():
    with pytest.raises(SectionNotFound, match="nope"):
        move_section(DOC, "nope", "two", "after")
    with pytest.raises(SectionNotFound):
        move_section(DOC, "two", "nope", "after")
    with pytest.raises(OutlineEditRefused, match="itself"):
        move_section(DOC, "one", "one", "after")
    with pytest.raises(OutlineEditRefused, match="itself"):
        move_section(DOC, "one", "one-a", "into")
    with pytest.raises(OutlineEditRefused, match="position"):
        move_section(DOC, "one", "two", "inside")
    deep = "## A\n\n###### Six\n\n## B\n\n### B1\n"
    with pytest.raises(OutlineEditRefused, match="level 7"):
        move_section(deep, "b", "six", "into")


def test_move_refuses_to_let_an_unclosed_fence_swallow_sections():
    text = "## A\n\na\n\n## B\n\n```\ncode\n"
    with pytest.raises(OutlineEditRefused, match="outline"):
        move_section(text, "b", "a", "before")


# --- promote / demote -------------------------------------------------------------------

def test_promote_with_subsections():
    text = "# Top\n\n## Mid\n\n### Low\n\n#### Lowest\n"
    assert promote(text, "low") == "# Top\n\n## Mid\n\n## Low\n\n### Lowest\n"


def test_demote_with_subsections():
    assert demote(DOC, "one") == (
        "Intro paragraph.\n\n### One\n\none text\n\n#### One A\n\na text\n\n#### One B\n\n"
        "b text\n\n" + TWO + "\n" + THREE)
    assert demote(DOC, "two") == DOC.replace("## Two", "### Two")


def test_promote_and_demote_limits():
    with pytest.raises(OutlineEditRefused, match="level 0"):
        promote("# Top\n", "top")
    with pytest.raises(OutlineEditRefused, match="level 7"):
        demote("###### Six\n", "six")
    with pytest.raises(OutlineEditRefused, match="Deep"):
        demote("## A\n\n###### Deep\n", "a")
    with pytest.raises(SectionNotFound):
        promote(DOC, "missing")


def test_setext_levels():
    text = "Title\n=====\n\nSub\n---\n\ntext\n"
    assert demote(text, "title") == "Title\n-----\n\n### Sub\n\ntext\n"
    assert promote(text, "sub") == "Title\n=====\n\nSub\n===\n\ntext\n"
    # a setext heading pushed below level 2 stays ATX when it comes back up
    assert promote(demote(text, "title"), "title") == "Title\n=====\n\n## Sub\n\ntext\n"


# --- rename -----------------------------------------------------------------------------

def test_rename_atx_keeps_markers_and_closing_sequence():
    assert rename(DOC, "two", "Second") == DOC.replace("## Two", "## Second")
    assert rename("  ### Old ###  \ntext\n", "old", " New name ") == "  ### New name ###  \ntext\n"
    assert rename("## Old\n", "old", "Episode #") == "## Episode # ##\n"
    assert rename("##\n", "section", "Filled") == "## Filled\n"


def test_rename_setext_resizes_the_underline():
    assert rename("Old\n===\n\ntext\n", "old", "A longer title") == (
        "A longer title\n==============\n\ntext\n")
    assert rename("Long old title\n--------------\n", "long-old-title", "Hi") == "Hi\n---\n"
    assert rename("Two\nlines\n---\n", "two-lines", "日本語") == "日本語\n------\n"


def test_rename_setext_falls_back_to_atx_when_needed():
    assert rename("Old\n---\n\ntext\n", "old", "- not a list") == "## - not a list\n\ntext\n"


def test_rename_refusals():
    with pytest.raises(OutlineEditRefused, match="title"):
        rename(DOC, "two", "   ")
    with pytest.raises(OutlineEditRefused, match="single line"):
        rename(DOC, "two", "a\nb")
    with pytest.raises(SectionNotFound):
        rename(DOC, "nope", "x")


# --- insert / delete --------------------------------------------------------------------

def test_insert_at_start_middle_and_end():
    assert insert_section(DOC, None, 2, "Zero", before_anchor="one") == DOC.replace(
        "## One\n", "## Zero\n\n## One\n")
    assert insert_section(DOC, "one", 2, "One and a half") == DOC.replace(
        "## Two", "## One and a half\n\n## Two")
    assert insert_section(DOC, None, 2, "Four") == DOC + "\n## Four\n"
    assert insert_section(DOC, "three", 3, "Three A") == DOC + "\n### Three A\n"


def test_insert_into_empty_and_odd_texts():
    assert insert_section("", None, 1, "First") == "# First\n"
    assert insert_section("no newline", None, 2, "T") == "no newline\n\n## T"
    assert insert_section("text\n\n\n", None, 2, "T") == "text\n\n## T\n\n\n"
    assert insert_section("## A\n", None, 2, "Ends with #") == "## A\n\n## Ends with # ##\n"


def test_insert_refusals():
    with pytest.raises(OutlineEditRefused, match="level"):
        insert_section(DOC, None, 7, "x")
    with pytest.raises(OutlineEditRefused, match="title"):
        insert_section(DOC, None, 2, "")
    with pytest.raises(OutlineEditRefused, match="not both"):
        insert_section(DOC, "one", 2, "x", before_anchor="two")
    with pytest.raises(SectionNotFound):
        insert_section(DOC, "nope", 2, "x")


def test_delete_first_middle_last():
    assert delete_section(DOC, "one") == "Intro paragraph.\n\n" + TWO + "\n" + THREE
    assert delete_section(DOC, "two") == "Intro paragraph.\n\n" + ONE + "\n" + THREE
    assert delete_section(DOC, "three") == "Intro paragraph.\n\n" + ONE + "\n" + TWO
    assert delete_section(DOC, "one-a") == DOC.replace("### One A\n\na text\n\n", "")
    assert delete_section("# Only\n\ntext\n", "only") == ""
    assert delete_section("text\n## A\na\n\n## B\n", "a") == "text\n\n## B\n"
    with pytest.raises(SectionNotFound):
        delete_section(DOC, "nope")


# --- remap_section_states -----------------------------------------------------------------

def test_remap_keeps_unchanged_anchors_and_drops_deleted_ones():
    states = {"one": "draft", "two": "final", "gone": "x"}
    assert remap_section_states(parse_outline(DOC), parse_outline(DOC), states) == {
        "one": "draft", "two": "final"}


def test_remap_explicit_rename_first():
    new = rename(DOC, "two", "Second")
    states = {"two": "final", "three": "revised"}
    assert remap_section_states(parse_outline(DOC), parse_outline(new), states,
                                renamed={"two": "second"}) == {
        "second": "final", "three": "revised"}


def test_remap_heading_edited_in_place_by_position():
    new = DOC.replace("## Two", "## Two, revisited").replace("## Three", "## Finale")
    states = {"one": 1, "two": 2, "three": 3}
    assert remap_section_states(DOC, new, states) == {"one": 1, "two-revisited": 2,
                                                      "finale": 3}


def test_remap_without_positional_match_when_sections_were_added():
    new = DOC.replace("## Two", "## Deux") + "\n## Four\n"
    assert remap_section_states(DOC, new, {"two": 2, "three": 3}) == {"three": 3}


def test_remap_does_not_steal_an_anchor_that_still_exists():
    old = "## A\n\n## B\n"
    new = "## B\n\n## C\n"  # A renamed to B? No: B kept, A gone, C new
    assert remap_section_states(old, new, {"a": "x", "b": "y"}) == {"b": "y"}


# --- properties ---------------------------------------------------------------------------

_WORDS = st.sampled_from(["neon", "harbour", "rain", "crew", "legacy", "night"])


@st.composite
def articles(draw, setext: bool = False) -> str:
    """Well-formed articles: unique titles, one blank line between blocks."""
    n = draw(st.integers(1, 7))
    parts = []
    if draw(st.booleans()):
        parts.append("Intro " + draw(_WORDS) + ".")
    level = draw(st.integers(1, 3))
    for i in range(n):
        level = draw(st.integers(1, min(6, level + 1)))
        title = f"S{i} {draw(_WORDS)}"
        if setext and level <= 2 and draw(st.booleans()):
            parts.append(title + "\n" + ("=" if level == 1 else "-") * len(title))
        else:
            parts.append("#" * level + " " + title)
        for _ in range(draw(st.integers(0, 2))):
            parts.append(" ".join(draw(st.lists(_WORDS, min_size=1, max_size=5))) + ".")
    return "\n\n".join(parts) + "\n"


def _siblings(roots: list[Section], sec: Section) -> list[Section]:
    for s in [None, *iter_sections(roots)]:
        group = roots if s is None else s.children
        if any(c is sec for c in group):
            return group
    raise AssertionError("not found")


def _parent(roots: list[Section], sec: Section) -> Section | None:
    return next((s for s in iter_sections(roots) if any(c is sec for c in s.children)), None)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_move_gives_the_expected_outline_and_moving_back_restores_the_text(data):
    text = data.draw(articles())
    roots = parse_outline(text)
    flat_secs = list(iter_sections(roots))
    sec = data.draw(st.sampled_from(flat_secs))
    moved = list(iter_sections([sec]))
    targets = [s for s in flat_secs if not any(s is m for m in moved)]
    assume(targets)
    target = data.draw(st.sampled_from(targets))
    position = data.draw(st.sampled_from(["before", "after", "into"]))
    delta = target.level + (position == "into") - sec.level
    if any(not 1 <= m.level + delta <= 6 for m in moved):
        with pytest.raises(OutlineEditRefused):
            move_section(text, sec.anchor, target.anchor, position)
        return
    new = move_section(text, sec.anchor, target.anchor, position)
    point = target.line if position == "before" else target.end_line
    others = [(s.level, s.title) for s in targets]
    index = sum(1 for s in targets if s.line < point)
    others[index:index] = [(m.level + delta, m.title) for m in moved]
    assert flat(new) == others
    # back to where it was
    siblings = _siblings(roots, sec)
    i = next(k for k, s in enumerate(siblings) if s is sec)
    parent = _parent(roots, sec)
    if i + 1 < len(siblings):
        back = (siblings[i + 1], "before", siblings[i + 1].level)
    elif i > 0:
        back = (siblings[i - 1], "after", siblings[i - 1].level)
    elif parent is not None:
        back = (parent, "into", parent.level + 1)
    else:
        return
    assume(back[2] == sec.level)
    assert move_section(new, sec.anchor, back[0].anchor, back[1]) == text


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_demote_then_promote_restores_the_text(data):
    text = data.draw(articles())
    sec = data.draw(st.sampled_from(list(iter_sections(parse_outline(text)))))
    if max(s.level for s in iter_sections([sec])) == 6:
        with pytest.raises(OutlineEditRefused):
            demote(text, sec.anchor)
        return
    lowered = demote(text, sec.anchor)
    moved = {s.anchor for s in iter_sections([sec])}
    assert flat(lowered) == [(s.level + (s.anchor in moved), s.title)
                             for s in iter_sections(parse_outline(text))]
    assert promote(lowered, sec.anchor) == text


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_insert_then_delete_restores_the_text(data):
    text = data.draw(articles(setext=True))
    roots = parse_outline(text)
    after = data.draw(st.sampled_from([None, *[s.anchor for s in iter_sections(roots)]]))
    level = data.draw(st.integers(1, 6))
    new = insert_section(text, after, level, "Brand new")
    added = find_section(parse_outline(new), "brand-new")
    assert added is not None and added.level == level and added.title == "Brand new"
    assume(not added.children)
    assert delete_section(new, "brand-new") == text


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_rename_and_back_and_delete_shapes(data):
    text = data.draw(articles(setext=True))
    secs = list(iter_sections(parse_outline(text)))
    sec = data.draw(st.sampled_from(secs))
    renamed = rename(text, sec.anchor, "Fresh title")
    assert flat(renamed) == [(s.level, "Fresh title" if s is sec else s.title) for s in secs]
    assert rename(renamed, "fresh-title", sec.title) == text
    gone = list(iter_sections([sec]))
    assert flat(delete_section(text, sec.anchor)) == [
        (s.level, s.title) for s in secs if not any(s is g for g in gone)]


def test_refusals_read_as_sentences_not_as_dictionary_keys():
    """A refused outline edit reaches the writer as its message: a KeyError's str() would
    quote it ("'no section with the anchor ...'"), which is how a lookup bug used to look."""
    with pytest.raises(SectionNotFound) as missing:
        promote("# A\n\n## B\n", "nope")
    assert str(missing.value) == "no section with the anchor 'nope'"
    assert not isinstance(missing.value, KeyError)
