"""Markdown export with its images, opened again: the new project holds the images, so check
passes and the HTML export is the same page as the original project's."""

from __future__ import annotations

import re
import shutil

from conftest import SAMPLE, _png, export
from retro_editor.core.check import check_project
from retro_editor.core.project import open_project, save_project

_DATA_URI = re.compile(r'src="(data:image/[^"]+)"')


def test_sample_round_trip_keeps_images_text_and_metadata(sample_copy, tmp_path):
    (tmp_path / "out").mkdir()
    out = export(sample_copy, "markdown", tmp_path / "out" / "neon.md", images="copy")
    again = open_project(out)
    assert not again.import_problems
    assert [str(p) for p in check_project(again) if p.level == "error"] == []
    assert again.text == sample_copy.text
    for part in ("article", "facts", "related", "sections", "spelling", "typography"):
        assert getattr(again.manifest, part) == getattr(sample_copy.manifest, part), part

    before = export(sample_copy, "html", tmp_path / "before.html").read_text("utf-8")
    after = export(again, "html", tmp_path / "after.html").read_text("utf-8")
    assert _DATA_URI.findall(after) == _DATA_URI.findall(before) != []
    assert after == before

    save_project(again)
    assert sorted(p.name for p in again.assets_dir.iterdir()) == ["cover.png", "storyboard.png"]
    assert (again.assets_dir / "cover.png").read_bytes() == (SAMPLE / "assets" / "cover.png").read_bytes()
    reopened = open_project(again.folder)
    assert export(reopened, "html", tmp_path / "reopened.html").read_text("utf-8") == before


def test_images_elsewhere_are_taken_into_assets_and_relinked(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "sea view.png").write_bytes(_png(4, 4))
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "sea view.png").write_bytes(_png(6, 6))
    shutil.copyfile(SAMPLE / "assets" / "cover.png", tmp_path / "cover.png")
    md = tmp_path / "notes.md"
    md.write_text("---\ntitle: Notes\ncover: cover.png\n---\n"
                  "![one](<pics/sea view.png>) and ![two](shared/sea%20view.png)\n\n"
                  "![gone](pics/missing.png) ![web](https://example.org/x.png)\n\n"
                  "```\n![code](pics/sea view.png)\n```\n", encoding="utf-8")
    project = open_project(md)
    assert "![one](<assets/sea-view.png>) and ![two](assets/sea-view-2.png)" in project.text
    assert "![gone](pics/missing.png) ![web](https://example.org/x.png)" in project.text
    assert "```\n![code](pics/sea view.png)\n```" in project.text
    assert project.manifest.article.cover == "assets/cover.png"
    assert [p.reason for p in project.import_problems] == [
        "image pics/missing.png was not found beside the Markdown file; its link is kept"]
    save_project(project)
    assert (project.assets_dir / "sea-view.png").read_bytes() == _png(4, 4)
    assert (project.assets_dir / "sea-view-2.png").read_bytes() == _png(6, 6)
    assert (project.assets_dir / "cover.png").is_file()
    assert project.pending_assets == {}


def test_typography_settings_come_back(sample_copy, tmp_path):
    from retro_editor.core.manifest import TypographySettings

    sample_copy.manifest.typography = TypographySettings(smart_punctuation=False, captions="alt")
    again = open_project(export(sample_copy, "markdown", tmp_path / "neon.md", images="copy"))
    assert again.manifest.typography == sample_copy.manifest.typography
    assert not again.import_problems
