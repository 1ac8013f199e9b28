"""The one list of image types: import, the editor's drop and the file choosers agree."""

from __future__ import annotations

import os

import pytest

from retro_editor.core.assets import (
    IMAGE_SUFFIXES,
    image_name_patterns,
    image_type_problem,
    import_image_file,
    is_accepted_image,
    is_refused_image,
)
from retro_editor.core.errors import ProjectError
from retro_editor.testing.hang_guard import BOUND, returns_within


def test_import_refuses_a_tif_naming_the_accepted_types(tmp_path):
    source = tmp_path / "scan.tif"
    source.write_bytes(b"II*\x00")
    with pytest.raises(ProjectError) as info:
        import_image_file(tmp_path / "assets", source)
    assert str(info.value) == str(image_type_problem(source))
    assert all(suffix in str(info.value) for suffix in IMAGE_SUFFIXES)
    assert not (tmp_path / "assets").exists()


@pytest.mark.parametrize("name", ["a.PNG", "b.jpeg", "c.svg", "d.avif"])
def test_accepted_images_are_imported(tmp_path, name):
    source = tmp_path / name
    source.write_bytes(b"data")
    assert is_accepted_image(source) and image_type_problem(source) is None
    assert import_image_file(tmp_path / "assets", source) == f"assets/{name[0]}.{name[2:].lower()}"


def test_refused_images_are_images_of_other_types():
    assert is_refused_image("scan.tif") and is_refused_image("scan.TIFF")
    assert not is_refused_image("notes.txt") and not is_refused_image("a.png")


def test_file_chooser_patterns_list_every_accepted_type():
    assert sorted(image_name_patterns().split()) == sorted(f"*{s}" for s in IMAGE_SUFFIXES)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_named_like_an_image_is_refused_not_waited_on(tmp_path):
    """Repro: ``mkfifo photo.png`` then adding it as an image (drop, Insert Image, the side
    panel's cover chooser): the import blocked forever in ``read_bytes``, freezing the window."""
    source = tmp_path / "photo.png"
    os.mkfifo(source)
    with pytest.raises(ProjectError) as info:
        returns_within(BOUND, import_image_file, tmp_path / "assets", source)
    assert str(info.value) == (f"{source}: cannot read the image: is not a regular file "
                               "(a pipe, device or socket); it was not read")
    assert not (tmp_path / "assets").exists()
