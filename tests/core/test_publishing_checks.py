"""Search and social warnings, text widths as result pages measure them, image sizes."""

from __future__ import annotations

import struct
import zlib

import pytest

from retro_editor.core.check import check_project
from retro_editor.core.image_size import image_size
from retro_editor.core.project import save_project
from retro_editor.core.publishing_checks import publishing_warnings
from retro_editor.core.search_preview import TITLE_MAX_PX, result_address, search_result
from retro_editor.core.text_width import fit_to_width, text_width


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)))


def jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def messages(project) -> dict[str | None, str]:
    return {w.field: w.message for w in publishing_warnings(project)}


def test_widths_follow_arial_metrics():
    assert text_width("iiii", 20) == pytest.approx(4 * 222 * 20 / 1000)
    assert text_width("WWWW", 20) == pytest.approx(4 * 944 * 20 / 1000)
    assert text_width("東京", 20) == 40  # wide characters count one em each
    assert text_width("e\u0301", 20) == text_width("e", 20)  # a combining accent has no width


def test_fit_cuts_at_a_word_by_width_not_characters():
    narrow = "illicit " * 20
    wide = "MMMMMMMM " * 20
    assert fit_to_width(narrow, TITLE_MAX_PX, 20).endswith(" ...")
    cut_narrow = fit_to_width(narrow, TITLE_MAX_PX, 20)
    cut_wide = fit_to_width(wide, TITLE_MAX_PX, 20)
    assert len(cut_narrow) > 2 * len(cut_wide)
    for cut in (cut_narrow, cut_wide):
        assert text_width(cut, 20) <= TITLE_MAX_PX
        assert cut[:-4].split(" ")[-1] in ("illicit", "MMMMMMMM")  # whole words only
    assert fit_to_width("Short title", TITLE_MAX_PX, 20) == "Short title"


def test_result_address_is_a_breadcrumb():
    assert result_address("https://example.org/a/b-c", "b-c") == "example.org › a › b-c"
    assert result_address(None, "b-c") == "… › b-c"


def test_image_size_reads_headers(tmp_path):
    for name, data, size in [("a.png", png(1600, 900), (1600, 900)),
                             ("b.jpg", jpeg(800, 420), (800, 420)),
                             ("c.gif", b"GIF89a" + struct.pack("<HH", 300, 200), (300, 200)),
                             ("d.png", b"not an image", None)]:
        (tmp_path / name).write_bytes(data)
        assert image_size(tmp_path / name) == size


def test_sample_has_no_publishing_warnings(project):
    assert publishing_warnings(project) == []
    assert search_result(project.manifest).title.startswith("Neon Harbor at 25")


def test_each_warning(project):
    article = project.manifest.article
    article.title = "An extremely long headline that keeps going well past the width " * 2
    article.summary = ""
    article.published, article.updated = "2024-10", "2024-09-30"
    project.manifest.publishing.publisher_url = "example.org"
    (project.folder / "assets" / "small.jpg").write_bytes(jpeg(800, 420))
    article.cover = "assets/small.jpg"
    project.text = ("# One\n\n![](assets/cover.png)\n\n<img src='x.png'>\n\n"
                    "#### Skipped\n\n# Two\n")
    save_project(project)
    found = messages(project)
    assert "over 600 px: it will be cut" in found["article.title"]
    assert "is empty" in found["article.summary"]
    assert found["article.cover"] == ("is 800×420 pixels; social cards want at least 1200×630")
    assert found["article.updated"] == "2024-09-30 is before the published date 2024-10"
    assert "not an http or https URL" in found["publishing.publisher_url"]
    lines = [w for w in publishing_warnings(project) if w.where == "article"]
    assert [w.field for w in lines] == ["line 3", "line 5", "line 9", "line 7"]
    assert "no alt text" in lines[0].message and "x.png" in lines[1].message
    assert lines[2].message.startswith("2 level-1 headings")
    assert lines[3].message.startswith("heading level 4 follows level 1")


@pytest.mark.parametrize(("published", "updated", "warned"), [
    ("2024", "2024-01-05", False), ("2024-03", "2024", False), ("2024-03-02", "2024-03-01", True),
    ("2024", "2023-12", True), (None, "2020", False)])
def test_updated_before_published_at_common_precision(project, published, updated, warned):
    project.manifest.article.published, project.manifest.article.updated = published, updated
    assert ("article.updated" in messages(project)) == warned


def test_check_lists_them_as_search_and_social_warnings(project):
    project.manifest.article.summary = ""
    [problem] = check_project(project)
    assert problem.level == "advice"
    assert str(problem).endswith("(search and social warning)")
