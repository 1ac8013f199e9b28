"""The metadata shown on the page (title, subtitle, byline, fact box, related news) gets the
body's smart punctuation; what machines read stays as typed; escaping still holds."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from retro_editor.core.manifest import ArticleMeta, Fact, Manifest, RelatedLink
from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.render.page import render_page
from retro_editor.render.typography import PLAIN, Typesetting, quotes_for, typeset_text

NNBSP = "\u202f"
ENGLISH = Typesetting(quotes_for("en"))


@pytest.mark.parametrize("language, expected", [
    ("en", "“It’s ‘on’” – 1990–99 — so…"),
    ("de", "„It’s ‚on‘“ – 1990–99 — so…"),
    ("fr", f"«{NNBSP}It’s ‹{NNBSP}on{NNBSP}›{NNBSP}» – 1990–99 — so…"),
])
def test_plain_text_is_typeset_by_language(language, expected):
    text = "\"It's 'on'\" -- 1990--99 --- so..."
    assert typeset_text(text, Typesetting(quotes_for(language))) == expected
    assert typeset_text(text, PLAIN) == text


def test_code_spans_and_urls_stay_as_typed():
    text = 'Use `"--force"` -- see https://example.org/a--b"c and www.example.org/x--y.'
    assert typeset_text(text, ENGLISH) == (
        'Use `"--force"` – see https://example.org/a--b"c and www.example.org/x--y.')
    assert typeset_text('"https://example.org/q--r"', ENGLISH) == "“https://example.org/q--r”"
    assert typeset_text("``a `--` b`` -- c", ENGLISH) == "``a `--` b`` – c"
    assert typeset_text("an `unclosed -- span", ENGLISH) == "an `unclosed – span"


def test_markup_in_metadata_is_text_not_html():
    text = '<b>"bold"</b> &amp; "x" -- y'
    assert typeset_text(text, ENGLISH) == "<b>“bold”</b> &amp; “x” – y"


@pytest.fixture(scope="module")
def english_body():
    renderer = MarkdownRenderer(typesetting=ENGLISH)
    yield renderer
    renderer.close()


_PROSE = st.text(st.sampled_from("\"'-. ,aZé1()?!"), min_size=1, max_size=40)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_PROSE)
def test_metadata_follows_the_body_rules_exactly(english_body, text):
    """A paragraph's text in the body and the same text as metadata come out alike."""
    assume(text.strip() == text and "  " not in text)
    rendered = english_body.render(text)
    paragraph = re.fullmatch(r'<p data-source-line="0">(.*)</p>\n?', rendered, re.S)
    assume(paragraph is not None and "<" not in paragraph.group(1))
    assert typeset_text(text, ENGLISH) == html.unescape(paragraph.group(1))


class _Text(HTMLParser):
    """The text of each element matched by class (first occurrence) and the head's metas."""

    def __init__(self) -> None:
        super().__init__()
        self.by_class: dict[str, str] = {}
        self.metas: dict[str, str] = {}
        self.title = ""
        self._open: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "meta":
            key = values.get("name") or values.get("property")
            if key:
                self.metas[key] = values.get("content") or ""
            return
        self._in_title = tag == "title"
        for name in (values.get("class") or "").split() + ([tag] if tag in ("dt", "dd") else []):
            self.by_class.setdefault(name, "")
            self._open.append(name)

    def handle_endtag(self, tag):
        self._in_title = False
        self._open.clear()

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        for name in self._open:
            self.by_class[name] += data


def page_text(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    return parser


def awkward_manifest(language: str = "en") -> Manifest:
    return Manifest(
        article=ArticleMeta(title='Tom & "Jerry" <Live> -- 1999', subtitle="It's 'quiet'...",
                            author="Zoë O'Brien", summary='The "summary" -- typed',
                            category='"Live" shows', language=language),
        facts=[Fact(label='"Venue"', value="1999--2001 & <after>")],
        related=[RelatedLink(title='Review: "Fire & Ice" -- <Redux>', url="https://e.org/r",
                             source="O'Reilly -- Weekly", note='A "note"')])


def test_the_page_shows_typeset_metadata_and_keeps_the_head_as_typed():
    page = render_page(awkward_manifest(), "", typesetting=ENGLISH)
    text = page_text(page)
    assert text.by_class["article-title"] == "Tom & “Jerry” <Live> – 1999"
    assert text.by_class["article-subtitle"] == "It’s ‘quiet’…"
    assert text.by_class["author"] == "By Zoë O’Brien"
    assert text.by_class["kicker"] == "“Live” shows"
    assert text.by_class["dt"] == "“Venue”" and text.by_class["dd"] == "1999–2001 & <after>"
    assert text.by_class["related-title"] == "Review: “Fire & Ice” – <Redux>"
    assert text.by_class["source"] == "O’Reilly – Weekly"
    assert text.by_class["related-note"] == "A “note”"
    assert text.by_class["copyright"] == "Zoë O’Brien"
    assert text.title == 'Tom & "Jerry" <Live> -- 1999'
    assert text.metas["og:title"] == 'Tom & "Jerry" <Live> -- 1999'
    assert text.metas["description"] == text.metas["og:description"] == 'The "summary" -- typed'
    assert text.metas["author"] == "Zoë O'Brien"
    assert "<Live>" not in page and "<Redux>" not in page and "<after>" not in page
    assert "Tom &amp; “Jerry” &lt;Live&gt; – 1999</h1>" in page


def test_german_page_and_plain_page():
    german = page_text(render_page(awkward_manifest("de"), "",
                                   typesetting=Typesetting(quotes_for("de"))))
    assert german.by_class["article-title"] == "Tom & „Jerry“ <Live> – 1999"
    plain = page_text(render_page(awkward_manifest(), ""))
    assert plain.by_class["article-title"] == 'Tom & "Jerry" <Live> -- 1999'
    assert plain.by_class["related-note"] == 'A "note"'
    assert plain.by_class["dd"] == "1999--2001 & <after>"
