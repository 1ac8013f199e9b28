"""An export replaces only files it wrote before and that are unchanged since; it never
deletes what it did not write (issue 11, item 3). The record is ``.retro-export.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import export, files_below, run_cli
from retro_editor.core.errors import ProjectError
from retro_editor.export.registry import export_formats

RECORD_NAME = ".retro-export.json"


def test_a_jekyll_slug_named_css_keeps_the_sites_stylesheets(sample_copy, tmp_path):
    """Repro: a Jekyll export of an article whose slug is ``css`` into a site with
    ``assets/css/main.css`` wiped that folder (main: the stylesheet gone)."""
    site = tmp_path / "site"
    (site / "assets" / "css").mkdir(parents=True)
    (site / "assets" / "css" / "main.css").write_text("body { color: red }", "utf-8")
    sample_copy.manifest.article.slug = "css"
    export(sample_copy, "jekyll", site)
    assert (site / "assets" / "css" / "main.css").read_text("utf-8") == "body { color: red }"
    assert (site / "assets" / "css" / "cover.png").is_file()


def test_html_copy_keeps_an_existing_files_folder(sample_copy, tmp_path):
    """Repro: an HTML export with images=copy to notes.html deleted an existing
    ``notes_files/`` (main: the writer's own notes in it gone)."""
    own = tmp_path / "notes_files" / "my-notes.txt"
    own.parent.mkdir()
    own.write_text("mine", "utf-8")
    export(sample_copy, "html", tmp_path / "notes.html", images="copy")
    assert own.read_text("utf-8") == "mine"
    assert (tmp_path / "notes_files" / "assets" / "cover.png").is_file()


def test_a_hugo_bundle_is_added_beside_a_folder_it_did_not_write(sample_copy, tmp_path):
    """Repro: a Hugo bundle replaced an existing folder of the same name wholesale."""
    content = tmp_path / "content"
    bundle = content / "neon-harbor-at-25"
    bundle.mkdir(parents=True)
    (bundle / "notes.txt").write_text("mine", "utf-8")
    export(sample_copy, "hugo", content)
    assert (bundle / "notes.txt").read_text("utf-8") == "mine"
    assert (bundle / "index.md").is_file()


def test_the_record_lists_what_was_written_with_hashes(sample_copy, tmp_path):
    export(sample_copy, "html", tmp_path / "page.html", images="copy")
    record = json.loads((tmp_path / RECORD_NAME).read_text("utf-8"))
    files = record["exports"]["html:page.html"]
    assert record["version"] == 1
    assert "page.html" in files and "page_files/assets/cover.png" in files
    assert all(len(digest) == 64 for digest in files.values())


def test_a_reexport_replaces_its_own_files_and_removes_those_no_longer_used(sample_copy,
                                                                            tmp_path):
    export(sample_copy, "html", tmp_path / "page.html", images="copy")
    old_image = tmp_path / "page_files" / "assets" / "cover.png"
    sample_copy.manifest.article.cover = None
    sample_copy.text = sample_copy.text.replace("](assets/", "](https://example.org/")
    export(sample_copy, "html", tmp_path / "page.html", images="copy")
    assert not old_image.exists()
    assert "example.org" in (tmp_path / "page.html").read_text("utf-8")


@pytest.mark.parametrize("name,target", [
    ("html", "page.html"), ("docx", "page.docx"), ("epub", "page.epub"),
    ("markdown", "page.md"), ("hugo", "neon-harbor-at-25/index.md"),
])
def test_a_file_changed_since_the_export_is_not_replaced_without_force(name, target,
                                                                       sample_copy, tmp_path):
    """A file the writer edited after exporting is theirs now: the export refuses, and
    replaces it only when forced."""
    destination = tmp_path / ("content" if name == "hugo" else target)
    export(sample_copy, name, destination)
    edited = (tmp_path / "content" / target) if name == "hugo" else destination
    edited.write_bytes(b"edited by hand")
    with pytest.raises(ProjectError, match="changed since") as info:
        export(sample_copy, name, destination)
    assert type(info.value).__name__ == "ExportConflict" and info.value.paths == [edited]
    assert "--force" in str(info.value)
    assert edited.read_bytes() == b"edited by hand"
    fmt = export_formats()[name]
    for _ in fmt.run(sample_copy, destination, fmt.resolve_options({}), force=True):
        pass
    assert edited.read_bytes() != b"edited by hand"


def test_a_file_the_export_did_not_write_is_a_conflict(sample_copy, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("someone else's page", "utf-8")
    with pytest.raises(ProjectError, match="changed since"):
        export(sample_copy, "html", page)
    assert page.read_text("utf-8") == "someone else's page"


def test_a_changed_stale_file_is_kept(sample_copy, tmp_path):
    """A file an earlier export wrote, no longer needed but edited since, is not removed."""
    export(sample_copy, "html", tmp_path / "page.html", images="copy")
    image = tmp_path / "page_files" / "assets" / "cover.png"
    image.write_bytes(b"my own drawing")
    sample_copy.manifest.article.cover = None
    sample_copy.text = sample_copy.text.replace("](assets/", "](https://example.org/")
    export(sample_copy, "html", tmp_path / "page.html", images="copy")
    assert image.read_bytes() == b"my own drawing"


def test_two_exports_share_a_folder(sample_copy, tmp_path):
    export(sample_copy, "html", tmp_path / "a.html")
    export(sample_copy, "docx", tmp_path / "a.docx")
    export(sample_copy, "html", tmp_path / "a.html")
    record = json.loads((tmp_path / RECORD_NAME).read_text("utf-8"))
    assert set(record["exports"]) == {"html:a.html", "docx:a.docx"}
    assert files_below(tmp_path)[:1] == [RECORD_NAME]


def test_the_command_line_refuses_without_force_and_replaces_with_it(sample_copy, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("edited", "utf-8")
    refused = run_cli("export", str(sample_copy.folder), "-f", "html", "-o", str(page), "-q")
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert page.read_text("utf-8") == "edited"
    forced = run_cli("export", str(sample_copy.folder), "-f", "html", "-o", str(page), "-q",
                     "--force")
    assert forced.returncode == 0, forced.stderr
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")


def _export_in_window(qtbot, window, destination: Path, answers: list[bool]) -> list[list[str]]:
    from retro_editor.export.registry import export_formats

    asked: list[list[str]] = []

    def confirm(paths: list[str]) -> bool:
        asked.append(paths)
        return answers.pop(0)

    window.prompts.confirm_replace_export_files = confirm
    window.prompts.show_error = lambda *a, **k: pytest.fail(f"error shown: {a}")
    job = window.exporter.export(export_formats()["html"], destination, {})
    qtbot.waitUntil(lambda: job.finished, timeout=60000)
    if asked and answers == [] and window.exporter.job is not job:
        qtbot.waitUntil(lambda: window.exporter.job.finished, timeout=60000)
    return asked


@pytest.mark.parametrize("answer", [True, False])
def test_the_app_asks_before_replacing_a_changed_file(answer, qtbot, tmp_path, sample_copy):
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.prompts import CloseAnswer
    from retro_editor.ui.settings import Settings

    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    assert window.controller.open_path(sample_copy.folder)
    page = tmp_path / "page.html"
    page.write_text("edited", "utf-8")
    asked = _export_in_window(qtbot, window, page, [answer])
    assert asked == [[str(page)]]
    replaced = page.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert replaced is answer
    window.prompts.ask_save_changes = lambda _name: CloseAnswer.DISCARD
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_record_file_it_cannot_read_is_left_alone(sample_copy, tmp_path):
    """A ``.retro-export.json`` that is not an export record is someone else's file."""
    record = tmp_path / RECORD_NAME
    record.write_text("not json", "utf-8")
    with pytest.raises(ProjectError, match="not an export record"):
        export(sample_copy, "html", tmp_path / "page.html")
    assert record.read_text("utf-8") == "not json"
    assert not (tmp_path / "page.html").exists()
