"""Safety and limits of the one HTTP client, against a real local server."""

from __future__ import annotations

import gzip
import time

import httpx
from werkzeug import Response

from retro_editor import __version__
from retro_editor.web.fetch_page import fetch_page
from retro_editor.web.http_client import MAX_BODY_BYTES, new_client, read_limited


def test_a_50_mb_body_is_read_only_up_to_the_cap(server):
    chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
    sent = []

    def huge(_request):
        def body():
            for _ in range(50):
                sent.append(1)
                yield chunk
        return Response(body(), content_type="text/html")

    server.expect_request("/huge").respond_with_handler(huge)
    with new_client() as client, client.stream("GET", server.url_for("/huge")) as response:
        body = read_limited(response)
    assert body.truncated
    assert len(body.data) == MAX_BODY_BYTES
    assert len(sent) < 50


def test_a_gzip_bomb_is_bounded(server):
    bomb = gzip.compress(b"\0" * (300 * 1024 * 1024), compresslevel=9)
    server.expect_request("/bomb").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"})
    with new_client() as client, client.stream("GET", server.url_for("/bomb")) as response:
        body = read_limited(response)
    assert len(bomb) < 1024 * 1024
    assert body.truncated
    assert len(body.data) == MAX_BODY_BYTES


def test_a_gzipped_page_is_decoded(server):
    page = b"<html><head><title>Compressed</title></head></html>"
    server.expect_request("/gz").respond_with_data(
        gzip.compress(page), content_type="text/html", headers={"Content-Encoding": "gzip"})
    result = fetch_page(server.url_for("/gz"))
    assert result.metadata is not None and result.metadata.title == "Compressed"


def test_a_slow_page_times_out_with_a_reason(server):
    def slow(_request):
        time.sleep(3)
        return Response("<title>late</title>", content_type="text/html")

    server.expect_request("/slow").respond_with_handler(slow)
    with new_client(timeout=httpx.Timeout(0.5)) as client:
        result = fetch_page(server.url_for("/slow"), client)
    assert result.metadata is None
    assert result.error == "the server did not answer in time (timed out)"


def test_the_user_agent_names_the_app_and_its_version_and_no_cookie_is_kept(server):
    seen = []

    def record(request):
        seen.append((request.headers.get("User-Agent"), request.headers.get("Cookie")))
        return Response("<title>t</title>", content_type="text/html",
                        headers={"Set-Cookie": "session=abc; Path=/"})

    server.expect_request("/ua").respond_with_handler(record)
    with new_client() as client:
        fetch_page(server.url_for("/ua"), client)
        fetch_page(server.url_for("/ua"), client)
    assert seen[0][0] == f"RetroEditor/{__version__} (+https://retroeditor.org/)"
    assert seen[1][1] is None


def test_redirects_are_followed_to_the_final_page(server):
    server.expect_request("/old").respond_with_data("", status=301,
                                                    headers={"Location": "/older"})
    server.expect_request("/older").respond_with_data("", status=308,
                                                      headers={"Location": "/new"})
    server.expect_request("/new").respond_with_data("<title>Moved here</title>",
                                                    content_type="text/html")
    result = fetch_page(server.url_for("/old"))
    assert result.final_url == server.url_for("/new")
    assert result.metadata is not None and result.metadata.title == "Moved here"


def test_a_redirect_loop_is_stopped(server):
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    result = fetch_page(server.url_for("/a"))
    assert result.metadata is None
    assert "redirect loop" in result.error


def test_a_refused_connection_says_so(refused_url):
    result = fetch_page(refused_url)
    assert result.error == "the connection was refused"
