"""The incremental patcher alone (no Qt): after any edits, patched body == a fresh full render."""

from __future__ import annotations

import random
import re

import pytest

from retro_editor.render.blocks import analyse_body, split_blocks
from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.ui.preview.patcher import (
    MAX_INLINE_CHARS,
    BlockMap,
    DirtyRegion,
    FullRender,
    LargeSpan,
    ListLines,
    Patch,
    apply,
    body_diff,
    finish,
    plan,
)

SNIPPETS = ["Hello world", "", "## Heading", "# Title", "- item", "1. one", "  indented",
            "    code", "```", "~~~", "> quote", "---", "===", "| a | b |", "|---|---|",
            "[ref]: http://x.org", "see [ref] here", "[^1]", "[^1]: note", "Term", ": def",
            "<div>", "*emph* text", "para  ", "- [ ] task", "+++", "text with `code`",
            "^[inline note]", "## Heading"]
CHARS = "ab #-*>`[]:^ 1.|<"


@pytest.fixture(scope="module")
def renderer():
    return MarkdownRenderer()


def elements(html: str) -> list[str] | None:
    blocks = split_blocks(html)
    return None if blocks is None else [html[b.begin:b.end] for b in blocks]


def shifted(html: str, delta: int) -> str:
    return re.sub(r'data-source-line="(\d+)"',
                  lambda m: f'data-source-line="{int(m.group(1)) + delta}"', html)


def random_edit(rnd: random.Random, lines: list[str]) -> tuple[int, int, int]:
    """Edits ``lines`` in place; returns the (first, last, delta) a QTextDocument would."""
    n = len(lines)
    before = n
    op = rnd.random()
    if op < 0.4 and n:
        i = rnd.randrange(n)
        pos = rnd.randint(0, len(lines[i]))
        lines[i] = lines[i][:pos] + rnd.choice(CHARS) + lines[i][pos:]
        first = last = i
    elif op < 0.6:
        i = rnd.randint(1, n) if n else 0
        new = [rnd.choice(SNIPPETS) for _ in range(rnd.randint(1, 3))]
        if i:
            lines[i - 1:i] = [lines[i - 1], *new]
            first, last = i - 1, i - 1 + len(new)
        else:
            lines[:0] = new
            first, last = 0, len(new) - 1
    elif op < 0.8 and n > 1:
        i = rnd.randrange(n - 1)
        k = rnd.randint(1, min(3, n - 1 - i))
        lines[i:i + k + 1] = [lines[i] + lines[i + k]]
        first = last = i
    elif n:
        i = rnd.randrange(n)
        lines[i] = rnd.choice(SNIPPETS)
        first = last = i
    else:
        lines.append(rnd.choice(SNIPPETS))
        first = last = 0
    last = min(last, len(lines) - 1)
    return min(first, last), last, len(lines) - before


