"""The preview shows the published page's typography: smart quotes by the article's language
(in process and from the render helper process), figures with captions, and a change of
language re-rendered at once."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from test_preview_view import article, harness  # noqa: E402,F401  (harness is a fixture)

from retro_editor.core.manifest import ArticleMeta, TypographySettings  # noqa: E402

QUOTED = 'She said "lights out" -- and left...\n\n![Pier](assets/pier.png "The pier, 1999")\n'


def body_text(h) -> str:
    return h.js("document.getElementById('retro-body').textContent")


def test_quotes_follow_the_language_and_change_with_it(harness):
    h = harness(QUOTED)
    assert "She said “lights out” – and left…" in body_text(h)
    assert h.js("document.querySelector('#retro-body figcaption').textContent") == "The pier, 1999"
    h.doc.set_article(ArticleMeta(title="Neon Harbor", language="de"))
    h.wait_for(lambda: "She said „lights out“ – and left…" in body_text(h))
    h.wait_for(h.converged)


def test_typography_off_shows_the_text_as_typed(harness):
    h = harness(QUOTED)
    h.doc.manifest.typography = TypographySettings(smart_punctuation=False, captions="none")
    h.doc.set_article(ArticleMeta(title="Neon Harbor", subtitle="changed"))
    h.wait_for(lambda: 'She said "lights out" -- and left...' in body_text(h))
    assert h.js("document.querySelectorAll('#retro-body figure').length") == 0


def test_the_render_helper_process_uses_the_same_typography(harness):
    h = harness(article(600) + "\n\n" + QUOTED)  # long: rendered out of process
    assert h.view._process.available() and h.view._process._process is not None
    h.wait_for(h.converged)
    assert "She said “lights out” – and left…" in body_text(h)
    h.doc.set_article(ArticleMeta(title="Neon Harbor", language="fr"))
    h.wait_for(lambda: "She said «\u202flights out\u202f» – and left…" in body_text(h))


def test_the_header_is_typeset_like_the_body(harness):
    h = harness(QUOTED)

    def header(selector: str) -> str | None:
        return h.js(f"(document.querySelector({selector!r}) || {{}}).textContent || null")

    h.doc.set_article(ArticleMeta(title='"Neon" Harbor -- 1999', subtitle="It's 'late'...",
                                  language="de"))
    h.wait_for(lambda: header(".article-title") == "„Neon“ Harbor – 1999")
    assert header(".article-subtitle") == "It’s ‚late‘…"
    assert h.js("document.title") == '"Neon" Harbor -- 1999'  # the tab's title: as typed
    h.doc.manifest.typography = TypographySettings(smart_punctuation=False)
    h.doc.set_article(ArticleMeta(title='"Neon" Harbor -- 1999', language="de"))
    h.wait_for(lambda: header(".article-title") == '"Neon" Harbor -- 1999')
