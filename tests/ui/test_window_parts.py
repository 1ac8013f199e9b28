"""The window's helpers built from small real parts, without ``MainWindow`` or QtWebEngine:
``PaneWiring``, ``WindowActions``, ``Exporter`` and ``SafetyServices`` each take only what
``window_parts`` names, and every question they ask goes through the prompts object."""

from __future__ import annotations

from pathlib import Path

import pytest
from prompts_double import RecordingPrompts
from PySide6.QtWidgets import QDockWidget, QMenu, QPlainTextEdit, QWidget

from retro_editor.core.project import open_project
from retro_editor.export.registry import export_formats
from retro_editor.ui.action_ids import ActionId
from retro_editor.ui.actions import create_actions
from retro_editor.ui.autosave import Autosave
from retro_editor.ui.editor import FindReplaceBar, MarkdownEditor
from retro_editor.ui.export_dialog import Exporter, ExportRequest
from retro_editor.ui.goals import GoalBar, GoalTracker
from retro_editor.ui.history import HistoryPanel, HistoryRecorder, ProjectSync
from retro_editor.ui.outline import OutlineView
from retro_editor.ui.preview.factory import PreviewPlaceholder
from retro_editor.ui.project_controller import ProjectController
from retro_editor.ui.safety import SafetyServices
from retro_editor.ui.safety.conflict_dialog import ConflictChoice
from retro_editor.ui.settings import Settings
from retro_editor.ui.side_panel import SidePanel
from retro_editor.ui.status_bar import ArticleStatusBar
from retro_editor.ui.window_actions import WindowActions
from retro_editor.ui.wiring import PaneWiring


class Parts:
    """The panes, project and answers of a window, as plain attributes of a plain object."""

    def __init__(self, host: QWidget, settings: Settings, prompts: RecordingPrompts,
                 documents: Path) -> None:
        self.host = host
        self.settings = settings
        self.prompts = prompts
        self.editor = MarkdownEditor(host)
        self.find_bar = FindReplaceBar(self.editor, host)
        self.outline = OutlineView(host)
        self.preview = PreviewPlaceholder(host)
        self.side_panel = SidePanel(host)
        self.status = ArticleStatusBar(host)
        self.outline_dock = QDockWidget(host)
        self.side_dock = QDockWidget(host)
        self.recent_menu = QMenu(host)
        self.controller = ProjectController(prompts, settings, host)
        self.history_panel = HistoryPanel(prompts, host)
        self.history_dock = QDockWidget(host)
        self.history_recorder = HistoryRecorder(self.controller, host)
        self.project_sync = ProjectSync(self.controller, self.history_recorder, prompts, host)
        self.autosave = Autosave(self.controller, settings, host)
        self.goal_tracker = GoalTracker(self.controller, settings, host)
        self.goal_bar = GoalBar(host)
        self.action_map = create_actions(host)
        self.exporter = Exporter(self, host)
        self.documents_dir = documents
        self.titles = 0
        self.messages: list[str] = []
        self.closed = False
        self.full_screen: list[bool] = []

    def statusBar(self):  # noqa: N802 (Qt's name, as on QMainWindow)
        return self.status

    def update_title(self) -> None:
        self.titles += 1

    def show_status_message(self, text: str, timeout_ms: int) -> None:
        self.messages.append(text)

    def job_parent(self) -> QWidget:
        return self.host

    def resize_dock(self, dock, width: int) -> None:
        dock.resize(width, dock.height())

    def close(self) -> bool:
        self.closed = True
        return True

    def set_full_screen(self, on: bool) -> None:
        self.full_screen.append(on)

    def set_focus_mode(self, on: bool) -> None:
        pass

    def set_typewriter_scrolling(self, on: bool) -> None:
        pass

    def apply_preferences(self, key: str = "") -> None:
        pass


@pytest.fixture
def parts(qtbot, settings, prompts, tmp_path):
    host = QWidget()
    qtbot.addWidget(host)
    made = Parts(host, settings, prompts, tmp_path / "Documents")
    yield made
    doc = made.controller.document
    if doc is not None:
        doc.mark_saved()
        made.controller.close_project()


# --- PaneWiring --------------------------------------------------------------------------------

def test_wiring_shows_the_open_project_in_every_pane(parts, sample_copy):
    wiring = PaneWiring(parts)
    parts.controller.documentChanged.connect(wiring.set_document)
    wiring.set_document(None)
    assert not parts.editor.isEnabled() and not parts.action_map[ActionId.FILE_SAVE].isEnabled()
    assert parts.controller.open_path(sample_copy)
    doc = parts.controller.document
    assert parts.editor.toPlainText() == doc.text()
    sections = parts.outline.sections()
    assert sections and all(f"{'#' * s.level} {s.title}" in doc.text() for s in sections)
    assert parts.editor.isEnabled() and parts.action_map[ActionId.FILE_SAVE].isEnabled()
    before = parts.titles
    parts.editor.textCursor().insertText("x")
    assert doc.is_modified() and parts.titles > before


def test_wiring_reports_a_failed_image_through_the_prompts(parts, sample_copy, prompts):
    wiring = PaneWiring(parts)
    parts.controller.documentChanged.connect(wiring.set_document)
    assert parts.controller.open_path(sample_copy)
    parts.editor.imageImportFailed.emit("gone.png: not found")
    assert prompts.asked[-1] == ("show_error", ("The image was not added", "gone.png: not found"))


# --- WindowActions -----------------------------------------------------------------------------

