"""Renders the app icon (``resources/icons/retro-editor.svg``) to what each platform needs.

PNGs come from Qt's SVG renderer on the offscreen platform, so no display and no extra tool is
needed. The Windows ``.ico`` and the macOS ``.icns`` are simple containers of PNG images and are
written here directly (PNG entries are valid in ICO files since Windows Vista and in ICNS files
since macOS 10.7), so every platform's icon can be built, and checked, on any platform.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

#: hicolor theme sizes installed on Linux
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: sizes inside the Windows .ico (256 is stored as 0 in the directory)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry types holding PNG data, by pixel size (the @2x types reuse a larger image)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["retro-editor-icons"])


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels with transparency, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"cannot encode a {size}px PNG of {svg}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG per size."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family holding PNG entries for every size it has."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build_icons(svg: Path, out: Path) -> dict[str, Path]:
    """Writes ``png/NxN.png`` for every size, ``retro-editor.ico`` and ``retro-editor.icns``."""
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    png_dir = out / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size in HICOLOR_SIZES:
        (png_dir / f"{size}x{size}.png").write_bytes(pngs[size])
    ico = out / "retro-editor.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out / "retro-editor.icns"
    icns.write_bytes(icns_bytes(pngs))
    return {"png": png_dir, "ico": ico, "icns": icns, "svg": svg}
