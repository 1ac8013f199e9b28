"""The start screen in the real window: shown while no project is open, its recent list
(title, words, last edit; open, remove, clear) and its buttons, all from the keyboard."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from retro_editor.app import default_project
from retro_editor.core.project import open_project
from retro_editor.core.textstats import count_words
from retro_editor.ui import settings as keys


def wait_for_summaries(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: all(item.text(2) for item in screen.items()), timeout=5000)


@pytest.fixture
def two_projects(settings, sample_copy, tmp_path):
    second = tmp_path / "Second"
    shutil.copytree(sample_copy, second)
    settings.add_recent_project(str(tmp_path / "Gone"))
    settings.add_recent_project(str(second))
    settings.add_recent_project(str(sample_copy))
    return sample_copy, second


def test_no_project_shows_the_start_screen_over_the_panels(qtbot, window, sample_copy):
    assert window.start_switch.showing() and window.start_screen.isVisible()
    screen, central = window.start_screen.geometry(), window.centralWidget().geometry()
    assert screen.top() == central.top() and screen.width() == window.width()
    assert window.focusWidget() is window.start_screen.new_button  # no recent project yet
    assert window.open_project(sample_copy)
    assert not window.start_switch.showing() and window.editor.isVisible()
    assert window.outline_dock.isVisible() and window.side_dock.isVisible()
    window.action_map["file.close"].trigger()
    assert window.start_switch.showing()
    assert window.start_screen.paths()[0] == str(sample_copy)
    assert window.focusWidget() is window.start_screen.recent


def test_recent_projects_show_title_words_and_last_edit(qtbot, window, two_projects):
    first, _second = two_projects
    screen = window.start_screen
    screen.refresh()
    wait_for_summaries(qtbot, screen)
    project = open_project(first)
    top = screen.items()[0]
    assert top.text(0) == project.manifest.article.title
    assert top.text(1).replace(",", "") == str(count_words(project.text))
    assert top.text(2) and top.text(2) != "cannot be opened"
    assert screen.items()[2].text(2) == "cannot be opened"


def test_the_keyboard_opens_removes_and_clears(qtbot, window, two_projects, settings):
    first, second = two_projects
    screen = window.start_screen
    screen.refresh()
    screen.setFocus()
    assert screen.recent.hasFocus() or window.focusWidget() is screen.recent
    qtbot.keyClick(screen.recent, Qt.Key_Down)
    qtbot.keyClick(screen.recent, Qt.Key_Delete)
    assert settings.recent_projects() == [str(first), str(two_projects[0].parent / "Gone")]
    assert screen.recent.current_path() == str(two_projects[0].parent / "Gone")
    qtbot.keyClick(screen.recent, Qt.Key_Up)
    qtbot.keyClick(screen.recent, Qt.Key_Return)
    assert window.controller.document.project.folder == first
    window.action_map["file.close"].trigger()
    qtbot.mouseClick(screen.clear_button, Qt.LeftButton)
    assert settings.recent_projects() == [] and settings.get(keys.LAST_PROJECT) == ""
    assert screen.empty_label.isVisible() and not screen.recent.isVisible()
    assert not screen.clear_button.isVisible()
    assert second.is_dir()  # removing from the list leaves the project alone


def test_a_project_that_is_gone_is_reported_and_leaves_the_list(qtbot, window, two_projects,
                                                                 prompts, settings):
    gone = str(two_projects[0].parent / "Gone")
    screen = window.start_screen
    screen.refresh()
    screen.recent.setCurrentItem(screen.items()[2])
    qtbot.mouseClick(screen.open_recent_button, Qt.LeftButton)
    assert prompts.names() == ["show_error"]
    assert gone not in settings.recent_projects() and gone not in screen.paths()


def test_the_buttons_start_new_open_and_the_sample(qtbot, window, prompts, tmp_path):
    screen = window.start_screen
    window.documents_dir = tmp_path / "Documents"
    qtbot.mouseClick(screen.new_button, Qt.LeftButton)
    qtbot.mouseClick(screen.open_button, Qt.LeftButton)
    assert prompts.names() == ["ask_text", "choose_project_to_open"]
    screen.sample_button.setFocus()
    qtbot.keyClick(screen.sample_button, Qt.Key_Space)
    document = window.controller.document
    assert document is not None and not window.controller.read_only
    assert document.project.folder.parent == tmp_path / "Documents" / "Retro Editor"
    assert not window.start_switch.showing()


def test_the_app_opens_the_last_project_or_shows_the_start_screen(settings, sample_copy):
    assert default_project(settings) is None
    settings.add_recent_project(str(sample_copy))
    assert default_project(settings) == sample_copy
    shutil.rmtree(sample_copy)
    assert default_project(settings) is None
