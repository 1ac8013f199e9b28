"""The side panel's Search & Social tab: previews, warnings, the publisher form."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap

from retro_editor.core.manifest import ArticleMeta
from retro_editor.core.project import open_project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel import SidePanel
from retro_editor.ui.side_panel.search_tab import cropped_cover
from retro_editor.ui.tasks import TaskRunner


@pytest.fixture
def document(tmp_path: Path, sample_project_dir: Path) -> ProjectDocument:
    shutil.copytree(sample_project_dir, tmp_path / "p")
    return ProjectDocument(open_project(tmp_path / "p"))


@pytest.fixture
def panel(qtbot, document) -> SidePanel:
    widget = SidePanel(document=document)
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    widget.setCurrentWidget(widget.search_tab)
    return widget


def wait_for_warnings(qtbot, tab, expected_first: str) -> list[str]:
    qtbot.waitUntil(lambda: bool(tab.warning_texts()) and tab.warning_texts()[0].startswith(
        expected_first), timeout=5000)
    return tab.warning_texts()


def test_previews_show_the_article_as_result_pages_and_cards_do(panel):
    tab = panel.search_tab
    assert tab.result_title.text().startswith("Neon Harbor at 25")
    assert tab.result_address.text() == "example.org › retrospectives › neon-harbor-at-25"
    assert tab.result_description.text().startswith("How Mara Okafor")
    assert tab.card_domain.text() == "EXAMPLE.ORG"
    assert tab.card_image.has_image()
    assert abs(tab.card_image.pixmap().width() / tab.card_image.pixmap().height() - 1.91) < 0.02


def test_sample_has_no_warnings_and_a_long_title_is_cut_and_named(qtbot, panel, document):
    tab = panel.search_tab
    assert wait_for_warnings(qtbot, tab, "No warnings")
    long_title = "The Rain, the Lights, the Last Ferry Home and Everything After It " * 2
    panel.article_tab.title.setFocus()
    panel.article_tab.title.selectAll()
    qtbot.keyClicks(panel.article_tab.title, long_title)
    qtbot.keyClick(panel.article_tab.title, Qt.Key_Return)
    assert tab.result_title.text().endswith(" ...")
    assert len(tab.result_title.text()) < len(long_title.strip())
    [warning] = wait_for_warnings(qtbot, tab, "article.title")
    assert "over 600 px" in warning


def test_a_text_warning_takes_the_writer_to_its_line(qtbot, panel, document):
    tab = panel.search_tab
    document.text_document.setPlainText("# Title\n\nText.\n\n#### Too deep\n")
    wait_for_warnings(qtbot, tab, "line 5")
    lines = []
    tab.lineRequested.connect(lines.append)
    tab.warnings.setCurrentRow(0)
    qtbot.keyClick(tab.warnings, Qt.Key_Return)
    assert lines == [4]


def test_a_field_warning_opens_the_article_tab_at_the_field(qtbot, panel, document):
    document.set_article(ArticleMeta(**{**document.manifest.article.model_dump(), "summary": ""}))
    tab = panel.search_tab
    wait_for_warnings(qtbot, tab, "article.summary")
    tab.warnings.setCurrentRow(0)
    qtbot.keyClick(tab.warnings, Qt.Key_Return)
    assert panel.currentWidget() is panel.article_tab
    qtbot.waitUntil(lambda: panel.article_tab.summary.hasFocus())


def test_publisher_form_is_stored_as_typed(qtbot, panel, document):
    tab = panel.search_tab
    tab.schema_type.setCurrentIndex(1)
    for key, text in (("publisher_name", "Night Bus Review"), ("publisher_url", "nightbus"),
                      ("publisher_logo", "assets/logo.png")):
        line = tab.publisher[key]
        line.setFocus()
        line.selectAll()
        qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key_Tab)
    publishing = document.manifest.publishing
    assert (publishing.schema_type, publishing.publisher_name, publishing.publisher_url,
            publishing.publisher_logo) == ("NewsArticle", "Night Bus Review", "nightbus",
                                           "assets/logo.png")
    assert document.is_modified()
    warnings = wait_for_warnings(qtbot, tab, "publishing.publisher_url")
    assert "not an http or https URL" in warnings[0]


def test_warnings_are_worked_out_on_the_task_runner(qtbot, document, tmp_path):
    panel = SidePanel(document=document)
    qtbot.addWidget(panel)
    runner = TaskRunner(panel, name="checks", threads=1)
    panel.set_task_runner(runner)
    panel.show()
    panel.setCurrentWidget(panel.search_tab)
    document.text_document.setPlainText("# A\n\n# B\n")
    warnings = wait_for_warnings(qtbot, panel.search_tab, "line 3")
    assert warnings[0].startswith("line 3: 2 level-1 headings")


def test_cover_is_cropped_to_the_card_ratio_around_its_centre():
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    for y in range(150, 250):
        for x in range(400):
            image.setPixelColor(x, y, QColor("red"))
    card = cropped_cover(QPixmap.fromImage(image), 191).toImage()
    assert (card.width(), card.height()) == (191, 100)
    assert card.pixelColor(95, 50) == QColor("red")
    assert card.pixelColor(95, 2) == QColor("blue")
