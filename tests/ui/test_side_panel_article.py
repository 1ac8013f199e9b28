"""The side panel's Article tab, driven through its real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit

from retro_editor.core.manifest import ArticleMeta, Manifest
from retro_editor.core.project import Project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel import SidePanel
from retro_editor.ui.side_panel.article_tab import ArticleTab


def make_document(folder: Path, article: ArticleMeta | None = None) -> ProjectDocument:
    (folder / "assets").mkdir(parents=True, exist_ok=True)
    manifest = Manifest(article=article or ArticleMeta(title="Neon Harbor", slug="neon-harbor"))
    project = Project(folder=folder, manifest_name="test.retro", manifest=manifest,
                      text="# Neon Harbor\n\nIntro.\n", saved=True)
    return ProjectDocument(project)


@pytest.fixture
def document(tmp_path: Path) -> ProjectDocument:
    return make_document(tmp_path / "project")


@pytest.fixture
def tab(show, document) -> ArticleTab:
    return show(ArticleTab(document=document), 460, 800)


def type_into(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key_Return)


@pytest.mark.parametrize("field, typed, expected", [
    ("title", "The Rain and the Lights", "The Rain and the Lights"),
    ("subtitle", "  A look back  ", "A look back"),
    ("author", "Elena Marsh", "Elena Marsh"),
    ("category", "Music videos", "Music videos"),
    ("language", "pt-BR", "pt-BR"),
    ("canonical_url", "https://example.org/neon", "https://example.org/neon"),
])
def test_typing_in_a_field_updates_the_manifest(qtbot, tab, document, field, typed, expected):
    with qtbot.waitSignal(document.manifestChanged) as signal:
        type_into(qtbot, getattr(tab, field), typed)
    assert signal.args == ["article"]
    assert getattr(document.manifest.article, field) == expected
    assert getattr(tab, field).text() == expected  # shown back as stored
    assert document.is_modified()


def test_typing_is_applied_after_a_pause_without_leaving_the_field(qtbot, tab, document):
    tab.author.setFocus()
    qtbot.keyClicks(tab.author, "Jonah Feld")
    assert document.manifest.article.author == ""
    qtbot.waitUntil(lambda: document.manifest.article.author == "Jonah Feld", timeout=3000)


def test_tags_are_stored_as_typed_and_shown_back(qtbot, tab, document):
    type_into(qtbot, tab.tags, " retro,Music  Video , RETRO, 1999 ")
    assert document.manifest.article.tags == ["retro", "Music  Video", "RETRO", "1999"]
    assert tab.tags.text() == "retro, Music  Video, RETRO, 1999"
    assert not document.manifest.article.drafts


def test_tags_with_an_empty_tag_are_a_draft(qtbot, tab, document):
    type_into(qtbot, tab.tags, "retro,, 1999")
    assert document.manifest.article.tags == []
    assert document.manifest.article.drafts == {"tags": "retro,, 1999"}
    assert tab.tags.text() == "retro,, 1999"
    assert tab.problems() == ["Tags has an empty tag between commas"]


def test_summary_hint_counts_characters_and_warns_past_160(qtbot, tab, document):
    tab.summary.setFocus()
    qtbot.keyClicks(tab.summary, "x" * 142)
    assert tab.summary_hint.text() == "142 / 160 characters — good for search snippets"
    assert not tab.summary_hint.property("warning")
    qtbot.keyClicks(tab.summary, "y" * 20)
    assert tab.summary_hint.text().startswith("162 / 160 characters")
    assert tab.summary_hint.property("warning")
    tab.flush()
    assert document.manifest.article.summary == "x" * 142 + "y" * 20


def test_summary_hint_when_empty_and_when_short(qtbot, tab):
    assert tab.summary_hint.text().startswith("No summary yet")
    qtbot.keyClicks(tab.summary, "Short.")
    assert "a little short" in tab.summary_hint.text()


def test_summary_is_applied_when_focus_leaves_it(qtbot, tab, document):
    tab.summary.setFocus()
    qtbot.keyClicks(tab.summary, "A rainy pier.")
    tab.title.setFocus()
    qtbot.waitUntil(lambda: document.manifest.article.summary == "A rainy pier.", timeout=3000)


def test_slug_follows_the_title_until_edited_and_can_follow_again(qtbot, tab, document):
    assert not tab.follow_title.isEnabled()
    type_into(qtbot, tab.title, "Neon Harbor at 25: The Rain")
    assert tab.slug.text() == "neon-harbor-at-25-the-rain"
    assert document.manifest.article.slug == "neon-harbor-at-25-the-rain"
    assert document.manifest.article.slug_locked is False

    tab.slug.setFocus()
    tab.slug.end(False)
    qtbot.keyClicks(tab.slug, "-1999")
    qtbot.keyClick(tab.slug, Qt.Key_Return)
    assert document.manifest.article.slug == "neon-harbor-at-25-the-rain-1999"
    assert document.manifest.article.slug_locked is True
    assert tab.follow_title.isEnabled()

    type_into(qtbot, tab.title, "Something Else")
    assert document.manifest.article.slug == "neon-harbor-at-25-the-rain-1999"

    qtbot.mouseClick(tab.follow_title, Qt.LeftButton)
    assert document.manifest.article.slug == "something-else"
    assert document.manifest.article.slug_locked is False
    assert tab.slug.text() == "something-else"
    assert not tab.follow_title.isEnabled()


@pytest.mark.parametrize(("title", "slug"), [
    ("Café: Déjà Vu!", "cafe-deja-vu"), ("Кино", ""), ("Don't Stop", "dont-stop"),
])
def test_slug_follows_the_title_within_what_a_slug_allows(tab, title, slug):
    tab.title.setText(title)  # QTest cannot type letters outside Latin-1
    tab.title.textEdited.emit(title)
    assert tab.slug.text() == slug


def test_typed_title_gives_the_new_project_slug(qtbot, tmp_path):
    """Repro (issue 10 #11): "Don't Stop" gave don-t-stop for New Project and dont-stop
    once typed into the title field."""
    from retro_editor.core.project import new_project

    project = new_project(tmp_path / "new", "Don't Stop")
    widget = ArticleTab(document=make_document(tmp_path / "other"))
    qtbot.addWidget(widget)
    type_into(qtbot, widget.title, "Don't Stop")
    assert widget.slug.text() == project.manifest.article.slug == "dont-stop"


def test_invalid_canonical_url_is_marked_and_kept_as_a_draft(qtbot, tab, document):
    type_into(qtbot, tab.canonical_url, "https://example.org/a")
    assert document.manifest.article.canonical_url == "https://example.org/a"
    with qtbot.waitSignal(tab.problemsChanged) as signal:
        type_into(qtbot, tab.canonical_url, "ftp://example.org/a")
    assert signal.args == [["Canonical URL must be an http or https URL"]]
    assert tab.canonical_url.text() == "ftp://example.org/a"
    assert tab.canonical_url.property("invalid") is True
    assert "http or https" in tab.canonical_url.toolTip()
    assert "http or https" in tab._messages["canonical_url"].text()
    assert document.manifest.article.canonical_url is None
    assert document.manifest.article.drafts == {"canonical_url": "ftp://example.org/a"}
    assert tab.has_problems()

    type_into(qtbot, tab.author, "Elena Marsh")  # other fields still apply meanwhile
    assert document.manifest.article.author == "Elena Marsh"
    assert tab.canonical_url.text() == "ftp://example.org/a"

    type_into(qtbot, tab.canonical_url, "https://example.org/b")
    assert document.manifest.article.canonical_url == "https://example.org/b"
    assert document.manifest.article.drafts == {}
    assert tab.canonical_url.property("invalid") is False
    assert not tab.has_problems()


def test_invalid_field_keeps_its_text_when_other_fields_apply_in_the_same_pass(tab, document):
    tab.slug.setText("Bad Slug")
    tab.slug.textEdited.emit("Bad Slug")
    tab.summary.setPlainText("A new summary.")
    tab.commit()
    assert document.manifest.article.summary == "A new summary."
    assert document.manifest.article.slug == ""
    assert document.manifest.article.drafts == {"slug": "Bad Slug"}
    assert document.manifest.article.slug_locked is True
    assert tab.slug.text() == "Bad Slug"
    assert tab.slug.property("invalid") is True


def test_bad_language_and_slug_are_explained(qtbot, tab, document):
    type_into(qtbot, tab.language, "English please")
    type_into(qtbot, tab.slug, "Not A Slug")
    assert document.manifest.article.language == "en"
    assert document.manifest.article.slug == ""
    assert document.manifest.article.drafts == {"language": "English please",
                                                "slug": "Not A Slug"}
    assert set(tab.problems()) == {"Language must be a language tag like en or pt-BR",
                                   "Slug must use only lowercase a-z, 0-9 and -"}


def test_error_in_the_field_being_typed_waits_until_the_writer_leaves_it(qtbot, tab, document):
    tab.activateWindow()
    tab.canonical_url.setFocus()
    qtbot.waitUntil(tab.canonical_url.hasFocus, timeout=2000)
    qtbot.keyClicks(tab.canonical_url, "htt")
    tab.commit(reveal=False)  # what the typing pause does
    assert not tab.canonical_url.property("invalid")
    assert document.manifest.article.drafts == {"canonical_url": "htt"}  # kept, not yet flagged
    qtbot.keyClick(tab.canonical_url, Qt.Key_Return)
    assert tab.canonical_url.property("invalid") is True


@pytest.mark.parametrize("typed", ["1999", "1999-10", "1999-10-30"])
def test_dates_full_or_partial_are_stored_as_typed(qtbot, tab, document, typed):
    type_into(qtbot, tab.published, f" {typed} ")
    assert document.manifest.article.published == typed
    assert tab.published.text() == typed
    tab.published.selectAll()
    qtbot.keyClick(tab.published, Qt.Key_Delete)
    qtbot.keyClick(tab.published, Qt.Key_Return)
    assert document.manifest.article.published is None
    assert document.manifest.article.updated is None


def test_an_impossible_date_is_a_draft_explained_in_place(qtbot, tab, document):
    type_into(qtbot, tab.updated, "2019-02-30")
    assert document.manifest.article.updated is None
    assert document.manifest.article.drafts == {"updated": "2019-02-30"}
    assert tab.updated.text() == "2019-02-30"
    assert tab.updated.property("invalid") is True
    assert tab.problems() == ["Last updated date is not a real date (2019-02 has 28 days)"]


def test_the_calendar_opens_today_or_at_the_typed_date_and_fills_the_field(qtbot, tab,
                                                                           document):
    tab.published.open_calendar()
    calendar = tab.published.popup().calendar
    assert calendar.selectedDate() == QDate.currentDate()
    tab.published.popup().hide()
    type_into(qtbot, tab.published, "1999-03")
    tab.published.open_calendar()
    assert calendar.selectedDate() == QDate(1999, 3, 1)
    calendar.clicked.emit(QDate(1999, 3, 14))
    assert tab.published.text() == "1999-03-14"
    assert document.manifest.article.published == "1999-03-14"


def test_cover_is_copied_into_assets_through_the_importer(qtbot, tab, document, tmp_path,
                                                          monkeypatch):
    picture = tmp_path / "Cover Shot.png"
    image = QImage(64, 36, QImage.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(picture))
    assets = document.project.folder / "assets"

    def importer(path: str) -> str:
        target = assets / "cover-shot.png"
        shutil.copyfile(path, target)
        return "assets/cover-shot.png"

    monkeypatch.setattr(tab._prompts, "choose_cover_image", lambda start: picture)
    assert not tab.choose_cover.isEnabled()  # no importer yet
    tab.set_asset_importer(importer)
    qtbot.mouseClick(tab.choose_cover, Qt.LeftButton)
    assert document.manifest.article.cover == "assets/cover-shot.png"
    assert (assets / "cover-shot.png").is_file()
    assert tab.cover_path.text() == "assets/cover-shot.png"
    assert not tab.cover_preview.pixmap().isNull()
    assert tab.remove_cover.isEnabled()

    qtbot.mouseClick(tab.remove_cover, Qt.LeftButton)
    assert document.manifest.article.cover is None
    assert tab.cover_preview.pixmap().isNull()
    assert not tab.remove_cover.isEnabled()


def test_a_failing_importer_is_explained_and_the_cover_kept(qtbot, tab, document, monkeypatch):
    document.set_article(document.manifest.article.model_copy(update={"cover": "assets/a.png"}))

    def importer(path: str) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(tab._prompts, "choose_cover_image",
                        lambda start: Path("/somewhere/b.png"))
    tab.set_asset_importer(importer)
    qtbot.mouseClick(tab.choose_cover, Qt.LeftButton)
    assert document.manifest.article.cover == "assets/a.png"
    assert "disk full" in tab._messages["cover"].text()


def test_a_missing_cover_file_is_reported(tab, document):
    document.set_article(document.manifest.article.model_copy(update={"cover": "assets/gone.png"}))
    assert "missing" in tab._messages["cover"].text()


def test_the_missing_cover_warning_stays_after_a_save(qtbot, tab, document):
    """Repro (issue 10 #9): saving (which commits the form) cleared the "file is missing"
    message although the file was still missing."""
    document.set_article(document.manifest.article.model_copy(update={"cover": "assets/gone.png"}))
    type_into(qtbot, tab.author, "Elena Marsh")
    tab.flush()
    assert "missing" in tab._messages["cover"].text()
    assert tab._messages["cover"].isVisibleTo(tab)


def test_outside_changes_refresh_fields_but_not_the_one_being_typed(qtbot, tab, document):
    tab.show()
    tab.activateWindow()
    tab.author.setFocus()
    qtbot.waitUntil(tab.author.hasFocus, timeout=2000)
    qtbot.keyClicks(tab.author, "Ele")
    changed = document.manifest.article.model_copy(update={"title": "New Title",
                                                           "author": "Somebody"})
    document.set_article(changed)
    assert tab.title.text() == "New Title"
    assert tab.author.text() == "Ele"


def test_invalid_field_survives_an_outside_change(qtbot, tab, document):
    type_into(qtbot, tab.canonical_url, "mailto:someone@example.org")
    document.set_article(document.manifest.article.model_copy(update={"title": "Other"}))
    assert tab.canonical_url.text() == "mailto:someone@example.org"
    assert tab.title.text() == "Other"


def test_every_input_has_an_accessible_name_and_a_tab_order(tab):
    tab.set_asset_importer(lambda path: path)
    fields = [tab.title, tab.subtitle, tab.author, tab.published, tab.updated, tab.slug,
              tab.summary, tab.tags, tab.category, tab.language, tab.choose_cover,
              tab.canonical_url]
    for widget in fields + [tab.follow_title, tab.remove_cover]:
        assert widget.accessibleName(), widget
    reached = [tab.title]
    while len(reached) < len(fields):
        reached.append(_next_tab_stop(reached[-1]))
    assert reached == fields


def _next_tab_stop(widget):
    widget = widget.nextInFocusChain()
    while not (widget.focusPolicy() & Qt.TabFocus and widget.isVisible()
               and widget.isEnabled() and not widget.objectName().startswith("qt_")):
        widget = widget.nextInFocusChain()
    return widget


def test_panel_set_document_rebuilds_every_tab(qtbot, tmp_path):
    first = make_document(tmp_path / "one")
    second = make_document(tmp_path / "two", ArticleMeta(title="Second", slug="second"))
    panel = SidePanel(document=first)
    qtbot.addWidget(panel)
    assert [panel.tabText(i) for i in range(panel.count())] == [
        "Article", "Facts", "Related", "Section", "Links", "Search"]
    assert panel.accessibleName() == "Side panel"
    assert all(panel.widget(i).accessibleName() for i in range(panel.count()))
    panel.article_tab.author.setText("Pending")
    panel.article_tab.author.textEdited.emit("Pending")
    panel.set_document(second)
    assert first.manifest.article.author == "Pending"  # flushed to the old document
    assert panel.article_tab.title.text() == "Second"
    assert panel.article_tab.author.text() == ""
    panel.set_document(None)
    assert not panel.article_tab.isEnabled()


def test_summary_keeps_no_break_spaces(tab, document):
    """Repro (issue 12 #3): the summary was read with toPlainText(), which turns the
    no-break spaces of French typography into plain spaces."""
    tab.summary.setPlainText("Un retour\u00a0: vingt ans après\u00a0!")
    tab.flush()
    assert document.manifest.article.summary == "Un retour\u00a0: vingt ans après\u00a0!"
