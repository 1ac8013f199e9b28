"""The start screen's summary of a recent project, read without opening it."""

from __future__ import annotations

import os
import shutil

from retro_editor.core.lock import LOCK_NAME
from retro_editor.core.project import open_project
from retro_editor.core.recent_projects import summarize
from retro_editor.core.textstats import count_words


def test_title_words_and_last_edit(tmp_path, sample_project_dir):
    folder = tmp_path / "copy"
    shutil.copytree(sample_project_dir, folder)
    os.utime(folder / "article.md", (1_700_000_000, 1_700_000_000))
    os.utime(next(folder.glob("*.retro")), (1_600_000_000, 1_600_000_000))
    project = open_project(folder)
    summary = summarize(folder)
    assert summary.title == project.manifest.article.title
    assert summary.words == count_words(project.text) > 1000
    assert summary.edited == 1_700_000_000
    assert summary.problem == ""
    assert not (folder / LOCK_NAME).exists()


def test_a_missing_or_broken_project_is_summarized_with_the_reason(tmp_path):
    gone = summarize(tmp_path / "gone")
    assert gone.title == "gone" and gone.words is None and gone.problem
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "x.retro").write_text("{not json", "utf-8")
    (broken / "article.md").write_text("Hello", "utf-8")
    summary = summarize(broken)
    assert summary.title == "broken" and summary.words is None and "line 1" in summary.problem


def test_an_untitled_project_shows_its_folder_name(tmp_path):
    folder = tmp_path / "Untitled piece"
    folder.mkdir()
    (folder / "p.retro").write_text('{"format": "retro-editor/2", "article": {"title": " "}}',
                                    "utf-8")
    (folder / "article.md").write_text("one two three\n", "utf-8")
    summary = summarize(folder)
    assert (summary.title, summary.words) == ("Untitled piece", 3)
