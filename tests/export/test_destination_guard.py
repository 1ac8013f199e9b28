"""Exports write only plain files (and folders) outside the project's own files, and include
only the project's own files (issue 11, items 2, 4 and 5).

Every format that writes a path is tried against a FIFO, a device node and a symbolic link at
its destination, and with a symbolic-link ``article.md`` or manifest.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from conftest import export, files_below
from retro_editor.core.errors import ProjectError
from retro_editor.export.registry import export_formats

ALL = ["html", "pdf", "docx", "epub", "markdown", "hugo", "jekyll"]
FILE_NAME = {"html": "out.html", "pdf": "out.pdf", "docx": "out.docx", "epub": "out.epub",
             "markdown": "out.md"}


def _inner_path(project, name: str, site: Path) -> Path:
    if name == "hugo":
        from retro_editor.export.frontmatter_out import slug_of

        return site / slug_of(project) / "index.md"
    from retro_editor.export.jekyll import post_name

    return site / "_posts" / post_name(project)


def _special_targets(project, name: str, tmp_path: Path) -> list[Path]:
    """Where the export would write a file: the destination, or a file inside it."""
    if name in FILE_NAME:
        return [tmp_path / FILE_NAME[name]]
    site = tmp_path / "site"
    inner = _inner_path(project, name, site)
    inner.parent.mkdir(parents=True)
    return [tmp_path / "not-a-folder", inner]


def _destination(name: str, target: Path, tmp_path: Path) -> Path:
    return target if name in FILE_NAME or target.name == "not-a-folder" else tmp_path / "site"


@pytest.fixture
def pdf_app(request):
    """The PDF exporter's checks run before Qt starts; a QApplication is there regardless."""
    if "pdf" in request.node.name:
        request.getfixturevalue("qapp")


@pytest.mark.parametrize("name", ALL)
def test_a_fifo_destination_is_refused_and_left_a_fifo(name, sample_copy, tmp_path, pdf_app):
    """Repro: ``mkfifo out.html; retro-editor export P -f html -o out.html`` replaced the
    FIFO with a regular file (main: no error, the FIFO gone)."""
    for target in _special_targets(sample_copy, name, tmp_path):
        os.mkfifo(target)
        with pytest.raises(ProjectError, match="device, pipe or socket"):
            export(sample_copy, name, _destination(name, target, tmp_path))
        assert stat.S_ISFIFO(os.lstat(target).st_mode)
        target.unlink()


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
@pytest.mark.parametrize("name", ALL)
def test_a_device_destination_is_refused_and_left_a_device(name, sample_copy, tmp_path,
                                                           pdf_app):
    """Repro: as root, ``-o /dev/null`` replaced the system's /dev/null with a regular file.
    Here a private copy of the null device stands for it (main: replaced by a file)."""
    for target in _special_targets(sample_copy, name, tmp_path):
        os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        with pytest.raises(ProjectError, match="device, pipe or socket"):
            export(sample_copy, name, _destination(name, target, tmp_path))
        assert stat.S_ISCHR(os.lstat(target).st_mode)
        target.unlink()


@pytest.mark.parametrize("name", ALL)
def test_a_symbolic_link_destination_is_refused(name, sample_copy, tmp_path, pdf_app):
    """Repro: a symbolic link at the destination was followed and its target overwritten
    (main: the file elsewhere replaced by the export)."""
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me", "utf-8")
    for target in _special_targets(sample_copy, name, tmp_path):
        target.symlink_to(elsewhere)
        with pytest.raises(ProjectError, match="symbolic link"):
            export(sample_copy, name, _destination(name, target, tmp_path))
        assert target.is_symlink() and elsewhere.read_text("utf-8") == "keep me"
        target.unlink()


def _destination_for(name: str, tmp_path: Path) -> Path:
    return tmp_path / (FILE_NAME.get(name) or "site")


