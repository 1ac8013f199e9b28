"""With smart punctuation on, a leading ``# Title`` whose quotes and dashes are now curly is
still recognised as the title: the page and the book show one ``<h1>``."""

from __future__ import annotations

import re
import zipfile

from conftest import export


def test_one_h1_in_the_page_and_the_book(feature_project, tmp_path):
    assert '"Budokan" —' in feature_project.text.splitlines()[0]  # typographed in the output
    page = export(feature_project, "html", tmp_path / "f.html").read_text("utf-8")
    assert len(re.findall(r"<h1\b", page)) == 1
    book = export(feature_project, "epub", tmp_path / "f.epub")
    with zipfile.ZipFile(book) as archive:
        chapters = "".join(archive.read(n).decode("utf-8") for n in archive.namelist()
                           if n.endswith(".xhtml") and n != "EPUB/nav.xhtml")
    assert len(re.findall(r"<h1\b", chapters)) == 1
