"""The live preview against a real QWebEngineView (offscreen): patches, full renders, scroll."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWebEngineCore import QWebEngineScript  # noqa: E402

from retro_editor.core.manifest import ArticleMeta, Manifest  # noqa: E402
from retro_editor.core.project import Project  # noqa: E402
from retro_editor.render.markdown import MarkdownRenderer  # noqa: E402
from retro_editor.render.page import preview_title_slot  # noqa: E402
from retro_editor.render.typography import typesetting_for  # noqa: E402
from retro_editor.ui.document import ProjectDocument  # noqa: E402
from retro_editor.ui.preview.view import PreviewView  # noqa: E402

TIMEOUT = 15_000


def make_project(folder: Path, text: str) -> Project:
    (folder / "assets").mkdir(parents=True, exist_ok=True)
    manifest = Manifest(article=ArticleMeta(title="Neon Harbor"))
    return Project(folder=folder, manifest_name="t.retro", manifest=manifest, text=text)


def article(paragraphs: int) -> str:
    parts = ["# Neon Harbor", ""]
    for i in range(paragraphs):
        if i % 10 == 0:
            parts += [f"## Part {i}", ""]
        parts += [f"Paragraph {i} tells of the harbour lights and the long night {i}.", ""]
    return "\n".join(parts)


class Harness:
    def __init__(self, qtbot, tmp_path: Path, text: str, **options) -> None:
        self.qtbot = qtbot
        self.doc = ProjectDocument(make_project(tmp_path / "proj", text))
        self.opened: list[str] = []
        self.view = PreviewView(opener=lambda url: self.opened.append(url.toString()),
                                **options)
        qtbot.addWidget(self.view)
        self.view.resize(800, 600)
        self.view.set_document(self.doc)
        self.view.show()
        self.wait_for(lambda: self.body_count() == self.expected_count())

    # --- reading the DOM from the isolated world ---------------------------------------------
    def js(self, script: str):
        box: list = []
        self.view.page().runJavaScript(f"JSON.stringify({script})",
                                       QWebEngineScript.ScriptWorldId.ApplicationWorld,
                                       lambda value: box.append(value))
        self.qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
        return json.loads(box[0]) if box[0] else None

    def wait_for(self, condition) -> None:
        self.qtbot.waitUntil(condition, timeout=TIMEOUT)

    def body_count(self) -> int:
        return self.js("(function(){var b=document.getElementById('retro-body');"
                       "return b ? b.children.length : -1;})()")

    def body_elements(self) -> list[str]:
        return self.js("Array.prototype.map.call(document.getElementById('retro-body')"
                       ".children, function (e) { return e.outerHTML; })")

    def expected_elements(self) -> list[str]:
        text = self.doc.text_document.toRawText().replace("\u2029", "\n")
        html = MarkdownRenderer(typesetting=typesetting_for(self.doc.manifest)).render(text)
        html = preview_title_slot(html, self.doc.manifest.article.title)
        return self.js(
            "(function(){var t=document.createElement('template');t.innerHTML="
            + json.dumps(html) + ";return Array.prototype.map.call(t.content.children,"
            "function(e){return e.outerHTML;});})()")

    def expected_count(self) -> int:
        return len(self.expected_elements())

    def converged(self) -> bool:
        return self.body_elements() == self.expected_elements()

    # --- editing like the editor does --------------------------------------------------------
    def insert(self, line: int, column: int, text: str) -> None:
        block = self.doc.text_document.findBlockByNumber(line)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + column)
        cursor.insertText(text)

    def replace_line(self, line: int, text: str) -> None:
        block = self.doc.text_document.findBlockByNumber(line)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)


@pytest.fixture
def harness(qtbot, tmp_path):
    def build(text: str, **options) -> Harness:
        return Harness(qtbot, tmp_path, text, **options)
    return build


def test_typed_text_reaches_the_preview(harness):
    h = harness(article(30))
    h.insert(6, 0, "Zebra crossing ")
    h.wait_for(lambda: "Zebra crossing" in h.js("document.getElementById('retro-body')"
                                                 ".textContent"))
    assert h.converged()


def test_a_long_paste_is_patched_from_the_render_helper(harness):
    """A paste too long to render on the GUI thread: the helper renders only the pasted
    span and the page gets a patch, not the whole article again (issue 13's bursts)."""
    h = harness(article(2000))
    kinds: list[str] = []
    h.view.contentUpdated.connect(kinds.append)
    pasted = "".join(f"Pasted paragraph {i} about the night ferry.\n\n" for i in range(600))
    h.insert(500, 0, pasted)
    h.qtbot.wait(5)  # the helper is rendering the paste
    h.insert(100, 0, "Typed meanwhile ")
    h.wait_for(lambda: "Pasted paragraph 599" in h.js(
        "document.getElementById('retro-body').textContent"))
    h.wait_for(h.converged)
    assert kinds and "full" not in kinds, kinds


def test_a_patch_replaces_only_the_touched_element(harness):
    h = harness(article(30))
    kinds: list[str] = []
    h.view.contentUpdated.connect(kinds.append)
    h.js("(function(){var k=document.getElementById('retro-body').children;"
         "k[1].dataset.mark='kept'; k[k.length-1].dataset.mark='kept';"
         "document.querySelector('[data-source-line=\"6\"]').dataset.mark='x';"
         "return 1;})()")
    h.insert(6, 0, "Edited ")
    h.wait_for(lambda: "Edited" in h.js("document.getElementById('retro-body').textContent"))
    marks = h.js("Array.prototype.map.call(document.querySelectorAll('[data-mark]'),"
                 "function(e){return e.textContent.slice(0, 20);})")
    assert len(marks) == 2 and not any("Edited" in m for m in marks)
    assert "patch" in kinds and "full" not in kinds[1:]


def test_edits_wait_while_the_page_applies_a_patch_then_go_as_one(harness, monkeypatch):
    """A web process slower than the keys must not fall further behind with each key: while
    a patch is unanswered, later edits wait, then reach the page together."""
    h = harness(article(30))
    held: list = []
    sent: list[str] = []
    run = h.view._run

    def hold_patches(script, callback=None):
        if "insertBefore" in script:  # a patch: keep the page's answer back
            sent.append(script)
            run(script, lambda count: held.append((callback, count)))
        else:
            run(script, callback)
    monkeypatch.setattr(h.view, "_run", hold_patches)
    h.insert(6, 0, "First ")
    h.wait_for(lambda: len(held) == 1)
    h.insert(6, 0, "Second ")
    h.insert(10, 0, "Third ")
    h.qtbot.wait(100)
    assert len(sent) == 1  # the page has not answered: nothing more was sent
    callback, count = held.pop()
    callback(count)  # the answer arrives: both waiting edits go, as one patch
    h.wait_for(lambda: len(sent) == 2)
    assert "Second" in sent[1] and "Third" in sent[1]
    h.wait_for(lambda: len(held) == 1)
    callback, count = held.pop()
    callback(count)
    h.wait_for(h.converged)


def test_line_numbers_after_an_inserted_line_move(harness):
    h = harness(article(20))
    h.insert(6, 0, "New paragraph.\n\n")
    h.wait_for(lambda: "New paragraph." in h.js("document.getElementById('retro-body')"
                                                 ".textContent"))
    h.wait_for(h.converged)


def test_a_fence_goes_through_a_full_render_and_converges(harness):
    h = harness(article(20))
    h.insert(6, 0, "```\n")
    h.wait_for(lambda: h.js("document.querySelectorAll('#retro-body pre').length") == 1)
    h.wait_for(h.converged)
    h.insert(10, 0, "```\n")
    h.wait_for(h.converged)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_converge_to_a_fresh_render(harness, seed):
    rnd = random.Random(seed)
    h = harness(article(12))
    snippets = ["word ", "\n", "\n\n", "## Head ", "- item ", "> ", "```", "[^1]", "    ",
                "|a|b|\n|-|-|", "---", "*em* ", "[ref]: https://x.org", "<b>x</b>", "==="]
    for _ in range(25):
        document = h.doc.text_document
        line = rnd.randrange(document.blockCount())
        length = len(document.findBlockByNumber(line).text())
        if rnd.random() < 0.2 and length:
            block = document.findBlockByNumber(line)
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + rnd.randrange(length))
            cursor.deletePreviousChar() if cursor.position() > 0 else cursor.deleteChar()
        else:
            h.insert(line, rnd.randint(0, length), rnd.choice(snippets))
        if rnd.random() < 0.3:
            h.qtbot.wait(5)
    h.wait_for(h.converged)


