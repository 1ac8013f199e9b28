"""URL → row: pages in the shapes news sites publish, fetched from a real local server."""

from __future__ import annotations

import pytest
from tests.web import pages

from retro_editor.web.fetch_page import fetch_page
from retro_editor.web.metadata import partial_date


def served(server, body, content_type="text/html; charset=utf-8", path="/article"):
    server.expect_request(path).respond_with_data(body, content_type=content_type)
    return server.url_for(path)


def test_json_ld_news_article_wins_over_open_graph(server):
    url = served(server, pages.NEWS_ARTICLE_JSON_LD)
    meta = fetch_page(url).metadata
    assert meta is not None
    assert meta.title == "Sega ends Dreamcast production"
    assert meta.source == "The Daily Pixel"
    assert meta.date == "2001-01-31"
    assert meta.author == "Aki Tanaka, Ben Ode"
    assert meta.image == server.url_for("/img/dreamcast.jpg")
    assert meta.description == "The console's last units leave the factory."


def test_json_ld_inside_graph_resolves_the_publisher_reference(server):
    meta = fetch_page(served(server, pages.GRAPH_JSON_LD)).metadata
    assert meta is not None
    assert (meta.title, meta.source, meta.date, meta.author, meta.image) == (
        "Twenty years of the GBA", "Retro Blog Media", "2021-03-21", "Kim Lee",
        "https://blog.example/gba.png")


def test_open_graph_with_published_time_and_a_relative_canonical(server):
    meta = fetch_page(served(server, pages.OPEN_GRAPH)).metadata
    assert meta is not None
    assert meta.title == "The N64 at twenty-five"
    assert meta.source == "Console Chronicle"
    assert meta.date == "1996-06-23"
    # article:author is a profile URL here, so the <meta name=author> byline is used
    assert meta.author == "Mo Rivers"
    assert meta.canonical == server.url_for("/2021/n64")


def test_twitter_card_with_a_time_element(server):
    meta = fetch_page(served(server, pages.TWITTER_CARD)).metadata
    assert meta is not None
    assert (meta.title, meta.date, meta.image) == ("Game Boy turns 35", "2024-04-21",
                                                   "https://hw.example/gb.jpg")
    assert meta.source == ""


def test_dublin_core_keeps_a_partial_date(server):
    meta = fetch_page(served(server, pages.DUBLIN_CORE)).metadata
    assert meta is not None
    assert (meta.title, meta.source, meta.date, meta.author) == (
        "Archive note on the Amiga 500", "Computer Museum Bulletin", "1987-04", "J. Smith")


def test_only_a_title(server):
    meta = fetch_page(served(server, pages.TITLE_ONLY)).metadata
    assert meta is not None
    assert meta.title == "A page with only a title"
    assert (meta.source, meta.date, meta.author) == ("", "", "")


@pytest.mark.parametrize(("body", "content_type", "title"), [
    (pages.LATIN1_BY_META, "text/html", "Les années Atari à Genève"),
    (pages.SHIFT_JIS_BY_HEADER, "text/html; charset=Shift_JIS", "ファミコン発売四十周年"),
    (pages.UTF8_BOM_NO_DECLARATION.encode("utf-8"), "text/html",
     "Zoë’s “Spectrum” days"),
], ids=["latin1-meta", "shift-jis-header", "utf8-bom"])
def test_charsets_from_meta_header_and_bom(server, body, content_type, title):
    meta = fetch_page(served(server, body, content_type)).metadata
    assert meta is not None
    assert meta.title == title


def test_a_page_that_is_not_html_says_so(server):
    url = served(server, b"%PDF-1.4 ...", "application/pdf", "/paper.pdf")
    result = fetch_page(url)
    assert result.metadata is None
    assert result.error == "not a web page (application/pdf)"


def test_a_missing_page_says_which_status(server):
    server.expect_request("/gone").respond_with_data("no", status=404)
    result = fetch_page(server.url_for("/gone"))
    assert result.metadata is None
    assert result.error == "the server answered 404 NOT FOUND"


def test_only_http_and_https_are_fetched():
    result = fetch_page("file:///etc/passwd")
    assert result.metadata is None
    assert "only http and https" in result.error


@pytest.mark.parametrize(("text", "expected"), [
    ("2004-03-14T10:00:00+01:00", "2004-03-14"), ("1999-03", "1999-03"), ("1987", "1987"),
    ("Sun, 14 Mar 2004 10:00:00 GMT", "2004-03-14"), ("2019-02-30", ""), ("yesterday", ""),
])
def test_dates_become_partial_dates(text, expected):
    assert partial_date(text) == expected
