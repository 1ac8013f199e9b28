"""``retro-editor related add`` and ``retro-editor links`` against a real local server."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests.web import pages

from retro_editor.cli import main
from retro_editor.core.manifest import RelatedLink
from retro_editor.core.project import open_project, save_project
from retro_editor.core.project_state import read_state


@pytest.fixture
def project(tmp_path: Path) -> Path:
    main(["new", str(tmp_path / "p"), "--title", "Links"])
    return tmp_path / "p"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        sys.exit(main(list(argv)))
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def test_related_add_fills_the_row_from_the_page(capsys, server, project):
    capsys.readouterr()
    server.expect_request("/story").respond_with_data(pages.NEWS_ARTICLE_JSON_LD,
                                                      content_type="text/html")
    url = server.url_for("/story")
    code, out, err = run(capsys, "related", "add", str(project), url)
    assert (code, err) == (0, "")
    assert "  title: Sega ends Dreamcast production\n" in out
    assert "  date: 2001-01-31\n" in out
    [row] = open_project(project).manifest.related
    assert (row.title, row.url, row.source, row.date) == (
        "Sega ends Dreamcast production", url, "The Daily Pixel", "2001-01-31")
    assert (row.author, row.description, row.image) == (
        "Aki Tanaka, Ben Ode", "The console's last units leave the factory.",
        server.url_for("/img/dreamcast.jpg"))
    assert "  author: Aki Tanaka, Ben Ode\n" in out


def test_related_add_keeps_the_url_when_the_page_is_gone(capsys, server, project):
    capsys.readouterr()
    server.expect_request("/gone").respond_with_data("", status=404)
    url = server.url_for("/gone")
    code, _out, err = run(capsys, "related", "add", str(project), url)
    assert code == 1
    assert err == (f"retro-editor: {url}: the server answered 404 NOT FOUND; "
                   "the row was added with its URL only\n")
    [row] = open_project(project).manifest.related
    assert (row.url, row.title, row.drafts) == (url, "", {"title": ""})


def test_related_add_refuses_a_url_that_is_not_http(capsys, project):
    capsys.readouterr()
    code, _out, err = run(capsys, "related", "add", str(project), "ftp://old.example/file")
    assert code == 2
    assert err.startswith("retro-editor: error: 'ftp://old.example/file': must be an http")
    assert open_project(project).manifest.related == []


def _project_with_links(project: Path, server, refused_url: str) -> dict[str, str]:
    urls = {name: server.url_for(f"/{name}") for name in ("ok", "moved", "gone", "wall")}
    urls["refused"] = refused_url
    server.expect_request("/ok").respond_with_data("fine")
    server.expect_request("/moved").respond_with_data("", status=301,
                                                      headers={"Location": "/ok"})
    server.expect_request("/gone").respond_with_data("", status=410)
    server.expect_request("/wall").respond_with_data("", status=403)
    server.expect_request("/wayback/available").respond_with_data(json.dumps(
        {"archived_snapshots": {"closest": {"available": True, "status": "200",
                                            "url": "http://archive.example/gone",
                                            "timestamp": "20010101000000"}}}),
        content_type="application/json")
    loaded = open_project(project)
    loaded.text = (f"# Links\n\nSee [the story]({urls['ok']}) and {urls['moved']}.\n\n"
                   f"Also [this]({urls['gone']}).\n")
    loaded.manifest = loaded.manifest.model_copy(update={"related": [
        RelatedLink(title="Old forum", url=urls["refused"], date="2001")]})
    save_project(loaded)
    return urls


def test_links_prints_one_line_per_problem_and_exits_1_on_a_broken_link(
        capsys, server, project, refused_url, monkeypatch):
    urls = _project_with_links(project, server, refused_url)
    monkeypatch.setenv("RETRO_EDITOR_ARCHIVE_URL", server.url_for("/wayback/available"))
    capsys.readouterr()
    code, out, err = run(capsys, "links", str(project))
    assert code == 1
    assert out.splitlines() == [
        f"article line 3: redirected: {urls['moved']} (redirected to {urls['ok']})",
        f"article line 5: broken: {urls['gone']} (410 GONE); "
        "archived copy: http://archive.example/gone",
        f"related[0]: broken: {urls['refused']} (the connection was refused); "
        "archived copy: http://archive.example/gone",
    ]
    assert err == "4 link(s) checked, 2 broken\n"
    kept = read_state(project).links  # what the app shows on the next open
    assert kept[urls["gone"]].status == "broken" and kept[urls["gone"]].http_status == 410
    assert kept[urls["ok"]].checked_at.endswith("Z")


def test_links_json_lists_every_link(capsys, server, project, refused_url, monkeypatch):
    urls = _project_with_links(project, server, refused_url)
    monkeypatch.setenv("RETRO_EDITOR_ARCHIVE_URL", server.url_for("/wayback/available"))
    capsys.readouterr()
    code, out, _err = run(capsys, "links", str(project), "--format", "json")
    assert code == 1
    listed = {item["url"]: item for item in json.loads(out)}
    assert listed[urls["ok"]]["status"] == "ok"
    assert listed[urls["moved"]]["final_url"] == urls["ok"]
    assert listed[urls["gone"]]["http_status"] == 410
    assert listed[urls["gone"]]["archive_url"] == "http://archive.example/gone"


def test_links_exits_0_when_nothing_is_broken(capsys, server, project):
    server.expect_request("/fine").respond_with_data("fine")
    server.expect_request("/private").respond_with_data("", status=429)
    loaded = open_project(project)
    loaded.text = f"# T\n\n<{server.url_for('/fine')}> [x]({server.url_for('/private')})\n"
    article = loaded.manifest.article.model_copy(
        update={"canonical_url": server.url_for("/fine")})
    loaded.manifest = loaded.manifest.model_copy(update={"article": article})
    save_project(loaded)
    capsys.readouterr()
    code, out, err = run(capsys, "links", str(project), "--no-archive")
    assert (code, out) == (0, "")
    # the canonical URL is also in the text: listed twice, asked once
    assert err == "3 link(s) checked, 0 broken\n"