def test_text_replaced_wholesale_rebuilds(harness):
    h = harness(article(5))
    h.doc.text_document.setPlainText("# Other\n\nA different text.")
    h.doc.textReplaced.emit()
    h.wait_for(lambda: "different" in h.js("document.getElementById('retro-body')"
                                           ".textContent"))
    h.wait_for(h.converged)


def test_large_document_renders_in_the_helper_process(harness):
    h = harness(article(600))
    assert h.view._process.available()
    h.insert(8, 0, "```\n")  # unsure: the whole text is rendered again, out of process
    h.wait_for(lambda: h.js("document.querySelectorAll('#retro-body pre').length") == 1)
    h.wait_for(h.converged)


def test_scroll_position_is_kept_across_a_patch(harness):
    h = harness(article(200))
    h.js("(window.scrollTo(0, 3000), window.scrollY)")
    h.wait_for(lambda: h.js("window.scrollY") == 3000)
    h.insert(6, 0, "A much longer opening that wraps onto more lines than before. " * 6)
    h.wait_for(lambda: "much longer" in h.js("document.getElementById('retro-body')"
                                              ".textContent"))
    top = h.js("(function(){var k=document.getElementById('retro-body').children;"
               "for (var i=0;i<k.length;i++){var r=k[i].getBoundingClientRect();"
               "if (r.bottom>0) return k[i].textContent.slice(0,30);} })()")
    assert h.js("window.scrollY") > 3000  # moved by exactly what grew above
    h.insert(150, 0, "Below the fold ")
    h.wait_for(lambda: "Below the fold" in h.js("document.getElementById('retro-body')"
                                                 ".textContent"))
    assert h.js("(function(){var k=document.getElementById('retro-body').children;"
                "for (var i=0;i<k.length;i++){var r=k[i].getBoundingClientRect();"
                "if (r.bottom>0) return k[i].textContent.slice(0,30);} })()") == top


