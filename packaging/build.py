"""Builds Retro Editor's installable artifacts for the platform it runs on.

    python packaging/build.py [--skip-tests] [--version X] [--dist DIR] [--work DIR]

The same command serves a developer and CI: it runs the test suite (unless ``--skip-tests``),
renders the app icon to every size the platforms need, freezes the app with PyInstaller from
``packaging/retro-editor.spec`` (one folder), then packages it into ``dist/``:

- Linux: ``retro-editor-VERSION-linux-ARCH.tar.gz`` and ``retro-editor_VERSION_ARCH.deb``;
- macOS: ``Retro Editor.app`` and ``retro-editor-VERSION-macos-ARCH.dmg`` (hdiutil);
- Windows: ``retro-editor-VERSION-windows-ARCH.zip`` and, when Inno Setup's ``iscc`` is
  available, ``retro-editor-VERSION-windows-ARCH-setup.exe``.

Run it with the Python of the environment the app is installed in (``.venv/bin/python``),
with PyInstaller installed (``pip install -e .[packaging]``).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

APP_NAME = "retro-editor"


class BuildError(Exception):
    """A step failed; the message says which."""


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def source_version() -> str:
    text = (ROOT / "src" / "retro_editor" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def normalise_version(version: str) -> str:
    version = version.strip().removeprefix("v")
    if not re.fullmatch(r"\d+(\.\d+)*([.+~-][0-9A-Za-z.]+)?", version):
        raise BuildError(f"{version!r} is not a version number like 1.2.3")
    return version


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(arch, arch)


def run(command: list[str], **kwargs) -> None:
    log("$ " + " ".join(str(part) for part in command))
    result = subprocess.run(command, **kwargs)
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} failed with exit status {result.returncode}")


def run_tests() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    run([sys.executable, "-m", "pytest", "-q", "--ignore", str(ROOT / "tests" / "packaging")],
        cwd=ROOT, env=env)


def render_icons(work: Path) -> dict[str, Path]:
    from icons import build_icons

    out = work / "icons"
    if out.exists():
        shutil.rmtree(out)
    icons = build_icons(ROOT / "resources" / "icons" / "retro-editor.svg", out)
    log(f"icons rendered into {out}")
    return icons


def freeze(version: str, icons: dict[str, Path], dist: Path, work: Path) -> Path:
    """Runs PyInstaller; returns the one-folder app (the .app bundle on macOS)."""
    env = dict(os.environ, RETRO_EDITOR_VERSION=version,
               RETRO_EDITOR_ICONS=str(icons["ico"].parent))
    if sys.platform.startswith("win"):
        from windows_artifacts import write_version_file

        env["RETRO_EDITOR_VERSION_FILE"] = str(write_version_file(version, work / "windows"))
    for stale in (dist / APP_NAME, dist / "Retro Editor.app"):
        if stale.exists():
            shutil.rmtree(stale)
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
         str(HERE / "retro-editor.spec")], env=env)
    app = dist / ("Retro Editor.app" if sys.platform == "darwin" else APP_NAME)
    if not app.exists():
        raise BuildError(f"PyInstaller did not produce {app}")
    return app


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def package(app: Path, version: str, icons: dict[str, Path], dist: Path, work: Path
            ) -> list[Path]:
    if sys.platform.startswith("linux"):
        from linux_artifacts import build_deb, build_tarball

        return [build_tarball(app, version, machine(), dist),
                build_deb(app, version, icons, dist, work / "deb")]
    if sys.platform == "darwin":
        from macos_artifacts import build_dmg

        return [app, build_dmg(app, version, machine(), dist, work / "dmg")]
    if sys.platform.startswith("win"):
        from windows_artifacts import build_installer, build_zip

        artifacts = [build_zip(app, version, dist, machine())]
        installer = build_installer(app, version, dist, machine(), icons["ico"])
        if installer is not None:
            artifacts.append(installer)
        return artifacts
    raise BuildError(f"no packaging for {sys.platform}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-tests", action="store_true", help="do not run the test suite")
    parser.add_argument("--version", help="version of the artifacts (default: the app's)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the app folder and the artifacts go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="folder for intermediate files (default: build/)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        version = normalise_version(args.version or source_version())
        if version != source_version():
            log(f"note: packaging version {version}; the app itself reports {source_version()}")
        dist, work = args.dist.resolve(), args.work.resolve()
        dist.mkdir(parents=True, exist_ok=True)
        work.mkdir(parents=True, exist_ok=True)
        if not args.skip_tests:
            run_tests()
        icons = render_icons(work)
        freeze_started = time.monotonic()
        app = freeze(version, icons, dist, work)
        log(f"froze {app} in {time.monotonic() - freeze_started:.0f} s "
            f"({megabytes(folder_size(app))})")
        for artifact in package(app, version, icons, dist, work):
            size = folder_size(artifact) if artifact.is_dir() else artifact.stat().st_size
            log(f"artifact {artifact} ({megabytes(size)})")
    except (BuildError, RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
