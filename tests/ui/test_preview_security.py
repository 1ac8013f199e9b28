"""The preview runs no article script, loads no file outside the project, opens safe links only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QPoint, Qt, QUrl  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from test_preview_view import Harness  # noqa: E402

from retro_editor.ui.preview.url_policy import (  # noqa: E402
    LinkAction,
    link_action,
    request_allowed,
)

HOSTILE = """# Title

<script>document.title='pwned'</script>

<img src=x onerror="document.title='pwned'">

<img id="etc" src="file:///etc/hostname">

Links: [js](javascript:document.title='pwned') [web](https://example.org/page)
[mail](mailto:someone@example.org) [anchor](#far) [custom](foo:bar)

<a id="blank" href="https://example.org/new" target="_blank">new window</a>
<a id="data" href="data:text/html,hi">data</a>

""" + "\n\n".join(f"Filler paragraph {i}." for i in range(80)) + "\n\n## Far\n\nThe end.\n"


@pytest.fixture
def hostile(qtbot, tmp_path):
    return Harness(qtbot, tmp_path, HOSTILE)


def click(h: Harness, selector: str) -> None:
    """A real mouse click (a user gesture) on the element's middle."""
    h.js(f"(document.querySelector({selector!r}).scrollIntoView({{block: 'center'}}), 1)")
    rect = h.js(f"(function(){{var r=document.querySelector({selector!r})"
                ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];})()")
    target = h.view.focusProxy() or h.view
    QTest.mouseClick(target, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(rect[0]), round(rect[1])))


def test_article_scripts_never_run(hostile, qtbot):
    qtbot.wait(300)
    assert hostile.js("document.title") == "Neon Harbor"
    assert hostile.js("document.querySelectorAll('script').length") == 0
    hostile.insert(2, 0, "<img src=y onerror=\"document.title='pwned'\">\n\n")
    qtbot.wait(300)
    assert hostile.js("document.title") == "Neon Harbor"


def test_javascript_links_open_nothing(hostile, qtbot):
    hrefs = hostile.js("Array.prototype.map.call(document.querySelectorAll('#retro-body a'),"
                       "function(a){return a.getAttribute('href');})")
    for href in hrefs:
        assert not (href or "").lower().startswith("javascript")
    # the renderer never makes such a link; were one in the page, a click still does nothing
    hostile.js("(function(){var a=document.createElement('a'); a.id='js-link';"
               "a.href=\"javascript:document.title='pwned'\"; a.textContent='run me';"
               "document.getElementById('retro-body').prepend(a); return 1;})()")
    click(hostile, "#js-link")
    qtbot.wait(300)
    assert hostile.opened == []
    assert hostile.js("document.title") == "Neon Harbor"


def test_https_and_mailto_links_go_to_the_opener(hostile, qtbot):
    click(hostile, 'a[href="https://example.org/page"]')
    qtbot.waitUntil(lambda: hostile.opened == ["https://example.org/page"])
    click(hostile, 'a[href^="mailto:"]')
    qtbot.waitUntil(lambda: len(hostile.opened) == 2)
    assert hostile.opened[1] == "mailto:someone@example.org"
    assert hostile.view.page().url().scheme() == "file"  # still the preview


def test_new_window_links_take_the_same_way(hostile, qtbot):
    click(hostile, "#blank")
    qtbot.waitUntil(lambda: "https://example.org/new" in hostile.opened)
    assert hostile.view.page().url().scheme() == "file"


def test_anchor_links_scroll_within_the_page(hostile, qtbot):
    click(hostile, 'a[href="#far"]')
    qtbot.waitUntil(lambda: hostile.js("window.scrollY") > 0)
    assert hostile.opened == []


def test_other_schemes_are_refused_with_a_signal(hostile, qtbot):
    refused: list[str] = []
    hostile.view.linkRefused.connect(refused.append)
    hostile.view.preview_page.handle_link(QUrl("foo:bar"))
    hostile.view.preview_page.handle_link(QUrl("file:///etc/passwd"))
    assert refused == ["foo:bar", "file:///etc/passwd"]
    assert hostile.opened == []


def test_file_outside_the_project_never_loads(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, HOSTILE)
    blocked: list[str] = []
    h.view.preview_page.interceptor.blocked.connect(blocked.append)
    # the renderer's sanitiser already drops file: URLs from the article ...
    assert h.js("document.querySelectorAll('img[src^=\"file:\"]').length") == 0
    # ... and were one to reach the page, the interceptor stops it
    h.js("(function(){var i=document.createElement('img'); i.id='probe';"
         "i.src='file:///etc/hostname'; document.body.appendChild(i); return 1;})()")
    qtbot.waitUntil(lambda: "file:///etc/hostname" in blocked, timeout=10_000)
    qtbot.wait(200)
    assert h.js("document.getElementById('probe').naturalWidth") == 0


def test_images_inside_the_project_load(qtbot, tmp_path):
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5d1e5c10000000049454e44ae426082")
    h = Harness(qtbot, tmp_path, "# T\n\n![dot](assets/dot.png)\n")
    (tmp_path / "proj" / "assets" / "dot.png").write_bytes(png)
    h.insert(2, 0, "x")  # re-render the image paragraph now that the file exists
    qtbot.waitUntil(lambda: h.js("(function(){var i=document.querySelector('#retro-body img');"
                                 "return i ? i.naturalWidth : 0;})()") == 1, timeout=10_000)


# --- the policy functions ------------------------------------------------------------------
def test_request_policy(tmp_path):
    project = tmp_path / "proj"
    (project / "assets").mkdir(parents=True)
    outside = tmp_path / "secret.txt"
    outside.write_text("x")
    os.symlink(outside, project / "assets" / "link.txt")
    inside = QUrl.fromLocalFile(str(project / "assets" / "a.png"))
    assert request_allowed(inside, project)
    assert request_allowed(QUrl.fromLocalFile(str(project) + "/"), project)
    assert not request_allowed(QUrl.fromLocalFile(str(outside)), project)
    assert not request_allowed(QUrl.fromLocalFile(str(project / "assets" / "link.txt")), project)
    assert not request_allowed(QUrl.fromLocalFile(str(project / ".." / "secret.txt")), project)
    assert not request_allowed(QUrl("file:///etc/hostname"), project)
    assert not request_allowed(inside, None)
    assert not request_allowed(QUrl("file://server/share/a.png"), Path("/"))
    for ok in ("https://example.org/a.png", "http://example.org/", "data:image/png;base64,AA",
               "qrc:/x.png"):
        assert request_allowed(QUrl(ok), project), ok
    for bad in ("ftp://example.org/x", "javascript:alert(1)", "blob:null/1", "chrome://gpu",
                "foo:bar", "ws://example.org/"):
        assert not request_allowed(QUrl(bad), project), bad


def test_link_policy():
    page = QUrl("file:///p/")
    assert link_action(QUrl("https://e.org/x"), page) is LinkAction.OPEN
    assert link_action(QUrl("http://e.org/x"), page) is LinkAction.OPEN
    assert link_action(QUrl("mailto:a@e.org"), page) is LinkAction.OPEN
    assert link_action(QUrl("file:///p/#part"), page) is LinkAction.SCROLL
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "foo:bar",
                "file:///p/other.html"):
        assert link_action(QUrl(bad), page) is LinkAction.REFUSE, bad
