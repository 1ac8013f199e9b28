"""Windows artifacts: a zip of the app folder and, when Inno Setup's compiler ``iscc`` is
installed, the installer built from ``packaging/windows/retro-editor.iss``.

The app folder holds ``retro-editor.exe`` (windowed) and ``retro-editor-cli.exe`` (console, so
``retro-editor-cli export …`` prints), both with the ``.ico`` rendered by ``icons.py`` and the
version resource written here from ``packaging/windows/version_info.txt``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

WINDOWS = Path(__file__).resolve().parent / "windows"
ISCC_LOCATIONS = (
    r"%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe",
    r"%ProgramFiles%\Inno Setup 6\ISCC.exe",
    r"%LocalAppData%\Programs\Inno Setup 6\ISCC.exe",
)


def _arch(machine: str) -> str:
    return {"x86_64": "x64", "arm64": "arm64"}.get(machine, machine)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", version.split("-")[0].split("+")[0])][:4]
    return tuple(numbers + [0] * (4 - len(numbers)))


def write_version_file(version: str, folder: Path) -> Path:
    """The VSVersionInfo file PyInstaller embeds in both executables."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (WINDOWS / "version_info.txt").read_text(encoding="utf-8")
    text = text.replace("@VERSION_TUPLE@", repr(version_tuple(version)))
    text = text.replace("@VERSION@", version)
    target = folder / "version_info.txt"
    target.write_text(text, encoding="utf-8")
    return target


def build_zip(app: Path, version: str, dist: Path, machine: str) -> Path:
    base = dist / f"retro-editor-{version}-windows-{_arch(machine)}"
    return Path(shutil.make_archive(str(base), "zip", root_dir=app.parent, base_dir=app.name))


def find_iscc() -> str | None:
    found = shutil.which("iscc")
    if found:
        return found
    for location in ISCC_LOCATIONS:
        path = Path(os.path.expandvars(location))
        if path.is_file():
            return str(path)
    return None


def build_installer(app: Path, version: str, dist: Path, machine: str,
                    icon: Path) -> Path | None:
    """``retro-editor-VERSION-windows-ARCH-setup.exe``, or None without Inno Setup."""
    iscc = find_iscc()
    if iscc is None:
        print("build: note: Inno Setup (iscc) is not installed; no installer built", flush=True)
        return None
    name = f"retro-editor-{version}-windows-{_arch(machine)}-setup"
    subprocess.run([iscc, "/Q", f"/DAppVersion={version}", f"/DSourceDir={app}",
                    f"/DOutputDir={dist}", f"/DOutputName={name}", f"/DIconFile={icon}",
                    str(WINDOWS / "retro-editor.iss")], check=True)
    return dist / f"{name}.exe"