@pytest.mark.parametrize("linked", ["article.md", "manifest"])
@pytest.mark.parametrize("name", ALL)
def test_a_symbolic_link_article_or_manifest_is_refused(name, linked, sample_copy, tmp_path,
                                                        pdf_app):
    """Repro: ``article.md`` (or the manifest) replaced by a link to a file outside the
    project; the export included the target's contents (main: exported without a word)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    source = sample_copy.article_path if linked == "article.md" else sample_copy.manifest_path
    secret = outside / source.name
    secret.write_bytes(source.read_bytes())
    source.unlink()
    source.symlink_to(secret)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ProjectError, match="symbolic link") as info:
        export(sample_copy, name, _destination_for(name, out))
    assert str(source) in str(info.value)
    assert files_below(out) == []


@pytest.mark.parametrize("own", ["manifest", "article.md", "assets/cover.png"])
@pytest.mark.parametrize("name", ["html", "pdf", "docx", "epub", "markdown"])
def test_a_destination_among_the_project_files_is_refused(name, own, sample_copy, pdf_app):
    """Repro: ``-o PROJECT/name.retro`` or ``-o PROJECT/article.md`` overwrote the project
    itself (main: the manifest replaced by the export, the project broken)."""
    target = {"manifest": sample_copy.manifest_path, "article.md": sample_copy.article_path,
              "assets/cover.png": sample_copy.assets_dir / "cover.png"}[own]
    before = target.read_bytes()
    with pytest.raises(ProjectError, match="project's own files"):
        export(sample_copy, name, target)
    assert target.read_bytes() == before


@pytest.mark.parametrize("name", ALL)
def test_a_second_manifest_in_the_project_is_refused(name, sample_copy, pdf_app):
    """A new ``.retro`` file beside the manifest would make the folder unopenable."""
    destination = sample_copy.folder / ("other.retro" if name in FILE_NAME else "x.retro")
    with pytest.raises(ProjectError, match="project's own files"):
        export(sample_copy, name, destination)
    assert not destination.exists()


def test_a_hugo_bundle_named_assets_cannot_replace_the_project_assets(sample_copy):
    """Repro: a Hugo bundle whose slug is ``assets``, exported into the project folder,
    replaced the project's own ``assets/`` (main: every image of the project gone)."""
    sample_copy.manifest.article.slug = "assets"
    before = files_below(sample_copy.assets_dir)
    with pytest.raises(ProjectError, match="project's own files"):
        export(sample_copy, "hugo", sample_copy.folder)
    assert files_below(sample_copy.assets_dir) == before


def test_a_jekyll_export_into_the_project_leaves_its_assets_alone(sample_copy):
    """Jekyll writes ``assets/SLUG/``: inside the project that is the project's own folder."""
    before = files_below(sample_copy.assets_dir)
    with pytest.raises(ProjectError, match="project's own files"):
        export(sample_copy, "jekyll", sample_copy.folder)
    assert files_below(sample_copy.assets_dir) == before


def test_an_export_beside_the_project_files_is_allowed(sample_copy):
    """Only the project's own files are protected: a new page in its folder is fine."""
    page = export(sample_copy, "html", sample_copy.folder / "page.html")
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("name", ["html", "docx", "epub", "markdown"])
def test_an_image_that_is_a_fifo_is_named_not_waited_on(name, sample_copy, tmp_path):
    """An image in assets/ that is a named pipe: every export refuses it at once with the
    real cause (it was reported as a missing image)."""
    fifo = sample_copy.folder / "assets" / "pipe.png"
    os.mkfifo(fifo)
    sample_copy.text += "\n![A pipe](assets/pipe.png)\n"
    fmt = export_formats()[name]
    options = fmt.resolve_options({"images": "copy"} if name == "markdown" else {})
    with pytest.raises(ProjectError) as refused:
        for _ in fmt.run(sample_copy, tmp_path / f"out{fmt.extension}", options):
            pass
    assert str(refused.value) == f"{fifo}: is not a regular file, so it cannot be an image"