@pytest.mark.parametrize("seed", range(60))
def test_patches_equal_a_fresh_render(renderer, seed):
    rnd = random.Random(seed)
    lines = [rnd.choice(SNIPPETS) for _ in range(rnd.randint(0, 25))] or [""]

    def full(text):
        html = renderer.render(text)
        return BlockMap.from_analysis(analyse_body(html, text)), elements(html)

    bmap, dom = full("\n".join(lines))
    dirty = DirtyRegion()
    for _ in range(40):
        dirty.add(*random_edit(rnd, lines))
        if rnd.random() < 0.3:
            continue  # several edits before the preview catches up
        text = "\n".join(lines)
        result = plan(bmap, dirty, ListLines(lines),
                      lambda t, off: renderer.render(t, line_offset=off),
                      max_chars=rnd.choice([MAX_INLINE_CHARS, 60]))
        if isinstance(result, LargeSpan):  # rendered elsewhere, as the helper process does
            result = finish(bmap, result,
                            renderer.render(result.source, line_offset=result.line_offset))
        if isinstance(result, FullRender):
            fresh_map, fresh_dom = full(text)
            if bmap is None or fresh_map is None or dom is None:
                dom = fresh_dom
            else:  # only the elements that differ are replaced, as the page does
                index, remove, delta = body_diff(bmap.blocks, fresh_map.blocks)
                end = len(fresh_map.blocks) - (len(bmap.blocks) - index - remove)
                dom = (dom[:index] + fresh_dom[index:end]
                       + [shifted(h, delta) for h in dom[index + remove:]])
            bmap = fresh_map
        else:
            new = elements(result.html)
            dom = (dom[:result.index] + new
                   + [shifted(h, result.delta) for h in dom[result.index + result.remove:]])
            for index, anchor in result.renames:
                dom[index] = re.sub(r'id="[^"]*"', f'id="{anchor}"', dom[index], count=1)
            apply(bmap, result)
        dirty.clear()
        fresh_map, fresh = full(text)
        if fresh is not None and dom is not None:
            assert dom == fresh, text
        if fresh_map is not None and bmap is not None:
            assert [(b.start, b.anchor) for b in bmap.blocks] == \
                [(b.start, b.anchor) for b in fresh_map.blocks], text
            # the map's index (kept in step piecemeal while typing) answers like a fresh one
            assert [bmap.element_for_line(n) for n in range(len(lines))] == \
                [fresh_map.element_for_line(n) for n in range(len(lines))], text


def plan_line_edit(renderer, lines: list[str], line: int, new_text: str):
    """The patch plan after line ``line`` of ``lines`` (rendered as they were) becomes
    ``new_text``: what one key on that line asks of the preview."""
    text = "\n".join(lines)
    bmap = BlockMap.from_analysis(analyse_body(renderer.render(text), text))
    lines = [*lines[:line], new_text, *lines[line + 1:]]
    dirty = DirtyRegion()
    dirty.add(line, line, 0)
    return plan(bmap, dirty, ListLines(lines), lambda t, o: renderer.render(t, line_offset=o))


def test_typing_in_a_paragraph_is_a_one_element_patch(renderer):
    lines = ["# T", "", "One paragraph.", "", "## Part", "", "Another one.", ""]
    result = plan_line_edit(renderer, lines, 2, "One longer paragraph.")
    assert isinstance(result, Patch)
    assert (result.index, result.remove, result.delta) == (1, 1, 0)
    assert "longer" in result.html


def test_a_long_span_is_left_to_render_elsewhere(renderer):
    lines = ["# T", "", "One paragraph.", "", "## Part", "", "Another one.", ""]
    text = "\n".join(lines)
    bmap = BlockMap.from_analysis(analyse_body(renderer.render(text), text))
    pasted = [f"Pasted paragraph number {i}." for i in range(40)]
    lines = [*lines[:3], "", *[p for line in pasted for p in (line, "")], *lines[3:]]
    dirty = DirtyRegion()
    dirty.add(2, 3 + 2 * len(pasted), 2 * len(pasted) + 1)
    result = plan(bmap, dirty, ListLines(lines), lambda t, o: pytest.fail("rendered inline"),
                  max_chars=200)
    assert isinstance(result, LargeSpan) and "Pasted paragraph number 39." in result.source
    patch = finish(bmap, result, renderer.render(result.source, line_offset=result.line_offset))
    assert isinstance(patch, Patch) and (patch.index, patch.remove) == (1, 1)
    assert patch.html.count("<p") == 41


def test_a_full_render_replaces_only_what_differs(renderer):
    def blocks(text):
        return BlockMap.from_analysis(analyse_body(renderer.render(text), text)).blocks
    parts = ["# T", "", "One.", "", "## Part", "", "Two.", "", "Three.", ""]
    before = blocks("\n".join(parts))
    after = blocks("\n".join([*parts[:4], "New one.", "", "Another.", "", *parts[4:]]))
    assert body_diff(before, after) == (2, 0, 4)  # two paragraphs in; the rest moved 4 lines
    assert body_diff(before, before) == (len(before), 0, 0)
    edited = blocks("\n".join([*parts[:6], "Two, edited.", *parts[7:]]))
    assert body_diff(before, edited) == (3, 1, 0)


