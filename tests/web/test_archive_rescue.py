"""Save Page Now, the overall time limit, stored results, and finding a link in the text."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from werkzeug import Response

from retro_editor.web.archive import save_endpoint, save_now
from retro_editor.web.article_links import article_links, link_offset
from retro_editor.web.http_client import WebError, new_client
from retro_editor.web.link_check import CheckOptions, LinkStatus, LinkTarget, check_links


def test_archive_now_returns_the_copy_named_by_content_location(server):
    server.expect_request("/save/https://news.example/story").respond_with_data(
        "saved", headers={"Content-Location": "/web/20261206150000/https://news.example/story"})
    with new_client() as client:
        copy = save_now(client, "https://news.example/story", server.url_for("/save/"))
    assert copy == server.url_for("/web/20261206150000/https://news.example/story")


def test_archive_now_follows_a_redirect_to_the_copy(server):
    server.expect_request("/save/https://news.example/a").respond_with_data(
        "", status=302, headers={"Location": "/web/2026/https://news.example/a"})
    server.expect_request("/web/2026/https://news.example/a").respond_with_data("copy")
    with new_client() as client:
        copy = save_now(client, "https://news.example/a", server.url_for("/save/"))
    assert copy == server.url_for("/web/2026/https://news.example/a")


@pytest.mark.parametrize(("status", "headers", "reason"), [
    (429, {}, "the archive answered 429 TOO MANY REQUESTS"),
    (200, {}, "the archive did not say where the copy is"),
])
def test_archive_now_says_why_it_failed(server, status, headers, reason):
    server.expect_request("/save/https://news.example/b").respond_with_data(
        "", status=status, headers=headers)
    with new_client() as client, pytest.raises(WebError, match=reason):
        save_now(client, "https://news.example/b", server.url_for("/save/"))


def test_the_save_endpoint_comes_from_the_environment():
    assert save_endpoint({"RETRO_EDITOR_ARCHIVE_SAVE_URL": "http://127.0.0.1:9/save/"}) == \
        "http://127.0.0.1:9/save/"
    assert save_endpoint({}) == "https://web.archive.org/save/"


def test_links_past_the_overall_time_limit_are_timed_out(server):
    def slow(_request):
        time.sleep(1.0)
        return Response("ok")

    server.expect_request("/slow").respond_with_handler(slow)
    urls = [server.url_for(f"/slow?n={n}") for n in range(4)]
    results = check_links([LinkTarget(u, "t") for u in urls],
                          CheckOptions(archive=False, max_per_host=1, overall_timeout=0.5))
    assert results[0].status is LinkStatus.OK  # started before the limit, finished
    assert {r.status for r in results[1:]} == {LinkStatus.TIMED_OUT}
    assert "took longer than 0.5 s" in results[1].reason


def test_a_result_becomes_a_stamped_record(server):
    server.expect_request("/gone").respond_with_data("", status=404)
    [result] = check_links([LinkTarget(server.url_for("/gone"), "t")],
                           CheckOptions(archive=False))
    record = result.record(dt.datetime(2026, 12, 6, 15, 20, tzinfo=dt.UTC))
    assert (record.status, record.http_status, record.checked_at) == (
        "broken", 404, "2026-12-06T15:20:00Z")


def test_a_link_is_found_on_its_line():
    text = "# T\n\nSee https://a.example/x.\n\nAgain [here](https://a.example/x).\n"
    [(url, first), (_, second)] = article_links(text)
    assert link_offset(text, url, first) == text.index("https://a.example/x")
    assert link_offset(text, url, second) == text.rindex("https://a.example/x")
    assert link_offset(text, "https://elsewhere.example/", 1) is None
