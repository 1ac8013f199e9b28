"""Issue 10 in the real window: nothing the writer enters is silently dropped or changed."""

from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from typing_helpers import open_cell_editor, replace_line, type_in_cell

from retro_editor.core.project import open_project
from retro_editor.core.project_state import read_state
from retro_editor.ui.export_dialog import ExportDialog
from retro_editor.ui.side_panel.related_model import RelatedModel

TITLE, URL, SOURCE, DATE, VIEWS, NOTE = range(6)


class Recorder:
    """Stands in for a prompt; remembers being asked and answers ``answer``."""

    def __init__(self, answer) -> None:
        self.answer = answer
        self.calls: list[tuple] = []

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer


def related_tab(window):
    tab = window.side_panel.related_tab
    window.side_panel.setCurrentWidget(tab)
    return tab


def test_found_1_invalid_side_panel_entries_are_saved_as_drafts(qtbot, window, sample_copy):
    """Found #1: "Enter a related-news row with a bad URL (or an invalid slug, language or
    canonical URL), Save → 'Some entries have problems… Save the rest now?' → Save. The window
    then shows Saved, no modified marker, closes without asking, and on reopen those entries
    are gone." Now the entries are saved as drafts and come back flagged."""
    from retro_editor.ui.prompts import CloseAnswer

    save_the_rest = Recorder(True)  # what clicking "Save" in the old question did
    window.prompts.confirm_save_with_problems = save_the_rest
    assert window.open_project(sample_copy)
    tab = related_tab(window)
    rows = tab.model.rowCount()
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.view.state() == tab.view.State.EditingState, timeout=2000)
    qtbot.keyClick(tab.view.indexWidget(tab.model.index(rows, TITLE)), Qt.Key_Escape)
    type_in_cell(qtbot, tab.view, rows, TITLE, "Harbor lights, remembered")
    type_in_cell(qtbot, tab.view, rows, URL, "example.org/harbor-lights")
    article = window.side_panel.article_tab
    replace_line(qtbot, article.slug, "Neon Harbor!")
    replace_line(qtbot, article.language, "english")
    replace_line(qtbot, article.canonical_url, "www.example.org/neon")
    focused = window.focusWidget()

    window.action_map["file.save"].trigger()

    assert save_the_rest.calls == []  # nothing to ask: every entry is saved
    assert not window.isWindowModified()
    assert window.status.saved_text() == "Saved — 4 fields need attention"
    assert window.focusWidget() is focused  # a save does not move the writer
    assert tab.model.index(rows, URL).data(Qt.ToolTipRole) == "must be an http or https URL"
    saved = json.loads(next(sample_copy.glob("*.retro")).read_text("utf-8"))
    assert saved["related"][rows]["drafts"] == {"url": "example.org/harbor-lights"}
    assert saved["article"]["drafts"] == {"canonical_url": "www.example.org/neon",
                                          "language": "english", "slug": "Neon Harbor!"}

    ask = Recorder(CloseAnswer.CANCEL)
    window.prompts.ask_save_changes = ask
    assert window.controller.close_project()
    assert ask.calls == []  # saved: closing does not ask

    assert window.open_project(sample_copy)
    tab = related_tab(window)
    assert tab.model.rowCount() == rows + 1
    assert tab.model.index(rows, TITLE).data() == "Harbor lights, remembered"
    assert tab.model.index(rows, URL).data() == "example.org/harbor-lights"
    assert tab.model.index(rows, URL).data(Qt.BackgroundRole) is not None
    article = window.side_panel.article_tab
    assert article.slug.text() == "Neon Harbor!" and article.slug.property("invalid")
    assert article.language.text() == "english" and article.language.property("invalid")
    assert article.canonical_url.text() == "www.example.org/neon"
    assert "http or https" in article.canonical_url.toolTip()
    assert window.status.saved_text() == "Saved — 4 fields need attention"


