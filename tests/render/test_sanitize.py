"""Raw HTML is allowed but sanitised: the XSS set is stripped, safe markup survives."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser

import pytest

from retro_editor.render.sanitize import MAX_RAW_HTML_DEPTH, Sanitizer

PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="

XSS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src="x" onerror="alert(1)">',
    '<img src=x onerror=alert(1)//>',
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<iframe src="https://evil.example"></iframe>',
    '<object data="evil.swf"></object>',
    '<embed src="evil.swf">',
    '<form action="https://evil.example"><input type="password" name="p"></form>',
    "<style>body{display:none}</style>",
    '<a href="javascript:alert(1)">j</a>',
    '<a href="JaVaScRiPt:alert(1)">j</a>',
    '<a href="jav&#x09;ascript:alert(1)">j</a>',
    '<a href="jav&#x0A;ascript:alert(1)">j</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">j</a>',
    '<a href=" javascript:alert(1)">j</a>',
    '<a href="vbscript:msgbox(1)">v</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>',
    '<a href="data:image/png;base64,AAAA">d</a>',
    '<img src="data:text/html,<script>alert(1)</script>">',
    '<a href="file:///etc/passwd">f</a>',
    '<img src="file:///etc/passwd">',
    '<div style="background:url(javascript:alert(1))">s</div>',
    '<a href="#" onclick="alert(1)" onmouseover="alert(2)">h</a>',
    '<body onload="alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<base href="https://evil.example/">',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<details open ontoggle="alert(1)">x</details>',
    '<input autofocus onfocus="alert(1)">',
    '<video><source onerror="alert(1)"></video>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]


def _assert_harmless(html: str) -> None:
    lowered = html.lower()
    for bad in ("<script", "<iframe", "<object", "<embed", "<form", "<style", "<svg", "<meta",
                "<link", "<base", "javascript:", "vbscript:", "data:text", "file:", "style="):
        assert bad not in lowered, (bad, html)
    assert not re.search(r"<[^>]*\son\w+\s*=", lowered), html
    assert not re.search(r'href="data:', lowered), html


@pytest.mark.parametrize("attack", XSS)
def test_xss_is_stripped_from_raw_html(renderer, attack):
    _assert_no_dangerous_urls(renderer.render(attack))
    _assert_harmless(renderer.render(attack))
    _assert_harmless(renderer.render(f"A paragraph with {attack} inline."))


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.found.extend((tag, name, value or "") for name, value in attrs)


def attributes(html: str) -> list[tuple[str, str, str]]:
    parser = _Attributes()
    parser.feed(html)
    parser.close()
    return parser.found


def _assert_no_dangerous_urls(html: str) -> None:
    for tag, name, value in attributes(html):
        assert not name.startswith("on"), (tag, name)
        compact = re.sub(r"[\x00-\x20]", "", value).lower()
        if name in ("href", "src"):
            assert not compact.startswith(("javascript:", "vbscript:", "file:", "data:text")), html
            assert not (compact.startswith("data:") and (tag, name) != ("img", "src")), html


@pytest.mark.parametrize("link", [
    "[x](javascript:alert(1))", "[x](vbscript:msgbox)", "[x](file:///etc/passwd)",
    "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](<jav\tascript:alert(1)>)",
    "[x](JAVASCRIPT:alert(1))", "<javascript:alert(1)>", "![x](javascript:alert(1))",
    "[x]: javascript:alert(1)\n\n[x]",
])
def test_dangerous_markdown_links_do_not_become_links(renderer, link):
    _assert_no_dangerous_urls(renderer.render(link))


def test_data_image_survives_in_img_src(renderer):
    html = renderer.render(f'<img src="{PNG}" alt="dot">\n\n![md]({PNG})')
    assert html.count(f'src="{PNG}"') == 2


def test_safe_markup_survives(renderer):
    html = renderer.render(
        '<details open><summary>More</summary><p>Hidden <abbr title="HyperText">HTML</abbr>'
        '</p></details>\n\n<a href="mailto:a@b.org">m</a> <a href="#top">t</a> '
        '<a href="notes/x.md">r</a> <sup>1</sup> <mark>m</mark>')
    for needle in ["<details data-source-line=\"0\" open=\"\">", "<summary>More</summary>", '<abbr title="HyperText">',
                   'href="mailto:a@b.org"', 'href="#top"', 'href="notes/x.md"', "<sup>1</sup>",
                   "<mark>m</mark>"]:
        assert needle in html
    assert "rel=" not in html


def test_only_checkbox_inputs_keep_their_type():
    clean = Sanitizer().clean
    assert 'type="checkbox"' in clean('<input type="checkbox" checked disabled>')
    assert "password" not in clean('<input type="password">')


def test_deep_raw_html_is_shown_as_text_and_stays_fast(renderer):
    start = time.perf_counter()
    html = renderer.render("<div>" * 50_000)
    assert time.perf_counter() - start < 10
    assert "&lt;div&gt;" in html
    shallow = renderer.render("<div>" * (MAX_RAW_HTML_DEPTH - 1) + "x" + "</div>" * (MAX_RAW_HTML_DEPTH - 1))
    assert shallow.count("<div") == MAX_RAW_HTML_DEPTH - 1


def test_sanitiser_is_fast_on_a_long_article(renderer):
    from retro_editor.testing.articles import generated_article

    html = renderer.render(generated_article(20_000))
    start = time.perf_counter()
    Sanitizer().clean(html)
    assert time.perf_counter() - start < 2  # ~0.02 s measured; generous for slow CI
