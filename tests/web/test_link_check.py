"""Link checks against a real local server: one status per link, archive rescue."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
from werkzeug import Response

from retro_editor.web.archive import archive_endpoint, closest_snapshot
from retro_editor.web.http_client import new_client
from retro_editor.web.link_check import CheckOptions, LinkStatus, LinkTarget, check_links


def check(*urls, **options):
    return check_links([LinkTarget(u, "test") for u in urls],
                       CheckOptions(archive=False, **options))


@pytest.mark.parametrize(("code", "status"), [
    (200, LinkStatus.OK), (404, LinkStatus.BROKEN), (410, LinkStatus.BROKEN),
    (500, LinkStatus.SERVER_ERROR), (503, LinkStatus.SERVER_ERROR),
    (401, LinkStatus.BLOCKED), (403, LinkStatus.BLOCKED), (429, LinkStatus.BLOCKED),
])
def test_each_answer_gets_its_status(server, code, status):
    server.expect_request("/page").respond_with_data("body", status=code)
    [result] = check(server.url_for("/page"))
    assert result.status is status
    assert result.http_status == code


@pytest.mark.parametrize("code", [301, 302, 307, 308])
def test_a_redirect_reports_the_final_url(server, code):
    server.expect_request("/old").respond_with_data("", status=code,
                                                    headers={"Location": "/hop"})
    server.expect_request("/hop").respond_with_data("", status=301,
                                                    headers={"Location": "/final"})
    server.expect_request("/final").respond_with_data("here")
    [result] = check(server.url_for("/old"))
    assert result.status is LinkStatus.REDIRECTED
    assert result.final_url == server.url_for("/final")


def test_a_redirect_loop_is_broken(server):
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    [result] = check(server.url_for("/a"))
    assert result.status is LinkStatus.BROKEN
    assert "redirect loop" in result.reason


def test_get_is_tried_when_head_is_refused(server):
    server.expect_request("/nohead", method="HEAD").respond_with_data("", status=405)
    server.expect_request("/nohead", method="GET").respond_with_data("fine")
    [result] = check(server.url_for("/nohead"))
    assert result.status is LinkStatus.OK


def test_a_slow_link_times_out(server):
    def slow(_request):
        time.sleep(3)
        return Response("late")

    server.expect_request("/slow").respond_with_handler(slow)
    [result] = check(server.url_for("/slow"), timeout=httpx.Timeout(0.5))
    assert result.status is LinkStatus.TIMED_OUT


def test_a_refused_connection_is_broken(refused_url):
    [result] = check(refused_url)
    assert result.status is LinkStatus.BROKEN
    assert result.reason == "the connection was refused"


def test_no_more_than_the_per_host_limit_at_once(server):
    lock = threading.Lock()
    running = [0, 0]

    def counted(_request):
        with lock:
            running[0] += 1
            running[1] = max(running[1], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1
        return Response("ok")

    server.expect_request("/p").respond_with_handler(counted)
    results = check(*(server.url_for(f"/p?n={n}") for n in range(12)), max_per_host=3)
    assert all(r.status is LinkStatus.OK for r in results)
    assert running[1] <= 3


def test_cancel_leaves_the_rest_unchecked(server):
    server.expect_request("/p").respond_with_data("ok")
    cancel = threading.Event()
    cancel.set()
    results = check(server.url_for("/p"), cancel=cancel)
    assert [r.status for r in results] == [LinkStatus.CANCELLED]


def availability_answer(snapshot: str | None):
    closest = {"available": True, "url": snapshot, "timestamp": "20010131000000",
               "status": "200"} if snapshot else None
    return json.dumps({"archived_snapshots": {"closest": closest} if closest else {}})


def test_a_broken_link_is_offered_the_closest_snapshot(server):
    asked = []

    def archive(request):
        asked.append(dict(request.args))
        return Response(availability_answer("http://web.archive.example/2001/old"),
                        content_type="application/json")

    server.expect_request("/gone").respond_with_data("", status=410)
    server.expect_request("/wayback/available").respond_with_handler(archive)
    target = LinkTarget(server.url_for("/gone"), "related[0]", date="2001-01")
    [result] = check_links([target], CheckOptions(
        archive_endpoint=server.url_for("/wayback/available")))
    assert result.status is LinkStatus.BROKEN
    assert result.archive_url == "http://web.archive.example/2001/old"
    assert asked == [{"url": server.url_for("/gone"), "timestamp": "200101"}]


def test_no_snapshot_means_no_archive_url(server):
    server.expect_request("/wayback/available").respond_with_data(
        availability_answer(None), content_type="application/json")
    with new_client() as client:
        assert closest_snapshot(client, "http://x.example/",
                                endpoint=server.url_for("/wayback/available")) is None


def test_the_archive_endpoint_comes_from_the_environment():
    assert archive_endpoint({"RETRO_EDITOR_ARCHIVE_URL": "http://127.0.0.1:9/a"}) \
        == "http://127.0.0.1:9/a"
    assert archive_endpoint({}) == "https://archive.org/wayback/available"
