"""Downloading a pasted page's images, against a real local HTTP server."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from werkzeug import Response

from retro_editor.web.image_download import (
    MAX_IMAGE_REDIRECTS,
    download_image,
    image_client,
    image_suffix,
    name_from_url,
)

ROOT = Path(__file__).resolve().parents[2]
PNG = (ROOT / "resources" / "sample" / "Neon Harbor Retrospective" / "assets" / "cover.png").read_bytes()
JPEG = (ROOT / "tests" / "data" / "images" / "photo.jpg").read_bytes()


@pytest.fixture
def client():
    with image_client(httpx.Timeout(0.5)) as made:
        yield made


def test_real_png_and_jpeg_answers_are_kept_with_names_from_the_url(server, client):
    server.expect_request("/img/C64 Box.png").respond_with_data(PNG, content_type="image/png")
    server.expect_request("/photos/photo").respond_with_data(
        JPEG, content_type="image/jpeg; charset=binary")
    png = download_image(server.url_for("/img/C64%20Box.png"), client)
    jpeg = download_image(server.url_for("/photos/photo") + "?size=large", client)
    assert (png.error, png.data, png.name) == ("", PNG, "C64-Box.png")
    assert (jpeg.error, jpeg.data, jpeg.name) == ("", JPEG, "photo.jpg")


def test_a_redirect_is_followed(server, client):
    server.expect_request("/old.png").respond_with_data(
        "", status=302, headers={"Location": server.url_for("/new/cover.png")})
    server.expect_request("/new/cover.png").respond_with_data(PNG, content_type="image/png")
    result = download_image(server.url_for("/old.png"), client)
    assert result.error == "" and result.data == PNG and result.name == "old.png"


def test_endless_redirects_stop(server, client):
    server.expect_request("/loop.png").respond_with_data(
        "", status=302, headers={"Location": "/loop.png"})
    result = download_image(server.url_for("/loop.png"), client)
    assert result.error == f"more than {MAX_IMAGE_REDIRECTS} redirects" and not result.data


def test_a_404_says_so(server, client):
    server.expect_request("/gone.png").respond_with_data("no", status=404)
    result = download_image(server.url_for("/gone.png"), client)
    assert result.error == "the server answered 404 NOT FOUND" and not result.data


def test_a_web_page_is_not_an_image(server, client):
    server.expect_request("/page.png").respond_with_data("<html>hi</html>",
                                                         content_type="text/html")
    assert download_image(server.url_for("/page.png"), client).error == "not an image (text/html)"


def test_a_web_page_pretending_to_be_an_image_is_refused(server, client):
    server.expect_request("/fake.png").respond_with_data(
        "<!doctype html><html><body>Sign in</body></html>", content_type="image/png")
    result = download_image(server.url_for("/fake.png"), client)
    assert "not an image a project can hold" in result.error and not result.data


def test_a_slow_answer_times_out(server, client):
    def slow(_request):
        time.sleep(2)
        return Response(PNG, content_type="image/png")

    server.expect_request("/slow.png").respond_with_handler(slow)
    result = download_image(server.url_for("/slow.png"), client)
    assert "timed out" in result.error and not result.data


def test_a_huge_answer_stops_at_the_cap(server, client):
    sent = []

    def huge(_request):
        def body():
            yield PNG
            for _ in range(40):
                sent.append(1)
                yield b"\0" * (1024 * 1024)
        return Response(body(), content_type="image/png")

    server.expect_request("/huge.png").respond_with_handler(huge)
    result = download_image(server.url_for("/huge.png"), client, limit=2 * 1024 * 1024)
    assert result.error == "larger than 2 MB" and not result.data
    assert len(sent) < 40


def test_a_declared_huge_length_is_refused_before_reading(server, client):
    server.expect_request("/big.jpg").respond_with_data(
        JPEG, content_type="image/jpeg", headers={"Content-Length": str(len(JPEG))})
    assert download_image(server.url_for("/big.jpg"), client, limit=100).error.startswith(
        "larger than")


def test_image_types_are_sniffed_from_their_bytes():
    assert image_suffix(PNG) == ".png" and image_suffix(JPEG) == ".jpg"
    assert image_suffix(b"GIF89a...") == ".gif"
    assert image_suffix(b"RIFF\0\0\0\0WEBPVP8 ") == ".webp"
    assert image_suffix(b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>') == \
        ".svg"
    assert image_suffix(b"<html><svg></svg></html>") is None
    assert image_suffix(b"II*\0") is None  # TIFF: browsers do not show it


@pytest.mark.parametrize(("url", "name"), [
    ("https://e.org/a/b/Boxart%20(EU).JPEG?x=1", "Boxart-EU.png"),
    ("https://e.org/", "image.png"),
    ("https://e.org/../../etc/passwd", "passwd.png"),
    ("https://e.org/%2e%2e%2f%2e%2e%2fevil.png", "evil.png"),
    ("https://e.org/photo.php", "photo.png"),
])
def test_names_come_from_the_url_and_are_safe(url, name):
    assert name_from_url(url, ".png") == name
