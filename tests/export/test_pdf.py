"""PDF export through Qt WebEngine: text read back by pdftotext (or pypdf), links, images,
page sizes, and the command line without a display."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from conftest import AWKWARD, SAMPLE, export, run_cli, shown
from retro_editor.core.outline import iter_sections, parse_outline


def pdf_text(path) -> str:
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
    else:
        text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return squash(text)


@functools.cache
def has_font(ch: str) -> bool:
    """Whether an installed font draws ``ch`` (none here draws Hangul, say); True if unknown."""
    if not shutil.which("fc-list"):
        return True
    found = subprocess.run(["fc-list", f":charset={ord(ch):x}"], capture_output=True, text=True)
    return bool(found.stdout.strip())


def squash(text: str) -> str:
    """Whitespace runs as one space, case folded (themes may set headings in capitals)."""
    return re.sub(r"\s+", " ", text).casefold()


@pytest.fixture(scope="module")
def feature_pdf(session_projects, tmp_path_factory, qapp):
    return export(session_projects["feature"], "pdf", tmp_path_factory.mktemp("pdf") / "f.pdf",
                  page_size="Letter")


def test_sample_from_the_command_line_without_a_display(tmp_path):
    shutil.copytree(SAMPLE, tmp_path / "sample")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QTWEBENGINE_CHROMIUM_FLAGS")}
    out = tmp_path / "sample.pdf"
    result = run_cli("export", str(tmp_path / "sample"), "-f", "pdf", "-o", str(out), "-q", env=env)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    from retro_editor.core.project import open_project

    project = open_project(tmp_path / "sample")
    for section in iter_sections(parse_outline(project.text)):
        assert squash(section.title) in text, section.title
    for link in project.manifest.related:
        assert squash(shown(project, link.title)) in text, link.title
    reader = PdfReader(str(out))
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    uris = {annotation.get_object().get("/A", {}).get("/URI") for page in reader.pages
            for annotation in page.get("/Annots", [])}
    assert "https://example.org/news/glasshouse-summer-at-20" in uris
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 2


def test_feature_project_text_and_awkward_metadata(feature_pdf, session_projects):
    """Word by word: where a line wraps inside Japanese, pdftotext can reorder the pieces."""
    text = pdf_text(feature_pdf)
    for value in (AWKWARD["title"], AWKWARD["subtitle"], AWKWARD["fact_value"],
                  AWKWARD["related_title"], "1999 and After", "Level six", "Plain related title"):
        value = shown(session_projects["feature"], value)
        latin, _, other = value.partition(" — ")
        assert squash(latin) in text, value
        for word in other.split():
            assert all(ch.casefold() in text for ch in word if has_font(ch)), value
    reader = PdfReader(str(feature_pdf))
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter


def test_refuses_a_worker_thread(session_projects, tmp_path, qapp):
    import threading

    from retro_editor.core.errors import ProjectError

    errors = []

    def work():
        try:
            export(session_projects["sample"], "pdf", tmp_path / "x.pdf")
        except ProjectError as exc:
            errors.append(str(exc))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert errors and "GUI thread" in errors[0]
    assert not (tmp_path / "x.pdf").exists()
