"""Failures name the file and leave nothing half-written; every format is reachable from the
registry, the command line and the export dialog."""

from __future__ import annotations

import pytest

from conftest import export, files_below, run_cli
from retro_editor.core.errors import ProjectError
from retro_editor.export.registry import export_formats

NO_QT = ["html", "docx", "epub", "markdown", "hugo", "jekyll"]
DESTINATION = {"html": "out.html", "pdf": "out.pdf", "docx": "out.docx", "epub": "out.epub",
               "markdown": "out.md", "hugo": "content", "jekyll": "site"}


def test_registry_formats_and_options():
    formats = export_formats()
    assert list(formats) == ["html", "pdf", "docx", "epub", "markdown", "hugo", "jekyll"]
    options = {name: {o.name: o.default for o in fmt.options} for name, fmt in formats.items()}
    assert options["html"] == {"images": "embed", "theme": "", "image_url": ""}
    assert options["pdf"] == {"page_size": "A4", "margin_mm": "18", "theme": ""}
    assert options["epub"] == {"chapters": "sections", "theme": ""}
    assert options["hugo"] == {"draft": False, "keep_title": False, "raw_html": False}
    assert options["jekyll"] == {"layout": "post", "keep_title": False, "raw_html": False}
    assert options["markdown"] == {"images": "keep", "raw_html": False}
    assert formats["pdf"].runs_on_gui_thread
    assert not any(f.runs_on_gui_thread for n, f in formats.items() if n != "pdf")
    assert {n for n, f in formats.items() if f.writes_folder} == {"hugo", "jekyll"}


@pytest.mark.parametrize("name", NO_QT)
def test_missing_image_is_named_and_nothing_is_written(name, sample_copy, tmp_path):
    (sample_copy.assets_dir / "storyboard.png").unlink()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ProjectError) as info:
        export(sample_copy, name, out / DESTINATION[name])
    assert "storyboard.png" in str(info.value) and "missing" in str(info.value)
    assert files_below(out) == []


def test_missing_image_pdf(sample_copy, tmp_path, qapp):
    (sample_copy.assets_dir / "cover.png").unlink()
    with pytest.raises(ProjectError, match="cover.png"):
        export(sample_copy, "pdf", tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize("name", NO_QT)
def test_read_only_folder_is_named_and_left_empty(name, sample_copy, read_only_folder):
    destination = read_only_folder / DESTINATION[name]
    with pytest.raises(ProjectError) as info:
        export(sample_copy, name, destination)
    assert str(read_only_folder) in str(info.value)
    assert files_below(read_only_folder) == []


def test_a_failed_reexport_keeps_the_previous_one(sample_copy, tmp_path):
    content = tmp_path / "content"
    export(sample_copy, "hugo", content)
    before = files_below(content)
    (sample_copy.assets_dir / "cover.png").unlink()
    with pytest.raises(ProjectError):
        export(sample_copy, "hugo", content)
    assert files_below(content) == before


@pytest.mark.parametrize("name", NO_QT)
def test_command_line_exports_every_format(name, sample_copy, tmp_path):
    destination = tmp_path / DESTINATION[name]
    sets = ["--set", "draft=true"] if name == "hugo" else []
    result = run_cli("export", str(sample_copy.folder), "-f", name, "-o", str(destination), "-q",
                     *sets)
    assert result.returncode == 0, result.stderr
    assert destination.exists()


def test_command_line_error_is_one_line(sample_copy, tmp_path):
    (sample_copy.assets_dir / "cover.png").unlink()
    result = run_cli("export", str(sample_copy.folder), "-f", "docx", "-o", str(tmp_path / "x.docx"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "cover.png" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_dialog_offers_every_format_with_its_options(qtbot, tmp_path):
    from retro_editor.ui.export_dialog import ExportDialog

    formats = export_formats()
    dialog = ExportDialog(formats, {}, lambda fmt: tmp_path / f"x{fmt.extension}", "epub",
                          prompts=None)
    qtbot.addWidget(dialog)
    assert [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())] == list(formats)
    assert dialog.current_format().name == "epub"
    assert set(dialog.options()) == {"chapters", "theme"}
    dialog.format_box.setCurrentIndex(list(formats).index("pdf"))
    assert dialog.options() == {"page_size": "A4", "margin_mm": "18", "theme": ""}
    assert formats["pdf"].resolve_options(dialog.options())["page_size"] == "A4"
