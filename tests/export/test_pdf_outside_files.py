"""The printed PDF page may load only the project's own files, like the preview
(issue 11, item 1)."""

from __future__ import annotations

import subprocess

import pytest

from conftest import _png, export
from retro_editor.core.errors import ProjectError


def pdf_image_sizes(path) -> list[tuple[int, int]]:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    return [(int(line.split()[3]), int(line.split()[4])) for line in listing]


@pytest.fixture
def outside_png(tmp_path):
    path = tmp_path / "elsewhere" / "private.png"
    path.parent.mkdir()
    path.write_bytes(_png(311, 97))
    return path


def test_an_absolute_image_path_in_raw_html_is_refused(sample_copy, outside_png, tmp_path,
                                                       qapp):
    """Repro: ``<img src="/abs/path.png">`` in the article printed that file from anywhere
    on disk into the PDF (main: ``pdfimages -list`` shows a 311x97 image)."""
    sample_copy.text += f'\n\n<img src="{outside_png}" alt="private">\n'
    with pytest.raises(ProjectError, match="outside the project") as info:
        export(sample_copy, "pdf", tmp_path / "out.pdf")
    assert str(outside_png) in str(info.value)
    assert not (tmp_path / "out.pdf").exists()


def test_a_parent_relative_image_in_raw_html_is_refused(sample_copy, outside_png, tmp_path,
                                                        qapp):
    """``../`` from the page's temporary folder would reach the rest of the disk as well
    (already refused on main, kept as a guard)."""
    sample_copy.text += f'\n\n<img src="../../../../../../../..{outside_png}" alt="p">\n'
    with pytest.raises(ProjectError, match="(outside|inside) the project"):
        export(sample_copy, "pdf", tmp_path / "out.pdf")


def test_a_file_url_cover_is_refused(sample_copy, outside_png, tmp_path, qapp):
    """Repro: a cover ``file:///…`` was printed into the PDF although check flagged it
    (main: the 311x97 image in the PDF)."""
    sample_copy.manifest.article.cover = outside_png.as_uri()
    with pytest.raises(ProjectError, match="article.cover"):
        export(sample_copy, "pdf", tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


def test_the_projects_own_images_are_still_printed(sample_copy, tmp_path, qapp):
    pdf = export(sample_copy, "pdf", tmp_path / "out.pdf")
    assert len(pdf_image_sizes(pdf)) >= 2