def test_new_project_asks_the_title_and_folder_through_the_prompts(parts, prompts, tmp_path):
    target = tmp_path / "Fresh"
    prompts.answers.update(ask_text="  Fresh Start ", choose_new_project_folder=target)
    actions = WindowActions(parts)
    actions.new_project()
    assert prompts.names()[:2] == ["ask_text", "choose_new_project_folder"]
    assert parts.controller.document is not None
    assert parts.controller.document.manifest.article.title == "Fresh Start"
    assert open_project(target).manifest.article.title == "Fresh Start"


def test_new_project_cancelled_at_the_title_creates_nothing(parts, prompts):
    WindowActions(parts).new_project()  # ask_text answers None: cancelled
    assert prompts.names() == ["ask_text"] and parts.controller.document is None


def test_about_and_check_answer_through_the_prompts(parts, prompts, sample_copy):
    actions = WindowActions(parts)
    actions.about()
    assert prompts.names() == ["show_about"] and "Retro Editor" in prompts.args_of("show_about")[1]
    assert parts.controller.open_path(sample_copy)
    actions.check()
    assert prompts.args_of("show_info")[0] == "Check Project"


def test_the_action_table_drives_the_parts(parts):
    table = WindowActions(parts).table()
    table[ActionId.VIEW_FULL_SCREEN](True)
    table[ActionId.FILE_QUIT]()
    assert parts.full_screen == [True] and parts.closed


def test_backup_preferences_open_preferences_at_the_backups_page(parts, prompts):
    pages = []
    prompts.answers["edit_preferences"] = lambda dialog: pages.append(dialog.current_page())
    WindowActions(parts).table()[ActionId.PROJECT_BACKUP_PREFERENCES]()
    assert pages == ["backups"]


# --- Exporter ----------------------------------------------------------------------------------

def test_export_runs_what_the_writer_chose(qtbot, parts, prompts, sample_copy, tmp_path):
    destination = tmp_path / "out.md"
    prompts.answers["ask_export"] = ExportRequest(export_formats()["markdown"], destination, {})
    assert parts.controller.open_path(sample_copy)
    job = parts.exporter.ask_and_export()
    assert job is not None and parts.exporter.job is job
    with qtbot.waitSignal(job.done, timeout=30_000) as blocker:
        pass
    assert blocker.args == [None] and destination.is_file()
    assert parts.messages == [f"Exported {destination}"]
    formats, remembered, _default, last, drafts = prompts.args_of("ask_export")
    assert "markdown" in formats and last is None and drafts == []


def test_export_cancelled_in_the_dialog_writes_nothing(parts, prompts, sample_copy):
    assert parts.controller.open_path(sample_copy)
    assert parts.exporter.ask_and_export() is None
    assert prompts.names()[-1] == "ask_export" and parts.exporter.job is None


def test_export_asks_before_replacing_a_changed_file(qtbot, parts, prompts, sample_copy,
                                                     tmp_path):
    destination = tmp_path / "page.html"
    destination.write_text("written by hand", "utf-8")
    prompts.answers["confirm_replace_export_files"] = False
    assert parts.controller.open_path(sample_copy)
    job = parts.exporter.export(export_formats()["html"], destination, {})
    qtbot.waitUntil(lambda: job.finished, timeout=60_000)
    assert prompts.args_of("confirm_replace_export_files") == ([str(destination)],)
    assert destination.read_text("utf-8") == "written by hand"
    assert parts.messages == ["Export cancelled"]


# --- SafetyServices ----------------------------------------------------------------------------

@pytest.fixture
def safety_parts(parts):
    """SafetyServices needs even less: a plain-text editor is enough."""
    parts.editor = QPlainTextEdit(parts.host)
    parts.controller.documentChanged.connect(
        lambda doc: doc is not None and parts.editor.setDocument(doc.text_document))
    return parts


@pytest.fixture
def safety(safety_parts, tmp_path):
    services = SafetyServices(safety_parts, tmp_path / "recovery", tmp_path / "backups")
    yield services
    services.shutdown()


def test_backup_actions_ask_through_the_prompts(safety, safety_parts, prompts, sample_copy):
    assert safety_parts.controller.open_path(sample_copy)
    safety_parts.action_map[ActionId.PROJECT_RESTORE_BACKUP].trigger()
    assert prompts.args_of("show_info")[1] == "There are no backups of this project yet."


def test_a_restore_goes_through_choose_and_confirm(safety, safety_parts, prompts, sample_copy):
    assert safety_parts.controller.open_path(sample_copy)
    article = sample_copy / "article.md"
    original = article.read_text("utf-8")
    safety.backups.backup(sample_copy)
    assert safety.backups.flush()
    article.write_text("changed since the backup", "utf-8")
    assert safety_parts.controller.reload_or_report()
    prompts.answers.update(choose_backup=lambda backups: backups[0],
                           confirm_restore_backup=True)
    assert safety.backups.run_restore()
    assert prompts.names()[-2:] == ["choose_backup", "confirm_restore_backup"]
    assert article.read_text("utf-8") == original
    assert safety_parts.editor.toPlainText() == safety_parts.controller.document.text()
    assert safety_parts.messages[-1].startswith("Restored the backup of ")


def test_a_conflict_is_answered_through_the_prompts(qtbot, safety, safety_parts, prompts,
                                                    sample_copy):
    prompts.answers["ask_conflict"] = ConflictChoice.TAKE_THEIRS
    assert safety_parts.controller.open_path(sample_copy)
    safety_parts.editor.textCursor().insertText("mine ")
    (sample_copy / "article.md").write_text("# Theirs\n", "utf-8")
    safety.watcher.check_now()
    changed, _comparisons = prompts.args_of("ask_conflict")
    assert [p.name for p in changed] == ["article.md"]
    assert safety_parts.controller.document.text() == "# Theirs\n"
    assert safety_parts.messages[-1] == "article.md changed on disk and was reloaded."