def test_follow_line_scrolls_the_block_to_the_top(harness):
    h = harness(article(200))
    h.view.follow_line(300)
    h.wait_for(lambda: h.js("window.scrollY") > 0)
    source = h.js("(function(){var k=document.getElementById('retro-body').children;"
                  "for (var i=0;i<k.length;i++){if (k[i].getBoundingClientRect().bottom>1)"
                  " return +k[i].dataset.sourceLine;}})()")
    assert source is not None and abs(source - 300) <= 2
    h.view.follow_line(0)
    h.wait_for(lambda: h.js("window.scrollY") == 0)


_IN_VIEW = ("(function(line){var e=document.querySelector('[data-source-line=\"'+line+'\"]');"
            "var r=e.getBoundingClientRect();return r.top>=0 && r.bottom<=window.innerHeight;})")


def _line_in_view(h: Harness, line: int) -> bool:
    return h.js(f"{_IN_VIEW}({line})")


def test_following_the_editor_keeps_the_writers_paragraph_in_view(harness):
    """The preview's column holds less text than the editor's: following the editor's top
    line alone would leave the paragraph being typed in below the preview's fold."""
    h = harness(article(200))
    h.view.follow_line(300)
    h.wait_for(lambda: h.js("window.scrollY") > 0)
    assert not _line_in_view(h, 330)  # the top line alone leaves it out of view
    h.view.follow_line(298, cursor_line=330)
    h.wait_for(lambda: _line_in_view(h, 330))


def test_typing_brings_the_paragraph_being_typed_in_back_into_view(harness):
    h = harness(article(200))
    h.view.show_line(330)
    h.wait_for(lambda: _line_in_view(h, 330))
    h.js("(window.scrollTo(0, 0), 1)")  # the writer scrolled the preview away
    h.wait_for(lambda: h.js("window.scrollY") == 0)
    h.insert(330, 0, "Typed here ")
    h.wait_for(lambda: "Typed here" in h.js("document.getElementById('retro-body')"
                                             ".textContent"))
    h.wait_for(lambda: _line_in_view(h, 330))
    h.js("(window.scrollTo(0, 0), 1)")
    h.insert(20, 0, "Elsewhere ")  # a change away from the writer's line moves nothing
    h.wait_for(lambda: "Elsewhere" in h.js("document.getElementById('retro-body')"
                                            ".textContent"))
    assert h.js("window.scrollY") == 0


def test_manifest_changes_update_the_chrome_and_keep_the_body(harness):
    h = harness(article(40))
    h.js("(document.getElementById('retro-body').children[2].dataset.mark='kept', 1)")
    h.doc.set_article(ArticleMeta(title="Neon Harbor", subtitle="Lights Out Again"))
    h.wait_for(lambda: "Lights Out Again" in h.js("document.body.textContent"))
    assert h.js("document.querySelectorAll('[data-mark]').length") == 1
    h.doc.set_theme("dark")
    h.wait_for(lambda: "theme-dark" in h.js("document.body.className"))
    assert h.js("document.querySelectorAll('[data-mark]').length") == 1


