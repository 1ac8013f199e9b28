"""In the window, the preview shows the paragraph being typed in (issue 13: at 1366 px the
preview's column holds less text than the editor's, and following the editor's top line alone
left the paragraph below the preview's fold, so typing seemed not to reach the preview)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWebEngineCore import QWebEngineScript  # noqa: E402

from retro_editor.core.manifest import ArticleMeta, Manifest  # noqa: E402
from retro_editor.core.project import Project, save_project  # noqa: E402
from retro_editor.testing.articles import (  # noqa: E402
    PLAIN,
    generated_article,
    middle_paragraph_line,
)

TIMEOUT = 20_000


def _js(qtbot, view, script: str):
    box: list = []
    view.page().runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld,
                              box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    return box[0]


_MARK_IN_VIEW = """(function () {
  var w = document.createTreeWalker(document.getElementById('retro-body'), NodeFilter.SHOW_TEXT);
  while (w.nextNode()) {
    if (w.currentNode.data.indexOf('Zanzibar') >= 0) {
      var r = document.createRange(); r.selectNodeContents(w.currentNode);
      var box = r.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight ? 'visible' : 'hidden';
    }
  }
  return 'absent';
})()"""


def test_typing_in_a_paragraph_mid_article_shows_it_in_the_preview(qtbot, window, tmp_path):
    folder = tmp_path / "long"
    (folder / "assets").mkdir(parents=True)
    save_project(Project(folder=folder, manifest_name="long.retro",
                         manifest=Manifest(article=ArticleMeta(title="Long")),
                         text=generated_article(8000, mix=PLAIN)))
    window.resize(1366, 768)
    assert window.open_project(folder)
    updates: list[str] = []
    window.preview.contentUpdated.connect(updates.append)
    qtbot.waitUntil(lambda: "full" in updates, timeout=TIMEOUT)

    editor = window.editor
    document = editor.document()
    line = middle_paragraph_line(document.blockCount(),
                                 lambda n: document.findBlockByNumber(n).text())
    cursor = QTextCursor(document.findBlockByNumber(line))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)  # as a click there does: the editor scrolls to it
    editor.setFocus()
    qtbot.waitUntil(lambda: _js(qtbot, window.preview, "window.scrollY") > 0, timeout=TIMEOUT)

    qtbot.keyClicks(editor, " Zanzibar")
    seen: list[str] = []
    qtbot.waitUntil(lambda: seen.append(_js(qtbot, window.preview, _MARK_IN_VIEW))
                    or seen[-1] != "absent", timeout=TIMEOUT)
    assert seen[-1] == "visible"  # shown by the very change that brought it
