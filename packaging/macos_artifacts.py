"""macOS artifact: a compressed disk image holding ``Retro Editor.app`` and a link to
/Applications, made with ``hdiutil`` (so only on macOS).

The .app itself comes from PyInstaller's BUNDLE step in ``retro-editor.spec``, with the
Info.plist from ``packaging/macos/Info.plist`` (the ``.retro`` document type, exported as the
UTType ``org.retroeditor.project``) and the ``.icns`` rendered by ``icons.py``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

VOLUME_NAME = "Retro Editor"


def build_dmg(app: Path, version: str, arch: str, dist: Path, work: Path) -> Path:
    """``retro-editor-VERSION-macos-ARCH.dmg``: the app beside an Applications link."""
    if shutil.which("hdiutil") is None:
        raise RuntimeError("hdiutil is not available: disk images are built on macOS")
    if work.exists():
        shutil.rmtree(work)
    staging = work / VOLUME_NAME
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    target = dist / f"retro-editor-{version}-macos-{arch}.dmg"
    target.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", f"{VOLUME_NAME} {version}", "-srcfolder",
                    str(staging), "-fs", "HFS+", "-format", "UDZO", "-ov", str(target)],
                   check=True)
    return target