def test_a_repeated_heading_renumbers_the_ones_after_it_without_a_full_render(renderer):
    lines = ["# T", "", "## Intro", "", "Text.", "", "## Intro", "", "More.", "",
             "## Intro ##", ""]
    result = plan_line_edit(renderer, lines, 4, "## Intro")
    assert isinstance(result, Patch), result
    assert 'id="intro-1"' in result.html
    assert result.renames == [(3, "intro-2"), (5, "intro-3")]


def test_typing_keeps_the_line_index_in_step(renderer):
    """Many keys in one paragraph (patches that keep the body's shape): the element each
    line belongs to is still the one a fresh render gives."""
    lines = ["# T", "", "First paragraph.", "", "## Part", "", "Middle one.", "", "Last.", ""]
    text = "\n".join(lines)
    bmap = BlockMap.from_analysis(analyse_body(renderer.render(text), text))
    for letter in "abcdefgh":
        lines[6] += letter
        dirty = DirtyRegion()
        dirty.add(6, 6, 0)
        result = plan(bmap, dirty, ListLines(lines),
                      lambda t, o: renderer.render(t, line_offset=o))
        assert isinstance(result, Patch)
        apply(bmap, result)
    text = "\n".join(lines)
    fresh = BlockMap.from_analysis(analyse_body(renderer.render(text), text))
    assert [bmap.element_for_line(n) for n in range(len(lines))] == \
        [fresh.element_for_line(n) for n in range(len(lines))]
    assert bmap.sourced() == fresh.sourced()


@pytest.mark.parametrize("edit, reason_part", [
    ("```", "fence"),
    ("[x]: https://e.org", "definitions"),
    ("Text[^1]", "footnotes"),
])
def test_unsure_edits_ask_for_a_full_render(renderer, edit, reason_part):
    lines = ["# T", "", "One paragraph.", "", "Two."]
    result = plan_line_edit(renderer, lines, 2, edit)
    assert isinstance(result, FullRender) and reason_part in result.reason


def test_headings_with_shared_anchors_keep_the_ids_a_full_render_gives(renderer):
    lines = ["## Notes", "", "text", "", "## Notes", "", "more"]
    result = plan_line_edit(renderer, lines, 0, "## Notes!")  # still "notes"
    assert isinstance(result, Patch) and 'id="notes"' in result.html and not result.renames
    result = plan_line_edit(renderer, lines, 0, "## Other")  # the second one takes "notes"
    assert isinstance(result, Patch) and result.renames == [(2, "notes")]


def test_a_setext_heading_among_repeated_titles_goes_full(renderer):
    lines = ["Notes", "-----", "", "text", "", "## Notes", "", "more"]
    result = plan_line_edit(renderer, lines, 3, "## Notes")
    assert isinstance(result, FullRender)


def test_dirty_region_merges_edits():
    dirty = DirtyRegion()
    dirty.add(10, 11, 1)     # Enter on line 10
    dirty.add(20, 20, 0)     # a key far below
    assert (dirty.lo, dirty.hi, dirty.delta) == (10, 20, 1)
    assert dirty.old_range() == (10, 19)
    dirty.clear()
    dirty.add(5, 5, -2)      # lines 5..7 joined into 5
    dirty.add(3, 3, 0)
    assert dirty.old_range() == (3, 7)


def test_split_blocks():
    html = ('<p data-source-line="0">a &lt; b</p>\n<hr data-source-line="2">\n'
            '<pre><code data-source-line="4">x</code></pre>\n<h2 data-source-line="6" '
            'id="part">P</h2>')
    blocks = split_blocks(html)
    assert [(b.start, b.tag, b.anchor) for b in blocks] == [
        (0, "p", None), (2, "hr", None), (4, "pre", None), (6, "h2", "part")]
    assert split_blocks("loose text <p>x</p>") is None
    assert split_blocks("<div><p>unclosed</div>") is None
