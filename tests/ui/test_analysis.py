"""The document's one analysis: every view reads it, it is computed once per pause in typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QThread
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from retro_editor.core.analysis import TextAnalysis
from retro_editor.core.manifest import Manifest
from retro_editor.core.project import Project
from retro_editor.ui import analysis as analysis_module
from retro_editor.ui.document import ProjectDocument

TEXT = "Preamble words.\n\n# Title\n\nIntro.\n\n## One\n\nOne body here.\n"


@pytest.fixture
def doc(qapp, tmp_path: Path) -> ProjectDocument:
    return ProjectDocument(Project(folder=tmp_path, manifest_name="t.retro",
                                   manifest=Manifest(), text=TEXT))


def append(doc: ProjectDocument, text: str) -> None:
    cursor = QTextCursor(doc.text_document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(text)


def count_analyses(monkeypatch) -> list[str]:
    """Records the text of every analysis the UI runs."""
    texts: list[str] = []
    real = analysis_module.analyse

    def analyse(text: str, previous: TextAnalysis | None = None) -> TextAnalysis:
        texts.append(text)
        return real(text, previous)

    monkeypatch.setattr(analysis_module, "analyse", analyse)
    return texts


def test_the_document_is_analysed_when_opened(doc: ProjectDocument) -> None:
    current = doc.analysis.current()
    assert current.text == TEXT
    assert [s.anchor for s in current.iter_sections()] == ["title", "one"]
    assert current.words == 2 + 2 + 4  # headings are words too


def test_typing_is_analysed_in_the_background_after_a_pause(qtbot, doc, monkeypatch) -> None:
    analysed = count_analyses(monkeypatch)
    append(doc, " more")
    assert doc.analysis.updater().is_pending()
    assert doc.analysis.current().text == TEXT
    with qtbot.waitSignal(doc.analysis.changed, timeout=5000) as blocker:
        pass
    result = blocker.args[0]
    assert result is doc.analysis.current()
    assert result.text == TEXT + " more" and result.words == 9
    assert analysed == [TEXT + " more"]


def test_changed_arrives_on_the_gui_thread(qtbot, doc: ProjectDocument) -> None:
    threads: list[QThread] = []
    doc.analysis.changed.connect(lambda _analysis: threads.append(QThread.currentThread()))
    append(doc, "\n## Two\n")
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads == [QApplication.instance().thread()]


def test_flush_brings_it_up_to_date_at_once(qtbot, doc: ProjectDocument) -> None:
    append(doc, "\n## Two\n\nTwo words.\n")
    with qtbot.waitSignal(doc.analysis.changed, timeout=1000):
        doc.analysis.flush()
    assert not doc.analysis.updater().is_pending()
    assert [s.anchor for s in doc.analysis.current().iter_sections()] == ["title", "one", "two"]
    with qtbot.assertNotEmitted(doc.analysis.changed, wait=50):
        doc.analysis.flush()


def test_a_background_result_overtaken_by_a_flush_is_dropped(qtbot, doc) -> None:
    append(doc, "\n## Stale\n")
    doc.analysis.update_in_background()
    append(doc, "\n## Fresh\n")
    doc.analysis.flush()
    doc.analysis.wait_for_background(5)
    qtbot.wait(50)
    anchors = [s.anchor for s in doc.analysis.current().iter_sections()]
    assert anchors[-2:] == ["stale", "fresh"]


def test_a_reloaded_text_is_analysed_at_once(doc: ProjectDocument, tmp_path: Path) -> None:
    doc.replace_project(Project(folder=tmp_path, manifest_name="t.retro", manifest=Manifest(),
                                text="# Other\n\nthree more words\n"))
    current = doc.analysis.current()
    assert [s.anchor for s in current.iter_sections()] == ["other"]
    assert current.words == 4


def test_typing_updates_outline_status_bar_and_section_tab_from_one_analysis(
        qtbot, window, sample_copy, monkeypatch) -> None:
    assert window.open_project(sample_copy)
    document = window.controller.document
    last = list(document.analysis.current().iter_sections())[-1]
    before = document.analysis.current()
    editor = window.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    tab = window.side_panel.section_tab

    analysed = count_analyses(monkeypatch)
    debounces: list[bool] = []
    document.analysis.updater().due.connect(lambda: debounces.append(True))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "three new words")
    qtbot.waitUntil(lambda: document.analysis.current().words == before.words + 3,
                    timeout=5000)

    qtbot.waitUntil(lambda: tab.anchor == last.anchor, timeout=2000)
    number = QLocale().toString
    assert window.status.words_text() == f"{number(before.words + 3)} words"
    index = window.outline.outline_model().index_for_anchor(last.anchor, 1)
    assert index.data() == number(last.words + 3)
    assert tab.progress_label.text() == f"{number(last.words + 3)} words"
    assert len(analysed) == len(debounces) >= 1
