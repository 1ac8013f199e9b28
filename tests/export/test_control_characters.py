"""Control characters in metadata and headings never crash DOCX or EPUB (issue 11, item 7).

U+000B (Word's line break) and U+000C are kept as line breaks; the other characters XML
forbids are named, field and character, in a one-line error; the rest (tab, C1 controls…)
go through as written.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import export
from retro_editor.core.errors import ProjectError
from retro_editor.core.project import new_project

CONTROLS = [chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]]
FIELDS = ["title", "subtitle", "author", "summary", "category", "tag", "heading"]
XML_FORBIDDEN = {chr(c) for c in range(0x20)} - {"\t", "\n", "\r", "\x0b", "\x0c"}


def _project(folder: Path, field: str, value: str):
    project = new_project(folder, "Plain title")
    article = project.manifest.article
    if field == "tag":
        article.tags = [value]
    elif field == "heading":
        project.text = f"# Plain title\n\n## {value}\n\nBody text.\n\n### {value} again\n"
    else:
        setattr(article, field, value)
    return project


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fmt=st.sampled_from(["docx", "epub"]), field=st.sampled_from(FIELDS),
       char=st.sampled_from(CONTROLS), before=st.text(alphabet="ab ", max_size=3))
def test_no_control_character_crashes_docx_or_epub(fmt, field, char, before, tmp_path_factory):
    """Repro: a title holding U+000B crashed the DOCX and EPUB exports with
    ``ValueError: All strings must be XML compatible`` (main: a traceback)."""
    folder = tmp_path_factory.mktemp("cc")
    project = _project(folder / "p", field, f"{before}x{char}y")
    destination = folder / f"out.{fmt}"
    forbidden = char in XML_FORBIDDEN and not (char == "\x00" and field == "heading")
    try:
        export(project, fmt, destination)
    except ProjectError as exc:
        assert forbidden, f"U+{ord(char):04X} in {field} refused: {exc}"
        assert f"U+{ord(char):04X}" in str(exc) and "\n" not in str(exc)
        where = "line 3" if field == "heading" else (
            "article.tags[0]" if field == "tag" else f"article.{field}")
        assert where in str(exc)
        assert not destination.exists()
    else:
        assert not forbidden, f"U+{ord(char):04X} in {field} was not flagged"
        assert zipfile.is_zipfile(destination)


def _docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        return docx.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize("char", ["\x0b", "\x0c"])
def test_a_word_line_break_in_the_title_is_a_line_break_in_docx(char, tmp_path):
    project = _project(tmp_path / "p", "title", f"Two{char}lines")
    xml = _docx_xml(export(project, "docx", tmp_path / "out.docx"))
    assert re.search(r"Two</w:t>.*?<w:br/>.*?lines</w:t>", xml)


def test_a_word_line_break_in_a_heading_is_a_line_break_in_docx(tmp_path):
    project = _project(tmp_path / "p", "heading", "Part\x0bone")
    xml = _docx_xml(export(project, "docx", tmp_path / "out.docx"))
    assert re.search(r"Part</w:t>.*?<w:br/>.*?one</w:t>", xml)


def test_a_word_line_break_is_a_br_in_epub(tmp_path):
    project = _project(tmp_path / "p", "heading", "Part\x0bone")
    project.manifest.article.title = "Two\x0blines"
    book = export(project, "epub", tmp_path / "out.epub")
    with zipfile.ZipFile(book) as epub:
        pages = "".join(epub.read(n).decode("utf-8") for n in epub.namelist()
                        if n.endswith(".xhtml"))
        opf = next(epub.read(n).decode("utf-8") for n in epub.namelist() if n.endswith(".opf"))
    assert "Two<br/>lines" in pages and "Part<br/>one" in pages
    assert "Two\nlines" in opf
    assert "\x0b" not in pages + opf


@pytest.mark.parametrize("fmt", ["docx", "epub"])
def test_every_allowed_control_character_at_once_in_every_field(fmt, tmp_path):
    """All the characters that are kept, in every field and a heading, in one export."""
    allowed = "".join(c for c in CONTROLS if c not in XML_FORBIDDEN and c != "\x00")
    project = _project(tmp_path / "p", "heading", f"H{allowed}H")
    article = project.manifest.article
    for field in ("title", "subtitle", "author", "summary", "category"):
        setattr(article, field, f"{field}{allowed}end")
    article.tags = [f"tag{allowed}end"]
    assert zipfile.is_zipfile(export(project, fmt, tmp_path / f"out.{fmt}"))
