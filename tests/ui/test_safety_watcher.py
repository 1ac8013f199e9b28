"""Another program rewrites article.md (in place, and by rename, twice): reloaded without
local edits, the writer chooses with local edits, and our own saves never count."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QPlainTextEdit
from test_safety_support import (  # noqa: F401
    answering,
    project_dir,
    prompts,
    real_window,
    settings,
    window,
)

from retro_editor.ui.safety.conflict_dialog import ConflictChoice, OverwriteChoice


@pytest.fixture
def opened(window, project_dir):
    assert window.controller.open_path(project_dir)
    return window


def write_in_place(path, text: str) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(0)
        handle.write(text.encode("utf-8"))


def replace_by_rename(path, text: str) -> None:
    temp = path.with_name(".other-program.tmp")
    temp.write_text(text, "utf-8")
    os.replace(temp, path)


def doc_text(window) -> str:
    return window.controller.document.text()


def lines(n: int, tag: str) -> str:
    return "".join(f"{tag} line {i}\n" for i in range(n))


def test_change_in_place_reloads_and_keeps_the_cursor(qtbot, opened):
    article = opened.controller.document.project.article_path
    write_in_place(article, lines(300, "first"))
    qtbot.waitUntil(lambda: doc_text(opened).startswith("first line 0"), timeout=5000)
    editor = opened.editor
    cursor = QTextCursor(editor.document().findBlockByNumber(150))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=4)
    editor.setTextCursor(cursor)
    editor.verticalScrollBar().setValue(min(120, editor.verticalScrollBar().maximum()))
    scroll = editor.verticalScrollBar().value()
    write_in_place(article, lines(300, "second"))
    qtbot.waitUntil(lambda: doc_text(opened).startswith("second line 0"), timeout=5000)
    assert editor.textCursor().blockNumber() == 150
    assert editor.textCursor().positionInBlock() == 4
    assert editor.verticalScrollBar().value() == scroll
    assert not opened.controller.document.is_modified()
    assert "reloaded" in opened.statusBar().currentMessage()


def test_replace_by_rename_twice_is_followed(qtbot, opened):
    article = opened.controller.document.project.article_path
    for n in range(2):
        replace_by_rename(article, f"# Renamed version {n}\n")
        qtbot.waitUntil(lambda n=n: doc_text(opened) == f"# Renamed version {n}\n", timeout=5000)
        qtbot.waitUntil(lambda: str(article) in opened.safety.watcher.watched_paths(),
                        timeout=5000)
    assert not opened.controller.document.is_modified()


def test_manifest_changed_by_rename_is_reloaded(qtbot, opened):
    manifest = opened.controller.document.project.manifest_path
    replace_by_rename(manifest, manifest.read_text("utf-8").replace(
        '"title": "', '"title": "Edited elsewhere: ', 1))
    qtbot.waitUntil(lambda: opened.controller.document.manifest.article.title.startswith(
        "Edited elsewhere"), timeout=5000)


def test_local_edits_keep_mine_then_save_without_asking(qtbot, opened, prompts):
    doc = opened.controller.document
    doc.text_document.setPlainText("# Mine\n")
    prompts.answers["ask_conflict"] = ConflictChoice.KEEP_MINE
    write_in_place(doc.project.article_path, "# Theirs, in place\n")
    qtbot.waitUntil(lambda: prompts.names() == ["ask_conflict"], timeout=5000)
    changed, _comparisons = prompts.args_of("ask_conflict")
    assert changed == [doc.project.article_path]
    assert doc_text(opened) == "# Mine\n" and doc.is_modified()
    assert opened.controller.save()
    assert prompts.names() == ["ask_conflict"], "no overwrite question: the writer already chose"
    assert doc.project.article_path.read_text("utf-8") == "# Mine\n"


def test_local_edits_take_theirs(qtbot, opened, prompts):
    doc = opened.controller.document
    doc.text_document.setPlainText("# Mine\n")
    prompts.answers["ask_conflict"] = ConflictChoice.TAKE_THEIRS
    replace_by_rename(doc.project.article_path, "# Theirs, renamed\n")
    qtbot.waitUntil(lambda: doc_text(opened) == "# Theirs, renamed\n", timeout=5000)
    assert not doc.is_modified()
    doc.text_document.setPlainText("# Mine again\n")
    replace_by_rename(doc.project.article_path, "# Theirs, renamed twice\n")
    qtbot.waitUntil(lambda: doc_text(opened) == "# Theirs, renamed twice\n", timeout=5000)
    assert prompts.names() == ["ask_conflict", "ask_conflict"]


def test_see_both_compares_mine_with_the_file_on_disk(qtbot, opened, prompts):
    doc = opened.controller.document
    doc.text_document.setPlainText("# Title\n\nMy paragraph.\n")
    compared = []

    def see_both_then_keep(_changed, comparisons):
        compared.extend(comparisons())
        return ConflictChoice.KEEP_MINE

    prompts.answers["ask_conflict"] = see_both_then_keep
    write_in_place(doc.project.article_path, "# Title\n\nTheir paragraph.\n")
    qtbot.waitUntil(lambda: compared != [], timeout=5000)
    [comparison] = compared
    assert comparison.name == "article.md"
    assert (comparison.left, comparison.right) == ("# Title\n\nMy paragraph.\n",
                                                   "# Title\n\nTheir paragraph.\n")
    assert doc_text(opened) == "# Title\n\nMy paragraph.\n"


def test_see_both_shows_the_two_versions_read_only_real_dialog(qtbot, real_window, project_dir):
    """The one real conflict box: it names the file, See Both shows the two versions read-only
    and asks again, Keep Mine keeps the editor's text."""
    assert real_window.controller.open_path(project_dir)
    opened = real_window
    doc = opened.controller.document
    doc.text_document.setPlainText("# Title\n\nMy paragraph.\n")
    shown = {}

    def inspect_and_close(dialog: QDialog) -> None:
        shown["diff"] = dialog.diff_view.toPlainText()
        left, right = dialog.side_views[0]
        shown["sides"] = (left.toPlainText(), right.toPlainText())
        shown["read_only"] = all(v.isReadOnly() for v in dialog.findChildren(QPlainTextEdit))
        dialog.reject()

    with answering(qtbot, ("conflictBox", "seeBothButton"), ("diffDialog", inspect_and_close),
                   ("conflictBox", "keepMineButton")) as answers:
        write_in_place(doc.project.article_path, "# Title\n\nTheir paragraph.\n")
    assert "“article.md” changed on disk" in answers.seen[0][1]
    assert "-My paragraph." in shown["diff"] and "+Their paragraph." in shown["diff"]
    assert shown["sides"] == ("# Title\n\nMy paragraph.\n", "# Title\n\nTheir paragraph.\n")
    assert shown["read_only"]
    assert doc_text(opened) == "# Title\n\nMy paragraph.\n"


