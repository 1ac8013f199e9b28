"""The Linux .deb, end to end: unpacked into a temporary root with ``dpkg -x``, its installed
app is started offscreen with ``--smoke-test`` on a copy of the sample project (preview once,
HTML and PDF exports, exit 0), and its command line exports with highlighted code.

The package comes from ``$RETRO_EDITOR_DEB`` if set, else from ``dist/`` when a .deb there is
newer than every source, resource and packaging file (CI builds before testing, so it tests
exactly the artifact it uploads), else from a fresh ``packaging/build.py`` run (~3 minutes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("src", "resources", "packaging")
SMOKE_TIMEOUT_S = 420

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
                       reason="the .deb is built and tested on Linux with dpkg-deb"),
]


def newest_source_mtime() -> float:
    return max(path.stat().st_mtime for folder in SOURCES for path in (ROOT / folder).rglob("*")
               if path.is_file() and "__pycache__" not in path.parts)


def fresh_deb_in(folder: Path) -> Path | None:
    debs = sorted(folder.glob("retro-editor_*.deb"), key=lambda p: p.stat().st_mtime)
    if debs and debs[-1].stat().st_mtime > newest_source_mtime():
        return debs[-1]
    return None


@pytest.fixture(scope="session")
def deb(tmp_path_factory) -> Path:
    given = os.environ.get("RETRO_EDITOR_DEB")
    if given:
        return Path(given)
    reused = fresh_deb_in(ROOT / "dist")
    if reused is not None:
        return reused
    out = tmp_path_factory.mktemp("build")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--skip-tests",
                    "--dist", str(out / "dist"), "--work", str(out / "work")], check=True)
    built = fresh_deb_in(out / "dist")
    assert built is not None, "packaging/build.py made no .deb"
    return built


@pytest.fixture(scope="session")
def installed(deb, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def app_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    return env


def test_control_file_describes_the_package(deb):
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], check=True, capture_output=True,
                            text=True).stdout
    assert "Package: retro-editor\n" in fields
    assert "Depends: libc6 (>= 2." in fields
    assert "libenchant-2-2, hunspell-en-us | hunspell-dictionary" in fields  # spell check
    scripts = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], check=True,
                             capture_output=True).stdout
    assert b"./postinst" in scripts and b"./postrm" in scripts


def test_installed_files(installed):
    share = installed / "usr" / "share"
    assert os.access(installed / "opt" / "retro-editor" / "retro-editor", os.X_OK)
    launcher = installed / "usr" / "bin" / "retro-editor"
    assert os.access(launcher, os.X_OK)
    assert "exec /opt/retro-editor/retro-editor " in launcher.read_text()
    assert (share / "retro-editor" / "apparmor" / "retro-editor").is_file()
    for size in (16, 32, 48, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "retro-editor.png"
                ).is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "retro-editor.svg").is_file()
    ElementTree.parse(share / "mime" / "packages" / "retro-editor.xml")
    metainfo = next((share / "metainfo").glob("*.metainfo.xml"))
    assert "@VERSION@" not in metainfo.read_text() and ElementTree.parse(metainfo)
    qt = installed / "opt" / "retro-editor" / "_internal" / "PySide6" / "Qt"
    assert os.access(qt / "libexec" / "QtWebEngineProcess", os.X_OK)
    assert (qt / "resources" / "qtwebengine_resources.pak").is_file()
    assert (qt / "translations" / "qtwebengine_locales" / "en-US.pak").is_file()
    assert sorted(p.name for p in qt.rglob("*.qm")) == [
        "qtbase_de.qm", "qtbase_es.qm", "qtbase_fr.qm"], "Qt's other translations are left out"
    app_catalogues = installed / "opt" / "retro-editor" / "_internal" / "retro_editor" / \
        "resources" / "translations"
    assert sorted(p.name for p in app_catalogues.iterdir()) == [
        "retro_editor_de.qm", "retro_editor_es.qm", "retro_editor_fr.qm"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_installed_desktop_entry_validates(installed):
    desktop = installed / "usr" / "share" / "applications" / "retro-editor.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_app_passes_its_smoke_test(installed, sample_project_dir, tmp_path):
    project = tmp_path / "Neon Harbor"
    shutil.copytree(sample_project_dir, project)
    app = installed / "opt" / "retro-editor" / "retro-editor"
    result = subprocess.run([str(app), "--smoke-test", str(project)], cwd=tmp_path,
                            env=app_env(tmp_path / "home"), capture_output=True, text=True,
                            timeout=SMOKE_TIMEOUT_S)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for step in ("preview rendered",
                 "render worker, highlighting worker and paste helper answered",
                 "spell check marked 'recieve' and suggested 'receive'", "exported html", "exported pdf", "smoke test: passed"):
        assert step in result.stdout, output


def test_installed_command_line_exports_with_highlighting(installed, tmp_path):
    article = tmp_path / "snippet.md"
    article.write_text("# Snippet\n\n```python\ndef go():\n    return 1\n```\n", encoding="utf-8")
    app = installed / "opt" / "retro-editor" / "retro-editor"
    out = tmp_path / "snippet.html"
    result = subprocess.run([str(app), "export", str(article), "--format", "html", "-o", str(out),
                             "--quiet"], env=app_env(tmp_path / "home"), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert '<span class="k">def</span>' in out.read_text(encoding="utf-8")
