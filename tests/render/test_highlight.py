"""Bounded highlighting: the Scala backslash hang (Pygments #3247) falls back to plain text."""

from __future__ import annotations

import time

import pytest

from retro_editor.render.highlight import Highlighter, pygments_css
from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.testing.hang_guard import returns_within

SCALA_TRAPS = [
    '"' + "\\" * 40 + "\n",
    '"' + "\\" * 41 + "\n",
    'val s = "' + "\\" * 45 + "\nprintln(s)\n",
    '"' + "\\\\" * 25 + "x\n",
]


@pytest.fixture(scope="module")
def quick():
    """A renderer with a short per-block limit, so the hang tests stay fast."""
    r = MarkdownRenderer(highlighter=Highlighter(timeout=0.5))
    r.highlighter.warm_up()
    yield r
    r.close()


@pytest.mark.parametrize("code", SCALA_TRAPS)
def test_scala_backslash_hang_falls_back_to_plain_text(quick, code):
    text = f"```scala\n{code}```\n\n```python\nx = 1\n```\n"
    started = time.perf_counter()
    html = returns_within(30, quick.render, text)
    assert time.perf_counter() - started < 20
    assert html.startswith('<pre data-source-line="0"><code class="language-scala">')
    # the next block is highlighted by a fresh worker
    assert '<div class="highlight" data-source-line=' in html
    assert '<span class="n">x</span>' in html


def test_a_timed_out_block_is_not_tried_again(quick):
    text = "```scala\n\"" + "\\" * 42 + "\n```\n"
    quick.render(text)
    started = time.perf_counter()
    quick.render(text)
    assert time.perf_counter() - started < 0.2


def test_known_language_is_highlighted_with_css_classes(renderer):
    html = renderer.render("```js\nconst a = 1;\n```\n")
    assert html.startswith('<div class="highlight" data-source-line="0"><pre><code class="language-js">')
    assert '<span class="kd">const</span>' in html


def test_unknown_or_missing_language_is_escaped_plain_text(renderer):
    assert renderer.render("```nosuch\n<b>&\n```\n") == (
        '<pre data-source-line="0"><code class="language-nosuch">&lt;b&gt;&amp;\n</code></pre>\n')
    assert renderer.render("```\n<b>\n```\n") == (
        '<pre data-source-line="0"><code>&lt;b&gt;\n</code></pre>\n')


def test_language_class_cannot_break_out(renderer):
    html = renderer.render('```py" onmouseover="x {.a}\nx\n```\n')
    assert "onmouseover" not in html


def test_big_blocks_are_not_highlighted():
    h = Highlighter(max_chars=100)
    try:
        assert h.highlight("python", "x = 1\n" * 10) is not None
        assert h.highlight("python", "x = 1\n" * 100) is None
    finally:
        h.close()


def test_spent_render_budget_leaves_blocks_plain():
    h = Highlighter(render_budget=0)
    try:
        assert h.highlight("python", "x = 1\n", deadline=h.deadline()) is None
        assert h.highlight("python", "x = 1\n") is not None  # no deadline given
    finally:
        h.close()


def test_results_are_cached_and_worker_restarts_after_close():
    h = Highlighter()
    try:
        first = h.highlight("python", "y = 2\n")
        h.close()
        assert h.highlight("python", "y = 2\n") == first  # from the cache, no worker
        assert h.highlight("python", "z = 3\n") is not None  # a new worker
    finally:
        h.close()


def test_pygments_css_is_scoped_to_highlight_blocks():
    for style in ("friendly", "monokai", "no-such-style"):
        rules = [line for line in pygments_css(style).splitlines() if line.strip()]
        assert rules and all(line.startswith(".highlight") for line in rules)