def test_a_relative_project_folder_still_shows_the_page(qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rel" / "assets").mkdir(parents=True)
    project = Project(folder=Path("rel"), manifest_name="t.retro",
                      manifest=Manifest(article=ArticleMeta(title="T")), text="# T\n\nHello.")
    doc = ProjectDocument(project)
    view = PreviewView()
    qtbot.addWidget(view)
    updates: list[str] = []
    view.contentUpdated.connect(updates.append)
    view.set_document(doc)
    view.show()
    qtbot.waitUntil(lambda: "full" in updates, timeout=TIMEOUT)


_VISIBLE = ("(function(sel){return Array.prototype.filter.call(document.querySelectorAll(sel),"
            "function(e){return e.offsetParent !== null || e.getClientRects().length;})"
            ".length;})")


def _visible(h: Harness, selector: str) -> int:
    return h.js(f"{_VISIBLE}({json.dumps(selector)})")


def _project_with_cover(folder: Path, title: str) -> Project:
    (folder / "assets").mkdir(parents=True, exist_ok=True)
    manifest = Manifest(article=ArticleMeta(title=title, cover="assets/cover.png"))
    return Project(folder=folder, manifest_name="t.retro", manifest=manifest,
                   text=f"# {title}\n\n![cover](assets/cover.png)\n\nBody of {title}.\n")


def _settled(h: Harness, title: str) -> bool:
    text = h.js("document.body.textContent") or ""
    return (f"Body of {title}" in text and _visible(h, "h1") == 1
            and _visible(h, "img[src='assets/cover.png']") == 1)


def test_a_fresh_preview_shows_the_title_and_the_cover_once(harness, qtbot, tmp_path):
    """Repro (issue 10 #9): a fresh preview loaded the page before the first render and never
    refreshed its header, so the title and the cover (both also in the body) showed twice."""
    h = harness("placeholder")
    h.view.set_document(ProjectDocument(_project_with_cover(tmp_path / "a", "Alpha Harbor")))
    h.wait_for(lambda: _settled(h, "Alpha Harbor"))
    qtbot.wait(300)  # nothing arriving later doubles them again
    assert _settled(h, "Alpha Harbor")


def test_opening_another_project_shows_it_in_step(harness, qtbot, tmp_path):
    """Repro (issue 10 #9): after opening another project the preview's header kept the
    previous project's state (title and cover doubled, or the old cover missing)."""
    h = harness("placeholder")
    h.view.set_document(ProjectDocument(_project_with_cover(tmp_path / "a", "Alpha Harbor")))
    h.wait_for(lambda: _settled(h, "Alpha Harbor"))
    h.view.set_document(ProjectDocument(_project_with_cover(tmp_path / "b", "Beta Harbor")))
    h.wait_for(lambda: _settled(h, "Beta Harbor"))
    assert "Alpha" not in h.js("document.documentElement.outerHTML")


_H1S = ("Array.prototype.map.call(document.querySelectorAll('h1'), function (e) {"
        "return [e.className, e.id, e.textContent, getComputedStyle(e).display,"
        " e.getBoundingClientRect().height > 0]; })")
_HEADER_TITLE = ["article-title", "neon-harbor", "Neon Harbor", "block", True]


def test_the_preview_has_one_h1_the_visible_title(harness):
    """Repro (issue 16): the preview kept the body's "# Title" as a second <h1>, hidden by CSS."""
    h = harness(article(30))
    assert h.js(_H1S) == [_HEADER_TITLE]
    assert h.js("document.getElementById('retro-body').children[0].outerHTML") == (
        '<div class="title-slot" data-source-line="0"></div>')


def test_the_title_slot_follows_edits_of_the_heading_and_of_the_title(harness):
    h = harness(article(30))
    h.replace_line(0, "# Neon Harbor Nights")  # no longer the title: a heading of the body
    h.wait_for(lambda: len(h.js(_H1S)) == 2)
    assert h.js(_H1S)[1] == ["", "neon-harbor-nights", "Neon Harbor Nights", "block", True]
    h.doc.set_article(ArticleMeta(title="Neon Harbor Nights"))  # the title catches up
    h.wait_for(lambda: h.js(_H1S) == [
        ["article-title", "neon-harbor-nights", "Neon Harbor Nights", "block", True]])
    assert h.converged()
    h.js("(document.getElementById('retro-body').children[5].dataset.mark='kept', 1)")
    h.replace_line(0, "# Neon Harbor")
    h.doc.set_article(ArticleMeta(title="Neon Harbor"))
    h.wait_for(lambda: h.js(_H1S) == [_HEADER_TITLE])
    h.insert(6, 0, "Edited ")
    h.wait_for(lambda: "Edited" in h.js("document.getElementById('retro-body').textContent"))
    assert h.js(_H1S) == [_HEADER_TITLE]
    assert h.js("document.querySelectorAll('[data-mark]').length") == 1  # patched, not redone
    h.js("(document.querySelector('[data-mark]').removeAttribute('data-mark'), 1)")
    assert h.converged()


def test_without_a_document_the_preview_shows_no_article(harness):
    """Repro (issue 10 #9): after Close Project the preview kept showing the old article."""
    h = harness(article(3))
    h.view.set_document(None)
    h.wait_for(lambda: "Neon Harbor" not in (h.js("document.documentElement.outerHTML") or ""))
    h.doc.text_document.setPlainText("# Changed\n\nStill not shown.\n")
    assert "Still not shown" not in (h.js("document.documentElement.outerHTML") or "")


# --- bursts: big edits, with keys arriving while the preview catches up ---------------------------

def test_a_big_paste_then_keys_converge(harness):
    h = harness(article(600))  # long enough for full renders in the helper process
    pasted = article(300).split("\n", 2)[2]
    h.insert(300, 0, pasted)  # the paste asks for a full render…
    for column, letter in enumerate("typed"):  # …and these keys arrive while it is under way
        h.insert(302, column, letter)
    h.wait_for(lambda: "typed" in h.js("document.getElementById('retro-body').textContent"))
    h.wait_for(h.converged)


def test_a_replace_all_in_one_edit_converges(harness):
    h = harness(article(400))
    document = h.doc.text_document
    text = document.toRawText().replace("\u2029", "\n")
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setPosition(text.index("harbour"))
    cursor.setPosition(text.rindex("harbour") + len("harbour"), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(cursor.selectedText().replace("\u2029", "\n")
                      .replace("harbour", "waterfront"))
    cursor.endEditBlock()
    h.wait_for(lambda: "harbour" not in h.js(
        "document.getElementById('retro-body').textContent"))
    h.wait_for(h.converged)


def test_undoing_a_section_move_converges(harness):
    from retro_editor.ui.outline.operations import SectionOperations

    h = harness(article(400))
    h.doc.analysis.flush()
    parts = [s for s in h.doc.analysis.current().iter_sections() if s.level == 2]
    SectionOperations(h.doc).move(parts[5].anchor, parts[6].anchor, "after")
    h.wait_for(h.converged)
    h.doc.text_document.undo()
    assert h.doc.text_document.toRawText().replace("\u2029", "\n") == article(400)
    h.wait_for(h.converged)


def test_the_page_collects_its_garbage_once_the_writer_pauses(harness, monkeypatch):
    """With page scripts off Chromium let the patches' garbage grow past 1 GB before
    collecting it; the app exposes the collector and the preview runs it at pauses."""
    import retro_editor.ui.preview.view as view_module
    from retro_editor.ui.preview.scripts import collect_script

    monkeypatch.setattr(view_module, "COLLECT_AFTER_CHANGES", 3)
    h = harness(article(30))
    assert h.js("typeof gc") == "function"  # tests start the web engine as the app does
    sent: list[str] = []
    real = h.view._run
    monkeypatch.setattr(h.view, "_run", lambda script, callback=None: (
        sent.append(script), real(script, callback))[1])
    h.view._collect_timer.setInterval(50)
    for typed in ("a", "ba", "cba"):
        h.insert(6, 0, typed[0])
        shown = f"{typed}Paragraph"
        h.wait_for(lambda shown=shown: shown in h.js("document.getElementById('retro-body')"
                                                     ".textContent"))
    h.wait_for(lambda: collect_script() in sent)
    assert sent.count(collect_script()) == 1


def test_the_preview_waits_for_a_long_edit_going_in_over_several_turns(harness, qtbot):
    """A long paste or Replace All goes into the editor piece by piece (chunked_edit); the
    preview renders it once, when it is all in, instead of once per piece on the GUI
    thread."""
    from PySide6.QtWidgets import QPlainTextEdit

    from retro_editor.ui.editor.chunked_edit import ChunkedInsert

    h = harness(article(400))
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setDocument(h.doc.text_document)
    updates: list[str] = []
    h.view.contentUpdated.connect(updates.append)
    cursor = QTextCursor(h.doc.text_document.findBlockByNumber(100))
    pasted = "".join(f"Pasted paragraph {i} about the night ferry.\n\n" for i in range(300))
    inserting = ChunkedInsert(editor, cursor, pasted, size=1000)
    finished: list[bool] = []
    inserting.finished.connect(lambda: finished.append(True))
    inserting.start()
    h.wait_for(lambda: bool(finished))
    h.wait_for(h.converged)
    assert len(updates) == 1, updates