def test_our_own_saves_never_prompt_or_reload(qtbot, opened, prompts):
    doc = opened.controller.document
    reloads = []
    opened.controller.reloaded.connect(lambda: reloads.append(1))
    for n in range(3):
        doc.text_document.setPlainText(f"# Saved by us {n}\n")
        assert opened.controller.save()
        with qtbot.waitSignal(opened.safety.watcher.checked, timeout=3000):
            pass
    qtbot.wait(300)
    assert prompts.asked == []
    assert reloads == []
    assert doc_text(opened) == "# Saved by us 2\n"
    assert str(doc.project.article_path) in opened.safety.watcher.watched_paths()


def test_deleted_file_marks_the_document_modified(qtbot, opened, prompts):
    doc = opened.controller.document
    doc.project.article_path.unlink()
    qtbot.waitUntil(doc.is_modified, timeout=5000)
    assert "deleted or moved" in opened.statusBar().currentMessage()
    missing = []

    def overwrite(changed, _comparisons):
        missing.extend(p for p in changed if not p.exists())
        return OverwriteChoice.OVERWRITE

    prompts.answers["ask_before_overwrite"] = overwrite
    assert opened.controller.save()
    assert prompts.names() == ["ask_before_overwrite"]
    assert missing == [doc.project.article_path]
    assert doc.project.article_path.read_text("utf-8") == doc_text(opened)


def test_save_after_an_unnoticed_change_asks_first(opened, prompts):
    """The check before saving works without the watcher (a change just before the save)."""
    opened.safety.watcher._watcher.removePaths(opened.safety.watcher.watched_paths())
    doc = opened.controller.document
    doc.text_document.setPlainText("# Mine\n")
    path = doc.project.article_path
    write_in_place(path, "# Theirs\n")
    prompts.answers["ask_before_overwrite"] = [OverwriteChoice.CANCEL, OverwriteChoice.RELOAD,
                                               OverwriteChoice.OVERWRITE]
    assert not opened.controller.save()
    changed, comparisons = prompts.args_of("ask_before_overwrite")
    assert changed == [path] and path.exists()
    assert [(c.left, c.right) for c in comparisons()] == [("# Mine\n", "# Theirs\n")]
    assert path.read_text("utf-8") == "# Theirs\n" and doc.is_modified()
    assert not opened.controller.save()
    assert doc_text(opened) == "# Theirs\n" and not doc.is_modified()
    doc.text_document.setPlainText("# Mine\n")
    write_in_place(path, "# Theirs again\n")
    assert opened.controller.save()
    assert prompts.names() == ["ask_before_overwrite"] * 3
    assert path.read_text("utf-8") == "# Mine\n"
