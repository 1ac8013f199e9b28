"""The per-platform packaging files: valid for their tools, and agreeing with the app."""

from __future__ import annotations

import io
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
import windows_artifacts
from linux_artifacts import METAINFO, required_glibc

from retro_editor.render import helper_process

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
LINUX = PACKAGING / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_desktop_entry_is_valid_and_names_the_mime_type():
    desktop = LINUX / "retro-editor.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert "MimeType=application/x-retro-project;" in text
    assert "\nExec=retro-editor %f\n" in text and "\nIcon=retro-editor\n" in text
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate (desktop-file-utils) is not installed")
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_xml_declares_retro_files():
    root = ElementTree.parse(LINUX / "retro-editor-mime.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-retro-project"
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.retro"]


def test_metainfo_is_well_formed_and_valid(tmp_path):
    text = (LINUX / METAINFO).read_text(encoding="utf-8")
    filled = tmp_path / METAINFO
    filled.write_text(text.replace("@VERSION@", "1.2.3").replace("@DATE@", "2026-01-01"))
    root = ElementTree.parse(filled).getroot()
    assert root.findtext("id") == METAINFO.removesuffix(".metainfo.xml")
    assert root.findtext("launchable") == "retro-editor.desktop"
    assert root.find("provides/mediatype").text == "application/x-retro-project"
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli (appstream) is not installed")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(filled)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_info_plist_exports_the_retro_document_type():
    with open(PACKAGING / "macos" / "Info.plist", "rb") as stream:
        info = plistlib.load(stream)
    (exported,) = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["retro"]
    owner = info["CFBundleDocumentTypes"][0]
    assert owner["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert owner["LSHandlerRank"] == "Owner"


def test_inno_setup_script_registers_retro_files():
    script = (PACKAGING / "windows" / "retro-editor.iss").read_text(encoding="utf-8")
    assert 'Subkey: "Software\\Classes\\.retro"' in script
    assert "ChangesAssociations=yes" in script
    assert '{group}\\{#AppName}' in script


def test_windows_version_file(tmp_path):
    assert windows_artifacts.version_tuple("1.2") == (1, 2, 0, 0)
    assert windows_artifacts.version_tuple("2.0.1-rc1") == (2, 0, 1, 0)
    text = windows_artifacts.write_version_file("1.2.3", tmp_path).read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text and "'1.2.3'" in text and "@" not in text


def _run_entry(*args: str, request: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """``packaging/entry.py ARGS`` as the frozen app would run it."""
    return subprocess.run([sys.executable, str(PACKAGING / "entry.py"), *args], input=request,
                          capture_output=True, timeout=120,
                          env=helper_process.helper_environment())


def test_frozen_entry_point_runs_the_helper_command_line(monkeypatch):
    with monkeypatch.context() as frozen:
        frozen.setattr(sys, "frozen", True, raising=False)
        frozen_arguments = helper_process.helper_command("retro_editor.render.worker")[1:]
    request = helper_process.encode_frame({"id": 7}, "# Title\n")
    result = _run_entry(*frozen_arguments, request=request)
    assert result.returncode == 0, result.stderr
    frames = io.BytesIO(result.stdout)
    assert helper_process.read_frame(frames) == (helper_process.READY, "")
    meta, html = helper_process.read_frame(frames)
    assert meta["id"] == 7 and html.startswith('<h1 data-source-line="0"')


def test_frozen_entry_point_refuses_other_modules():
    result = _run_entry(helper_process.HELPER_FLAG, "os")
    assert result.returncode == 2 and b"not a helper module: os" in result.stderr


def test_required_glibc_reads_symbol_versions(tmp_path):
    fake = tmp_path / "lib.so"
    fake.write_bytes(b"\x7fELF" + b"\0" * 16 + b"GLIBC_2.17\0GLIBC_2.34\0GLIBC_2.4\0")
    (tmp_path / "notes.txt").write_bytes(b"GLIBC_9.99")  # not an ELF file: ignored
    assert required_glibc(tmp_path) == "2.34"
