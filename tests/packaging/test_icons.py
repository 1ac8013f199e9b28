"""The icon renderer: PNG sizes, and ICO/ICNS containers that hold what they claim."""

from __future__ import annotations

import struct
from pathlib import Path

import icons
import pytest

SVG = Path(__file__).resolve().parents[2] / "resources" / "icons" / "retro-editor.svg"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_MAGIC)
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    return icons.build_icons(SVG, tmp_path_factory.mktemp("icons"))


def test_hicolor_pngs_have_their_sizes(built):
    for size in icons.HICOLOR_SIZES:
        data = (built["png"] / f"{size}x{size}.png").read_bytes()
        assert png_size(data) == (size, size)


def test_icon_is_not_blank(built):
    from PySide6.QtGui import QImage

    image = QImage(str(built["png"] / "64x64.png"))
    assert image.pixelColor(32, 32).alpha() == 255  # the middle is painted
    assert image.pixelColor(0, 0).alpha() < 255  # the rounded corner is not


def test_ico_directory_points_at_pngs_of_each_size(built):
    data = built["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(sorted(icons.ICO_SIZES)):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert (planes, bits) == (1, 32)
        assert png_size(data[offset:offset + length]) == (size, size)


def test_icns_entries_are_pngs_of_their_type_size(built):
    data = built["icns"].read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = dict(icons.ICNS_TYPES)
    found = {}
    position = 8
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack(">I", data[position + 4:
                                                                           position + 8])[0]
        found[kind] = png_size(data[position + 8:position + length])
        position += length
    assert found == {kind: (size, size) for kind, size in expected.items()}
