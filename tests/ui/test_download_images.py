"""Edit → Download Web Images against a real local server: the images land in assets/ and the
links point at them (one undo step), failures keep their links and are listed, typing during
the downloads is kept, Cancel leaves the article and assets/ as they were."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from test_check_links_action import prompts, window  # noqa: F401 (the same window fixtures)
from tests.web.local_server import server  # noqa: F401
from tests.web.test_image_download import JPEG, PNG
from werkzeug import Response

from retro_editor.core.project import new_project, save_project
from retro_editor.ui.action_ids import ActionId

CTRL = Qt.KeyboardModifier.ControlModifier


def open_with_text(window, folder: Path, text: str) -> Path:
    project = new_project(folder, "Images")
    project.text = text
    save_project(project)
    assert window.open_project(folder)
    return folder / "assets"


def run_download(qtbot, window):
    window.action_map[ActionId.EDIT_DOWNLOAD_IMAGES].trigger()
    job = window.handlers.image_download
    assert job is not None
    return job


def test_images_are_copied_and_failures_listed_with_their_links_kept(
        qtbot, window, prompts, server, tmp_path):
    server.expect_request("/box art.png").respond_with_data(PNG, content_type="image/png")
    server.expect_request("/moved").respond_with_data(
        "", status=301, headers={"Location": server.url_for("/photo.jpg")})
    server.expect_request("/photo.jpg").respond_with_data(JPEG, content_type="image/jpeg")
    server.expect_request("/fake.png").respond_with_data("<html>login</html>",
                                                         content_type="image/png")
    server.expect_request("/gone.png").respond_with_data("gone", status=404)
    png, moved = server.url_for("/box%20art.png"), server.url_for("/moved")
    gone, fake = server.url_for("/gone.png"), server.url_for("/fake.png")
    text = (f"# Games\n\nIntro ![Box]({png}) and ![Photo]({moved}).\n\n![Gone]({gone})\n\n"
            f"![Fake]({fake}) ![Box again]({png})\n\n```\n![code]({png})\n```\n")
    assets = open_with_text(window, tmp_path / "Images", text)
    editor = window.editor
    job = run_download(qtbot, window)
    qtbot.waitUntil(lambda: job.finished, timeout=30_000)
    qtbot.waitUntil(lambda: "show_warning" in prompts.names(), timeout=5_000)
    assert editor.toPlainText() == (
        "# Games\n\nIntro ![Box](assets/box-art.png) and ![Photo](assets/moved.jpg).\n\n"
        f"![Gone]({gone})\n\n![Fake]({fake}) ![Box again](assets/box-art.png)\n\n"
        f"```\n![code]({png})\n```\n")
    assert (assets / "box-art.png").read_bytes() == PNG
    assert (assets / "moved.jpg").read_bytes() == JPEG
    assert sorted(p.name for p in assets.iterdir()) == ["box-art.png", "moved.jpg"]
    message = prompts.args_of("show_warning")[1]
    assert f"{gone}: the server answered 404 NOT FOUND" in message
    assert f"{fake}: the answer is not an image" in message
    assert png not in message
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # one undo step brings the web links back
    assert editor.toPlainText() == text


def test_typing_during_the_downloads_is_kept(qtbot, window, prompts, server, tmp_path):
    release = threading.Event()

    def held(_request):
        release.wait(20)
        return Response(PNG, content_type="image/png")

    server.expect_request("/held.png").respond_with_handler(held)
    url = server.url_for("/held.png")
    assets = open_with_text(window, tmp_path / "Images", f"See ![Held]({url}) here.")
    editor = window.editor
    job = run_download(qtbot, window)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Typed meanwhile.")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor, "Start. ")
    assert not job.finished
    release.set()
    qtbot.waitUntil(lambda: job.finished, timeout=30_000)
    qtbot.waitUntil(lambda: "copied" in window.statusBar().currentMessage(), timeout=5_000)
    assert editor.toPlainText() == "Start. See ![Held](assets/held.png) here. Typed meanwhile."
    assert editor.textCursor().position() == len("Start. ")
    assert (assets / "held.png").read_bytes() == PNG


def test_cancel_leaves_the_article_and_assets_unchanged(qtbot, window, prompts, server,
                                                         tmp_path):
    release = threading.Event()

    def held(_request):
        release.wait(20)
        return Response(JPEG, content_type="image/jpeg")

    server.expect_request("/first.png").respond_with_data(PNG, content_type="image/png")
    server.expect_request("/held.jpg").respond_with_handler(held)
    text = (f"![A]({server.url_for('/first.png')})\n\n![B]({server.url_for('/held.jpg')})\n")
    assets = open_with_text(window, tmp_path / "Images", text)
    job = run_download(qtbot, window)
    qtbot.waitUntil(lambda: (assets / "first.png").exists(), timeout=20_000)
    job.cancel()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=20_000)
    release.set()
    assert window.editor.toPlainText() == text
    qtbot.wait(200)  # the held download ends now: it must write nothing
    assert not assets.exists() or list(assets.iterdir()) == []


def test_an_article_without_web_images_says_so(qtbot, window, prompts, tmp_path):
    open_with_text(window, tmp_path / "Images", "![Local](assets/x.png) and `![c](https://e.org/c.png)`")
    window.action_map[ActionId.EDIT_DOWNLOAD_IMAGES].trigger()
    assert prompts.names() == ["show_info"]
    assert "no images on the web" in prompts.args_of("show_info")[1]


def test_a_pasted_page_with_web_images_offers_the_download(qtbot, window, prompts, server,
                                                           tmp_path):
    from test_paste_html import put_on_clipboard

    server.expect_request("/c64.png").respond_with_data(PNG, content_type="image/png")
    url = server.url_for("/c64.png")
    open_with_text(window, tmp_path / "Images", "")
    editor = window.editor
    editor.setFocus()
    put_on_clipboard(f'<p>The <b>C64</b></p><p><img src="{url}" alt="A C64"></p>', "The C64")
    qtbot.keyClick(editor, Qt.Key.Key_V, CTRL)
    assert editor.toPlainText() == f"The **C64**\n\n![A C64]({url})"
    assert "Download Web Images" in window.statusBar().currentMessage()
    job = run_download(qtbot, window)
    qtbot.waitUntil(lambda: job.finished, timeout=30_000)
    qtbot.waitUntil(lambda: "copied" in window.statusBar().currentMessage(), timeout=5_000)
    assert editor.toPlainText() == "The **C64**\n\n![A C64](assets/c64.png)"


def test_images_of_the_same_name_get_names_of_their_own(qtbot, window, prompts, server,
                                                        tmp_path):
    server.expect_request("/a/cover.png").respond_with_data(PNG, content_type="image/png")
    server.expect_request("/b/cover.png").respond_with_data(JPEG, content_type="image/jpeg")
    first, second = server.url_for("/a/cover.png"), server.url_for("/b/cover.png")
    assets = open_with_text(window, tmp_path / "Images", f"![A]({first}) ![B]({second})")
    job = run_download(qtbot, window)
    qtbot.waitUntil(lambda: job.finished, timeout=30_000)
    qtbot.waitUntil(lambda: "copied" in window.statusBar().currentMessage(), timeout=5_000)
    assert window.editor.toPlainText() == "![A](assets/cover.png) ![B](assets/cover.jpg)"
    server.expect_request("/c/cover.png").respond_with_data(PNG, content_type="image/png")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText(f" ![C]({server.url_for('/c/cover.png')})")
    job = run_download(qtbot, window)
    qtbot.waitUntil(lambda: job.finished, timeout=30_000)
    qtbot.waitUntil(lambda: "1 image(s) copied" in window.statusBar().currentMessage(),
                    timeout=5_000)
    assert window.editor.toPlainText().endswith(" ![C](assets/cover-2.png)")
    assert (assets / "cover-2.png").read_bytes() == PNG
