"""Pathological Markdown: every input returns (a thread join with a generous bound).

Times measured here (2 cores): the slowest, 50,000 ``![``, takes ~3.3 s; the bound is 60 s so
that only a hang or a quadratic blow-up fails.
"""

from __future__ import annotations

import pytest

from retro_editor.testing.hang_guard import returns_within

pytestmark = pytest.mark.slow

BOUND = 60

CASES = {
    "50k nested quotes": ">" * 50_000 + " deep\n",
    "quotes nested line by line": "".join(">" * i + " x\n" for i in range(1, 400)),
    "50k brackets": "[" * 50_000,
    "50k image brackets": "![" * 50_000,
    "50k emphasis runs": "*a **a " * 50_000,
    "many link reference definitions": "".join(f"[r{i}]: https://e.org/{i}\n" for i in range(20_000))
    + " ".join(f"[r{i}]" for i in range(20_000)),
    "NUL bytes": "a\x00b\x00<\x00script>" * 20_000,
    "1 MB single line": "word " * 200_000,
    "2000 nested list levels": "".join("  " * i + "- x\n" for i in range(2_000)),
    "50k backticks": "`" * 50_000 + "a",
    "50k unclosed tags": "<a " * 50_000,
    "50k nested divs": "<div>" * 50_000,
    "25k nested lists in raw HTML": "<ul><li>" * 25_000,
    "50k inline spans": "x " + "<span>" * 50_000,
    "50k underscores and stars": "*_" * 50_000,
    "20k unclosed links": "[a](" * 20_000,
    "5000 footnotes": "".join(f"x[^{i}]\n\n[^{i}]: y\n\n" for i in range(5_000)),
    "50k entities": "&#x" * 50_000,
    "long autolink": "<https://" + "a" * 100_000 + ">",
    "long bare URL": "https://" + "a." * 200_000 + "com",
    "many fences": "```python\nx = 1\n```\n\n" * 2_000,
}


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_input_returns(renderer, name):
    html = returns_within(BOUND, renderer.render, CASES[name])
    assert isinstance(html, str)
    assert "<script" not in html.lower()


def test_large_task_list_renders(renderer):
    """Repro: a task list of 10,000 items took 11 s (each item searched back through every
    earlier token for its list); 1 MB of items must return under the bound, every item ticked
    off as a checkbox and its list marked once."""
    html = returns_within(BOUND, renderer.render, "- [ ] item\n" * 95_000)
    assert html.count('type="checkbox"') == 95_000
    assert html.count("contains-task-list") == 1


def test_run_of_unclosed_tags_in_html_block_renders(renderer):
    """Repro: ``<div>`` then 40 KB of ``<a`` (no ``>``) took 21 s: the raw-HTML depth scan
    retried its tag pattern from every ``<a``. 1 MB must return under the bound."""
    html = returns_within(BOUND, renderer.render, "<div>\n" + "<a" * 500_000 + "\n")
    assert isinstance(html, str)


def test_many_same_title_headings_render(renderer):
    """Repro: 20,000 headings with one title took 30 s to export (anchor allocation)."""
    html = returns_within(BOUND, renderer.render, "# Same\n\n" * 100_000)
    assert 'id="same-99999"' in html


@pytest.mark.parametrize("text", [
    "- [ ] a\n- [x] b\n- [X] c\n- d\n",
    "1. [ ] a\n   - [x] nested\n     - [ ] deeper\n2. no\n",
    "> - [ ] quoted\n",
    "- [ ]\tt\n- [x]\n",
    "- [ ] a\n\n  - [ ] b\n\npara [ ] x\n",
])
def test_task_lists_render_as_the_stock_plugin_did(text):
    """The linear task-list rule gives exactly the stock plugin's HTML."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.tasklists import tasklists_plugin as stock

    from retro_editor.render.tasklists import tasklists_plugin

    assert (MarkdownIt("gfm-like").use(tasklists_plugin).render(text)
            == MarkdownIt("gfm-like").use(stock).render(text))