def test_found_3_related_cells_are_never_coerced(qtbot, window, sample_copy):
    """Found #3: "Related table cells coerce values without a word: date 2024-13-45 becomes
    2024-01-04, -50 becomes 2024-05-04, a date typed into an empty cell is discarded, the
    calendar opens at January 1800; views -50 becomes 0 (overwriting 1,843), 12k becomes 12."
    """
    assert window.open_project(sample_copy)
    tab = related_tab(window)
    document = window.controller.document
    tab.model.setData(tab.model.index(0, VIEWS), "1843")
    tab.model.setData(tab.model.index(1, DATE), "")

    type_in_cell(qtbot, tab.view, 0, DATE, "2024-13-45")
    assert tab.model.index(0, DATE).data() == "2024-13-45"
    assert document.manifest.related[0].drafts["date"] == "2024-13-45"
    assert tab.model.index(0, DATE).data(Qt.ToolTipRole) == "has no month 13 (months are 01 to 12)"

    type_in_cell(qtbot, tab.view, 2, DATE, "-50")
    assert document.manifest.related[2].drafts["date"] == "-50"

    type_in_cell(qtbot, tab.view, 1, DATE, "1999-03")  # typed into an empty cell: kept
    assert document.manifest.related[1].date == "1999-03"

    type_in_cell(qtbot, tab.view, 0, VIEWS, "-50")
    assert document.manifest.related[0].drafts["views"] == "-50"
    assert tab.model.index(0, VIEWS).data() == "-50"
    assert tab.model.index(0, VIEWS).data(Qt.ToolTipRole) == "must be 0 or more"

    type_in_cell(qtbot, tab.view, 1, VIEWS, "12k")
    assert document.manifest.related[1].views == 12000
    assert tab.model.index(1, VIEWS).data() == "12,000"

    editor = open_cell_editor(qtbot, tab.view, 1, DATE)
    editor.setText("")
    editor.open_calendar()
    assert editor.popup().calendar.selectedDate() == QDate.currentDate()
    editor.popup().hide()
    qtbot.keyClick(editor, Qt.Key_Escape)

    window.action_map["file.save"].trigger()
    reopened = open_project(sample_copy).manifest.related
    assert reopened[0].drafts == {"date": "2024-13-45", "views": "-50"}
    assert reopened[1].date == "1999-03" and reopened[1].views == 12000
    assert reopened[2].drafts == {"date": "-50"}


def test_format_1_project_is_upgraded_once_with_a_notice(qtbot, window, sample_copy):
    manifest = next(sample_copy.glob("*.retro"))
    data = json.loads(manifest.read_text("utf-8"))
    data["format"] = "retro-editor/1"
    data.pop("front_matter", None)
    data.pop("spelling", None)  # format 2 only
    data.pop("publishing", None)
    manifest.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_project(sample_copy)
    notices = []
    window.controller.notice.connect(notices.append)
    window.action_map["file.save"].trigger()
    assert notices == ["Project upgraded to format 2 on save; older versions of Retro Editor "
                       "cannot open it now"]
    assert window.statusBar().currentMessage() == notices[0]
    assert json.loads(manifest.read_text("utf-8"))["format"] == "retro-editor/2"
    window.action_map["file.save"].trigger()
    assert len(notices) == 1


def test_cursor_position_is_remembered_in_the_state_file(qtbot, window, sample_copy):
    assert window.open_project(sample_copy)
    cursor = window.editor.textCursor()
    cursor.setPosition(120)
    window.editor.setTextCursor(cursor)
    assert window.controller.close_project()
    assert read_state(sample_copy).cursor_position == 120
    manifest_text = next(sample_copy.glob("*.retro")).read_text("utf-8")
    assert "cursor" not in manifest_text
    assert window.open_project(sample_copy)
    assert window.editor.textCursor().position() == 120
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.action_map["file.save"].trigger()
    assert read_state(sample_copy).cursor_position == window.editor.textCursor().position()


def test_views_typed_as_1_2m_are_stored_and_shown_as_the_number(qtbot):
    model = RelatedModel()
    model.insert_row(0, {"title": "T", "url": "https://example.org"})
    model.setData(model.index(0, VIEWS), " 1.2M ")
    assert model.items()[0].views == 1_200_000
    assert model.index(0, VIEWS).data(Qt.EditRole) == "1200000"
    assert model.index(0, VIEWS).data() == "1,200,000"
    assert model.data(model.index(0, VIEWS), Qt.TextAlignmentRole) == int(
        Qt.AlignRight | Qt.AlignVCenter)


def test_export_dialog_lists_the_drafts_before_exporting(qtbot, window, prompts, sample_copy):
    """The export question gets the drafts; the dialog built from them (shown, not run
    modally) lists them."""
    assert window.open_project(sample_copy)
    tab = related_tab(window)
    type_in_cell(qtbot, tab.view, 0, URL, "example.org/a")
    shown = []

    def read_and_cancel(formats, remembered, default_destination, last_format, drafts):
        dialog = ExportDialog(formats, remembered, default_destination, last_format, prompts,
                              window, drafts=drafts)
        dialog.show()
        shown.append((dialog.drafts_label.isVisible(), dialog.drafts_label.text()))
        dialog.reject()
        dialog.deleteLater()

    prompts.answers["ask_export"] = read_and_cancel
    window.action_map["file.export"].trigger()
    assert prompts.names() == ["ask_export"]
    assert shown == [(True, "1 field holds a draft and is left out of the export:\n"
                            "related[0].url “example.org/a” must be an http or https URL")]
