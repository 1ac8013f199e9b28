"""``+++`` TOML front matter is hidden like ``---`` YAML front matter, with the same fences the
outline uses, so the preview, exports and outline agree on where the text starts."""

from __future__ import annotations

import pytest

from retro_editor.core.outline import iter_sections, parse_outline


@pytest.fixture
def renderer():
    from retro_editor.render.markdown import MarkdownRenderer

    r = MarkdownRenderer()
    yield r
    r.close()


TOML = '+++\ntitle = "Hero"\n# not a heading = "x"\n+++\n\n# Hero\n\nBody.\n'


def test_toml_front_matter_is_not_shown(renderer):
    """Repro: an imported Hugo post's ``+++`` block was shown as a paragraph in the preview."""
    html = renderer.render(TOML)
    assert "title" not in html and "+++" not in html and "not a heading" not in html
    assert '<h1 data-source-line="5" id="hero">Hero</h1>' in html
    tokens = renderer.parse(TOML)
    assert tokens[0].type == "front_matter" and tokens[0].map == [0, 4]
    assert [s.line for s in iter_sections(parse_outline(TOML))] == [5]


@pytest.mark.parametrize("text", [
    "+++\ntitle = 'x'\n\nno closing fence\n",   # unclosed: shown as written
    "text\n+++\nx = 1\n+++\n",                   # not at the top
    "+++ x\ny = 1\n+++\n",                       # not a fence
    "++++\nx = 1\n+++\n",                        # the closing fence is shorter
])
def test_what_is_not_front_matter_is_shown(renderer, text):
    assert "x" in renderer.render(text)
    assert renderer.parse(text)[0].type != "front_matter"
