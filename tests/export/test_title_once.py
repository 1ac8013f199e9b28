"""The article's title appears once in the preview page and in every export (issue 10 #7).

A leading H1 equal to the title *is* the title: every project made before New Project stopped
writing one starts that way, and the sample does. "Equal" means the same words once markup is
taken off (``# The *Making*`` is the title "The Making"), spaces collapsed, case ignored.
"""

from __future__ import annotations

import re
import zipfile

import docx
import pytest
import yaml

from conftest import export
from retro_editor.core.project import new_project, open_project, save_project
from retro_editor.export.html import page_html
from retro_editor.render.markdown import MarkdownRenderer, leading_title_heading

TITLES = [
    ("Plain Title", "# Plain Title"),
    ("The Making", "# The *Making*"),
    ("Don't Stop", "# Don't Stop #"),
    ("Tom & Jerry <Live>", "# Tom & Jerry &lt;Live&gt;"),
]


def project_with(tmp_path, title: str, text: str):
    project = new_project(tmp_path / "p", title)
    project.text = text
    save_project(project)
    return open_project(tmp_path / "p")


def visible_h1s(html: str) -> list[str]:
    return re.findall(r"<h1\b[^>]*>.*?</h1>", html, re.S)


def test_new_project_writes_no_title_heading(tmp_path):
    """Repro: New Project wrote ``# Title`` into article.md while the page printed the title
    as well."""
    project = new_project(tmp_path / "p", "Neon Harbor")
    assert "Neon Harbor" not in project.article_path.read_text(encoding="utf-8")
    assert leading_title_heading(MarkdownRenderer().parse(project.text), "Neon Harbor") is None


@pytest.mark.parametrize(("title", "heading"), TITLES)
def test_leading_title_heading_is_found(title, heading):
    tokens = MarkdownRenderer().parse(f"{heading}\n\nIntro.\n")
    assert leading_title_heading(tokens, title) == 0
    assert leading_title_heading(tokens, title + " II") is None
    assert leading_title_heading(MarkdownRenderer().parse(f"Intro.\n\n{heading}\n"), title) is None


@pytest.mark.parametrize(("title", "heading"), TITLES)
def test_html_export_has_one_h1(tmp_path, title, heading):
    """Repro: the HTML export had two different <h1> (the header's and the body's, hidden
    by a style rule only)."""
    project = project_with(tmp_path, title, f"{heading}\n\nIntro.\n\n## One\n\nText.\n")
    html = export(project, "html", tmp_path / "out.html").read_text(encoding="utf-8")
    h1s = visible_h1s(html)
    assert len(h1s) == 1 and 'class="article-title"' in h1s[0]
    assert page_html(project, {}, None).count("<h1") == 1  # what the PDF prints


def test_html_export_keeps_a_differing_h1(tmp_path):
    project = project_with(tmp_path, "The Title", "# A Different Heading\n\nIntro.\n")
    html = export(project, "html", tmp_path / "out.html").read_text(encoding="utf-8")
    assert len(visible_h1s(html)) == 2 and "A Different Heading" in html


def test_title_heading_anchor_still_resolves(tmp_path):
    project = project_with(tmp_path, "Plain Title", "# Plain Title\n\n[top](#plain-title)\n")
    html = export(project, "html", tmp_path / "out.html").read_text(encoding="utf-8")
    assert re.search(r'<h1 [^>]*id="plain-title"', html)


@pytest.mark.parametrize(("title", "heading"), TITLES)
def test_docx_has_the_title_once(tmp_path, title, heading):
    """Repro: with ``# The *Making*`` and the title "The Making" the DOCX had both a Title
    paragraph and a Heading 1."""
    project = project_with(tmp_path, title, f"{heading}\n\nIntro.\n\n## One\n\nText.\n")
    document = docx.Document(str(export(project, "docx", tmp_path / "out.docx")))
    titles = [p.text for p in document.paragraphs
              if p.style.name in ("Title", "Heading 1")]
    assert len(titles) == 1, titles


@pytest.mark.parametrize(("title", "heading"), TITLES)
def test_epub_has_the_title_once(tmp_path, title, heading):
    project = project_with(tmp_path, title, f"{heading}\n\nIntro.\n\n## One\n\nText.\n")
    book = export(project, "epub", tmp_path / "out.epub")
    with zipfile.ZipFile(book) as archive:
        h1s = sum(len(re.findall(r"<h1\b", archive.read(name).decode("utf-8")))
                  for name in archive.namelist()
                  if name.endswith(".xhtml") and not name.endswith("nav.xhtml"))
    assert h1s == 1


@pytest.mark.parametrize("name", ["markdown", "hugo", "jekyll"])
def test_text_formats_add_no_second_title(tmp_path, name):
    project = project_with(tmp_path, "Plain Title", "Intro.\n\n## One\n\nText.\n")
    out = export(project, name, tmp_path / name)
    files = [out] if out.is_file() else sorted(out.rglob("*.md"))
    text = files[0].read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
    assert "# Plain Title" not in body
    if text.startswith("---\n"):
        assert yaml.safe_load(text.split("---\n", 2)[1])["title"] == "Plain Title"
