"""Golden files: the DOCX and EPUB exports of the sample and the feature project, dumped in a
normalised form and compared with ``tests/export/reference/``, so a refactoring of the writers
that changes any paragraph, style, run or chapter is caught.

The dumps are the exported XML parts pretty-printed (DOCX: the document, footnotes, their
relationships, styles and numbering; EPUB: every XHTML file and the NCX), one file per export.
After an intended change of output, rewrite them with ``RETRO_UPDATE_REFERENCE=1`` and review
the diff.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from conftest import export

REFERENCE = Path(__file__).resolve().parent / "reference"
DOCX_PARTS = ("word/document.xml", "word/footnotes.xml", "word/_rels/document.xml.rels",
              "word/styles.xml", "word/numbering.xml")


def _pretty(data: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    root = etree.fromstring(data, parser)
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def _dump(path: Path, names: list[str]) -> str:
    with zipfile.ZipFile(path) as archive:
        present = set(archive.namelist())
        parts = [f"=== {name}\n{_pretty(archive.read(name))}" for name in names
                 if name in present]
    return "\n".join(parts)


def docx_dump(path: Path) -> str:
    return _dump(path, list(DOCX_PARTS))


def epub_dump(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        names = sorted(n for n in archive.namelist() if n.endswith((".xhtml", ".ncx")))
    return _dump(path, names)


def _compare(dump: str, reference_name: str) -> None:
    reference = REFERENCE / reference_name
    if os.environ.get("RETRO_UPDATE_REFERENCE") == "1":
        reference.parent.mkdir(exist_ok=True)
        reference.write_text(dump, encoding="utf-8")
    assert reference.is_file(), f"{reference} missing: run with RETRO_UPDATE_REFERENCE=1"
    expected = reference.read_text(encoding="utf-8")
    assert dump == expected, f"{reference_name} differs from the reference output"


@pytest.mark.parametrize("name", ["sample", "feature"])
def test_docx_matches_reference(session_projects, tmp_path, name):
    path = export(session_projects[name], "docx", tmp_path / f"{name}.docx")
    _compare(docx_dump(path), f"{name}.docx.txt")


@pytest.mark.parametrize("name, reference, options", [
    ("sample", "sample.epub.txt", {}),
    ("sample", "sample-single-dark.epub.txt", {"chapters": "single", "theme": "dark"}),
    ("feature", "feature.epub.txt", {}),
])
def test_epub_matches_reference(session_projects, tmp_path, name, reference, options):
    path = export(session_projects[name], "epub", tmp_path / reference.replace(".txt", ""),
                  **options)
    _compare(epub_dump(path), reference)


def test_dump_notices_a_changed_paragraph(session_projects, tmp_path):
    """The comparison is not blind: one word changed in the article changes the dump."""
    project = session_projects["feature"]
    original = project.text
    try:
        project.text = original.replace("Closing words.", "Closing word.")
        path = export(project, "docx", tmp_path / "changed.docx")
    finally:
        project.text = original
    assert docx_dump(path) != (REFERENCE / "feature.docx.txt").read_text(encoding="utf-8")
